/**
 * Totals that do not lie: per category and unit, the sum of the stated values, marked `≥` when every
 * term is exact or a lower bound (余, 多, 逾, 以上, 上万) and `≈` as soon as one term is approximate
 * (近, 约, 左右), since 近500 may be 480 and a sum containing it is no longer a lower bound.
 * Different units never add (人次 and 人 count different things), and neither do categories
 * (个 of facilities and 个 of problems). A part of another metric (其中…, 立案…) is not added again.
 */
import { CATEGORIES, type Category, type Metric, type Qualifier } from '../model/report.js';

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
 * to nothing, so percentages are never summed.
 */
const UNITS_THAT_DO_NOT_ADD: ReadonlySet<string> = new Set(['%']);

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
