/**
 * Coverage: which county-level divisions of the report's region speak in it and which do not. The
 * region is found from the entries (the prefecture, or municipality, most of them belong to), and
 * what is expected comes from the gazetteer, so a missing district is named even though the text
 * never mentions it.
 */
import { allDivisions, type Division } from '../gazetteer/index.js';
import type { Report } from '../model/report.js';

export interface Place {
  name: string;
  code: string;
}

export interface Coverage {
  /** The prefecture or municipality (重庆市, 宁波市), or null when no entry belongs to one. */
  region: string | null;
  /** What the expected divisions are: 'districts and counties', 'districts, counties and county-level cities' … */
  kind: string;
  expected: Place[];
  present: Place[];
  missing: Place[];
  /** '38/38 重庆市 districts and counties'. */
  label: string;
}

/** What a county-level division is called, by the last character of its name. */
const KINDS: readonly (readonly [suffix: string, plural: string])[] = [
  ['区', 'districts'],
  ['县', 'counties'],
  ['市', 'county-level cities'],
  ['旗', 'banners'],
];

/** The region is the prefecture (or municipality) most entries belong to; expected = all county-level divisions of it. */
export function coverage(report: Report): Coverage {
  return coverageOf(regionOf(report), [report]);
}

/** One per region across reports: the reports whose region it is, and the divisions any of them covers. */
export function coverageAcross(reports: readonly Report[]): Coverage[] {
  const byRegion = new Map<string, Report[]>();
  for (const report of reports) {
    const region = regionOf(report);
    if (region === null) continue;
    byRegion.set(region, [...(byRegion.get(region) ?? []), report]);
  }
  return [...byRegion].map(([region, members]) => coverageOf(region, members));
}

function coverageOf(region: string | null, reports: readonly Report[]): Coverage {
  if (region === null) {
    return { region, kind: '', expected: [], present: [], missing: [], label: 'no region: no entry names a district of a prefecture or municipality' };
  }
  const divisions = allDivisions().filter((division) => division.level === 'county' && division.city === region);
  const seen = new Set(reports.flatMap((report) => report.entries.map((entry) => entry.district.code)));
  const expected = divisions.map(placeOf);
  const present = expected.filter((place) => seen.has(place.code));
  const missing = expected.filter((place) => !seen.has(place.code));
  const kind = kindOf(divisions);
  return { region, kind, expected, present, missing, label: `${present.length}/${expected.length} ${region} ${kind}` };
}

/** The city most entries name; on a tie, the one named first. Divisions directly under a province have no city and vote for none. */
function regionOf(report: Report): string | null {
  const votes = new Map<string, number>();
  for (const { district } of report.entries) {
    if (district.city !== null) votes.set(district.city, (votes.get(district.city) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [city, count] of votes) if (best === null || count > votes.get(best)!) best = city;
  return best;
}

function kindOf(divisions: readonly Division[]): string {
  const plurals = KINDS.filter(([suffix]) => divisions.some((division) => division.name.endsWith(suffix))).map(([, plural]) => plural);
  return plurals.length <= 1 ? (plurals[0] ?? 'divisions') : `${plurals.slice(0, -1).join(', ')} and ${plurals.at(-1)}`;
}

function placeOf(division: Division): Place {
  return { name: division.name, code: division.code };
}
