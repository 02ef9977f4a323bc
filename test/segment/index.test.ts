/**
 * segment(): sections and district entries. On the whole reference report: 4 sections, 38 entries,
 * each with the gold file's district code, section, speaker and title; passages that open with a
 * leading quote or question; 该区/该县 back-references; a district named twice in a section kept as
 * one entry; the venue and `在梁平 33 个乡镇` starting nothing. On composed reports: another city
 * (厦门), and 江北区 resolved to Chongqing or to Ningbo by the districts around it.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { readText } from '../../src/read/text.js';
import { segment } from '../../src/segment/index.js';
import { GOLD, XIAMEN_SOURCE, referenceDocument } from '../helpers/reference.js';

interface Flat {
  name: string;
  code: string;
  section: number | null;
  speakers: string[];
  titles: string[];
  text: string;
}

function entriesOf(document: Document): Flat[] {
  return segment(document).entries.map((entry) => ({
    name: entry.division.name,
    code: entry.division.code,
    section: entry.section,
    speakers: entry.speakers.map((speaker) => speaker.name),
    titles: entry.speakers.map((speaker) => speaker.title),
    text: entry.spans.map((span) => document.blocks[span.block]!.text.text.slice(span.start, span.end)).join('\n'),
  }));
}

describe('segment on the reference report', () => {
  const document = referenceDocument();
  const segmentation = segment(document);
  const entries = entriesOf(document);
  const entry = (name: string) => {
    const found = entries.filter((candidate) => candidate.name === name);
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };

  it('finds the four sections, in order, at their headings', () => {
    expect(segmentation.sections.map((section) => [section.index, section.title])).toEqual(GOLD.sections.map((title, i) => [i + 1, title]));
    for (const section of segmentation.sections) expect(document.blocks[section.block]!.kind).toBe('heading');
    expect(document.source.slice(segmentation.sections[0]!.at).startsWith('围绕中心建言资政')).toBe(true);
  });

  it('finds 38 entries, one per district or county, all in Chongqing', () => {
    expect(entries).toHaveLength(38);
    expect(new Set(entries.map((found) => found.code)).size).toBe(38);
    expect(segmentation.entries.every((found) => found.division.province === '重庆市')).toBe(true);
  });

  it('finds the gold entries in document order', () => {
    expect(entries.map((found) => found.name)).toEqual(GOLD.entries.map((gold) => gold.district));
  });

  it.each(GOLD.entries.map((gold) => [gold.district, gold]))('%s: code, section, speaker and title as in the gold file', (_district, gold) => {
    const found = entry(gold.district);
    expect(found).toMatchObject({ code: gold.code, section: gold.section, speakers: [gold.speaker], titles: [gold.title] });
    expect(found.text).toContain(gold.speaker);
  });

  it('creates no entry for the lead paragraph, whose venue is 中共石柱土家族自治县委党校', () => {
    expect(entries.filter((found) => found.section === null)).toEqual([]);
    expect(entries.some((found) => found.text.includes('初心学院'))).toBe(false);
    expect(entry('石柱土家族自治县').section).toBe(4);
  });

  it.each([
    ['巫溪县', '“中老年同志是协商民主的宝贵资源。”巫溪县政协主席王芳表示'],
    ['江津区', '“‘问题是时代的声音’，政协履职的价值在于回应真问题、提出真对策。”江津区政协主席杨利表示'],
    ['开州区', '“调查研究是人民政协履行职能的‘看家本领’，更是践行全过程人民民主的重要载体。”开州区政协主席夏郑峰表示'],
    ['大渡口区', '如何以“政协之为”服务“发展之要”？大渡口区政协主席刘德毅介绍'],
    ['巴南区', '如何深化协商民主实践？巴南区政协主席何永革建议'],
    ['酉阳土家族苗族自治县', '“我们将‘团结和民主’作为政协履职的根本理念，依托政协平台，拓展联谊渠道，广泛凝聚各界力量。”'],
    ['黔江区', '参政议政是人民政协的三大职能之一，科学选题是人民政协有效参政议政的前提。黔江区政协主席姚登惠介绍'],
    ['九龙坡区', '调查研究是建言资政的关键环节。九龙坡区政协主席黄红介绍'],
    ['南岸区', '在南岸区政协主席唐昕看来'],
  ])('%s: the passage starts with its leading quote, question or sentence: %s', (name, start) => {
    expect(entry(name).text.startsWith(start)).toBe(true);
  });

  it.each([
    ['大足区', '大足区政协完善“主席接待委员、委员接待群众”的“双接待”制度', '大足区政协主席廖文丽介绍'],
    ['渝北区', '渝北区政协积极推动专委会、界别委员之家和委员工作室三大平台融通协同', '该区政协副主席李攀富介绍'],
    ['南川区', '“四个着力”是南川区政协的工作亮点之一。', '该区政协主席毛朝银介绍'],
    ['奉节县', '奉节县政协持续迭代升级“百名委员巡百河', '该县政协副主席马德凤介绍'],
    ['荣昌区', '荣昌区政协则围绕群众关心的就业、教育、医疗、养老等急难愁盼问题', '荣昌区政协主席赵天智举例说'],
  ])('%s: the committee opening the passage and the official introduced after it make one entry', (name, opening, introduction) => {
    const found = entry(name);
    expect(found.text.startsWith(opening)).toBe(true);
    expect(found.text).toContain(introduction);
  });

  it('keeps 在梁平33个乡镇 inside the 梁平区 entry', () => {
    expect(entry('梁平区').text).toContain('该区政协在梁平33个乡镇（街道）建立委员服务站');
  });

  it('gives each passage to one entry: no entry holds another entry’s speaker', () => {
    for (const found of entries) {
      for (const other of GOLD.entries) if (other.district !== found.name) expect(found.text, `${found.name} holds ${other.speaker}`).not.toContain(`${other.speaker}`);
    }
  });

  it('ends each passage where the next begins: 垫江县 does not run into 云阳县, 酉阳 does not take in 南川', () => {
    expect(entry('垫江县').text).not.toContain('云阳县政协');
    expect(entry('南川区').text).not.toContain('团结和民主');
    expect(entry('石柱土家族自治县').text.startsWith('为共同撑起青少年心灵“守护伞”，石柱土家族自治县政协副主席谭道洪介绍')).toBe(true);
  });

  it('records each speaker’s position in the source, also for a name split across lines (黄 / 孝明)', () => {
    for (const draft of segmentation.entries) {
      for (const speaker of draft.speakers) {
        const rest = document.source.slice(speaker.at, speaker.at + speaker.name.length + 4).replace(/\s+/g, '');
        expect(rest.startsWith(speaker.name), speaker.name).toBe(true);
      }
    }
  });
});

describe('segment on composed reports', () => {
  it('reads a 厦门 e-paper report: 思明区, 湖里区 (via 该区) and 海沧区 (after a leading quote, name split across lines)', () => {
    expect(entriesOf(readText(XIAMEN_SOURCE))).toEqual([
      {
        name: '思明区', code: '350203', section: null, speakers: ['陈志明'], titles: ['政协主席'],
        text: '思明区政协主席陈志明介绍，该区政协建成委员工作室12个，2023年以来开展协商活动80余场，服务群众3000余人次。',
      },
      {
        name: '湖里区', code: '350206', section: null, speakers: ['王晓东'], titles: ['政协副主席'],
        text: '湖里区政协围绕群众关心的养老、托育等问题开展小微协商。该区政协副主席王晓东介绍，今年以来该区政协推动解决问题150余个。',
      },
      {
        name: '海沧区', code: '350205', section: null, speakers: ['林建华'], titles: ['政协主席'],
        text: '“协商要接地气、有温度。”海沧区政协主席林建华表示，该区政协在6个街道设立委员联络站，筹集资金二百余万元。',
      },
    ]);
  });

  const JIANGBEI = '江北区政协主席王强介绍，该区政协服务群众2000余人次。';
  it.each([
    ['Ningbo', ['宁波市各区政协交流基层协商经验', '鄞州区政协主席张明介绍，该区政协开展协商30余场。', '海曙区政协主席李华表示，该区政协建成委员工作室8个。'], '330205'],
    ['Chongqing', ['重庆市各区县政协交流基层协商经验', '渝中区政协主席王南介绍，该区政协开展协商30余场。', '九龙坡区政协主席黄红表示，该区政协建成委员工作室8个。'], '500105'],
  ])('resolves 江北区 by the other districts of a %s report', (_city, lines, code) => {
    const entries = entriesOf(readText([...lines, JIANGBEI].join('\n')));
    expect(entries).toHaveLength(3);
    expect(entries[2]).toMatchObject({ name: '江北区', code, speakers: ['王强'] });
  });

  it('opens no entry for the city chair who attends and speaks in the lead, and finds the district chair who does', () => {
    const text = [
      '我市召开区县政协工作交流座谈会',
      '11月20日，市政协召开区县政协工作交流座谈会，市政协主席刘建国出席会议并讲话。',
      '海曙区政协主席陈立新介绍，区政协开展专题协商12次。',
      '鄞州区政协党组书记、主席周红梅出席会议并发言。她说，鄞州区政协全年开展协商议事活动46场。',
    ].join('\n');
    expect(entriesOf(readText(text)).map((found) => [found.name, found.speakers])).toEqual([
      ['海曙区', ['陈立新']],
      ['鄞州区', ['周红梅']],
    ]);
  });

  it.each([
    ['1.', ['1.江北区政协打造“江北议事厅”品牌，全年开展协商活动58场次。', '2.沙坪坝区政协组织委员开展调研视察26次。', '3、綦江区：推动建设示范村5个。']],
    ['（一） and ②', ['（一）江北区政协打造“江北议事厅”品牌，全年开展协商活动58场次。', '②沙坪坝区政协组织委员开展调研视察26次。', '三是綦江区政协推动建设示范村5个。']],
  ])('opens a passage for a committee after a list item’s number (%s)', (_marker, items) => {
    const entries = entriesOf(readText(['基层协商“百花齐放”', '', ...items].join('\n\n')));
    expect(entries.map((entry) => entry.name)).toEqual(['江北区', '沙坪坝区', '綦江区']);
  });

  it('opens a passage for a district or committee in a bracketed label: 【渝北区】…, 【万州区政协】…', () => {
    const text = [
      '区县政协动态',
      '',
      '【渝北区】11月12日，区政协召开专题协商会，提出建议46条。',
      '',
      '【万州区政协】组织委员开展视察，走访企业12家。',
      '',
      '【城口县】县政协今年已办理提案137件。',
    ].join('\n');
    expect(entriesOf(readText(text)).map((entry) => entry.name)).toEqual(['渝北区', '万州区', '城口县']);
  });

  it('gives each district of a roundup sentence its own clause: 如渝北区政协…；北碚区政协…；长寿区政协则…', () => {
    const text = [
      '区县政协打造基层协商新格局',
      '',
      '各区县政协因地制宜搭建协商平台。如渝北区政协建成协商议事室42个，实现镇街全覆盖；北碚区政协在全区17个镇街设立委员工作站，今年开展活动210余场；长寿区政协则打造“长寿说事”品牌，累计协商议题86个。',
    ].join('\n');
    expect(entriesOf(readText(text)).map((entry) => [entry.name, entry.text])).toEqual([
      ['渝北区', '如渝北区政协建成协商议事室42个，实现镇街全覆盖；'],
      ['北碚区', '北碚区政协在全区17个镇街设立委员工作站，今年开展活动210余场；'],
      ['长寿区', '长寿区政协则打造“长寿说事”品牌，累计协商议题86个。'],
    ]);
  });

  it('takes a district heading marked with an emoji (📍渭滨区) for the district, not a section, and the source credited at the end for no heading', () => {
    const text = [
      '各县区政协“请你来协商”活动精彩纷呈',
      '',
      '今年以来，全市各县区政协持续深化“请你来协商”活动。',
      '',
      '📍渭滨区',
      '渭滨区政协开展“请你来协商”活动8场，形成协商成果建议32条。',
      '',
      '📍金台区',
      '金台区政协组织委员实地视察15次。',
      '',
      '来源：宝鸡政协',
    ].join('\n');
    const document = readText(text);
    expect(segment(document).sections).toEqual([]);
    expect(entriesOf(document).map((entry) => entry.name)).toEqual(['渭滨区', '金台区']);
    expect(document.blocks.at(-1)).toMatchObject({ kind: 'byline' });
  });

  it('closes the last district\'s passage at a paragraph that sums up all of them (据统计，今年以来全市各区县政协共…), not at one that boasts a first in the city', () => {
    const text = [
      '各区县政协协商议事工作综述',
      '',
      '江津区政协今年开展协商议事活动45场。',
      '',
      '全市首个协商议事示范点由江津区政协建成，服务群众3000人次。',
      '',
      '永川区政协今年建成协商议事室30个。',
      '',
      '据统计，今年以来全市各区县政协共开展协商议事活动1200余场。',
    ].join('\n');
    expect(entriesOf(readText(text)).map((entry) => [entry.name, entry.text])).toEqual([
      ['江津区', '江津区政协今年开展协商议事活动45场。\n全市首个协商议事示范点由江津区政协建成，服务群众3000人次。'],
      ['永川区', '永川区政协今年建成协商议事室30个。'],
    ]);
  });

  it('gives the previous district none of a paragraph that opens with a committee the gazetteer does not know (达旗政协…)', () => {
    const text = ['鄂尔多斯各旗区政协工作综述', '', '鄂托克旗政协围绕绒山羊产业开展调研3次。', '', '达旗政协今年以来开展活动90余场次。', '', '该旗政协还组织视察5次。', '', '准格尔旗政协开展视察5次。', '', '全旗政协委员参与视察。'].join('\n');
    expect(entriesOf(readText(text)).map((entry) => [entry.name, entry.text])).toEqual([
      ['鄂托克旗', '鄂托克旗政协围绕绒山羊产业开展调研3次。'],
      ['准格尔旗', '准格尔旗政协开展视察5次。\n全旗政协委员参与视察。'],
    ]);
  });

  it('reads speeches printed in turn (发言摘登): each speaker\'s subhead opens the district\'s entry, the speech\'s headline under it stays in it', () => {
    const text = [
      '汇聚协商合力 共绘沂蒙新篇',
      '——全市政协系统基层协商工作推进会发言摘登',
      '',
      '编者按：5月22日，推进会召开。现将发言摘要刊发如下。',
      '',
      '■费县政协主席　孙丽',
      '深耕“沂蒙红嫂”品牌　凝聚巾帼力量',
      '县政协组建宣讲团，深入12个乡镇开展宣讲活动86场。',
      '',
      '■沂南县政协主席　张伟',
      '“一线协商”解民忧',
      '县政协全年开展协商48次。',
    ].join('\n');
    const document = readText(text);
    expect(segment(document).sections).toEqual([]);
    expect(entriesOf(document).map((entry) => [entry.name, entry.speakers, entry.text.split('\n').at(-1)])).toEqual([
      ['费县', ['孙丽'], '县政协组建宣讲团，深入12个乡镇开展宣讲活动86场。'],
      ['沂南县', ['张伟'], '县政协全年开展协商48次。'],
    ]);
  });

  it('closes the last county\'s passage where the prefecture\'s chair, named before with the title, speaks again by name alone', () => {
    const text = [
      '全州县市政协主席座谈会在大理召开',
      '',
      '本报讯 州政协主席段金华出席会议并讲话。',
      '',
      '大理市政协主席赵永红介绍，市政协今年开展巡湖活动28次。',
      '',
      '赵永红表示，市政协还提出意见建议65条。',
      '',
      '鹤庆县政协主席和学军说，县政协今年开展协商活动38场次。',
      '',
      '段金华在讲话中指出，要坚持“四个聚焦”。会议期间，与会人员还考察了3个协商议事室。',
    ].join('\n');
    expect(entriesOf(readText(text)).map((entry) => [entry.name, entry.text.split('\n').length])).toEqual([
      ['大理市', 2],
      ['鹤庆县', 1],
    ]);
  });

  it('opens no passage for a district named after a number inside a sentence', () => {
    const text = ['各区政协交流基层协商经验', '九龙坡区政协主席黄红介绍，该区政协开展协商12.江北区政协也有类似做法。'].join('\n');
    expect(entriesOf(readText(text)).map((entry) => entry.name)).toEqual(['九龙坡区']);
  });

  it('reads a county committee’s work report whose formal name carries its term (政协德清县第十届委员会) as that committee’s one entry', () => {
    const text = [
      '政协德清县第十届委员会常务委员会工作报告',
      '',
      '县政协主席　姚晓红',
      '',
      '各位委员：',
      '',
      '现在，我代表政协德清县第十届委员会常务委员会，向大会报告工作，请予审议。',
      '',
      '一、2024年工作回顾',
      '',
      '过去一年，县政协常委会开展专题协商12次，组织视察调研45次。',
      '',
      '全年共收到提案286件，经审查立案265件。',
    ].join('\n');
    expect(entriesOf(readText(text)).map((entry) => [entry.name, entry.speakers])).toEqual([['德清县', ['姚晓红']]]);
  });

  it('does not start an entry for a district merely mentioned mid-sentence', () => {
    const text = ['各区政协交流基层协商经验', '江北区政协主席张才明介绍，该区政协学习借鉴渝中区政协的经验做法，开展协商30余场。'].join('\n');
    expect(entriesOf(readText(text)).map((found) => found.name)).toEqual(['江北区']);
  });

  it('numbers a section per heading and leaves entries before the first heading without one', () => {
    const text = [
      '各区政协交流基层协商经验',
      '□ 本报记者 林晓',
      '思明区政协主席陈志明介绍，该区政协建成委员工作室12个。',
      '围绕中心建言资政',
      '湖里区政协主席王晓东表示，该区政协推动解决问题150余个。',
    ].join('\n');
    const entries = entriesOf(readText(text));
    expect(entries.map((found) => [found.name, found.section])).toEqual([['思明区', null], ['湖里区', 1]]);
  });

  it.each([
    ['会议强调，…', '会议强调，全市各级政协要深化协商议事，共开展活动600余场。'],
    ['会上，…', '会上，市政协主席王某对各县（市、区）政协工作给予肯定。'],
    ['the city\'s chair speaks', '市政协主席在讲话中指出，上半年全市政协系统开展协商活动600余场。'],
  ])('a paragraph summing up the meeting (%s) closes the last district\'s passage', (_name, closing) => {
    const text = ['县（市、区）政协主席这样说', '4月27日，市政协召开县（市、区）政协工作座谈会。', '长安区政协主席刘志宏介绍，区政协召开协商会6场。', '赵县政协主席石晓峰介绍，县政协提出建议42条。', closing].join('\n');
    expect(entriesOf(readText(text)).map((found) => [found.name, found.text])).toEqual([
      ['长安区', '长安区政协主席刘志宏介绍，区政协召开协商会6场。'],
      ['赵县', '赵县政协主席石晓峰介绍，县政协提出建议42条。'],
    ]);
  });

  it('opens a passage where the committee follows the sentence\'s opening adverbials (近年来，/此外，/今年上半年，/截至8月底，/据了解，今年以来，)', () => {
    const text = [
      '天水市各县区政协履职综述',
      '秦州区政协去年举办协商活动逾百场。',
      '近年来，麦积区政协共组织委员下基层4600余人次。',
      '此外，甘谷县政协开展视察9次。',
      '今年上半年，武山县政协开展调研20次。',
      '截至8月底，清水县政协建成委员工作室6个。',
      '围绕乡村振兴，秦安县政协组织委员结对帮扶120户。',
      '据了解，今年以来，张家川县政协共开展协商活动60场。',
    ].join('\n');
    expect(entriesOf(readText(text)).map((found) => [found.name, found.text])).toEqual([
      ['秦州区', '秦州区政协去年举办协商活动逾百场。'],
      ['麦积区', '近年来，麦积区政协共组织委员下基层4600余人次。'],
      ['甘谷县', '此外，甘谷县政协开展视察9次。'],
      ['武山县', '今年上半年，武山县政协开展调研20次。'],
      ['清水县', '截至8月底，清水县政协建成委员工作室6个。'],
      ['秦安县', '围绕乡村振兴，秦安县政协组织委员结对帮扶120户。'],
      ['张家川回族自治县', '据了解，今年以来，张家川县政协共开展协商活动60场。'],
    ]);
  });

  it('gives a sentence whose committees act together (浦江县政协、武义县政协、磐安县政协分别…) to none of them', () => {
    const text = [
      '金华各县政协履职综述',
      '永康市政协开展五金产业链专题调研，走访规上企业86家。',
      '浦江县政协、武义县政协、磐安县政协分别围绕水晶产业、温泉康养和中药材产业开展协商，三县共形成协商成果27项。磐安县政协副主席陈晓红介绍，该县中药材种植面积已达8.5万亩。',
    ].join('\n');
    expect(entriesOf(readText(text)).map((found) => [found.name, found.text])).toEqual([
      ['永康市', '永康市政协开展五金产业链专题调研，走访规上企业86家。'],
      ['磐安县', '磐安县政协副主席陈晓红介绍，该县中药材种植面积已达8.5万亩。'],
    ]);
  });

  it('gives no entry to the city whose counties the report goes through, and keeps a city among cities', () => {
    const counties = ['天水市各县区政协履职综述', '秦州区政协去年举办协商活动逾百场。', '麦积区政协组织委员下基层4600余人次。', '据悉，下一步，天水市政协将对各县区活动开展情况进行总结。'].join('\n');
    expect(entriesOf(readText(counties)).map((found) => found.name)).toEqual(['秦州区', '麦积区']);
    const cities = ['甘肃各市州政协履职综述', '天水市政协开展协商活动60场。', '平凉市政协组织委员视察12次。'].join('\n');
    expect(entriesOf(readText(cities)).map((found) => found.name)).toEqual(['天水市', '平凉市']);
  });

  it('leaves a committee after an opening clause that is an action of its own in the passage before (…，荣昌区政协也派员参加)', () => {
    const text = ['区县政协动态', '渝北区政协举办协商会12场，荣昌区政协、大足区政协也派员参加。'].join('\n');
    expect(entriesOf(readText(text)).map((found) => found.name)).toEqual(['渝北区']);
  });

  it.each([
    ['acts', '市政协也组织市区两级委员开展联合视察5次，提出建议30条。'],
    ['acts after opening adverbials', '据了解，今年以来，市政协共开展协商活动60场。'],
  ])('closes a county\'s passage where the committee above the counties %s', (_name, paragraph) => {
    const text = ['湛江市县区政协工作巡礼', '赤坎区政协组织委员深入12个社区走访，收集意见建议160余条。', paragraph, '霞山区政协组织40余名委员赴企业调研。'].join('\n');
    expect(entriesOf(readText(text)).map((found) => [found.name, found.text])).toEqual([
      ['赤坎区', '赤坎区政协组织委员深入12个社区走访，收集意见建议160余条。'],
      ['霞山区', '霞山区政协组织40余名委员赴企业调研。'],
    ]);
  });

  it('keeps a passage open over its own committee\'s members (市政协委员…) and a county-level city\'s own 市政协', () => {
    const text = ['县区政协工作巡礼', '赤坎区政协组织委员深入12个社区走访。', '市政协委员、区工商联主席李某参加活动。', '雷州市政协组织医卫界委员开展义诊5场。', '市政协还发动委员捐资修建乡村道路21.5公里。'].join('\n');
    expect(entriesOf(readText(text)).map((found) => [found.name, found.text.split('\n').length])).toEqual([
      ['赤坎区', 2],
      ['雷州市', 2],
    ]);
  });

  it('keeps a county-level city\'s passage open where its own 市政协主席 speaks', () => {
    const text = ['县（市、区）政协主席这样说', '4月27日，市政协召开县（市、区）政协工作座谈会。', '赵县政协主席石晓峰介绍，县政协提出建议42条。', '晋州市政协主席李某介绍，市政协提出建议42条。', '市政协主席李某表示，下一步将开展协商10场。'].join('\n');
    expect(entriesOf(readText(text)).map((found) => [found.name, found.text.split('\n').length])).toEqual([
      ['赵县', 1],
      ['晋州市', 2],
    ]);
  });

  it.each([
    ['a name-only heading opens the passage, not a section', ['各区政协基层协商巡礼', '● 思明区 ●', '区政协主席陈志明介绍，该区政协建成委员工作室12个。'], [['思明区', null, '陈志明']], []],
    ['a heading that opens with a district is a section and the passage', ['基层协商见实效', '永川区：打造“有事来协商”品牌', '区政协主席张明介绍，今年以来开展协商活动30余场。', '江津区政协：委员工作室建到家门口', '区政协建成委员工作室12个。'], [['永川区', 1, '张明'], ['江津区', 2, undefined]], ['永川区：打造“有事来协商”品牌', '江津区政协：委员工作室建到家门口']],
    ['a dated lead opens a passage (3月15日，綦江区政协召开…)', ['区县政协动态', '3月15日，綦江区政协召开常委会议，确定协商议题12个。', '近日，荣昌区政协组织30余名委员开展视察。'], [['綦江区', null, undefined], ['荣昌区', null, undefined]], []],
    ['an interview names the speaker before the title', ['访谈', '张明（永川区政协主席）：今年以来，我们开展专题协商8场。'], [['永川区', null, '张明']], []],
    ['the formal name 政协某区委员会主席 introduces the speaker', ['动态', '政协铜梁区委员会主席李强介绍，该区政协建成委员工作室15个。'], [['铜梁区', null, '李强']], []],
    ['市政协主席 is not a speaker of the 区 whose passage it is in', ['江北区政协动态', '江北区政协主席张才明介绍，该区政协开展协商30余场。市政协主席王某指出，要继续发挥委员作用。'], [['江北区', null, '张才明']], []],
    ['an autonomous county by its short form and level: 石柱县政协', ['渝东南各区县政协见闻', '石柱县政协主席谭某介绍，该县政协开展协商20余场。', '酉阳县政协主席冉某表示，该县政协建成委员工作室8个。'], [['石柱土家族自治县', null, '谭某'], ['酉阳土家族苗族自治县', null, '冉某']], []],
    ['district headings by an autonomous county\'s usual name: ● 秀山县 ●', ['渝东南各区县政协见闻', '● 秀山县 ●', '县政协主席张某介绍，今年以来，县政协开展调研30余次。', '● 酉阳县 ●', '县政协主席李某表示，该县政协组织委员视察12次。'], [['秀山土家族苗族自治县', null, '张某'], ['酉阳土家族苗族自治县', null, '李某']], []],
    ['a sentence that opens with a place, then its committee: 在大足区，区政协… / 来到璧山区，该区政协…', ['基层协商见闻', '在大足区，区政协把协商议事室建到村，已建成议事室210个。', '来到璧山区，该区政协负责人介绍，委员们累计提出提案400余件。', '铜梁区政协主席何某某说，该区政协开展活动60余场。'], [['大足区', null, undefined], ['璧山区', null, undefined], ['铜梁区', null, '何某某']], []],
    ['a place travelled to opens nothing: 赴荣昌区学习考察，区政协还…', ['动态', '永川区政协主席文某介绍，该区政协今年开展协商30余场。组织委员赴荣昌区学习考察，区政协还建成委员工作室8个。'], [['永川区', null, '文某']], []],
    ['a title of two offices joined by 兼: 政协副主席兼秘书长', ['动态', '巫山县政协副主席兼秘书长谭某某介绍，县政协开展专题协商6次。'], [['巫山县', null, '谭某某']], []],
    ['a subhead naming the speaker over the speech opens the passage, not a section: ■ 涪城区政协党组书记、主席 李某', ['履职这一年', '■ 涪城区政协党组书记、主席 李某', '2024年是涪城区政协十届委员会履职的第二年。一年来，区政协召开常委会议6次。', '■ 游仙区政协主席 王某某：', '我们全年组织委员视察调研42次。'], [['涪城区', null, '李某'], ['游仙区', null, '王某某']], []],
    ['an unmarked subhead in a hard-wrapped column, its title joining two offices with 、: 岳阳楼区政协党组书记、主席 周某某', ['县级政协履职答卷', '二〇二五年三月上旬，岳阳市各县（市、区）', '政协相继召开全体会议。记者对话9位县级政', '协主席，回顾二〇二四年的履职之路。', '岳阳楼区政协党组书记、主席 周某某', '我们全年召开专题议政性常委会议４次，开展', '“有事好商量”协商活动120余场，参与群众', '1.5万人次，推动解决小区停车难等问题２３', '６个。', '华容县政协党组书记、主席 黎某', '县政协组织１２０余名委员开展专题视察，提', '出意见建议86条，推动解决群众急难愁盼问', '题40余个，办理提案全部办复。'], [['岳阳楼区', null, '周某某'], ['华容县', null, '黎某']], []],
    ['numbered and ▍-marked speaker subheads (01 / 长安区政协主席 刘志宏, ▍桥西区政协主席 高丽萍)', ['县（市、区）政协主席这样说', '', '4月27日，市政协召开县（市、区）政协工作座谈会，各县（市、区）政协主席作交流发言。', '', '01', '长安区政协主席 刘志宏', '', '长安区政协今年召开协商会6场，提出建议40条。', '', '02', '桥西区政协主席 高丽萍', '', '我们共提交提案312件，立案286件。', '', '▍裕华区政协主席 张春燕', '', '我们走访企业50多家，解决问题30个。'], [['长安区', null, '刘志宏'], ['桥西区', null, '高丽萍'], ['裕华区', null, '张春燕']], []],
    ['a speech\'s headline over its speaker\'s line (发言摘登): a section, then the speaker\'s passage', ['全市县（市、区）政协主席座谈会发言摘登', '', '4月27日，市政协召开县（市、区）政协主席座谈会，现将部分发言摘登如下。', '', '打造“有事好商量”升级版', '', '于都县政协主席　肖建平', '', '县政协在全县23个乡镇建成协商议事室。2023年共开展协商活动268场。', '', '聚焦脐橙产业 服务富民强县', '', '信丰县政协党组书记、主席　郭丽萍', '', '县政协组织委员开展技术培训30余期，培训果农5000余人次。'], [['于都县', 1, '肖建平'], ['信丰县', 2, '郭丽萍']], ['打造“有事好商量”升级版', '聚焦脐橙产业 服务富民强县']],
    ['a committee named as a modifier opens nothing', ['交流会', '8月5日，厦门市政协委员履职交流会在市政协会议中心举行。', '思明区政协主席陈志明介绍，该区政协建成委员工作室12个。'], [['思明区', null, '陈志明']], []],
  ])('%s', (_name, lines, expected, sectionTitles) => {
    const document = readText(lines.join('\n'));
    const result = segment(document);
    expect(result.entries.map((entry) => [entry.division.name, entry.section, entry.speakers[0]?.name])).toEqual(expected);
    expect(result.entries.every((entry) => entry.speakers.length <= 1)).toBe(true);
    expect(result.sections.map((section) => section.title)).toEqual(sectionTitles);
  });
});

describe('segment on Markdown', () => {
  it('takes a district-only heading right under the headline, which reads as a subtitle, for a district heading', () => {
    const markdown = ['# 区县政协履职亮点', '', '## 荣昌区', '', '- 开展协商活动 **42** 场', '', '## 梁平区', '', '梁平区政协主席某某表示，今年共办理提案186件。'].join('\n');
    const document = readMarkdown(markdown);
    expect(document.blocks[1]).toMatchObject({ kind: 'subtitle' });
    const result = segment(document);
    expect(result.entries.map((entry) => [entry.division.name, entry.speakers[0]?.name])).toEqual([
      ['荣昌区', undefined],
      ['梁平区', '某某'],
    ]);
    expect(result.sections).toEqual([]);
  });

  it('takes a paragraph that only names a district (**涪城区**, a WeChat label) for the district\'s heading', () => {
    const markdown = ['# 绵阳各县市区政协履职巡礼', '', '**涪城区**', '', '区政协组建委员服务团，开展服务活动46次。', '', '**游仙区**', '', '区政协开展协商活动20场。'].join('\n');
    expect(entriesOf(readMarkdown(markdown)).map((entry) => [entry.name, entry.text])).toEqual([
      ['涪城区', '区政协组建委员服务团，开展服务活动46次。'],
      ['游仙区', '区政协开展协商活动20场。'],
    ]);
  });

  it('gives each row of a statistics table to the district it names, and a total row and what follows the table to none', () => {
    const markdown = [
      '# 各区政协提案工作情况',
      '',
      '| 区 | 提案数（件） |',
      '| --- | --- |',
      '| 黄浦区 | 312 |',
      '| 徐汇区 | 298 |',
      '| 合计 | 610 |',
      '',
      '各区政协普遍建立提案办理协商机制。',
      '',
      '黄浦区政协主席王某某表示，区政协全年召开协商会18场。',
    ].join('\n');
    const document = readMarkdown(markdown);
    expect(document.blocks.map((block) => block.kind)).toEqual(['title', 'row', 'row', 'row', 'paragraph', 'paragraph']);
    expect(entriesOf(document).map((entry) => [entry.name, entry.text])).toEqual([
      ['黄浦区', '黄浦区：提案数312件。\n黄浦区政协主席王某某表示，区政协全年召开协商会18场。'],
      ['徐汇区', '徐汇区：提案数298件。'],
    ]);
  });
});
