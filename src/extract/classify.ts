/**
 * Is a quantity a metric? Every numeral gets a kind and a reason a reader can check: dates and
 * times, ordinals (第4期, 六届), numbers inside the name of a programme (“五千行动”), formulaic
 * enumerations (三大职能, 四个“双百行动”, 一批, 3个方面), ranks in titles (二级巡视员), rates for one
 * person (每名委员每年至少撰写1件提案), averages (人均读书5本), and the rest. Only a quantity with a
 * counting unit that survives all of these is a metric.
 */
import type { NumberKind } from '../model/report.js';
import { CLAUSE_PUNCTUATION_CODES, clauseStart, sentenceEnd, sentenceStart } from '../read/chars.js';
import type { Quantity } from './numerals.js';
import { enclosingName, type QuoteIndex } from './quotes.js';

export interface Classification {
  readonly kind: NumberKind;
  readonly reason: string;
}

/** No report counts beyond this (10¹⁵ yuan); longer digit strings are identifiers or noise. */
const MAX_COUNT = 1e15;
const DATE_UNITS = new Set(['年', '月', '日', '号', '时', '分', '秒']);
const DURATION_UNITS = new Set(['天', '周', '小时', '分钟', '个月', '岁']);
/**
 * Units with which a small number written in characters still counts something: events, people,
 * money, documents (三次调研, 两名委员). With any other unit (四个着力, 一套规则, 一批) it is a
 * formula of the genre.
 */
const COUNTED_IN_WORDS = new Set(['次', '场', '场次', '期', '轮', '名', '人', '人次', '位', '户', '元', '件', '篇', '份', '%']);
/** 3个方面, 从三个层面, 四个维度: how many sides of a matter are spoken of, digits or characters. */
const ASPECTS = /^个?(?:方面|层面|维度|角度)/;
/** Units that make a number a term's: 十四届. */
const ORDINAL_UNITS = new Set(['届']);

export function classify(text: string, quantity: Quantity, quotes: QuoteIndex): Classification {
  const { unit, value } = quantity;
  const numeral = text.slice(quantity.numeralStart, quantity.numeralEnd);
  const before = text[quantity.start - 1] ?? '';
  const after = text[quantity.end] ?? '';

  if (!Number.isFinite(value) || value > MAX_COUNT) return { kind: 'other', reason: 'too large to be a count' };
  const name = enclosingName(quotes, quantity.start, quantity.end);
  if (name) {
    const mark = text[name.start] === '《' ? '《》' : '“”';
    return { kind: 'slogan', reason: `part of the name ${mark[0]}${name.inner}${mark[1]}` };
  }
  if (isRepeatedFormula(text, quantity, numeral)) return { kind: 'slogan', reason: `a repeated formula (…${numeral}…、…${numeral}…)` };
  if (before === '第') return { kind: 'ordinal', reason: `ordinal 第${numeral}` };
  if (quantity.script === 'arabic' && spanAround(TELEPHONE, text, quantity)) return { kind: 'other', reason: 'a telephone number' };
  const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, quantity.start - 2), quantity.start))?.[0];
  // 每周三次 is three times a week: after 周 only a numeral with no unit names a day (每周二、周四).
  if (weekday && (weekday === '星期' || (unit === '' && quantity.script === 'chinese' && value >= 1 && value <= 6))) {
    return { kind: 'date', reason: `a weekday (${weekday}${numeral})` };
  }
  if (unit === '次' && quantity.script === 'chinese' && /^(?:会议|全会|全体会议|常委会|主席会议|大会)/.test(text.slice(quantity.end))) {
    return { kind: 'ordinal', reason: `session number (${numeral}次会议)` };
  }
  if (ORDINAL_UNITS.has(unit)) return { kind: 'ordinal', reason: `term number ${numeral}${unit}` };
  if (unit === '期' && isProjectPhase(text, quantity)) return { kind: 'ordinal', reason: `a phase of a project (${numeral}期)` };
  if (DATE_UNITS.has(unit) && isCalendarDate(unit, value, text, quantity)) return { kind: 'date', reason: dateReason(unit, text, quantity) };
  if (DURATION_UNITS.has(unit) || (unit === '年' && value < 100)) return { kind: 'other', reason: `a length of time (${unit})` };
  if (unit === '级') return { kind: 'other', reason: 'a rank or grade (级), as in a title' };
  if (quantity.script === 'chinese' && after === '是' && unit === '') return { kind: 'enumeration', reason: `enumeration ${numeral}是` };
  if (unit === '大') return { kind: 'enumeration', reason: `formulaic “${numeral}大…”` };
  const unitAt = quantity.end - unit.length;
  const aspects = ASPECTS.exec(text.slice(unitAt, unitAt + 4));
  if (aspects) return { kind: 'enumeration', reason: `a formulaic count of aspects (${text.slice(quantity.start, unitAt)}${aspects[0]}), not work done` };
  if (unit === '号' && /[路街巷弄道里村]$/.test(before)) return { kind: 'other', reason: `a street number (${before}${numeral}号)` };
  if (unit === '字') return { kind: 'other', reason: `a length in characters (${numeral}字)` };
  const isSmallWord = quantity.script === 'chinese' && value <= 10 && quantity.qualifier === 'exact' && !quantity.vague;
  if (isSmallWord && unit !== '' && !COUNTED_IN_WORDS.has(unit)) {
    return { kind: 'enumeration', reason: `small number in characters with ${unit}: a formulaic enumeration` };
  }
  if (before === '每' && quantity.script === 'chinese') return { kind: 'other', reason: `a rate (每${numeral}${unit})` };
  if (unit === '') {
    const written = quantity.script === 'arabic' ? spanAround(NUMERIC_DATE, text, quantity) : null;
    if (written) return { kind: 'date', reason: `a date or time written in digits (${written})` };
    if (/^(?:、|[.．](?!\d))/.test(text.slice(quantity.end, quantity.end + 2)) && sentenceStart(text, quantity.start, 4) === quantity.start) {
      return { kind: 'ordinal', reason: `a list item's number (${numeral}${text[quantity.end]})` };
    }
    if (quantity.script === 'arabic' && isBareYear(quantity, after)) return { kind: 'date', reason: 'a year' };
    return { kind: 'other', reason: 'no counting unit follows' };
  }
  if (unit === '倍') return { kind: 'other', reason: 'a ratio (倍)' };
  const clause = clauseBefore(text, quantity);
  const shown = text.slice(quantity.start, quantity.end);
  const average = AVERAGE.exec(clause)?.[0];
  if (average) return { kind: 'other', reason: `${AVERAGES[average]} (${average}…${shown})` };
  const person = perPerson(clause, quantity);
  if (person) return { kind: 'other', reason: `a rate for each person (${person}…${shown})` };
  return { kind: 'metric', reason: `count with unit ${unit}` };
}

const CJK_IDEOGRAPH = /[\u4e00-\u9fff]/;

/**
 * 2023, 2023—2025: a whole figure from 1900 to 2100 with no word after it. 2000余 is a tally, and
 * 2000把 (轮椅) a count in a measure word that no unit list holds.
 */
function isBareYear(quantity: Quantity, after: string): boolean {
  const { value } = quantity;
  const approximate = quantity.upper === null && quantity.qualifier !== 'exact';
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && !approximate && !CJK_IDEOGRAPH.test(after);
}

/** 周二, 星期四, 礼拜三: the word before a weekday's numeral. */
const WEEKDAY_BEFORE = /(?:星期|礼拜|周)$/;

/** What a project is built in phases of: 二期工程, 三期项目, 朱子文化园二期建设, 项目一期. */
const PHASED_WORK = /^(?:工程|项目|建设|改造|扩建)/;
const PHASED_BEFORE = /(?:工程|项目)$/;

/**
 * A phase's number: 一期, 二期 … in characters. A figure (培训班3期, 3期建设培训) or 两 (两期建设培训班)
 * counts sessions, as 两 counts and never ranks.
 */
const PHASE_NUMBER = /^[一二三四五六七八九十]$/;

/** 二期工程, 项目二期: the phase a project is in, not a count of sessions. */
function isProjectPhase(text: string, quantity: Quantity): boolean {
  return quantity.qualifier === 'exact' && PHASE_NUMBER.test(text.slice(quantity.numeralStart, quantity.numeralEnd)) && (PHASED_WORK.test(text.slice(quantity.end, quantity.end + 2)) || PHASED_BEFORE.test(text.slice(Math.max(0, quantity.start - 2), quantity.start)));
}

/** How far a sentence is read around a number; text without stops must not make this quadratic. */
const LOOKAROUND = 200;

/** The clause before the quantity, from the last stop or comma. */
function clauseBefore(text: string, quantity: Quantity): string {
  return text.slice(clauseStart(text, quantity.start, CLAUSE_PUNCTUATION_CODES, Math.max(0, quantity.start - LOOKAROUND)), quantity.start);
}

/**
 * 人均读书5本, 人均增收2000元, 户均增收3000元, 亩均增收400元: an average over the people,
 * households, land or events reached, whatever its qualifier. It is not the district's total, and
 * no total may add it up, income included: what a district reached is counted in people (带动群众1200人),
 * not in their average.
 */
const AVERAGES: Record<string, string> = {
  人均: 'a per-person average', 户均: 'a per-household average', 亩均: 'a per-mu average', 村均: 'a per-village average',
  场均: 'a per-event average', 日均: 'a daily average', 月均: 'a monthly average', 年均: 'a yearly average', 平均: 'an average',
};
/** After 各, 每, 全 or a count (各村均建有, 120个村均建成, 每月均召开) 均 means "all", and the figure is no average. */
const AVERAGE = new RegExp(`(?<![各每个全])(?:${Object.keys(AVERAGES).join('|')})`);

/** 每名委员, 每(一)位委员, 每人: what one person does or gets, not what the district did. */
const PER_PERSON = /每一?[人名位]/;

/**
 * The 每名/每位/每人 of the clause before the quantity, when the quantity is a quota or rate for
 * one person (每名委员每年至少撰写1件提案, 每人每月2次). A tally (余, 近: 为每位委员建档300余份)
 * is the district's total whatever it was counted by.
 */
function perPerson(clause: string, quantity: Quantity): string | null {
  if (quantity.qualifier === 'over' || quantity.qualifier === 'nearly') return null;
  return PER_PERSON.exec(clause)?.[0] ?? null;
}

/**
 * 助千企、引千商、促千项: a bare 百/千/万 repeated through one sentence is the wording of a
 * programme, not a count.
 */
function isRepeatedFormula(text: string, quantity: Quantity, numeral: string): boolean {
  if (quantity.script !== 'chinese' || quantity.qualifier !== 'exact' || !/^[百千万]$/.test(numeral)) return false;
  const start = sentenceStart(text, quantity.numeralStart, LOOKAROUND);
  const end = sentenceEnd(text, quantity.numeralEnd, LOOKAROUND);
  const bare = new RegExp(`(?:^|[^零〇一二两三四五六七八九十百千万亿数上几])${numeral}(?![零〇一二两三四五六七八九十百千万亿余多])`, 'g');
  return (text.slice(start, end).match(bare) ?? []).length >= 3;
}

/** 2025-06-12, 2025/6/12, 2025.06.12, 10:30: dates and times of web pages and e-paper mastheads. */
const NUMERIC_DATE = /\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)|(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)/g;

/**
 * Telephone numbers: with an area code (0736-8812345), a mobile's eleven digits, after 电话：/热线：
 * (查询热线：2873 8288), and the five-digit public hotlines (12345热线, 12345政务服务便民热线), what one dials (拨打12345).
 */
const TELEPHONE = /(?<![\d.])0\d{2,3}[-－—]\d{5,8}(?!\d)|(?<![\d.])1[3-9]\d{9}(?!\d)|(?:电话|热线|手机|传真)(?:[：:]\s*\d[\d\s\-－—]*\d|\d{7,})|拨打\d{3,}|(?<![\d.])12\d{3}(?=热线|政务服务|市民热线|便民热线|服务热线|平台)/g;

/** The match of `pattern` (global) that the quantity starts in, if any: a date, a telephone number. */
function spanAround(pattern: RegExp, text: string, quantity: Quantity): string | null {
  const from = Math.max(0, quantity.start - 16);
  const window = text.slice(from, quantity.end + 16);
  for (const match of window.matchAll(pattern)) {
    const start = from + match.index;
    if (start <= quantity.start && quantity.start < start + match[0].length) return match[0];
  }
  return null;
}

function isCalendarDate(unit: string, value: number, text: string, quantity: Quantity): boolean {
  if (unit === '年') return value >= 1000 || text[quantity.end] === '度';
  if (unit === '月') return value >= 1 && value <= 12;
  if (unit === '日' || unit === '号') return value >= 1 && value <= 31;
  return true;
}

function dateReason(unit: string, text: string, quantity: Quantity): string {
  const rest = text.slice(quantity.end, quantity.end + 2);
  if (unit === '年' && (rest === '以来' || rest === '来')) return `a period (${text.slice(quantity.start, quantity.end)}${rest})`;
  return `a date or time (${unit})`;
}
