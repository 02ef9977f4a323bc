/** The agreement report: scores as the reference scorer prints them, per category, and the disagreements. */
import { describe, expect, it } from 'vitest';
import { agreement } from '../../src/analyze/agree.js';
import { codedFromReport } from '../../src/analyze/coded.js';
import { renderAgreement } from '../../src/write/agreement.js';
import { sampleReport } from './sample-report.js';

const reference = codedFromReport(sampleReport(), 'coder-a.csv');
const other = codedFromReport(
  {
    ...sampleReport(),
    metrics: [{ ...sampleReport().metrics[0]!, category: 'outputs' }, { ...sampleReport().metrics[2]!, value: 7, raw: '7万元', line: 301 }],
  },
  'coder-b.csv',
);
const result = agreement(reference, other);

describe('renderAgreement', () => {
  it('prints the counts and scores with three decimals, then a table per category and the disagreements', () => {
    const text = renderAgreement(result, 'table');
    expect(text.split('\n').slice(0, 4)).toEqual([
      'reference: coder-a.csv (3 metrics)',
      'compared:  coder-b.csv (2 metrics, 0 of them optional in the reference)',
      'metrics: 1/3 matched, 1 extra; P=0.500 R=0.333 F1=0.400',
      "among matched: qualifiers 1/1, categories 0/1; Cohen's kappa (category) 0.000",
    ]);
    expect(text).toMatch(/Per category\n\ncategory\s+reference\s+found\s+compared\s+correct\s+P\s+R\s+F1\n/);
    expect(text).toMatch(/activities\s+2\s+0\s+0\s+0\s+1\.000\s+0\.000\s+0\.000\n/);
    expect(text).toMatch(/Disagreements \(4\)\n\nline\s+kind\s+district\s+value\s+unit\s+raw\s+reference\s+compared\n/);
    expect(text).toMatch(/154\s+category\s+永川区\s+230\s+次\s+230余次\s+activities\s+outputs\n/);
    expect(text).toMatch(/301\s+extra\s+7\s+元\s+7万元\n/);
  });

  it('says when there is nothing to disagree on, and when kappa is undefined', () => {
    const text = renderAgreement(agreement(reference, reference), 'table');
    expect(text).toContain("Cohen's kappa (category) 1.000");
    expect(text.trimEnd().endsWith('No disagreements.')).toBe(true);
    const one = codedFromReport({ ...sampleReport(), metrics: [sampleReport().metrics[0]!] });
    expect(renderAgreement(agreement(one, one), 'table')).toContain("Cohen's kappa (category) undefined (one category only)");
  });

  it('writes Markdown with headings and tables, and JSON with every number', () => {
    const markdown = renderAgreement(result, 'md');
    expect(markdown).toContain('## Per category\n\n| category | reference |');
    expect(markdown).toContain('## Disagreements (4)\n\n| line | kind |');
    expect(JSON.parse(renderAgreement(result, 'json'))).toEqual(JSON.parse(JSON.stringify(result)));
  });
});
