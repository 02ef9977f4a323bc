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
import { pairKey, shortNamesOf } from './names.js';

/** One division: code, name, level (1 city, 0 county), province and city as indices into those lists (city -1: none), and its short name ('' when none). */
export type DivisionRow = [code: string, name: string, level: 0 | 1, province: number, city: number, shortName: string];

/**
 * The row index of every division that bears one spelling, in code order. The spelling is the
 * first one's name, or its short name (each division has at most one), so it need not be stored.
 */
export type NameRow = number[];

/**
 * Spellings grouped by their first two UTF-16 units (every name is at least two characters long),
 * as `pairs`, the sorted keys code(0) × 0x10000 + code(1), and `names`, each key's group, longest
 * first. Numbers and arrays rather than an object keyed by the pair, which JSON.parse builds more
 * slowly (thousands of keys to intern); a binary search finds a group.
 */
export interface NameGroups {
  pairs: number[];
  names: NameRow[][];
}

export interface GazetteerData {
  provinces: string[];
  cities: string[];
  /** Ordered by code. */
  rows: DivisionRow[];
  full: NameGroups;
  short: NameGroups;
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
  const rows = found.map((division): DivisionRow => [
    division.code,
    division.name,
    division.level,
    provinces.indexOf(division.province),
    division.city === null ? -1 : cities.indexOf(division.city),
    // shortNamesOf gives at most one.
    shortNamesOf(division.name)[0] ?? '',
  ]);
  return { provinces, cities, rows, full: groupNames(rows, 1), short: groupNames(rows, 5) };
}

function groupNames(rows: readonly DivisionRow[], field: 1 | 5): NameGroups {
  const byName = new Map<string, NameRow>();
  rows.forEach((row, index) => {
    const name = row[field];
    if (name === '') return;
    const found = byName.get(name);
    if (found) found.push(index);
    else byName.set(name, [index]);
  });
  const groups = new Map<number, { name: string; row: NameRow }[]>();
  for (const [name, row] of byName) {
    const key = pairKey(name, 0);
    const group = groups.get(key);
    if (group) group.push({ name, row });
    else groups.set(key, [{ name, row }]);
  }
  const pairs = [...groups.keys()].sort((a, b) => a - b);
  // Longest first, so that a scan takes 九龙坡区 before 九龙; among equals, the order found (by code).
  return { pairs, names: pairs.map((key) => groups.get(key)!.sort((a, b) => b.name.length - a.name.length).map((entry) => entry.row)) };
}
