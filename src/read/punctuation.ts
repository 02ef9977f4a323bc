/**
 * Half-width punctuation and full-width digits to the forms the analysis expects, character for
 * character so that every position stays put. Scraped pages and Windows editors write `,` `:`
 * `(` `)` `?` `"…"` and `４３` inside Chinese text; the segmenter and the extractor read `，` `：`
 * `（` `）` `？` `“…”` and `43`. Only punctuation next to a CJK character changes, so English and
 * numbers (`1,100`, `3.5`) are left alone.
 */
import type { Document } from '../model/document.js';
import { isWide } from './chars.js';

const NEXT_TO_CJK: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

export function normalisePunctuation(text: string): string {
  let quoteOpen = false;
  return text.replace(/[０-９％",:;?!()]/g, (char, at: number) => {
    const code = char.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
    if (char === '％') return '%';
    if (char === '"') {
      quoteOpen = !quoteOpen;
      return quoteOpen ? '“' : '”';
    }
    return isWide(text[at - 1]) || isWide(text[at + 1]) ? NEXT_TO_CJK[char]! : char;
  });
}

export function normaliseDocumentPunctuation(document: Document): Document {
  return { ...document, blocks: document.blocks.map((block) => ({ ...block, text: { text: normalisePunctuation(block.text.text), map: block.text.map } })) };
}
