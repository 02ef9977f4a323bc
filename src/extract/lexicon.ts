/**
 * Words that contain numeral characters but are not numbers: 统一, 一些, 进一步, 百姓, 千方百计.
 * A numeral inside one of them is not a number mention at all (the way "one" in "someone" is not).
 * Names that hold a number (十四五, 五一, 两会) are numbers of their own kind: findNamedNumbers.
 */

const WORDS = [
  '统一', '一些', '一起', '一体', '一直', '一致', '一切', '一般', '一样', '进一步', '一步步', '之一', '一道', '一同',
  '唯一', '一流', '一系列', '一心', '一贯', '一度', '一旦', '一律', '一并', '一举', '一边', '一面', '一定', '一番',
  '一时', '一手', '一环', '一把手', '万一', '百姓', '千方百计', '万众', '一一', '五湖四海', '四面八方',
  '十分', '万分', '一方面', '一下', '一点', '一头', '同一', '单一', '专一', '合一', '一如既往', '一以贯之', '一揽子',
  '一站式', '一体化', '一把', '一线', '一刀切', '一窝蜂', '千家万户', '万家', '百花', '百年', '一家人',
  '百分比', '一同', '一齐', '一向', '一味', '一再', '一经', '一概', '一应', '一连', '一身', '一生', '一路', '一行',
  '一带', '一肩挑', '不一', '逐一', '一目了然', '九牛一毛', '一丝不苟', '一往无前', '独一无二', '五花八门',
  '七嘴八舌', '乱七八糟', '三番五次', '三令五申', '万无一失', '万事', '万物', '万象', '百业', '千里', '千秋', '千古',
  '一流', '一手抓', '两手抓', '两手', '一把尺子', '一张蓝图', '一盘棋', '一张网', '一件事', '一批批', '千年',
  '一年一度', '一季一', '百舸', '百尺竿头', '百家', '一言堂', '一体推进', '一体谋划',
  '一号', '一线', '零距离', '零盲区', '零障碍', '零投诉', '一网通办', '一件事一次办',
  '一次性', '一揽子', '一席之地', '一脉相承', '两岸', ];

const byChar = new Map<string, { word: string; offset: number }[]>();
for (const word of new Set(WORDS)) {
  [...word].forEach((char, offset) => {
    const list = byChar.get(char) ?? [];
    list.push({ word, offset });
    byChar.set(char, list);
  });
}

/**
 * Names with numbers in them: a plan, a holiday, a formula of the party's. Their numerals are not
 * counts, but they are numbers, and none is dropped silently: each is reported as what it names.
 */
const NAMED: readonly (readonly [kind: 'slogan' | 'date', reason: string, words: readonly string[]])[] = [
  ['slogan', 'the name of a Five-Year Plan', ['十三五', '十四五', '十五五', '十六五']],
  ['date', 'a holiday or anniversary', ['五一', '七一', '八一', '十一黄金周']],
  ['slogan', 'the name of the annual sessions', ['两会']],
  ['slogan', 'a fixed political formula', ['三会一课', '五位一体', '四个全面', '两个确立', '两个维护', '一国两制', '三严三实', '一带一路', '一岗双责', '三农']],
];
const NAMED_WORDS = new Map(NAMED.flatMap(([kind, reason, words]) => words.map((word) => [word, { kind, reason }] as const)));
/** One pass over a paragraph for all of them, longest first, so that none hides inside another. */
const NAMED_PATTERN = new RegExp([...NAMED_WORDS.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

export interface NamedNumber {
  readonly start: number;
  readonly end: number;
  readonly kind: 'slogan' | 'date';
  readonly reason: string;
}

/** Every name with a number in it in `text` (NAMED), in order, not overlapping. */
export function findNamedNumbers(text: string): NamedNumber[] {
  const found: NamedNumber[] = [];
  NAMED_PATTERN.lastIndex = 0;
  for (let match = NAMED_PATTERN.exec(text); match; match = NAMED_PATTERN.exec(text)) {
    const { kind, reason } = NAMED_WORDS.get(match[0])!;
    found.push({ start: match.index, end: match.index + match[0].length, kind, reason: `${reason} (${match[0]})` });
  }
  return found;
}

/** True when the numeral run text[start, end) lies inside one of the words above. */
export function insideNumberWord(text: string, start: number, end: number): boolean {
  const candidates = byChar.get(text[start]!);
  if (!candidates) return false;
  return candidates.some(({ word, offset }) => {
    const wordStart = start - offset;
    return wordStart >= 0 && wordStart + word.length >= end && text.startsWith(word, wordStart);
  });
}
