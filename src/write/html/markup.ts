/**
 * Safe HTML building for the page writer. Every piece of markup is made with the `html` template
 * tag, which escapes each interpolated value for where it stands: text between tags gets
 * `escapeText`, a value inside a double-quoted attribute gets `escapeAttribute`. Only `Html` values
 * (made by `html` itself, or by `trusted` for the writer's own CSS and script) pass through
 * unescaped, between tags or as whole attributes inside a tag; a string inside a tag, or markup
 * inside an attribute value, throws. So text from an input file can never become markup.
 */

/** Markup known to be safe: built by `html` or marked `trusted`. */
export class Html {
  constructor(readonly value: string) {}
}

export type Interpolation = Html | string | number | readonly Interpolation[];

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' };

/** Text content between tags: `&`, `<`, `>` would start an entity or a tag. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!);
}

/** An attribute value: also both quotes, so the value cannot end its attribute whichever quote encloses it. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** The writer's own constant CSS or script; never input text. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** A boolean attribute, present or not: ` hidden` or nothing. */
export function flag(name: 'hidden' | 'selected', on: boolean): Html {
  return new Html(on ? ` ${name}` : '');
}

type Context = 'text' | 'tag' | 'attribute';

/** Where each interpolation of a template stands, computed once per template literal. */
const contextCache = new WeakMap<TemplateStringsArray, Context[]>();

/**
 * Scans the template's literal parts for where each gap falls: outside tags, inside a tag, or
 * inside a double-quoted attribute value. The literals are this package's own markup, so a small
 * scanner is enough; it only has to refuse what it does not understand.
 */
function contextsOf(strings: TemplateStringsArray): Context[] {
  const cached = contextCache.get(strings);
  if (cached) return cached;
  const contexts: Context[] = [];
  let context: Context = 'text';
  strings.forEach((literal, index) => {
    for (const c of literal) {
      if (context === 'text' && c === '<') context = 'tag';
      else if (context === 'tag' && c === '>') context = 'text';
      else if (context === 'tag' && c === '"') context = 'attribute';
      else if (context === 'attribute' && c === '"') context = 'tag';
    }
    if (index < strings.length - 1) contexts.push(context);
  });
  contextCache.set(strings, contexts);
  return contexts;
}

function interpolate(value: Interpolation, context: Context): string {
  if (Array.isArray(value)) return value.map((item: Interpolation) => interpolate(item, context)).join('');
  if (value instanceof Html) {
    if (context === 'attribute') throw new Error('html: markup cannot stand inside an attribute value');
    return value.value;
  }
  // Inside a tag only the writer's own attributes (Html) may stand: a string there could add any attribute.
  if (context === 'tag') throw new Error('html: text cannot stand inside a tag outside a double-quoted attribute value');
  const text = String(value);
  return context === 'attribute' ? escapeAttribute(text) : escapeText(text);
}

/** Builds markup from a template, escaping every value that is not already `Html`. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  const contexts = contextsOf(strings);
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += interpolate(value, contexts[i]!) + strings[i + 1]!;
  });
  return new Html(out);
}
