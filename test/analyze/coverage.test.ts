/** Coverage: the region found from the entries, and every division of it present or named as missing. */
import { describe, expect, it } from 'vitest';
import { coverage, coverageAcross } from '../../src/analyze/coverage.js';
import type { Report } from '../../src/model/report.js';
import { referenceReport } from './reference-report.js';

/** The reference report with only the entries of these districts. */
function withDistricts(names: readonly string[], path = 'part.txt'): Report {
  return {
    ...referenceReport,
    source: { ...referenceReport.source, path },
    entries: referenceReport.entries.filter((entry) => names.includes(entry.district.name)),
  };
}

describe('coverage', () => {
  it('the reference report: 38/38 重庆市 districts and counties, nothing missing', () => {
    const result = coverage(referenceReport);
    expect(result.label).toBe('38/38 重庆市 districts and counties');
    expect(result.region).toBe('重庆市');
    expect(result.kind).toBe('districts and counties');
    expect(result.missing).toEqual([]);
    expect(result.present).toHaveLength(38);
    expect(result.expected.map((place) => place.code)).toEqual(result.present.map((place) => place.code));
    expect(result.present).toContainEqual({ name: '秀山土家族苗族自治县', code: '500241' });
  });

  it('names the missing divisions, in code order, from the gazetteer', () => {
    const names = referenceReport.entries.map((entry) => entry.district.name).filter((name) => !['万州区', '忠县', '黔江区'].includes(name));
    const result = coverage(withDistricts(names));
    expect(result.label).toBe('35/38 重庆市 districts and counties');
    expect(result.missing).toEqual([
      { name: '万州区', code: '500101' },
      { name: '黔江区', code: '500114' },
      { name: '忠县', code: '500233' },
    ]);
  });

  it('takes the region most entries belong to', () => {
    const report = withDistricts(['万州区', '涪陵区']);
    const ningbo = { ...report.entries[0]!, id: 'x', district: { name: '江北区', code: '330205', province: '浙江省', city: '宁波市' } };
    expect(coverage({ ...report, entries: [...report.entries, ningbo] }).label).toBe('2/38 重庆市 districts and counties');
    const mostlyNingbo = { ...report, entries: [report.entries[0]!, ningbo, { ...ningbo, id: 'y', district: { name: '海曙区', code: '330203', province: '浙江省', city: '宁波市' } }] };
    const result = coverage(mostlyNingbo);
    expect(result.region).toBe('宁波市');
    expect(result.present.map((place) => place.name)).toEqual(['海曙区', '江北区']);
    expect(result.kind).toBe('districts, counties and county-level cities');
  });

  it('has no region when there are no entries', () => {
    const result = coverage(withDistricts([]));
    expect(result.region).toBeNull();
    expect(result.expected).toEqual([]);
    expect(result.label).toMatch(/^no region/);
  });
});

describe('coverageAcross', () => {
  it('joins what several reports of one region cover', () => {
    const a = withDistricts(['万州区', '涪陵区'], 'a.txt');
    const b = withDistricts(['涪陵区', '忠县'], 'b.txt');
    const [result, ...rest] = coverageAcross([a, b]);
    expect(rest).toEqual([]);
    expect(result!.label).toBe('3/38 重庆市 districts and counties');
    expect(result!.present.map((place) => place.name)).toEqual(['万州区', '涪陵区', '忠县']);
  });

  it('gives one coverage per region, and none for a report without one', () => {
    const chongqing = withDistricts(['万州区']);
    const ningbo: Report = {
      ...chongqing,
      entries: [{ ...chongqing.entries[0]!, district: { name: '江北区', code: '330205', province: '浙江省', city: '宁波市' } }],
    };
    expect(coverageAcross([chongqing, ningbo, withDistricts([])]).map((c) => c.label)).toEqual([
      '1/38 重庆市 districts and counties',
      '1/10 宁波市 districts, counties and county-level cities',
    ]);
  });
});
