/**
 * The coding scheme's examples are real: each is in the reference report's text, and the tool codes
 * each as the scheme says — so the codebook cannot drift from what the tool does.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORY_DEFINITIONS, FIELDS, NOT_METRICS, QUALIFIER_DEFINITIONS, UNITS, type CodedExample } from '../../src/analyze/codebook.js';
import { CATEGORIES, QUALIFIERS } from '../../src/model/report.js';
import { referenceReport } from './reference-report.js';

const squash = (text: string) => text.replace(/\s+/g, '');
const paragraphs = referenceReport.blocks.filter((block) => block.kind === 'paragraph').map((block) => squash(block.text));

const examples: CodedExample[] = [
  ...CATEGORY_DEFINITIONS.flatMap((d) => d.examples),
  ...QUALIFIER_DEFINITIONS.flatMap((d) => d.examples),
  ...UNITS.map(([, , example]) => example),
];

describe('codebook', () => {
  it('defines every category and qualifier, in the contract\'s order', () => {
    expect(CATEGORY_DEFINITIONS.map((d) => d.category)).toEqual(CATEGORIES);
    expect(QUALIFIER_DEFINITIONS.map((d) => d.qualifier)).toEqual(QUALIFIERS);
    for (const d of CATEGORY_DEFINITIONS) for (const e of d.examples) expect(e.category).toBe(d.category);
    for (const d of QUALIFIER_DEFINITIONS) for (const e of d.examples) expect(e.qualifier).toBe(d.qualifier);
  });

  it.each(examples.map((e) => [`${e.district} ${e.text}`, e] as const))('%s: in the text, and coded as stated', (_, e) => {
    expect(paragraphs.some((text) => text.includes(squash(e.text)))).toBe(true);
    const metric = referenceReport.metrics.find((m) => m.district === e.district && m.value === e.value && m.unit === e.unit);
    expect(metric).toBeDefined();
    expect(squash(e.text)).toContain(metric!.raw);
    expect([metric!.qualifier, metric!.category]).toEqual([e.qualifier, e.category]);
  });

  it.each(NOT_METRICS.flatMap((d) => d.examples.map((text) => [d.kind, text] as const)))('%s: %s is in the text, and not a metric', (kind, text) => {
    const inExample = referenceReport.numbers.filter((number) => {
      const block = referenceReport.blocks[number.block]!.text;
      const around = squash(block.slice(Math.max(0, number.span[0] - text.length), number.span[1] + text.length));
      return around.includes(squash(text)) && squash(text).includes(squash(number.raw));
    });
    expect(inExample.length).toBeGreaterThan(0);
    expect(inExample.map((number) => number.kind)).toContain(kind);
    expect(inExample.some((number) => number.kind === 'metric')).toBe(false);
  });

  it('shows the fields with the values of a real metric', () => {
    const metric = referenceReport.metrics.find((m) => m.id === 'm2')!;
    const example = Object.fromEntries(FIELDS.map(([field, , value]) => [field, value]));
    expect(example['district']).toBe(`\`${metric.district}\``);
    expect(example['raw']).toBe(`\`${metric.raw}\``);
    expect(example['line, column']).toBe(`\`${metric.line}\`, \`${metric.column}\``);
    expect(example['offset']).toBe(`\`${metric.offset}\``);
    expect(example['entry']).toBe(`\`${metric.entry}\``);
  });
});
