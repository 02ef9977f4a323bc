/**
 * The JSON writer: the schemaVersion 1 document of DESIGN.md, which CI scripts and researchers parse,
 * and, for `--table compare`, the comparison with each cell as metric ids and per-unit totals.
 * Output depends only on the reports (no timestamps, no absolute paths), so the same input always
 * gives byte-identical output.
 */
import { compareCategories, compareRows } from '../analyze/compare.js';
import { SCHEMA_VERSION, type Output, type Report } from '../model/report.js';
import { VERSION } from '../version.js';
import type { EntryKeywords } from './flat-tables.js';

const GENERATOR = `cppcc-extract ${VERSION}`;

export function renderJson(reports: readonly Report[]): string {
  if (reports.length === 0) return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, generator: GENERATOR, reports: [] } satisfies Output, null, 2)}\n`;
  return `${JSON_HEAD}${reports.map(jsonReport).join(JSON_SEPARATOR)}${JSON_TAIL}`;
}

/*
 * The document in pieces, so that a corpus can be written one report at a time and still be one
 * JSON document, byte for byte what JSON.stringify(output, null, 2) gives: the envelope up to the
 * reports array, each report indented to its place, commas between them, and the closing brackets.
 */
export const JSON_HEAD = `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "generator": ${JSON.stringify(GENERATOR)},\n  "reports": [\n`;
export const JSON_SEPARATOR = ',\n';
export const JSON_TAIL = '\n  ]\n}\n';

/**
 * One report as an element of the reports array, indented to its place: nested two arrays deep,
 * JSON.stringify indents it by four spaces itself, and the brackets around it ("[\n  [\n" and
 * "\n  ]\n]", six characters each) are cut off — no second pass over a long text to re-indent it.
 */
export function jsonReport(report: Report): string {
  return JSON.stringify([[report]], null, 2).slice(6, -6);
}

/**
 * `{ schemaVersion, generator, table: 'compare', reports: [path…], categories: [...], rows: [{ district,
 * code, reports: [{ section, entries, cells: { activities: { metrics: ['m2', 'm3'], totals: [{ unit,
 * value, mark }] }, … }, keywords? } | null, …] }] }`. Each total is a numeric lower bound when its
 * mark is ≥, an approximation when ≈; a cell has one per unit, since units never add.
 */
export function renderCompareJson(reports: readonly Report[], keywords?: EntryKeywords): string {
  const categories = compareCategories(reports);
  const output = {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    table: 'compare',
    reports: reports.map((report) => report.source.path),
    categories,
    rows: compareRows(reports).map((row) => ({
      district: row.district,
      code: row.code,
      reports: row.reports.map((group) =>
        group === null
          ? null
          : {
              section: group.section,
              entries: group.entries.map((entry) => entry.id),
              cells: Object.fromEntries(
                categories.map((category) => {
                  const cell = group.cells[category];
                  return [
                    category,
                    {
                      metrics: cell?.metrics.map((metric) => metric.id) ?? [],
                      totals: cell?.totals.map(({ unit, value, mark }) => ({ unit, value, mark })) ?? [],
                    },
                  ];
                }),
              ),
              ...(keywords ? { keywords: group.entries.flatMap((entry) => keywords.get(entry) ?? []) } : {}),
            },
      ),
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
