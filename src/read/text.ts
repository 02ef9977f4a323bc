/**
 * Plain-text reader. Repairs the damage of text pasted from an e-paper PDF and finds the parts of a
 * newspaper report: headline, subtitle, photo captions, byline, section headings and paragraphs.
 *
 * The layout is measured, not assumed: whether blank lines separate paragraphs or follow every line,
 * how wide the column is, whether lines are hard-wrapped or hold one paragraph each, whether
 * indentation marks paragraph starts. Every output character keeps its source index.
 */
import type { Block, Document, ReadWarning } from '../model/document.js';
import { MappedTextBuilder, type MappedText } from '../model/text.js';
import { cellWidth, endsSentence, hasClausePunctuation, isAsciiWordChar, isWhitespace } from './chars.js';
import { looksLikeByline, looksLikeCaption, looksLikeClosingByline, looksLikeFurniture, looksLikeMarkedHeading, looksLikeSpeakerSubhead } from './parts.js';
import { closeUp, sourceSlice } from './spacing.js';

interface Line {
  /** UTF-16 index of the line's first character in the source. */
  readonly start: number;
  readonly raw: string;
  /** Content with the PDF's spacing closed up. */
  readonly body: MappedText;
  readonly width: number;
  readonly indented: boolean;
  readonly blank: boolean;
}

interface Layout {
  readonly typicalWidth: number;
  readonly hardWrapped: boolean;
  readonly blankLinesSeparate: boolean;
  readonly indentMarksParagraphs: boolean;
}


/** A subhead's number on a line of its own: 01, 2., 三、 */
const SUBHEAD_NUMBER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]?$/;
/**
 * A part of a long text (src/pipeline.ts extractParts): the lines from `from` up to `to`, read
 * with the source's own indices. A part that `continues` the text before it has no headline or byline.
 */
export interface TextPart {
  readonly from: number;
  readonly to: number;
  readonly continues: boolean;
}

export function readText(source: string, part: TextPart = { from: 0, to: source.length, continues: false }): Document {
  const lines = splitLines(source, part.from, part.to);
  const furniture = findFurniture(lines);
  const layout = measureLayout(furniture.size === 0 ? lines : lines.filter((_line, index) => !furniture.has(index)));
  const warnings: ReadWarning[] = [];
  const blocks = buildBlocks(lines, layout, part.continues, furniture);
  const lastParagraph = [...blocks].reverse().find((block) => block.kind === 'paragraph');
  // A bracketed note after the last sentence — （完）, （记者 陈晓燕）, （责任编辑：王某） — ends it too.
  if (lastParagraph && !endsSentence(lastParagraph.text.text.replace(/[（(][^（）()]{1,30}[）)]$/, ''))) {
    const end = lastParagraph.text.map[lastParagraph.text.map.length - 1] ?? null;
    warnings.push({ code: 'truncated', message: 'the text ends mid-sentence; it may have been cut off', at: end });
  }
  return { source, format: 'txt', blocks, warnings };
}

export function splitLines(source: string, from = 0, to = source.length): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  pattern.lastIndex = from;
  let start = from;
  for (;;) {
    let match = pattern.exec(source);
    if (match && match.index >= to) match = null;
    const end = match ? match.index : Math.max(start, to);
    lines.push(makeLine(source, start, end));
    if (!match) break;
    start = match.index + match[0].length;
  }
  return lines;
}

function makeLine(source: string, start: number, end: number): Line {
  const raw = source.slice(start, end);
  const body = closeUp(sourceSlice(source, start, end));
  const leading = raw.length - raw.trimStart().length;
  const indentText = raw.slice(0, leading);
  return {
    start,
    raw,
    body,
    width: cellWidth(body.text),
    indented: indentText.includes('\u3000') || indentText.replace(/\t/g, '    ').length >= 2,
    blank: body.text.length === 0,
  };
}

/** Headings, titles and bylines keep single spaces between phrases unless the whole line is spaced out. */
function displayText(line: Line): MappedText {
  const builder = new MappedTextBuilder();
  const raw = line.raw;
  const gaps = (raw.trim().match(/\S\s+(?=\S)/g) ?? []).length;
  const spacedOut = gaps >= 3 && gaps >= 0.4 * line.body.text.length;
  if (spacedOut) return line.body;
  let i = raw.length - raw.trimStart().length;
  const end = raw.trimEnd().length;
  while (i < end) {
    if (isWhitespace(raw[i]!)) {
      while (i < end && isWhitespace(raw[i]!)) i++;
      builder.append(' ', line.start + i - 1);
      continue;
    }
    builder.append(raw[i]!, line.start + i);
    i++;
  }
  return builder.build();
}

function measureLayout(lines: readonly Line[]): Layout {
  const filled = lines.filter((line) => !line.blank);
  const typicalWidth = modeWidth(filled);

  let followedByOneBlank = 0;
  let runsOfBlanks = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.blank) continue;
    if (i > 0 && lines[i - 1]!.blank) continue;
    runsOfBlanks++;
    if (i > 0 && !lines[i + 1]?.blank) followedByOneBlank++;
  }
  // Double-spaced text: (nearly) every line is followed by one blank line, so blanks carry no meaning.
  const doubleSpaced = filled.length > 3 && followedByOneBlank >= 0.7 * (filled.length - 1);

  const wrappedMidSentence = filled.filter((line) => !endsSentence(line.body.text) && line.width >= 0.8 * typicalWidth).length;
  // A column: many lines of about the same width, many of them ending mid-sentence.
  const columnLines = filled.filter((line) => Math.abs(line.width - typicalWidth) <= 0.15 * typicalWidth + 1).length;
  // …and few much wider: short headings over long one-line paragraphs are no column.
  const muchWider = filled.filter((line) => line.width > 1.5 * typicalWidth + 2).length;
  const hardWrapped =
    columnLines >= 4 && columnLines >= 0.4 * filled.length && wrappedMidSentence >= 0.3 * filled.length && typicalWidth < 60 && muchWider < 0.2 * filled.length;
  const indented = filled.filter((line) => line.indented).length;
  // Blank lines mark paragraphs only when there are about as many of them as sentence-ending lines.
  const sentenceEnds = filled.filter((line) => endsSentence(line.body.text)).length;
  return {
    typicalWidth,
    hardWrapped,
    blankLinesSeparate: !doubleSpaced && runsOfBlanks >= 2 && runsOfBlanks >= 0.5 * sentenceEnds,
    indentMarksParagraphs: indented >= 2 && indented < 0.7 * filled.length,
  };
}

function isCaption(line: Line): boolean {
  return looksLikeCaption(line.raw.trim());
}

function isByline(line: Line): boolean {
  return looksLikeByline(line.raw.trim());
}

/** A heading: short, complete, no clause punctuation (not even 、). */
function looksLikeHeading(line: Line, layout: Layout): boolean {
  const text = line.body.text;
  if (looksLikeMarkedHeading(line.raw)) return true;
  // 永川区：打造议事品牌 — one colon inside a heading is allowed; 各位委员： is not a heading.
  const withoutColon = text.replace(/^([^：:]{2,})[：:](?=.)/, '$1');
  // …nor a 、, except in a speaker's subhead: 岳阳楼区政协党组书记、主席 周某某.
  if (hasClausePunctuation(withoutColon) || text.includes('、') || endsSentence(text)) return looksLikeSpeakerSubhead(line.raw);
  if (text.length < 2) return false;
  return layout.hardWrapped ? isNarrow(line, layout) : line.width <= 40;
}

/**
 * Clearly shorter than the column. Justified e-paper lines run from about 0.85 of the column to a
 * little over it, so 0.8 leaves headings and the text around pictures below the line.
 */
function isNarrow(line: Line, layout: Layout): boolean {
  return line.width <= 0.8 * layout.typicalWidth;
}

/** The column width: the most common line width, wider lines winning ties. */
function modeWidth(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.width), (counts.get(Math.round(line.width)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The lines that are the page's furniture (a running head, a jump line, an editor's credit). They
 * may fall between two lines of a paragraph or between a paragraph and a heading, so the rest of
 * the text is measured and read as if they were not there; each follows the paragraph it
 * interrupts as a block of its own.
 */
function findFurniture(lines: readonly Line[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, index) => {
    if (!line.blank && looksLikeFurniture(line.raw.trim())) found.add(index);
  });
  return found;
}

function buildBlocks(lines: readonly Line[], layout: Layout, continues: boolean, furnitureLines: ReadonlySet<number>): Block[] {
  const blocks: Block[] = [];
  const furniture = [...furnitureLines];
  const filledIndices = lines.flatMap((line, index) => (line.blank || furnitureLines.has(index) ? [] : [index]));
  const headerEnd = continues ? 0 : findHeaderEnd(lines, filledIndices, layout);
  const headingLines = findHeadingLines(lines, filledIndices, layout, headerEnd);

  let paragraph: Line[] = [];
  let previousFilled = -1;
  let nextFurniture = 0;
  /** Furniture and captions inside a paragraph of a column, each to follow the paragraph it interrupts. */
  let interrupting: { kind: 'furniture' | 'caption'; line: Line }[] = [];
  /** A caption stood in the middle of a sentence: the column's next line goes on with that sentence. */
  let resumes = false;
  const pushFurniture = (line: Line) => blocks.push({ kind: 'furniture', text: displayText(line) });
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: joinLines(paragraph) });
    paragraph = [];
    for (const { kind, line } of interrupting) blocks.push({ kind, text: displayText(line) });
    interrupting = [];
    resumes = false;
  };
  /** The furniture before line `index`: after the paragraph it interrupts, or at once. */
  const furnitureBefore = (index: number) => {
    for (; nextFurniture < furniture.length && furniture[nextFurniture]! < index; nextFurniture++) {
      const line = lines[furniture[nextFurniture]!]!;
      if (paragraph.length) interrupting.push({ kind: 'furniture', line });
      else pushFurniture(line);
    }
  };
  const midSentence = () => layout.hardWrapped && paragraph.length > 0 && !endsSentence(paragraph[paragraph.length - 1]!.body.text);

  let headerLines = 0;
  let lastHeadingNamesSpeaker = false;
  for (let k = 0; k < filledIndices.length; k++) {
    const index = filledIndices[k]!;
    const line = lines[index]!;
    furnitureBefore(index);
    const blankBefore = previousFilled >= 0 && hasBlankBetween(lines, previousFilled, index);
    previousFilled = index;

    if (isCaption(line)) {
      // ▲… under a picture set inside a sentence of the column: the sentence goes on after it.
      if (midSentence()) {
        interrupting.push({ kind: 'caption', line });
        resumes = true;
        continue;
      }
      flush();
      blocks.push({ kind: 'caption', text: displayText(line) });
      continue;
    }
    if (k < headerEnd) {
      if (isByline(line)) blocks.push({ kind: 'byline', text: displayText(line) });
      else blocks.push({ kind: headerLines++ === 0 ? 'title' : 'subtitle', text: displayText(line) });
      continue;
    }
    if (looksLikeClosingByline(line.raw)) {
      flush();
      blocks.push({ kind: 'byline', text: displayText(line) });
      continue;
    }
    if (headingLines.has(index)) {
      flush();
      const last = blocks[blocks.length - 1];
      // ■费县政协主席　孙丽 over the headline of her speech, or the headline over 于都县政协主席　肖建平:
      // two headings, not one; but 01 over 长安区政协主席 刘志宏 is the subhead's number.
      const namesSpeaker = looksLikeSpeakerSubhead(line.raw);
      const continuesHeading: boolean =
        last?.kind === 'heading' && headingLines.get(index) === 'continuation' && !lastHeadingNamesSpeaker && (!namesSpeaker || SUBHEAD_NUMBER.test(last.text.text));
      if (continuesHeading) blocks[blocks.length - 1] = { kind: 'heading', text: joinHeading(last.text, displayText(line)) };
      else blocks.push({ kind: 'heading', text: displayText(line) });
      lastHeadingNamesSpeaker = namesSpeaker;
      continue;
    }
    if (isByline(line) && paragraph.length === 0 && blocks.every((block) => block.kind !== 'paragraph')) {
      blocks.push({ kind: 'byline', text: displayText(line) });
      continue;
    }
    const resumesSentence = resumes && midSentence();
    resumes = false;
    const startsParagraph =
      !resumesSentence &&
      (paragraph.length === 0 ||
        !layout.hardWrapped ||
      (layout.blankLinesSeparate && blankBefore) ||
        (layout.indentMarksParagraphs ? line.indented : !layout.blankLinesSeparate && endsSentence(paragraph[paragraph.length - 1]!.body.text)));
    if (startsParagraph) flush();
    paragraph.push(line);
  }
  flush();
  furnitureBefore(lines.length);
  return blocks;
}

/** Whether a blank line lies between lines `from` and `to` (furniture between them is no blank). */
function hasBlankBetween(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (lines[i]!.blank) return true;
  return false;
}

/**
 * The header is everything before the byline, when a byline comes early; otherwise the short lines
 * before the first paragraph-like line. Returns the count of filled lines that belong to it.
 */
function findHeaderEnd(lines: readonly Line[], filledIndices: readonly number[], layout: Layout): number {
  const look = Math.min(filledIndices.length, 8);
  for (let k = 0; k < look; k++) {
    const line = lines[filledIndices[k]!]!;
    if (isByline(line)) return k + 1;
    // A byline after a full stop (来源：… under a short text) closes the text; it does not end a
    // header. A headline may end with ！ or ？, never with 。.
    if (/。[”’」』]?$/.test(line.body.text)) break;
  }
  let k = 0;
  while (k < Math.min(filledIndices.length, 3)) {
    const line = lines[filledIndices[k]!]!;
    // ——全市县（市、区）政协主席座谈会发言摘登: a dash opens the subtitle under the headline, however long, whatever its punctuation.
    if (k > 0 && SUBTITLE_DASH.test(line.body.text) && !endsSentence(line.body.text)) {
      k++;
      continue;
    }
    // 各位委员： opens a speech; 永川区：… and ● 思明区 ● open a district's part: all are body.
    const paragraphLike =
      endsSentence(line.body.text) ||
      /[：:]$/.test(line.body.text) ||
      (k > 0 && (DISTRICT_LEAD.test(line.body.text) || looksLikeMarkedHeading(line.raw))) ||
      (layout.hardWrapped && line.width >= 0.9 * layout.typicalWidth && k > 0);
    // A clause with a figure in it is the body: a headline's second line reports no count.
    const clauseWithFigure = k > 0 && hasClausePunctuation(line.body.text) && /\d/.test(line.body.text);
    if (paragraphLike || clauseWithFigure || (!isCaption(line) && hasClausePunctuation(line.body.text) && line.width > 30)) break;
    k++;
  }
  return filledIndices.length > k ? k : 0;
}

const SUBTITLE_DASH = /^(?:——|──|－－|--)/;

/** A line that opens with a district's name and a colon or 政协: a part of the body, not the header. */
const DISTRICT_LEAD = /^[\u4e00-\u9fff]{1,12}(?:区|县|市|旗)(?:政协)?[：:]/;

type HeadingRole = 'first' | 'continuation';

/**
 * Section headings in a hard-wrapped column are runs of one to three short, punctuation-free lines
 * after a paragraph's end or the header. Short lines inside a run of short lines with punctuation are the text
 * wrapping around a picture, not a heading.
 */
function findHeadingLines(lines: readonly Line[], filledIndices: readonly number[], layout: Layout, headerEnd: number): Map<number, HeadingRole> {
  const roles = new Map<number, HeadingRole>();
  const short = (index: number) => looksLikeHeading(lines[index]!, layout) || (layout.hardWrapped && isNarrow(lines[index]!, layout));
  // The headline and byline are short lines too; a heading right under them starts after them.
  let k = headerEnd;
  while (k < filledIndices.length) {
    if (!short(filledIndices[k]!)) {
      k++;
      continue;
    }
    let end = k;
    while (end < filledIndices.length && short(filledIndices[end]!)) end++;
    const run = filledIndices.slice(k, end).map((index) => lines[index]!);
    // A paragraph's short last line may lead the run.
    const leadsWithTail = endsSentence(run[0]!.body.text) ? 1 : 0;
    const candidates = run.slice(leadsWithTail);
    const previous = k + leadsWithTail > 0 ? lines[filledIndices[k + leadsWithTail - 1]!] : undefined;
    const afterParagraphEnd = previous === undefined || k + leadsWithTail === headerEnd || endsSentence(previous.body.text) || !layout.hardWrapped;
    const allHeadingLike = candidates.every((line) => looksLikeHeading(line, layout));
    const maxLines = layout.hardWrapped ? 3 : 2;
    if (candidates.length > 0 && candidates.length <= maxLines && allHeadingLike && afterParagraphEnd) {
      candidates.forEach((_line, i) => roles.set(filledIndices[k + leadsWithTail + i]!, i === 0 ? 'first' : 'continuation'));
    }
    k = end;
  }
  return roles;
}

function joinHeading(first: MappedText, second: MappedText): MappedText {
  const builder = new MappedTextBuilder();
  builder.appendMapped(first);
  builder.appendSynthetic(' ', second.map[0] ?? 0);
  builder.appendMapped(second);
  return builder.build();
}

/** Joins a paragraph's lines: no space between CJK characters, one between two ASCII words. */
function joinLines(lines: readonly Line[]): MappedText {
  const builder = new MappedTextBuilder();
  for (const line of lines) {
    const first = line.body.text[0];
    const last = builder.lastChar();
    if (last && isAsciiWordChar(last) && isAsciiWordChar(first) && !(/\d/.test(last) && /\d/.test(first!))) {
      builder.appendSynthetic(' ', line.start + line.raw.indexOf(first!));
    }
    builder.appendMapped(line.body);
  }
  return builder.build();
}

