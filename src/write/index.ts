/**
 * Writers behind one entry point: `render` turns reports into the text of the chosen output
 * format and table, and `formatFromPath` tells which format an output file name asks for.
 */
import { extname } from 'node:path';
import type { Report } from '../model/report.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderCompareJson, renderJson } from './json.js';
import { renderJsonl } from './jsonl.js';
import { renderMarkdown } from './markdown.js';
import { renderReportsView, renderSummaryView, renderTextTable } from './table.js';
import { buildTable, type EntryKeywords, type TableKind } from './tables.js';

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

export function render(reports: readonly Report[], options: RenderOptions): string {
  const { format, table = defaultTable(format), keywords } = options;
  switch (format) {
    case 'json':
      return options.table !== undefined && jsonHasTable(options.table) ? renderCompareJson(reports, keywords) : renderJson(reports);
    case 'jsonl':
      return renderJsonl(reports);
    case 'html':
      return renderHtml(reports);
    case 'csv':
      return renderCsv(buildTable(reports, table, { keywords }), { bom: options.bom, excel: options.excel });
    case 'md':
      return renderMarkdown(buildTable(reports, table, { keywords }));
    case 'table':
      if (table === 'entries') return renderReportsView(reports, { color: options.color, keywords });
      if (table === 'summary') return renderSummaryView(reports, { color: options.color });
      return renderTextTable(buildTable(reports, table, { keywords }), { color: options.color });
  }
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

export { renderCodebook } from './codebook.js';
export { buildTable, TABLE_KINDS, tableNeedsKeywords, tableShowsKeywords, type Cell, type EntryKeywords, type Table, type TableKind } from './tables.js';
