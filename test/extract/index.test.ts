/**
 * findNumbers(): a metric that is part of another metric of its sentence says so (`partOf`), so that
 * totals do not count it twice: 其中重点提案15件 is already in 收到提案315件, 立案286件 in 提交提案312件.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/index.js';
import type { Document } from '../../src/model/document.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { readText } from '../../src/read/text.js';

/** Each metric's raw text, with the raw text of the metric it is part of. */
function parts(paragraph: string): [string, string | null][] {
  return partsIn(readText(['各区政协动态', '', paragraph].join('\n')));
}

function partsIn(document: Document): [string, string | null][] {
  const findings = findNumbers(document, new Map()).filter((finding) => finding.metric);
  const rawOf = (finding: (typeof findings)[number]) => document.blocks[finding.block]!.text.text.slice(finding.quantity.start, finding.quantity.end);
  return findings.map((finding) => [rawOf(finding), finding.metric!.partOf ? rawOf(finding.metric!.partOf) : null]);
}

describe('findNumbers: parts of a whole', () => {
  it.each([
    ['其中 between them', '全年收到提案315件，其中重点提案15件。', [['315件', null], ['15件', '315件']]],
    ['what was done with some: 立案', '共提交提案312件，立案286件，办复率100%。', [['312件', null], ['286件', '312件'], ['100%', null]]],
    ['what was done with some: 被采纳', '提出建议36条，18条被采纳。', [['36条', null], ['18条', '36条']]],
    ['what was done with some: 被…采用', '收集社情民意信息120条，被省、市政协采用38条。', [['120条', null], ['38条', '120条']]],
    ['solved of collected, same unit and category', '收集问题120个，解决问题98个。', [['120个', null], ['98个', '120个']]],
    ['solved of collected, the problems solved left unsaid', '收集企业诉求120余条，协调解决98条。', [['120余条', null], ['98条', '120余条']]],
    ['其中 and the count alone, what follows saying nothing of what it counts', '形成协商成果36项，其中28项已落地见效。', [['36项', null], ['28项', '36项']]],
    ['the verb at the end of the part\'s clause', '形成协商成果建议32条，已有25条被相关部门采纳。', [['32条', null], ['25条', '32条']]],
  ])('%s', (_name, paragraph, expected) => {
    expect(parts(paragraph)).toEqual(expected);
  });

  it.each([
    ['different units', '走访企业50家，解决问题30个。', [['50家', null], ['30个', null]]],
    ['different categories with one unit', '建成议事室46个，解决问题150余个。', [['46个', null], ['150余个', null]]],
    ['a semicolon, which closes the whole', '收到提案315件，其中重点提案15件；共提交议案312件。', [['315件', null], ['15件', '315件'], ['312件', null]]],
    ['a full stop', '收到提案315件。立案工作由提案委负责，审议议案12件。', [['315件', null], ['12件', null]]],
    ['counts side by side', '开展协商30次，视察调研20次。', [['30次', null], ['20次', null]]],
    ['rates, which are shares of different wholes', '群众满意度达九成以上，协商成果采纳约3成，提案办结率100%，立案率93.2%。', [['九成以上', null], ['约3成', null], ['100%', null], ['93.2%', null]]],
  ])('links no part across %s', (_name, paragraph, expected) => {
    expect(parts(paragraph)).toEqual(expected);
  });
});

describe('findNumbers: names with a number in them', () => {
  it('reports 十五五, 五一, 两会 and 三会一课 as what they name, in reading order among the counts', () => {
    const document = readText(['各区政协动态', '', '围绕“十五五”规划编制开展协商8场，“五一”假期服务游客300余人次，召开两会精神学习会，落实三会一课制度。'].join('\n'));
    const found = findNumbers(document, new Map()).map((finding) => [document.blocks[finding.block]!.text.text.slice(finding.quantity.start, finding.quantity.end), finding.kind, finding.reason]);
    expect(found).toEqual([
      ['十五五', 'slogan', 'the name of a Five-Year Plan (十五五)'],
      ['8场', 'metric', 'count with unit 场'],
      ['五一', 'date', 'a holiday or anniversary (五一)'],
      ['300余人次', 'metric', 'count with unit 人次'],
      ['两会', 'slogan', 'the name of the annual sessions (两会)'],
      ['三会一课', 'slogan', 'a fixed political formula (三会一课)'],
    ]);
  });
});

describe('findNumbers: rates for one person', () => {
  it('keeps 每名委员每年至少撰写1件提案 among the numbers, with its reason, and the yearly total as a metric', () => {
    const document = readText(['各区政协动态', '', '该区政协要求每名委员每年至少撰写1件提案，每年开展协商活动100余场。'].join('\n'));
    const found = findNumbers(document, new Map()).map((finding) => [document.blocks[finding.block]!.text.text.slice(finding.quantity.start, finding.quantity.end), finding.kind, finding.reason]);
    expect(found).toEqual([
      ['1件', 'other', 'a rate for each person (每名…1件)'],
      ['100余场', 'metric', 'count with unit 场'],
    ]);
  });
});

describe('findNumbers: averages', () => {
  it('keeps 人均增收2000元 among the numbers, with its reason, and the people reached as a metric', () => {
    const document = readText(['各区政协动态', '', '该区政协助推特色产业发展，带动群众1200人就业，人均增收2000元。'].join('\n'));
    const found = findNumbers(document, new Map()).map((finding) => [document.blocks[finding.block]!.text.text.slice(finding.quantity.start, finding.quantity.end), finding.kind, finding.reason]);
    expect(found).toEqual([
      ['1200人', 'metric', 'count with unit 人'],
      ['2000元', 'other', 'a per-person average (人均…2000元)'],
    ]);
  });

  it('links a table row’s 立案数 to its 提案数, as 立案 does in a sentence, and no row to another', () => {
    const table = ['# 各区县政协履职数据', '', '| 区县 | 提案数（件） | 立案数 | 办结率 |', '| --- | --- | --- | --- |', '| 东湖区 | 268 | 241 | 98% |', '| 西湖区 | 215 | 198 | 97% |'];
    expect(partsIn(readMarkdown(table.join('\n')))).toEqual([['268件', null], ['241件', '268件'], ['98%', null], ['215件', null], ['198件', '215件'], ['97%', null]]);
  });
});
