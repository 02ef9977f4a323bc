/**
 * The reference report through the built CLI, checked against the hand-made gold standard: every
 * district, speaker, title and section; every metric with its qualifier and category; the meta; no
 * metric among the gold's not-metrics; and every position pointing at its raw text in the file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Output, Report } from '../../src/model/report.js';
import { scoreMetrics, type Gold } from './score.js';

const fixture = 'fixtures/cq-cppcc-study-session-4.txt';
const gold = JSON.parse(readFileSync(new URL('./gold.json', import.meta.url), 'utf8')) as Gold;

function runCli(...args: string[]): Output {
  const result = spawnSync(process.execPath, ['bin/cppcc-extract.cjs', ...args], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Output;
}

const output = runCli(fixture, '--format', 'json');
const report: Report = output.reports[0]!;
const squash = (text: string | null | undefined) => String(text ?? '').replace(/\s+/g, '');

describe('reference report: entries', () => {
  it('finds the 38 districts and counties once each, nothing else', () => {
    expect(report.entries.map((entry) => entry.district.name).sort()).toEqual(gold.entries.map((entry) => entry.district).sort());
  });

  it.each(gold.entries.map((entry) => [entry.district, entry] as const))('%s: code, section, speaker and title', (district, expected) => {
    const entry = report.entries.find((candidate) => candidate.district.name === district)!;
    expect(entry.district.code).toBe(expected.code);
    expect(entry.district.province).toBe('重庆市');
    expect(entry.section).toBe(expected.section);
    expect(entry.speakers[0]?.name).toBe(expected.speaker);
    expect(entry.speakers[0]?.title).toBe(expected.title);
  });

  it('lists entries in document order', () => {
    const order = gold.entries.map((entry) => entry.district);
    expect(report.entries.map((entry) => entry.district.name)).toEqual(order);
  });

  it('names the four sections', () => {
    expect(report.sections.map((section) => squash(section.title))).toEqual(gold.sections.map(squash));
  });
});

describe('reference report: metrics', () => {
  const score = scoreMetrics(report, gold);

  it('finds every gold metric and nothing the gold does not allow', () => {
    expect(score.missed.map((metric) => metric.surface)).toEqual([]);
    expect(score.falsePositives).toEqual([]);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('gets the qualifier and the category of every found metric right', () => {
    expect(score.wrongQualifier).toEqual([]);
    expect(score.wrongCategory).toEqual([]);
  });

  it('gives the periods the gold names', () => {
    for (const expected of gold.metrics.filter((metric) => metric.period)) {
      const metric = report.metrics.find((candidate) => candidate.district === expected.district && candidate.value === expected.value && candidate.unit === expected.unit)!;
      expect(metric.period, expected.surface).toBe(expected.period);
    }
  });

  it('never counts a gold not-metric as a metric', () => {
    for (const metric of report.metrics) {
      for (const surface of gold.notMetrics) expect(squash(surface).includes(squash(metric.raw)), `${metric.raw} in ${surface}`).toBe(false);
    }
  });

  it('lists every metric among the numbers, and only kind metric ones are metrics', () => {
    const metricIds = report.numbers.filter((number) => number.kind === 'metric').map((number) => number.metric);
    expect(metricIds).toEqual(report.metrics.map((metric) => metric.id));
  });
});

describe('reference report: meta', () => {
  it.each(Object.entries(gold.meta))('%s', (field, value) => {
    expect(squash(report.meta[field as keyof Report['meta']])).toBe(squash(value));
  });
});

describe('reference report: source positions', () => {
  const source = [...readFileSync(fixture, 'utf8')];
  const lines = readFileSync(fixture, 'utf8').split(/\r\n|\r|\n/).map((line) => [...line]);
  const positioned = [...report.metrics, ...report.numbers];

  it('points the offset of every metric and number at its raw text, spaces and line breaks aside', () => {
    for (const item of positioned) {
      const window = source.slice(item.offset, item.offset + item.raw.length * 4 + 8).join('');
      expect(squash(window).startsWith(squash(item.raw)), `${item.raw} at ${item.offset}`).toBe(true);
    }
  });

  it('points line and column at the same place as the offset', () => {
    for (const item of positioned) {
      const line = lines[item.line - 1]!;
      expect(line[item.column - 1], `${item.raw} at ${item.line}:${item.column}`).toBe(source[item.offset]);
      const before = lines.slice(0, item.line - 1).reduce((sum, previous) => sum + previous.length + 1, 0);
      expect(before + item.column - 1).toBe(item.offset);
    }
  });
});
