/**
 * Traditional characters to simplified, for analysis only. District names, titles (政協主席), units
 * (萬, 個, 場) and qualifiers (餘) are recognised in their simplified forms, and the output names
 * the official simplified districts. `raw` and the text shown to readers stay as written.
 *
 * opencc-js costs ~50 ms to set up, so it loads only when the text has traditional characters.
 * The conversion must keep every character's place: a chunk whose length changes is converted one
 * character at a time.
 */
import type { Document } from '../model/document.js';
import { codeUnitTable } from './chars.js';

/** Common characters that exist only in traditional script. */
const TRADITIONAL_ONLY = codeUnitTable('們這國會員區縣協與為個來發經對時業於機關開議說體點實現應當將從讓論選報導進過還運動際務強黨陽場萬餘項條戶張屆間樣頭變總邊計務鄉鎮區廳幹導農勞價義紀術');

/** opencc-js builds its dictionaries per converter: one for the process. */
let converter: Promise<(text: string) => string> | undefined;

export function looksTraditional(text: string): boolean {
  // The opening of a report shows its script; a long file need not be read to the end.
  const end = Math.min(text.length, 200_000);
  let hits = 0;
  for (let i = 0; i < end; i++) if (TRADITIONAL_ONLY[text.charCodeAt(i)] === 1 && ++hits >= 5) return true;
  return false;
}

export async function simplify(document: Document): Promise<Document> {
  const convert = await (converter ??= import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 'tw', to: 'cn' })));
  const keepLength = (text: string) => {
    const converted = convert(text);
    if (converted.length === text.length) return converted;
    return text.replace(/[^，。；！？、]+/g, (chunk) => {
      const whole = convert(chunk);
      return whole.length === chunk.length ? whole : [...chunk].map((char) => (convert(char).length === char.length ? convert(char) : char)).join('');
    });
  };
  return {
    ...document,
    blocks: document.blocks.map((block) => ({ ...block, text: { text: keepLength(block.text.text), map: block.text.map } })),
  };
}
