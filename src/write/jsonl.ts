/**
 * The JSON Lines writer: one metric per line, each carrying what it needs to stand alone (its
 * report's path, its district's code and its section), so a corpus can be streamed, grepped or
 * loaded line by line without joining back to the entries.
 */
import type { Report } from '../model/report.js';
import { entriesById } from './tables.js';

export function renderJsonl(reports: readonly Report[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const entries = entriesById(report);
    for (const metric of report.metrics) {
      const entry = metric.entry === null ? undefined : entries.get(metric.entry);
      lines.push(
        JSON.stringify({
          report: report.source.path,
          ...metric,
          code: entry?.district.code ?? null,
          section: entry?.section ?? null,
        }),
      );
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}
