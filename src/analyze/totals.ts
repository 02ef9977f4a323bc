/**
 * Totals that do not lie: per category and unit, the sum of the stated values, marked `≥` when every
 * term is exact or a lower bound (余, 多, 逾, 以上, 上万) and `≈` as soon as one term is approximate
 * (近, 约, 左右), since 近500 may be 480 and a sum containing it is no longer a lower bound.
 * Different units never add (人次 and 人 count different things), and neither do categories
 * (个 of facilities and 个 of problems). A part of another metric (其中…, 立案…) is not added again,
 * nor is a table's row of totals (addends).
 */
import { CATEGORIES, type Category, type Metric, type Qualifier, type Report } from '../model/report.js';

export interface Total {
  category: Category;
  unit: string;
  value: number;
  mark: '≥' | '≈';
  /** The ids of the metrics summed, in document order. */
  metrics: string[];
}

const APPROXIMATE: ReadonlySet<Qualifier> = new Set(['nearly', 'about']);

/**
 * A percentage is a ratio of its own base: 60% of one district's requests and 30% of another's add up
 * to nothing, so percentages are never summed, nor are changes of one (提高6.5个百分点).
 */
const UNITS_THAT_DO_NOT_ADD: ReadonlySet<string> = new Set(['%', '个百分点', '百分点']);

/**
 * A statistics table's row of totals, as the reader writes it (合计：提案数483件，…; 全市合计：…): the
 * sum of the rows above it.
 */
const TOTAL_ROW = /^(?:全[省市州盟县区旗](?:[合总小共]计)?|[合总小共]计|总数)：/;

/**
 * A report's metrics that its totals add: all but those of a table's row of totals, which a sum of
 * the table's rows would count twice.
 */
export function addends(report: Pick<Report, 'metrics' | 'blocks'>): Metric[] {
  return report.metrics.filter((metric) => {
    const block = report.blocks[metric.block];
    return !(block?.kind === 'row' && TOTAL_ROW.test(block.text));
  });
}

/** Per (category, unit), in CATEGORIES order then unit: sum of values; '≈' when any term is nearly/about, else '≥'. */
export function totals(metrics: readonly Metric[]): Total[] {
  const byKey = new Map<string, Total>();
  for (const metric of metrics) {
    // 其中重点提案15件 is already in 收到提案315件.
    if (UNITS_THAT_DO_NOT_ADD.has(metric.unit) || metric.partOf) continue;
    const key = `${metric.category}\u0000${metric.unit}`;
    let total = byKey.get(key);
    if (!total) {
      total = { category: metric.category, unit: metric.unit, value: 0, mark: '≥', metrics: [] };
      byKey.set(key, total);
    }
    total.value += metric.value;
    total.metrics.push(metric.id);
    if (APPROXIMATE.has(metric.qualifier)) total.mark = '≈';
  }
  for (const total of byKey.values()) total.value = withoutFloatNoise(total.value);
  return [...byKey.values()].sort(
    (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || compareText(a.unit, b.unit),
  );
}

/** '≥ 10000 人', '≈ 2000 人次'. */
export function formatTotal(total: Total): string {
  return `${total.mark} ${total.value} ${total.unit}`;
}

/** Sums of decimals (0.1 + 0.2) pick up floating-point noise that no source wrote. */
function withoutFloatNoise(value: number): number {
  return Number(value.toPrecision(12));
}

/** Code-point order, the same on every machine (localeCompare depends on the ICU build). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
