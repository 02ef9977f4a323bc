/**
 * findIntroductions(): where a district's committee or its official is introduced in a paragraph —
 * district + 政协 + title + name + speech verb, in every variant of the reference report (介绍,
 * 表示, 认为, 建议, 则表示, 也介绍, 重点介绍, 举例说, 在…看来, 则建议), with the titles as written
 * (政协主席, 政协副主席, 政协二级巡视员) and 该区/该县 back-references; plus the sentence helpers
 * opensSentence() and sentenceStart().
 */
import { describe, expect, it } from 'vitest';
import { findPlaceNames } from '../../src/gazetteer/index.js';
import { sentenceStart } from '../../src/read/chars.js';
import { findIntroductions, opensSentence } from '../../src/segment/speakers.js';

const introductionsOf = (text: string) => findIntroductions(text, findPlaceNames(text, { shortForms: true }));

/** [district named, or 该区/该县 for a back-reference; speaker; title] of each introduction with a speaker. */
function speakersOf(text: string): [string, string, string][] {
  return introductionsOf(text)
    .filter((intro) => intro.speaker)
    .map((intro) => {
      const speaker = intro.speaker!;
      expect(text.slice(speaker.at, speaker.at + speaker.name.length)).toBe(speaker.name);
      expect(text.slice(intro.committeeAt, intro.committeeAt + 2)).toBe('政协');
      return [intro.place ? intro.place.name : text.slice(intro.start, intro.committeeAt), speaker.name, speaker.title];
    });
}

describe('findIntroductions', () => {
  it.each([
    // [variant, text, district, speaker, title]
    ['介绍', '黔江区政协主席姚登惠介绍，该区政协探索建立重点课题生成机制', '黔江区', '姚登惠', '政协主席'],
    ['表示, after a leading quote', '“‘问题是时代的声音’，政协履职的价值在于回应真问题、提出真对策。”江津区政协主席杨利表示，该区政协以改革创新为动力', '江津区', '杨利', '政协主席'],
    ['认为', '建言资政是委员的重要职责。合川区政协主席叶华认为，只有强化委员的政治意识', '合川区', '叶华', '政协主席'],
    ['建议', '渝中区政协主席王南建议，建立“数据洞察+专业智库”趋势捕捉机制', '渝中区', '王南', '政协主席'],
    ['则表示', '永川区政协主席文良印则表示，区政协坚持从全局谋划一域、以一域服务全局。', '永川区', '文良印', '政协主席'],
    ['也介绍', '涪陵区政协主席杜海波也介绍了该区政协运用“渝事好商量·‘涪’务面对面”协商平台', '涪陵区', '杜海波', '政协主席'],
    ['重点介绍', '巫山县政协主席柴承刚重点介绍了该县政协“五环联动”工作方法', '巫山县', '柴承刚', '政协主席'],
    ['举例说', '荣昌区政协主席赵天智举例说，如搭建的“渝事好商量·委员进小院”协商平台', '荣昌区', '赵天智', '政协主席'],
    ['在…看来', '在南岸区政协主席唐昕看来，区县政协是找到基层社会“最大公约数”的重要平台。', '南岸区', '唐昕', '政协主席'],
    ['则建议', '丰都县政协主席向文明则建议，积极培育宽领域协商文化', '丰都县', '向文明', '政协主席'],
    ['after a question', '如何深化协商民主实践？巴南区政协主席何永革建议，增强协商民主针对性', '巴南区', '何永革', '政协主席'],
    ['a name with a middle dot', '伊宁市政协主席艾尔肯·吐尔逊介绍，市政协开展活动12场', '伊宁市', '艾尔肯·吐尔逊', '政协主席'],
    ['同志 after the name', '伊川县政协主席吴建华同志在发言中说，县政协开展协商8场', '伊川县', '吴建华', '政协主席'],
    ['a note on the office in brackets', '漾濞县政协副主席（主持工作）杨春燕介绍，县政协开展专题协商2次', '漾濞县', '杨春燕', '政协副主席（主持工作）'],
    ['an office outside the committee as well', '铜梁区政协副主席、区工商联主席李明说，区政协组织民营企业家委员结对帮扶', '铜梁区', '李明', '政协副主席、区工商联主席'],
    ['a long autonomous county name', '秀山土家族苗族自治县政协主席吴彪表示，该县政协制定《专委会履职量化清单》', '秀山土家族苗族自治县', '吴彪', '政协主席'],
    ['政协二级巡视员', '酉阳土家族苗族自治县政协二级巡视员石志明介绍，该县政协建立健全政协同各民主党派联动协作机制', '酉阳土家族苗族自治县', '石志明', '政协二级巡视员'],
    ['a two-character county (忠县)', '忠县政协主席袁德祥介绍，针对群众参与热情较高但参与渠道还不够通畅的问题', '忠县', '袁德祥', '政协主席'],
    ['composed: 思明区 (厦门)', '思明区政协主席陈志明介绍，该区政协建成委员工作室12个', '思明区', '陈志明', '政协主席'],
    ['composed: a compound surname, four-character name', '集美区政协主席欧阳明辉介绍，该区政协开展协商30余场。', '集美区', '欧阳明辉', '政协主席'],
    ['出席会议并发言, two offices', '鄞州区政协党组书记、主席周红梅出席会议并发言。她说，鄞州区政协打造“请你来协商”平台', '鄞州区', '周红梅', '政协党组书记、主席'],
    ['最后发言', '新昌县政协主席杨建军最后发言。他表示，新昌县政协投入资金500万元', '新昌县', '杨建军', '政协主席'],
    ['作交流发言', '北仑区政协副主席王强作交流发言，他介绍，该区政协开展协商30余场。', '北仑区', '王强', '政协副主席'],
    ['对本报记者说', '南海区政协主席陈建国对本报记者说，区政协今年开展协商20场。', '南海区', '陈建国', '政协主席'],
    ['接受本报访问时表示', '禅城区政协主席梁志荣接受本报访问时表示，区政协组织委员视察12次。', '禅城区', '梁志荣', '政协主席'],
    ['在接受专访时表示', '顺德区政协主席何小玲在接受专访时表示，区政协建成委员工作室30个。', '顺德区', '何小玲', '政协主席'],
  ])('%s', (_variant, text, district, name, title) => {
    expect(speakersOf(text)).toEqual([[district, name, title]]);
  });

  it.each([
    ['该区政协副主席', '渝北区政协积极推动专委会、界别委员之家和委员工作室三大平台融通协同、联动履职。该区政协副主席李攀富介绍，今年以来', '该区', '李攀富', '政协副主席'],
    ['该区政协主席', '“四个着力”是南川区政协的工作亮点之一。该区政协主席毛朝银介绍，南川区政协着力在提升党外委员质量上下功夫', '该区', '毛朝银', '政协主席'],
    ['该县政协副主席', '“百名委员巡百河、百名委员进百村”四个“双百行动”。该县政协副主席马德凤介绍，以此为依托', '该县', '马德凤', '政协副主席'],
  ])('a back-reference: %s', (_variant, text, reference, name, title) => {
    expect(speakersOf(text)).toEqual([[reference, name, title]]);
    const intro = introductionsOf(text).find((found) => found.speaker)!;
    expect(intro.backReference).toBe(true);
    expect(intro.place).toBeNull();
  });

  it('finds a committee that opens a sentence, without a speaker (大足区政协完善…)', () => {
    const text = '大足区政协完善“主席接待委员、委员接待群众”的“双接待”制度，依托委员工作室，打造汇民智、解民忧、促发展的前沿阵地。大足区政协主席廖文丽介绍，该区政协还适时开展面向基层的小微协商';
    const named = introductionsOf(text).filter((intro) => intro.place);
    expect(named.map((intro) => [intro.place!.name, intro.start, intro.speaker?.name ?? null])).toEqual([
      ['大足区', 0, null],
      ['大足区', text.indexOf('大足区政协主席'), '廖文丽'],
    ]);
  });

  it.each([
    ['named again', '长沙县长沙县政协全年召开专题议政性常委会会议4次。'],
    ['named by its level', '长沙县县政协全年召开专题议政性常委会会议4次。'],
    ['after a list number', '1.长沙县长沙县政协全年召开专题议政性常委会会议4次。'],
  ])('takes a district named before its own committee for a run-in label, the space between closed up (%s)', (_case, text) => {
    const label = introductionsOf(text)[0]!;
    expect([label.place?.name, label.start]).toEqual(['长沙县', 0]);
  });

  it('takes no label where the district before a committee is another one', () => {
    expect(introductionsOf('长沙县浏阳市政协召开座谈会。').map((intro) => [intro.place?.name, intro.start])).toEqual([['浏阳市', 3]]);
  });

  it.each([
    ['区县政协 (all districts) is no district', '区县政协是找到基层社会“最大公约数”的重要平台。'],
    ['the city committee (市政协) is no district', '我市各区县政协主席和市政协专委会班子成员收获颇丰'],
    ['the lead names the venue 中共石柱土家族自治县委党校', '7月22日至25日，六届市政协委员专题学习研讨班（第4期）在中共石柱土家族自治县委党校（初心学院）举行。'],
  ])('introduces nothing when %s', (_case, text) => {
    expect(introductionsOf(text)).toEqual([]);
  });

  it('has no speaker where a committee is only mentioned mid-sentence', () => {
    const text = '日益成为巫溪县政协协商民主“扎根基层、贴近群众”的重要载体。';
    expect(introductionsOf(text).map((intro) => [intro.place?.name, intro.speaker])).toEqual([['巫溪县', null]]);
  });
});

describe('opensSentence', () => {
  const at = (text: string, phrase: string) => opensSentence(text, text.indexOf(phrase));
  it.each([
    ['黔江区政协主席姚登惠介绍', '黔江区', true],
    ['在南岸区政协主席唐昕看来', '南岸区', true],
    ['“中老年同志是协商民主的宝贵资源。”巫溪县政协主席王芳表示', '巫溪县', true],
    ['如何深化协商民主实践？巴南区政协主席何永革建议', '巴南区', true],
    ['日益成为巫溪县政协协商民主的重要载体', '巫溪县', false],
    ['着眼健全协商民主机制，璧山区政协主席黄孝明建议', '璧山区', false],
    ['各区县政协搭建协商平台。如渝北区政协建成协商议事室42个', '渝北区', true],
    ['各区县政协搭建协商平台。例如，北碚区政协设立委员工作站', '北碚区', true],
    ['正如渝北区政协主席所说', '渝北区', false],
  ])('%s: %s → %s', (text, phrase, expected) => {
    expect(at(text, phrase)).toBe(expected);
  });
});

describe('sentenceStart', () => {
  it.each([
    ['调查研究是建言资政的关键环节。九龙坡区政协主席黄红介绍', '黄红', '九龙坡区'],
    ['“中老年同志是协商民主的宝贵资源。”巫溪县政协主席王芳表示', '王芳', '巫溪县'],
    ['着眼健全协商民主机制，璧山区政协主席黄孝明建议', '黄孝明', '着眼'],
  ])('%s: the sentence of %s starts at %s', (text, phrase, start) => {
    expect(sentenceStart(text, text.indexOf(phrase))).toBe(text.indexOf(start));
  });
});
