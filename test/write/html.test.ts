/**
 * The HTML page writer on the reference report (through the real pipeline, since the page shows
 * the text blocks and spans only the pipeline makes), on a report whose every string carries an
 * injection payload, and the escaping template underneath. What the page does in a browser is
 * tested in test/browser/.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { extract } from '../../src/pipeline.js';
import { renderHtml } from '../../src/write/html.js';
import { escapeAttribute, escapeText, html, Html, trusted } from '../../src/write/html/markup.js';
import { ATTRIBUTE_PAYLOAD, CRAFTED_PATH, CRAFTED_TEXT, SCRIPT_PAYLOAD } from '../browser/crafted.js';

const FIXTURE = 'fixtures/cq-cppcc-study-session-4.txt';
const PAYLOAD = `<script>alert(1)</script>"><img src=x onerror=alert(2)>'`;

/** The report with PAYLOAD appended to every string in it, the contract's codes and ids included. */
function poisoned(value: unknown): unknown {
  if (typeof value === 'string') return value + PAYLOAD;
  if (Array.isArray(value)) return value.map(poisoned);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, poisoned(item)]));
  return value;
}

const attributeValues = (page: string, name: string) => [...page.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1]!);

/** The content of the one inline element with this tag. */
function inline(page: string, tag: 'script' | 'style'): string {
  const found = [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))];
  expect(found).toHaveLength(1);
  return found[0]![1]!;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('renderHtml on the reference report', () => {
  let report: Report;
  let page: string;

  beforeAll(async () => {
    report = await extract(readFileSync(FIXTURE), { path: FIXTURE });
    page = renderHtml([report]);
  });

  it('is a Chinese page titled with the report title', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>深入研讨聚共识 汇智聚力促发展</title>');
  });

  it('has a Content-Security-Policy that forbids loading anything and allows its own style and script by hash', () => {
    const policy = attributeValues(page, 'content').find((value) => value.startsWith('default-src'))!;
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
    const directives = policy.replaceAll('&#39;', "'").split('; ');
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain(`script-src 'sha256-${sha256(inline(page, 'script'))}'`);
    expect(directives).toContain(`style-src 'sha256-${sha256(inline(page, 'style'))}'`);
    expect(policy).not.toContain('unsafe');
    // The policy blocks style attributes, so the page must not rely on any.
    expect(page).not.toMatch(/\sstyle="/);
  });

  it('refers to nothing on the network', () => {
    const references = [...attributeValues(page, 'src'), ...attributeValues(page, 'href')];
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(reference).toMatch(/^(#|data:)/);
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('shows the summary: event, dates, venue, sections, coverage and totals', () => {
    for (const text of ['六届市政协委员专题学习研讨班（第4期）', '7月22日至25日', '中共石柱土家族自治县委党校（初心学院）', '重庆市 38/38 个县级行政区，无缺漏', '≥ 10000 人']) {
      expect(page).toContain(text);
    }
    for (const section of report.sections) expect(page).toContain(`${section.title}</a>`);
  });

  it('has one district row per district, 38, each linking to its passage', () => {
    const rows = page.match(/<tr data-filter="/g) ?? [];
    expect(rows).toHaveLength(38);
    for (const entry of report.entries) expect(page).toContain(`id="r1-${entry.id}"`);
  });

  it('marks every metric in the text and links to each from the table', () => {
    const ids = new Set(attributeValues(page, 'id'));
    expect(page.match(/<mark class="metric [^"]*" id="/g)).toHaveLength(report.metrics.length);
    const links = [...page.matchAll(/<a class="metric-link [^"]*" href="#([^"]+)"/g)].map((match) => match[1]!);
    expect(links).toHaveLength(report.metrics.length);
    for (const link of links) expect(ids).toContain(link);
    expect(page).toMatch(/<mark class="metric c-activities" id="r1-m\d+" tabindex="0" data-tip="230余次：[^"]*">230余次<\/mark>/);
  });

  it('marks every other numeral quietly with its kind', () => {
    const others = report.numbers.filter((number) => number.metric === null);
    expect(page.match(/<span class="numeral k-/g)?.length).toBe(others.length + new Set(others.map((n) => n.kind)).size);
  });

  it('gives every element a different id, and every in-page link a target', () => {
    const ids = attributeValues(page, 'id');
    expect(new Set(ids).size).toBe(ids.length);
    for (const href of attributeValues(page, 'href').filter((h) => h.startsWith('#'))) expect(ids).toContain(href.slice(1));
  });

  it('charts people by district by default, with the qualifier mark on each bar', () => {
    const people = page.match(/<figure class="chart" data-category="people">[\s\S]*?<\/figure>/)![0];
    const bars = [...people.matchAll(/<a class="bar" [^>]*data-district="([^"]+)"/g)].map((match) => match[1]);
    expect(bars.sort()).toEqual([...new Set(report.metrics.filter((m) => m.category === 'people').map((m) => m.district))].sort());
    expect(people).toContain('≈ 500 人次</text>');
    expect(page).toMatch(/<figure class="chart" data-category="activities" hidden>/);
  });

  it('writes the same bytes for the same input', async () => {
    const again = await extract(readFileSync(FIXTURE), { path: FIXTURE });
    expect(renderHtml([again])).toBe(page);
    expect(renderHtml([JSON.parse(JSON.stringify(report)) as Report])).toBe(page);
  });

  it('puts several reports on one page, one section each, with a list to choose from', () => {
    const both = renderHtml([report, { ...report, source: { ...report.source, path: 'second.txt' } }]);
    expect(both).toContain('<article class="report" id="r1">');
    expect(both).toContain('<article class="report" id="r2">');
    expect(both).toMatch(/<nav class="reports"[^>]*><ol><li><a href="#r1">/);
    expect(both).toContain('<title>深入研讨聚共识 汇智聚力促发展 等 2 篇报道</title>');
    const ids = attributeValues(both, 'id');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('renders a report with nothing found', () => {
    const empty: Report = { ...report, meta: { ...report.meta, title: null }, sections: [], entries: [], metrics: [], numbers: [], warnings: [{ code: 'no-districts', message: 'no district', line: null, column: null }] };
    const out = renderHtml([empty]);
    expect(out).toContain(`<title>${FIXTURE}</title>`);
    expect(out).toContain('无图可画');
    expect(out).toContain('<code>no-districts</code>');
  });
});

describe('renderHtml on a report whose every string is an injection payload', () => {
  let page: string;

  beforeAll(async () => {
    const report = await extract(readFileSync(FIXTURE), { path: FIXTURE });
    page = renderHtml([poisoned(report) as Report]);
  });

  it('leaves no markup from the input: one script (its own), no img, no handler', () => {
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('<img');
    const tags = page.replace(/="[^"]*"/g, '=""').match(/<[^>]*>/g)!;
    expect(tags.filter((tag) => /onerror|<img|<script(?!>)/.test(tag))).toEqual([]);
  });

  it('shows the payload as text and keeps it inside attribute values', () => {
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;"&gt;&lt;img src=x onerror=alert(2)&gt;\'');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&#39;');
    // Every attribute value is closed by the page's own quote, not the payload's.
    for (const value of attributeValues(page, 'data-tip')) expect(value).not.toMatch(/[<>"']/);
  });
});

describe('renderHtml where the passages differ from the source text', () => {
  // Entry.text is the analysed text: quotes normalised, traditional characters simplified.
  const TRADITIONAL = `重慶市政協召開區縣政協工作交流會

永川區政協主席文良印則表示，區政協堅持從全局謀劃一域、以一域服務全局。2022年以來，該區政協組織開展考察調研230餘次、重要協商活動36餘次。

江津區政協主席楊利表示，該區政協以改革創新為動力，開展協商活動50餘場。
`;

  it.each([
    ['with half-width quotes and payloads', CRAFTED_TEXT, CRAFTED_PATH],
    ['in traditional characters', TRADITIONAL, 'traditional.txt'],
  ])('still anchors every passage in the text, %s', async (_name, text, path) => {
    const report = await extract(text, { path });
    expect(report.entries.length).toBeGreaterThanOrEqual(2);
    const page = renderHtml([report]);
    for (const entry of report.entries) expect(page).toContain(`<span class="passage first" id="r1-${entry.id}" data-label="${entry.district.name}">`);
  });

  it('escapes the crafted report’s payloads', async () => {
    const page = renderHtml([await extract(CRAFTED_TEXT, { path: CRAFTED_PATH })]);
    // Numerals inside the payload (alert(1)) are marked like any other, so compare the text without tags.
    expect(page.replace(/<[^>]*>/g, '')).toContain(`${escapeText(SCRIPT_PAYLOAD)}，${escapeText(ATTRIBUTE_PAYLOAD)}服务群众`);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('<img');
  });
});

describe('html', () => {
  it('escapes text between tags and values in attributes, each for where it stands', () => {
    const text = `<b>"a" & 'b'</b>`;
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      '<p title="&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;">&lt;b&gt;"a" &amp; \'b\'&lt;/b&gt;</p>',
    );
    expect(escapeText(text)).toBe('&lt;b&gt;"a" &amp; \'b\'&lt;/b&gt;');
    expect(escapeAttribute(text)).toBe('&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;');
  });

  it('passes markup it made, and arrays of it, through unescaped between tags', () => {
    const items = ['<1>', '<2>'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>&lt;1&gt;</li><li>&lt;2&gt;</li></ul>');
    expect(html`<style>${trusted('a > b {}')}</style>`).toEqual(new Html('<style>a > b {}</style>'));
  });

  it('refuses text inside a tag and markup inside an attribute', () => {
    expect(() => html`<p ${'onclick=alert(1)'}>`).toThrow(/inside a tag/);
    expect(() => html`<p title="${html`<b>`}">`).toThrow(/inside an attribute/);
    expect(html`<p${trusted(' hidden')} class="${'x'}">`.value).toBe('<p hidden class="x">');
  });
});
