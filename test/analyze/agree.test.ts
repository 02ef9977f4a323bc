/**
 * Agreement of two codings: the matching rule, scores, kappa and disagreements on constructed cases,
 * then on the reference report against its gold, where precision and recall must be exactly those
 * of the reference scorer (a copy of ../shared/eval/score.mjs in fixtures/).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { agreement } from '../../src/analyze/agree.js';
import { CodedFileError, codedFromCsv, codedFromJson, codedFromReport, type CodedMetric, type CodedSet } from '../../src/analyze/coded.js';
import { renderCsv } from '../../src/write/csv.js';
import { renderJson } from '../../src/write/json.js';
import { buildTable } from '../../src/write/tables.js';
import { perturbedReport } from './perturbed.js';
import { referenceReport } from './reference-report.js';

const GOLD_PATH = fileURLToPath(new URL('../reference/gold.json', import.meta.url));
const SCORER = fileURLToPath(new URL('./fixtures/score.mjs', import.meta.url));

function coded(fields: Partial<CodedMetric> & Pick<CodedMetric, 'value' | 'category'>): CodedMetric {
  return { district: '永川区', unit: '次', qualifier: 'exact', raw: null, line: null, acceptCategories: [], acceptQualifiers: [], ...fields };
}

function set(name: string, metrics: CodedMetric[], optional: CodedMetric[] = []): CodedSet {
  return { name, metrics, optional, numerals: [] };
}

describe('agreement on constructed codings', () => {
  it('matches by (district, value, unit) as a multiset', () => {
    const a = set('a', [coded({ value: 5, category: 'activities' }), coded({ value: 5, category: 'activities' }), coded({ value: 9, category: 'activities' })]);
    const b = set('b', [coded({ value: 5, category: 'activities' }), coded({ value: 9, category: 'activities', unit: '场' }), coded({ value: 9, category: 'activities', district: '忠县' })]);
    const result = agreement(a, b);
    expect(result.counts).toEqual({ reference: 3, other: 3, matched: 1, optional: 0, extra: 2 });
    expect([result.precision, result.recall]).toEqual([1 / 3, 1 / 3]);
    expect(result.disagreements.map((d) => `${d.kind} ${d.district} ${d.value}${d.unit}`)).toEqual([
      'missing 永川区 5次',
      'missing 永川区 9次',
      'extra 永川区 9场',
      'extra 忠县 9次',
    ]);
  });

  it('lets a reference district of null match any district', () => {
    const result = agreement(set('a', [coded({ value: 5, category: 'activities', district: null })]), set('b', [coded({ value: 5, category: 'activities', district: '忠县' })]));
    expect(result.counts.matched).toBe(1);
  });

  it('neither rewards nor punishes the reference\'s optional quantities, with * for any unit', () => {
    const a = set('a', [coded({ value: 5, category: 'activities' })], [coded({ value: 100, unit: '*', category: '' })]);
    const b = set('b', [coded({ value: 5, category: 'activities' }), coded({ value: 100, unit: '名', category: 'members' })]);
    const result = agreement(a, b);
    expect([result.precision, result.recall, result.counts.optional, result.counts.extra]).toEqual([1, 1, 1, 0]);
    expect(agreement(a, set('c', [coded({ value: 5, category: 'activities' })])).precision).toBe(1);
  });

  it("computes Cohen's kappa for category among matched pairs", () => {
    // 10 pairs, 8 agree; each coder says activities 5 times: p_o = 0.8, p_e = 0.5, kappa = 0.6.
    const reference = 'AAAAABBBBB'.split('').map((c, i) => coded({ value: i, category: c === 'A' ? 'activities' : 'outputs' }));
    const other = 'AAAABBBBBA'.split('').map((c, i) => coded({ value: i, category: c === 'A' ? 'activities' : 'outputs' }));
    const result = agreement(set('a', reference), set('b', other));
    expect(result.kappa).toBeCloseTo(0.6, 10);
    expect(result.categoriesAgreed).toBe(8);
    expect(result.disagreements.filter((d) => d.kind === 'category').map((d) => [d.value, d.reference, d.other])).toEqual([
      [4, 'activities', 'outputs'],
      [9, 'outputs', 'activities'],
    ]);
  });

  it('leaves kappa undefined when both coders use one category only, and counts accepted alternatives as agreement', () => {
    const one = set('a', [coded({ value: 1, category: 'activities' })]);
    expect(agreement(one, one).kappa).toBeNull();
    expect(agreement(set('a', []), set('b', [])).kappa).toBeNull();
    const lenient = set('a', [coded({ value: 8, category: 'coverage', acceptCategories: ['facilities'] }), coded({ value: 9, category: 'people' })]);
    const result = agreement(lenient, set('b', [coded({ value: 8, category: 'facilities' }), coded({ value: 9, category: 'people' })]));
    expect([result.categoriesAgreed, result.kappa]).toEqual([2, 1]);
  });

  it('scores each category by its own coding on each side', () => {
    const a = set('a', [coded({ value: 1, category: 'activities' }), coded({ value: 2, category: 'activities' }), coded({ value: 3, category: 'people' })]);
    const b = set('b', [coded({ value: 1, category: 'activities' }), coded({ value: 2, category: 'people' }), coded({ value: 4, category: 'people' })]);
    const byCategory = Object.fromEntries(agreement(a, b).perCategory.map((c) => [c.category, c]));
    expect(byCategory['activities']).toMatchObject({ reference: 2, found: 1, other: 1, correct: 1, precision: 1, recall: 0.5 });
    expect(byCategory['people']).toMatchObject({ reference: 1, found: 0, other: 2, correct: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('puts disagreements in line order, finding the line of an uncoded line from the other side\'s numerals', () => {
    const a = set('a', [coded({ value: 230, category: 'activities', raw: '考察调研 230 余次' })]);
    const b: CodedSet = { ...set('b', [coded({ value: 7, category: 'activities', line: 12 })]), numerals: [{ value: 230, raw: '230余次', line: 154 }] };
    expect(agreement(a, b).disagreements.map((d) => [d.kind, d.line])).toEqual([['extra', 12], ['missing', 154]]);
  });
});

describe('coded files', () => {
  it('reads the tool\'s JSON output, a bare Report and the gold file', () => {
    expect(codedFromJson(renderJson([referenceReport]), 'out.json').metrics).toHaveLength(referenceReport.metrics.length);
    expect(codedFromJson(JSON.stringify(referenceReport), 'report.json').metrics[0]).toMatchObject({ district: '大渡口区', value: 100, unit: '名', line: referenceReport.metrics[0]!.line });
    const gold = codedFromJson(readFileSync(GOLD_PATH, 'utf8'), 'gold.json');
    expect(gold.metrics).toHaveLength(28);
    expect(gold.optional.length).toBeGreaterThan(0);
    expect(gold.metrics.find((m) => m.district === '长寿区' && m.value === 8)!.acceptCategories).toEqual(['facilities']);
  });

  it('reads a CSV with the metrics table\'s columns, or only the required ones, with a BOM', () => {
    const full = codedFromCsv(renderCsv(buildTable([referenceReport], 'metrics'), { excel: true }), 'metrics.csv');
    expect(full.metrics).toEqual(codedFromReport(referenceReport).metrics);
    const minimal = codedFromCsv('district,value,unit,category\n永川区,230,次,activities\n,5,个,other\n', 'min.csv');
    expect(minimal.metrics).toEqual([
      coded({ value: 230, category: 'activities', qualifier: null }),
      coded({ value: 5, unit: '个', category: 'other', district: null, qualifier: null }),
    ]);
  });

  it('says what is wrong with a file it cannot use', () => {
    expect(() => codedFromCsv('district,value\n永川区,3\n', 'x.csv')).toThrow(new CodedFileError('the CSV has no column unit, category'));
    expect(() => codedFromCsv('district,value,unit,category\n永川区,many,次,activities\n', 'x.csv')).toThrow(/row 2: value 'many' is not a number/);
    expect(() => codedFromJson('{', 'x.json')).toThrow(/not valid JSON/);
    expect(() => codedFromJson('{"reports":[]}', 'x.json')).toThrow(/holds 0 reports/);
    expect(() => codedFromJson('{"hello":1}', 'x.json')).toThrow(/neither cppcc-extract output nor a gold file/);
  });
});

describe('agreement with the gold on the reference report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cppcc-agree-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const gold = codedFromJson(readFileSync(GOLD_PATH, 'utf8'), 'gold.json');

  interface ScorerCounts {
    tp: number;
    fp: number;
    fn: number;
    qualifier: number;
    category: number;
  }

  function scorer(report: object): ScorerCounts {
    const path = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(report));
    const result = spawnSync(process.execPath, [SCORER, GOLD_PATH, path, '--json'], { encoding: 'utf8' });
    return (JSON.parse(result.stdout) as { counts: { metrics: ScorerCounts } }).counts.metrics;
  }

  it.each([
    ['the tool as it is', referenceReport],
    ['a coding with misses, extras and miscodings', perturbedReport()],
  ])('%s: the same precision, recall and agreement counts as the reference scorer', (_, report) => {
    const counts = scorer({ reports: [report] });
    const result = agreement(gold, codedFromReport(report));
    expect(result.precision).toBe(counts.tp / (counts.tp + counts.fp));
    expect(result.recall).toBe(counts.tp / (counts.tp + counts.fn));
    expect([result.counts.matched, result.counts.extra, result.counts.reference - result.counts.matched]).toEqual([counts.tp, counts.fp, counts.fn]);
    expect([result.qualifiersAgreed, result.categoriesAgreed]).toEqual([counts.qualifier, counts.category]);
  });

  it('the perturbed coding: each disagreement, with its line', () => {
    const result = agreement(gold, codedFromReport(perturbedReport()));
    expect(result.counts).toEqual({ reference: 28, other: 29, matched: 25, optional: 1, extra: 3 });
    const lines = (raw: string) => referenceReport.metrics.find((m) => m.raw === raw)!.line;
    expect(result.disagreements.map((d) => [d.kind, d.district, d.value, d.line, d.reference, d.other])).toEqual(
      [
        ['missing', '永川区', 36, lines('36余次'), null, null],
        ['category', '涪陵区', 43, lines('43个'), 'coverage', 'facilities'],
        ['extra', '万州区', 12, 214, null, null],
        ['qualifier', '南岸区', 1500, lines('1500余人次'), 'over', 'exact'],
        ['category', '荣昌区', 132, lines('132场次'), 'activities', 'problems'],
        ['missing', '梁平区', 33, lines('33个'), null, null],
        ['missing', '城口县', 171, lines('171名'), null, null],
        ['extra', '忠县', 171, lines('171名'), null, null],
        ['extra', '忠县', 7, 550, null, null],
      ].sort((a, b) => (a[3] as number) - (b[3] as number)),
    );
    expect(result.kappa).toBeGreaterThan(0.8);
    expect(result.kappa).toBeLessThan(1);
  });

  it('coder A against coder B: two CSV files give what their reports give', () => {
    const csv = (report: typeof referenceReport) => renderCsv(buildTable([report], 'metrics'));
    const fromCsv = agreement(codedFromCsv(csv(referenceReport), 'a.csv'), codedFromCsv(csv(perturbedReport()), 'b.csv'));
    const fromReports = agreement(codedFromReport(referenceReport, 'a.csv'), codedFromReport(perturbedReport(), 'b.csv'));
    expect(fromCsv).toEqual(fromReports);
    // 29 metrics, two dropped and one moved to another district: 26 still match.
    expect(fromCsv.recall).toBeCloseTo(26 / 29, 10);
  });
});
