/** The coding scheme as Markdown: every section, category and qualifier, with its examples. */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, QUALIFIERS } from '../../src/model/report.js';
import { renderCodebook } from '../../src/write/codebook.js';

describe('renderCodebook', () => {
  const text = renderCodebook();

  it('has the sections a researcher needs', () => {
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['# Coding scheme', '## Fields', '## Categories', '## Qualifiers', '## Units and values', '## Not metrics', '## Agreement']);
  });

  it('has a table row for every field, category and qualifier', () => {
    for (const field of ['id', 'entry', 'district', 'value', 'upper', 'unit', 'qualifier', 'category', 'subject', 'period', 'partOf', 'raw', 'line, column', 'offset']) {
      expect(text).toMatch(new RegExp(`^\\| ${field} \\|`, 'm'));
    }
    for (const name of [...CATEGORIES, ...QUALIFIERS]) expect(text).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });

  it('quotes examples from the reference report with their district', () => {
    expect(text).toContain('考察调研230余次 (永川区)');
    expect(text).toContain('直接服务界别群众近500人次 (渝北区)');
    expect(text).toContain('| 元 | money | 节省政府投资逾6000余万元 (涪陵区) | 60000000 元, over, money |');
    expect(text).toContain('“五千行动”');
  });

  it('is well-formed Markdown: every table row has the cells of its header', () => {
    const blocks = text.split('\n\n').filter((block) => block.startsWith('|'));
    expect(blocks).toHaveLength(5);
    for (const block of blocks) {
      const counts = block.split('\n').map((line) => line.match(/(?<!\\)\|/g)!.length);
      expect(new Set(counts).size).toBe(1);
    }
  });
});
