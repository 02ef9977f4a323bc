/**
 * The row tables of `--table`, built from reports and shared by the CSV, Markdown and terminal
 * writers: the flat ones (flat-tables.ts), and the analysis ones (compare, terms, summary), laid
 * out here from src/analyze, which need all reports at once.
 */
import { compareCategories, compareRows, type CompareCell } from '../analyze/compare.js';
import { summarise, summariseAcross } from '../analyze/summary.js';
import type { Coverage } from '../analyze/coverage.js';
import { termIndex, type TermUse } from '../analyze/terms.js';
import { formatTotal, type Total } from '../analyze/totals.js';
import type { Report } from '../model/report.js';
import { buildFlatTable, keywordText, shortForms, type Cell, type Table, type TableOptions } from './flat-tables.js';
import { isFlatTable, type TableKind } from './kinds.js';

export { TABLE_KINDS, tableNeedsKeywords, tableShowsKeywords, type TableKind } from './kinds.js';
export { cellText, entriesById, isNumericColumn, selectColumns, type Cell, type EntryKeywords, type Table, type TableOptions } from './flat-tables.js';

export function buildTable(reports: readonly Report[], kind: TableKind, options: TableOptions = {}): Table {
  if (isFlatTable(kind)) return buildFlatTable(reports, kind, options);
  switch (kind) {
    case 'compare':
      return compareTable(reports, options);
    case 'terms':
      return termsTable(reports);
    case 'summary':
      return summaryTable(reports);
  }
}

/**
 * Districts down, categories across, each cell the district's metrics of that category in short
 * form; with several reports, one group of columns per report, headed by the report's path.
 */
function compareTable(reports: readonly Report[], { keywords }: TableOptions): Table {
  const categories = compareCategories(reports);
  const groupColumns = ['section', ...categories, ...(keywords ? ['keywords'] : [])];
  const prefix = (report: Report) => (reports.length > 1 ? `${report.source.path}: ` : '');
  return {
    columns: ['district', 'code', ...reports.flatMap((report) => groupColumns.map((column) => prefix(report) + column))],
    rows: compareRows(reports).map((row) => [
      row.district,
      row.code,
      ...row.reports.flatMap((group): Cell[] => {
        if (!group) return groupColumns.map(() => null);
        const keywordCell = keywords ? [keywordText(group.entries.flatMap((entry) => keywords.get(entry) ?? []))] : [];
        return [group.section, ...categories.map((category) => compareCellText(group.cells[category])), ...keywordCell];
      }),
    ]),
  };
}

function compareCellText(cell: CompareCell | undefined): Cell {
  return cell ? shortForms(cell.metrics) : null;
}

/** Terms down, every district of the reports across, ● where the district uses the term. */
function termsTable(reports: readonly Report[]): Table {
  const districts = [...new Set(reports.flatMap((report) => report.entries.map((entry) => entry.district.name)))];
  return {
    columns: ['term', 'districts', 'variants', ...districts],
    rows: termIndex(reports).map((use) => [
      use.term,
      use.districts.length,
      use.variants.join('、'),
      ...districts.map((district) => (use.districts.includes(district) ? USED : null)),
    ]),
  };
}

const USED = '●';

/** What the report column of the summary says for the rows about all reports together. */
const ALL_REPORTS = 'all reports';

/** Item and value per line: meta, sections, coverage, totals and top terms of each report, then of all of them. */
function summaryTable(reports: readonly Report[]): Table {
  const rows: Cell[][] = [];
  const adder = (report: string) => (item: string, value: Cell) => rows.push([report, item, value]);
  for (const report of reports) {
    const summary = summarise(report);
    const add = adder(summary.path);
    for (const field of ['title', 'event', 'dates', 'venue', 'reporter'] as const) {
      if (summary.meta[field] !== null) add(field, summary.meta[field]);
    }
    for (const section of summary.sections) add(`section ${section.index}`, `${section.title} (${plural(section.entries, 'entry', 'entries')})`);
    add('entries', summary.entries);
    add('metrics', summary.metrics);
    addFindings(add, [summary.coverage], summary.totals, summary.terms);
  }
  if (reports.length > 1) {
    const across = summariseAcross(reports);
    const add = adder(ALL_REPORTS);
    add('reports', across.reports);
    add('entries', across.entries);
    add('metrics', across.metrics);
    addFindings(add, across.coverage, across.totals, across.terms);
  }
  return { columns: ['report', 'item', 'value'], rows };
}

function addFindings(add: (item: string, value: Cell) => void, coverages: readonly Coverage[], totals: readonly Total[], terms: readonly TermUse[]): void {
  for (const coverage of coverages) {
    add('coverage', coverage.label);
    if (coverage.missing.length > 0) add('missing', coverage.missing.map((place) => place.name).join('、'));
  }
  for (const total of totals) add(`total ${total.category}`, formatTotal(total));
  for (const use of terms) add('term', `${use.term} (${use.districts.length}): ${use.districts.join('、')}`);
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
