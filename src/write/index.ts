/**
 * Writers behind one entry point: `render` turns reports into the text of the chosen output
 * format and table, `reportStream` writes a corpus one report at a time where the format allows,
 * and `formatFromPath` tells which format an output file name asks for.
 *
 * Each writer is imported when its format is asked for, not before: a run that writes JSON never
 * loads the terminal table's width tables, the CSV library or the HTML page's style and script,
 * and one that writes a flat table never loads the analyses behind compare, terms and summary.
 */
import { extname } from 'node:path';
import type { Report } from '../model/report.js';
import { isFlatTable, type TableKind } from './kinds.js';
import type { EntryKeywords, Table } from './flat-tables.js';

export type OutputFormat = 'table' | 'csv' | 'json' | 'jsonl' | 'md' | 'html';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json', 'jsonl', 'md', 'html'];

export interface RenderOptions {
  format: OutputFormat;
  /** Which rows the tabular formats (table, csv, md) show; json writes the comparison for compare, and ignores the others, as jsonl does. */
  table?: TableKind;
  /** CSV only: start with a byte order mark for Excel. */
  bom?: boolean;
  /** CSV only: BOM, CRLF and formula-like cells neutralised, for Excel. */
  excel?: boolean;
  /** Terminal table only: use ANSI colours. */
  color?: boolean;
  /** Keywords per entry (src/analyze/keywords.ts): shown by entries and compare, needed by keywords. */
  keywords?: EntryKeywords;
}

/** The tables the json format writes; the others are tabular views of what it already holds. */
export function jsonHasTable(table: TableKind): boolean {
  return table === 'compare';
}

/** The table a tabular format shows when none is asked for: a person at a terminal wants districts, a file wants data. */
export function defaultTable(format: OutputFormat): TableKind {
  return format === 'table' ? 'entries' : 'metrics';
}

export async function render(reports: readonly Report[], options: RenderOptions): Promise<string> {
  const { format, table = defaultTable(format), keywords } = options;
  switch (format) {
    case 'json': {
      const { renderCompareJson, renderJson } = await import('./json.js');
      return options.table !== undefined && jsonHasTable(options.table) ? renderCompareJson(reports, keywords) : renderJson(reports);
    }
    case 'jsonl':
      return (await import('./jsonl.js')).renderJsonl(reports);
    case 'html':
      return (await import('./html.js')).renderHtml(reports);
    case 'csv':
      return (await import('./csv.js')).renderCsv(await rowsOf(reports, table, keywords), { bom: options.bom, excel: options.excel });
    case 'md':
      return (await import('./markdown.js')).renderMarkdown(await rowsOf(reports, table, keywords));
    case 'table': {
      const { renderReportsView, renderSummaryView, renderTextTable } = await import('./table.js');
      if (table === 'entries') return renderReportsView(reports, { color: options.color, keywords });
      if (table === 'summary') return renderSummaryView(reports, { color: options.color });
      return renderTextTable(await rowsOf(reports, table, keywords), { color: options.color });
    }
  }
}

/** A table's rows; the analysis tables (and src/analyze behind them) load only when one of them is asked for. */
async function rowsOf(reports: readonly Report[], table: TableKind, keywords: EntryKeywords | undefined): Promise<Table> {
  if (isFlatTable(table)) return (await import('./flat-tables.js')).buildFlatTable(reports, table, { keywords });
  return (await import('./tables.js')).buildTable(reports, table, { keywords });
}

/**
 * An output written one report at a time: `head` once before the first report, each report's
 * `piece` with `separator` between pieces, and `tail` once at the end. Concatenated, they are
 * exactly what `render` gives for the same reports, so a corpus streams in flat memory.
 */
export interface ReportStream {
  readonly head: string;
  piece(report: Report): string;
  readonly separator: string;
  readonly tail: string;
  /**
   * Whether the pieces of a long report's parts (extractParts), one after another, are its piece:
   * where each line or row stands alone (JSON Lines; the CSV metrics, numbers and quotes tables).
   * A JSON document and the entries table need the report whole.
   */
  readonly partwise: boolean;
}


/**
 * The stream for these options, or undefined when the output needs all reports at once: the
 * terminal, Markdown (column alignment depends on every row) and HTML views, the compare JSON,
 * the analysis tables, and anything with keywords.
 */
export async function reportStream(options: RenderOptions): Promise<ReportStream | undefined> {
  const { format, table = defaultTable(format) } = options;
  if (options.keywords !== undefined) return undefined;
  if (format === 'json' && !(options.table !== undefined && jsonHasTable(options.table))) {
    const { JSON_HEAD, JSON_SEPARATOR, JSON_TAIL, jsonReport } = await import('./json.js');
    return { head: JSON_HEAD, piece: jsonReport, separator: JSON_SEPARATOR, tail: JSON_TAIL, partwise: false };
  }
  if (format === 'jsonl') {
    const { jsonlReport } = await import('./jsonl.js');
    return { head: '', piece: jsonlReport, separator: '', tail: '', partwise: true };
  }
  // Flat tables have rows of one report each, but the keywords table needs keywords weighed over every report.
  if (format === 'csv' && table !== 'keywords' && isFlatTable(table)) {
    const [{ csvHeader, csvRows }, { buildFlatTable }] = await Promise.all([import('./csv.js'), import('./flat-tables.js')]);
    const csv = { bom: options.bom, excel: options.excel };
    return {
      head: csvHeader(buildFlatTable([], table).columns, csv),
      piece: (report) => csvRows(buildFlatTable([report], table).rows, csv),
      separator: '',
      tail: '',
      partwise: table !== 'entries',
    };
  }
  return undefined;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'table',
  '.html': 'html',
  '.htm': 'html',
};

/** The output format an output file's extension asks for, or undefined if the extension says nothing. */
export function formatFromPath(path: string): OutputFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

export { AGREEMENT_FORMATS, TABLE_KINDS, tableNeedsKeywords, tableShowsKeywords, type AgreementFormat, type TableKind } from './kinds.js';
export type { Cell, EntryKeywords, Table } from './flat-tables.js';
