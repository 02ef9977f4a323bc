/**
 * Flat row tables (`--table metrics|entries|numbers`) built from reports, shared by the CSV,
 * Markdown and terminal writers. One row per metric, entry or numeral; every table starts with a
 * `report` column so that rows from several inputs can live in one file.
 */
import type { Entry, Metric, NumberMention, Report } from '../model/report.js';

export type Cell = string | number | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

export type TableKind = 'metrics' | 'entries' | 'numbers';

export const TABLE_KINDS: readonly TableKind[] = ['metrics', 'entries', 'numbers'];

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
  metricCount: number;
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
  ['unit', (i) => i.metric.unit],
  ['qualifier', (i) => i.metric.qualifier],
  ['category', (i) => i.metric.category],
  ['subject', (i) => i.metric.subject],
  ['period', (i) => i.metric.period],
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
  ['metrics', (i) => i.metricCount],
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

export function buildTable(reports: readonly Report[], kind: TableKind): Table {
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
        ENTRY_COLUMNS,
        reports.flatMap((report) => {
          const counts = metricCountsByEntry(report);
          return report.entries.map((entry) => ({ report, entry, metricCount: counts.get(entry.id) ?? 0 }));
        }),
      );
    case 'numbers':
      return tableOf(
        NUMBER_COLUMNS,
        reports.flatMap((report) => report.numbers.map((number) => ({ report, number }))),
      );
  }
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

function metricCountsByEntry(report: Report): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { entry } of report.metrics) {
    if (entry !== null) counts.set(entry, (counts.get(entry) ?? 0) + 1);
  }
  return counts;
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
