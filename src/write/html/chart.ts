/**
 * The bar chart: one category of metrics by district, drawn as inline SVG (no library, no
 * requests). A district's bar is the total of its metrics in that category, one chart per unit
 * because 人 and 人次 cannot share an axis; the label carries the total's ≥ or ≈ mark, since most
 * figures in the genre are 余, 近 or 以上. Every category that adds up gets a chart (percentages do
 * not, see totals()); the page's script shows the one the selector names, people reached first.
 */
import stringWidth from 'string-width';
import { metricShortForm, type CompareRow } from '../../analyze/compare.js';
import { formatTotal, type Total } from '../../analyze/totals.js';
import { CATEGORIES, type Category, type Metric } from '../../model/report.js';
import { CATEGORY_LABELS, categoryName } from './labels.js';
import { flag, html, type Html } from './markup.js';
import { anchorId } from './source-text.js';

const DEFAULT_CATEGORY: Category = 'people';

/** SVG user units; the SVG scales to its box, so these only set proportions and text size. */
const WIDTH = 360;
const ROW = 22;
const BAR = 14;
const BASELINE = 11;
const GAP = 6;

interface Bar {
  district: string;
  /** The entry the bar links to: the district's first passage. */
  entry: string;
  total: Total;
  metrics: readonly Metric[];
}

/** Text width in user units at the chart's 12-unit font: string-width counts a CJK character 2 columns, one of 6 units. */
function textWidth(text: string): number {
  return stringWidth(text) * 6;
}

/** One bar per district and unit of each category, from the comparison rows of one report. */
function barsOf(rows: readonly CompareRow[]): Bar[] {
  return rows.flatMap((row) => {
    const group = row.reports[0];
    if (!group) return [];
    return Object.values(group.cells).flatMap((cell) =>
      cell.totals.map((total) => ({
        district: row.district,
        entry: group.entries[0]!.id,
        total,
        metrics: cell.metrics.filter((metric) => total.metrics.includes(metric.id)),
      })),
    );
  });
}

function renderBars(bars: readonly Bar[], prefix: string, caption: string): Html {
  const sorted = [...bars].sort((a, b) => b.total.value - a.total.value);
  const labelWidth = Math.max(...sorted.map((bar) => textWidth(bar.district))) + GAP;
  const amountWidth = Math.max(...sorted.map((bar) => textWidth(formatTotal(bar.total)))) + GAP;
  const room = WIDTH - labelWidth - amountWidth - GAP;
  const max = Math.max(...sorted.map((bar) => bar.total.value));
  const height = sorted.length * ROW + GAP;
  return html`<svg class="bars" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${caption}">${sorted.map((bar, i) => {
    const y = GAP / 2 + i * ROW;
    const width = max > 0 ? Math.max(1, (bar.total.value / max) * room) : 1;
    const amount = formatTotal(bar.total);
    const tooltip = `${bar.district} ${amount}：${bar.metrics.map(metricShortForm).join('、')}`;
    return html`<a class="bar" href="#${anchorId(prefix, bar.entry)}" data-district="${bar.district}"><title>${tooltip}</title><text class="name" x="${labelWidth - GAP}" y="${y + BASELINE}" text-anchor="end">${bar.district}</text><rect class="c-${bar.total.category}" x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" rx="2"></rect><text class="amount" x="${(labelWidth + width + GAP).toFixed(1)}" y="${y + BASELINE}">${amount}</text></a>`;
  })}</svg>`;
}

function renderCategory(category: Category, bars: readonly Bar[], prefix: string, shown: boolean): Html {
  const units = [...new Set(bars.map((bar) => bar.total.unit))];
  return html`<figure class="chart" data-category="${category}"${flag('hidden', !shown)}><figcaption>${categoryName(category)}，按区县合计</figcaption>${units.map(
    (unit) => html`<p class="unit">单位：${unit}</p>${renderBars(bars.filter((bar) => bar.total.unit === unit), prefix, `${CATEGORY_LABELS[category]}（${unit}），按区县`)}`,
  )}</figure>`;
}

/** The chart of one report, given its comparison rows (`compareRows([report])`). */
export function renderChart(rows: readonly CompareRow[], prefix: string): Html {
  const bars = barsOf(rows);
  const categories = CATEGORIES.filter((category) => bars.some((bar) => bar.total.category === category));
  if (categories.length === 0) return html`<p class="empty">没有归属区县的指标，无图可画。</p>`;
  const selected = categories.includes(DEFAULT_CATEGORY) ? DEFAULT_CATEGORY : categories[0]!;
  const options = categories.map((category) => {
    const count = new Set(bars.filter((bar) => bar.total.category === category).map((bar) => bar.district)).size;
    const label = `${categoryName(category)}（${count} 个区县）`;
    return html`<option value="${category}"${flag('selected', category === selected)}>${label}</option>`;
  });
  return html`<label class="chart-select">类别 <select data-chart-select>${options}</select></label>${categories.map((category) =>
    renderCategory(category, bars.filter((bar) => bar.total.category === category), prefix, category === selected),
  )}`;
}
