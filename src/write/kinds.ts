/**
 * The tables `--table` and the agreement formats `agree --format` can ask for, apart from the code
 * that builds them, so that the command line can list and check them without loading the writers
 * and the analyses behind them.
 */
export type TableKind = 'metrics' | 'entries' | 'numbers' | 'compare' | 'terms' | 'quotes' | 'keywords' | 'summary';

export const TABLE_KINDS: readonly TableKind[] = ['metrics', 'entries', 'numbers', 'compare', 'terms', 'quotes', 'keywords', 'summary'];

/** The tables whose rows each belong to one report (flat-tables.ts); the others need all reports at once. */
export type FlatTableKind = Exclude<TableKind, 'compare' | 'terms' | 'summary'>;

export function isFlatTable(kind: TableKind): kind is FlatTableKind {
  return kind !== 'compare' && kind !== 'terms' && kind !== 'summary';
}

/** The tables that need keywords whatever the options say. */
export function tableNeedsKeywords(kind: TableKind): boolean {
  return kind === 'keywords';
}

/** The tables that show keywords when they are given. */
export function tableShowsKeywords(kind: TableKind): boolean {
  return kind === 'entries' || kind === 'compare' || tableNeedsKeywords(kind);
}

export type AgreementFormat = 'table' | 'md' | 'json';

export const AGREEMENT_FORMATS: readonly AgreementFormat[] = ['table', 'md', 'json'];
