/**
 * What a report is about at a glance: its event, dates and venue, its sections with how many
 * districts speak in each, coverage, totals by category and the most widely used terms — and the
 * same across reports, when several are read together.
 */
import type { Meta, Report } from '../model/report.js';
import { coverage, coverageAcross, type Coverage } from './coverage.js';
import { termIndex, type TermUse } from './terms.js';
import { addends, totals, type Total } from './totals.js';

export interface SectionSummary {
  index: number;
  title: string;
  entries: number;
}

export interface ReportSummary {
  path: string;
  meta: Meta;
  sections: SectionSummary[];
  entries: number;
  metrics: number;
  warnings: number;
  coverage: Coverage;
  totals: Total[];
  /** The most widely used terms, at most TOP_TERMS. */
  terms: TermUse[];
}

export interface CorpusSummary {
  reports: number;
  entries: number;
  metrics: number;
  coverage: Coverage[];
  totals: Total[];
  terms: TermUse[];
}

export const TOP_TERMS = 5;

export function summarise(report: Report): ReportSummary {
  return {
    path: report.source.path,
    meta: report.meta,
    sections: report.sections.map(({ index, title }) => ({
      index,
      title,
      entries: report.entries.filter((entry) => entry.section === index).length,
    })),
    entries: report.entries.length,
    metrics: report.metrics.length,
    warnings: report.warnings.length,
    coverage: coverage(report),
    totals: totals(addends(report)),
    terms: termIndex([report]).slice(0, TOP_TERMS),
  };
}

export function summariseAcross(reports: readonly Report[]): CorpusSummary {
  return {
    reports: reports.length,
    entries: reports.reduce((sum, report) => sum + report.entries.length, 0),
    metrics: reports.reduce((sum, report) => sum + report.metrics.length, 0),
    coverage: coverageAcross(reports),
    totals: totals(reports.flatMap(addends)),
    terms: termIndex(reports).slice(0, TOP_TERMS),
  };
}
