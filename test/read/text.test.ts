/**
 * readText(): the plain-text reader. Repairs the damage of a pasted e-paper PDF (blank line after
 * every line, paragraphs broken every ~20 characters, names split across lines, spaced-out narrow
 * columns, spaces around digits, text wrapping round a picture), finds the parts of a newspaper
 * report (headline, subtitle, captions, byline, two-line section headings, paragraphs) and keeps,
 * for every character it outputs, the index of the source character it came from.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { readText } from '../../src/read/text.js';
import { PAGE_BREAK_TEXT } from '../helpers/page-break.js';
import { GOLD, REFERENCE_SOURCE, XIAMEN_SOURCE, mismatchedCharacters, referenceDocument } from '../helpers/reference.js';

const texts = (document: Document, kind?: string) => document.blocks.filter((block) => !kind || block.kind === kind).map((block) => block.text.text);
const paragraphWith = (document: Document, phrase: string) => texts(document, 'paragraph').filter((text) => text.includes(phrase));

describe('readText on the reference report (e-paper PDF paste)', () => {
  const document = referenceDocument();

  it('keeps the source as given and reads it as txt', () => {
    expect(document.source).toBe(REFERENCE_SOURCE);
    expect(document.format).toBe('txt');
  });

  it('finds headline, subtitle, two captions and the byline before the lead paragraph', () => {
    expect(document.blocks.slice(0, 6).map((block) => [block.kind, block.text.text])).toEqual([
      ['title', '深入研讨聚共识 汇智聚力促发展'],
      ['subtitle', '六届市政协委员专题学习研讨班（第4期）学员谈体会建良言'],
      ['caption', '专题学习研讨班分组讨论现场。 记者 程颖 摄'],
      ['caption', '俯瞰初心学院 中共石柱土家族自治县委党校供图'],
      ['byline', '□ 本报记者 程颖'],
      ['paragraph', expect.stringMatching(/^7月22日至25日，六届市政协委员专题学习研讨班（第4期）在中共石柱土家族自治县委党校（初心学院）举行。/)],
    ]);
  });

  it('reads the four two-line section headings as headings, both lines joined by a space', () => {
    expect(texts(document, 'heading')).toEqual(GOLD.sections);
    expect(GOLD.sections).toContain('“身”入基层“心”到群众 用心用情服务人民');
  });

  it('has no other kinds of block and no empty block', () => {
    const kinds = document.blocks.map((block) => block.kind);
    expect(kinds.filter((kind) => kind === 'paragraph')).toHaveLength(document.blocks.length - 9);
    expect(document.blocks.every((block) => block.text.text.length > 0)).toBe(true);
  });

  it('ignores the blank line after every line and re-flows each paragraph with no spaces between CJK characters', () => {
    // Source lines 36–48 without their blank lines.
    expect(paragraphWith(document, '黔江区政协')).toEqual([
      '参政议政是人民政协的三大职能之一，科学选题是人民政协有效参政议政的前提。黔江区政协主席姚登惠介绍，该区政协探索建立重点课题生成机制，在每年10月开始谋划第二年的重点协商、通报、视察、调研课题，多途径征集、开放式选题，经广泛征求意见后，再报请区委、区政府主要领导圈题选题、点题出题，经区委批转后组织实施。',
    ]);
    for (const text of texts(document, 'paragraph')) expect(text).not.toMatch(/\s/);
  });

  it.each([
    ['璧山区政协主席黄孝明建议', '黄 / 孝明建议'],
    ['大渡口区政协主席刘德毅介绍', '大渡 / 口区政协主席'],
    ['九龙坡区政协主席黄红介绍', '九龙坡 / 区政协主席'],
    ['巫溪县政协主席王芳表示', '巫溪 / 县政协主席'],
    ['长寿区政协主席师明萌表示', '师明 / 萌表示'],
    ['该县政协副主席马德凤介绍', '马德 / 凤介绍'],
  ])('rejoins %s, split across lines (%s)', (phrase) => {
    expect(paragraphWith(document, phrase)).toHaveLength(1);
  });

  it('closes up the spaced-out narrow column (拓 展 联 谊 渠 道 ，广 泛)', () => {
    expect(paragraphWith(document, '依托政协平台，拓展联谊渠道，广泛凝聚各界力量。')).toHaveLength(1);
  });

  it.each([
    ['7 月 22 日至 25 日', '7月22日至25日'],
    ['（第 4 期）', '（第4期）'],
    ['2022 年以来', '2022年以来'],
    ['考察调研 230 余次', '考察调研230余次'],
    ['该区 43 个老旧小区，节省政府投资逾 6000 余万元', '该区43个老旧小区，节省政府投资逾6000余万元'],
    ['近 500 人次', '近500人次'],
    ['开展现场协商 300 / 余场次', '开展现场协商300余场次'],
    ['将该区 360 / 名政协委员', '将该区360名政协委员'],
    ['打造 N 个“黄葛树下好商量”站', '打造N个“黄葛树下好商量”站'],
  ])('removes the spaces around digits: %s → %s', (_source, normalised) => {
    expect(paragraphWith(document, normalised)).toHaveLength(1);
  });

  it('reads the passage wrapping round a picture (酉阳土家族苗 / 族自治县政 / 协二级巡视员…) as one paragraph, not a heading', () => {
    const yuyang = paragraphWith(document, '酉阳土家族苗族自治县政协二级巡视员石志明介绍，该县政协建立健全政协同各民主党派联动协作机制');
    expect(yuyang).toHaveLength(1);
    expect(yuyang[0]).toMatch(/^(?:“我们将‘团结和民主’作为政协履职的根本理念，依托政协平台，拓展联谊渠道，广泛凝聚各界力量。”)?酉阳土家族苗族自治县政协/);
    // The short lines of the quote before it stay together too.
    expect(paragraphWith(document, '“我们将‘团结和民主’作为政协履职的根本理念，依托政协平台，拓展联谊渠道，广泛凝聚各界力量。”')).toHaveLength(1);
    for (const heading of texts(document, 'heading')) expect(heading).not.toMatch(/酉阳|族自治县|团结和民主|作为政协|凝聚各界/);
  });

  it('maps every character of every block back to the same character of the source', () => {
    for (const block of document.blocks) expect(mismatchedCharacters(REFERENCE_SOURCE, block)).toEqual([]);
  });

  it('maps characters in reading order: the map increases through the document', () => {
    let previous = -1;
    for (const block of document.blocks) {
      for (let i = 0; i < block.text.map.length; i++) {
        const index = block.text.map[i]!;
        const synthetic = block.text.text[i] === ' ' && index === block.text.map[i + 1];
        if (!synthetic) {
          expect(index).toBeGreaterThan(previous);
          previous = index;
        }
      }
    }
  });

  it('maps a heading, a name split across lines and a spaced-out digit to their source characters', () => {
    const heading = document.blocks.find((block) => block.kind === 'heading')!;
    expect(heading.text.map[0]).toBe(REFERENCE_SOURCE.indexOf('围绕中心建言资政'));
    expect(heading.text.map[heading.text.text.indexOf('服务大局')]).toBe(REFERENCE_SOURCE.indexOf('服务大局助推发展'));
    const bishan = document.blocks.find((block) => block.text.text.includes('黄孝明'))!;
    const at = bishan.text.text.indexOf('黄孝明');
    expect([...bishan.text.map.subarray(at, at + 3)]).toEqual([REFERENCE_SOURCE.indexOf('黄\n'), REFERENCE_SOURCE.indexOf('孝明建议'), REFERENCE_SOURCE.indexOf('孝明建议') + 1]);
  });

  it('reports no truncation for the complete report', () => {
    expect(document.warnings).toEqual([]);
  });

  it('reads the same blocks from the report with CRLF line breaks, mapped into the CRLF source', () => {
    const crlf = REFERENCE_SOURCE.replace(/\n/g, '\r\n');
    const read = readText(crlf);
    expect(read.blocks.map((block) => [block.kind, block.text.text])).toEqual(document.blocks.map((block) => [block.kind, block.text.text]));
    for (const block of read.blocks) expect(mismatchedCharacters(crlf, block)).toEqual([]);
  });
});

describe('readText on other layouts of the same report', () => {
  const document = referenceDocument();
  const asLines = (kind: string, text: string) => (kind === 'heading' ? text.replace(' ', '\n') : text);

  it('reads a web paste, one paragraph per line and no wrapping, into the same blocks', () => {
    const web = document.blocks.map((block) => asLines(block.kind, block.text.text)).join('\n');
    const read = readText(web);
    expect(read.blocks.map((block) => [block.kind, block.text.text])).toEqual(document.blocks.map((block) => [block.kind, block.text.text]));
    for (const block of read.blocks) expect(mismatchedCharacters(web, block)).toEqual([]);
  });

  it('reads blank-line-separated paragraphs, hard-wrapped at 20 characters, into the same blocks', () => {
    const wrap = (text: string) => [...text].reduce<string[]>((lines, char, i) => (i % 20 === 0 ? [...lines, char] : [...lines.slice(0, -1), lines[lines.length - 1] + char]), []).join('\n');
    const layout = document.blocks.map((block) => (block.kind === 'paragraph' ? wrap(block.text.text) : asLines(block.kind, block.text.text))).join('\n\n');
    const read = readText(layout);
    // Two wrapped lines happen to end at a sentence end (…的重要载体。” and …的工作亮点之一。);
    // with blank lines marking paragraphs, that is not a paragraph break.
    expect(read.blocks.map((block) => [block.kind, block.text.text])).toEqual(document.blocks.map((block) => [block.kind, block.text.text]));
    for (const block of read.blocks) expect(mismatchedCharacters(layout, block)).toEqual([]);
  });
});

describe('readText on a composed e-paper report (厦门)', () => {
  const document = readText(XIAMEN_SOURCE);

  it('finds the headline, byline and paragraphs, repairing wraps, split names and spaced digits', () => {
    expect(document.blocks.map((block) => [block.kind, block.text.text])).toEqual([
      ['title', '各区政协交流基层协商经验'],
      ['byline', '□ 本报记者 林晓'],
      ['paragraph', '8月5日，厦门市政协委员履职交流会在市政协会议中心举行。各区政协主席结合工作实际，交流了基层协商和委员履职的经验做法。'],
      ['paragraph', '思明区政协主席陈志明介绍，该区政协建成委员工作室12个，2023年以来开展协商活动80余场，服务群众3000余人次。'],
      ['paragraph', '湖里区政协围绕群众关心的养老、托育等问题开展小微协商。该区政协副主席王晓东介绍，今年以来该区政协推动解决问题150余个。'],
      ['paragraph', '“协商要接地气、有温度。”海沧区政协主席林建华表示，该区政协在6个街道设立委员联络站，筹集资金二百余万元。'],
    ]);
    for (const block of document.blocks) expect(mismatchedCharacters(XIAMEN_SOURCE, block)).toEqual([]);
  });

  it('warns when the text stops mid-sentence', () => {
    const cut = readText(XIAMEN_SOURCE.replace('站，筹集资金二百余万元。', '站，筹集资金'));
    expect(cut.warnings.map((warning) => warning.code)).toEqual(['truncated']);
    expect(cut.source[cut.warnings[0]!.at!]).toBe('金');
  });
});

describe('readText: photo captions by their marks and credits', () => {
  it.each([
    ['▲ under the picture', '▲ 裕华区政协委员走访企业'],
    ['图为…', '图为伊川县政协委员开展视察'],
    ['a bracketed 资料图', '雁塔区政协“有事好商量”协商活动现场（资料图）'],
    ['a bracketed 图片由…提供', '委员们在社区议事厅协商（图片由区政协提供）'],
    ['a credit after 摄影', '座谈会现场。 摄影 李明'],
  ])('%s: %s', (_name, caption) => {
    const document = readText(['各区政协动态', '', '裕华区政协走访企业50多家。', '', caption, '', '长安区政协今年召开协商会6场。'].join('\n'));
    expect(document.blocks.map((block) => block.kind)).toEqual(['title', 'paragraph', 'caption', 'paragraph']);
  });
});

describe('readText: the page furniture', () => {
  const page = PAGE_BREAK_TEXT;
  const document = readText(page);

  it('reads a paragraph broken by a running foot and jump lines as one, the furniture after it, and the subhead after as a heading', () => {
    expect(document.blocks.map((block) => [block.kind, block.text.text])).toEqual([
      ['title', '履职这一年·区县政协主席访谈'],
      ['byline', '□ 本报记者 张某某'],
      ['paragraph', '安州区政协突出“三个聚焦”，全年组织委员视察调研二十余次，覆盖全区18个乡镇、2.3万户。'],
      ['furniture', '四川政协报 2025年1月10日 星期五 责任编辑 李某 3 要闻'],
      ['furniture', '（下转第3版）'],
      ['furniture', '（上接第1版）'],
      ['heading', '三台县政协主席 赵某某'],
      ['paragraph', '三台县政协围绕涪江流域生态保护，组织委员开展专题视察12次，提出建议46条，推动解决问题30余个。'],
      ['furniture', '编辑：王丽'],
      ['furniture', '审核：李强'],
      ['furniture', '阅读原文'],
      ['furniture', '分享 收藏 点赞 在看'],
    ]);
    for (const block of document.blocks) expect(mismatchedCharacters(page, block)).toEqual([]);
  });

  it('does not take the buttons at the end for a text cut off mid-sentence', () => {
    expect(document.warnings).toEqual([]);
  });
});

describe('readText: a column\'s name over the headline, an editor named without a colon', () => {
  const document = readText(
    ['政协之页', '', '凝心聚力谋发展 履职尽责显担当', '——我市各县（市、区）政协工作巡礼', '', '本报记者 王晓明', '', '西湖区政协今年组织委员视察调研32次，提交提案156件。', '', '本版编辑 陈静'].join('\n'),
  );

  it('reads the column\'s name as furniture, so the headline is the title', () => {
    expect(document.blocks.map((block) => [block.kind, block.text.text])).toEqual([
      ['furniture', '政协之页'],
      ['title', '凝心聚力谋发展 履职尽责显担当'],
      ['subtitle', '——我市各县（市、区）政协工作巡礼'],
      ['byline', '本报记者 王晓明'],
      ['paragraph', '西湖区政协今年组织委员视察调研32次，提交提案156件。'],
      ['furniture', '本版编辑 陈静'],
    ]);
  });

  it('reads the paper\'s masthead and the page line over the headline as furniture (伊犁日报, 第 3 版　政协之声, A3 要闻)', () => {
    const document = readText(
      ['伊犁日报', '', '2024年7月18日　星期四', '', '第 3 版　政协之声', '', 'A3 要闻', '', '凝心聚力促发展 建言履职为民生', '', '□ 本报记者 古丽娜尔', '', '伊宁市政协今年组织委员开展活动12场。'].join('\n'),
    );
    expect(document.blocks.map((block) => block.kind)).toEqual(['furniture', 'furniture', 'furniture', 'furniture', 'title', 'byline', 'paragraph']);
  });

  it('takes an editor\'s credit for furniture only when names follow the role, not a sentence', () => {
    const credits = readText(['各区政协动态', '', '编辑 王丽 审核 张强', '', '编辑出版委员文集3部，收录文章120篇。'].join('\n'));
    expect(credits.blocks.map((block) => block.kind)).toEqual(['title', 'furniture', 'paragraph']);
  });
});

describe('readText: a heading right under the byline of a hard-wrapped column', () => {
  it('reads the two-line heading under the byline as a heading, not as paragraphs', () => {
    const document = readText(
      [
        '政协委员履职故事',
        '',
        '本报记者 刘洋',
        '',
        '双流区：委员工作站',
        '',
        '成了“连心桥”',
        '',
        '双流区政协在全区12个镇（街道）',
        '建立委员工作站，今年以来组织委员',
        '开展接待活动260余次，接待群众3',
        '800余人次，收集意见建议410条，',
        '推动解决问题190余个。区政协主席',
        '王建国介绍，下一步将推动工作站向',
        '村（社区）延伸。',
      ].join('\n'),
    );
    expect(document.blocks.map((block) => [block.kind, block.text.text])).toEqual([
      ['title', '政协委员履职故事'],
      ['byline', '本报记者 刘洋'],
      ['heading', '双流区：委员工作站 成了“连心桥”'],
      ['paragraph', '双流区政协在全区12个镇（街道）建立委员工作站，今年以来组织委员开展接待活动260余次，接待群众3800余人次，收集意见建议410条，推动解决问题190余个。区政协主席王建国介绍，下一步将推动工作站向村（社区）延伸。'],
    ]);
  });
});

describe('readText: a jump line with the page\'s letter, a note after the last sentence', () => {
  it('reads （下转A4版） as furniture, not a heading', () => {
    const document = readText(['政协工作巡礼', '', '新县政协一年来走进中小学校42所。', '', '（下转A4版）', '', '息县政协形成调研报告6篇。'].join('\n'));
    expect(document.blocks.map((block) => block.kind)).toEqual(['title', 'paragraph', 'furniture', 'paragraph']);
  });

  it.each(['（完）', '（记者 陈晓燕）', '（责任编辑：王某）'])('does not take a text ending with %s after its last sentence for one cut off', (note) => {
    expect(readText(['徐州县区政协出实招见实效', '', `沛县政协今年共收到提案236件。${note}`].join('\n')).warnings).toEqual([]);
  });
});

describe('readText: a caption set inside a sentence of the column', () => {
  it('reads the sentence whole and the caption after its paragraph', () => {
    const document = readText(
      [
        '委员履职有担当 协商议事惠民生', '', '本报记者 胡晓东', '',
        '潢川县政协主席陈国栋介绍，县政协打', '', '造“委员议事厅”协商平台，今年以来开', '',
        '▲光山县政协委员在槐店乡调研油茶产', '', '业发展情况。 本报记者 胡晓东 摄', '',
        '展协商活动 98 场次，解决群众身边问', '', '题 156 件。',
      ].join('\n'),
    );
    expect(document.blocks.map((block) => block.kind)).toEqual(['title', 'byline', 'paragraph', 'caption', 'caption']);
    expect(document.blocks[2]!.text.text).toBe('潢川县政协主席陈国栋介绍，县政协打造“委员议事厅”协商平台，今年以来开展协商活动98场次，解决群众身边问题156件。');
  });
});

describe('readText: short headings over long one-line paragraphs', () => {
  it('is no hard-wrapped column: each heading stays a heading, not the start of its paragraph', () => {
    // Paragraphs of different lengths, as real ones are: the headings' width is then the commonest.
    const paragraph = (district: string, clauses: number) =>
      `${district}政协聚焦群众急难愁盼问题，${'今年以来开展协商活动56场次，推动解决问题120余个，'.repeat(clauses)}群众满意率达98%。`;
    const lines = ['佛山市各区政协扎实推进协商平台建设', '来源：佛山日报　发布时间：2024-06-12 09:30', ''];
    const parts = [['禅城区', '小切口撬动大民生'], ['南海区', '协商议事进村居'], ['顺德区', '顺商汇助企纾困'], ['高明区', '生态协商守护青山'], ['三水区', '三水同心凝聚侨心']];
    parts.forEach(([district, headline], i) => lines.push(`${district}：${headline}`, paragraph(district!, i + 1), ''));
    const kinds = readText(lines.join('\n')).blocks.map((block) => block.kind);
    expect(kinds).toEqual(['title', 'byline', ...Array.from({ length: 5 }, () => ['heading', 'paragraph']).flat()]);
  });
});

describe('readText: no furniture in the body', () => {
  it('keeps a heading that names a weekday without a date, and a sentence that opens with 审核：', () => {
    const document = readText(['各区政协动态', '', '星期五议事日', '', '审核：区政协全年审核提案120件，推动解决问题30个。', '', '长安区政协今年召开协商会6场。'].join('\n'));
    expect(document.blocks.filter((block) => block.kind === 'furniture')).toEqual([]);
  });
});

describe('readText: traditional characters in the page furniture', () => {
  const source = [
    '佛山政協委員扎根基層',
    '',
    '【大公報訊】記者何嘉欣佛山報道：佛山各區政協推動協商平台向鎮街延伸。',
    '',
    '三水區政協組織醫衛界委員下鄉義診，去年共開展義診活動48場，服務群眾萬餘人次。',
    '',
    '（下轉A6版）',
    '',
    '查詢熱線：2873 8288　　大公報記者 何嘉欣',
    '',
    '責任編輯：鄭嘉儀　美術編輯：黃敏',
  ].join('\n');
  const document = readText(source);

  it('reads a jump line, a hotline and the editors\' credits as furniture, as in simplified characters', () => {
    expect(document.blocks.map((block) => block.kind)).toEqual(['title', 'paragraph', 'paragraph', 'furniture', 'furniture', 'furniture']);
  });

  it('does not take the editors\' credit at the end for a text cut off mid-sentence', () => {
    expect(document.warnings).toEqual([]);
  });
});

describe('readText: an info line that opens with the publication time', () => {
  it('reads 2024年04月08日 10:26　来源：… 记者 … under the headline as the byline, the lead after it as a paragraph', () => {
    const document = readText(
      [
        '桂林：市县两级政协联动助推世界级旅游城市建设',
        '2024年04月08日 10:26  来源：桂林日报  记者 覃丽娟 通讯员 桂协宣',
        '　　4月3日，桂林市政协召开市县两级政协联动履职工作推进会，总结2023—2024年度联动履职情况。',
        '　　临桂区政协主席秦海燕介绍，区政协今年第一季度已召开议事会18场。',
      ].join('\n'),
    );
    expect(document.blocks.map((block) => block.kind)).toEqual(['title', 'byline', 'paragraph', 'paragraph']);
  });

  it('keeps a lead that opens with a date and a comma a paragraph', () => {
    const document = readText(['桂林各县区政协履职综述', '2024年4月8日，记者从桂林市政协获悉，全市政协开展协商活动120场。', '临桂区政协今年召开议事会18场。'].join('\n'));
    expect(document.blocks.map((block) => block.kind)).toEqual(['title', 'paragraph', 'paragraph']);
  });
});

describe('readText: the lines around the body', () => {
  it('reads a closing dateline （本报石家庄6月12日电） as the byline at the end, not a heading', () => {
    const document = readText(['把协商议事平台建到群众身边', '', '正定县政协主席王振国介绍，县政协开展协商议事活动320余场。', '', '（本报石家庄6月12日电）'].join('\n'));
    expect(document.blocks.map((block) => [block.kind, block.text.text])).toEqual([
      ['title', '把协商议事平台建到群众身边'],
      ['paragraph', '正定县政协主席王振国介绍，县政协开展协商议事活动320余场。'],
      ['byline', '（本报石家庄6月12日电）'],
    ]);
  });

  it('reads a ——…发言摘登 line under the headline of a hard-wrapped column as the subtitle, though it is as wide as the column and has 、 and brackets', () => {
    const document = readText(
      [
        '凝心聚力谱新篇 履职尽责显担当',
        '——全市县（市、区）政协主席座谈会发言摘登',
        '编者按：6月18日，市政协召开全市县（市、区）政',
        '协主席座谈会，各县（市、区）政协主席围绕推进“有',
        '事好商量”协商平台建设、服务“1+5+N”产业发',
        '展等作交流发言。现将部分发言摘登如下。',
        '瑞金市政协主席钟华介绍，市政协组织文史委员编写',
        '《红都故事》读本3册，开展红色宣讲120余场，受众',
        '达3.5万人次。于都县政协主席肖建平介绍，县政协',
        '在全县23个乡镇建成协商议事室，开展协商268场。',
      ].join('\n'),
    );
    expect(document.blocks.slice(0, 3).map((block) => [block.kind, block.text.text.slice(0, 8)])).toEqual([
      ['title', '凝心聚力谱新篇 '],
      ['subtitle', '——全市县（市、'],
      ['paragraph', '编者按：6月18'],
    ]);
  });
});
