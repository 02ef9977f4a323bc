/** The summary of a report, and of several together. */
import { describe, expect, it } from 'vitest';
import { summarise, summariseAcross, TOP_TERMS } from '../../src/analyze/summary.js';
import { formatTotal } from '../../src/analyze/totals.js';
import type { Report } from '../../src/model/report.js';
import { referenceReport } from './reference-report.js';

describe('summarise', () => {
  const summary = summarise(referenceReport);

  it('gives the event, dates and venue', () => {
    expect(summary.meta).toMatchObject({ event: '六届市政协委员专题学习研讨班（第4期）', dates: '7月22日至25日', venue: '中共石柱土家族自治县委党校（初心学院）' });
  });

  it('counts the entries of each section', () => {
    expect(summary.sections.map((s) => [s.index, s.entries])).toEqual([[1, 11], [2, 13], [3, 2], [4, 12]]);
    expect(summary.entries).toBe(38);
  });

  it('has coverage, totals and the most widely used terms', () => {
    expect(summary.coverage.label).toBe('38/38 重庆市 districts and counties');
    expect(summary.totals.filter((t) => t.category === 'people').map(formatTotal)).toEqual(['≥ 10000 人', '≈ 2000 人次']);
    expect(summary.terms).toHaveLength(TOP_TERMS);
    expect(summary.terms[0]!.term).toBe('渝事好商量');
  });
});

describe('summariseAcross', () => {
  it('joins coverage and adds totals of several reports', () => {
    const part: Report = { ...referenceReport, entries: referenceReport.entries.slice(0, 3), metrics: referenceReport.metrics.slice(0, 2) };
    const across = summariseAcross([referenceReport, part]);
    expect([across.reports, across.entries, across.metrics]).toEqual([2, 41, referenceReport.metrics.length + 2]);
    expect(across.coverage.map((c) => c.label)).toEqual(['38/38 重庆市 districts and counties']);
    const members = across.totals.find((t) => t.category === 'members')!;
    expect(formatTotal(members)).toBe('≥ 731 名');
  });
});
