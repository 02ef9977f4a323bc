/**
 * Quoted spans in a paragraph. A quote without clause punctuation is a name — of a platform, a
 * programme, a slogan (“渝事好商量”, “五千行动”, “一会三室（站）”); a quote with it is speech.
 * Book-title marks 《》 always enclose a name. Speech goes to the speaker named beside it (quoteSpeaker).
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

/** A speech verb that attributes a quote to who is named beside it: “…”李某说 / 李某表示：“…” */
const SPEECH_VERB = '(?:说|说道|表示|介绍|认为|指出|强调|坦言|感慨|谈道|直言|告诉记者)';
const NAMED_AFTER = new RegExp(`^[，,]?([^，。！？；“”「」]{1,24}?)${SPEECH_VERB}`);
const NAMED_BEFORE = new RegExp(`([^，。！？；“”「」]{1,24}?)${SPEECH_VERB}[：:，,]?$`);
/** He or she: the attribution refers back to the speaker last named. */
const PRONOUN = /^(?:他|她)/;

/**
 * Who speaks the quote [start, end) of `text`: the one of `speakers` (the entry's, by name) named
 * beside it with a speech verb; nobody of them when someone else is named there (丹阳街道居民李大爷说);
 * else `lastNamed`, the entry's speaker introduced last before the quote.
 */
export function quoteSpeaker(text: string, start: number, end: number, speakers: readonly string[], lastNamed: string | null): string | null {
  const attribution = NAMED_AFTER.exec(text.slice(end, end + 40))?.[1] ?? NAMED_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (attribution === undefined || PRONOUN.test(attribution)) return lastNamed;
  return speakers.find((name) => attribution.includes(name)) ?? null;
}
