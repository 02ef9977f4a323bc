/**
 * Statistics tables: a heading row, then a row per district (`黄浦区 | 312 | 286 | 100%` under
 * `区 | 提案数（件） | 立案数（件） | 办结率`). Read cell by cell, a table gives numbers without units
 * and names without passages. Each data row becomes one paragraph that reads as the report would
 * have said it — `黄浦区：提案数312件；立案数286件；办结率100%。` — so the row's name opens its passage
 * (as `永川区：…` does) and each number takes its unit from its column heading. Every character keeps
 * a source position: a figure its cell's, a heading's words and unit the heading's.
 */
import { MappedTextBuilder, type MappedText } from '../model/text.js';

/** A cell that holds a figure: digits, perhaps a decimal point, thousands separators, a percent sign. */
const FIGURE = /^[约近超逾]?[0-9０-９][0-9０-９.,，．]*(?:余|多)?[%％‰]?$/;
/** A heading's unit in brackets at its end: 提案数（件）, 金额(万元). */
const HEADING_UNIT = /[（(]([^（()）、，,]{1,4})[)）]$/;
/** A count's measure word at the end of its heading, before 数: 参与人数 → 人, 活动次数 → 次, 提案件数 → 件. */
const HEADING_MEASURE = /([人次件个场户家篇条项名])数$/;
/** Headings that count what is always counted in one measure word, though they do not write it: 提案数 → 件. */
const COUNTED_IN: Readonly<Record<string, string>> = { 提案数: '件', 立案数: '件', 办结数: '件', 议案数: '件', 建议数: '条', 意见建议数: '条' };
/** Columns that number the rows, not count anything. */
const ROW_NUMBER = /^(?:序号|编号|排名|名次|序)$/;
/** Longer headings are prose: the table lays out a page, it does not hold statistics. */
const MAX_HEADING = 20;

const slice = (text: MappedText, start: number, end: number): MappedText => ({ text: text.text.slice(start, end), map: text.map.subarray(start, end) });
const isFigure = (cell: MappedText) => FIGURE.test(cell.text.trim());

/**
 * The rows of a statistics table as paragraphs, or null when the cells are not one: the first row
 * must be short headings without figures, and most other rows must hold a figure.
 */
export function statisticsRows(rows: readonly (readonly MappedText[])[]): MappedText[] | null {
  const [heading, ...data] = rows;
  if (!heading || heading.length < 2 || data.length === 0) return null;
  if (heading.some((cell) => cell.text.length > MAX_HEADING || isFigure(cell))) return null;
  if (data.filter((row) => row.some(isFigure)).length * 2 < data.length) return null;
  return data.map((row) => rowParagraph(heading, row)).filter((paragraph) => paragraph.text.length > 0);
}

/** A heading's words without what it adds in brackets: 覆盖乡镇（街道） reads 覆盖乡镇, so that the figure follows its noun. */
function appendWithoutBrackets(out: MappedTextBuilder, label: MappedText): void {
  let from = 0;
  for (const bracket of label.text.matchAll(/[（(][^（()）]*[)）]/g)) {
    out.appendMapped(slice(label, from, bracket.index));
    from = bracket.index + bracket[0].length;
  }
  out.appendMapped(slice(label, from, label.text.length));
}

/**
 * After a figure, the unit its heading gives: in brackets (提案数（件）), as the measure word it counts
 * in (参与人数), or, for what is always counted in one, that word (提案数 → 件), mapped to the heading's 数.
 */
function appendHeadingUnit(out: MappedTextBuilder, label: MappedText, bracketed: RegExpExecArray | null): void {
  if (bracketed) return out.appendMapped(slice(label, bracketed.index + 1, bracketed.index + 1 + bracketed[1]!.length));
  const heading = label.text.trim();
  const measure = HEADING_MEASURE.exec(heading);
  const at = label.text.indexOf(heading);
  if (measure) return out.appendMapped(slice(label, at + measure.index, at + measure.index + 1));
  const countedIn = Object.entries(COUNTED_IN).find(([name]) => heading.endsWith(name));
  if (countedIn) out.appendSynthetic(countedIn[1], label.map[at + heading.length - 1]!);
}

function rowParagraph(heading: readonly MappedText[], row: readonly MappedText[]): MappedText {
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
  row.forEach((cell, column) => {
    const label = heading[column];
    if (column === nameAt || cell.text.trim() === '' || (label && ROW_NUMBER.test(label.text.trim()))) return;
    if (written++ > 0) mark('；');
    const unit = label ? HEADING_UNIT.exec(label.text) : null;
    if (label) appendWithoutBrackets(out, unit ? slice(label, 0, unit.index) : label);
    out.appendMapped(cell);
    last = cell.map[cell.map.length - 1]!;
    if (label && isFigure(cell) && !/[%％‰]$/.test(cell.text.trim())) appendHeadingUnit(out, label, unit);
  });
  if (written > 0) mark('。');
  return out.build();
}
