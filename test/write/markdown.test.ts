/** The Markdown writer: a GitHub table that report text cannot break. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/write/markdown.js';
import { entryKeywords } from '../../src/analyze/keywords.js';
import { buildTable, TABLE_KINDS } from '../../src/write/tables.js';
import { referenceReport } from '../analyze/reference-report.js';
import { sampleReport, trickyReport } from './sample-report.js';

/** Cell boundaries: pipes not preceded by an escaping backslash. */
function countCellPipes(line: string): number {
  return line.match(/(?<!\\)(?:\\\\)*\|/g)?.length ?? 0;
}

describe('renderMarkdown', () => {
  it('writes a header, an alignment row and one row per entry', () => {
    const lines = renderMarkdown(buildTable([sampleReport()], 'entries')).split('\n');
    expect(lines[0]).toBe('| report | id | section | district | code | province | city | speaker | title | lines | metrics | figures |');
    expect(lines[1]).toBe('| --- | --- | ---: | --- | --- | --- | --- | --- | --- | --- | ---: | --- |');
    expect(lines[3]).toContain('| 永川区 | 500118 |');
    expect(lines[3]).toContain('| 文良印、张某 |');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(5);
  });

  it('escapes pipes, backslashes and line breaks so every row keeps its cells', () => {
    const table = buildTable([trickyReport()], 'metrics');
    const text = renderMarkdown(table);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(table.rows.length + 2);
    for (const line of lines) expect(countCellPipes(line)).toBe(table.columns.length + 1);
    expect(text).toContain('| \\|管道\\| |');
    expect(text).toContain('| 第一行<br>第二行 |');
    expect(text).toContain('| CR<br>LF |');
    expect(text).toContain('| \\\\\\| |');
  });
});

describe('every table as Markdown', () => {
  it.each(TABLE_KINDS)('%s: a header, an alignment row and one row per table row, each with every cell', async (kind) => {
    const keywords = await entryKeywords([referenceReport]);
    const table = buildTable([referenceReport], kind, { keywords });
    const lines = renderMarkdown(table).trimEnd().split('\n');
    expect(table.rows.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(table.rows.length + 2);
    for (const line of lines) expect(countCellPipes(line)).toBe(table.columns.length + 1);
  });
});
