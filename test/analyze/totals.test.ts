/** Totals that do not lie: the rules on small constructed cases, then the reference report's people. */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/analyze/summary.js';
import { formatTotal, totals } from '../../src/analyze/totals.js';
import { extract } from '../../src/pipeline.js';
import type { Category, Metric, Qualifier } from '../../src/model/report.js';
import { referenceReport } from './reference-report.js';

let nextId = 0;
function metric(value: number, unit: string, qualifier: Qualifier = 'exact', category: Category = 'people'): Metric {
  nextId++;
  return {
    id: `m${nextId}`, entry: 'e1', district: '永川区', value, upper: null, unit, qualifier, category, subject: null, period: null, partOf: null,
    raw: `${value}${unit}`, line: 1, column: 1, offset: 0, block: 0, span: [0, 1],
  };
}

describe('totals', () => {
  it('adds exact values and lower bounds, marked ≥', () => {
    const ms = [metric(1500, '人', 'over'), metric(300, '人'), metric(200, '人', 'at_least')];
    expect(totals(ms)).toEqual([{ category: 'people', unit: '人', value: 2000, mark: '≥', metrics: ms.map((m) => m.id) }]);
  });

  it('marks a sum ≈ as soon as one term is nearly or about', () => {
    expect(totals([metric(1500, '人次', 'over'), metric(500, '人次', 'nearly')]).map(formatTotal)).toEqual(['≈ 2000 人次']);
    expect(totals([metric(100, '人', 'about'), metric(10, '人')]).map(formatTotal)).toEqual(['≈ 110 人']);
    expect(totals([metric(100, '人', 'nearly')]).map(formatTotal)).toEqual(['≈ 100 人']);
  });

  it('never adds different units: 人 and 人次 stay apart', () => {
    expect(totals([metric(10, '人次'), metric(5, '人'), metric(7, '人次', 'over')]).map(formatTotal)).toEqual(['≥ 5 人', '≥ 17 人次']);
  });

  it('never adds different categories, even with the same unit: 个 of facilities and 个 of problems', () => {
    const result = totals([metric(9, '个', 'exact', 'problems'), metric(14, '个', 'exact', 'facilities'), metric(26, '个', 'exact', 'facilities')]);
    expect(result.map((t) => [t.category, formatTotal(t)])).toEqual([
      ['facilities', '≥ 40 个'],
      ['problems', '≥ 9 个'],
    ]);
  });

  it('does not add a part of another metric again: 收到提案315件，其中重点提案15件', () => {
    const whole = metric(315, '件', 'exact', 'outputs');
    const part = { ...metric(15, '件', 'exact', 'outputs'), partOf: whole.id };
    const other = metric(20, '件', 'exact', 'outputs');
    expect(totals([whole, part, other])).toEqual([{ category: 'outputs', unit: '件', value: 335, mark: '≥', metrics: [whole.id, other.id] }]);
  });

  it('does not add percentages, which are ratios of different bases', () => {
    expect(totals([metric(60, '%', 'exact', 'percent'), metric(30, '%', 'exact', 'percent')])).toEqual([]);
  });

  it('does not add changes of a percentage: 办结率提高6.5个百分点，满意率提高3个百分点', () => {
    expect(totals([metric(6.5, '个百分点', 'exact', 'percent'), metric(3, '个百分点', 'exact', 'percent'), metric(2, '百分点', 'exact', 'percent')])).toEqual([]);
  });

  it('orders by category as CATEGORIES lists them, then by unit', () => {
    const result = totals([
      metric(1, '篇', 'exact', 'outputs'), metric(1, '场', 'exact', 'activities'), metric(1, '个', 'exact', 'outputs'),
      metric(1, '次', 'exact', 'activities'), metric(1, '人', 'exact', 'people'),
    ]);
    expect(result.map((t) => `${t.category} ${t.unit}`)).toEqual(['activities 场', 'activities 次', 'people 人', 'outputs 个', 'outputs 篇']);
  });

  it('leaves no floating-point noise in sums of decimals', () => {
    expect(totals([metric(0.1, '元', 'exact', 'money'), metric(0.2, '元', 'exact', 'money')])[0]!.value).toBe(0.3);
  });

  it('gives nothing for no metrics', () => {
    expect(totals([])).toEqual([]);
  });
});

describe('totals of the reference report', () => {
  const people = totals(referenceReport.metrics).filter((total) => total.category === 'people');

  it('people: ≥ 10000 人 (上万人) and ≈ 2000 人次 (1500 余 + 近 500)', () => {
    expect(people.map(formatTotal)).toEqual(['≥ 10000 人', '≈ 2000 人次']);
    const served = people.find((total) => total.unit === '人次')!;
    expect(served.metrics.map((id) => referenceReport.metrics.find((m) => m.id === id)!.raw)).toEqual(['1500余人次', '近500人次']);
  });

  it('accounts for every metric but the percentages exactly once', () => {
    const ids = totals(referenceReport.metrics).flatMap((total) => total.metrics);
    expect(ids.sort()).toEqual(referenceReport.metrics.filter((m) => m.unit !== '%').map((m) => m.id).sort());
  });
});

describe('the totals of a report with a statistics table (summarise)', () => {
  const markdown = [
    '# 各区县政协履职数据',
    '',
    '市政协全年收到提案586件。',
    '',
    '| 区县 | 提案数（件） | 立案数 |',
    '| --- | --- | --- |',
    '| 东湖区 | 268 | 241 |',
    '| 西湖区 | 215 | 198 |',
    '| 合计 | 483 | 439 |',
  ].join('\n');

  it('adds each row’s 提案数 but not its 立案数, a part of it, nor the row of totals, which repeats the rows', async () => {
    const report = await extract(markdown, { path: 'totals.md' });
    const [outputs] = summarise(report).totals;
    expect(formatTotal(outputs!)).toBe('≥ 1069 件');
    expect(outputs!.metrics.map((id) => report.metrics.find((m) => m.id === id)!.raw)).toEqual(['586件', '268件', '215件']);
  });

  it.each(['总计', '全市合计', '全市'])('leaves out a row of totals named %s', async (name) => {
    const report = await extract(markdown.replace('| 合计 |', `| ${name} |`), { path: 'totals.md' });
    expect(summarise(report).totals.map(formatTotal)).toEqual(['≥ 1069 件']);
  });
});
