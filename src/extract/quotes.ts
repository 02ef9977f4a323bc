/**
 * Quoted spans in a paragraph. A quote without clause punctuation is a name — of a platform, a
 * programme, a slogan (“渝事好商量”, “五千行动”, “一会三室（站）”); a quote with it is speech.
 * Book-title marks 《》 always enclose a name.
 */
import { hasClausePunctuation } from '../read/chars.js';

export interface QuotedSpan {
  /** Span including the quotation marks. */
  readonly start: number;
  readonly end: number;
  readonly inner: string;
  readonly nameLike: boolean;
}

/** Opening mark → closing mark, as char codes: “” 「」 《》 『』 〈〉. */
const CLOSING = new Map<number, number>([
  [0x201c, 0x201d],
  [0x300c, 0x300d],
  [0x300a, 0x300b],
  [0x300e, 0x300f],
  [0x3008, 0x3009],
]);
const STRAIGHT_QUOTE = 0x22;

export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const stack: { close: number; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Every mark above lies in 0x2018–0x301f; CJK text is mostly outside it.
    if (code !== STRAIGHT_QUOTE && (code < 0x2018 || code > 0x301f)) continue;
    const close = CLOSING.get(code);
    if (close !== undefined) {
      stack.push({ close, at: i });
      continue;
    }
    const top = stack[stack.length - 1];
    if (code === STRAIGHT_QUOTE && top?.close !== STRAIGHT_QUOTE) stack.push({ close: STRAIGHT_QUOTE, at: i });
    else if (top && top.close === code) {
      stack.pop();
      spans.push(makeSpan(text, top.at, i + 1, text[top.at]!));
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function makeSpan(text: string, start: number, end: number, open: string): QuotedSpan {
  const inner = text.slice(start + 1, end - 1);
  const nameLike = open === '《' || (!hasClausePunctuation(inner) && inner.length <= 60);
  return { start, end, inner, nameLike };
}

/** A paragraph's quotes with, for each character, the innermost name-like quote around it. */
export interface QuoteIndex {
  readonly spans: readonly QuotedSpan[];
  /** Index into `spans` + 1, or 0 where no name-like quote encloses the character. */
  readonly cover: Int32Array;
}

export function quoteIndex(text: string): QuoteIndex {
  const spans = findQuotedSpans(text);
  const cover = new Int32Array(text.length);
  // Sorted by start, an inner quote comes after the outer one and overwrites it.
  spans.forEach((span, i) => {
    if (span.nameLike) cover.fill(i + 1, span.start + 1, span.end - 1);
  });
  return { spans, cover };
}

/** The innermost name-like quote containing [start, end), if any. */
export function enclosingName(index: QuoteIndex, start: number, end: number): QuotedSpan | undefined {
  const at = index.cover[start] ?? 0;
  const span = at > 0 ? index.spans[at - 1] : undefined;
  return span && span.end - 1 >= end ? span : undefined;
}
