/**
 * Statistics tables: a heading row, then a row per district (`黄浦区 | 312 | 286 | 100%` under
 * `区 | 提案数（件） | 立案数（件） | 办结率`). Read cell by cell, a table gives numbers without units
 * and names without passages. Each data row becomes one paragraph that reads as the report would
 * have said it — `黄浦区：提案数312件，立案数286件，办结率100%。` — so the row's name opens its passage
 * (as `永川区：…` does) and each number takes its unit from its column heading. Every character keeps
 * a source position: a figure its cell's, a heading's words and unit the heading's.
 */
import { MappedTextBuilder, type MappedText } from '../model/text.js';

/** A cell that holds a figure: digits, perhaps a decimal point, thousands separators, a percent sign. */
const FIGURE = /^[约近超逾]?[0-9０-９][0-9０-９.,，．]*(?:余|多)?[%％‰]?$/;
/**
 * A heading's own unit at its end: in brackets (提案数（件）, 金额(万元)) or after a slash (协商活动/场,
 * 资金／万元), where a figure is no unit (2023/2024 are two years).
 */
const HEADING_UNIT = /(?:[（(]([^（()）、，,]{1,4})[)）]|[/／]\s*([^/／（()）、，,\s\d]{1,4}))$/d;
/**
 * A unit that nothing but a space or a cell of its own marks as one (协商活动 场, or 场 in a row of
 * units under the headings) must be a measure word: a heading wrapped over two lines (社情民意 /
 * 信息) ends in a noun.
 */
const MEASURE_WORD = /^(?:[万亿]?元|[人场户家件]次|平方米|公里|公顷|[人次件个场户家篇条项名位所座处份期亩台套间批本部支组队届轮天株只头块盏])$/;
/** The name column's cell of a row of units: 单位, 计量单位. */
const UNIT_ROW_NAME = /^(?:计量)?单位$/;
/** A unit cell may put its unit in brackets: （件）. */
const BRACKETED = /^[（(](.+)[)）]$/;
/** A count's measure word at the end of its heading, before 数: 参与人数 → 人, 活动次数 → 次, 提案件数 → 件. */
const HEADING_MEASURE = /([人次件个场户家篇条项名])数$/;
/** Headings that count what is always counted in one measure word, though they do not write it: 提案数 → 件. */
const COUNTED_IN: Readonly<Record<string, string>> = { 提案数: '件', 立案数: '件', 办结数: '件', 议案数: '件', 建议数: '条', 意见建议数: '条' };
/** Columns that number the rows, not count anything. */
const ROW_NUMBER = /^(?:序号|编号|排名|名次|序)$/;
/** Longer headings are prose: the table lays out a page, it does not hold statistics. */
const MAX_HEADING = 20;
/** A caption's unit, on a line of its own (单位：万元) or at the end of its title (…情况（单位：个）). */
const CAPTION_UNIT = /[（(]?(?:计量)?单位[：:]\s*([^\s，。；、（()）：:]{1,4})[)）]?$/d;
/** A caption's title names the table (表1 …) or says what it holds (…主要履职数据, …统计表) or that it follows (如下：, 见下表：). */
const CAPTION_TITLE = /^表\s*[0-9一二三四五六七八九十]|(?:如下表?|下表|[计览]表|数据|情况|统计|汇总)$/;
/** A caption is a line: a title, not a sentence of the report. */
const MAX_CAPTION = 40;
const SENTENCE_PUNCTUATION = /[，。；！？,;!?]/;
const CAPTION_END = /[：:。]$/;

const slice = (text: MappedText, start: number, end: number): MappedText => ({ text: text.text.slice(start, end), map: text.map.subarray(start, end) });
const isFigure = (cell: MappedText) => FIGURE.test(cell.text.trim());
const trimmed = (cell: MappedText): MappedText => {
  const start = cell.text.length - cell.text.trimStart().length;
  return slice(cell, start, start + cell.text.trim().length);
};

/**
 * Whether a paragraph right before a table is its caption (各县（市、区）主要履职数据如下表：, 上半年各县
 * （市、区）政协主要履职数据, 单位：万元) rather than the end of the passage before it.
 */
export function isTableCaption(text: string): boolean {
  const line = text.trim().replace(CAPTION_END, '');
  if (line.length > MAX_CAPTION) return false;
  const unit = CAPTION_UNIT.exec(line);
  const title = (unit ? line.slice(0, unit.index) : line).trim().replace(CAPTION_END, '');
  return title === '' ? unit !== null : !SENTENCE_PUNCTUATION.test(title) && CAPTION_TITLE.test(title);
}

/** What a column's heading says: the words a figure follows, and the unit it is counted in, mapped to where the table gives it. */
interface Column {
  readonly words: MappedText;
  readonly unit: MappedText | null;
  readonly numbersRows: boolean;
}

/**
 * The rows of a statistics table as paragraphs, or null when the cells are not one: the first row
 * must be short headings without figures, and most other rows must hold a figure. A row of units
 * under the headings, or a caption's unit (单位：个), gives the unit of a column whose heading gives none.
 */
export function statisticsRows(rows: readonly (readonly MappedText[])[], captions: readonly MappedText[] = []): MappedText[] | null {
  const [heading, ...rest] = rows;
  if (!heading || heading.length < 2 || rest.length === 0) return null;
  if (heading.some((cell) => cell.text.length > MAX_HEADING || isFigure(cell))) return null;
  const units = unitRow(rest[0]!);
  const data = units ? rest.slice(1) : rest;
  if (data.length === 0 || data.filter((row) => row.some(isFigure)).length * 2 < data.length) return null;
  const captionUnit = captions.map(unitOfCaption).find((unit) => unit !== null) ?? null;
  const columns = heading.map((label, column) => columnOf(label, units?.[column] ?? null, captionUnit));
  return data.map((row) => rowParagraph(columns, row)).filter((paragraph) => paragraph.text.length > 0);
}

/** A row of units under the headings (单位 | 场 | 件 | 人次), each cell's unit, or null when the row is not one. */
function unitRow(row: readonly MappedText[]): (MappedText | null)[] | null {
  const units = row.map((cell) => {
    const unit = trimmed(cell);
    const bracketed = BRACKETED.exec(unit.text);
    return bracketed ? slice(unit, 1, 1 + bracketed[1]!.length) : unit;
  });
  const isUnit = (unit: MappedText) => MEASURE_WORD.test(unit.text);
  if (!units.some(isUnit) || !units.every((unit, column) => unit.text === '' || isUnit(unit) || (column === 0 && UNIT_ROW_NAME.test(unit.text)))) return null;
  return units.map((unit) => (isUnit(unit) ? unit : null));
}

function unitOfCaption(caption: MappedText): MappedText | null {
  const line = trimmed(caption);
  const unit = CAPTION_UNIT.exec(line.text.replace(CAPTION_END, ''))?.indices?.[1];
  return unit ? slice(line, unit[0], unit[1]) : null;
}

/**
 * A heading's words and unit: its own unit in brackets or after a slash (提案数（件）, 协商活动/场) or a
 * space (协商活动 场), else the unit row's, else the measure word it counts in (参与人数), else the
 * one what it counts is always counted in (提案数 → 件, mapped to the heading's 数), else the caption's.
 */
function columnOf(label: MappedText, unitBelow: MappedText | null, captionUnit: MappedText | null): Column {
  const heading = trimmed(label);
  const numbersRows = ROW_NUMBER.test(heading.text);
  const own = HEADING_UNIT.exec(heading.text);
  if (own) {
    const [start, end] = own.indices![1] ?? own.indices![2]!;
    return { words: withoutBrackets(slice(heading, 0, own.index)), unit: slice(heading, start, end), numbersRows };
  }
  const spaced = spacedUnitAt(heading);
  if (spaced > 0) return { words: withoutBrackets(slice(heading, 0, spaced)), unit: slice(heading, spaced, heading.text.length), numbersRows };
  const words = withoutBrackets(heading);
  const measure = HEADING_MEASURE.exec(heading.text);
  const countedIn = Object.entries(COUNTED_IN).find(([name]) => heading.text.endsWith(name));
  const unit =
    unitBelow ??
    (measure ? slice(heading, measure.index, measure.index + 1) : null) ??
    (countedIn ? { text: countedIn[1], map: Int32Array.of(heading.map[heading.text.length - 1]!) } : null) ??
    captionUnit;
  return { words, unit, numbersRows };
}

/**
 * Where a measure word the reader closed up to the heading's words begins (协商活动 场, 参与<br>人次:
 * the source has something between them), or 0 when the heading ends in none.
 */
function spacedUnitAt(heading: MappedText): number {
  for (let at = heading.text.length - 1; at > 0; at--) {
    if (heading.map[at]! - heading.map[at - 1]! > 1) return MEASURE_WORD.test(heading.text.slice(at)) ? at : 0;
  }
  return 0;
}

/** A heading's words without what it adds in brackets: 覆盖乡镇（街道） reads 覆盖乡镇, so that the figure follows its noun. */
function withoutBrackets(label: MappedText): MappedText {
  const out = new MappedTextBuilder();
  let from = 0;
  for (const bracket of label.text.matchAll(/[（(][^（()）]*[)）]/g)) {
    out.appendMapped(slice(label, from, bracket.index));
    from = bracket.index + bracket[0].length;
  }
  out.appendMapped(slice(label, from, label.text.length));
  return out.build();
}

/**
 * A row as a sentence: 黄浦区：提案数312件，立案数286件，办结率100%。 Commas, not semicolons, join the
 * cells, since the row is one statement whose figures may be parts of each other (立案 of 提案).
 */
function rowParagraph(columns: readonly Column[], row: readonly MappedText[]): MappedText {
  const out = new MappedTextBuilder();
  const nameAt = row.findIndex((cell) => cell.text.trim() !== '' && !isFigure(cell));
  let last = 0;
  const mark = (chars: string) => out.appendSynthetic(chars, last);
  if (nameAt >= 0) {
    out.appendMapped(row[nameAt]!);
    last = row[nameAt]!.map[row[nameAt]!.map.length - 1]!;
    mark('：');
  }
  let written = 0;
  row.forEach((cell, index) => {
    const column = columns[index];
    if (index === nameAt || cell.text.trim() === '' || column?.numbersRows) return;
    if (written++ > 0) mark('，');
    if (column) out.appendMapped(column.words);
    out.appendMapped(cell);
    last = cell.map[cell.map.length - 1]!;
    if (column?.unit && isFigure(cell) && !/[%％‰]$/.test(cell.text.trim())) out.appendMapped(column.unit);
  });
  if (written > 0) mark('。');
  return out.build();
}
