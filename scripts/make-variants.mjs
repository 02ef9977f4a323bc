#!/usr/bin/env node
/**
 * Builds fixtures/variants/: the reference report in the other forms reports arrive in — Markdown,
 * an HTML page with navigation and scripts around the article, GB18030 with CRLF, UTF-16, one
 * paragraph per line, other column widths, indented paragraphs, half-width punctuation, traditional
 * characters. Each is made from the reference's own blocks (read by the built text reader), so the
 * same gold standard scores them all.
 *
 *   npm run build && node scripts/make-variants.mjs          # writes the files
 *   node scripts/make-variants.mjs --check                    # exits 1 if a file is out of date
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js/cn2t';
import { readText } from '../dist/read/text.js';

const root = new URL('../', import.meta.url);
const REFERENCE = 'fixtures/cq-cppcc-study-session-4.txt';

/** Splits CJK text into lines of `width` characters, the way an e-paper column does. */
function wrap(text, width) {
  const chars = [...text];
  const lines = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function parts(blocks) {
  const of = (kind) => blocks.filter((block) => block.kind === kind).map((block) => block.text.text);
  return { title: of('title')[0], subtitle: of('subtitle')[0], captions: of('caption'), byline: of('byline')[0] };
}

/** Plain text from blocks: header lines, then body blocks laid out by `layout(block)` → lines. */
function plainText(blocks, layout, { blankBetween = false, eol = '\n' } = {}) {
  const out = [];
  for (const block of blocks) {
    const lines = block.kind === 'paragraph' ? layout(block.text.text) : block.kind === 'heading' ? block.text.text.split(' ') : [block.text.text];
    out.push(...lines);
    if (blankBetween) out.push('');
  }
  return out.join(eol) + eol;
}

function markdown(blocks) {
  const { title, subtitle, captions, byline } = parts(blocks);
  const out = [`# ${title}`, '', `## ${subtitle}`, '', '![专题学习研讨班分组讨论现场](photo-1.jpg)', '', `*${captions[0]}*`, '', byline, ''];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`## ${block.text.text}`, '');
    // Soft line breaks every 24 characters, as an editor's hard-wrapped Markdown has them.
    if (block.kind === 'paragraph') out.push(...wrap(block.text.text, 24), '');
  }
  return out.join('\n');
}

function html(blocks) {
  const { title, subtitle, captions, byline } = parts(blocks);
  const body = [];
  for (const block of blocks) {
    if (block.kind === 'heading') body.push(`      <h2>${escapeHtml(block.text.text)}</h2>`);
    if (block.kind === 'paragraph') {
      // Quotation marks as character references, as many CMSs write them.
      const text = escapeHtml(block.text.text).replace(/“/g, '&ldquo;').replace(/”/g, '&#8221;');
      body.push(`      <p>${text}</p>`);
    }
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)} - 重庆政协报</title>
  <style>body { font-family: sans-serif } .nav a { margin: 0 1em }</style>
  <script>window.dataLayer = [{ page: '政协主席 2024年 100个' }];</script>
</head>
<body>
  <nav class="nav"><a href="/">首页</a><a href="/news">要闻</a><a href="/district">区县政协 38个</a></nav>
  <div class="sidebar"><h3>热点</h3><ul><li>江北区政协召开全会 3天</li><li>万州区政协 2024 年工作要点</li></ul></div>
  <main>
    <article>
      <h1>${escapeHtml(title)}</h1>
      <h2 class="subtitle">${escapeHtml(subtitle)}</h2>
      <figure><img src="photo-1.jpg" alt="专题学习研讨班分组讨论现场 100人"><figcaption>${escapeHtml(captions[0])}</figcaption></figure>
      <p class="byline">${escapeHtml(byline)}</p>
${body.join('\n')}
    </article>
  </main>
  <footer>版权所有 © 2024 重庆政协报社 渝ICP备12345678号 联系电话 023-12345678</footer>
  <script src="analytics.js"></script>
</body>
</html>
`;
}

const HALF_WIDTH = { '，': ',', '：': ':', '（': '(', '）': ')', '？': '?', '！': '!', '；': ';', '“': '"', '”': '"' };

export function buildVariants() {
  const reference = readFileSync(new URL(REFERENCE, root), 'utf8');
  const { blocks } = readText(reference);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const web = plainText(blocks, (text) => [text]);
  return new Map([
    ['reference.md', Buffer.from(markdown(blocks))],
    ['reference.html', Buffer.from(html(blocks))],
    ['reference-gb18030-crlf.txt', iconv.encode(reference.replace(/\n/g, '\r\n'), 'gb18030')],
    ['reference-utf16le.txt', iconv.encode(reference, 'utf-16le', { addBOM: true })],
    ['reference-one-paragraph-per-line.txt', Buffer.from(web)],
    ['reference-width-15.txt', Buffer.from(plainText(blocks, (text) => wrap(text, 15)))],
    ['reference-width-32-blank-lines.txt', Buffer.from(plainText(blocks, (text) => wrap(text, 32), { blankBetween: true }))],
    ['reference-indented.txt', Buffer.from(plainText(blocks, (text) => wrap('\u3000\u3000' + text, 26).map((line, i) => (i === 0 ? line : line.trimStart()))))],
    ['reference-halfwidth.txt', Buffer.from(web.replace(/[，：（）？！；“”]/g, (char) => HALF_WIDTH[char]))],
    ['reference-traditional.txt', Buffer.from(toTraditional(reference))],
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const dir = new URL('fixtures/variants/', root);
  mkdirSync(dir, { recursive: true });
  let stale = 0;
  for (const [name, bytes] of buildVariants()) {
    const path = new URL(name, dir);
    if (check) {
      let current = null;
      try {
        current = readFileSync(path);
      } catch {}
      if (!current || !current.equals(bytes)) {
        console.error(`out of date: fixtures/variants/${name}`);
        stale++;
      }
    } else writeFileSync(path, bytes);
  }
  process.exit(stale ? 1 : 0);
}
