/**
 * The reference report through the real pipeline, for analysis tests that must show what the issue
 * asks of it (38/38 coverage, 渝事好商量 in eight districts, the people totals …). Extracted once
 * per test file.
 */
import { readFileSync } from 'node:fs';
import type { Report } from '../../src/model/report.js';
import { extract } from '../../src/pipeline.js';

export const REFERENCE_PATH = 'fixtures/cq-cppcc-study-session-4.txt';

export const REFERENCE_BYTES = readFileSync(new URL(`../../${REFERENCE_PATH}`, import.meta.url));

export const referenceReport: Report = await extract(REFERENCE_BYTES, { path: REFERENCE_PATH });

/** Order of the districts in the gold standard: section by section, as the report prints them. */
export const GOLD_ORDER: readonly string[] = (
  JSON.parse(readFileSync(new URL('../reference/gold.json', import.meta.url), 'utf8')) as { entries: { district: string }[] }
).entries.map((entry) => entry.district);
