/**
 * The reference report in every form it may arrive in (fixtures/variants, built by
 * scripts/make-variants.mjs): each must give the same 38 entries and the same metrics as the
 * original, scored against the same gold.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { scoreMetrics, type Gold } from './score.js';

const gold = JSON.parse(readFileSync(new URL('./gold.json', import.meta.url), 'utf8')) as Gold;
const dir = 'fixtures/variants/';
const variants = readdirSync(dir).sort();

describe('reference report variants', () => {
  it('are the ones the script builds', () => {
    expect(variants.length).toBeGreaterThanOrEqual(10);
    const check = spawnSync(process.execPath, ['scripts/make-variants.mjs', '--check'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });

  it.each(variants)('%s: 38/38 entries with speakers, metrics F1 ≥ 0.97', async (name) => {
    const report = await extract(readFileSync(dir + name), { path: dir + name });
    expect(report.entries.map((entry) => entry.district.name).sort()).toEqual(gold.entries.map((entry) => entry.district).sort());
    for (const expected of gold.entries) {
      const entry = report.entries.find((candidate) => candidate.district.name === expected.district)!;
      expect([entry.district.code, entry.section, entry.speakers[0]?.name, entry.speakers[0]?.title]).toEqual([expected.code, expected.section, expected.speaker, expected.title]);
    }
    const score = scoreMetrics(report, gold);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.wrongQualifier).toEqual([]);
    expect(score.wrongCategory).toEqual([]);
  });

  it('reports the encoding it decoded', async () => {
    const encodings = await Promise.all(
      ['reference-gb18030-crlf.txt', 'reference-utf16le.txt', 'reference.md'].map(async (name) => (await extract(readFileSync(dir + name), { path: dir + name })).source.encoding),
    );
    expect(encodings).toEqual(['gb18030', 'utf-16le', 'utf-8']);
  });
});
