/** Row tables for --table metrics|entries|numbers. */
import { describe, expect, it } from 'vitest';
import { buildTable, cellText, isNumericColumn, selectColumns } from '../../src/write/tables.js';
import { SAMPLE_PATH, sampleReport } from './sample-report.js';

describe('buildTable', () => {
  it('metrics: one row per metric with the district code looked up from its entry', () => {
    const table = buildTable([sampleReport()], 'metrics');
    expect(table.columns).toEqual([
      'report', 'entry', 'district', 'code', 'section', 'value', 'unit', 'qualifier', 'category',
      'subject', 'period', 'raw', 'line', 'column', 'offset',
    ]);
    expect(table.rows[0]).toEqual([
      SAMPLE_PATH, 'e2', '永川区', '500118', 1, 230, '次', 'over', 'activities', '考察调研', '2022年以来', '230余次', 154, 5, 4012,
    ]);
    expect(table.rows[2]!.slice(1, 5)).toEqual([null, null, null, null]);
  });

  it('entries: speakers and titles joined by 、, a line range and a metric count', () => {
    const table = buildTable([sampleReport()], 'entries');
    expect(table.columns).toEqual([
      'report', 'id', 'section', 'district', 'code', 'province', 'city', 'speaker', 'title', 'lines', 'metrics',
    ]);
    expect(table.rows).toEqual([
      [SAMPLE_PATH, 'e1', 1, '黔江区', '500114', '重庆市', null, '姚登惠', '政协主席', '38-62', 0],
      [SAMPLE_PATH, 'e2', 1, '永川区', '500118', '重庆市', null, '文良印、张某', '政协主席、政协副主席', '146-158', 2],
    ]);
  });

  it('numbers: every numeral with its kind, reason and metric', () => {
    const table = buildTable([sampleReport()], 'numbers');
    expect(table.columns).toEqual(['report', 'kind', 'raw', 'value', 'line', 'column', 'reason', 'metric']);
    expect(table.rows).toEqual([
      [SAMPLE_PATH, 'date', '7 月 22 日', null, 13, 1, 'date', null],
      [SAMPLE_PATH, 'metric', '230', 230, 154, 5, 'count with unit 次', 'm1'],
    ]);
  });

  it('puts the rows of several reports in one table, in report order', () => {
    const table = buildTable([sampleReport({ path: 'a.txt' }), sampleReport({ path: 'b.txt' })], 'entries');
    expect(table.rows.map((row) => row[0])).toEqual(['a.txt', 'a.txt', 'b.txt', 'b.txt']);
  });
});

describe('table helpers', () => {
  const table = { columns: ['a', 'b', 'c'], rows: [[1, 'x', null], [null, 2, null]] };

  it('selectColumns keeps the named columns in the order asked', () => {
    expect(selectColumns(table, ['c', 'a'])).toEqual({ columns: ['c', 'a'], rows: [[null, 1], [null, null]] });
    expect(() => selectColumns(table, ['nope'])).toThrow(/nope/);
  });

  it('isNumericColumn needs at least one number and nothing but numbers', () => {
    expect([0, 1, 2].map((i) => isNumericColumn(table, i))).toEqual([true, false, false]);
  });

  it('cellText writes null as an empty cell', () => {
    expect([cellText(null), cellText(0), cellText('永川区')]).toEqual(['', '0', '永川区']);
  });
});
