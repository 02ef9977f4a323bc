/**
 * HTML reader (unified + rehype-parse). Takes the article body — the `<article>`, else the element
 * whose own paragraphs hold most of the text — and never page furniture (`<script>`, `<style>`,
 * `<nav>`, `<header>`, `<footer>`, `<aside>`, `<figcaption>`, forms). `<h1>`–`<h6>` become the title
 * and sections, and so does an element of text alone that holds what the page's `<title>` names
 * besides the site (a CMS's `div.article-title`, `td.newstitle`); any other element of text alone
 * (`<p>`, `<li>`, `<div>`, a WeChat `<section>`, `<font>`) is a paragraph, and so is text between an
 * element's blocks, so that no text is lost; `<br>` is a line break; a table of statistics gives a
 * paragraph per row (src/read/table.ts), any other table its cells. Character references are decoded
 * by the parser; positions are aligned back to the HTML source.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { isBodyText, type Block, type Document } from '../model/document.js';
import type { MappedText } from '../model/text.js';
import { alignToSource, BlockKinds, BlockText, pushBlock, pushStatisticsRows } from './markup.js';
import { looksLikeByline } from './parts.js';

const FURNITURE = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'figcaption', 'form', 'button',
  'select', 'textarea', 'iframe', 'svg', 'canvas', 'video', 'audio', 'object', 'embed', 'menu', 'head', 'img', 'picture',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPHS = new Set(['p', 'li', 'dd', 'blockquote', 'pre', 'td']);
const BLOCK_LEVEL = new Set([...HEADINGS, ...PARAGRAPHS, 'div', 'section', 'article', 'main', 'ul', 'ol', 'table', 'tbody', 'tr', 'figure', 'dl', 'center', 'body', 'html']);

export function readHtml(source: string): Document {
  const tree = unified().use(rehypeParse).parse(source) as Root;
  const container = articleBody(tree);
  const blocks: Block[] = [];
  const kinds = new BlockKinds();

  const inline = (node: ElementContent | RootContent, into: BlockText): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      into.add(alignToSource(node.value, source, start, end));
    } else if (node.type === 'element') {
      if (FURNITURE.has(node.tagName)) return;
      if (node.tagName === 'br') into.addBreak(node.position?.start.offset ?? 0);
      else for (const child of node.children) inline(child, into);
    }
  };
  const textOf = (element: Element) => {
    const text = new BlockText();
    for (const child of element.children) inline(child, text);
    return text.finish();
  };
  const pageTitle = findElement(tree, (element) => element.tagName === 'title');
  const pageTitleText = pageTitle ? textOf(pageTitle).text : '';
  /** The headline, in an element of text alone before the body's text (div.article-title, td.newstitle): what the page's <title> names besides the site. */
  const isHeadline = (text: string) => namesHeadline(pageTitleText, text) && !blocks.some((block) => block.kind === 'title' || isBodyText(block.kind));

  const walk = (node: ElementContent | RootContent): void => {
    if (node.type !== 'element' || FURNITURE.has(node.tagName)) return;
    if (HEADINGS.has(node.tagName)) {
      pushBlock(blocks, kinds.heading(), textOf(node));
      return;
    }
    if (node.tagName === 'table' && pushStatisticsRows(blocks, kinds, tableRows(node).map((row) => row.map(textOf)))) return;
    // An element of text alone is a paragraph, whatever its tag: <p>, <div>, a WeChat <section>, <font>.
    if (!holdsBlocks(node)) {
      const text = textOf(node);
      if (text.text.length) pushBlock(blocks, isHeadline(text.text) ? 'title' : kinds.paragraph(text.text), text);
      return;
    }
    // Text and inline elements between the blocks (<div>道里区…<br>南岗区…<p>…</p></div>) are paragraphs too.
    let run: BlockText | undefined;
    const flush = () => {
      const text = run?.finish();
      if (text?.text.length) pushBlock(blocks, kinds.paragraph(text.text), text);
      run = undefined;
    };
    for (const child of node.children) {
      if (child.type === 'text' || (child.type === 'element' && !BLOCK_LEVEL.has(child.tagName) && !FURNITURE.has(child.tagName))) {
        if (child.type === 'text' && child.value.trim() === '' && !run) continue;
        inline(child, (run ??= new BlockText()));
      } else {
        flush();
        walk(child);
      }
    }
    flush();
  };
  walk(container);

  // The headline and the info line often stand just outside the article's element (above it, or
  // beside it in a layout table's cell); the page's <title> also names the site.
  const before = headBefore(tree, container, (element) => namesHeadline(pageTitleText, textOf(element).text));
  if (!blocks.some((block) => block.kind === 'byline') && before.byline) {
    const byline = textOf(before.byline);
    if (looksLikeByline(byline.text)) blocks.unshift({ kind: 'byline', text: byline });
  }
  if (!blocks.some((block) => block.kind === 'title')) {
    const title = before.headline ? textOf(before.headline) : pageTitle && withoutSiteName(textOf(pageTitle));
    if (title?.text.length) blocks.unshift({ kind: 'title', text: title });
  }
  return { source, format: 'html', blocks, warnings: [] };
}

/**
 * What sets the site's or the column's name apart from the headline in a page's <title>: 标题_金华政协网,
 * 鹿城政协网--标题, 标题 | 站名, 标题 - 站名 (its spaces closed up between Chinese characters; 2023-2024 is no separator).
 */
const SITE_NAME_SEPARATOR = /\s*(?:_+|-{2,}|(?<!\d)-(?!\d)|[|｜])\s*/;
const SEPARATOR_AFTER_HEADLINE = new RegExp(`^(?:${SITE_NAME_SEPARATOR.source})`);
const SEPARATOR_BEFORE_HEADLINE = new RegExp(`(?:${SITE_NAME_SEPARATOR.source})$`);
const SITE_NAME_SEPARATORS = new RegExp(SITE_NAME_SEPARATOR.source, 'g');

/** Whether `text` is the headline in the page's title `title`: all of it, or all but a shorter site's name set off by a separator. */
function namesHeadline(title: string, text: string): boolean {
  if (text.length < 4) return false;
  if (title === text) return true;
  const site = title.startsWith(text) ? title.slice(text.length) : title.endsWith(text) ? title.slice(0, title.length - text.length) : null;
  if (site === null || !(title.startsWith(text) ? SEPARATOR_AFTER_HEADLINE : SEPARATOR_BEFORE_HEADLINE).test(site)) return false;
  return site.split(SITE_NAME_SEPARATORS).every((name) => name.length < text.length);
}

/** A page's <title> without the site's and the column's names: its longest part between separators. */
function withoutSiteName(title: MappedText): MappedText {
  let longest = { start: 0, end: 0 };
  let start = 0;
  const partEndsAt = (end: number) => {
    if (end - start > longest.end - longest.start) longest = { start, end };
  };
  for (const separator of title.text.matchAll(SITE_NAME_SEPARATORS)) {
    partEndsAt(separator.index);
    start = separator.index + separator[0].length;
  }
  partEndsAt(title.text.length);
  return { text: title.text.slice(longest.start, longest.end), map: title.map.subarray(longest.start, longest.end) };
}

/** The cells of a table's own rows (through thead, tbody, tfoot), not of tables inside its cells. */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')));
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The last headline before `container` in the page — an <h1> or <h2>, or an element of text alone that
 * `isHeadline` — and the last element between them that holds only text (the info line).
 */
function headBefore(tree: Root, container: Element, isHeadline: (element: Element) => boolean): { headline?: Element; byline?: Element } {
  let headline: Element | undefined;
  let byline: Element | undefined;
  const visit = (node: Root | Element): boolean => {
    for (const child of node.children) {
      if (child.type !== 'element' || FURNITURE.has(child.tagName)) continue;
      if (child === container) return true;
      if (child.tagName === 'h1' || child.tagName === 'h2' || (!holdsBlocks(child) && BLOCK_LEVEL.has(child.tagName) && isHeadline(child))) {
        headline = child;
        byline = undefined;
      } else if (headline && !holdsBlocks(child) && BLOCK_LEVEL.has(child.tagName) && textLength(child) > 0) byline = child;
      else if (visit(child)) return true;
    }
    return false;
  };
  return visit(tree) ? { headline, byline } : {};
}

/** A <div> or <section> of text alone, or around a single paragraph, or inline text (<font>, <span>). */
function wrapsParagraph(element: Element): boolean {
  if (!BLOCK_LEVEL.has(element.tagName)) return !FURNITURE.has(element.tagName);
  if (element.tagName !== 'div' && element.tagName !== 'section') return false;
  const blocks = element.children.filter((child): child is Element => child.type === 'element' && BLOCK_LEVEL.has(child.tagName));
  return blocks.length === 0 || (blocks.length === 1 && PARAGRAPHS.has(blocks[0]!.tagName) && !holdsBlocks(blocks[0]!));
}

function holdsBlocks(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && BLOCK_LEVEL.has(child.tagName));
}

function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.trim().length;
  if (node.type !== 'element' || FURNITURE.has(node.tagName)) return 0;
  let total = 0;
  for (const child of node.children) total += textLength(child);
  return total;
}

/**
 * The `<article>` with most text; else the element whose direct paragraph children hold most text,
 * provided it holds at least half of the page's paragraph text; else `<body>`.
 */
function articleBody(tree: Root): Element {
  const body = findElement(tree, (element) => element.tagName === 'body') ?? ({ type: 'element', tagName: 'body', properties: {}, children: tree.children as ElementContent[] } as Element);
  const articles: Element[] = [];
  let best: { element: Element; score: number } | null = null;
  let totalParagraphText = 0;
  const visit = (element: Element) => {
    if (FURNITURE.has(element.tagName)) return;
    if (element.tagName === 'article') articles.push(element);
    let score = 0;
    for (const child of element.children) {
      // A layout table's cell that holds the article and another the sidebar are no paragraphs: the
      // article's own element, further down, is. A WeChat <section> around one paragraph is one.
      if (child.type === 'element' && (HEADINGS.has(child.tagName) || (PARAGRAPHS.has(child.tagName) && !holdsBlocks(child)) || wrapsParagraph(child))) score += textLength(child);
      else if (child.type === 'text') score += child.value.trim().length;
    }
    if (element.tagName === 'p') totalParagraphText += textLength(element);
    if (!best || score > best.score) best = { element, score };
    for (const child of element.children) if (child.type === 'element') visit(child);
  };
  visit(body);
  if (articles.length) return articles.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
  const chosen = best as { element: Element; score: number } | null;
  return chosen && chosen.score >= totalParagraphText / 2 ? chosen.element : body;
}
