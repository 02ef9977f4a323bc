/** Row tables for --table: the flat ones on the hand-made sample, the analysis ones on it and on the reference report. */
import { describe, expect, it } from 'vitest';
import type { Keyword } from '../../src/analyze/keywords.js';
import type { Entry } from '../../src/model/report.js';
import { buildTable, cellText, isNumericColumn, selectColumns, tableNeedsKeywords, tableShowsKeywords, TABLE_KINDS } from '../../src/write/tables.js';
import { GOLD_ORDER, referenceReport } from '../analyze/reference-report.js';
import { SAMPLE_PATH, sampleReport } from './sample-report.js';

describe('buildTable', () => {
  it('metrics: one row per metric with the district code looked up from its entry', () => {
    const table = buildTable([sampleReport()], 'metrics');
    expect(table.columns).toEqual([
      'report', 'entry', 'district', 'code', 'section', 'value', 'upper', 'unit', 'qualifier', 'category',
      'subject', 'period', 'part_of', 'raw', 'line', 'column', 'offset',
    ]);
    expect(table.rows[0]).toEqual([
      SAMPLE_PATH, 'e2', '永川区', '500118', 1, 230, null, '次', 'over', 'activities', '考察调研', '2022年以来', null, '230余次', 154, 5, 4012,
    ]);
    expect(table.rows[2]!.slice(1, 5)).toEqual([null, null, null, null]);
  });

  it('entries: speakers and titles joined by 、, a line range, a metric count and the metrics in short form', () => {
    const table = buildTable([sampleReport()], 'entries');
    expect(table.columns).toEqual([
      'report', 'id', 'section', 'district', 'code', 'province', 'city', 'speaker', 'title', 'lines', 'metrics', 'figures',
    ]);
    expect(table.rows).toEqual([
      [SAMPLE_PATH, 'e1', 1, '黔江区', '500114', '重庆市', null, '姚登惠', '政协主席', '38-62', 0, ''],
      [SAMPLE_PATH, 'e2', 1, '永川区', '500118', '重庆市', null, '文良印、张某', '政协主席、政协副主席', '146-158', 2, '考察调研230余次；重要协商活动36 余次'],
    ]);
  });

  it('entries: a keywords column when keywords are given', () => {
    const report = sampleReport();
    const keywords = new Map<Entry, Keyword[]>([[report.entries[1]!, [{ word: '全局', weight: 0.2 }, { word: '一域', weight: 0.1 }]]]);
    const table = buildTable([report], 'entries', { keywords });
    expect(table.columns.at(-1)).toBe('keywords');
    expect(table.rows.map((row) => row.at(-1))).toEqual([null, '全局、一域']);
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

describe('analysis tables', () => {
  it('quotes: each quoted speech with its speaker, district and line', () => {
    const table = buildTable([sampleReport()], 'quotes');
    expect(table).toEqual({
      columns: ['report', 'entry', 'district', 'speaker', 'line', 'quote'],
      rows: [[SAMPLE_PATH, 'e1', '黔江区', '姚登惠', 50, '问题是时代的声音']],
    });
  });

  it('keywords: one row per keyword, ranked, and only with keywords computed', () => {
    const report = sampleReport();
    const keywords = new Map<Entry, Keyword[]>([[report.entries[0]!, [{ word: '选题', weight: 0.25 }, { word: '课题', weight: 0.125 }]]]);
    expect(buildTable([report], 'keywords', { keywords })).toEqual({
      columns: ['report', 'entry', 'district', 'rank', 'keyword', 'weight'],
      rows: [
        [SAMPLE_PATH, 'e1', '黔江区', 1, '选题', 0.25],
        [SAMPLE_PATH, 'e1', '黔江区', 2, '课题', 0.125],
      ],
    });
    expect(() => buildTable([report], 'keywords')).toThrow(/needs the keywords/);
  });

  it('knows which tables need or show keywords', () => {
    expect(TABLE_KINDS.filter(tableNeedsKeywords)).toEqual(['keywords']);
    expect(TABLE_KINDS.filter(tableShowsKeywords)).toEqual(['entries', 'compare', 'keywords']);
  });

  it('compare: districts down, categories across, cells in short form', () => {
    const table = buildTable([sampleReport()], 'compare');
    expect(table.columns).toEqual(['district', 'code', 'section', 'activities', 'people', 'money', 'facilities', 'coverage', 'outputs', 'problems', 'members', 'percent']);
    expect(table.rows).toEqual([
      ['黔江区', '500114', 1, null, null, null, null, null, null, null, null, null],
      ['永川区', '500118', 1, '考察调研230余次；重要协商活动36 余次', null, null, null, null, null, null, null, null],
    ]);
  });

  it('compare on the reference report: 38 rows in section order', () => {
    const table = buildTable([referenceReport], 'compare');
    expect(table.rows.map((row) => row[0])).toEqual(GOLD_ORDER);
    const fuling = table.rows.find((row) => row[0] === '涪陵区')!;
    expect(Object.fromEntries(table.columns.map((column, i) => [column, fuling[i]]))).toMatchObject({
      coverage: '老旧小区43个',
      money: '节省政府投资逾6000余万元',
      people: '惠及群众上万人',
    });
  });

  it('compare across reports: one group of columns per report, headed by its path', () => {
    const table = buildTable([sampleReport({ path: 'a.txt' }), { ...sampleReport({ path: 'b.txt' }), entries: [sampleReport().entries[1]!] }], 'compare');
    expect(table.columns.slice(0, 4)).toEqual(['district', 'code', 'a.txt: section', 'a.txt: activities']);
    expect(table.columns).toContain('b.txt: percent');
    expect(table.columns).toHaveLength(2 + 2 * 10);
    expect(table.rows[0]!.slice(12)).toEqual(Array(10).fill(null));
    expect(table.rows[1]![13]).toBe('考察调研230余次；重要协商活动36 余次');
  });

  it('terms: terms down, every district across, ● where it is used', () => {
    const table = buildTable([referenceReport], 'terms');
    expect(table.columns.slice(0, 3)).toEqual(['term', 'districts', 'variants']);
    expect(table.columns.slice(3)).toEqual(GOLD_ORDER);
    const row = table.rows[0]!;
    expect(row.slice(0, 2)).toEqual(['渝事好商量', 8]);
    const using = table.columns.filter((_, i) => i >= 3 && row[i] === '●');
    expect(using).toEqual(['垫江县', '万州区', '涪陵区', '沙坪坝区', '潼南区', '北碚区', '长寿区', '荣昌区']);
    expect(row.slice(3).filter((cell) => cell !== '●').every((cell) => cell === null)).toBe(true);
  });

  it('summary: event, sections, coverage, totals and top terms', () => {
    const table = buildTable([referenceReport], 'summary');
    expect(table.columns).toEqual(['report', 'item', 'value']);
    const value = (item: string) => table.rows.filter((row) => row[1] === item).map((row) => row[2]);
    expect(value('event')).toEqual(['六届市政协委员专题学习研讨班（第4期）']);
    expect(value('dates')).toEqual(['7月22日至25日']);
    expect(value('venue')).toEqual(['中共石柱土家族自治县委党校（初心学院）']);
    expect(value('section 3')).toEqual(['筑牢统战同心阵地 释放发展乘数效能 (2 entries)']);
    expect(value('coverage')).toEqual(['38/38 重庆市 districts and counties']);
    expect(value('missing')).toEqual([]);
    expect(value('total people')).toEqual(['≥ 10000 人', '≈ 2000 人次']);
    expect(value('term')[0]).toBe('渝事好商量 (8): 垫江县、万州区、涪陵区、沙坪坝区、潼南区、北碚区、长寿区、荣昌区');
  });

  it('summary of several reports: each, then all of them, with what is missing', () => {
    const part = { ...referenceReport, source: { ...referenceReport.source, path: 'part.txt' }, entries: referenceReport.entries.slice(1) };
    const table = buildTable([part, referenceReport], 'summary');
    expect(table.rows.filter((row) => row[1] === 'missing')).toEqual([['part.txt', 'missing', '黔江区']]);
    expect(table.rows.filter((row) => row[1] === 'coverage').map((row) => [row[0], row[2]])).toEqual([
      ['part.txt', '37/38 重庆市 districts and counties'],
      [referenceReport.source.path, '38/38 重庆市 districts and counties'],
      ['all reports', '38/38 重庆市 districts and counties'],
    ]);
    expect(table.rows.find((row) => row[0] === 'all reports' && row[1] === 'reports')).toEqual(['all reports', 'reports', 2]);
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
