/**
 * The whole pipeline, input bytes to Report: decode → read → segment → extract → assemble.
 * The library API is this function; the CLI adds argument parsing and writers.
 */
import { createHash } from 'node:crypto';
import { groupByBlock } from './model/blocks.js';
import type { Document } from './model/document.js';
import { lowerBound } from './model/sorted.js';
import type { Entry, InputFormat, Meta, Metric, NumberMention, Quote, Report, Warning } from './model/report.js';
import { SourceLocator } from './model/text.js';
import { decode, InputError } from './read/decode.js';
import { readText } from './read/text.js';
import { normaliseDocumentPunctuation } from './read/punctuation.js';
import { looksTraditional, simplify } from './read/traditional.js';
import { findNumbers, type NumberFinding } from './extract/index.js';
import { quoteIndex, quoteSpeaker, type QuoteIndex, type QuotedSpan } from './extract/quotes.js';
import { segment, TEXT_START, type EntryDraft, type Segmentation, type SegmentState } from './segment/index.js';
import { endsSentence } from './read/chars.js';
import { extractMeta } from './segment/meta.js';

export { InputError };

export interface ExtractOptions {
  /** Shown in `source.path`; also decides the input format when `format` is not given. */
  path?: string;
  format?: InputFormat;
  /** Overrides encoding detection. */
  encoding?: string;
  /** Larger inputs are refused (InputError 'too-large'); default MAX_REPORT_BYTES. */
  maxBytes?: number;
}

/**
 * One report is a few kilobytes to a few megabytes. A file of hundreds is a corpus run together;
 * reading it as one report would hold gigabytes, so it is refused unless the caller raises this.
 */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

export function formatFromPath(path: string | undefined): InputFormat {
  if (path && /\.(?:md|markdown)$/i.test(path)) return 'md';
  if (path && /\.html?$/i.test(path)) return 'html';
  return 'txt';
}

/**
 * Characters in one part of a long plain text (extractParts). A report's objects take some 25 times
 * its text; parts of this size keep a text of any length to a bounded working set.
 */
export const PART_CHARS = 1 << 20;

export interface PartOptions extends ExtractOptions {
  /** Characters per part; PART_CHARS when not given. */
  partChars?: number;
}

export async function extract(input: Uint8Array | string, options: ExtractOptions = {}): Promise<Report> {
  return readWhole(prepare(input, options));
}

/**
 * A long plain text as reports of consecutive parts, each made only when asked for, so that the
 * objects of one part at a time are held. Parts end at a line that ends a sentence (in one long
 * line, after a full stop). Together the parts are the report extract() gives, told part by part:
 * positions, block indices and metric ids run on across parts; a passage open at the end of a part
 * continues in the next, under the same entry id; `meta` is read from the first part. Two
 * differences: each part measures its own layout and resolves ambiguous names by its own places,
 * and a text in parts is never taken for one committee's report. A text of at most `partChars`
 * characters, and Markdown and HTML, which parse as a whole, give one report, extract()'s.
 */
export async function* extractParts(input: Uint8Array | string, options?: PartOptions): AsyncGenerator<Report> {
  const prepared = prepare(input, options ?? {});
  // The bytes are decoded: let them go while the parts are made. (A default value for a parameter
  // would make the generator keep the argument as passed, whatever is assigned here.)
  input = '';
  const partChars = Math.max(1, options?.partChars ?? PART_CHARS);
  const { text } = prepared;
  if (prepared.format !== 'txt' || text.length <= partChars) {
    yield await readWhole(prepared);
    return;
  }
  const context = newContext(text, { ...TEXT_START });
  for (let from = 0; from < text.length; ) {
    let to = partEnd(text, from, partChars);
    let document = readText(text, { from, to, continues: from > 0 });
    if (to < text.length) {
      // The last block may go on past the part's end: it is read again, whole, as the next part's first.
      const lastBlock = document.blocks[document.blocks.length - 1];
      const lastStart = lastBlock ? text.lastIndexOf('\n', lastBlock.text.map[0]! - 1) + 1 : from;
      if (lastStart > from) to = lastStart;
      const within = (at: number) => at < to;
      document = {
        ...document,
        blocks: document.blocks.filter((block) => within(block.text.map[0]!)),
        warnings: document.warnings.filter((warning) => warning.code !== 'truncated' && (warning.at === null || within(warning.at))),
      };
    }
    context.last = to >= text.length;
    yield await analyse(context.last ? withCutCharacter(document, prepared) : document, prepared, context);
    from = to;
  }
}

interface Prepared {
  text: string;
  format: InputFormat;
  cutCharacter: boolean;
  /** Decided once, on the whole text's opening, for every part. */
  traditional: boolean;
  source: Report['source'];
}

function prepare(input: Uint8Array | string, options: ExtractOptions): Prepared {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const maxBytes = options.maxBytes ?? MAX_REPORT_BYTES;
  if (bytes.length > maxBytes) {
    const size = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    throw new InputError('too-large', `${size(bytes.length)}, over the ${size(maxBytes)} limit for one report (split it, or raise --max-size)`);
  }
  const { text, encoding, cutCharacter } = typeof input === 'string' ? { text: input, encoding: 'utf-8', cutCharacter: false } : decode(bytes, options.encoding);
  if (text.trim() === '') throw new InputError('blank', 'only whitespace, no text');
  const format = options.format ?? formatFromPath(options.path);
  const source = { path: options.path ?? '-', format, encoding, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  return { text, format, cutCharacter: cutCharacter === true, traditional: looksTraditional(text), source };
}

async function readWhole(prepared: Prepared): Promise<Report> {
  return analyse(withCutCharacter(await read(prepared.text, prepared.format), prepared), prepared, newContext(prepared.text));
}

function withCutCharacter(document: Document, prepared: Prepared): Document {
  if (!prepared.cutCharacter) return document;
  const warning = { code: 'truncated', message: 'the file ends inside a character: it was cut off; the incomplete bytes were dropped', at: Math.max(0, prepared.text.length - 1) };
  return { ...document, warnings: [...document.warnings, warning] };
}

/** Punctuation normalised, traditional characters converted, then the report. */
async function analyse(document: Document, prepared: Prepared, context: PartContext): Promise<Report> {
  const punctuated = normaliseDocumentPunctuation(document);
  const analysed = prepared.traditional ? await simplify(punctuated) : punctuated;
  return buildReport(document, analysed, prepared.source, context);
}

/** Where the next part ends: after a line that ends a sentence, else after a full stop, else where the size says. */
function partEnd(text: string, from: number, partChars: number): number {
  const target = from + partChars;
  if (target >= text.length) return text.length;
  const reach = Math.min(text.length, target + (partChars >> 2));
  for (let newline = text.indexOf('\n', target); newline >= 0 && newline < reach; newline = text.indexOf('\n', newline + 1)) {
    if (endsSentence(text.slice(Math.max(from, newline - 8), newline).trimEnd())) return newline + 1;
  }
  const stop = text.indexOf('。', target);
  if (stop >= 0 && stop < reach) return stop + 1;
  // Never between the halves of a surrogate pair.
  return (text.charCodeAt(target) & 0xfc00) === 0xdc00 ? target + 1 : target;
}

/** What a report made part by part carries from one part to the next. */
interface PartContext {
  readonly locator: SourceLocator;
  /** Blocks and metrics of the parts before. */
  blocks: number;
  metrics: number;
  /** Entry ids by section and district code, over the parts so far. */
  readonly entryIds: Map<string, string>;
  state: SegmentState;
  meta: Meta | undefined;
  /** Only the last part tells that the text has no district at all. */
  last: boolean;
}

function newContext(source: string, state: SegmentState = TEXT_START): PartContext {
  return { locator: new SourceLocator(source), blocks: 0, metrics: 0, entryIds: new Map(), state, meta: undefined, last: true };
}

/**
 * Markdown and HTML readers load only when such input arrives: most runs are plain text. Their
 * parsers recurse, so markup nested thousands deep overflows the stack; that is bad input, said so.
 */
async function read(text: string, format: InputFormat): Promise<Document> {
  if (format === 'txt') return readText(text);
  const reader = format === 'md' ? (await import('./read/markdown.js')).readMarkdown : (await import('./read/html.js')).readHtml;
  try {
    return reader(text);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError('nesting', `${format === 'md' ? 'Markdown' : 'HTML'} nested too deeply to read`);
    throw error;
  }
}

/**
 * `analysed` is `document` with the same maps and block lengths, its punctuation normalised and its
 * text possibly converted to simplified characters; everything is found in it, and `raw` and the shown text come from `document`.
 */
function buildReport(document: Document, analysed: Document, source: Report['source'], context: PartContext): Report {
  const { locator } = context;
  const segmentation = segment(analysed, context.state);
  // Quotes are found once per paragraph, for the numbers' kinds and for the entries' terms.
  const quotesOf = memoise((block: number) => quoteIndex(analysed.blocks[block]!.text.text));
  const findings = findNumbers(analysed, segmentation.places, speakerSpans(segmentation), quotesOf);
  const lineAt = (index: number) => locator.lineOf(index);

  const entries: Entry[] = segmentation.entries.map((draft) => buildEntry(analysed, draft, entryId(context, draft), context.blocks, lineAt, quotesOf));
  const entryOf = entryLookup(segmentation, entries);

  const warnings: Warning[] = document.warnings.map((warning) => {
    const position = warning.at === null ? null : locator.locate(warning.at);
    return { code: warning.code, message: warning.message, line: position?.line ?? null, column: position?.column ?? null };
  });
  const metrics: Metric[] = [];
  const metricIds = new Map<NumberFinding, string>();
  const numbers: NumberMention[] = [];
  for (const finding of findings) {
    const block = document.blocks[finding.block]!;
    const { quantity } = finding;
    const position = locator.locate(block.text.map[quantity.start]!);
    const raw = block.text.text.slice(quantity.start, quantity.end);
    const at = { block: context.blocks + finding.block, span: [quantity.start, quantity.end] as [number, number] };
    let metricId: string | null = null;
    if (finding.metric) {
      const entry = entryOf(finding.block, quantity.start);
      metricId = `m${context.metrics + metrics.length + 1}`;
      metricIds.set(finding, metricId);
      metrics.push({
        id: metricId,
        entry: entry?.id ?? null,
        district: entry?.district.name ?? null,
        value: quantity.value,
        upper: quantity.upper,
        unit: quantity.unit,
        qualifier: quantity.qualifier,
        category: finding.metric.category,
        subject: finding.metric.subject,
        period: finding.metric.period,
        partOf: finding.metric.partOf ? (metricIds.get(finding.metric.partOf) ?? null) : null,
        raw,
        ...position,
        ...at,
      });
      if (!entry) {
        warnings.push({ code: 'metric-without-district', message: `metric ${raw} is outside every district's passage`, line: position.line, column: position.column });
      }
    }
    numbers.push({ kind: finding.kind, raw, value: Number.isFinite(quantity.value) ? quantity.value : null, reason: finding.reason, metric: metricId, ...position, ...at });
  }
  if (context.last && context.entryIds.size === 0) warnings.push({ code: 'no-districts', message: 'no district or county entry was found', line: null, column: null });
  context.meta ??= extractMeta(analysed);
  context.state = segmentation.end;
  context.blocks += document.blocks.length;
  context.metrics += metrics.length;

  return {
    source,
    meta: context.meta,
    sections: segmentation.sections.map((section) => ({ index: section.index, title: section.title, line: lineAt(section.at) })),
    entries,
    metrics,
    numbers,
    warnings,
    blocks: document.blocks.map((block) => ({ kind: block.kind, text: block.text.text, line: lineAt(block.text.map[0] ?? 0) })),
  };
}

/** Speakers' names are protected from number reading: 石志明 has no number in it, 钟一鸣 does not either. */
function speakerSpans(segmentation: Segmentation): Map<number, { start: number; end: number }[]> {
  const speakers = segmentation.entries.flatMap((entry) => entry.speakers);
  return groupByBlock(speakers.map((speaker) => ({ block: speaker.block, start: speaker.offset, end: speaker.offset + speaker.name.length })));
}

/**
 * The entry whose passage holds a block offset. Passages do not overlap: within a block, sorted by
 * start, the one to look at is the last that starts at or before the offset. A report pasted as one
 * line is one block with thousands of passages and metrics, so neither may be searched through.
 */
function entryLookup(segmentation: Segmentation, entries: readonly Entry[]) {
  // Object literals, not spreads: V8 makes the spread copies slow to read in the search below.
  const byBlock = groupByBlock(segmentation.entries.flatMap((draft, index) => draft.spans.map(({ block, start, end }) => ({ block, start, end, entry: entries[index]! }))));
  for (const spans of byBlock.values()) spans.sort((a, b) => a.start - b.start);
  return (block: number, offset: number): Entry | undefined => {
    const spans = byBlock.get(block);
    const span = spans?.[lowerBound(spans.length, offset + 1, (index) => spans[index]!.start) - 1];
    return span && offset < span.end ? span.entry : undefined;
  };
}

/** Index of the first span starting at or after `start`; spans are sorted by start. */
function firstAtOrAfter(spans: readonly QuotedSpan[], start: number): number {
  return lowerBound(spans.length, start, (index) => spans[index]!.start);
}

/** Computes a block's value once, however many stages and passages ask for it. */
function memoise<T>(compute: (key: number) => T): (key: number) => T {
  const cache = new Map<number, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

/** An entry's id: the one its district and section already have from an earlier part, or the next. */
function entryId(context: PartContext, draft: EntryDraft): string {
  const key = `${draft.section}|${draft.division.code}`;
  let id = context.entryIds.get(key);
  if (!id) context.entryIds.set(key, (id = `e${context.entryIds.size + 1}`));
  return id;
}

function buildEntry(document: Document, draft: EntryDraft, id: string, blocksBefore: number, lineAt: (index: number) => number, quotesOf: (block: number) => QuoteIndex): Entry {
  const pieces = draft.spans.map((span) => ({ span, text: document.blocks[span.block]!.text }));
  const text = pieces.map(({ span, text: block }) => block.text.slice(span.start, span.end)).join('\n');
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const terms: string[] = [];
  const quotes: Quote[] = [];
  const speakerNames = draft.speakers.map((speaker) => speaker.name);
  for (const { span, text: block } of pieces) {
    const quoted = quotesOf(span.block).spans;
    for (let q = firstAtOrAfter(quoted, span.start); q < quoted.length && quoted[q]!.start < span.end; q++) {
      const quote = quoted[q]!;
      if (quote.end > span.end) continue;
      if (quote.nameLike) {
        if (quote.inner.length >= 2 && quote.inner.length <= 20 && !terms.includes(quote.inner) && block.text[quote.start] !== '《') terms.push(quote.inner);
      } else {
        const lastNamed = draft.speakers.filter((speaker) => speaker.block < span.block || (speaker.block === span.block && speaker.offset < quote.start)).at(-1) ?? draft.speakers[0];
        const speaker = quoteSpeaker(block.text, quote.start, quote.end, speakerNames, lastNamed?.name ?? null);
        quotes.push({ text: quote.inner, speaker, line: lineAt(block.map[quote.start]!) });
      }
    }
  }
  return {
    id,
    section: draft.section,
    district: { name: draft.division.name, code: draft.division.code, province: draft.division.province, city: draft.division.city },
    speakers: draft.speakers.map((speaker) => ({ name: speaker.name, title: speaker.title, line: lineAt(speaker.at) })),
    text,
    lines: [lineAt(first.text.map[first.span.start]!), lineAt(last.text.map[Math.max(last.span.end - 1, last.span.start)]!)],
    terms,
    quotes,
    spans: draft.spans.map((span) => ({ block: blocksBefore + span.block, span: [span.start, span.end] as [number, number] })),
  };
}

