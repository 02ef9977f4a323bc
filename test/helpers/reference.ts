/**
 * Shared test material: the reference report (an e-paper PDF paste), its hand-made gold standard,
 * and small helpers to find real passages in it and to lay out composed reports the way the
 * e-paper paste is laid out.
 */
import { readFileSync } from 'node:fs';
import type { Block, Document } from '../../src/model/document.js';
import { readText } from '../../src/read/text.js';
import type { Gold } from '../reference/score.js';

export type { Gold, GoldEntry, GoldMetric } from '../reference/score.js';

export const REFERENCE_SOURCE = readFileSync(new URL('../../fixtures/cq-cppcc-study-session-4.txt', import.meta.url), 'utf8');
export const GOLD = JSON.parse(readFileSync(new URL('../reference/gold.json', import.meta.url), 'utf8')) as Gold;

let cachedDocument: Document | undefined;
export function referenceDocument(): Document {
  cachedDocument ??= readText(REFERENCE_SOURCE);
  return cachedDocument;
}

/** The gold file writes surfaces as in the source (`考察调研 230 余次`); the reader closes the spaces up. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Every place where `phrase` occurs in the text of a block of `document`. */
export function occurrences(document: Document, phrase: string): { block: Block; text: string; start: number }[] {
  const found: { block: Block; text: string; start: number }[] = [];
  for (const block of document.blocks) {
    const text = block.text.text;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) found.push({ block, text, start: at });
  }
  return found;
}

/** The one paragraph of the reference that contains `phrase` (squashed). */
export function referenceParagraph(phrase: string): { text: string; start: number } {
  const hits = occurrences(referenceDocument(), squash(phrase)).filter((hit) => hit.block.kind === 'paragraph');
  if (hits.length !== 1) throw new Error(`expected one paragraph with ${phrase}, found ${hits.length}`);
  return { text: hits[0]!.text, start: hits[0]!.start };
}

/** Lays lines out the way the e-paper paste does: every line followed by a blank line. */
export function ePaper(lines: readonly string[]): string {
  return lines.join('\n\n') + '\n';
}

/**
 * A composed report in the reference's style for another city (厦门): double-spaced, wrapped at
 * about 20 characters, spaces around digits, a name split across lines (林 / 建华), a 该区
 * back-reference and a passage opening with a quote.
 */
export const XIAMEN_LINES = [
  '各区政协交流基层协商经验',
  '□ 本报记者 林晓',
  '8 月 5 日，厦门市政协委员履职交流会在市政',
  '协会议中心举行。各区政协主席结合工作实际，',
  '交流了基层协商和委员履职的经验做法。',
  '思明区政协主席陈志明介绍，该区政协建成委',
  '员工作室 12 个，2023 年以来开展协商活动 80',
  '余场，服务群众 3000 余人次。',
  '湖里区政协围绕群众关心的养老、托育等问题',
  '开展小微协商。该区政协副主席王晓东介绍，今',
  '年以来该区政协推动解决问题 150 余个。',
  '“协商要接地气、有温度。”海沧区政协主席林',
  '建华表示，该区政协在 6 个街道设立委员联络',
  '站，筹集资金二百余万元。',
] as const;
export const XIAMEN_SOURCE = ePaper(XIAMEN_LINES);

/** Checks that every character of `block` maps back to the same character of `source`. */
export function mismatchedCharacters(source: string, block: Block): string[] {
  const { text, map } = block.text;
  const problems: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const from = source[map[i]!];
    if (char === from) continue;
    // A joining space has no source of its own: it is mapped to the character that follows it,
    // or it stands for a run of whitespace in the source.
    if (char === ' ' && (map[i] === map[i + 1] || /\s/.test(from ?? ''))) continue;
    problems.push(`${JSON.stringify(text.slice(Math.max(0, i - 5), i + 5))}[${i}] ${JSON.stringify(char)} → source[${map[i]}] ${JSON.stringify(from)}`);
  }
  return problems;
}
