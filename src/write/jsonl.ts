/**
 * The JSON Lines writer: one metric per line, each carrying what it needs to stand alone (its
 * report's path, its district's code and its section), so a corpus can be streamed, grepped or
 * loaded line by line without joining back to the entries.
 */
import type { Report } from '../model/report.js';
import { entriesById } from './flat-tables.js';

export function renderJsonl(reports: readonly Report[]): string {
  return reports.map(jsonlReport).join('');
}

/** The lines of one report's metrics, each ending in a line break; empty for a report without metrics. */
export function jsonlReport(report: Report): string {
  const entries = entriesById(report);
  let text = '';
  for (const metric of report.metrics) {
    const entry = metric.entry === null ? undefined : entries.get(metric.entry);
    text += `${JSON.stringify({ report: report.source.path, ...metric, code: entry?.district.code ?? null, section: entry?.section ?? null })}\n`;
  }
  return text;
}
