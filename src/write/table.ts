/**
 * The terminal writer: tables aligned by display width, so that columns of Chinese text (two
 * cells wide per character) line up with ASCII ones; the default per-report view a person reads
 * after `cppcc-extract report.txt`; and the summary, as aligned item–value lines per report.
 * Colour is opt-in: the caller decides, because only the caller knows whether the output goes to a
 * terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Report, Warning } from '../model/report.js';
import { buildTable, cellText, isNumericColumn, plural, selectColumns, type EntryKeywords, type Table } from './tables.js';

export interface TerminalOptions {
  color?: boolean;
  /** The per-report view shows them in a last column. */
  keywords?: EntryKeywords;
}

const COLUMN_GAP = '  ';
const VIEW_ENTRY_COLUMNS = ['district', 'code', 'speaker', 'title', 'metrics'];

export function renderTextTable(table: Table, options: TerminalOptions = {}): string {
  return layoutTable(table, painter(options));
}

/** Per report: a heading, the district entries, then the warnings, if any. */
export function renderReportsView(reports: readonly Report[], options: TerminalOptions = {}): string {
  const paint = painter(options);
  return reports.map((report) => reportView(report, paint, options.keywords)).join('\n');
}

/** Per report, then for all of them together: a heading and the summary's items, one per line. */
export function renderSummaryView(reports: readonly Report[], options: TerminalOptions = {}): string {
  const paint = painter(options);
  const groups = new Map<string, [item: string, value: string][]>();
  for (const row of buildTable(reports, 'summary').rows) {
    const [report, item, value] = row.map((cell) => terminalText(cellText(cell))) as [string, string, string];
    const lines = groups.get(report) ?? [];
    lines.push([item, value]);
    groups.set(report, lines);
  }
  return [...groups]
    .map(([heading, lines]) => {
      const width = Math.max(...lines.map(([item]) => stringWidth(item)));
      return `${paint.bold(heading)}\n${lines.map(([item, value]) => `${paint.dim(pad(item, width, false))}${COLUMN_GAP}${value}\n`).join('')}`;
    })
    .join('\n');
}

function reportView(report: Report, paint: ChalkInstance, keywords: EntryKeywords | undefined): string {
  const { title, event } = report.meta;
  const heading = [title ?? report.source.path, event].filter((part) => part !== null).join(' — ');
  const summary = [
    report.source.path,
    plural(report.entries.length, 'entry', 'entries'),
    plural(report.metrics.length, 'metric', 'metrics'),
    plural(report.warnings.length, 'warning', 'warnings'),
  ].join(' · ');
  const entries =
    report.entries.length === 0
      ? 'No district entries found.\n'
      : layoutTable(
          selectColumns(buildTable([report], 'entries', { keywords }), keywords ? [...VIEW_ENTRY_COLUMNS, 'keywords'] : VIEW_ENTRY_COLUMNS),
          paint,
        );
  const warnings =
    report.warnings.length === 0
      ? ''
      : `\n${paint.yellow(`${plural(report.warnings.length, 'warning', 'warnings')}:`)}\n${layoutTable(warningTable(report.warnings), paint)}`;
  return `${paint.bold(heading)}\n${paint.dim(summary)}\n\n${entries}${warnings}`;
}

function warningTable(warnings: readonly Warning[]): Table {
  return {
    columns: ['where', 'code', 'message'],
    rows: warnings.map((w) => [
      w.line === null ? '' : w.column === null ? `${w.line}` : `${w.line}:${w.column}`,
      w.code,
      w.message,
    ]),
  };
}

function layoutTable(table: Table, paint: ChalkInstance): string {
  const header = table.columns.map(terminalText);
  const body = table.rows.map((row) => row.map((cell) => terminalText(cellText(cell))));
  const widths = header.map((name, i) => Math.max(stringWidth(name), ...body.map((row) => stringWidth(row[i] ?? ''))));
  const rightAligned = header.map((_, i) => isNumericColumn(table, i));
  const line = (cells: readonly string[]) =>
    cells
      .map((text, i) => pad(text, widths[i]!, rightAligned[i]!))
      .join(COLUMN_GAP)
      .trimEnd();
  return [
    paint.bold(line(header)),
    paint.dim(widths.map((width) => '-'.repeat(width)).join(COLUMN_GAP)),
    ...body.map(line),
  ]
    .map((text) => `${text}\n`)
    .join('');
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(width - stringWidth(text));
  return right ? fill + text : text + fill;
}

/** One table row is one terminal line, and report text must not be able to send escape codes. */
function terminalText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

function painter(options: TerminalOptions): ChalkInstance {
  return new Chalk({ level: options.color ? 1 : 0 });
}
