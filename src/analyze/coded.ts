/**
 * Coded metrics: what a person or the tool says the metrics of one report are, in one shape for
 * `agree` to compare, whichever file they came from — a CSV with the metrics table's columns, the
 * JSON contract (`--format json`, or one Report), or the gold format of the reference report
 * (metrics with their `surface`, optional quantities, accepted alternatives).
 */
import { parse } from 'csv-parse/sync';
import type { Metric, Report } from '../model/report.js';

export interface CodedMetric {
  /** null in a gold file: any district. */
  district: string | null;
  value: number;
  /** '*' in a gold file's optional quantities: any unit. */
  unit: string;
  qualifier: string | null;
  category: string;
  /** The source characters, when the coder recorded them. */
  raw: string | null;
  line: number | null;
  /** Gold files may accept other codings of a hard case. */
  acceptCategories: string[];
  acceptQualifiers: string[];
}

export interface CodedSet {
  name: string;
  metrics: CodedMetric[];
  /** Quantities a coder may list or not, neither rewarded nor punished (gold files only). */
  optional: CodedMetric[];
  /** Every numeral with its line, when known: it tells where a metric the other coder missed stands. */
  numerals: { value: number | null; raw: string; line: number }[];
}

/** A coded file that cannot be read as one of the formats above. */
export class CodedFileError extends Error {}

/** CSV columns a coded file must have; the others (qualifier, raw, line, subject …) are optional. */
const REQUIRED_COLUMNS = ['district', 'value', 'unit', 'category'];

export function codedFromReport(report: Report, name: string = report.source.path): CodedSet {
  const districts = new Map(report.entries.map((entry) => [entry.id, entry.district.name]));
  return {
    name,
    metrics: report.metrics.map((metric) => codedFromMetric(metric, metric.district ?? (metric.entry === null ? null : (districts.get(metric.entry) ?? null)))),
    optional: [],
    numerals: report.numbers.map(({ value, raw, line }) => ({ value, raw, line })),
  };
}

/** A CSV whose header names at least the required columns; other columns are ignored. */
export function codedFromCsv(text: string, name: string): CodedSet {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (error) {
    throw new CodedFileError(`not a readable CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const columns = new Set(Object.keys(rows[0] ?? {}));
  const absent = REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  if (rows.length > 0 && absent.length > 0) throw new CodedFileError(`the CSV has no column ${absent.join(', ')}`);
  const metrics = rows.map((row, i) => {
    const value = Number(row['value']);
    if (row['value'] === '' || !Number.isFinite(value)) throw new CodedFileError(`row ${i + 2}: value '${row['value']}' is not a number`);
    const line = Number(row['line']);
    return {
      district: blankToNull(row['district']),
      value,
      unit: row['unit']!,
      qualifier: blankToNull(row['qualifier']),
      category: row['category']!,
      raw: blankToNull(row['raw']),
      line: row['line'] && Number.isInteger(line) ? line : null,
      acceptCategories: [],
      acceptQualifiers: [],
    };
  });
  return { name, metrics, optional: [], numerals: [] };
}

/** The JSON contract (an Output with one report, or a Report) or a gold file. */
export function codedFromJson(text: string, name: string): CodedSet {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CodedFileError(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(data)) throw new CodedFileError('the JSON is not an object');
  if (Array.isArray(data['reports'])) {
    const reports = data['reports'] as Report[];
    if (reports.length !== 1) throw new CodedFileError(`the JSON holds ${reports.length} reports; agree compares one report`);
    return codedFromReport(reports[0]!, name);
  }
  if (isObject(data['source']) && Array.isArray(data['metrics'])) return codedFromReport(data as unknown as Report, name);
  if (Array.isArray(data['metrics'])) return codedFromGold(data, name);
  throw new CodedFileError('the JSON is neither cppcc-extract output nor a gold file (no reports, no metrics)');
}

interface GoldMetric {
  district?: string | null;
  value: number;
  unit: string;
  qualifier?: string;
  category?: string;
  surface?: string;
  acceptCategories?: string[];
  acceptQualifiers?: string[];
}

function codedFromGold(gold: Record<string, unknown>, name: string): CodedSet {
  const fromGold = (metric: GoldMetric): CodedMetric => ({
    district: metric.district ?? null,
    value: Number(metric.value),
    unit: metric.unit,
    qualifier: metric.qualifier ?? null,
    category: metric.category ?? '',
    raw: metric.surface ?? null,
    line: null,
    acceptCategories: metric.acceptCategories ?? [],
    acceptQualifiers: metric.acceptQualifiers ?? [],
  });
  return {
    name,
    metrics: (gold['metrics'] as GoldMetric[]).map(fromGold),
    optional: ((gold['optional'] as GoldMetric[] | undefined) ?? []).map(fromGold),
    numerals: [],
  };
}

function codedFromMetric(metric: Metric, district: string | null): CodedMetric {
  return {
    district,
    value: metric.value,
    unit: metric.unit,
    qualifier: metric.qualifier,
    category: metric.category,
    raw: metric.raw,
    line: metric.line,
    acceptCategories: [],
    acceptQualifiers: [],
  };
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text === '' ? null : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
