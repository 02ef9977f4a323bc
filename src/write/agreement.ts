/**
 * `cppcc-extract agree`: the agreement of two codings as a terminal report, Markdown (for a methods
 * appendix) or JSON. Scores have three decimals, as the reference scorer prints them, so the two can
 * be compared by eye.
 */
import type { Agreement, Disagreement } from '../analyze/agree.js';
import { renderMarkdown } from './markdown.js';
import { renderTextTable } from './table.js';
import type { AgreementFormat } from './kinds.js';
import type { Table } from './flat-tables.js';

export { AGREEMENT_FORMATS, type AgreementFormat } from './kinds.js';

export function renderAgreement(agreement: Agreement, format: AgreementFormat, options: { color?: boolean } = {}): string {
  if (format === 'json') return `${JSON.stringify(agreement, null, 2)}\n`;
  const renderTable = format === 'md' ? renderMarkdown : (table: Table) => renderTextTable(table, options);
  const { counts } = agreement;
  const kappa = agreement.kappa === null ? 'undefined (one category only)' : decimal(agreement.kappa);
  const lines = [
    `reference: ${agreement.reference} (${counts.reference} metrics)`,
    `compared:  ${agreement.other} (${counts.other} metrics, ${counts.optional} of them optional in the reference)`,
    `metrics: ${counts.matched}/${counts.reference} matched, ${counts.extra} extra; P=${decimal(agreement.precision)} R=${decimal(agreement.recall)} F1=${decimal(agreement.f1)}`,
    `among matched: qualifiers ${agreement.qualifiersAgreed}/${counts.matched}, categories ${agreement.categoriesAgreed}/${counts.matched}; Cohen's kappa (category) ${kappa}`,
  ];
  const heading = (text: string) => (format === 'md' ? `## ${text}` : text);
  const text = format === 'md' ? lines.map((line) => `${line}  `).join('\n') : lines.join('\n');
  const disagreements =
    agreement.disagreements.length === 0
      ? 'No disagreements.\n'
      : `${heading(`Disagreements (${agreement.disagreements.length})`)}\n\n${renderTable(disagreementTable(agreement.disagreements))}`;
  return `${text}\n\n${heading('Per category')}\n\n${renderTable(categoryTable(agreement))}\n${disagreements}`;
}

function categoryTable(agreement: Agreement): Table {
  return {
    columns: ['category', 'reference', 'found', 'compared', 'correct', 'P', 'R', 'F1'],
    rows: agreement.perCategory.map((c) => [c.category, c.reference, c.found, c.other, c.correct, decimal(c.precision), decimal(c.recall), decimal(c.f1)]),
  };
}

/** missing: in the reference only; extra: in the compared coding only; category, qualifier: coded differently. */
function disagreementTable(disagreements: readonly Disagreement[]): Table {
  return {
    columns: ['line', 'kind', 'district', 'value', 'unit', 'raw', 'reference', 'compared'],
    rows: disagreements.map((d) => [d.line, d.kind, d.district, d.value, d.unit, d.raw, d.reference, d.other]),
  };
}

function decimal(value: number): string {
  return value.toFixed(3);
}
