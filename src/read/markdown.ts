/**
 * Markdown reader (unified + remark-parse). Headings are sections, or the title and subtitle when
 * they come before any paragraph; paragraphs, list items and block quotes are body text; images
 * (and their alt text), code and raw HTML are not. Soft line breaks inside a paragraph join without
 * a space between CJK characters. Pipe tables (GFM) of statistics give a paragraph per row
 * (src/read/table.ts), other tables their cells. Positions come from the syntax tree's offsets.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import type { Block, Document } from '../model/document.js';
import { alignToSource, BlockKinds, BlockText, pushBlock, pushStatisticsRows } from './markup.js';

export function readMarkdown(source: string): Document {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as Root;
  const blocks: Block[] = [];
  const kinds = new BlockKinds();

  const inline = (node: Nodes, into: BlockText): void => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      into.add(alignToSource(node.value, source, start, end));
    } else if (node.type === 'break') {
      into.addBreak(node.position?.start.offset ?? 0);
    } else if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html' || node.type === 'footnoteReference') {
      return;
    } else if ('children' in node) {
      for (const child of (node as Parents).children) inline(child as Nodes, into);
    }
  };
  const textOf = (node: Parents) => {
    const text = new BlockText();
    for (const child of node.children) inline(child as Nodes, text);
    return text.finish();
  };

  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'heading': {
        const text = textOf(node);
        pushBlock(blocks, kinds.heading(), text);
        return;
      }
      case 'paragraph': {
        const text = textOf(node);
        if (text.text.length) pushBlock(blocks, kinds.paragraph(text.text), text);
        return;
      }
      case 'table': {
        const cells = node.children.map((row) => row.children.map((cell) => textOf(cell)));
        if (!pushStatisticsRows(blocks, kinds, cells)) for (const cell of cells.flat()) pushBlock(blocks, kinds.paragraph(cell.text), cell);
        return;
      }
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
        return;
      default:
        if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes);
    }
  };
  walk(tree);
  return { source, format: 'md', blocks, warnings: [] };
}
