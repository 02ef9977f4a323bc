/** The JSON Lines writer: one self-contained metric per line. */
import { describe, expect, it } from 'vitest';
import { renderJsonl } from '../../src/write/jsonl.js';
import { sampleReport, trickyReport } from './sample-report.js';

function parseLines(text: string): Record<string, unknown>[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('renderJsonl', () => {
  it('writes one JSON object per metric, across reports in order', () => {
    const reports = [sampleReport({ path: 'a.txt' }), sampleReport({ path: 'b.txt' })];
    const lines = parseLines(renderJsonl(reports));
    expect(lines).toHaveLength(6);
    expect(lines.map((l) => l['report'])).toEqual(['a.txt', 'a.txt', 'a.txt', 'b.txt', 'b.txt', 'b.txt']);
  });

  it("adds the report path and the entry's district code and section to the metric's own fields", () => {
    const report = sampleReport();
    const [first] = parseLines(renderJsonl([report]));
    expect(first).toEqual({ ...report.metrics[0], report: report.source.path, code: '500118', section: 1 });
    expect(first!['raw']).toBe('230余次');
  });

  it('gives null code and section to a metric outside any entry', () => {
    const third = parseLines(renderJsonl([sampleReport()]))[2]!;
    expect(third['entry']).toBeNull();
    expect(third['code']).toBeNull();
    expect(third['section']).toBeNull();
  });

  it('keeps newlines inside values from splitting a record', () => {
    const report = trickyReport();
    const lines = parseLines(renderJsonl([report]));
    expect(lines.map((l) => l['subject'])).toEqual(report.metrics.map((m) => m.subject));
  });

  it('writes nothing when there are no metrics', () => {
    expect(renderJsonl([])).toBe('');
  });
});
