/**
 * The national list of county- and prefecture-level divisions (GB/T 2260 codes, from
 * @vant/area-data), and finding their names in text.
 *
 * Names are not unique (江北区 is in Chongqing and in Ningbo; 鼓楼区 in four cities), so a match
 * carries every division that bears the name and `resolve` picks one by the report's region.
 */
import { lowerBound } from '../model/sorted.js';
import { loadGazetteerData, type GazetteerData, type NameGroups } from './divisions.js';
import { levelledNameOf, NAME_SEPARATOR, pairKey, SPELLING_END } from './names.js';

export { shortNamesOf } from './names.js';

export type DivisionLevel = 'county' | 'city';

export interface Division {
  readonly code: string;
  readonly name: string;
  readonly level: DivisionLevel;
  readonly province: string;
  readonly city: string | null;
  /** Short forms that stand for it in running text: 万州 for 万州区, 秀山 for 秀山土家族苗族自治县. */
  readonly shortNames: readonly string[];
}

export interface PlaceMatch {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly short: boolean;
  readonly candidates: readonly Division[];
}

/** The report's region: how often each province and prefecture was named unambiguously. */
export interface Region {
  readonly provinces: ReadonlyMap<string, number>;
  readonly cities: ReadonlyMap<string, number>;
}

/** One spelling, and the rows that bear it, in code order. */
interface Spelling {
  readonly name: string;
  readonly rows: readonly number[];
}

/** The data (divisions.ts), with what finding names in text needs, made once. */
interface Gazetteer {
  data: GazetteerData;
  /**
   * Filters that pass over most of a report's characters with an array read or two: by UTF-16
   * unit, FULL_START if a full name starts with it, SHORT_START if a short form does (a quarter of
   * the characters of a report do); then the same by a hash of the first two units (one in a hundred).
   */
  starts: Uint8Array;
  pairs: Uint8Array;
  /** Names and short names by row, split from the data when first needed. */
  names?: string[];
  shortNames?: string[];
  /** Division objects by row, made when first needed: a report names a few dozen of the 3000. */
  divisions: (Division | undefined)[];
  /** Groups of spellings decoded so far, by group index, for full names and short forms. */
  fullGroups: Map<number, Spelling[]>;
  shortGroups: Map<number, Spelling[]>;
  /** The candidates of each spelling found so far. */
  candidates: Map<Spelling, Division[]>;
  all?: Division[];
}

const FULL_START = 1;
const SHORT_START = 2;
const PAIR_HASH_BITS = 18;

const pairHash = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_HASH_BITS);

let cached: Gazetteer | undefined;

function load(): Gazetteer {
  if (cached) return cached;
  const data = loadGazetteerData();
  const starts = new Uint8Array(0x10000);
  const pairs = new Uint8Array(1 << PAIR_HASH_BITS);
  for (const [groups, flag] of [
    [data.full, FULL_START],
    [data.short, SHORT_START],
  ] as const) {
    for (let at = 0; at < groups.pairs.length; at += 2) {
      starts[groups.pairs.charCodeAt(at)]! |= flag;
      pairs[pairHash(pairKey(groups.pairs, at))]! |= flag;
    }
  }
  const rowCount = data.codes.length / 6;
  cached = { data, starts, pairs, divisions: new Array<Division | undefined>(rowCount), fullGroups: new Map(), shortGroups: new Map(), candidates: new Map() };
  return cached;
}

function nameOf(gazetteer: Gazetteer, row: number, short: boolean): string {
  if (short) return (gazetteer.shortNames ??= gazetteer.data.shortNames.split(NAME_SEPARATOR))[row]!;
  return (gazetteer.names ??= gazetteer.data.names.split(NAME_SEPARATOR))[row]!;
}

function divisionAt(gazetteer: Gazetteer, index: number): Division {
  const made = gazetteer.divisions[index];
  if (made) return made;
  const { provinces, cities, codes, attributes } = gazetteer.data;
  const city = attributes.charCodeAt(3 * index + 2) - 1;
  const shortName = nameOf(gazetteer, index, true);
  const division: Division = {
    code: codes.slice(6 * index, 6 * index + 6),
    name: nameOf(gazetteer, index, false),
    level: attributes.charCodeAt(3 * index) === 1 ? 'city' : 'county',
    province: provinces[attributes.charCodeAt(3 * index + 1)]!,
    city: city < 0 ? null : cities[city]!,
    shortNames: shortName === '' ? [] : [shortName],
  };
  gazetteer.divisions[index] = division;
  return division;
}

export function allDivisions(): readonly Division[] {
  const gazetteer = load();
  return (gazetteer.all ??= Array.from(gazetteer.divisions, (_, index) => divisionAt(gazetteer, index)));
}

export function divisionByCode(code: string): Division | undefined {
  const gazetteer = load();
  const { codes } = gazetteer.data;
  const codeAt = (row: number) => codes.slice(6 * row, 6 * row + 6);
  const at = lowerBound(gazetteer.divisions.length, code, codeAt);
  return at < gazetteer.divisions.length && codeAt(at) === code ? divisionAt(gazetteer, at) : undefined;
}

/**
 * Every place name in `text`, longest match first, not overlapping. Short forms are found only when
 * `shortForms` is set, since many of them are also ordinary words.
 */
export function findPlaceNames(text: string, options: { shortForms?: boolean } = {}): PlaceMatch[] {
  const full = qualify(scan(text, false, () => false));
  if (!options.shortForms) return full;
  // Short forms only where no full name stands, so 巴南 never eats into a following 南川区. The
  // full names are in order and do not overlap: the one to check is the last that starts before `end`
  // (a report pasted as one line has thousands of them in one text).
  const covered = (start: number, end: number) => {
    const before = full[lowerBound(full.length, end, (index) => full[index]!.start) - 1];
    return before !== undefined && start < before.end;
  };
  const short = scan(text, true, covered);
  return short.length === 0 ? full : [...full, ...short].sort((a, b) => a.start - b.start);
}

/**
 * 南京市鼓楼区: a prefecture written before one of its counties is part of the county's name. The
 * pair becomes one match whose candidates are the counties of that prefecture.
 */
function qualify(matches: PlaceMatch[]): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const prefix = matches[i]!;
    const next = matches[i + 1];
    const cities = new Set(prefix.candidates.filter((division) => division.level === 'city').map((division) => division.name));
    const inCity = next && next.start === prefix.end ? next.candidates.filter((division) => division.city !== null && cities.has(division.city)) : [];
    if (next && inCity.length > 0) {
      out.push({ start: prefix.start, end: next.end, name: next.name, short: false, candidates: inCity });
      i++;
    } else out.push(prefix);
  }
  return out;
}

function scan(text: string, short: boolean, blocked: (start: number, end: number) => boolean): PlaceMatch[] {
  const gazetteer = load();
  const { starts, pairs } = gazetteer;
  const flag = short ? SHORT_START : FULL_START;
  const matches: PlaceMatch[] = [];
  const last = text.length - 1;
  let i = 0;
  while (i < last) {
    if ((starts[text.charCodeAt(i)]! & flag) === 0) {
      i++;
      continue;
    }
    const key = pairKey(text, i);
    const hit = (pairs[pairHash(key)]! & flag) === 0 ? undefined : longestAt(text, i, groupOf(gazetteer, short, key), blocked);
    if (!hit) {
      i++;
      continue;
    }
    matches.push({ start: i, end: i + hit.name.length, name: hit.name, short, candidates: candidatesOf(gazetteer, hit) });
    i += hit.name.length;
  }
  return matches;
}

/** The longest of `group` (sorted longest first) written at `at` and not blocked there. */
function longestAt(text: string, at: number, group: readonly Spelling[] | undefined, blocked: (start: number, end: number) => boolean): Spelling | undefined {
  return group?.find(({ name }) => text.startsWith(name, at) && !blocked(at, at + name.length));
}

/** The spellings that start with the pair `key`, decoded from the data on first use. */
function groupOf(gazetteer: Gazetteer, short: boolean, key: number): readonly Spelling[] | undefined {
  const groups: NameGroups = short ? gazetteer.data.short : gazetteer.data.full;
  const index = lowerBound(groups.pairs.length / 2, key, (group) => pairKey(groups.pairs, 2 * group));
  if (2 * index >= groups.pairs.length || pairKey(groups.pairs, 2 * index) !== key) return undefined;
  const decoded = short ? gazetteer.shortGroups : gazetteer.fullGroups;
  let group = decoded.get(index);
  if (!group) {
    group = [];
    let entries: number[] = [];
    for (let at = groups.starts.charCodeAt(index), end = groups.starts.charCodeAt(index + 1); at < end; at++) {
      const unit = groups.spellings[at]!;
      if (unit === SPELLING_END) {
        group.push({ name: spellingOf(gazetteer, entries[0]!, short), rows: entries.map((entry) => entry >> 1) });
        entries = [];
      } else entries.push(unit.charCodeAt(0));
    }
    decoded.set(index, group);
  }
  return group;
}

/** What a group entry (divisions.ts: 2 × row, + 1 for the levelled name) spells. */
function spellingOf(gazetteer: Gazetteer, entry: number, short: boolean): string {
  const row = entry >> 1;
  return entry & 1 ? levelledNameOf(nameOf(gazetteer, row, false))! : nameOf(gazetteer, row, short);
}

function candidatesOf(gazetteer: Gazetteer, spelling: Spelling): Division[] {
  let candidates = gazetteer.candidates.get(spelling);
  if (!candidates) {
    candidates = spelling.rows.map((index) => divisionAt(gazetteer, index));
    gazetteer.candidates.set(spelling, candidates);
  }
  return candidates;
}

export function inferRegion(matches: readonly PlaceMatch[]): Region {
  const provinces = new Map<string, number>();
  const cities = new Map<string, number>();
  for (const match of matches) {
    if (match.short) continue;
    const provinceSet = new Set(match.candidates.map((division) => division.province));
    if (provinceSet.size === 1) {
      const province = [...provinceSet][0]!;
      provinces.set(province, (provinces.get(province) ?? 0) + 1);
    }
    const citySet = new Set(match.candidates.map((division) => division.city ?? division.name));
    if (citySet.size === 1) {
      const city = [...citySet][0]!;
      cities.set(city, (cities.get(city) ?? 0) + 1);
    }
  }
  return { provinces, cities };
}

/** The candidate that fits the region best: same prefecture, then same province, then the first. */
export function resolve(candidates: readonly Division[], region: Region): Division {
  let best = candidates[0]!;
  let bestScore = -1;
  for (const division of candidates) {
    const score = (region.cities.get(division.city ?? division.name) ?? 0) * 1000 + (region.provinces.get(division.province) ?? 0);
    if (score > bestScore) {
      best = division;
      bestScore = score;
    }
  }
  return best;
}
