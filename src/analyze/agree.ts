/**
 * Agreement between two codings of one report's metrics — a hand-coded file and the tool, or coder A
 * and coder B — for researchers who must report reliability. Metrics match by (district, value,
 * unit) as a multiset, the rule of the reference scorer (../shared/eval/score.mjs): a reference
 * district of null matches any, and the reference's optional quantities are neither rewarded nor
 * punished. Then precision, recall and F1, overall and per category; Cohen's kappa for category
 * among matched metrics; and every disagreement with its line.
 */
import { CATEGORIES } from '../model/report.js';
import type { CodedMetric, CodedSet } from './coded.js';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface CategoryAgreement extends Scores {
  category: string;
  /** Metrics of this category in the reference coding, and how many of them the other coding has, in an agreeing category. */
  reference: number;
  found: number;
  /** Metrics of this category in the other coding (optional matches aside), and how many of them the reference has, in an agreeing category. */
  other: number;
  correct: number;
}

export type DisagreementKind = 'missing' | 'extra' | 'category' | 'qualifier';

export interface Disagreement {
  kind: DisagreementKind;
  line: number | null;
  district: string | null;
  value: number;
  unit: string;
  raw: string | null;
  /** The reference's and the other coding's value of what differs (category or qualifier). */
  reference: string | null;
  other: string | null;
}

export interface Agreement extends Scores {
  reference: string;
  other: string;
  /** Reference metrics; the other coding's metrics; matches; the other's that matched an optional quantity; the other's that matched nothing. */
  counts: { reference: number; other: number; matched: number; optional: number; extra: number };
  /** Among matched metrics: how many agree on the qualifier and on the category. */
  qualifiersAgreed: number;
  categoriesAgreed: number;
  /** Cohen's kappa for category among matched metrics; null when undefined (no match, or one category only on both sides). */
  kappa: number | null;
  perCategory: CategoryAgreement[];
  disagreements: Disagreement[];
}

interface Match {
  reference: CodedMetric;
  other: CodedMetric;
}

export function agreement(reference: CodedSet, other: CodedSet): Agreement {
  const pool = reference.metrics.map((metric) => ({ metric, used: false }));
  const optional = reference.optional.map((metric) => ({ metric, used: false }));
  const matches: Match[] = [];
  const extra: CodedMetric[] = [];
  let optionalMatched = 0;
  for (const metric of other.metrics) {
    const hit = pool.find((x) => !x.used && sameQuantity(x.metric, metric, false));
    if (hit) {
      hit.used = true;
      matches.push({ reference: hit.metric, other: metric });
      continue;
    }
    const spare = optional.find((x) => !x.used && sameQuantity(x.metric, metric, true));
    if (spare) {
      spare.used = true;
      optionalMatched++;
    } else extra.push(metric);
  }
  const missing = pool.filter((x) => !x.used).map((x) => x.metric);
  const scored = other.metrics.length - optionalMatched;
  const lineOf = locator([reference, other]);

  const disagreements: Disagreement[] = [
    ...missing.map((metric) => disagreement('missing', metric, lineOf(metric), null, null)),
    ...extra.map((metric) => disagreement('extra', metric, lineOf(metric), null, null)),
  ];
  for (const { reference: ref, other: got } of matches) {
    const line = lineOf(got) ?? lineOf(ref);
    if (!qualifierAgrees(ref, got)) disagreements.push(disagreement('qualifier', got, line, ref.qualifier, got.qualifier));
    if (!categoryAgrees(ref, got)) disagreements.push(disagreement('category', got, line, ref.category, got.category));
  }
  disagreements.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));

  return {
    reference: reference.name,
    other: other.name,
    ...scores(matches.length, scored, reference.metrics.length),
    counts: { reference: reference.metrics.length, other: other.metrics.length, matched: matches.length, optional: optionalMatched, extra: extra.length },
    qualifiersAgreed: matches.filter((match) => qualifierAgrees(match.reference, match.other)).length,
    categoriesAgreed: matches.filter((match) => categoryAgrees(match.reference, match.other)).length,
    kappa: categoryKappa(matches),
    perCategory: perCategory(reference.metrics, [...matches.map((match) => match.other), ...extra], matches),
    disagreements,
  };
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, '');

function sameQuantity(reference: CodedMetric, other: CodedMetric, anyUnit: boolean): boolean {
  return (
    reference.value === other.value &&
    ((anyUnit && reference.unit === '*') || squash(reference.unit) === squash(other.unit)) &&
    (reference.district === null || squash(reference.district) === squash(other.district))
  );
}

/** A coding without a qualifier (a CSV that left the column out) says exact, as the scorer reads it. */
function qualifierAgrees(reference: CodedMetric, other: CodedMetric): boolean {
  return [reference.qualifier ?? 'exact', ...reference.acceptQualifiers].includes(other.qualifier ?? 'exact');
}

function categoryAgrees(reference: CodedMetric, other: CodedMetric): boolean {
  return [reference.category, ...reference.acceptCategories].includes(other.category);
}

function scores(correct: number, claimed: number, expected: number): Scores {
  return withF1(claimed ? correct / claimed : 1, expected ? correct / expected : 1);
}

function withF1(precision: number, recall: number): Scores {
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * (p_o − p_e) / (1 − p_e) over the matched pairs. A category the reference accepts as an alternative
 * counts as the reference's label for that pair, so accepted codings are agreements here too.
 */
function categoryKappa(matches: readonly Match[]): number | null {
  if (matches.length === 0) return null;
  const referenceLabels = new Map<string, number>();
  const otherLabels = new Map<string, number>();
  let agreed = 0;
  for (const match of matches) {
    const label = categoryAgrees(match.reference, match.other) ? match.other.category : match.reference.category;
    if (label === match.other.category) agreed++;
    referenceLabels.set(label, (referenceLabels.get(label) ?? 0) + 1);
    otherLabels.set(match.other.category, (otherLabels.get(match.other.category) ?? 0) + 1);
  }
  const n = matches.length;
  const expected = [...referenceLabels].reduce((sum, [label, count]) => sum + (count / n) * ((otherLabels.get(label) ?? 0) / n), 0);
  if (expected === 1) return null;
  return (agreed / n - expected) / (1 - expected);
}

/**
 * Per category, a metric coded in it on one side counts as found when the other side has it with an
 * agreeing category: recall over the reference's metrics of that category, precision over the
 * other's (optional matches aside).
 */
function perCategory(reference: readonly CodedMetric[], scoredOther: readonly CodedMetric[], matches: readonly Match[]): CategoryAgreement[] {
  const agreeing = matches.filter((match) => categoryAgrees(match.reference, match.other));
  const named = new Set([...reference, ...scoredOther].map((metric) => metric.category));
  const known: readonly string[] = CATEGORIES;
  const categories = [...CATEGORIES.filter((category) => named.has(category)), ...[...named].filter((category) => !known.includes(category))];
  return categories.map((category) => {
    const counts = {
      reference: reference.filter((metric) => metric.category === category).length,
      found: agreeing.filter((match) => match.reference.category === category).length,
      other: scoredOther.filter((metric) => metric.category === category).length,
      correct: agreeing.filter((match) => match.other.category === category).length,
    };
    return {
      category,
      ...counts,
      ...withF1(counts.other ? counts.correct / counts.other : 1, counts.reference ? counts.found / counts.reference : 1),
    };
  });
}

/**
 * A metric's line: its own, or, for a coding that has none (a gold file), the line of a numeral the
 * other coding read there — the same value, its characters within the coded text.
 */
function locator(sets: readonly CodedSet[]): (metric: CodedMetric) => number | null {
  const numerals = sets.flatMap((set) => set.numerals);
  return (metric) => {
    if (metric.line !== null) return metric.line;
    const text = squash(metric.raw);
    return numerals.find((numeral) => numeral.value === metric.value && text.includes(squash(numeral.raw)))?.line ?? null;
  };
}

function disagreement(kind: DisagreementKind, metric: CodedMetric, line: number | null, reference: string | null, other: string | null): Disagreement {
  return { kind, line, district: metric.district, value: metric.value, unit: metric.unit, raw: metric.raw, reference, other };
}
