/**
 * Mapped text and source positions: MappedTextBuilder and its helpers keep, for every UTF-16 unit
 * of normalised text, the source index it came from; SourceLocator turns a source index into a
 * 1-based line, a 1-based column counted in code points, and a 0-based code-point offset, with
 * LF, CRLF and CR line breaks and characters outside the BMP.
 */
import { describe, expect, it } from 'vitest';
import { MappedTextBuilder, SourceLocator } from '../../src/model/text.js';
import { REFERENCE_SOURCE } from '../helpers/reference.js';

describe('SourceLocator', () => {
  it.each([
    // [source, character looked up (its first occurrence), line, column, offset]
    ['ab\ncd', 'c', 2, 1, 3],
    ['ab\ncd', 'd', 2, 2, 4],
    ['ab\r\ncd', 'c', 2, 1, 4],
    ['ab\r\ncd', 'd', 2, 2, 5],
    ['ab\rcd', 'c', 2, 1, 3],
    ['a\r\nb\rc\nd', 'd', 4, 1, 7],
    ['a\r\n\r\nb', 'b', 3, 1, 5],
    ['\n\nx', 'x', 3, 1, 2],
    ['𠀀A\n𠀀𠀁B', 'A', 1, 2, 1],
    ['𠀀A\n𠀀𠀁B', 'B', 2, 3, 5],
    ['𠀀A\r\n𠀀𠀁B', 'B', 2, 3, 6],
    ['政协😀委员\r\n工作室9个', '9', 2, 4, 10],
  ])('%j: %s is at line %d, column %d, offset %d', (source, char, line, column, offset) => {
    expect(new SourceLocator(source).locate(source.indexOf(char))).toEqual({ line, column, offset });
  });

  it.each([
    ['ab', 1],
    ['a\n', 2],
    ['a\r\nb\rc\nd', 4],
    ['a\r\r\n', 3],
  ])('%j has %d lines', (source, count) => {
    expect(new SourceLocator(source).lineCount).toBe(count);
  });

  it('gives the start of each line and the line of each index', () => {
    const source = 'a\r\nbc\rd';
    const locator = new SourceLocator(source);
    expect([1, 2, 3].map((line) => locator.lineStart(line))).toEqual([0, 3, 6]);
    expect([...source].map((_char, index) => locator.lineOf(index))).toEqual([1, 1, 1, 2, 2, 2, 3]);
  });

  it('counts code points before an index', () => {
    const locator = new SourceLocator('𠀀𠀁ab');
    expect([0, 2, 4, 5].map((index) => locator.codePointOffset(index))).toEqual([0, 1, 2, 3]);
  });

  it.each([
    ['围绕中心建言资政', 32, 1],
    ['服务大局助推发展', 34, 1],
    ['逾 6000 余万元', 234, 10],
    ['近 500 人次', 478, 1],
    ['□ 本报记者 程颖', 8, 1],
  ])('locates %s in the reference report at line %d, column %d', (phrase, line, column) => {
    const index = REFERENCE_SOURCE.indexOf(phrase);
    expect(new SourceLocator(REFERENCE_SOURCE).locate(index)).toMatchObject({ line, column });
    expect(REFERENCE_SOURCE.split('\n')[line - 1]!.slice(column - 1).startsWith(phrase)).toBe(true);
  });

  it('locates the same characters in the reference report with CRLF line breaks', () => {
    const crlf = REFERENCE_SOURCE.replace(/\n/g, '\r\n');
    const lf = new SourceLocator(REFERENCE_SOURCE).locate(REFERENCE_SOURCE.indexOf('逾 6000'));
    const withCr = new SourceLocator(crlf).locate(crlf.indexOf('逾 6000'));
    expect([withCr.line, withCr.column]).toEqual([lf.line, lf.column]);
    expect(withCr.offset).toBe(lf.offset + lf.line - 1);
  });
});

describe('MappedTextBuilder and helpers', () => {
  const mapped = () => {
    const builder = new MappedTextBuilder();
    builder.append('政协', 10);
    builder.appendSynthetic(' ', 20);
    builder.append('主席', 20);
    return builder;
  };

  it('maps appended characters to consecutive source indices and a synthetic space to one index', () => {
    const builder = mapped();
    expect(builder.length).toBe(5);
    expect(builder.lastChar()).toBe('席');
    const built = builder.build();
    expect(built.text).toBe('政协 主席');
    expect([...built.map]).toEqual([10, 11, 20, 20, 21]);
  });

  it('appends mapped text keeping its map', () => {
    const builder = new MappedTextBuilder();
    builder.appendMapped(mapped().build());
    builder.append('介绍', 30);
    expect([...builder.build().map]).toEqual([10, 11, 20, 20, 21, 30, 31]);
  });

  it('maps each UTF-16 unit of an astral character', () => {
    const builder = new MappedTextBuilder();
    builder.append('𠀀a', 5);
    expect([...builder.build().map]).toEqual([5, 6, 7]);
  });
});
