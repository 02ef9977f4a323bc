/**
 * What the Markdown and HTML readers share: turning a run of syntax-tree text nodes into mapped,
 * whitespace-repaired text, and deciding each block's kind from its position and wording.
 *
 * A parser decodes escapes and character references, so a node's value is not always its source
 * slice; `alignToSource` maps each value character to the source character it came from.
 */
import type { Block, BlockKind } from '../model/document.js';
import { MappedTextBuilder, type MappedText } from '../model/text.js';
import { looksLikeByline, looksLikeCaption, looksLikeClosingByline, looksLikeFurniture, looksLikeMarkedHeading } from './parts.js';
import { closeUp } from './spacing.js';
import { isTableCaption, statisticsRows } from './table.js';

/** How far ahead an escape, a dropped indent or a CR may push a character in the source. */
const ALIGN_WINDOW = 12;

/** A character reference: &nbsp; &#12288; &#x3000;. */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** The length of the character reference at `at`, or 0 when none starts there. */
function referenceLength(source: string, at: number, end: number): number {
  if (source.charCodeAt(at) !== 0x26) return 0;
  CHARACTER_REFERENCE.lastIndex = at;
  const match = CHARACTER_REFERENCE.exec(source);
  return match && at + match[0].length <= end ? match[0].length : 0;
}

/**
 * Maps each character of `value` (a parser's decoded text of source[start, end)) to the source
 * character it came from. The parser only drops characters (an escape's backslash, an indent, a
 * CR) or decodes a reference into one, so the first reference met while looking for a character is
 * that character, whatever it decodes to: `&nbsp;&nbsp;268件` maps 268 to its digits, never to the
 * digits of `&#12288;`, however many references come in a row.
 */
export function alignToSource(value: string, source: string, start: number, end: number): MappedText {
  const map = new Int32Array(value.length);
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    const limit = Math.min(end, cursor + ALIGN_WINDOW);
    let found = -1;
    let length = 1;
    for (let j = cursor; j < limit; j++) {
      const reference = referenceLength(source, j, end);
      if (reference > 0 || source[j] === value[i]) {
        found = j;
        length = Math.max(1, reference);
        break;
      }
    }
    map[i] = found >= 0 ? found : Math.min(cursor, Math.max(start, end - 1));
    if (found >= 0) cursor = found + length;
  }
  return { text: value, map };
}

/** Collects inline text pieces of one block, then repairs spacing. */
export class BlockText {
  private readonly builder = new MappedTextBuilder();

  add(piece: MappedText): void {
    this.builder.appendMapped(piece);
  }

  /** A line break inside the block: whitespace, removed between CJK characters by closeUp. */
  addBreak(at: number): void {
    this.builder.appendSynthetic('\n', at);
  }

  finish(): MappedText {
    return closeUp(this.builder.build());
  }
}

/**
 * The kind of a block the markup calls a paragraph or a heading. The first heading before any
 * paragraph is the title and a second one the subtitle; wording makes captions, bylines and furniture.
 */
export class BlockKinds {
  private seenParagraph = false;
  private headerHeadings = 0;

  heading(): BlockKind {
    if (this.seenParagraph) return 'heading';
    return this.headerHeadings++ === 0 ? 'title' : 'subtitle';
  }

  /** A statistics table's row is body text, as a paragraph is. */
  row(): BlockKind {
    this.seenParagraph = true;
    return 'row';
  }

  paragraph(text: string): BlockKind {
    if (looksLikeFurniture(text)) return 'furniture';
    if (looksLikeCaption(text)) return 'caption';
    if ((!this.seenParagraph && looksLikeByline(text)) || looksLikeClosingByline(text)) return 'byline';
    // <p><strong>一、主要做法</strong></p>, <p>【城关区】</p>: a paragraph marked as a heading is one (■ 本报记者… is not).
    if (looksLikeMarkedHeading(text) && !looksLikeByline(text)) return 'heading';
    this.seenParagraph = true;
    return 'paragraph';
  }
}

/** A table's caption is at most a title and a unit line: 上半年各县（市、区）政协主要履职数据 / 单位：万元. */
const MAX_CAPTION_LINES = 2;

/**
 * A statistics table's rows as `row` blocks (table.ts); false, and nothing pushed, when the cells are
 * not one. The paragraphs just before it that caption it become captions: they belong to the table,
 * not to the passage before it, and may give the unit of its figures.
 */
export function pushStatisticsRows(blocks: Block[], kinds: BlockKinds, cells: readonly (readonly MappedText[])[]): boolean {
  let first = blocks.length;
  while (first > 0 && blocks.length - first < MAX_CAPTION_LINES && blocks[first - 1]!.kind === 'paragraph' && isTableCaption(blocks[first - 1]!.text.text)) first--;
  const captions = blocks.slice(first).map((block) => block.text);
  const rows = statisticsRows(cells, captions);
  if (!rows) return false;
  blocks.splice(first, captions.length, ...captions.map((text) => ({ kind: 'caption' as const, text })));
  for (const row of rows) pushBlock(blocks, kinds.row(), row);
  return true;
}

export function pushBlock(blocks: Block[], kind: BlockKind, text: MappedText): void {
  if (text.text.length > 0) blocks.push({ kind, text });
}
