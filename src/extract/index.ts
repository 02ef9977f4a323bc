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
import { findNamedNumbers, insideNumberWord, type NamedNumber } from './lexicon.js';
import { scanQuantities, type Quantity } from './numerals.js';
import { quoteIndex, type QuoteIndex } from './quotes.js';
import { clauseStart, codeUnitTable, sentenceStart } from '../read/chars.js';

export interface NumberFinding {
  readonly block: number;
  readonly quantity: Quantity;
  readonly kind: NumberKind;
  readonly reason: string;
  /** Present when kind is 'metric'. */
  readonly metric?: {
    readonly category: Category;
    readonly subject: string | null;
    readonly period: string | null;
    /** The metric of the same sentence this one is a part of: 其中重点提案15件 of 收到提案315件. */
    readonly partOf: NumberFinding | null;
  };
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
    const first = findings.length;
    const named = findNamedNumbers(text);
    const guards = [...(places.get(blockIndex) ?? []), ...(names.get(blockIndex) ?? []), ...named].sort((a, b) => a.start - b.start);
    const skip = (start: number, end: number) => insideNumberWord(text, start, end) || guarded(guards, start, end);
    const quantities = scanQuantities(text, skip);
    for (const name of named) findings.push(namedFinding(blockIndex, name));
    if (quantities.length === 0) return;
    const quotes = quotesOf(blockIndex);
    const countsAsMetric = isBodyText(block.kind);
    const metrics: NumberFinding[] = [];
    for (const quantity of quantities) {
      const { kind, reason } = classify(text, quantity, quotes);
      if (kind === 'metric' && countsAsMetric) {
        const subject = subjectOf(text, quantity, quantities);
        const category = partCategory(text, quantity, metrics) ?? categorise(quantity, subject);
        const partOf = wholeOf(text, quantity, category, metrics);
        const finding = { block: blockIndex, quantity, kind, reason, metric: { category, subject, period: periodOf(text, quantity), partOf } };
        findings.push(finding);
        metrics.push(finding);
      } else if (kind === 'metric' || (kind === 'other' && block.kind === 'furniture')) {
        // A page number, an issue number: the furniture says why, better than 'no counting unit follows'.
        findings.push({ block: blockIndex, quantity, kind: 'other', reason: `in the ${block.kind === 'furniture' ? 'page furniture' : block.kind}, not in the body text` });
      } else {
        findings.push({ block: blockIndex, quantity, kind, reason });
      }
    }
    // The names were found first; the block's numbers go in reading order.
    if (named.length > 0) findings.push(...findings.splice(first).sort((a, b) => a.quantity.start - b.quantity.start));
  });
  return findings;
}

/** A name with a number in it (十四五, 五一) as a number of its own kind; it has no value to give. */
function namedFinding(block: number, name: NamedNumber): NumberFinding {
  const quantity: Quantity = { start: name.start, end: name.end, numeralStart: name.start, numeralEnd: name.end, value: Number.NaN, unit: '', qualifier: 'exact', script: 'chinese', vague: false, upper: null };
  return { block, quantity, kind: name.kind, reason: name.reason };
}

/** Between a whole and its part: 收到提案315件，其中重点提案15件. */
const PART_MARK = /其中|内含|含/;
const SEMICOLON = codeUnitTable('；');
const COMMA = codeUnitTable('，');
/** What is done with some of a whole, in the part's clause: 立案286件, 18条被采纳, 解决问题98个. */
const PART_VERB = /立案|采纳|采用|吸纳|批示|转化|办复|办结|落实|解决|录用|刊发|评为|获/;

/**
 * 形成协商成果36项，其中28项已落地见效: a part named by 其中 alone counts what its whole counts, though
 * what follows it (已落地见效) says nothing of what that is. The category of the whole, or null.
 */
function partCategory(text: string, quantity: Quantity, earlier: readonly NumberFinding[]): Category | null {
  if (!/其中有?$/.test(text.slice(Math.max(0, quantity.start - 3), quantity.start))) return null;
  const sentence = sentenceStart(text, quantity.start);
  for (let i = earlier.length - 1; i >= 0 && earlier[i]!.quantity.start >= sentence; i--) {
    if (earlier[i]!.quantity.unit === quantity.unit) return earlier[i]!.metric!.category;
  }
  return null;
}

/**
 * The earlier metric of the same sentence, with the same unit and category, that `quantity` is a
 * part of, when the text marks it as one (PART_MARK between them, or PART_VERB in its clause): a
 * part is no addend, and totals must not count it twice (analyze/totals.ts). A rate is no one's
 * part: 满意度达九成以上，成果采纳约3成 are two shares of different wholes.
 */
function wholeOf(text: string, quantity: Quantity, category: Category, earlier: readonly NumberFinding[]): NumberFinding | null {
  if (category === 'percent') return null;
  const sameKind = (finding: NumberFinding) => finding.quantity.unit === quantity.unit && finding.metric!.category === category && !finding.metric!.partOf;
  let candidate = earlier.length - 1;
  while (candidate >= 0 && !sameKind(earlier[candidate]!)) candidate--;
  if (candidate < 0) return null;
  // A semicolon closes a whole and its parts as a full stop does.
  const sentence = sentenceStart(text, quantity.start);
  const scope = clauseStart(text, quantity.start, SEMICOLON, sentence);
  const clause = clauseStart(text, quantity.start, COMMA, scope);
  // The part's clause up to its end: 已有25条被相关部门采纳.
  const clauseEnd = text.slice(quantity.end, quantity.end + 20).search(/[，。；！？]/);
  const ownClause = text.slice(clause, clauseEnd < 0 ? quantity.end + 20 : quantity.end + clauseEnd);
  for (let i = candidate; i >= 0; i--) {
    const whole = earlier[i]!;
    if (whole.quantity.start < scope) break;
    if (!sameKind(whole)) continue;
    if (PART_MARK.test(text.slice(whole.quantity.end, quantity.start)) || PART_VERB.test(ownClause)) return whole;
  }
  return null;
}

/** Whether [start, end) lies inside one of `guards` (sorted by start, not overlapping). */
function guarded(guards: readonly { start: number; end: number }[], start: number, end: number): boolean {
  // The last guard that starts at or before `start` (offsets are whole numbers).
  const candidate = guards[lowerBound(guards.length, start + 1, (index) => guards[index]!.start) - 1];
  return candidate !== undefined && candidate.end >= end;
}
