/** `render` dispatch and output format inference from file names. */
import { describe, expect, it } from 'vitest';
import type { Keyword } from '../../src/analyze/keywords.js';
import type { Entry } from '../../src/model/report.js';
import { formatFromPath, render } from '../../src/write/index.js';
import { sampleReport } from './sample-report.js';

describe('render', () => {
  const reports = [sampleReport()];

  it('writes the JSON envelope for json and one line per metric for jsonl', () => {
    expect(JSON.parse(render(reports, { format: 'json' })).schemaVersion).toBe(1);
    expect(render(reports, { format: 'jsonl' }).trimEnd().split('\n')).toHaveLength(3);
  });

  it('shows metrics by default in csv and md, and the table it is asked for', () => {
    expect(render(reports, { format: 'csv' })).toMatch(/^report,entry,district,code,section,value,/);
    expect(render(reports, { format: 'csv', table: 'numbers' })).toMatch(/^report,kind,raw,/);
    expect(render(reports, { format: 'md' })).toMatch(/^\| report \| entry \| district \|/);
    expect(render(reports, { format: 'md', table: 'entries' })).toMatch(/^\| report \| id \|/);
  });

  it('passes the BOM option to CSV only', () => {
    expect(render(reports, { format: 'csv', bom: true }).startsWith('\uFEFF')).toBe(true);
    expect(render(reports, { format: 'md', bom: true })).not.toContain('\uFEFF');
  });

  it('writes the comparison as JSON for -t compare, and the contract for any other table', () => {
    expect(JSON.parse(render(reports, { format: 'json', table: 'compare' })).table).toBe('compare');
    expect(JSON.parse(render(reports, { format: 'json', table: 'terms' })).reports[0].entries).toHaveLength(2);
  });

  it('passes --excel to CSV, and keywords to the tables that show them', () => {
    expect(render(reports, { format: 'csv', excel: true })).toMatch(/^\uFEFFreport,.*\r\n/);
    const keywords = new Map<Entry, Keyword[]>([[reports[0]!.entries[0]!, [{ word: '选题', weight: 1 }]]]);
    expect(render(reports, { format: 'md', table: 'entries', keywords })).toMatch(/\| keywords \|\n/);
    expect(render(reports, { format: 'table', keywords })).toMatch(/keywords\n[^]*选题/);
    expect(render(reports, { format: 'csv', table: 'keywords', keywords })).toContain('e1,黔江区,1,选题,1');
  });

  it('shows the summary view for table, and a report–item–value table elsewhere', () => {
    expect(render(reports, { format: 'table', table: 'summary' })).toMatch(/^corpus\/cq-cppcc-study-session-4\.txt\ntitle\s+深入研讨聚共识/);
    expect(render(reports, { format: 'md', table: 'summary' })).toMatch(/^\| report \| item \| value \|/);
  });

  it('shows the per-report view for table, or the rows asked for', () => {
    expect(render(reports, { format: 'table' })).toMatch(/^深入研讨聚共识.*\n.*2 entries/);
    expect(render(reports, { format: 'table', table: 'metrics' })).toMatch(/^report\s+entry\s+district/);
    expect(render(reports, { format: 'table', color: true })).toMatch(/\u001b\[/);
  });
});

describe('formatFromPath', () => {
  it.each([
    ['out.json', 'json'],
    ['out.jsonl', 'jsonl'],
    ['out.ndjson', 'jsonl'],
    ['dir.v2/out.csv', 'csv'],
    ['OUT.CSV', 'csv'],
    ['out.md', 'md'],
    ['out.markdown', 'md'],
    ['out.txt', 'table'],
  ])('%s → %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });

  it('returns undefined for an extension it does not know', () => {
    expect(formatFromPath('out.xlsx')).toBeUndefined();
    expect(formatFromPath('out')).toBeUndefined();
  });

  it('infers HTML from .html and .htm', () => {
    expect([formatFromPath('report.html'), formatFromPath('REPORT.HTM')]).toEqual(['html', 'html']);
  });
});
