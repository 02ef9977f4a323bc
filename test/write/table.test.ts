/** The terminal writer: display-width alignment with Chinese text, and colour only on request. */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderReportsView, renderSummaryView, renderTextTable } from '../../src/write/table.js';
import { buildTable, cellText, isNumericColumn, type Table } from '../../src/write/tables.js';
import { sampleReport } from './sample-report.js';

const ANSI = /\u001b\[/;

/**
 * Checks that, on every line, each cell starts at the same display column as its header (or, for a
 * right-aligned column, ends where the header ends).
 */
function expectAligned(table: Table, text: string): void {
  const lines = text.trimEnd().split('\n');
  expect(lines).toHaveLength(table.rows.length + 2);
  const rows = [table.columns, ...table.rows.map((row) => row.map(cellText))];
  const starts = table.columns.map(() => new Set<number>());
  const ends = table.columns.map(() => new Set<number>());
  rows.forEach((cells, r) => {
    const line = lines[r === 0 ? 0 : r + 1]!;
    let from = 0;
    cells.forEach((cell, c) => {
      const at = line.indexOf(cell, from);
      expect(at).toBeGreaterThanOrEqual(0);
      starts[c]!.add(stringWidth(line.slice(0, at)));
      ends[c]!.add(stringWidth(line.slice(0, at + cell.length)));
      from = at + cell.length;
    });
  });
  table.columns.forEach((_, c) => {
    if (table.rows.every((row) => cellText(row[c] ?? null) !== '')) {
      expect((isNumericColumn(table, c) ? ends : starts)[c]!.size).toBe(1);
    }
  });
}

describe('renderTextTable', () => {
  it('aligns columns by display width when cells mix Chinese and ASCII', () => {
    const table = buildTable([sampleReport()], 'metrics');
    const text = renderTextTable(table);
    expectAligned(table, text);
    expect(text).toContain('永川区');
  });

  it('aligns entries with several speakers', () => {
    const table = buildTable([sampleReport()], 'entries');
    expectAligned(table, renderTextTable(table));
  });

  it('right-aligns numbers and underlines the header to the column widths', () => {
    const table: Table = { columns: ['district', 'metrics'], rows: [['秀山土家族苗族自治县', 7], ['永川区', 12]] };
    expect(renderTextTable(table)).toBe(
      [
        'district              metrics',
        '--------------------  -------',
        '秀山土家族苗族自治县        7',
        '永川区                     12',
        '',
      ].join('\n'),
    );
  });

  it('keeps each row on one line and lets no escape codes through from report text', () => {
    const table: Table = { columns: ['a', 'b'], rows: [['第一行\n第二行', '\u001b[31mred']] };
    const text = renderTextTable(table);
    expect(text.trimEnd().split('\n')).toHaveLength(3);
    expect(text).not.toMatch(ANSI);
  });

  it('colours only when asked', () => {
    const table = buildTable([sampleReport()], 'entries');
    expect(renderTextTable(table)).not.toMatch(ANSI);
    expect(renderTextTable(table, { color: false })).not.toMatch(ANSI);
    expect(renderTextTable(table, { color: true })).toMatch(ANSI);
  });
});

describe('renderReportsView', () => {
  const warned = sampleReport({ warnings: [{ code: 'segment.unassigned', message: '段落未归属任何区县', line: 300, column: 3 }] });

  it('shows per report a heading with title and event, the entries and the warnings', () => {
    const text = renderReportsView([warned]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('深入研讨聚共识 汇智聚力促发展 — 六届市政协委员专题学习研讨班（第4期）');
    expect(lines[1]).toContain('2 entries · 3 metrics · 1 warning');
    expect(lines[3]).toMatch(/^district\s+code\s+speaker\s+title\s+metrics$/);
    expect(text).toMatch(/永川区\s+500118\s+文良印、张某\s+政协主席、政协副主席\s+2\n/);
    expect(text).toMatch(/1 warning:\n/);
    expect(text).toMatch(/300:3\s+segment\.unassigned\s+段落未归属任何区县\n/);
    expect(text).not.toMatch(ANSI);
  });

  it('aligns the entries table by display width', () => {
    const text = renderReportsView([sampleReport()]);
    const table = { columns: ['district', 'code', 'speaker', 'title', 'metrics'], rows: [
      ['黔江区', '500114', '姚登惠', '政协主席', 0],
      ['永川区', '500118', '文良印、张某', '政协主席、政协副主席', 2],
    ] };
    expectAligned(table, text.split('\n').slice(3).join('\n'));
  });

  it('falls back to the path when the report has no title, and says when no entries were found', () => {
    const report = { ...sampleReport(), entries: [], meta: { ...sampleReport().meta, title: null, event: null } };
    const text = renderReportsView([report]);
    expect(text.split('\n')[0]).toBe(report.source.path);
    expect(text).toContain('No district entries found.');
  });

  it('separates several reports and colours only when asked', () => {
    const text = renderReportsView([sampleReport({ path: 'a.txt' }), warned], { color: true });
    expect(text).toMatch(ANSI);
    expect(text.match(/深入研讨聚共识/g)).toHaveLength(2);
  });
});

describe('renderSummaryView', () => {
  it('shows per report a heading and its items, aligned, one per line', () => {
    expect(renderSummaryView([sampleReport()])).toBe(
      [
        'corpus/cq-cppcc-study-session-4.txt',
        'title             深入研讨聚共识 汇智聚力促发展',
        'event             六届市政协委员专题学习研讨班（第4期）',
        'dates             7月22日至25日',
        'venue             中共石柱土家族自治县委党校（初心学院）',
        'reporter          程颖',
        'section 1         围绕中心建言资政 服务大局助推发展 (2 entries)',
        'entries           2',
        'metrics           3',
        // The sample's districts have no city: a region cannot be told.
        'coverage          no region: no entry names a district of a prefecture or municipality',
        'total activities  ≥ 266 次',
        'total money       ≥ 60000000 元',
        'term              渝事好商量 (1): 永川区',
        '',
      ].join('\n'),
    );
  });

  it('adds a group for all reports together, and colours only when asked', () => {
    const reports = [sampleReport({ path: 'a.txt' }), sampleReport({ path: 'b.txt' })];
    const text = renderSummaryView(reports);
    expect(text).toMatch(/^a\.txt\n[^]*\n\nb\.txt\n[^]*\n\nall reports\nreports +2\nentries +4\nmetrics +6\n/);
    expect(text).toContain('total activities  ≥ 532 次');
    expect(text).not.toMatch(ANSI);
    expect(renderSummaryView(reports, { color: true })).toMatch(ANSI);
  });
});
