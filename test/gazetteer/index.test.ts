/**
 * The gazetteer: GB/T 2260 divisions from @vant/area-data, found in text longest name first,
 * short forms (秀山 for 秀山土家族苗族自治县) only when asked for, and names shared by several
 * divisions (江北区: Chongqing and Ningbo) resolved by the region the rest of the text points to.
 */
import { describe, expect, it } from 'vitest';
import { divisionByCode, findPlaceNames, inferRegion, resolve, shortNamesOf } from '../../src/gazetteer/index.js';
import { GOLD } from '../helpers/reference.js';

const names = (text: string, shortForms = false) => findPlaceNames(text, { shortForms }).map((match) => [text.slice(match.start, match.end), match.short]);
const resolveIn = (text: string, name: string) => {
  const matches = findPlaceNames(text);
  const match = matches.find((found) => found.name === name)!;
  return resolve(match.candidates, inferRegion(matches)).code;
};

describe('divisions', () => {
  it('knows 永川区 as 500118, a county-level district of Chongqing', () => {
    expect(divisionByCode('500118')).toMatchObject({ name: '永川区', level: 'county', province: '重庆市', city: '重庆市' });
    const [match] = findPlaceNames('永川区政协主席文良印则表示');
    expect(match).toMatchObject({ start: 0, end: 3, name: '永川区', short: false });
    expect(match!.candidates.map((division) => division.code)).toEqual(['500118']);
  });

  it('knows 江北区 in both Chongqing (500105) and Ningbo (330205)', () => {
    expect(divisionByCode('330205')).toMatchObject({ name: '江北区', province: '浙江省', city: '宁波市' });
    const [match] = findPlaceNames('江北区政协主席张才明介绍');
    expect(match!.candidates.map((division) => division.code).sort()).toEqual(['330205', '500105']);
  });

  it.each(GOLD.entries.map((entry) => [entry.district, entry.code]))('finds %s (%s) by its full name in a Chongqing report', (name, code) => {
    const report = `${GOLD.entries.map((entry) => entry.district).join('、')}。${name}政协主席介绍`;
    const matches = findPlaceNames(report);
    expect(matches.map((match) => match.name)).toEqual([...GOLD.entries.map((entry) => entry.district), name]);
    expect(resolve(matches[matches.length - 1]!.candidates, inferRegion(matches)).code).toBe(code);
  });
});

describe('findPlaceNames', () => {
  it.each([
    ['九龙坡区政协主席黄红介绍', [['九龙坡区', false]]],
    ['巴南区和南川区', [['巴南区', false], ['南川区', false]]],
    ['秀山土家族苗族自治县政协主席吴彪表示', [['秀山土家族苗族自治县', false]]],
    ['彭水苗族土家族自治县政协主席程途建议', [['彭水苗族土家族自治县', false]]],
    ['忠县政协主席袁德祥介绍', [['忠县', false]]],
    ['思明区政协主席陈志明介绍', [['思明区', false]]],
    ['区县政协是找到基层社会“最大公约数”的重要平台', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['在秀山生活网开辟专栏', [['秀山', true]]],
    ['该区政协在梁平33个乡镇（街道）建立委员服务站', [['梁平', true]]],
    ['以实干实效助推南川高质量发展', [['南川', true]]],
  ])('finds the short form in %s only with shortForms', (text, expected) => {
    expect(names(text)).toEqual([]);
    expect(names(text, true)).toEqual(expected);
  });

  it('resolves the short form 秀山 to 秀山土家族苗族自治县', () => {
    const [match] = findPlaceNames('在秀山', { shortForms: true });
    expect(match!.candidates.map((division) => [division.code, division.name])).toEqual([['500241', '秀山土家族苗族自治县']]);
  });

  it.each([
    ['石柱县政协', '石柱县', '500240', '石柱土家族自治县'],
    ['● 秀山县 ●', '秀山县', '500241', '秀山土家族苗族自治县'],
    ['彭水县召开', '彭水县', '500243', '彭水苗族土家族自治县'],
    ['恩施州政协', '恩施州', '422800', '恩施土家族苗族自治州'],
  ])('finds an autonomous division by its short form and level in %s, as a name of its own', (text, spelling, code, name) => {
    expect(names(text)).toEqual([[spelling, false]]);
    expect(names(text, true)).toEqual([[spelling, false]]);
    expect(findPlaceNames(text)[0]!.candidates.map((division) => [division.code, division.name])).toEqual([[code, name]]);
  });

  it('prefers a full name to a short form inside it', () => {
    expect(names('秀山土家族苗族自治县政协', true)).toEqual([['秀山土家族苗族自治县', false]]);
    expect(names('巴南区和南川区', true)).toEqual([['巴南区', false], ['南川区', false]]);
  });
});

describe('shortNamesOf', () => {
  it.each([
    ['秀山土家族苗族自治县', ['秀山']],
    ['彭水苗族土家族自治县', ['彭水']],
    ['石柱土家族自治县', ['石柱']],
    ['酉阳土家族苗族自治县', ['酉阳']],
    ['永川区', ['永川']],
    ['九龙坡区', ['九龙坡']],
    ['忠县', []],
    // The whole name before the people, not a lazy two characters of it; peoples named without 族.
    ['西双版纳傣族自治州', ['西双版纳']],
    ['阿克塞哈萨克族自治县', ['阿克塞']],
    ['积石山保安族东乡族撒拉族自治县', ['积石山']],
    ['察布查尔锡伯自治县', ['察布查尔']],
    ['木垒哈萨克自治县', ['木垒']],
    ['龙胜各族自治县', ['龙胜']],
    // Named for its people alone: no short form.
    ['鄂伦春自治旗', []],
  ])('%s → %j', (name, short) => {
    expect(shortNamesOf(name)).toEqual(short);
  });
});

describe('inferRegion and resolve', () => {
  it.each([
    ['a Chongqing report', '渝中区政协主席王南介绍。九龙坡区政协主席黄红表示。江北区政协主席张才明介绍。', '500105'],
    ['a Ningbo report', '鄞州区政协主席张明介绍。海曙区政协主席李华表示。江北区政协主席王强介绍。', '330205'],
    ['a Ningbo report naming the city', '宁波市各区政协交流经验。江北区政协主席王强介绍。', '330205'],
  ])('resolves 江北区 in %s', (_report, text, code) => {
    expect(resolveIn(text, '江北区')).toBe(code);
  });

  it('counts only names that point to one province and one city', () => {
    const region = inferRegion(findPlaceNames('鄞州区、海曙区和江北区'));
    expect([...region.provinces]).toEqual([['浙江省', 2]]);
    expect([...region.cities]).toEqual([['宁波市', 2]]);
  });

  it('ignores short forms when inferring the region', () => {
    const region = inferRegion(findPlaceNames('在秀山和梁平', { shortForms: true }));
    expect(region.provinces.size + region.cities.size).toBe(0);
  });
});
