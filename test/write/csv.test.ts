/** The CSV writer: every cell parses back unchanged, and the BOM appears only when asked for. */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/write/csv.js';
import { buildTable, cellText, type Table } from '../../src/write/tables.js';
import { sampleReport, TRICKY_TEXTS, trickyReport } from './sample-report.js';

function parseCsv(text: string): string[][] {
  return parse(text, { bom: true }) as string[][];
}

function expectRoundTrip(table: Table, text: string): void {
  expect(parseCsv(text)).toEqual([table.columns, ...table.rows.map((row) => row.map(cellText))]);
}

describe('renderCsv', () => {
  it('writes a header row and one row per metric that parse back unchanged', () => {
    const table = buildTable([sampleReport()], 'metrics');
    const text = renderCsv(table);
    expect(text.split('\n')[0]).toBe('report,entry,district,code,section,value,upper,unit,qualifier,category,subject,period,part_of,raw,line,column,offset');
    expectRoundTrip(table, text);
    expect(parseCsv(text)[1]).toContain('230余次');
  });

  it('round-trips quotes, commas, line breaks and formula-like cells exactly', () => {
    const table = buildTable([trickyReport()], 'metrics');
    const rows = parseCsv(renderCsv(table));
    const subject = table.columns.indexOf('subject');
    expect(rows.slice(1).map((row) => row[subject])).toEqual(TRICKY_TEXTS);
  });

  it('round-trips any cell content', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.integer())), (cells) => {
        const table: Table = { columns: ['text', 'more', 'number'], rows: cells.map((row) => [...row]) };
        expectRoundTrip(table, renderCsv(table));
      }),
    );
  });

  it('starts with a BOM only when asked', () => {
    const table = buildTable([sampleReport()], 'entries');
    expect(renderCsv(table, { bom: true }).startsWith('\uFEFFreport,')).toBe(true);
    expect(renderCsv(table).startsWith('report,')).toBe(true);
    expect(renderCsv(table, { bom: false })).not.toContain('\uFEFF');
  });

  it('writes only the header for an empty table', () => {
    expect(renderCsv({ columns: ['report', 'kind'], rows: [] })).toBe('report,kind\n');
  });

  it('--excel: BOM, CRLF, and text cells that start like a formula behind a quote mark; numbers untouched', () => {
    const table: Table = {
      columns: ['text', 'number'],
      rows: [['=SUM(A1:A2)', -5], ['+1', 3], ['-2', null], ['@cmd', 0], ['\tx', 1], ['a=b', 2], ['第一行\n第二行', 4]],
    };
    const text = renderCsv(table, { excel: true });
    expect(text.startsWith('\uFEFFtext,number\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['text', 'number'],
      ["'=SUM(A1:A2)", '-5'],
      ["'+1", '3'],
      ["'-2", ''],
      ["'@cmd", '0'],
      ["'\tx", '1'],
      ['a=b', '2'],
      ['第一行\n第二行', '4'],
    ]);
  });

  it('--excel neutralises the formula-like subjects of a real table', () => {
    const rows = parseCsv(renderCsv(buildTable([trickyReport()], 'metrics'), { excel: true }));
    const subject = rows[0]!.indexOf('subject');
    expect(rows.slice(1).map((row) => row[subject])).toEqual(TRICKY_TEXTS.map((text) => (/^[=+\-@]/.test(text) ? `'${text}` : text)));
  });
});
