/**
 * The national list of county- and prefecture-level divisions (GB/T 2260 codes, from
 * @vant/area-data), and finding their names in text.
 *
 * Names are not unique (江北区 is in Chongqing and in Ningbo; 鼓楼区 in four cities), so a match
 * carries every division that bears the name and `resolve` picks one by the report's region.
 */
import { areaList } from '@vant/area-data';

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

/** Entries in the list that are not divisions a CPPCC committee belongs to, or are too generic to find in text. */
const NOT_A_PLACE_NAME = /(?:开发区|高新区|管委会|其它区|示范区|园区|镇|街道|园|港|湖|新城)$/;
const GENERIC_NAMES = new Set(['城区', '郊区', '矿区', '东区', '西区', '南区', '北区', '中区']);
/** Municipalities directly under the central government: their districts' city is the municipality. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const ETHNIC_AUTONOMY = /^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)+自治[县旗州]$/;

let cached: { divisions: Division[]; index: Map<string, { name: string; short: boolean; divisions: Division[] }[]> } | undefined;

function load() {
  if (cached) return cached;
  const divisions: Division[] = [];
  const provinceOf = (code: string) => areaList.province_list[`${code.slice(0, 2)}0000`] ?? '';
  const cityOf = (code: string) => {
    if (MUNICIPALITIES.has(code.slice(0, 2))) return provinceOf(code);
    const name = areaList.city_list[`${code.slice(0, 4)}00`];
    return name && !/直辖|^县$/.test(name) ? name : null;
  };
  for (const [code, name] of Object.entries(areaList.city_list)) {
    if (/直辖|^县$/.test(name) || MUNICIPALITIES.has(code.slice(0, 2)) || code.startsWith('71') || code.startsWith('8')) continue;
    divisions.push({ code, name, level: 'city', province: provinceOf(code), city: null, shortNames: shortNamesOf(name) });
  }
  for (const [code, name] of Object.entries(areaList.county_list)) {
    if (!/[区县市旗]$/.test(name) || NOT_A_PLACE_NAME.test(name) || GENERIC_NAMES.has(name) || name.length < 2) continue;
    if (code.startsWith('71') || code.startsWith('8')) continue;
    divisions.push({ code, name, level: 'county', province: provinceOf(code), city: cityOf(code), shortNames: shortNamesOf(name) });
  }
  divisions.sort((a, b) => a.code.localeCompare(b.code));

  const byName = new Map<string, { name: string; short: boolean; divisions: Division[] }>();
  const add = (name: string, short: boolean, division: Division) => {
    const key = `${short ? 's' : 'f'}${name}`;
    const found = byName.get(key);
    if (found) found.divisions.push(division);
    else byName.set(key, { name, short, divisions: [division] });
  };
  for (const division of divisions) {
    add(division.name, false, division);
    for (const short of division.shortNames) add(short, true, division);
  }
  const index = new Map<string, { name: string; short: boolean; divisions: Division[] }[]>();
  for (const entry of byName.values()) {
    const first = entry.name[0]!;
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  }
  // Longest name first, full names before short ones of the same length.
  for (const list of index.values()) list.sort((a, b) => b.name.length - a.name.length || Number(a.short) - Number(b.short));
  cached = { divisions, index };
  return cached;
}

export function shortNamesOf(name: string): string[] {
  const ethnic = ETHNIC_AUTONOMY.exec(name);
  if (ethnic) return [ethnic[1]!];
  if (name.length >= 3 && /[区县市旗]$/.test(name)) return [name.slice(0, -1)];
  return [];
}

export function allDivisions(): readonly Division[] {
  return load().divisions;
}

export function divisionByCode(code: string): Division | undefined {
  return load().divisions.find((division) => division.code === code);
}

/**
 * Every place name in `text`, longest match first, not overlapping. Short forms are found only when
 * `shortForms` is set, since many of them are also ordinary words.
 */
export function findPlaceNames(text: string, options: { shortForms?: boolean } = {}): PlaceMatch[] {
  const full = qualify(scan(text, false, () => false));
  if (!options.shortForms) return full;
  // Short forms only where no full name stands, so 巴南 never eats into a following 南川区.
  const mask = new Uint8Array(text.length);
  for (const match of full) mask.fill(1, match.start, match.end);
  const covered = (start: number, end: number) => mask.subarray(start, end).some((flag) => flag === 1);
  return [...full, ...scan(text, true, covered)].sort((a, b) => a.start - b.start);
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
  const { index } = load();
  const matches: PlaceMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = index.get(text[i]!)?.find((entry) => entry.short === short && text.startsWith(entry.name, i) && !blocked(i, i + entry.name.length));
    if (!hit) {
      i++;
      continue;
    }
    matches.push({ start: i, end: i + hit.name.length, name: hit.name, short, candidates: hit.divisions });
    i += hit.name.length;
  }
  return matches;
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
