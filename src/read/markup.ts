/**
 * What the Markdown and HTML readers share: turning a run of syntax-tree text nodes into mapped,
 * whitespace-repaired text, and deciding each block's kind from its position and wording.
 *
 * A parser decodes escapes and character references, so a node's value is not always its source
 * slice; `alignToSource` maps each value character to the source character it came from.
 */
import type { Block, BlockKind } from '../model/document.js';
import { MappedTextBuilder, type MappedText } from '../model/text.js';
import { looksLikeByline, looksLikeCaption, looksLikeClosingByline } from './parts.js';
import { closeUp } from './spacing.js';
import { statisticsRows } from './table.js';

/** How far ahead an escape or character reference may push a character in the source. */
const ALIGN_WINDOW = 12;

export function alignToSource(value: string, source: string, start: number, end: number): MappedText {
  const map = new Int32Array(value.length);
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    const limit = Math.min(end, cursor + ALIGN_WINDOW);
    let found = -1;
    for (let j = cursor; j < limit; j++) {
      if (source[j] === value[i]) {
        found = j;
        break;
      }
    }
    map[i] = found >= 0 ? found : Math.min(cursor, Math.max(start, end - 1));
    if (found >= 0) cursor = found + 1;
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
 * paragraph is the title and a second one the subtitle; wording makes captions and bylines.
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
    if (looksLikeCaption(text)) return 'caption';
    if ((!this.seenParagraph && looksLikeByline(text)) || looksLikeClosingByline(text)) return 'byline';
    this.seenParagraph = true;
    return 'paragraph';
  }
}

/** A statistics table's rows as `row` blocks (table.ts); false, and nothing pushed, when the cells are not one. */
export function pushStatisticsRows(blocks: Block[], kinds: BlockKinds, cells: readonly (readonly MappedText[])[]): boolean {
  const rows = statisticsRows(cells);
  if (rows) for (const row of rows) pushBlock(blocks, kinds.row(), row);
  return rows !== null;
}

export function pushBlock(blocks: Block[], kind: BlockKind, text: MappedText): void {
  if (text.text.length > 0) blocks.push({ kind, text });
}
