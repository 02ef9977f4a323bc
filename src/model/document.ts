/**
 * The document model every reader produces and every later stage consumes: the decoded source and
 * its blocks in reading order, each block's text normalised and mapped back to the source.
 */
import type { BlockKind, InputFormat } from './report.js';
import type { MappedText } from './text.js';

export type { BlockKind };

export interface Block {
  readonly kind: BlockKind;
  readonly text: MappedText;
}

/** Body text: where passages run and numbers count as metrics. */
export function isBodyText(kind: BlockKind): boolean {
  return kind === 'paragraph' || kind === 'row';
}

export interface ReadWarning {
  readonly code: string;
  readonly message: string;
  /** UTF-16 index into the source, or null when the warning is about the whole document. */
  readonly at: number | null;
}

export interface Document {
  /** The decoded input, the text that line and column numbers refer to. */
  readonly source: string;
  readonly format: InputFormat;
  readonly blocks: readonly Block[];
  readonly warnings: readonly ReadWarning[];
}
