/**
 * The gazetteer's data: the divisions a CPPCC committee belongs to, taken from @vant/area-data's
 * lists (prefecture-level cities and county-level districts, counties and banners, without
 * development zones, streets and the like, and without Taiwan, Hong Kong and Macao), and their names
 * and short forms grouped for finding them in text.
 *
 * It is all plain JSON-shaped data, because `npm run build` replaces the compiled form of this
 * module (dist/gazetteer/divisions.js) by its result written as one JSON string (precompute.ts):
 * V8 parses JSON natively, far faster than it runs the filtering and grouping below in a process
 * that has just started, and start-up counts when a script calls the tool once per report. Tests run
 * this source, and test/cli/build.test.ts checks that the two give the same data.
 */
import { areaList } from '@vant/area-data';
import { levelledNameOf, NAME_SEPARATOR, pairKey, shortNamesOf, SPELLING_END } from './names.js';

/**
 * The data is a few long strings rather than thousands of small arrays: JSON.parse makes a string
 * in one step but an array element by element, and a report needs a few dozen of the 3000 rows and
 * of the 6000 spellings, which are decoded when first needed (index.ts). Numbers that index rows,
 * groups and lists are stored as UTF-16 code units (all below 0xFFFF, checked when the data is made).
 */
export interface GazetteerData {
  provinces: string[];
  cities: string[];
  /** Six-digit codes in ascending order, six characters per row. */
  codes: string;
  /** Each row's name, joined by NAME_SEPARATOR. */
  names: string;
  /** Each row's short name ('' when it has none), joined by NAME_SEPARATOR. */
  shortNames: string;
  /** Three code units per row: level (0 county, 1 city), province index, city index + 1 (0: none). */
  attributes: string;
  full: NameGroups;
  short: NameGroups;
}

/**
 * Spellings grouped by their first two UTF-16 units (every name is at least two characters long),
 * for a binary search by that pair and a filter on it (index.ts).
 */
export interface NameGroups {
  /** The pairs, two code units each, in ascending order of pairKey. */
  pairs: string;
  /** Where each group starts in `spellings`: one code unit per group, and its end after the last. */
  starts: string;
  /**
   * Each group's spellings, longest first (so that a scan takes 九龙坡区 before 九龙; among
   * equals, in code order): the entries that bear the spelling, one code unit each, then
   * SPELLING_END. An entry is 2 × its row, plus 1 for the row's levelled name (石柱县, names.ts).
   * The spelling itself is what its first entry stands for, so it need not be stored.
   */
  spellings: string;
}

/** Entries in the list that are not divisions a CPPCC committee belongs to, or are too generic to find in text. */
const NOT_A_PLACE_NAME = /(?:开发区|高新区|管委会|其它区|示范区|园区|镇|街道|园|港|湖|新城)$/;
const GENERIC_NAMES = new Set(['城区', '郊区', '矿区', '东区', '西区', '南区', '北区', '中区']);
/** Municipalities directly under the central government: their districts' city is the municipality. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

interface Found {
  code: string;
  name: string;
  level: 0 | 1;
  province: string;
  city: string | null;
}

export function loadGazetteerData(): GazetteerData {
  const found: Found[] = [];
  const provinceOf = (code: string) => areaList.province_list[`${code.slice(0, 2)}0000`] ?? '';
  const cityOf = (code: string) => {
    if (MUNICIPALITIES.has(code.slice(0, 2))) return provinceOf(code);
    const name = areaList.city_list[`${code.slice(0, 4)}00`];
    return name && !/直辖|^县$/.test(name) ? name : null;
  };
  for (const [code, name] of Object.entries(areaList.city_list)) {
    if (/直辖|^县$/.test(name) || MUNICIPALITIES.has(code.slice(0, 2)) || code.startsWith('71') || code.startsWith('8')) continue;
    found.push({ code, name, level: 1, province: provinceOf(code), city: null });
  }
  for (const [code, name] of Object.entries(areaList.county_list)) {
    if (!/[区县市旗]$/.test(name) || NOT_A_PLACE_NAME.test(name) || GENERIC_NAMES.has(name) || name.length < 2) continue;
    if (code.startsWith('71') || code.startsWith('8')) continue;
    found.push({ code, name, level: 0, province: provinceOf(code), city: cityOf(code) });
  }
  // Codes are six ASCII digits: plain comparison orders them, without localeCompare's collation cost.
  found.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const provinces = [...new Set(found.map((division) => division.province))];
  const cities = [...new Set(found.flatMap((division) => (division.city === null ? [] : [division.city])))];
  // shortNamesOf gives at most one.
  const shortNames = found.map((division) => shortNamesOf(division.name)[0] ?? '');
  if (found.some((division) => division.name.includes(NAME_SEPARATOR))) throw new Error(`gazetteer: a name holds ${NAME_SEPARATOR}`);
  const unit = (value: number) => {
    if (!Number.isInteger(value) || value < 0 || value >= 0xffff) throw new RangeError(`gazetteer: ${value} does not fit a code unit`);
    return String.fromCharCode(value);
  };
  return {
    provinces,
    cities,
    codes: found.map((division) => division.code).join(''),
    names: found.map((division) => division.name).join(NAME_SEPARATOR),
    shortNames: shortNames.join(NAME_SEPARATOR),
    attributes: found
      .map((division) => unit(division.level) + unit(provinces.indexOf(division.province)) + unit(division.city === null ? 0 : cities.indexOf(division.city) + 1))
      .join(''),
    full: groupNames(
      found.flatMap((division, row) => {
        const levelled = levelledNameOf(division.name);
        return [{ name: division.name, entry: 2 * row }, ...(levelled === null ? [] : [{ name: levelled, entry: 2 * row + 1 }])];
      }),
      unit,
    ),
    short: groupNames(
      shortNames.flatMap((name, row) => (name === '' ? [] : [{ name, entry: 2 * row }])),
      unit,
    ),
  };
}

function groupNames(spelled: readonly { name: string; entry: number }[], unit: (value: number) => string): NameGroups {
  const byName = new Map<string, number[]>();
  for (const { name, entry } of spelled) {
    const found = byName.get(name);
    if (found) found.push(entry);
    else byName.set(name, [entry]);
  }
  const groups = new Map<number, { name: string; entries: number[] }[]>();
  for (const [name, entries] of byName) {
    const key = pairKey(name, 0);
    const group = groups.get(key);
    if (group) group.push({ name, entries });
    else groups.set(key, [{ name, entries }]);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  let pairs = '';
  let starts = '';
  let spellings = '';
  for (const key of keys) {
    pairs += String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000);
    starts += unit(spellings.length);
    // sort is stable: among names of equal length, the order found (by code).
    for (const { entries } of groups.get(key)!.sort((a, b) => b.name.length - a.name.length)) spellings += entries.map(unit).join('') + SPELLING_END;
  }
  return { pairs, starts: starts + unit(spellings.length), spellings };
}
