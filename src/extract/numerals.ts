/**
 * Numerals to quantities. Finds every numeral in normalised text — Arabic (ASCII or full-width, with
 * decimals and thousands separators) or Chinese (一二三, 两, 廿, 十百千万亿, 〇) — and reads the
 * quantity around it: the qualifier before (逾, 近, 约, 超过, 上, 数) and after (余, 多, 以上,
 * 左右), the multipliers that follow (万, 亿: `6000 余万元` is 60 000 000 元) and the counting unit.
 *
 * Percentages come in three spellings: `60%`, `百分之六十`, `8成`; all become unit `%`.
 */
import type { Qualifier } from '../model/report.js';

export interface Quantity {
  /** Span of the whole expression in the text, qualifiers and unit included. */
  readonly start: number;
  readonly end: number;
  /** Span of the numeral itself. */
  readonly numeralStart: number;
  readonly numeralEnd: number;
  /** The value in base units: multipliers applied, a percentage in percent. */
  readonly value: number;
  /** The counting unit as normalised (万元 → 元, ％ → %), or '' when none follows. */
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly script: 'arabic' | 'chinese';
  /** True when the numeral is approximate by nature: 上万, 数百, 三四个. */
  readonly vague: boolean;
  /** A range's upper end, in base units as `value` (20至30次 → 30), or null. */
  readonly upper: number | null;
}

// The financial forms (壹, 伍, 陆, 拾 …) are left out: in running text they are mostly parts of
// words (队伍, 陆续, 收拾), and reports write amounts in Arabic figures.
const DIGIT_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const TENS: Record<string, number> = { 廿: 20, 卅: 30 };
const MULTIPLIER: Record<string, number> = { ...SMALL_UNIT, ...LARGE_UNIT };

const CHINESE_NUMERAL_CHARS = new Set([...Object.keys(DIGIT_VALUE), ...Object.keys(SMALL_UNIT), ...Object.keys(LARGE_UNIT), ...Object.keys(TENS)]);

/** Counting units, longest first so that 人次 wins over 人, 家次 over 家. Traditional forms map to simplified. */
const UNITS: readonly string[] = [
  '个百分点', '百分点', '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '人次', '场次', '户次', '家次', '件次', '批次', '架次', '班次', '车次', '余人',
  '公里', '千米', '公顷', '公斤', '千克', '千瓦', '兆瓦', '平米', '立方', '小时', '分钟', '个月',
  '人', '名', '位', '户', '家', '个', '次', '场', '期', '届', '篇', '件', '条', '项', '份', '本', '册', '部',
  '套', '处', '所', '座', '间', '栋', '幢', '台', '辆', '架', '艘', '支', '批', '类', '种', '组', '队', '元', '%', '亩', '吨',
  '斤', '米', '天', '年', '月', '日', '号', '周', '岁', '倍', '轮', '节', '堂', '门', '株', '棵', '起', '宗', '例',
  '笔', '张', '封', '幅', '首', '级', '大', '步', '点', '字', '时', '分', '秒', '方面', '成',
  // Things handed out, built or raised: 路灯120盏, 冰场13块, 机井20眼, 水窖5口, 床位80床, 物资500箱, 鸡苗1.5万只, 肉牛600头.
  '盏', '块', '眼', '口', '床', '箱', '袋', '盒', '瓶', '桶', '面', '只', '头',
].filter((unit) => unit !== '余人');
/** Characters of UNITS in traditional script, each to its simplified form (場次 is 场次, 個百分點 个百分点). */
const TRADITIONAL_UNIT: Record<string, string> = {
  個: '个', 場: '场', 項: '项', 條: '条', 戶: '户', 張: '张', 屆: '届', 間: '间', 棟: '栋', 臺: '台', 輛: '辆',
  組: '组', 隊: '队', 種: '种', 類: '类', 噸: '吨', 畝: '亩', 歲: '岁', 週: '周', 處: '处', 車: '车', 點: '点',
  時: '时', 鐘: '钟', 節: '节', 輪: '轮', 冊: '册', 筆: '笔', 級: '级', 門: '门', 頃: '顷', 盞: '盏', 塊: '块',
  牀: '床', 隻: '只', 頭: '头',
};
/** 上万, 数百, 几十: "upwards of". */
const VAGUE_PREFIXES = new Set(['上', '数', '數', '几', '幾']);
const PERCENT_SIGNS = new Set(['%', '％', '﹪']);

const OVER_SUFFIX = new Set(['余', '餘', '多']);
/** Words before a numeral and the qualifier each gives, longest first. */
const PREFIX_QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['不少于', 'at_least'], ['不低于', 'at_least'], ['至少', 'at_least'],
  ['超过', 'over'], ['超過', 'over'], ['多于', 'over'], ['逾', 'over'], ['超', 'over'],
  ['将近', 'nearly'], ['將近', 'nearly'], ['接近', 'nearly'], ['近', 'nearly'],
  ['大约', 'about'], ['大約', 'about'], ['约', 'about'], ['約', 'about'],
];
const POSTFIX_QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['以上', 'at_least'], ['左右', 'about'], ['上下', 'about'],
];

/** Looked up for every character of the text: a table by char code is much faster than a Set. */
const NUMERAL_TABLE = new Uint8Array(0x10000);
for (const char of CHINESE_NUMERAL_CHARS) NUMERAL_TABLE[char.charCodeAt(0)] = 1;

/** Characters a numeral or a percentage word (百分之…) can start with: digits and numeral characters. */
const NUMERAL_START = NUMERAL_TABLE.slice();
for (let code = 0x30; code <= 0x39; code++) NUMERAL_START[code] = 1;
for (let code = 0xff10; code <= 0xff19; code++) NUMERAL_START[code] = 1;

/** An ASCII or full-width digit at `i` (false past the end, where charCodeAt is NaN). */
function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/[, \u00a0\u2009\u202f]/g, '');
}

interface Numeral {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly script: 'arabic' | 'chinese';
  readonly vague: boolean;
  readonly over: boolean;
  /** The upper end's own value, for a range (20至30名). */
  readonly upper?: number;
}

/** An Arabic number: digits, optional thousands groups with ',', optional decimal part. */
const SPACE_SEPARATORS = ' \u00a0\u2009\u202f';

/** Three digits at `at` and no fourth: a group after a thousands separator. */
function isThousandsGroup(text: string, at: number): boolean {
  return isDigitAt(text, at) && isDigitAt(text, at + 1) && isDigitAt(text, at + 2) && !isDigitAt(text, at + 3);
}

function readArabic(text: string, i: number): { end: number; value: number } | null {
  if (!isDigitAt(text, i)) return null;
  let j = i;
  while (isDigitAt(text, j)) j++;
  while (text[j] === ',' && isThousandsGroup(text, j + 1)) j += 4;
  // Or by a space (2 350件, 12 000人): one group, after at most three digits, right before a unit
  // that is no percent sign, in no row of figures. 312 286 100% is a table's row that lost the wide
  // gaps between its cells: three numbers.
  const unitAt = j + 4;
  const inRow = SPACE_SEPARATORS.includes(text[i - 1] ?? '') && isDigitAt(text, i - 2);
  const unit = text[unitAt];
  if (j - i <= 3 && !inRow && SPACE_SEPARATORS.includes(text[j]!) && isThousandsGroup(text, j + 1) && unit !== undefined && !/[\s.．,]/.test(unit) && !PERCENT_SIGNS.has(unit)) j = unitAt;
  if ((text[j] === '.' || text[j] === '．') && isDigitAt(text, j + 1)) {
    j++;
    while (isDigitAt(text, j)) j++;
  }
  return { end: j, value: Number(asciiDigits(text.slice(i, j))) };
}

/** Reads a run of Chinese numeral characters as a number: 二百 200, 廿八 28, 三万五千 35000, 二〇二二 2022. */
export function parseChineseNumber(run: string): number | null {
  if (run.length === 0) return null;
  const hasPositional = [...run].some((char) => char in SMALL_UNIT || char in LARGE_UNIT || char in TENS);
  if (!hasPositional) {
    let value = 0;
    for (const char of run) value = value * 10 + DIGIT_VALUE[char]!;
    return value;
  }
  let total = 0;
  let section = 0;
  let lastLarge = 0;
  let digit: number | null = null;
  for (const char of run) {
    if (char in DIGIT_VALUE) digit = digit === null ? DIGIT_VALUE[char]! : digit * 10 + DIGIT_VALUE[char]!;
    else if (char in TENS) {
      section += TENS[char]!;
      digit = null;
    } else if (char in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[char]!;
      digit = null;
    } else if (char in LARGE_UNIT) {
      const large = LARGE_UNIT[char]!;
      const multiplied = section + (digit ?? 0) || (total === 0 ? 1 : 0);
      // 一亿二千万: 万 after 亿 scales only its own section.
      total = lastLarge > large ? total + multiplied * large : (total + multiplied) * large;
      lastLarge = large;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * The numeral at `i`, with the multipliers and 余/多 that belong to it: 6000余万 (60 000 000, over),
 * 3万4000 (34 000), 1.9万, 二百余万, 千余, 两千多. Returns null when no numeral starts at `i`.
 */
function readNumeral(text: string, i: number): Numeral | null {
  const arabic = readArabic(text, i);
  if (arabic) {
    let { end, value } = arabic;
    let over = false;
    if (OVER_SUFFIX.has(text[end]!) && text[end + 1] !== undefined && text[end + 1]! in MULTIPLIER) {
      over = true;
      end++;
    }
    const scaled = multipliersFrom(text, end);
    const multiplier = scaled.multiplier;
    end = scaled.end;
    value *= multiplier;
    // 3万4000: a smaller section follows a large multiplier.
    if (!over && multiplier >= 1e4) {
      const rest = readArabic(text, end);
      if (rest && rest.value < multiplier) {
        let restEnd = rest.end;
        let restMultiplier = 1;
        const restScale = multiplierAt(text, restEnd);
        if (restScale !== null && restScale < multiplier) {
          restMultiplier = restScale;
          restEnd++;
        }
        if (rest.value * restMultiplier < multiplier) {
          value += rest.value * restMultiplier;
          end = restEnd;
        }
      }
    }
    return { start: i, end, value: roundValue(value), script: 'arabic', vague: false, over };
  }

  if (NUMERAL_TABLE[text.charCodeAt(i)] !== 1) return null;
  let j = i;
  while (NUMERAL_TABLE[text.charCodeAt(j)] === 1) j++;
  let run = text.slice(i, j);
  let over = false;
  let vague = false;
  // 三十余万, 一千多万: 余/多 between the number and a large multiplier.
  if (OVER_SUFFIX.has(text[j]!) && text[j + 1] !== undefined && text[j + 1]! in LARGE_UNIT) {
    over = true;
    const value = parseChineseNumber(run)! * LARGE_UNIT[text[j + 1]!]!;
    return { start: i, end: j + 2, value, script: 'chinese', vague, over };
  }
  // 三四个, 两三百户, 十七八人: neighbouring digits name a range; the lower end is the value.
  for (let k = 0; k + 1 < run.length; k++) {
    const low = DIGIT_VALUE[run[k]!];
    const high = DIGIT_VALUE[run[k + 1]!];
    if (low !== undefined && high !== undefined && low > 0 && high === low + 1) {
      vague = true;
      run = run.slice(0, k + 1) + run.slice(k + 2);
      break;
    }
  }
  const value = parseChineseNumber(run);
  if (value === null) return null;
  const decimal = vague ? null : chineseDecimal(text, i, j);
  if (decimal) {
    // 三点五万: the multiplier after the decimals scales the whole number.
    const { end, multiplier } = multipliersFrom(text, decimal.end);
    return { start: i, end, value: roundValue((value + decimal.value) * multiplier), script: 'chinese', vague, over };
  }
  return { start: i, end: j, value, script: 'chinese', vague, over };
}

/** The multiplier at `i` (万, 千 …), or null where there is none or a unit begins with it: 500千瓦 is 500 kW, not 500 000 瓦. */
function multiplierAt(text: string, i: number): number | null {
  const char = text[i];
  if (char === undefined || !(char in MULTIPLIER) || readUnit(text, i) !== null) return null;
  return MULTIPLIER[char]!;
}

/** The run of multipliers from `i` (亿, 万, 千万) and what they scale by together; 1 for none. */
function multipliersFrom(text: string, i: number): { end: number; multiplier: number } {
  let end = i;
  let multiplier = 1;
  for (let scale = multiplierAt(text, end); scale !== null; scale = multiplierAt(text, end)) {
    multiplier *= scale;
    end++;
  }
  return { end, multiplier };
}

/**
 * 九十八点五, 三点五万元: 点 and digits after a numeral written in characters. Only where a count or a
 * percentage must follow (百分之…, a multiplier, a unit): 下午三点 is a time, 一点一滴 a phrase.
 */
function chineseDecimal(text: string, numeralStart: number, at: number): { end: number; value: number } | null {
  if (text[at] !== '点' || DIGIT_VALUE[text[at + 1]!] === undefined) return null;
  let end = at + 1;
  let digits = '';
  while (DIGIT_VALUE[text[end]!] !== undefined) digits += String(DIGIT_VALUE[text[end++]!]);
  const counted = text.endsWith('百分之', numeralStart) || (text[end] !== undefined && text[end]! in MULTIPLIER) || readUnit(text, end) !== null;
  return counted ? { end, value: Number(`0.${digits}`) } : null;
}

function roundValue(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** UNITS by their first character, each list still longest first: a unit is looked for after every numeral. */
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const unit of UNITS) {
  const list = UNITS_BY_FIRST.get(unit[0]!);
  if (list) list.push(unit);
  else UNITS_BY_FIRST.set(unit[0]!, [unit]);
}

const LONGEST_UNIT = Math.max(...UNITS.map((unit) => unit.length));

/** The unit at `i`, every character of it read in either script, so that 30場次 is 30 场次 and not 30 场 before a 次. */
function readUnit(text: string, i: number): { unit: string; end: number } | null {
  const first = text[i];
  if (first === undefined) return null;
  if (PERCENT_SIGNS.has(first)) return { unit: '%', end: i + 1 };
  let ahead = '';
  for (const char of text.slice(i, i + LONGEST_UNIT)) ahead += TRADITIONAL_UNIT[char] ?? char;
  for (const unit of UNITS_BY_FIRST.get(ahead[0]!) ?? []) if (ahead.startsWith(unit)) return { unit, end: i + unit.length };
  return null;
}

function strongest(qualifiers: readonly Qualifier[]): Qualifier {
  for (const q of ['nearly', 'about', 'over', 'at_least'] as const) if (qualifiers.includes(q)) return q;
  return 'exact';
}

/**
 * Every quantity in `text` in order. `skip(start, end)` tells which numeral spans are not numbers
 * at all (part of a place name or a word like 统一); they are passed over.
 */
export function scanQuantities(text: string, skip: (start: number, end: number) => boolean = () => false): Quantity[] {
  const quantities: Quantity[] = [];
  let i = 0;
  while (i < text.length) {
    // Most characters start no numeral; only those that can are read further.
    if (NUMERAL_START[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const numeral = readNumeral(text, i);
    const percentWord = readPercentWord(text, i, numeral);
    if (percentWord) {
      quantities.push(percentWord);
      i = percentWord.end;
      continue;
    }
    if (!numeral) {
      i++;
      continue;
    }
    if (numeral.script === 'chinese' && skip(numeral.start, numeral.end)) {
      i = numeral.end;
      continue;
    }
    const quantity = completeQuantity(text, rangeFrom(text, numeral) ?? numeral);
    if (isUnitOfAccount(text, quantity)) {
      i = quantity.end;
      continue;
    }
    quantities.push(quantity);
    i = Math.max(quantity.end, numeral.end);
  }
  return quantities;
}

/** Multipliers alone, as they are written in 万元, 亿元, 千元. */
const BARE_MULTIPLIERS = /^[百千万亿萬億]+$/;

/**
 * 单位：万元, 以万元计, 若干亿元: a multiplier with no figure, no 上/近/逾 before and no 余/多 after
 * it, before 元 is the unit amounts are counted in, not an amount (万余元, 近亿元 are).
 */
function isUnitOfAccount(text: string, quantity: Quantity): boolean {
  return quantity.unit === '元' && quantity.qualifier === 'exact' && !quantity.vague && BARE_MULTIPLIERS.test(text.slice(quantity.numeralStart, quantity.numeralEnd));
}

/** 百分之六十 (60 %), 百分之12.5, 三分之一 (33.33 %, about); `denominator` is the numeral at `i`, read already. */
function readPercentWord(text: string, i: number, denominator: Numeral | null): Quantity | null {
  if (text.startsWith('百分之', i)) {
    const numeral = readNumeral(text, i + 3);
    return numeral ? finishQualifiers(text, i, numeral, numeral.value, '%', numeral.end, []) : null;
  }
  if (!denominator || !text.startsWith('分之', denominator.end) || denominator.value === 0) return null;
  const numerator = readNumeral(text, denominator.end + 2);
  if (!numerator) return null;
  const value = Math.round((numerator.value / denominator.value) * 10000) / 100;
  const exact = Number.isInteger((numerator.value / denominator.value) * 100);
  let start = i;
  const qualifiers: Qualifier[] = exact ? [] : ['about'];
  for (const [word, qualifier] of PREFIX_QUALIFIERS) {
    if (text.startsWith(word, start - word.length)) {
      qualifiers.push(qualifier);
      start -= word.length;
      break;
    }
  }
  return finishQualifiers(text, start, { ...numerator, start: i }, value, '%', numerator.end, qualifiers);
}

/** What joins the ends of a range: 20至30名, 5-10个, 3～5场. */
const RANGE_JOINERS = new Set(['至', '到', '-', '－', '—', '~', '～']);

/**
 * 20至30名, 5-10个: a range, its value the lower end, which the figure is at least, and its upper
 * end kept. Only when the upper end is larger and written in the same script. A multiplier written
 * on the upper end alone is both ends' (3至5万元 is 30 000 to 50 000 元).
 */
function rangeFrom(text: string, low: Numeral): Numeral | null {
  if (low.over || !RANGE_JOINERS.has(text[low.end]!) || isTelephonePart(text, low)) return null;
  const high = readNumeral(text, low.end + 1);
  if (!high || high.over || high.script !== low.script || high.value <= low.value || isTelephonePart(text, high)) return null;
  return { ...low, value: roundValue(low.value * sharedScale(text, low, high)), end: high.end, vague: true, upper: high.value };
}

/** Plain digits with a leading zero, or seven and more: an area code or a line number (0736-8812345), no end of a range. */
const TELEPHONE_DIGITS = /^(?:[0０][0-9０-９]+|[0-9０-９]{7,})$/;

function isTelephonePart(text: string, numeral: Numeral): boolean {
  return numeral.script === 'arabic' && TELEPHONE_DIGITS.test(text.slice(numeral.start, numeral.end));
}

/**
 * What the multipliers ending a range's upper end scale its lower end by: the longest run whose
 * figure before it is still above the lower end (三至五千万: 千万; 十至二十万: 万, as 二十 is above
 * 十). 1 when there is none, the lower end being written in full (1.2万至1.5万, 5000至2万, 五至十).
 */
function sharedScale(text: string, low: Numeral, high: Numeral): number {
  for (let cut = high.start + 1; cut < high.end; cut++) {
    const run = [...text.slice(cut, high.end)];
    if (!run.every((char) => char in MULTIPLIER)) continue;
    const figure = readNumeral(text.slice(0, cut), high.start);
    if (figure && figure.end === cut && figure.value > low.value) return run.reduce((scale, char) => scale * MULTIPLIER[char]!, 1);
  }
  return 1;
}

/**
 * Units that start a word with the character after them, so that they count nothing: 三成员, 八成效
 * (成员, 成效); 3口之家, 5口人 (a household's size, not wells).
 */
const UNIT_IN_WORD: Record<string, RegExp> = { 成: /[员为果立效绩熟就本]/, 口: /[之人]/ };

function completeQuantity(text: string, numeral: Numeral): Quantity {
  const qualifiers: Qualifier[] = numeral.over ? ['over'] : [];
  let start = numeral.start;
  let value = numeral.value;
  let vague = numeral.vague;
  // 上万, 数百, 几十: vague numerals, read as "more than".
  const before = text[start - 1];
  if (numeral.script === 'chinese' && VAGUE_PREFIXES.has(before!) && /^[十百千万亿萬億]/.test(text[start] ?? '')) {
    qualifiers.push('over');
    vague = true;
    start--;
  }
  if (numeral.vague) qualifiers.push(numeral.upper === undefined ? 'about' : 'at_least');
  for (const [word, qualifier] of PREFIX_QUALIFIERS) {
    if (start >= word.length && text.startsWith(word, start - word.length) && !(word === '近' && /[最附接]/.test(text[start - 2] ?? ''))) {
      qualifiers.push(qualifier);
      start -= word.length;
      break;
    }
  }
  let end = numeral.end;
  // 十几个 (some more than ten), 30来人 (about thirty), besides 余 and 多.
  const approximateSuffix = numeral.script === 'chinese' && text[end] === '几' ? 'over' : text[end] === '来' && readUnit(text, end + 1) ? 'about' : null;
  if (!numeral.over && (OVER_SUFFIX.has(text[end]!) || approximateSuffix)) {
    qualifiers.push(approximateSuffix ?? 'over');
    end++;
  }
  let unit = '';
  const found = readUnit(text, end);
  if (found && !UNIT_IN_WORD[found.unit]?.test(text[found.end] ?? '')) {
    unit = found.unit;
    end = found.end;
    if (unit === '成') {
      unit = '%';
      value *= 10;
    }
  }
  const quantity = finishQualifiers(text, start, numeral, value, unit, end, qualifiers);
  // The upper end scales as the lower did (6至8成: 60 to 80 %).
  const upper = numeral.upper === undefined ? null : roundValue(numeral.upper * (numeral.value === 0 ? 1 : quantity.value / numeral.value));
  return { ...quantity, vague, upper };
}

function finishQualifiers(text: string, start: number, numeral: Numeral, value: number, unit: string, end: number, qualifiers: Qualifier[]): Quantity {
  let finalEnd = end;
  if (unit !== '') {
    for (const [word, qualifier] of POSTFIX_QUALIFIERS) {
      if (text.startsWith(word, finalEnd)) {
        qualifiers.push(qualifier);
        finalEnd += word.length;
        break;
      }
    }
  }
  return {
    start,
    end: finalEnd,
    numeralStart: numeral.start,
    numeralEnd: numeral.end,
    value: roundValue(value),
    unit,
    qualifier: strongest(qualifiers),
    script: numeral.script,
    vague: numeral.vague,
    upper: null,
  };
}
