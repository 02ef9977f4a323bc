/** The JSON writer: the schemaVersion 1 envelope, and output that is byte-for-byte stable. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/write/json.js';
import { sampleReport } from './sample-report.js';

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

  it('writes an empty reports array when given no reports', () => {
    expect(JSON.parse(renderJson([])).reports).toEqual([]);
  });
});
