/**
 * The character classes and backward scans every stage shares (src/read/chars.ts).
 */
import { describe, expect, it } from 'vitest';
import { CLAUSE_PUNCTUATION_CODES, cellWidth, clauseStart, codeUnitTable, endsSentence, sentenceStart } from '../../src/read/chars.js';

const SENTENCE = '今年以来，该区政协收到提案315件；其中，重点提案15件、建议案3件，已有25条被采纳。';
const at = (text: string, phrase: string) => text.indexOf(phrase);

describe('clauseStart', () => {
  it('stops just after the last break before the index, whatever breaks the caller gives', () => {
    const figure = at(SENTENCE, '重点提案15件') + 4;
    expect(SENTENCE.slice(clauseStart(SENTENCE, figure, CLAUSE_PUNCTUATION_CODES), figure)).toBe('重点提案');
    expect(SENTENCE.slice(clauseStart(SENTENCE, figure, codeUnitTable('；')), figure)).toBe('其中，重点提案');
    const listed = at(SENTENCE, '3件');
    expect(SENTENCE.slice(clauseStart(SENTENCE, listed, codeUnitTable('，、')), listed)).toBe('建议案');
  });

  it('goes no further back than the floor, and reads the whole text when no break comes', () => {
    const figure = at(SENTENCE, '315件');
    expect(clauseStart(SENTENCE, figure, codeUnitTable('；'), 5)).toBe(5);
    expect(clauseStart(SENTENCE, figure, codeUnitTable('；'))).toBe(0);
    expect(clauseStart(SENTENCE, 0, CLAUSE_PUNCTUATION_CODES)).toBe(0);
  });
});

describe('sentenceStart', () => {
  it('starts after a stop and after the closing quote that follows it', () => {
    const text = '他说：“要办实事。”该区政协开展协商活动12场。';
    expect(text.slice(sentenceStart(text, at(text, '12场')))).toBe('该区政协开展协商活动12场。');
    expect(sentenceStart(SENTENCE, at(SENTENCE, '25条'))).toBe(0);
  });

  it('looks back no further than its reach', () => {
    const text = `${'协'.repeat(500)}12场`;
    expect(sentenceStart(text, 500, 300)).toBe(200);
  });
});

describe('cellWidth and endsSentence', () => {
  it('counts a wide character as one cell, ASCII as half, spaces as none, an astral character once', () => {
    expect(cellWidth('政协 ab　12')).toBe(4);
    expect(cellWidth('📍渭滨区')).toBe(4);
  });

  it('sees a stop behind closing quotes and brackets, and a dash as an ending', () => {
    expect(endsSentence('要办实事。”')).toBe(true);
    expect(endsSentence('（本报记者 吴倩）')).toBe(false);
    expect(endsSentence('他说——')).toBe(true);
  });
});
