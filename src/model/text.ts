/**
 * Text that remembers where it came from.
 *
 * Readers repair and normalise the input (join broken lines, close up spaced-out characters, drop
 * markup), but every figure must still point at its line and column in the original file. A
 * `MappedText` carries, for each UTF-16 unit of the normalised text, the UTF-16 index of the source
 * character it came from; a `SourceLocator` turns such an index into a 1-based line, a 1-based column
 * in code points and a 0-based code-point offset, as the data contract asks.
 */
import type { Position } from './report.js';

export interface MappedText {
  readonly text: string;
  /** `map[i]` is the UTF-16 index in the source of `text[i]`. */
  readonly map: Int32Array;
}

export class MappedTextBuilder {
  private text = '';
  private readonly indices: number[] = [];

  get length(): number {
    return this.text.length;
  }

  /** Appends `chars`, all mapped to consecutive source indices from `sourceIndex`. */
  append(chars: string, sourceIndex: number): void {
    this.text += chars;
    for (let i = 0; i < chars.length; i++) this.indices.push(sourceIndex + i);
  }

  /** Appends a character that has no source of its own (a joining space), mapped to `sourceIndex`. */
  appendSynthetic(chars: string, sourceIndex: number): void {
    this.text += chars;
    for (let i = 0; i < chars.length; i++) this.indices.push(sourceIndex);
  }

  appendMapped(mapped: MappedText): void {
    this.text += mapped.text;
    for (const index of mapped.map) this.indices.push(index);
  }

  lastChar(): string {
    return this.text.slice(-1);
  }

  build(): MappedText {
    return { text: this.text, map: Int32Array.from(this.indices) };
  }
}

export function sliceMapped(mapped: MappedText, start: number, end: number): MappedText {
  return { text: mapped.text.slice(start, end), map: mapped.map.subarray(start, end) };
}

/** Trims whitespace at both ends, keeping the map aligned. */
export function trimMapped(mapped: MappedText): MappedText {
  const start = mapped.text.length - mapped.text.trimStart().length;
  const end = mapped.text.trimEnd().length;
  return start >= end ? sliceMapped(mapped, 0, 0) : sliceMapped(mapped, start, end);
}

export function concatMapped(parts: readonly MappedText[]): MappedText {
  const builder = new MappedTextBuilder();
  for (const part of parts) builder.appendMapped(part);
  return builder.build();
}

export class SourceLocator {
  /** UTF-16 index of the first character of each line. */
  private readonly lineStarts: number[] = [0];
  /** UTF-16 indices of the low halves of surrogate pairs, in order; empty for most inputs. */
  private readonly lowSurrogates: number[] = [];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i);
      if (code === 10) this.lineStarts.push(i + 1);
      else if (code === 13) {
        if (source.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
        const previous = source.charCodeAt(i - 1);
        if (previous >= 0xd800 && previous <= 0xdbff) this.lowSurrogates.push(i);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Code points before UTF-16 index `index`. */
  codePointOffset(index: number): number {
    return index - countBelow(this.lowSurrogates, index + 1);
  }

  lineOf(index: number): number {
    return countBelow(this.lineStarts, index + 1);
  }

  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.source.length;
  }

  locate(index: number): Position {
    const line = this.lineOf(index);
    const offset = this.codePointOffset(index);
    return { line, column: offset - this.codePointOffset(this.lineStarts[line - 1]!) + 1, offset };
  }
}

/** Number of items in the sorted array `sorted` that are < `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
