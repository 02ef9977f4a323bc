/** Keywords: TF-IDF over entries with jieba, a domain dictionary and stopwords. */
import { describe, expect, it } from 'vitest';
import { entryKeywords, KEYWORDS_PER_ENTRY } from '../../src/analyze/keywords.js';
import type { Report } from '../../src/model/report.js';
import { referenceReport } from './reference-report.js';

const keywords = await entryKeywords([referenceReport]);
const wordsOf = (district: string) => keywords.get(referenceReport.entries.find((entry) => entry.district.name === district)!)!.map((k) => k.word);

describe('entryKeywords on the reference report', () => {
  it('gives every entry its top keywords, heaviest first', () => {
    expect(keywords.size).toBe(38);
    for (const list of keywords.values()) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(KEYWORDS_PER_ENTRY);
      const weights = list.map((k) => k.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
    }
  });

  it('finds 老旧小区 for 涪陵区, the one district that renovates housing estates', () => {
    expect(wordsOf('涪陵区')).toContain('老旧小区');
  });

  it('keeps the domain words whole: 政协委员 for 城口县, 协商议事 for 綦江区', () => {
    expect(wordsOf('城口县')).toContain('政协委员');
    expect(wordsOf('綦江区')).toContain('协商议事');
  });

  it('lets no stopword, place name, speaker name or figure through', () => {
    const all = [...keywords.values()].flat().map((k) => k.word);
    for (const word of ['政协', '该区', '该县', '介绍', '表示', '余次', '万元']) expect(all).not.toContain(word);
    for (const entry of referenceReport.entries) {
      const words = keywords.get(entry)!.map((k) => k.word);
      expect(words).not.toContain(entry.speakers[0]!.name);
      expect(words.some((word) => entry.district.name.startsWith(word))).toBe(false);
    }
  });
});

describe('entryKeywords on constructed entries', () => {
  const template = referenceReport.entries[0]!;
  const report = (texts: string[]): Report => ({
    ...referenceReport,
    entries: texts.map((text, i) => ({ ...template, id: `e${i + 1}`, text, speakers: [] })),
  });

  it('segments 政协委员, 委员工作室, 渝事好商量 and 协商议事 as single words', async () => {
    const result = await entryKeywords([report(['政协委员走进委员工作室，依托渝事好商量平台开展协商议事。'])], { top: 20 });
    const words = [...result.values()][0]!.map((k) => k.word);
    expect(words).toEqual(expect.arrayContaining(['政协委员', '委员工作室', '渝事好商量', '协商议事']));
    expect(words).not.toContain('工作室');
  });

  it('ranks a word that only one entry uses above one that every entry uses', async () => {
    const result = await entryKeywords([report(['群众，养老', '群众，乡村振兴', '群众，文旅融合'])]);
    const first = [...result.values()][0]!;
    expect(first[0]!.word).not.toBe('群众');
    expect(first.findIndex((k) => k.word === '群众')).toBeGreaterThan(first.findIndex((k) => k.word === '养老'));
  });

  it('gives the same keywords on a second call', async () => {
    const again = await entryKeywords([referenceReport]);
    expect([...again.values()]).toEqual([...keywords.values()]);
  });
});
