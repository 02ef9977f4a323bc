/**
 * The CSV writer, for spreadsheets and data tools. By default cells are written exactly as they are
 * (no formula escaping), so that every cell parses back unchanged; `bom` prepends U+FEFF because
 * Excel only reads a CSV as UTF-8, rather than the system's legacy code page, when the BOM is there.
 * `excel` is for a file a person opens in Excel: BOM, CRLF line ends, and text cells that Excel would
 * run as a formula (=, +, -, @, and the tab and carriage return OWASP adds) behind a leading '.
 */
import { stringify } from 'csv-stringify/sync';
import { cellText, type Cell, type Table } from './flat-tables.js';

export interface CsvOptions {
  bom?: boolean;
  excel?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function renderCsv(table: Table, options: CsvOptions = {}): string {
  return csvHeader(table.columns, options) + csvRows(table.rows, options);
}

/** The header line, after the byte order mark when one is asked for: written once, however many reports follow. */
export function csvHeader(columns: readonly string[], options: CsvOptions = {}): string {
  return stringify([columns.map(options.excel ? excelCell : cellText)], { ...stringifyOptions(options), bom: options.bom === true || options.excel === true });
}

/** Rows without a header; csv-stringify keeps no state between records, so rows written in batches join up exactly. */
export function csvRows(rows: readonly Cell[][], options: CsvOptions = {}): string {
  const text = options.excel ? excelCell : cellText;
  return stringify(
    rows.map((row) => row.map(text)),
    stringifyOptions(options),
  );
}

function stringifyOptions(options: CsvOptions) {
  return {
    record_delimiter: options.excel ? ('windows' as const) : ('unix' as const),
    // csv-stringify quotes a field that holds the record delimiter; with CRLF, a bare LF inside a
    // cell would go unquoted, and Excel would start a new row there.
    quoted_match: options.excel ? /[\r\n]/ : undefined,
  };
}

/** Numbers stay numbers (-5 is not a formula); text that starts like a formula is shown, not run. */
function excelCell(cell: Cell): string {
  const text = cellText(cell);
  return typeof cell === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}
