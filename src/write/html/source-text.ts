/**
 * The source text of a report as the page shows it: `Report.blocks` in reading order, each
 * district's passage wrapped in an anchor, every metric marked in its category's colour and every
 * other numeral marked quietly with its kind, both with a tooltip saying what was read there.
 */
import { groupByBlock } from '../../model/blocks.js';
import type { Entry, Metric, NumberMention, Position, Report } from '../../model/report.js';
import { CATEGORY_LABELS, KIND_LABELS, QUALIFIER_LABELS } from './labels.js';
import { html, type Html, type Interpolation } from './markup.js';

/** A stretch of one block's text to wrap in `open` … `close`; [start, end) in UTF-16 units. */
interface Wrap {
  start: number;
  end: number;
  open: Html;
  close: Html;
}

/** One piece of a district's passage in one block (a passage may run over several blocks). */
interface PassagePiece {
  entry: Entry;
  block: number;
  start: number;
  end: number;
  first: boolean;
}

/** Ids on the page are `r<report>-<contract id>`, so several reports can share one page. */
export function anchorId(prefix: string, id: string): string {
  return `${prefix}-${id}`;
}

export function sectionAnchorId(prefix: string, index: number): string {
  return anchorId(prefix, `s${index}`);
}

function where(position: Position): string {
  return `源文件第 ${position.line} 行第 ${position.column} 列`;
}

export function metricTooltip(metric: Metric): string {
  return [
    `${metric.raw}：${CATEGORY_LABELS[metric.category]}（${metric.category}）`,
    `数值 ${metric.value} ${metric.unit}，${QUALIFIER_LABELS[metric.qualifier]}（${metric.qualifier}）`,
    `对象 ${metric.subject ?? '—'}`,
    `时段 ${metric.period ?? '—'}`,
    `${metric.district ?? '不属任何区县'}，${where(metric)}`,
  ].join('\n');
}

function numberTooltip(number: NumberMention): string {
  return [`${number.raw}：${KIND_LABELS[number.kind]}（${number.kind}），不计为指标`, number.reason, where(number)].join('\n');
}

/** Each entry's passage pieces, as the contract places them in the blocks. */
function locatePassages(report: Report): PassagePiece[] {
  return report.entries.flatMap((entry) =>
    entry.spans.map(({ block, span: [start, end] }, i) => ({ entry, block, start, end, first: i === 0 })),
  );
}

function passageWrap(piece: PassagePiece, prefix: string): Wrap {
  const { entry } = piece;
  const open = piece.first
    ? html`<span class="passage first" id="${anchorId(prefix, entry.id)}" data-label="${entry.district.name}">`
    : html`<span class="passage" data-label="${entry.district.name}">`;
  return { start: piece.start, end: piece.end, open, close: html`</span>` };
}

function metricWrap(metric: Metric, prefix: string): Wrap {
  return {
    start: metric.span[0],
    end: metric.span[1],
    open: html`<mark class="metric c-${metric.category}" id="${anchorId(prefix, metric.id)}" tabindex="0" data-tip="${metricTooltip(metric)}">`,
    close: html`</mark>`,
  };
}

function numberWrap(number: NumberMention): Wrap {
  return {
    start: number.span[0],
    end: number.span[1],
    open: html`<span class="numeral k-${number.kind}" data-tip="${numberTooltip(number)}">`,
    close: html`</span>`,
  };
}

/** Numbers do not overlap in a well-formed report; if two did, the later could not nest, so it goes unmarked. */
function withoutOverlaps(wraps: Wrap[]): Wrap[] {
  const sorted = wraps.filter((wrap) => wrap.end > wrap.start).sort((a, b) => a.start - b.start);
  return sorted.filter((wrap, i) => i === 0 || wrap.start >= sorted[i - 1]!.end);
}

/**
 * The block's text with passages outside and numbers inside. A passage edge that falls within a
 * number moves to that number's edge so that the markup nests.
 */
function weave(text: string, passages: readonly Wrap[], numbers: readonly Wrap[]): Html {
  const inside = (at: number) => numbers.find((n) => n.start < at && at < n.end);
  const outer = passages.map((p) => ({ ...p, start: inside(p.start)?.start ?? p.start, end: inside(p.end)?.end ?? p.end }));
  const cuts = [...new Set([0, text.length, ...[...outer, ...numbers].flatMap((w) => [w.start, w.end])])].sort((a, b) => a - b);
  const parts: Interpolation[] = [];
  cuts.forEach((cut, i) => {
    parts.push(
      numbers.filter((w) => w.end === cut).map((w) => w.close),
      outer.filter((w) => w.end === cut).map((w) => w.close),
      outer.filter((w) => w.start === cut).map((w) => w.open),
      numbers.filter((w) => w.start === cut).map((w) => w.open),
    );
    if (i + 1 < cuts.length) parts.push(text.slice(cut, cuts[i + 1]));
  });
  return html`${parts}`;
}

export function renderSourceText(report: Report, prefix: string): Html {
  const passages = groupByBlock(locatePassages(report));
  const metrics = groupByBlock(report.metrics);
  // A numeral that became a metric is drawn as that metric; every other one is drawn quietly.
  const numbers = groupByBlock(report.numbers.filter((number) => number.metric === null));
  const sectionsByLine = new Map(report.sections.map((section) => [section.line, section]));
  return html`${report.blocks.map((block, index) => {
    const marks = withoutOverlaps([
      ...(metrics.get(index) ?? []).map((metric) => metricWrap(metric, prefix)),
      ...(numbers.get(index) ?? []).map(numberWrap),
    ]);
    const content = weave(block.text, (passages.get(index) ?? []).map((piece) => passageWrap(piece, prefix)), marks);
    const section = block.kind === 'heading' ? sectionsByLine.get(block.line) : undefined;
    return section
      ? html`<h3 class="block b-heading" id="${sectionAnchorId(prefix, section.index)}" data-line="${block.line}">${content}</h3>\n`
      : html`<p class="block b-${block.kind}" data-line="${block.line}">${content}</p>\n`;
  })}`;
}
