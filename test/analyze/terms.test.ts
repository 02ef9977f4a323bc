/** Terms: quoted names grouped under their family, with the districts that use each. */
import { describe, expect, it } from 'vitest';
import { termIndex } from '../../src/analyze/terms.js';
import type { Entry, Report } from '../../src/model/report.js';
import { referenceReport } from './reference-report.js';

/** A report whose entries are just these districts, texts and quoted terms. */
function reportOf(entries: readonly { district: string; terms: string[]; text?: string }[]): Report {
  const template = referenceReport.entries[0]!;
  return {
    ...referenceReport,
    entries: entries.map(({ district, terms, text }, i): Entry => ({
      ...template,
      id: `e${i + 1}`,
      district: { ...template.district, name: district },
      terms,
      text: text ?? terms.map((term) => `“${term}”`).join(''),
    })),
  };
}

describe('termIndex on the reference report', () => {
  const index = termIndex([referenceReport]);
  const use = (term: string) => index.find((candidate) => candidate.term === term);

  it('finds “渝事好商量” in every district that names it, in report order, and in no other', () => {
    expect(use('渝事好商量')!.districts).toEqual(['垫江县', '万州区', '涪陵区', '沙坪坝区', '潼南区', '北碚区', '长寿区', '荣昌区']);
    const naming = referenceReport.entries.filter((entry) => entry.text.includes('渝事好商量')).map((entry) => entry.district.name);
    expect(use('渝事好商量')!.districts).toEqual(naming);
  });

  it('groups the local brands under it and keeps their names as variants', () => {
    expect(use('渝事好商量')!.variants).toEqual([
      '渝事好商量·‘涪’务面对面',
      '渝事好商量·潼你来商量',
      '渝事好商量·碚有幸福感',
      '渝事好商量·委员进小院',
    ]);
    expect(index.some((candidate) => candidate.term.startsWith('渝事好商量·'))).toBe(false);
  });

  it('counts 委员工作室 where it is quoted and where it is named without quotes', () => {
    expect(use('委员工作室')).toEqual({
      term: '委员工作室',
      districts: ['垫江县', '沙坪坝区', '大足区', '北碚区', '渝北区', '城口县'],
      variants: ['委员工作室·碚展风采'],
    });
  });

  it('lists the most widely used terms first', () => {
    expect(index.slice(0, 2).map((candidate) => candidate.term)).toEqual(['渝事好商量', '委员工作室']);
    const counts = index.map((candidate) => candidate.districts.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('termIndex normalisation', () => {
  it('a brand joins its family when the family is named on its own elsewhere', () => {
    const index = termIndex([reportOf([
      { district: '万州区', terms: ['渝事好商量'] },
      { district: '潼南区', terms: ['渝事好商量·潼你来商量'] },
    ])]);
    expect(index).toEqual([{ term: '渝事好商量', districts: ['万州区', '潼南区'], variants: ['渝事好商量·潼你来商量'] }]);
  });

  it('two brands of one family group together even when the family is never named alone', () => {
    const index = termIndex([reportOf([
      { district: '北碚区', terms: ['同心沙龙·碚加有力'] },
      { district: '荣昌区', terms: ['同心沙龙·荣耀'] },
    ])]);
    expect(index.map((use) => [use.term, use.districts])).toEqual([['同心沙龙', ['北碚区', '荣昌区']]]);
  });

  it('a lone brand and a one-character head stay whole', () => {
    const index = termIndex([reportOf([
      { district: '石柱土家族自治县', terms: ['心陪伴·爱同行'] },
      { district: '垫江县', terms: ['渝·悦'] },
    ])]);
    expect(index.map((use) => use.term)).toEqual(['心陪伴·爱同行', '渝·悦']);
  });

  it('a name that starts with a known shorter name belongs to it, but not to a two-character word', () => {
    const index = termIndex([reportOf([
      { district: '长寿区', terms: ['渝事好商量长寿实践', '协商议事会'] },
      { district: '万州区', terms: ['渝事好商量', '协商'] },
    ])]);
    expect(index.map((use) => [use.term, use.districts, use.variants])).toEqual([
      ['渝事好商量', ['长寿区', '万州区'], ['渝事好商量长寿实践']],
      ['协商议事会', ['长寿区'], []],
      ['协商', ['万州区'], []],
    ]);
  });

  it('finds a family name in running text only when it is long enough not to be an ordinary word', () => {
    const index = termIndex([reportOf([
      { district: '铜梁区', terms: ['协商'] },
      { district: '城口县', terms: ['委员工作室'] },
      { district: '忠县', terms: [], text: '建成委员工作室14个，开展协商' },
    ])]);
    expect(index.map((use) => [use.term, use.districts])).toEqual([
      ['委员工作室', ['城口县', '忠县']],
      ['协商', ['铜梁区']],
    ]);
  });

  it('joins the districts of several reports', () => {
    const a = reportOf([{ district: '万州区', terms: ['双百行动'] }]);
    const b = reportOf([{ district: '奉节县', terms: ['双百行动'] }, { district: '万州区', terms: ['双百行动'] }]);
    expect(termIndex([a, b])).toEqual([{ term: '双百行动', districts: ['万州区', '奉节县'], variants: [] }]);
  });
});
