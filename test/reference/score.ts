/**
 * The project's own scoring of a report against the hand-made gold (test/reference/gold.json): entries
 * matched by district name, metrics by (district, value, unit) as a multiset, optional quantities
 * neither rewarded nor punished. The same rules as the shared scorer, so the suite fails on a fresh
 * clone where that scorer is absent.
 */
import type { Report } from '../../src/model/report.js';

export interface GoldMetric {
  district: string | null;
  value: number;
  unit: string;
  qualifier: string;
  category: string;
  surface: string;
  period?: string;
  acceptQualifiers?: string[];
  acceptCategories?: string[];
}

export interface GoldEntry {
  section: number;
  district: string;
  code: string;
  speaker: string;
  title: string;
}

export interface Gold {
  meta: Record<string, string>;
  sections: string[];
  entries: GoldEntry[];
  metrics: GoldMetric[];
  optional: { district: string | null; value: number; unit: string; surface: string }[];
  notMetrics: string[];
}

export interface MetricScore {
  found: GoldMetric[];
  missed: GoldMetric[];
  falsePositives: string[];
  wrongQualifier: string[];
  wrongCategory: string[];
  f1: number;
}

const squash = (text: string | null | undefined) => String(text ?? '').replace(/\s+/g, '');

export function scoreMetrics(report: Report, gold: Gold): MetricScore {
  const pool = gold.metrics.map((metric) => ({ metric, used: false }));
  const optional = gold.optional.map((metric) => ({ metric, used: false }));
  const score: MetricScore = { found: [], missed: [], falsePositives: [], wrongQualifier: [], wrongCategory: [], f1: 0 };
  for (const metric of report.metrics) {
    const sameDistrict = (district: string | null) => district === null || squash(district) === squash(metric.district);
    const hit = pool.find((x) => !x.used && x.metric.value === metric.value && x.metric.unit === metric.unit && sameDistrict(x.metric.district));
    if (hit) {
      hit.used = true;
      score.found.push(hit.metric);
      const label = `${metric.district} ${metric.raw}`;
      if (![hit.metric.qualifier, ...(hit.metric.acceptQualifiers ?? [])].includes(metric.qualifier)) score.wrongQualifier.push(`${label}: ${metric.qualifier}`);
      if (![hit.metric.category, ...(hit.metric.acceptCategories ?? [])].includes(metric.category)) score.wrongCategory.push(`${label}: ${metric.category}`);
      continue;
    }
    const spare = optional.find((x) => !x.used && x.metric.value === metric.value && (x.metric.unit === '*' || x.metric.unit === metric.unit) && sameDistrict(x.metric.district));
    if (spare) spare.used = true;
    else score.falsePositives.push(`${metric.district}|${metric.value}|${metric.unit} «${metric.raw}»`);
  }
  score.missed = pool.filter((x) => !x.used).map((x) => x.metric);
  const tp = score.found.length;
  const precision = tp + score.falsePositives.length ? tp / (tp + score.falsePositives.length) : 1;
  const recall = gold.metrics.length ? tp / gold.metrics.length : 1;
  score.f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return score;
}
