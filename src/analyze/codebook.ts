/**
 * The coding scheme, for researchers who hand-code reports or must describe how the tool codes
 * them: every metric field, category, qualifier and unit, and what does not count, each with
 * examples quoted from the reference report (the 4th study session of Chongqing's CPPCC, 38
 * districts and counties). The scheme is data, rendered by src/write/codebook.ts, so tests can check
 * that each example is in that report's text and that the tool codes it as stated here.
 */
import type { Category, NumberKind, Qualifier } from '../model/report.js';

/** A metric as written in the reference report, and how it is coded. */
export interface CodedExample {
  district: string;
  /** The words as printed (spaces of the PDF removed). */
  text: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  category: Category;
}

export interface CategoryDefinition {
  category: Category;
  counts: string;
  examples: CodedExample[];
}

export interface QualifierDefinition {
  qualifier: Qualifier;
  markers: string;
  examples: CodedExample[];
}

export interface NotMetricExample {
  kind: Exclude<NumberKind, 'metric'>;
  means: string;
  /** Words as printed in the reference report. */
  examples: string[];
}

const example = (district: string, text: string, value: number, unit: string, qualifier: Qualifier, category: Category): CodedExample => ({
  district,
  text,
  value,
  unit,
  qualifier,
  category,
});

const E = {
  inspections: example('永川区', '考察调研230余次', 230, '次', 'over', 'activities'),
  consultations: example('沙坪坝区', '每年开展基层协商50余场', 50, '场', 'over', 'activities'),
  onSite: example('北碚区', '开展现场协商300余场次', 300, '场次', 'over', 'activities'),
  contacts: example('南岸区', '每年开展4次以上联系服务群众活动', 4, '次', 'at_least', 'activities'),
  served: example('南岸区', '累计服务群众1500余人次', 1500, '人次', 'over', 'people'),
  benefited: example('涪陵区', '惠及群众上万人', 10000, '人', 'over', 'people'),
  nearly: example('渝北区', '直接服务界别群众近500人次', 500, '人次', 'nearly', 'people'),
  saved: example('涪陵区', '节省政府投资逾6000余万元', 60000000, '元', 'over', 'money'),
  studios: example('沙坪坝区', '委员工作室9个', 9, '个', 'exact', 'facilities'),
  platforms: example('沙坪坝区', '“渝事好商量”平台26个', 26, '个', 'exact', 'facilities'),
  estates: example('涪陵区', '43个老旧小区', 43, '个', 'exact', 'coverage'),
  towns: example('梁平区', '在梁平33个乡镇（街道）建立委员服务站', 33, '个', 'exact', 'coverage'),
  results: example('永川区', '报送协商成果120个', 120, '个', 'exact', 'outputs'),
  reports: example('永川区', '形成资政报告30余篇', 30, '篇', 'over', 'outputs'),
  problems: example('大足区', '累计推动解决问题200余个', 200, '个', 'over', 'problems'),
  issues: example('荣昌区', '协调解决路灯安装、产业发展等各类问题114个', 114, '个', 'exact', 'problems'),
  members: example('綦江区', '将该区360名政协委员全员编入平台', 360, '名', 'exact', 'members'),
  response: example('梁平区', '群众诉求响应速度提升60%', 60, '%', 'exact', 'percent'),
};

export const CATEGORY_DEFINITIONS: readonly CategoryDefinition[] = [
  { category: 'activities', counts: 'events held: inspections, consultations, meetings, services (次, 场, 场次)', examples: [E.inspections, E.consultations, E.onSite] },
  { category: 'people', counts: 'people reached or served, other than CPPCC members (人, 人次, 户)', examples: [E.served, E.benefited] },
  { category: 'money', counts: 'amounts of money (元; 万元 and 亿元 multiplied out)', examples: [E.saved] },
  { category: 'facilities', counts: 'places and platforms set up: studios, stations, halls, platforms (个 with 室, 站, 厅, 平台 …)', examples: [E.studios, E.platforms] },
  { category: 'coverage', counts: 'places reached: towns, streets, villages, communities, housing estates (个 with 乡镇, 街道, 村, 社区, 小区 …)', examples: [E.estates, E.towns] },
  { category: 'outputs', counts: 'written results: reports, proposals, suggestions, results of consultation (篇, 件, 条, 个 with 报告, 提案, 建议, 成果 …)', examples: [E.results, E.reports] },
  { category: 'problems', counts: 'problems, demands or matters solved (个, 件 with 问题, 诉求, 难题 …)', examples: [E.problems, E.issues] },
  { category: 'members', counts: 'CPPCC members (政协委员) counted in 名, 人 or 位', examples: [E.members] },
  { category: 'percent', counts: 'percentages and 成 (八成 = 80 %); never added together', examples: [E.response] },
  { category: 'other', counts: 'a count with a unit that fits none of the above (the reference report has none)', examples: [] },
];

export const QUALIFIER_DEFINITIONS: readonly QualifierDefinition[] = [
  { qualifier: 'exact', markers: 'none', examples: [E.estates, E.members] },
  { qualifier: 'over', markers: '余, 多, 逾, 超过, 上 (上万), 数 (数百): more than the value', examples: [E.inspections, E.benefited, E.saved] },
  { qualifier: 'at_least', markers: '以上, 不少于, 不低于, 至少: the value or more; a range (20至30次) is its lower end, with `upper` its upper end', examples: [E.contacts] },
  { qualifier: 'nearly', markers: '近, 将近: just under the value', examples: [E.nearly] },
  { qualifier: 'about', markers: '约, 左右: around the value, either side (the reference report has none)', examples: [] },
];

export const NOT_METRICS: readonly NotMetricExample[] = [
  { kind: 'date', means: 'dates, times and the start of a period (the period goes to `period`)', examples: ['7月22日至25日', '每年10月', '2022年以来'] },
  { kind: 'ordinal', means: 'ordinals, editions and terms of office', examples: ['第4期', '六届', '第二年'] },
  { kind: 'slogan', means: 'numbers inside the name of a programme, platform or slogan', examples: ['“五千行动”', '“三化”', '“四个着力”', '“一会三室（站）”', '“15分钟协商服务圈”'] },
  { kind: 'enumeration', means: 'formulaic enumerations, counts of the aspects of a matter', examples: ['三大职能', '一批', '六步闭环工作法'] },
  {
    kind: 'other',
    means: 'ranks in titles, rates, quotas and averages for one person or household, numbers without a counting unit',
    examples: ['二级巡视员', '每两名委员一组', '谋划一域'],
  },
];

/** The fields of a metric in the JSON and CSV output, with the values of 永川区's first metric. */
export const FIELDS: readonly (readonly [field: string, meaning: string, example: string])[] = [
  ['id', 'the metric within its report', '`m2`'],
  ['entry', 'the district passage it stands in (null: outside every passage)', '`e8`'],
  ['district', 'full official name of the district or county', '`永川区`'],
  ['value', 'the number in base units: 万 and 亿 multiplied out, a percentage in percent', '`230`'],
  ['upper', 'a range\'s upper end in the same units (20至30次: value 20, at_least, upper 30); null for most', '`30`'],
  ['unit', 'the counting unit as written (traditional forms simplified, 万元 → 元, ％ → %)', '`次`'],
  ['qualifier', 'how the value bounds the true figure (see Qualifiers)', '`over`'],
  ['category', 'what kind of thing is counted (see Categories)', '`activities`'],
  ['subject', 'what is counted, in the report\'s words', '`考察调研`'],
  ['period', 'the time the count covers, when the sentence says', '`2022年以来`'],
  ['partOf', 'the metric this one is a part of (其中…, 立案…, …被采纳), so never added to it again; null for most', '`m7`'],
  ['raw', 'the source characters of the quantity', '`230余次`'],
  ['line, column', 'where `raw` starts in the input file: 1-based, column in Unicode code points', '`154`, `6`'],
  ['offset', '0-based code-point offset of `raw` in the decoded input', '`1687`'],
];

export const UNITS: readonly (readonly [unit: string, usually: string, example: CodedExample])[] = [
  ['次', 'activities', E.inspections],
  ['场', 'activities', E.consultations],
  ['场次', 'activities', E.onSite],
  ['人次', 'people (a person served twice counts twice)', E.served],
  ['人', 'people', E.benefited],
  ['名', 'members or people', E.members],
  ['个', 'facilities, coverage, outputs or problems, by the counted noun', E.studios],
  ['篇', 'outputs', E.reports],
  ['元', 'money', E.saved],
  ['%', 'percent', E.response],
];
