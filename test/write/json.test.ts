/** The JSON writer: the schemaVersion 1 envelope, and output that is byte-for-byte stable. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Keyword } from '../../src/analyze/keywords.js';
import type { Entry } from '../../src/model/report.js';
import { renderCompareJson, renderJson } from '../../src/write/json.js';
import { referenceReport } from '../analyze/reference-report.js';
import { sampleReport, trickyReport } from './sample-report.js';

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

describe('renderJson', () => {
  it('wraps the reports in the schemaVersion 1 envelope, in input order', () => {
    const reports = [sampleReport({ path: 'a.txt' }), sampleReport({ path: 'b.txt' })];
    const parsed = JSON.parse(renderJson(reports));
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.generator).toBe(`cppcc-extract ${packageVersion}`);
    expect(parsed.reports).toEqual(reports);
    expect(parsed.reports[1].metrics[0].raw).toBe('230余次');
  });

  it('indents by two spaces, ends with a newline and keeps Chinese text unescaped', () => {
    const text = renderJson([sampleReport()]);
    expect(text).toMatch(/^\{\n {2}"schemaVersion": 1,\n {2}"generator": /);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"district": "永川区"');
  });

  it('gives identical output for identical input', () => {
    expect(renderJson([sampleReport()])).toBe(renderJson([sampleReport()]));
  });

  it('is byte for byte JSON.stringify of the whole document, though written in pieces', () => {
    for (const reports of [[sampleReport()], [sampleReport({ path: 'a.txt' }), trickyReport(), referenceReport], []]) {
      expect(renderJson(reports)).toBe(`${JSON.stringify({ schemaVersion: 1, generator: `cppcc-extract ${packageVersion}`, reports }, null, 2)}\n`);
    }
  });

  it('writes an empty reports array when given no reports', () => {
    expect(JSON.parse(renderJson([])).reports).toEqual([]);
  });
});

describe('renderCompareJson', () => {
  it('cells are metric ids with per-unit totals: a lower bound (≥) or an approximation (≈)', () => {
    const parsed = JSON.parse(renderCompareJson([referenceReport]));
    expect(parsed).toMatchObject({ schemaVersion: 1, generator: `cppcc-extract ${packageVersion}`, table: 'compare', reports: [referenceReport.source.path] });
    expect(parsed.rows).toHaveLength(38);
    const nanan = parsed.rows.find((row: { district: string }) => row.district === '南岸区').reports[0];
    const ids = (raws: string[]) => raws.map((raw) => referenceReport.metrics.find((m) => m.district === '南岸区' && m.raw === raw)!.id);
    expect(nanan.section).toBe(4);
    expect(nanan.cells.activities).toEqual({
      metrics: ids(['4次以上', '80余场']),
      totals: [{ unit: '场', value: 80, mark: '≥' }, { unit: '次', value: 4, mark: '≥' }],
    });
    expect(nanan.cells.money).toEqual({ metrics: [], totals: [] });
    const yubei = parsed.rows.find((row: { district: string }) => row.district === '渝北区').reports[0];
    expect(yubei.cells.people.totals).toEqual([{ unit: '人次', value: 500, mark: '≈' }]);
    expect(Object.keys(nanan.cells)).toEqual(parsed.categories);
    expect(nanan.keywords).toBeUndefined();
  });

  it('aligns the reports of each row, null where a report lacks the district, and carries keywords when given', () => {
    const a = sampleReport({ path: 'a.txt' });
    const b = { ...sampleReport({ path: 'b.txt' }), entries: [sampleReport().entries[1]!] };
    const keywords = new Map<Entry, Keyword[]>([[a.entries[0]!, [{ word: '选题', weight: 0.5 }]]]);
    const parsed = JSON.parse(renderCompareJson([a, b], keywords));
    expect(parsed.reports).toEqual(['a.txt', 'b.txt']);
    expect(parsed.rows[0].reports[1]).toBeNull();
    expect(parsed.rows[0].reports[0].keywords).toEqual([{ word: '选题', weight: 0.5 }]);
    expect(parsed.rows[1].reports[1].cells.activities.metrics).toEqual(['m1', 'm2']);
  });
});
