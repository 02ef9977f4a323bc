/**
 * Character classes shared by the readers: what is a wide (CJK) character, what ends a sentence,
 * what separates clauses. Kept in one place so that every stage agrees on them.
 */

/**
 * A table over UTF-16 code units, 1 for each unit of `chars`. Scanning long text by `charCodeAt`
 * and a table makes no one-character strings, which `text[i]` and `for…of` make for every
 * non-Latin-1 character, and which were much of the collector's work on Chinese text.
 */
export function codeUnitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

export function isWhitespaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0c || code === 0x0b || (code >= 0x2000 && code <= 0x200b) || code === 0xfeff;
}

export function isWhitespace(char: string): boolean {
  return char.length === 1 && isWhitespaceCode(char.charCodeAt(0));
}

/** Any non-ASCII, non-space character: CJK ideographs, full-width forms, CJK and general punctuation. */
export function isWide(char: string | undefined): boolean {
  if (char === undefined || char === '') return false;
  return char.charCodeAt(0) >= 0x80 && !isWhitespace(char);
}

export function isAsciiWordChar(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z0-9]$/.test(char);
}

/** Characters that end a sentence. */
export const SENTENCE_END = '。！？!?…';
/** Closing marks that may follow a sentence end and still belong to the sentence. */
export const CLOSERS = '”’」』）)】〕>》"\'';
/** Punctuation inside a sentence that a heading or a programme's name does not contain. */
export const CLAUSE_PUNCTUATION = '，。；：！？,;!?';

/** True when `text` ends a sentence, allowing closing quotes and brackets after the stop. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--;
  return i >= 0 && (SENTENCE_END.includes(text[i]!) || text.endsWith('——', i + 1));
}

export const CLAUSE_PUNCTUATION_CODES = codeUnitTable(CLAUSE_PUNCTUATION);

export function hasClausePunctuation(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (CLAUSE_PUNCTUATION_CODES[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Display width in CJK cells: a wide character counts 1, an ASCII character half. */
export function cellWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one wide character: count its high half only.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (code < 0x80) width += code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c ? 0 : 0.5;
    else if (!isWhitespaceCode(code)) width += 1;
  }
  return width;
}

const STOPS = codeUnitTable('。！？!?');
const CLOSING_QUOTES = codeUnitTable('”’」』');

/**
 * Start of the clause that ends at `index`: just after the last character of `breaks` (a
 * codeUnitTable) before it, and not before `floor`. What closes a clause depends on the question:
 * a subject stops at a 、 of a list, a part's scope at a semicolon only.
 */
export function clauseStart(text: string, index: number, breaks: Uint8Array, floor = 0): number {
  let i = index;
  while (i > floor && breaks[text.charCodeAt(i - 1)] !== 1) i--;
  return i;
}

/**
 * Start of the sentence holding `index`: after a stop, and after the closing quotes that follow
 * it. Looks back at most `reach` characters: text without stops must not make callers quadratic.
 */
export function sentenceStart(text: string, index: number, reach = 300): number {
  let i = index;
  const limit = Math.max(0, index - reach);
  while (i > limit) {
    const previous = text.charCodeAt(i - 1);
    if (STOPS[previous] === 1) break;
    if (CLOSING_QUOTES[previous] === 1 && i >= 2 && STOPS[text.charCodeAt(i - 2)] === 1) break;
    i--;
  }
  return i;
}

/** The stop that ends the sentence holding `index` (exclusive end), at most `reach` ahead. */
export function sentenceEnd(text: string, index: number, reach = 300): number {
  let i = index;
  const limit = Math.min(text.length, index + reach);
  while (i < limit && STOPS[text.charCodeAt(i)] !== 1) i++;
  return i;
}
