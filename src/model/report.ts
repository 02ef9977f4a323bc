/**
 * The data contract (JSON schemaVersion 1): what `cppcc-extract --format json` writes and what
 * `extract()` returns. Field names are the contract; see DESIGN.md. Fields may be added, never renamed.
 */

export const SCHEMA_VERSION = 1;

export type InputFormat = 'txt' | 'md' | 'html';

export type Qualifier = 'exact' | 'over' | 'at_least' | 'nearly' | 'about';

export const QUALIFIERS: readonly Qualifier[] = ['exact', 'over', 'at_least', 'nearly', 'about'];

export type Category =
  | 'activities'
  | 'people'
  | 'money'
  | 'facilities'
  | 'coverage'
  | 'outputs'
  | 'problems'
  | 'members'
  | 'percent'
  | 'other';

export const CATEGORIES: readonly Category[] = [
  'activities',
  'people',
  'money',
  'facilities',
  'coverage',
  'outputs',
  'problems',
  'members',
  'percent',
  'other',
];

export type NumberKind = 'metric' | 'date' | 'ordinal' | 'slogan' | 'enumeration' | 'other';

export const NUMBER_KINDS: readonly NumberKind[] = ['metric', 'date', 'ordinal', 'slogan', 'enumeration', 'other'];

/** A place in the original input: 1-based line and column (code points), 0-based code-point offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Source {
  path: string;
  format: InputFormat;
  encoding: string;
  bytes: number;
  sha256: string;
}

export interface Meta {
  title: string | null;
  subtitle: string | null;
  reporter: string | null;
  event: string | null;
  dates: string | null;
  venue: string | null;
}

export interface Section {
  index: number;
  title: string;
  line: number;
}

export interface District {
  name: string;
  code: string;
  province: string;
  city: string | null;
}

export interface Speaker {
  name: string;
  title: string;
  line: number;
}

export interface Quote {
  text: string;
  speaker: string | null;
  line: number;
}

export interface Entry {
  id: string;
  section: number | null;
  district: District;
  speakers: Speaker[];
  text: string;
  lines: [number, number];
  terms: string[];
  quotes: Quote[];
  /** The passage's pieces in `Report.blocks`, in order; `text` is their text joined by line breaks. */
  spans: TextSpan[];
}

/** Where a number sits in the normalised text of `Report.blocks`, for writers that show the text. */
export interface TextSpan {
  /** Index into `Report.blocks`. */
  block: number;
  /** [start, end) in UTF-16 code units of that block's text. */
  span: [number, number];
}

export interface Metric extends Position, TextSpan {
  id: string;
  entry: string | null;
  district: string | null;
  value: number;
  /** A range's upper end in the same base units (20至30次: value 20, upper 30), or null. */
  upper: number | null;
  unit: string;
  qualifier: Qualifier;
  category: Category;
  subject: string | null;
  period: string | null;
  /** The id of the metric this one is a part of (其中重点提案15件 of 收到提案315件, 立案286件 of 提交提案312件), or null. */
  partOf: string | null;
  raw: string;
}

export interface NumberMention extends Position, TextSpan {
  kind: NumberKind;
  raw: string;
  value: number | null;
  reason: string;
  metric: string | null;
}

export interface Warning {
  code: string;
  message: string;
  line: number | null;
  column: number | null;
}

/**
 * `row`: a row of a statistics table, read as one sentence (src/read/table.ts).
 * `furniture` is what belongs to the page, not to the report: a newspaper page's running head or
 * foot (`四川政协报 2025年1月10日 星期五 责任编辑 李某 3 要闻`), a jump line (`（下转第3版）`), an
 * editor's credit (`编辑：王丽`, `（责任编辑：陈静）`), a WeChat article's info line and buttons
 * (`原创 洛阳政协 2025年06月12日`, `阅读原文`), a web page's `【关闭窗口】`.
 */
export type BlockKind = 'title' | 'subtitle' | 'caption' | 'byline' | 'heading' | 'paragraph' | 'row' | 'furniture';

/** The normalised text in reading order: PDF damage repaired, markup gone. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
  line: number;
}

export interface Report {
  source: Source;
  meta: Meta;
  sections: Section[];
  entries: Entry[];
  metrics: Metric[];
  numbers: NumberMention[];
  warnings: Warning[];
  blocks: TextBlock[];
}

export interface Output {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: string;
  reports: Report[];
}
