/**
 * decode(): input bytes to text. UTF-8 with or without a BOM (reported as 'utf-8-bom'), line
 * breaks kept exactly as written, GB18030 when the bytes are not UTF-8, an explicit encoding
 * overriding detection, and the input errors (empty, binary, undecodable, unknown encoding).
 */
import { describe, expect, it } from 'vitest';
import { decode, InputError } from '../../src/read/decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

/**
 * GB18030 codes of a few characters, by hand (Node's TextDecoder reads GB18030 but nothing in Node
 * writes it). The first test checks the table against TextDecoder.
 */
const GB18030: Record<string, readonly number[]> = {
  永: [0xd3, 0xc0], 川: [0xb4, 0xa8], 区: [0xc7, 0xf8], 政: [0xd5, 0xfe], 协: [0xd0, 0xad],
  主: [0xd6, 0xf7], 席: [0xcf, 0xaf], 介: [0xbd, 0xe9], 绍: [0xc9, 0xdc], 开: [0xbf, 0xaa],
  展: [0xd5, 0xb9], 商: [0xc9, 0xcc], 余: [0xd3, 0xe0], 场: [0xb3, 0xa1], '，': [0xa3, 0xac], '。': [0xa1, 0xa3],
};

function gb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else if (GB18030[char]) bytes.push(...GB18030[char]!);
    else throw new Error(`no GB18030 code for ${char} in the test table`);
  }
  return Uint8Array.from(bytes);
}

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

const SENTENCE = '永川区政协主席介绍，开展协商50余场。';

describe('decode', () => {
  it('has a GB18030 table that TextDecoder agrees with', () => {
    for (const [char, bytes] of Object.entries(GB18030)) {
      expect(new TextDecoder('gb18030', { fatal: true }).decode(Uint8Array.from(bytes))).toBe(char);
    }
  });

  it.each([
    ['LF', '黔江区政协主席姚登惠介绍，\n该区政协探索建立重点课题生成\n'],
    ['CRLF', '黔江区政协主席姚登惠介绍，\r\n\r\n该区政协探索建立重点课题生成\r\n'],
    ['CR', '黔江区政协主席姚登惠介绍，\r该区政协探索建立重点课题生成\r'],
  ])('reads UTF-8 without a BOM and keeps %s line breaks', (_name, text) => {
    expect(decode(utf8(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it.each([
    ['LF', '□ 本报记者 程颖\n7 月 22 日至 25 日'],
    ['CRLF', '□ 本报记者 程颖\r\n7 月 22 日至 25 日\r\n'],
  ])('reads UTF-8 with a BOM (%s), drops the BOM and reports utf-8-bom', (_name, text) => {
    expect(decode(Uint8Array.from([...BOM, ...utf8(text)]))).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16LE with a BOM', () => {
    // 政 U+653F, 协 U+534F, CR LF
    expect(decode(Uint8Array.from([0xff, 0xfe, 0x3f, 0x65, 0x4f, 0x53, 0x0d, 0x00, 0x0a, 0x00]))).toEqual({ text: '政协\r\n', encoding: 'utf-16le' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decode(gb18030(SENTENCE))).toEqual({ text: SENTENCE, encoding: 'gb18030' });
  });

  it('keeps CRLF in GB18030 text', () => {
    const text = '永川区政协主席介绍，\r\n开展协商50余场。\r\n';
    expect(decode(gb18030(text))).toEqual({ text, encoding: 'gb18030' });
  });

  it.each([
    ['gb18030', 'gb18030'],
    ['GBK', 'gb18030'],
    [' gb2312 ', 'gb18030'],
  ])('decodes as the encoding given (%s), whatever detection would say', (name, reported) => {
    expect(decode(gb18030(SENTENCE), name)).toEqual({ text: SENTENCE, encoding: reported });
  });

  it('lets a forced encoding win over detection even for valid UTF-8', () => {
    const bytes = utf8('政协');
    const forced = decode(bytes, 'gb18030');
    expect(forced.encoding).toBe('gb18030');
    expect(forced.text).toBe(new TextDecoder('gb18030').decode(bytes));
    expect(forced.text).not.toBe('政协');
  });

  it('drops a UTF-8 BOM also when UTF-8 is given explicitly', () => {
    expect(decode(Uint8Array.from([...BOM, ...utf8('政协\r\n')]), 'utf8').text).toBe('政协\r\n');
  });

  it.each([
    { input: 'an empty file', bytes: new Uint8Array(0), encoding: undefined, code: 'empty' },
    { input: 'NUL bytes (UTF-16 without a BOM)', bytes: Uint8Array.from([0x37, 0x00, 0x08, 0x67]), encoding: undefined, code: 'binary' },
    { input: 'a PNG header', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), encoding: undefined, code: 'binary' },
    { input: 'Latin-1 text, neither UTF-8 nor Chinese', bytes: Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), encoding: undefined, code: 'undecodable' },
    { input: 'GB18030 bytes forced as UTF-8', bytes: gb18030(SENTENCE), encoding: 'utf-8', code: 'undecodable' },
    { input: 'an unknown encoding name', bytes: utf8('政协'), encoding: 'klingon', code: 'encoding' },
    { input: 'an empty file even with an encoding given', bytes: new Uint8Array(0), encoding: 'gb18030', code: 'empty' },
  ] as const)('rejects $input with InputError $code', ({ bytes, encoding, code }) => {
    expect(errorOf(() => decode(bytes, encoding)).code).toBe(code);
  });
});
