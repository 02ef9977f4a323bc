/** `render` dispatch, `reportStream` (a corpus one report at a time), and output format inference from file names. */
import { describe, expect, it } from 'vitest';
import type { Keyword } from '../../src/analyze/keywords.js';
import type { Entry } from '../../src/model/report.js';
import { formatFromPath, render, reportStream, type RenderOptions } from '../../src/write/index.js';
import { sampleReport, trickyReport } from './sample-report.js';

describe('render', () => {
  const reports = [sampleReport()];

  it('writes the JSON envelope for json and one line per metric for jsonl', async () => {
    expect(JSON.parse(await render(reports, { format: 'json' })).schemaVersion).toBe(1);
    expect((await render(reports, { format: 'jsonl' })).trimEnd().split('\n')).toHaveLength(3);
  });

  it('shows metrics by default in csv and md, and the table it is asked for', async () => {
    expect(await render(reports, { format: 'csv' })).toMatch(/^report,entry,district,code,section,value,/);
    expect(await render(reports, { format: 'csv', table: 'numbers' })).toMatch(/^report,kind,raw,/);
    expect(await render(reports, { format: 'md' })).toMatch(/^\| report \| entry \| district \|/);
    expect(await render(reports, { format: 'md', table: 'entries' })).toMatch(/^\| report \| id \|/);
  });

  it('passes the BOM option to CSV only', async () => {
    expect((await render(reports, { format: 'csv', bom: true })).startsWith('\uFEFF')).toBe(true);
    expect(await render(reports, { format: 'md', bom: true })).not.toContain('\uFEFF');
  });

  it('writes the comparison as JSON for -t compare, and the contract for any other table', async () => {
    expect(JSON.parse(await render(reports, { format: 'json', table: 'compare' })).table).toBe('compare');
    expect(JSON.parse(await render(reports, { format: 'json', table: 'terms' })).reports[0].entries).toHaveLength(2);
  });

  it('passes --excel to CSV, and keywords to the tables that show them', async () => {
    expect(await render(reports, { format: 'csv', excel: true })).toMatch(/^\uFEFFreport,.*\r\n/);
    const keywords = new Map<Entry, Keyword[]>([[reports[0]!.entries[0]!, [{ word: '选题', weight: 1 }]]]);
    expect(await render(reports, { format: 'md', table: 'entries', keywords })).toMatch(/\| keywords \|\n/);
    expect(await render(reports, { format: 'table', keywords })).toMatch(/keywords\n[^]*选题/);
    expect(await render(reports, { format: 'csv', table: 'keywords', keywords })).toContain('e1,黔江区,1,选题,1');
  });

  it('shows the summary view for table, and a report–item–value table elsewhere', async () => {
    expect(await render(reports, { format: 'table', table: 'summary' })).toMatch(/^corpus\/cq-cppcc-study-session-4\.txt\ntitle\s+深入研讨聚共识/);
    expect(await render(reports, { format: 'md', table: 'summary' })).toMatch(/^\| report \| item \| value \|/);
  });

  it('shows the per-report view for table, or the rows asked for', async () => {
    expect(await render(reports, { format: 'table' })).toMatch(/^深入研讨聚共识.*\n.*2 entries/);
    expect(await render(reports, { format: 'table', table: 'metrics' })).toMatch(/^report\s+entry\s+district/);
    expect(await render(reports, { format: 'table', color: true })).toMatch(/\u001b\[/);
  });
});

describe('reportStream', () => {
  const reports = [sampleReport({ path: 'a.txt' }), trickyReport(), sampleReport({ path: 'c.txt' })];
  const streamed: RenderOptions[] = [
    { format: 'json' },
    { format: 'jsonl' },
    { format: 'csv' },
    { format: 'csv', table: 'entries' },
    { format: 'csv', table: 'numbers', bom: true },
    { format: 'csv', table: 'quotes', excel: true },
  ];

  it.each(streamed)('%j: head, pieces joined by the separator, and tail are exactly what render gives', async (options) => {
    const stream = (await reportStream(options))!;
    for (const some of [reports, reports.slice(0, 1)]) {
      expect(stream.head + some.map((report) => stream.piece(report)).join(stream.separator) + stream.tail).toBe(await render(some, options));
    }
  });

  it('is not offered where the output needs every report first', async () => {
    const keywords = new Map<Entry, Keyword[]>();
    for (const options of [{ format: 'md' }, { format: 'table' }, { format: 'html' }, { format: 'json', table: 'compare' }, { format: 'csv', table: 'terms' }, { format: 'csv', table: 'entries', keywords }] as RenderOptions[]) {
      expect(await reportStream(options), JSON.stringify(options)).toBeUndefined();
    }
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

  it('returns undefined for an extension it does not know', async () => {
    expect(formatFromPath('out.xlsx')).toBeUndefined();
    expect(formatFromPath('out')).toBeUndefined();
  });

  it('infers HTML from .html and .htm', async () => {
    expect([formatFromPath('report.html'), formatFromPath('REPORT.HTM')]).toEqual(['html', 'html']);
  });
});
