/**
 * Reports of other places and layouts (issue 3), composed in the style of real ones, each with a
 * hand-made expected result in test/fixtures/layouts/NAME.expected.json (the shape of the seed gold:
 * meta, sections, entries, metrics, optional, notMetrics). For every fixture: the entries exactly
 * (districts in order, codes, first speaker, section), metrics F1 ≥ 0.9 by the project's scorer with
 * qualifiers and categories right, no metric inside a not-metric, the meta and section titles given.
 * Across all fixtures: micro-averaged metrics F1 ≥ 0.9.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { extract } from '../../src/pipeline.js';
import { scoreMetrics, type Gold, type GoldMetric, type MetricScore } from '../reference/score.js';

interface ExpectedEntry {
  section?: number;
  district: string;
  code: string;
  speaker: string | null;
  title: string | null;
}

interface Expected {
  document: string;
  description?: string;
  meta?: Record<string, string>;
  sections?: string[];
  entries: ExpectedEntry[];
  metrics: GoldMetric[];
  optional?: Gold['optional'];
  notMetrics?: string[];
}

const directory = new URL('../fixtures/layouts/', import.meta.url);
const fixtures = readdirSync(directory)
  .filter((name) => /\.(?:txt|md|html)$/.test(name))
  .sort();

const squash = (text: string | null | undefined) => String(text ?? '').replace(/[\s\u3000]+/g, '');
/** Section titles compare without their outline markers (`一、`, `（一）`, `【…】`, `● … ●`). */
const bareTitle = (text: string | null | undefined) =>
  squash(text)
    .replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．]|[【●■◆#]+)/, '')
    .replace(/[】●■◆]+$/, '');

interface Loaded {
  name: string;
  expected: Expected;
  gold: Gold;
  report?: Report;
  error?: unknown;
}

const loaded: Loaded[] = await Promise.all(
  fixtures.map(async (name): Promise<Loaded> => {
    const expected = JSON.parse(readFileSync(new URL(name.replace(/\.(?:txt|md|html)$/, '.expected.json'), directory), 'utf8')) as Expected;
    const gold = {
      meta: expected.meta ?? {},
      sections: expected.sections ?? [],
      entries: expected.entries,
      metrics: expected.metrics,
      optional: expected.optional ?? [],
      notMetrics: expected.notMetrics ?? [],
    } as unknown as Gold;
    const bytes = new Uint8Array(readFileSync(new URL(name, directory)));
    try {
      return { name, expected, gold, report: await extract(bytes, { path: `test/fixtures/layouts/${name}` }) };
    } catch (error) {
      return { name, expected, gold, error };
    }
  }),
);

function reportOf(fixture: Loaded): Report {
  if (!fixture.report) throw new Error(`extract() failed on ${fixture.name}: ${String((fixture.error as Error)?.stack ?? fixture.error)}`);
  return fixture.report;
}

const scores = new Map<string, MetricScore>();
function scoreOf(fixture: Loaded): MetricScore {
  let score = scores.get(fixture.name);
  if (!score) {
    score = scoreMetrics(reportOf(fixture), fixture.gold);
    scores.set(fixture.name, score);
  }
  return score;
}

describe.each(loaded.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
  const { expected } = fixture;

  it('gives the expected entries: districts in order, codes, first speaker and title, section', () => {
    const report = reportOf(fixture);
    const actual = report.entries.map((entry, i) => {
      const shown: Record<string, unknown> = {
        district: entry.district.name,
        code: entry.district.code,
        speaker: entry.speakers[0]?.name ?? null,
        title: entry.speakers[0]?.title ?? null,
      };
      if (expected.entries[i]?.section !== undefined) shown.section = entry.section;
      return shown;
    });
    const wanted = expected.entries.map((entry) => {
      const shown: Record<string, unknown> = { district: entry.district, code: entry.code, speaker: entry.speaker, title: entry.title };
      if (entry.section !== undefined) shown.section = entry.section;
      return shown;
    });
    expect(actual).toEqual(wanted);
  });

  it('finds the metrics: F1 ≥ 0.9', () => {
    const score = scoreOf(fixture);
    const detail = JSON.stringify(
      { f1: Number(score.f1.toFixed(3)), missed: score.missed.map((metric) => `${metric.district} ${metric.surface}`), falsePositives: score.falsePositives },
      null,
      1,
    );
    expect(score.f1, detail).toBeGreaterThanOrEqual(0.9);
  });

  it('gets the qualifier and the category of every found metric right', () => {
    const score = scoreOf(fixture);
    expect(score.wrongQualifier).toEqual([]);
    expect(score.wrongCategory).toEqual([]);
  });

  it('counts nothing inside a not-metric', () => {
    const report = reportOf(fixture);
    const inside = report.metrics.flatMap((metric) =>
      (expected.notMetrics ?? []).filter((surface) => squash(surface).includes(squash(metric.raw))).map((surface) => `${metric.raw} in ${surface}`),
    );
    expect(inside).toEqual([]);
  });

  it('gives the periods the expected result names', () => {
    const report = reportOf(fixture);
    const wrong: string[] = [];
    for (const wanted of expected.metrics.filter((metric) => metric.period)) {
      const metric = report.metrics.find((candidate) => candidate.district === wanted.district && candidate.value === wanted.value && candidate.unit === wanted.unit);
      if (metric && squash(metric.period) !== squash(wanted.period)) wrong.push(`${wanted.surface}: ${metric.period} (want ${wanted.period})`);
    }
    expect(wrong).toEqual([]);
  });

  if (expected.meta && Object.keys(expected.meta).length > 0) {
    it.each(Object.entries(expected.meta))('meta %s', (field, value) => {
      // Compared as written, up to the width of punctuation and digits (NFKC): a title with `:` may be shown with `：`.
      expect(squash(reportOf(fixture).meta[field as keyof Report['meta']]).normalize('NFKC')).toBe(squash(value).normalize('NFKC'));
    });
  }

  if (expected.sections) {
    it('names the sections', () => {
      expect(reportOf(fixture).sections.map((section) => bareTitle(section.title))).toEqual(expected.sections!.map(bareTitle));
    });
  }
});

describe('all layout fixtures', () => {
  it('micro-averaged metrics F1 ≥ 0.9', () => {
    let tp = 0;
    let fp = 0;
    let gold = 0;
    const rows: string[] = [];
    for (const fixture of loaded) {
      gold += fixture.expected.metrics.length;
      if (!fixture.report) {
        rows.push(`${fixture.name.padEnd(34)} extract() failed`);
        continue;
      }
      const score = scoreOf(fixture);
      tp += score.found.length;
      fp += score.falsePositives.length;
      rows.push(
        `${fixture.name.padEnd(34)} F1 ${score.f1.toFixed(3)}  found ${score.found.length}/${fixture.expected.metrics.length}  false positives ${score.falsePositives.length}`,
      );
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = gold ? tp / gold : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    rows.push(`micro-averaged: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, gold ${gold})`);
    console.log(rows.join('\n'));
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
