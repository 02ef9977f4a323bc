/**
 * The CSV writer, for spreadsheets and data tools. Cells are written exactly as they are (no
 * formula escaping), so that every cell parses back unchanged; `bom` prepends U+FEFF because Excel
 * only reads a CSV as UTF-8, rather than the system's legacy code page, when the BOM is there.
 */
import { stringify } from 'csv-stringify/sync';
import { cellText, type Table } from './tables.js';

export interface CsvOptions {
  bom?: boolean;
}

export function renderCsv(table: Table, options: CsvOptions = {}): string {
  return stringify([table.columns, ...table.rows.map((row) => row.map(cellText))], {
    bom: options.bom ?? false,
  });
}
