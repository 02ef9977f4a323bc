/** Districts side by side: short forms, and rows and cells of the comparison. */
import { describe, expect, it } from 'vitest';
import { compareCategories, compareRows, metricShortForm } from '../../src/analyze/compare.js';
import type { Metric, Report } from '../../src/model/report.js';
import { GOLD_ORDER, referenceReport } from './reference-report.js';

const yongchuan = (fields: Partial<Metric>): Metric => ({ ...referenceReport.metrics.find((m) => m.district === '永川区')!, ...fields });

describe('metricShortForm', () => {
  it('puts the subject before the raw figure', () => {
    expect(metricShortForm(yongchuan({ subject: '考察调研', raw: '230余次' }))).toBe('考察调研230余次');
  });

  it('does not double a subject the raw text already holds, and shows raw alone without a subject', () => {
    expect(metricShortForm(yongchuan({ subject: '协商', raw: '协商50余场' }))).toBe('协商50余场');
    expect(metricShortForm(yongchuan({ subject: null, raw: '43个' }))).toBe('43个');
  });

  it('gives the short forms of the reference report', () => {
    const forms = referenceReport.metrics.filter((m) => m.district === '永川区').map(metricShortForm);
    expect(forms).toEqual(['考察调研230余次', '重要协商活动36余次', '协商成果120个', '资政报告30余篇']);
  });
});

describe('compareRows on the reference report', () => {
  const rows = compareRows([referenceReport]);

  it('has 38 rows, one per district, in section order', () => {
    expect(rows.map((row) => row.district)).toEqual(GOLD_ORDER);
    const sections = rows.map((row) => row.reports[0]!.section!);
    expect(sections).toEqual([...sections].sort((a, b) => a - b));
  });

  it('puts each metric in its district and category cell, with per-unit totals', () => {
    const nanan = rows.find((row) => row.district === '南岸区')!.reports[0]!;
    expect(nanan.cells.activities!.metrics.map((m) => m.raw)).toEqual(['4次以上', '80余场']);
    expect(nanan.cells.activities!.totals.map((t) => [t.unit, t.value, t.mark])).toEqual([['场', 80, '≥'], ['次', 4, '≥']]);
    expect(nanan.cells.people!.metrics.map((m) => m.raw)).toEqual(['1500余人次']);
    expect(nanan.cells.money).toBeUndefined();
    const cells = rows.flatMap((row) => Object.values(row.reports[0]!.cells));
    expect(cells.flatMap((cell) => cell.metrics.map((m) => m.id)).sort()).toEqual(referenceReport.metrics.map((m) => m.id).sort());
  });

  it('shows the nine named categories, and other only when a metric needs it', () => {
    expect(compareCategories([referenceReport])).toEqual(['activities', 'people', 'money', 'facilities', 'coverage', 'outputs', 'problems', 'members', 'percent']);
    const withOther: Report = { ...referenceReport, metrics: [{ ...referenceReport.metrics[0]!, category: 'other' }] };
    expect(compareCategories([withOther]).at(-1)).toBe('other');
  });
});

describe('compareRows across reports', () => {
  const first: Report = { ...referenceReport, entries: referenceReport.entries.slice(0, 2) };
  const second: Report = { ...referenceReport, entries: [referenceReport.entries[1]!, referenceReport.entries[7]!] };

  it('aligns a district across reports, with null where a report lacks it, and adds new districts after', () => {
    const rows = compareRows([first, second]);
    expect(rows.map((row) => [row.district, row.reports.map((group) => group !== null)])).toEqual([
      ['黔江区', [true, false]],
      ['江津区', [true, true]],
      ['永川区', [false, true]],
    ]);
    expect(rows[2]!.reports[1]!.cells.outputs!.metrics.map(metricShortForm)).toEqual(['协商成果120个', '资政报告30余篇']);
  });

  it('gives a district that speaks twice in one report one group with both entries', () => {
    const twice: Report = { ...referenceReport, entries: [referenceReport.entries[7]!, { ...referenceReport.entries[7]!, id: 'again' }] };
    const [row, ...rest] = compareRows([twice]);
    expect(rest).toEqual([]);
    expect(row!.reports[0]!.entries.map((entry) => entry.id)).toEqual(['e8', 'again']);
  });
});
