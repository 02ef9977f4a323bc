/**
 * Districts side by side: one row per district, one cell per category (and per report, when several
 * reports are compared), holding that district's metrics of that category. Rows follow the first
 * report's section order; districts that only later reports name come after, in their order.
 */
import { CATEGORIES, type Category, type Entry, type Metric, type Report } from '../model/report.js';
import { totals, type Total } from './totals.js';

export interface CompareCell {
  metrics: Metric[];
  /** Per unit: the sum, a lower bound (≥) or an approximation (≈); see totals(). */
  totals: Total[];
}

/** One district in one report. */
export interface CompareGroup {
  section: number | null;
  entries: Entry[];
  cells: Partial<Record<Category, CompareCell>>;
}

export interface CompareRow {
  district: string;
  code: string;
  /** Aligned with the reports compared; null where a report has no entry for the district. */
  reports: (CompareGroup | null)[];
}

/** '考察调研230余次' = subject + raw, the subject left out when raw already holds it. */
export function metricShortForm(metric: Metric): string {
  const { subject, raw } = metric;
  return subject === null || raw.includes(subject) ? raw : `${subject}${raw}`;
}

/** The categories a comparison shows: every named one, and 'other' only when some metric falls there. */
export function compareCategories(reports: readonly Report[]): Category[] {
  const hasOther = reports.some((report) => report.metrics.some((metric) => metric.category === 'other'));
  return CATEGORIES.filter((category) => category !== 'other' || hasOther);
}

export function compareRows(reports: readonly Report[]): CompareRow[] {
  const rows = new Map<string, CompareRow>();
  reports.forEach((report, index) => {
    const metrics = metricsByEntry(report);
    for (const entry of report.entries) {
      const { name, code } = entry.district;
      let row = rows.get(code);
      if (!row) {
        row = { district: name, code, reports: reports.map(() => null) };
        rows.set(code, row);
      }
      // A district that speaks twice in one report (two passages) gets one group.
      const group = (row.reports[index] ??= { section: entry.section, entries: [], cells: {} });
      group.entries.push(entry);
      for (const metric of metrics.get(entry.id) ?? []) {
        const cell = (group.cells[metric.category] ??= { metrics: [], totals: [] });
        cell.metrics.push(metric);
      }
    }
  });
  for (const row of rows.values()) {
    for (const group of row.reports) {
      for (const cell of Object.values(group?.cells ?? {})) cell.totals = totals(cell.metrics);
    }
  }
  return [...rows.values()];
}

/** A report's metrics by the id of their entry (null: outside every entry), in document order. */
export function metricsByEntry(report: Report): Map<string | null, Metric[]> {
  const byEntry = new Map<string | null, Metric[]>();
  for (const metric of report.metrics) {
    const list = byEntry.get(metric.entry);
    if (list) list.push(metric);
    else byEntry.set(metric.entry, [metric]);
  }
  return byEntry;
}
