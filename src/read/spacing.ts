/**
 * Whitespace repair shared by every reader: PDF pastes put spaces between characters
 * (`拓 展 联 谊`, `7 月 22 日`) and markup puts line breaks inside paragraphs. Whitespace next to
 * a wide (CJK) character goes; a run between two ASCII characters (`3 4`, `Hello world`) becomes
 * one space, unless it is a line break inside a number. Leading and trailing whitespace goes. The
 * map stays aligned.
 */
import { MappedTextBuilder, SourceSlice, type MappedText } from '../model/text.js';
import { isWhitespace, isWide } from './chars.js';

/** Any character closeUp may remove; most lines of a web paste have none. */
const BREAKING_SPACE = /[\s\u3000\u00a0\u2000-\u200b\ufeff]/;

export function closeUp(mapped: MappedText): MappedText {
  const { text } = mapped;
  if (!BREAKING_SPACE.test(text)) return mapped;
  const { map } = mapped;
  const builder = new MappedTextBuilder();
  let spacedOut: boolean | undefined;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (!isBreakingSpace(char)) {
      builder.append(char, map[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isBreakingSpace(text[j]!)) j++;
    const before = builder.lastChar();
    const after = text[j];
    // A line break never separates two numbers in CJK prose: `60` / `00余万元` is one number.
    // Nor does a space in a line spaced out letter by letter: `1 2 0 余 人 次` is 120余人次, `9 6 . 8 %` 96.8%.
    const wrappedNumber = isInNumber(before, after) && (/[\n\r]/.test(text.slice(i, j)) || (spacedOut ??= isSpacedOut(text)));
    const percent = isDigit(before) && after === '%';
    if (before !== '' && after !== undefined && !isWide(before) && !isWide(after) && !wrappedNumber && !percent) builder.appendSynthetic(' ', map[i]!);
    i = j;
  }
  return builder.build();
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isPoint = (char: string | undefined) => char === '.' || char === '．';

/** Two digits, or a digit and a decimal point, on either side of a gap. */
function isInNumber(before: string, after: string | undefined): boolean {
  return (isDigit(before) && (isDigit(after) || isPoint(after))) || (isPoint(before) && isDigit(after));
}

/** Most characters stand alone between single spaces: a justified line the PDF spaced out. */
function isSpacedOut(text: string): boolean {
  const characters = text.replace(/\s+/g, '').length;
  const lone = (text.match(/(?<=^|\s)\S(?=\s|$)/g) ?? []).length;
  return characters >= 4 && lone >= 0.6 * characters;
}

function isBreakingSpace(char: string): boolean {
  return char === '\n' || char === '\r' || isWhitespace(char);
}

/** Source text from `start`, one index per character; the map is made only if asked for. */
export function sourceSlice(source: string, start: number, end: number): MappedText {
  return new SourceSlice(source.slice(start, end), start);
}
