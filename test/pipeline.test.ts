/**
 * extractParts(): a long text read in parts is the report extract() gives, told part by part —
 * where the parts measure the same layout, as in a text of one paragraph per line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';
import { extract, extractParts, type PartOptions } from '../src/pipeline.js';
import { jsonlReport } from '../src/write/jsonl.js';
import { PAGE_BREAK_TEXT } from './helpers/page-break.js';

const ONE_PARAGRAPH_PER_LINE = readFileSync(new URL('../fixtures/variants/reference-one-paragraph-per-line.txt', import.meta.url), 'utf8');
/** Three reports one after another, as a long file of pasted articles is. */
const LONG = [ONE_PARAGRAPH_PER_LINE, ONE_PARAGRAPH_PER_LINE, ONE_PARAGRAPH_PER_LINE].join('\n\n');

async function partsOf(text: string, options: PartOptions): Promise<Report[]> {
  const parts: Report[] = [];
  for await (const part of extractParts(text, options)) parts.push(part);
  return parts;
}

describe('extractParts', () => {
  it.each([300, 1000, 4000, 8000])('gives, in parts of %i characters, the JSON Lines of the whole text, byte for byte', async (partChars) => {
    const whole = await extract(LONG);
    const parts = await partsOf(LONG, { partChars });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map(jsonlReport).join('')).toBe(jsonlReport(whole));
    // Blocks run on across parts, and each part holds the ones its metrics point at.
    expect(parts.flatMap((part) => part.metrics.map((metric) => metric.block))).toEqual(whole.metrics.map((metric) => metric.block));
    expect(parts.reduce((sum, part) => sum + part.blocks.length, 0)).toBe(whole.blocks.length);
  });

  it('continues a passage across parts under one entry id, and reads the meta from the first part', async () => {
    // Each district's passage runs over many paragraphs, so that parts end inside passages.
    const passage = (intro: string, n: number) => [intro, ...Array.from({ length: 12 }, (_, i) => `今年以来，该项工作开展协商${n + i}场，服务群众${100 + n + i}人次。`)];
    const text = ['各区县政协交流基层协商经验', '', ...passage('黔江区政协主席姚登惠介绍，区政协深化协商平台建设。', 10), ...passage('江津区政协主席杨利表示，区政协聚焦民生实事。', 40)].join('\n');
    const whole = await extract(text);
    const parts = await partsOf(text, { partChars: 150 });
    expect(parts.map(jsonlReport).join('')).toBe(jsonlReport(whole));
    const ids = parts.map((part) => part.entries.map((entry) => entry.id));
    expect(ids.filter((list) => list.length === 1 && list[0] === 'e1').length).toBeGreaterThan(1);
    expect(new Set(ids.flat())).toEqual(new Set(['e1', 'e2']));
    expect(parts.every((part) => JSON.stringify(part.meta) === JSON.stringify(whole.meta))).toBe(true);
  });

  it('cuts one long line after a full stop, and keeps every figure’s line, column, offset and district', async () => {
    const line = ONE_PARAGRAPH_PER_LINE.split('\n').slice(4).join('');
    const whole = await extract(line);
    const parts = await partsOf(line, { partChars: 2000 });
    expect(parts.length).toBeGreaterThan(2);
    const where = (report: Report) => report.metrics.map(({ id, district, value, raw, line: at, column, offset }) => ({ id, district, value, raw, at, column, offset }));
    expect(parts.flatMap(where)).toEqual(where(whole));
  });

  it('tells only the last part that the text ends mid-sentence, and a text without districts once', async () => {
    const text = `${Array.from({ length: 40 }, (_, i) => `第${i + 1}段文字，没有任何区县的名字。`).join('\n')}\n这段话写到一半就断了，后面的内容没有复制进来，读者看不到它的结尾`;
    expect((await extract(text)).warnings.map((warning) => warning.code)).toEqual(['truncated', 'no-districts']);
    const parts = await partsOf(text, { partChars: 200 });
    expect(parts.length).toBeGreaterThan(2);
    const codes = parts.map((part) => part.warnings.map((warning) => warning.code));
    expect(codes.slice(0, -1).flat()).toEqual([]);
    expect(codes[codes.length - 1]).toEqual(expect.arrayContaining(['truncated', 'no-districts']));
  });

  it('takes a part size below one character as one character, and ends with all the text read', async () => {
    const text = '黔江区政协开展协商12场。\n江津区政协开展协商8场。\n';
    const parts = await partsOf(text, { partChars: 0 });
    expect(parts.flatMap((part) => part.blocks.map((block) => block.text)).join('')).toBe(text.replace(/\n/g, ''));
  });

  it('gives a short text, and Markdown or HTML of any length, as one report: extract()’s', async () => {
    expect(await partsOf(ONE_PARAGRAPH_PER_LINE, {})).toEqual([await extract(ONE_PARAGRAPH_PER_LINE)]);
    const markdown = `# 标题\n\n${ONE_PARAGRAPH_PER_LINE}`;
    expect(await partsOf(markdown, { partChars: 500, path: 'report.md' })).toEqual([await extract(markdown, { path: 'report.md' })]);
  });
});

describe('extract: the page furniture of an e-paper paste', () => {
  const page = PAGE_BREAK_TEXT;

  it('keeps a passage whole across a page break, and the next district\'s subhead opens its passage', async () => {
    const report = await extract(page);
    expect(report.entries.map((entry) => [entry.district.name, entry.speakers[0]?.name ?? null])).toEqual([
      ['安州区', null],
      ['三台县', '赵某某'],
    ]);
    expect(report.metrics.map((metric) => [metric.raw, metric.district])).toEqual([
      ['二十余次', '安州区'],
      ['18个', '安州区'],
      ['2.3万户', '安州区'],
      ['12次', '三台县'],
      ['46条', '三台县'],
      ['30余个', '三台县'],
    ]);
    expect(report.entries[1]!.text).not.toMatch(/编辑|分享/);
  });

  it('tells why the numbers of the running foot and the jump lines are not metrics', async () => {
    const report = await extract(page);
    const furniture = report.numbers.filter((number) => number.line >= 6 && number.line <= 8);
    expect(furniture.length).toBeGreaterThan(0);
    for (const number of furniture) expect(['date', 'ordinal'].includes(number.kind) || /page furniture/.test(number.reason), `${number.raw}: ${number.reason}`).toBe(true);
    expect(furniture.find((number) => number.raw === '五')?.reason).toBe('a weekday (星期五)');
  });
});

describe('extract: who speaks each quote of an entry', () => {
  it('gives a quote to the official named beside it, not to the first speaker of the entry, and a resident\'s to none of them', async () => {
    const text = [
      '甘谷县政协助力劳务输转',
      '',
      '本报记者　马晓燕',
      '',
      '甘谷县政协党组书记、主席李向东介绍，县政协组织委员组成3个专家服务队。',
      '',
      '“我们还针对劳务输转开展了专项协商。”甘谷县政协副主席赵明军说，县政协举办招聘会9场。',
      '',
      '“以前有事找不到人说，现在好了。”居民李大爷说。',
    ].join('\n');
    const report = await extract(text);
    expect(report.entries.map((entry) => [entry.district.name, entry.speakers.map((speaker) => speaker.name)])).toEqual([['甘谷县', ['李向东', '赵明军']]]);
    expect(report.entries[0]!.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['我们还针对劳务输转开展了专项协商。', '赵明军'],
      ['以前有事找不到人说，现在好了。', null],
    ]);
  });
});
