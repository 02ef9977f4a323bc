/**
 * Bytes to text. Reports arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or in the legacy
 * Chinese encodings of Windows machines and older sites (GB18030/GBK, Big5). Line breaks are kept
 * as they are, because positions in the output refer to the file as written.
 */

import { isUtf8 } from 'node:buffer';
import { codeUnitTable } from './chars.js';

export class InputError extends Error {
  constructor(
    readonly code: 'empty' | 'blank' | 'binary' | 'undecodable' | 'encoding' | 'nesting' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  /** The file ends inside a multi-byte character, which was dropped. */
  readonly cutCharacter?: boolean;
}

const FALLBACK_ENCODINGS = ['gb18030', 'big5'] as const;

export function decode(bytes: Uint8Array, forcedEncoding?: string): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'empty file');
  if (forcedEncoding) {
    const encoding = normaliseEncodingName(forcedEncoding);
    const bom = encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return decodeAs(bom ? bytes.subarray(3) : bytes, encoding);
  }

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) throw new InputError('binary', 'binary data (NUL bytes), not a text report');

  if (isUtf8(bytes)) return { text: utf8Text(bytes), encoding: 'utf-8' };
  const cut = withoutCutCharacter(bytes);
  if (cut) return { text: cut, encoding: 'utf-8', cutCharacter: true };
  // Many byte strings are valid in both legacy encodings; the right one reads as ordinary Chinese.
  let best: Decoded | null = null;
  let bestScore = 0;
  for (const encoding of FALLBACK_ENCODINGS) {
    const text = tryDecode(bytes, encoding);
    const score = text === null ? 0 : commonCharacterShare(text);
    if (text !== null && score > bestScore) {
      best = { text, encoding };
      bestScore = score;
    }
  }
  if (best && bestScore >= 0.05) return best;
  throw new InputError('undecodable', 'not valid UTF-8, GB18030 or Big5 text');
}

/** Decodes `bytes`, whose byte-order mark the caller has already removed: a second one is text. */
function decodeAs(bytes: Uint8Array, encoding: string, reportedAs = encoding): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new InputError('encoding', `unknown encoding "${encoding}"`);
  }
  try {
    return { text: decoder.decode(bytes), encoding: reportedAs };
  } catch {
    throw new InputError('undecodable', `not valid ${encoding} text`);
  }
}

/** A UTF-8 file cut off inside its last character: the rest is valid, so keep it. */
function withoutCutCharacter(bytes: Uint8Array): string | null {
  let lead = bytes.length - 1;
  while (lead > 0 && bytes.length - lead < 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if ((bytes[lead]! & 0xc0) !== 0xc0) return null;
  const rest = bytes.subarray(0, lead);
  return isUtf8(rest) ? utf8Text(rest) : null;
}

/**
 * Valid UTF-8 as text, a byte-order mark kept as a character. isUtf8 checks without making a
 * string, so text in a legacy encoding costs no failed decoding, and throws no exception per file.
 */
function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
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

/** The most frequent characters of Chinese prose, in both scripts, and of this genre. */
const COMMON = codeUnitTable('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由过其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研质东厂团队给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞這個們國會員區縣為來發經對時業於機關開議說體點實現應當將從讓論選報導進過還運動際務強黨場萬餘項條戶張屆間協');

function commonCharacterShare(text: string): number {
  let nonAscii = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character: count its high half only.
    if (code < 0x80 || (code >= 0xdc00 && code <= 0xdfff)) continue;
    nonAscii++;
    common += COMMON[code]!;
  }
  return nonAscii === 0 ? 1 : common / nonAscii;
}
