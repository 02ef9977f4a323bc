/**
 * The Markdown writer: one GitHub-flavoured table, for editors pasting into documents and issues.
 * Cells are escaped so that report text can never break the table: a `|` would start a new cell and
 * a line break would end the row.
 */
import { cellText, isNumericColumn, type Cell, type Table } from './flat-tables.js';

export function renderMarkdown(table: Table): string {
  const alignments = table.columns.map((_, i) => (isNumericColumn(table, i) ? '---:' : '---'));
  return [table.columns, alignments, ...table.rows.map((row) => row.map(markdownCell))]
    .map((cells) => `| ${cells.join(' | ')} |\n`)
    .join('');
}

function markdownCell(cell: Cell): string {
  return cellText(cell)
    .replace(/[\\|]/g, '\\$&')
    .replace(/\r\n?|\n/g, '<br>');
}
