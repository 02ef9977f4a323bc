/**
 * The JSON data contract of DESIGN.md (schemaVersion 1), written out as data so that a test can
 * hold any output against it: every field name and type of Report, Source, Meta, Section, Entry,
 * Metric, NumberMention and Warning, with qualifiers, categories and kinds taken from the
 * enumerations in src/model/report.ts. Fields beyond these are allowed (the contract says fields may
 * be added); a missing or mistyped one is a violation.
 *
 * It also checks what the field types alone cannot: that references between records resolve
 * (metric → entry, number → metric), that ids are unique, and that every metric is listed once
 * among the numbers — the "nothing silently dropped" promise.
 *
 * `contractViolations` returns every violation as `path: problem`, so that a failing test shows all
 * of them at once rather than the first.
 */
import { CATEGORIES, NUMBER_KINDS, QUALIFIERS } from '../../src/model/report.js';

type Shape =
  | { readonly type: 'string'; readonly pattern?: RegExp; readonly nonEmpty?: boolean }
  | { readonly type: 'integer'; readonly min: number }
  | { readonly type: 'number' }
  | { readonly type: 'literal'; readonly value: unknown }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'nullable'; readonly shape: Shape }
  | { readonly type: 'array'; readonly items: Shape }
  | { readonly type: 'tuple'; readonly items: readonly Shape[] }
  | { readonly type: 'object'; readonly fields: Readonly<Record<string, Shape>> };

const text = (constraints: { pattern?: RegExp; nonEmpty?: boolean } = {}): Shape => ({ type: 'string', ...constraints });
const integer = (min: number): Shape => ({ type: 'integer', min });
/** A finite number: JSON has no Infinity or NaN, and JSON.stringify silently writes them as null. */
const finite: Shape = { type: 'number' };
const oneOf = (values: readonly string[]): Shape => ({ type: 'enum', values });
const nullable = (shape: Shape): Shape => ({ type: 'nullable', shape });
const arrayOf = (items: Shape): Shape => ({ type: 'array', items });
const object = (fields: Record<string, Shape>): Shape => ({ type: 'object', fields });

const line = integer(1);
const column = integer(1);
const offset = integer(0);

const SOURCE = object({
  path: text(),
  format: oneOf(['txt', 'md', 'html']),
  encoding: text({ nonEmpty: true }),
  bytes: integer(0),
  sha256: text({ pattern: /^[0-9a-f]{64}$/ }),
});

const META = object({
  title: nullable(text()),
  subtitle: nullable(text()),
  reporter: nullable(text()),
  event: nullable(text()),
  dates: nullable(text()),
  venue: nullable(text()),
});

const SECTION = object({ index: integer(1), title: text(), line });

const ENTRY = object({
  id: text({ nonEmpty: true }),
  section: nullable(integer(1)),
  district: object({
    name: text({ nonEmpty: true }),
    code: text({ pattern: /^\d{6}$/ }),
    province: text(),
    city: nullable(text()),
  }),
  speakers: arrayOf(object({ name: text({ nonEmpty: true }), title: text({ nonEmpty: true }), line })),
  text: text(),
  lines: { type: 'tuple', items: [line, line] },
  terms: arrayOf(text()),
  quotes: arrayOf(object({ text: text(), speaker: nullable(text()), line })),
});

const METRIC = object({
  id: text({ nonEmpty: true }),
  entry: nullable(text()),
  district: nullable(text()),
  value: finite,
  unit: text({ nonEmpty: true }),
  qualifier: oneOf(QUALIFIERS),
  category: oneOf(CATEGORIES),
  subject: nullable(text()),
  period: nullable(text()),
  raw: text({ nonEmpty: true }),
  line,
  column,
  offset,
});

const NUMBER_MENTION = object({
  kind: oneOf(NUMBER_KINDS),
  raw: text({ nonEmpty: true }),
  // The issue: --strict fails on a number of kind `other` with no reason, so every number has one.
  reason: text({ nonEmpty: true }),
  line,
  column,
  offset,
});

const WARNING = object({
  code: text({ nonEmpty: true }),
  message: text({ nonEmpty: true }),
  line: nullable(line),
  column: nullable(column),
});

const REPORT = object({
  source: SOURCE,
  meta: META,
  sections: arrayOf(SECTION),
  entries: arrayOf(ENTRY),
  metrics: arrayOf(METRIC),
  numbers: arrayOf(NUMBER_MENTION),
  warnings: arrayOf(WARNING),
});

const OUTPUT = object({
  schemaVersion: { type: 'literal', value: 1 },
  generator: text({ pattern: /^cppcc-extract \d+\.\d+\.\d+/ }),
  reports: arrayOf(REPORT),
});

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : `${typeof value} ${String(value)}`;
}

function checkShape(value: unknown, shape: Shape, path: string, problems: string[]): void {
  const fail = (expected: string): void => {
    problems.push(`${path}: expected ${expected}, got ${describeValue(value)}`);
  };
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') return fail('a string');
      if (shape.nonEmpty && value === '') return fail('a non-empty string');
      if (shape.pattern && !shape.pattern.test(value)) return fail(`a string matching ${shape.pattern}`);
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < shape.min) return fail(`an integer ≥ ${shape.min}`);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('a finite number');
      return;
    case 'literal':
      if (value !== shape.value) return fail(JSON.stringify(shape.value));
      return;
    case 'enum':
      if (typeof value !== 'string' || !shape.values.includes(value)) return fail(`one of ${shape.values.join('|')}`);
      return;
    case 'nullable':
      if (value !== null) checkShape(value, shape.shape, path, problems);
      return;
    case 'array':
      if (!Array.isArray(value)) return fail('an array');
      value.forEach((item, i) => checkShape(item, shape.items, `${path}[${i}]`, problems));
      return;
    case 'tuple':
      if (!Array.isArray(value) || value.length !== shape.items.length) return fail(`an array of ${shape.items.length}`);
      shape.items.forEach((item, i) => checkShape(value[i], item, `${path}[${i}]`, problems));
      return;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('an object');
      const record = value as Record<string, unknown>;
      for (const [name, field] of Object.entries(shape.fields)) {
        if (!(name in record)) problems.push(`${path}.${name}: missing`);
        else checkShape(record[name], field, `${path}.${name}`, problems);
      }
      return;
    }
  }
}

interface LooseReport {
  sections: { index: number }[];
  entries: { id: string; district: { name: string } }[];
  metrics: { id: string; entry: string | null; district: string | null; offset: number }[];
  numbers: { kind: string; metric?: string | null }[];
}

/** What field types cannot say: references resolve, ids are unique, order and counts agree. */
function checkReferences(report: LooseReport, path: string, problems: string[]): void {
  report.sections.forEach((section, i) => {
    if (section.index !== i + 1) problems.push(`${path}.sections[${i}].index: expected ${i + 1} (1-based, in order), got ${section.index}`);
  });
  const entries = new Map(report.entries.map((entry) => [entry.id, entry]));
  if (entries.size !== report.entries.length) problems.push(`${path}.entries: ids are not unique`);
  const metricIds = new Set(report.metrics.map((metric) => metric.id));
  if (metricIds.size !== report.metrics.length) problems.push(`${path}.metrics: ids are not unique`);

  report.metrics.forEach((metric, i) => {
    const where = `${path}.metrics[${i}]`;
    if (metric.entry === null) {
      if (metric.district !== null) problems.push(`${where}.district: ${metric.district} without an entry`);
    } else {
      const entry = entries.get(metric.entry);
      if (!entry) problems.push(`${where}.entry: no entry ${metric.entry}`);
      else if (metric.district !== entry.district.name) problems.push(`${where}.district: ${metric.district}, but entry ${entry.id} is ${entry.district.name}`);
    }
    const previous = report.metrics[i - 1];
    if (previous && previous.offset > metric.offset) problems.push(`${where}: not in document order (offset ${metric.offset} after ${previous.offset})`);
  });

  // Every metric is one of the numbers, and every number of kind `metric` is one of the metrics.
  const listed = new Map<string, number>();
  report.numbers.forEach((number, i) => {
    const where = `${path}.numbers[${i}]`;
    const metric = number.metric ?? null;
    if ((number.kind === 'metric') !== (metric !== null)) problems.push(`${where}: kind ${number.kind} with metric ${metric}`);
    if (metric === null) return;
    if (!metricIds.has(metric)) problems.push(`${where}.metric: no metric ${metric}`);
    listed.set(metric, (listed.get(metric) ?? 0) + 1);
  });
  for (const id of metricIds) {
    if (listed.get(id) !== 1) problems.push(`${path}.numbers: metric ${id} is listed ${listed.get(id) ?? 0} times`);
  }
}

/** Every way a parsed `--format json` document falls short of the contract; empty when it holds. */
export function contractViolations(output: unknown): string[] {
  const problems: string[] = [];
  checkShape(output, OUTPUT, 'output', problems);
  if (problems.length > 0) return problems;
  (output as { reports: LooseReport[] }).reports.forEach((report, i) => checkReferences(report, `output.reports[${i}]`, problems));
  return problems;
}
