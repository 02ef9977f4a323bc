/**
 * The quoted names of platforms and programmes (“渝事好商量”, “委员工作室”, “双百行动” …) and the
 * districts that use each. Local brands are grouped under the family they extend:
 * “渝事好商量·潼你来商量” is 潼南's 渝事好商量, and a name that starts with a known shorter name
 * (“渝事好商量长寿实践”) belongs to it.
 */
import type { Report } from '../model/report.js';

export interface TermUse {
  term: string;
  /** District names, in report order. */
  districts: string[];
  /** The other forms written for it (“渝事好商量·潼你来商量”), in order of appearance. */
  variants: string[];
}

/** Separates a family name from the local name in “渝事好商量·碚有幸福感”. */
const FAMILY_SEPARATOR = '·';
/**
 * Shorter names are ordinary words (“协商”, “一线”, “三化”): a name that merely starts with one is
 * not part of it, and finding one in running text says nothing.
 */
const MIN_FAMILY_LENGTH = 3;

/**
 * Normalised terms with the districts that use each, most widely used first (then in order of first
 * use). A district uses a term when it quotes it or a variant of it, or, for names of at least
 * MIN_FAMILY_LENGTH characters, names it without quotation marks (沙坪坝区's 委员工作室9个).
 */
export function termIndex(reports: readonly Report[]): TermUse[] {
  const entries = reports.flatMap((report) => report.entries);
  const quoted = entries.flatMap((entry) => entry.terms);
  const known = knownTerms(quoted);
  const uses = new Map<string, TermUse>();
  const use = (term: string, district: string, form: string) => {
    let found = uses.get(term);
    if (!found) {
      found = { term, districts: [], variants: [] };
      uses.set(term, found);
    }
    if (!found.districts.includes(district)) found.districts.push(district);
    if (form !== term && !found.variants.includes(form)) found.variants.push(form);
  };
  for (const entry of entries) {
    for (const form of entry.terms) use(familyOf(form, known), entry.district.name, form);
  }
  const families = [...uses.keys()].filter((term) => term.length >= MIN_FAMILY_LENGTH);
  for (const entry of entries) {
    for (const term of families) if (entry.text.includes(term)) use(term, entry.district.name, term);
  }
  // Districts were added in two passes; put them back in report order.
  const order = [...new Set(entries.map((entry) => entry.district.name))];
  for (const found of uses.values()) found.districts.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...uses.values()].sort((a, b) => b.districts.length - a.districts.length);
}

/** Names that stand as a family: every name quoted on its own, and every family name that two local brands share. */
function knownTerms(quoted: readonly string[]): Set<string> {
  const known = new Set(quoted.filter((term) => !term.includes(FAMILY_SEPARATOR)));
  const brandsByHead = new Map<string, Set<string>>();
  for (const term of quoted) {
    const head = headOf(term);
    if (head !== term) brandsByHead.set(head, (brandsByHead.get(head) ?? new Set()).add(term));
  }
  for (const [head, brands] of brandsByHead) if (brands.size >= 2) known.add(head);
  return known;
}

function familyOf(term: string, known: ReadonlySet<string>): string {
  const head = headOf(term);
  if (head !== term && known.has(head)) return familyOf(head, known);
  let prefix: string | undefined;
  for (const candidate of known) {
    if (candidate.length >= MIN_FAMILY_LENGTH && candidate.length < term.length && term.startsWith(candidate)) {
      if (!prefix || candidate.length > prefix.length) prefix = candidate;
    }
  }
  return prefix ? familyOf(prefix, known) : term;
}

function headOf(term: string): string {
  return term.split(FAMILY_SEPARATOR)[0]!;
}
