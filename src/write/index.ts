/**
 * Writers behind one entry point: `render` turns reports into the text of the chosen output
 * format, and `formatFromPath` tells which format an output file name asks for.
 */
import { extname } from 'node:path';
import type { Report } from '../model/report.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderJsonl } from './jsonl.js';
import { renderMarkdown } from './markdown.js';
import { renderReportsView, renderTextTable } from './table.js';
import { buildTable, type TableKind } from './tables.js';

export type OutputFormat = 'table' | 'csv' | 'json' | 'jsonl' | 'md';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json', 'jsonl', 'md'];

export interface RenderOptions {
  format: OutputFormat;
  /** Which rows the tabular formats (table, csv, md) show; json and jsonl ignore it. */
  table?: TableKind;
  /** CSV only: start with a byte order mark for Excel. */
  bom?: boolean;
  /** Terminal table only: use ANSI colours. */
  color?: boolean;
}

/** The table a tabular format shows when none is asked for: a person at a terminal wants districts, a file wants data. */
function defaultTable(format: OutputFormat): TableKind {
  return format === 'table' ? 'entries' : 'metrics';
}

export function render(reports: readonly Report[], options: RenderOptions): string {
  const { format, table = defaultTable(format) } = options;
  switch (format) {
    case 'json':
      return renderJson(reports);
    case 'jsonl':
      return renderJsonl(reports);
    case 'csv':
      return renderCsv(buildTable(reports, table), { bom: options.bom });
    case 'md':
      return renderMarkdown(buildTable(reports, table));
    case 'table':
      return table === 'entries'
        ? renderReportsView(reports, { color: options.color })
        : renderTextTable(buildTable(reports, table), { color: options.color });
  }
}

export class UnsupportedFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedFormatError';
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
};

/**
 * The output format an output file's extension asks for, or undefined if the extension says
 * nothing. Throws UnsupportedFormatError for formats that are planned but not written yet.
 */
export function formatFromPath(path: string): OutputFormat | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm') {
    throw new UnsupportedFormatError('HTML output is not yet supported; use --format json, csv, md, jsonl or table');
  }
  return FORMAT_BY_EXTENSION[extension];
}

export { buildTable, TABLE_KINDS, type Cell, type Table, type TableKind } from './tables.js';
