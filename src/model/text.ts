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
import { lowerBound } from './sorted.js';

export interface MappedText {
  readonly text: string;
  /** `map[i]` is the UTF-16 index in the source of `text[i]`. */
  readonly map: Int32Array;
}

/**
 * Text copied from the source unchanged, from index `start`. Most lines are; their maps are
 * consecutive indices, made only when read, which saves a typed array per line of a long file.
 */
export class SourceSlice implements MappedText {
  private made: Int32Array | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
  ) {}

  get map(): Int32Array {
    if (!this.made) {
      this.made = new Int32Array(this.text.length);
      for (let i = 0; i < this.made.length; i++) this.made[i] = this.start + i;
    }
    return this.made;
  }
}

/** Builds a MappedText; the map grows as a typed array, since inputs run to a hundred megabytes. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private indices = new Int32Array(64);
  private size = 0;
  private last = '';

  get length(): number {
    return this.size;
  }

  /** Appends `chars`, all mapped to consecutive source indices from `sourceIndex`. */
  append(chars: string, sourceIndex: number): void {
    this.reserve(chars.length);
    for (let i = 0; i < chars.length; i++) this.indices[this.size++] = sourceIndex + i;
    this.push(chars);
  }

  /** Appends a character that has no source of its own (a joining space), mapped to `sourceIndex`. */
  appendSynthetic(chars: string, sourceIndex: number): void {
    this.reserve(chars.length);
    for (let i = 0; i < chars.length; i++) this.indices[this.size++] = sourceIndex;
    this.push(chars);
  }

  appendMapped(mapped: MappedText): void {
    if (mapped instanceof SourceSlice) {
      this.append(mapped.text, mapped.start);
      return;
    }
    this.reserve(mapped.map.length);
    this.indices.set(mapped.map, this.size);
    this.size += mapped.map.length;
    this.push(mapped.text);
  }

  lastChar(): string {
    return this.last;
  }

  build(): MappedText {
    return { text: this.parts.join(''), map: this.indices.slice(0, this.size) };
  }

  private push(chars: string): void {
    if (chars.length === 0) return;
    this.parts.push(chars);
    this.last = chars[chars.length - 1]!;
  }

  private reserve(extra: number): void {
    if (this.size + extra <= this.indices.length) return;
    const grown = new Int32Array(Math.max(this.indices.length * 2, this.size + extra));
    grown.set(this.indices.subarray(0, this.size));
    this.indices = grown;
  }
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
  return lowerBound(sorted.length, limit, (index) => sorted[index]!);
}
