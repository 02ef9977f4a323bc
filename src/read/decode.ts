/**
 * Bytes to text. Reports arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or in the legacy
 * Chinese encodings of Windows machines and older sites (GB18030/GBK, Big5). Line breaks are kept
 * as they are, because positions in the output refer to the file as written.
 */

export class InputError extends Error {
  constructor(
    readonly code: 'empty' | 'blank' | 'binary' | 'undecodable' | 'encoding',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
}

const FALLBACK_ENCODINGS = ['gb18030', 'big5'] as const;

export function decode(bytes: Uint8Array, forcedEncoding?: string): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'empty file');
  if (forcedEncoding) return decodeAs(bytes, normaliseEncodingName(forcedEncoding));

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) throw new InputError('binary', 'binary data (NUL bytes), not a text report');

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  for (const encoding of FALLBACK_ENCODINGS) {
    const text = tryDecode(bytes, encoding);
    if (text !== null && isMostlyHan(text)) return { text, encoding };
  }
  throw new InputError('undecodable', 'not valid UTF-8, GB18030 or Big5 text');
}

function decodeAs(bytes: Uint8Array, encoding: string, reportedAs = encoding): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new InputError('encoding', `unknown encoding "${encoding}"`);
  }
  try {
    return { text: decoder.decode(stripBom(bytes, encoding)), encoding: reportedAs };
  } catch {
    throw new InputError('undecodable', `not valid ${encoding} text`);
  }
}

function stripBom(bytes: Uint8Array, encoding: string): Uint8Array {
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  return bytes;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function normaliseEncodingName(name: string): string {
  const lower = name.trim().toLowerCase();
  if (lower === 'utf8') return 'utf-8';
  if (lower === 'gbk' || lower === 'gb2312' || lower === 'cp936') return 'gb18030';
  if (lower === 'utf16le' || lower === 'utf-16') return 'utf-16le';
  if (lower === 'utf16be') return 'utf-16be';
  return lower;
}

/** NUL bytes do not occur in text in any of the byte-oriented encodings we accept. */
function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8192);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Almost any byte string decodes as GB18030, so a legacy decoding is accepted only when it yields
 * mostly CJK characters among the non-ASCII ones, as a Chinese report does.
 */
function isMostlyHan(text: string): boolean {
  let nonAscii = 0;
  let han = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) continue;
    nonAscii++;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) han++;
  }
  return nonAscii === 0 || han / nonAscii >= 0.8;
}
