/**
 * Every numeral of a document, with its kind and reason, and for the metrics among them the
 * category, subject and period. Works block by block on the normalised text; positions stay in
 * the block's coordinates until the report is assembled.
 */
import type { Category, NumberKind } from '../model/report.js';
import { isBodyText, type Document } from '../model/document.js';
import type { PlaceMatch } from '../gazetteer/index.js';
import { classify } from './classify.js';
import { categorise, periodOf, subjectOf } from './describe.js';
import { lowerBound } from '../model/sorted.js';
import { insideNumberWord } from './lexicon.js';
import { scanQuantities, type Quantity } from './numerals.js';
import { quoteIndex, type QuoteIndex } from './quotes.js';

export interface NumberFinding {
  readonly block: number;
  readonly quantity: Quantity;
  readonly kind: NumberKind;
  readonly reason: string;
  /** Present when kind is 'metric'. */
  readonly metric?: { readonly category: Category; readonly subject: string | null; readonly period: string | null };
}

/** Spans that must not be read as numbers: place names (九龙坡区, 万州) and speakers' names. */
export type ProtectedSpans = ReadonlyMap<number, readonly { start: number; end: number }[]>;

/** `quotesOf(block)` gives a block's quotes; the caller may share it with later stages. */
export function findNumbers(
  document: Document,
  places: ReadonlyMap<number, readonly PlaceMatch[]>,
  names: ProtectedSpans = new Map(),
  quotesOf: (block: number) => QuoteIndex = (block) => quoteIndex(document.blocks[block]!.text.text),
): NumberFinding[] {
  const findings: NumberFinding[] = [];
  document.blocks.forEach((block, blockIndex) => {
    const text = block.text.text;
    const guards = [...(places.get(blockIndex) ?? []), ...(names.get(blockIndex) ?? [])].sort((a, b) => a.start - b.start);
    const skip = (start: number, end: number) => insideNumberWord(text, start, end) || guarded(guards, start, end);
    const quantities = scanQuantities(text, skip);
    if (quantities.length === 0) return;
    const quotes = quotesOf(blockIndex);
    const countsAsMetric = isBodyText(block.kind);
    for (const quantity of quantities) {
      const { kind, reason } = classify(text, quantity, quotes);
      if (kind === 'metric' && countsAsMetric) {
        const subject = subjectOf(text, quantity);
        findings.push({ block: blockIndex, quantity, kind, reason, metric: { category: categorise(quantity, subject), subject, period: periodOf(text, quantity) } });
      } else if (kind === 'metric' || (kind === 'other' && block.kind === 'furniture')) {
        // A page number, an issue number: the furniture says why, better than 'no counting unit follows'.
        findings.push({ block: blockIndex, quantity, kind: 'other', reason: `in the ${block.kind === 'furniture' ? 'page furniture' : block.kind}, not in the body text` });
      } else {
        findings.push({ block: blockIndex, quantity, kind, reason });
      }
    }
  });
  return findings;
}

/** Whether [start, end) lies inside one of `guards` (sorted by start, not overlapping). */
function guarded(guards: readonly { start: number; end: number }[], start: number, end: number): boolean {
  // The last guard that starts at or before `start` (offsets are whole numbers).
  const candidate = guards[lowerBound(guards.length, start + 1, (index) => guards[index]!.start) - 1];
  return candidate !== undefined && candidate.end >= end;
}
