/**
 * `cppcc-extract codebook`: the coding scheme of src/analyze/codebook.ts as a Markdown document a
 * researcher can cite or hand to coders.
 */
import {
  CATEGORY_DEFINITIONS,
  FIELDS,
  NOT_METRICS,
  QUALIFIER_DEFINITIONS,
  UNITS,
  type CodedExample,
} from '../analyze/codebook.js';
import { renderMarkdown } from './markdown.js';

export function renderCodebook(): string {
  const table = (columns: string[], rows: string[][]) => renderMarkdown({ columns, rows }).trimEnd();
  const quoted = (examples: readonly CodedExample[]) => examples.map(exampleText).join('; ') || '—';
  return `# Coding scheme

The unit of coding is a **metric**: a number attached to a counting unit that measures work done or
reach — activities held, people served, money saved, facilities built, places covered, reports written,
problems solved, members involved, percentages. Every quantity in the text is one metric at most; a
number that is not a metric is still listed among the numbers, with its kind and the reason.

Examples are quoted from the reference report (重庆市政协, 4th study session of the 6th committee's
members, 38 districts and counties).

## Fields

${table(['field', 'meaning', 'example'], FIELDS.map((row) => [...row]))}

## Categories

Decided first by the unit (元 → money, % → percent, 次/场 → activities, 人/名 → people, or members
when the counted are 政协委员), else by the counted noun: the keyword that ends latest in the subject.

${table(['category', 'counts', 'examples'], CATEGORY_DEFINITIONS.map((d) => [`\`${d.category}\``, d.counts, quoted(d.examples)]))}

## Qualifiers

${table(['qualifier', 'markers', 'examples'], QUALIFIER_DEFINITIONS.map((d) => [`\`${d.qualifier}\``, d.markers, quoted(d.examples)]))}

## Units and values

Values are in base units: 6000余万元 is 60000000 元, 上万人 is 10000 人, 八成 is 80 %.

${table(['unit', 'usually', 'example', 'coded'], UNITS.map(([unit, usually, e]) => [unit, usually, exampleText(e), `${e.value} ${e.unit}, ${e.qualifier}, ${e.category}`]))}

## Not metrics

${table(['kind', 'means', 'examples'], NOT_METRICS.map((d) => [`\`${d.kind}\``, d.means, d.examples.join('、')]))}

## Agreement

\`cppcc-extract agree CODED REPORT\` matches metrics by (district, value, unit) as a multiset — order
and the wording of the subject do not matter — then compares the qualifier and the category of each
matched pair. A coded file is a CSV with at least the columns \`district\`, \`value\`, \`unit\` and
\`category\` (\`-t metrics -f csv\` writes them all), JSON as \`-f json\` writes it, or a gold file.
`;
}

function exampleText(example: CodedExample): string {
  return `${example.text} (${example.district})`;
}
