/**
 * The flat tables of `--table` (metrics, entries, numbers, quotes, keywords): one row per item, each
 * starting with a `report` column, so that rows from several inputs can live in one file, and rows
 * of each report can be written as soon as it is done. Also the helpers every table shares. The
 * analysis tables, which need all reports at once, are in tables.ts.
 */
import { metricsByEntry, metricShortForm } from '../analyze/compare.js';
import type { Keyword } from '../analyze/keywords.js';
import type { Entry, Metric, NumberMention, Quote, Report } from '../model/report.js';
import type { FlatTableKind } from './kinds.js';

export type Cell = string | number | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

/** Keywords per entry, computed beforehand (jieba loads asynchronously, and only when asked for). */
export type EntryKeywords = ReadonlyMap<Entry, readonly Keyword[]>;

export interface TableOptions {
  /** Adds a keywords column to entries and compare; required by the keywords table. */
  keywords?: EntryKeywords;
}

/** A column's name next to how its cell is read, so names and cells cannot drift out of order. */
type Column<T> = readonly [name: string, cell: (item: T) => Cell];

interface MetricItem {
  report: Report;
  metric: Metric;
  entry: Entry | undefined;
}

interface EntryItem {
  report: Report;
  entry: Entry;
  metrics: Metric[];
  keywords: readonly Keyword[] | undefined;
}

interface NumberItem {
  report: Report;
  number: NumberMention;
}

const METRIC_COLUMNS: readonly Column<MetricItem>[] = [
  ['report', (i) => i.report.source.path],
  ['entry', (i) => i.metric.entry],
  ['district', (i) => i.metric.district],
  ['code', (i) => i.entry?.district.code ?? null],
  ['section', (i) => i.entry?.section ?? null],
  ['value', (i) => i.metric.value],
  ['upper', (i) => i.metric.upper],
  ['unit', (i) => i.metric.unit],
  ['qualifier', (i) => i.metric.qualifier],
  ['category', (i) => i.metric.category],
  ['subject', (i) => i.metric.subject],
  ['period', (i) => i.metric.period],
  ['part_of', (i) => i.metric.partOf],
  ['raw', (i) => i.metric.raw],
  ['line', (i) => i.metric.line],
  ['column', (i) => i.metric.column],
  ['offset', (i) => i.metric.offset],
];

const ENTRY_COLUMNS: readonly Column<EntryItem>[] = [
  ['report', (i) => i.report.source.path],
  ['id', (i) => i.entry.id],
  ['section', (i) => i.entry.section],
  ['district', (i) => i.entry.district.name],
  ['code', (i) => i.entry.district.code],
  ['province', (i) => i.entry.district.province],
  ['city', (i) => i.entry.district.city],
  ['speaker', (i) => i.entry.speakers.map((s) => s.name).join('、')],
  ['title', (i) => i.entry.speakers.map((s) => s.title).join('、')],
  ['lines', (i) => `${i.entry.lines[0]}-${i.entry.lines[1]}`],
  ['metrics', (i) => i.metrics.length],
  ['figures', (i) => shortForms(i.metrics)],
];

const KEYWORDS_COLUMN: Column<{ keywords: readonly Keyword[] | undefined }> = ['keywords', (i) => keywordText(i.keywords)];

interface QuoteItem {
  report: Report;
  entry: Entry;
  quote: Quote;
}

const QUOTE_COLUMNS: readonly Column<QuoteItem>[] = [
  ['report', (i) => i.report.source.path],
  ['entry', (i) => i.entry.id],
  ['district', (i) => i.entry.district.name],
  ['speaker', (i) => i.quote.speaker],
  ['line', (i) => i.quote.line],
  ['quote', (i) => i.quote.text],
];

interface KeywordItem {
  report: Report;
  entry: Entry;
  rank: number;
  keyword: Keyword;
}

const KEYWORD_COLUMNS: readonly Column<KeywordItem>[] = [
  ['report', (i) => i.report.source.path],
  ['entry', (i) => i.entry.id],
  ['district', (i) => i.entry.district.name],
  ['rank', (i) => i.rank],
  ['keyword', (i) => i.keyword.word],
  ['weight', (i) => i.keyword.weight],
];

const NUMBER_COLUMNS: readonly Column<NumberItem>[] = [
  ['report', (i) => i.report.source.path],
  ['kind', (i) => i.number.kind],
  ['raw', (i) => i.number.raw],
  ['value', (i) => i.number.value],
  ['line', (i) => i.number.line],
  ['column', (i) => i.number.column],
  ['reason', (i) => i.number.reason],
  ['metric', (i) => i.number.metric],
];

export function buildFlatTable(reports: readonly Report[], kind: FlatTableKind, options: TableOptions = {}): Table {
  switch (kind) {
    case 'metrics':
      return tableOf(
        METRIC_COLUMNS,
        reports.flatMap((report) => {
          const entries = entriesById(report);
          return report.metrics.map((metric) => ({
            report,
            metric,
            entry: metric.entry === null ? undefined : entries.get(metric.entry),
          }));
        }),
      );
    case 'entries':
      return tableOf(
        options.keywords ? [...ENTRY_COLUMNS, KEYWORDS_COLUMN] : ENTRY_COLUMNS,
        reports.flatMap((report) => {
          const metrics = metricsByEntry(report);
          return report.entries.map((entry) => ({ report, entry, metrics: metrics.get(entry.id) ?? [], keywords: options.keywords?.get(entry) }));
        }),
      );
    case 'numbers':
      return tableOf(
        NUMBER_COLUMNS,
        reports.flatMap((report) => report.numbers.map((number) => ({ report, number }))),
      );
    case 'quotes':
      return tableOf(
        QUOTE_COLUMNS,
        reports.flatMap((report) => report.entries.flatMap((entry) => entry.quotes.map((quote) => ({ report, entry, quote })))),
      );
    case 'keywords': {
      const { keywords } = options;
      if (!keywords) throw new Error('the keywords table needs the keywords: compute them with entryKeywords()');
      return tableOf(
        KEYWORD_COLUMNS,
        reports.flatMap((report) =>
          report.entries.flatMap((entry) => (keywords.get(entry) ?? []).map((keyword, i) => ({ report, entry, rank: i + 1, keyword }))),
        ),
      );
    }
  }
}

/** Metrics in short form, as an editor would list them: 考察调研230余次；重要协商活动36余次. */
export function shortForms(metrics: readonly Metric[]): string {
  return metrics.map(metricShortForm).join('；');
}

export function keywordText(keywords: readonly Keyword[] | undefined): Cell {
  return keywords ? keywords.map((keyword) => keyword.word).join('、') : null;
}

function tableOf<T>(columns: readonly Column<T>[], items: readonly T[]): Table {
  return {
    columns: columns.map(([name]) => name),
    rows: items.map((item) => columns.map(([, cell]) => cell(item))),
  };
}

export function entriesById(report: Report): Map<string, Entry> {
  return new Map(report.entries.map((entry) => [entry.id, entry]));
}

/** Keeps only the named columns, in the order given. */
export function selectColumns(table: Table, names: readonly string[]): Table {
  const indices = names.map((name) => {
    const index = table.columns.indexOf(name);
    if (index < 0) throw new Error(`no column '${name}' in table`);
    return index;
  });
  return {
    columns: indices.map((i) => table.columns[i]!),
    rows: table.rows.map((row) => indices.map((i) => row[i] ?? null)),
  };
}

/** The text of a cell in formats that have no null: an empty cell. */
export function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell);
}

/** A column whose filled cells are all numbers; writers that can align columns right-align these. */
export function isNumericColumn(table: Table, index: number): boolean {
  let sawNumber = false;
  for (const row of table.rows) {
    const cell = row[index] ?? null;
    if (cell === null) continue;
    if (typeof cell !== 'number') return false;
    sawNumber = true;
  }
  return sawNumber;
}
