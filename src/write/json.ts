/**
 * The JSON writer: the schemaVersion 1 document of DESIGN.md, which CI scripts and researchers parse.
 * Output depends only on the reports (no timestamps, no absolute paths), so the same input always
 * gives byte-identical output.
 */
import { SCHEMA_VERSION, type Output, type Report } from '../model/report.js';
import { VERSION } from '../version.js';

export function renderJson(reports: readonly Report[]): string {
  const output: Output = {
    schemaVersion: SCHEMA_VERSION,
    generator: `cppcc-extract ${VERSION}`,
    reports: [...reports],
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
