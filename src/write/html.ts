/**
 * The HTML writer: one self-contained page (`-o report.html`, `--format html`) to look at and
 * check an extraction. Per report: a summary (event, dates, venue, sections, coverage, totals by
 * category), the district table (sortable, filterable, each metric linking to its place in the
 * text), a bar chart of one category by district, and the source text with every number marked.
 *
 * The page makes no requests: CSS and script are inline and allowed by hash in a
 * Content-Security-Policy that forbids everything else. All markup goes through the `html` tag,
 * which escapes input text. The output depends on the reports only (no dates, no randomness).
 */
import { createHash } from 'node:crypto';
import { compareRows, metricShortForm, type CompareGroup, type CompareRow } from '../analyze/compare.js';
import { coverage } from '../analyze/coverage.js';
import { addends, formatTotal, totals } from '../analyze/totals.js';
import { CATEGORIES, NUMBER_KINDS, SCHEMA_VERSION, type Metric, type Report } from '../model/report.js';
import { VERSION } from '../version.js';
import { renderChart } from './html/chart.js';
import { CATEGORY_LABELS, categoryName, KIND_LABELS } from './html/labels.js';
import { html, trusted, type Html, type Interpolation } from './html/markup.js';
import { SCRIPT } from './html/script.js';
import { anchorId, metricTooltip, renderSourceText, sectionAnchorId } from './html/source-text.js';
import { STYLE } from './html/style.js';

/** The CSP source for an inline element with exactly this content. */
function hashSource(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * Nothing may load: only the page's own style and script run, by hash; the one data: image is the
 * empty favicon that stops browsers from asking a server for /favicon.ico.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${hashSource(STYLE)}`,
  `script-src ${hashSource(SCRIPT)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function titleOf(report: Report): string {
  return report.meta.title ?? report.source.path;
}

function orDash(text: string | null): string {
  return text ?? '—';
}

function renderSummary(report: Report, prefix: string): Html {
  const { meta, source } = report;
  const covered = coverage(report);
  const sections = report.sections.length
    ? html`<ol>${report.sections.map((section) => html`<li><a href="#${sectionAnchorId(prefix, section.index)}">${section.title}</a></li>`)}</ol>`
    : '—';
  const coverageText =
    covered.region === null ? '未能确定所属地区' : `${covered.region} ${covered.present.length}/${covered.expected.length} 个县级行政区`;
  const missing = covered.missing.length
    ? html`<br><span class="missing">缺：${covered.missing.map((place) => `${place.name}（${place.code}）`).join('、')}</span>`
    : covered.region === null
      ? ''
      : '，无缺漏';
  const facts: [string, Interpolation][] = [
    ['活动', orDash(meta.event)],
    ['时间', orDash(meta.dates)],
    ['地点', orDash(meta.venue)],
    ['记者', orDash(meta.reporter)],
    ['栏目', sections],
    ['覆盖', html`${coverageText}${missing}`],
    ['来源', `${source.path}（${source.format}，${source.encoding}，${source.bytes} 字节，sha256 ${source.sha256.slice(0, 12)}…）`],
  ];
  return html`<dl class="facts">${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
${renderTotals(report)}${renderWarnings(report)}`;
}

function renderTotals(report: Report): Html {
  const rows = totals(addends(report));
  if (rows.length === 0) return html`<p>没有可合计的指标。</p>`;
  return html`<h3>按类别合计</h3><div class="scroll"><table class="totals"><thead><tr><th>类别</th><th class="numeric">合计</th><th class="numeric">指标数</th></tr></thead><tbody>${rows.map(
    (total) => html`<tr class="c-${total.category}"><td>${categoryName(total.category)}</td><td class="numeric">${formatTotal(total)}</td><td class="numeric">${total.metrics.length}</td></tr>`,
  )}</tbody></table></div>`;
}

function renderWarnings(report: Report): Html | string {
  if (report.warnings.length === 0) return '';
  return html`<h3>警告（${report.warnings.length}）</h3><ul class="warnings">${report.warnings.map(
    (warning) => html`<li><code>${warning.code}</code> ${warning.message}${warning.line === null ? '' : `（第 ${warning.line} 行）`}</li>`,
  )}</ul>`;
}

/** A district's row: its comparison group and, in document order, the metrics of its passages. */
interface DistrictRow {
  order: number;
  row: CompareRow;
  group: CompareGroup;
  metrics: Metric[];
}

interface Column {
  header: string;
  numeric?: boolean;
  /** The value the script sorts by, and what the cell shows. */
  cell: (district: DistrictRow, prefix: string, report: Report) => { sort: string | number; content: Interpolation };
}

function speakersOf(group: CompareGroup) {
  return group.entries.flatMap((entry) => entry.speakers);
}

const DISTRICT_COLUMNS: readonly Column[] = [
  { header: '序', numeric: true, cell: ({ order }) => ({ sort: order, content: order }) },
  {
    header: '区县',
    cell: ({ row, group }, prefix) => ({ sort: row.district, content: html`<a href="#${anchorId(prefix, group.entries[0]!.id)}">${row.district}</a>` }),
  },
  { header: '代码', numeric: true, cell: ({ row }) => ({ sort: row.code, content: row.code }) },
  {
    header: '栏目',
    numeric: true,
    cell: ({ group }, _prefix, report) => {
      const section = report.sections.find((s) => s.index === group.section);
      return { sort: group.section ?? '', content: section ? html`<span data-tip="${section.title}">${section.index}</span>` : '—' };
    },
  },
  {
    header: '发言人',
    cell: ({ group }) => {
      const names = speakersOf(group).map((speaker) => speaker.name).join('、');
      return { sort: names, content: names };
    },
  },
  {
    header: '职务',
    cell: ({ group }) => {
      const titles = speakersOf(group).map((speaker) => speaker.title).join('、');
      return { sort: titles, content: titles };
    },
  },
  {
    header: '指标',
    cell: ({ metrics }, prefix) => ({
      sort: metrics.length,
      content: metrics.length === 0 ? '—' : metrics.map(
        (metric) => html`<a class="metric-link c-${metric.category}" href="#${anchorId(prefix, metric.id)}" data-tip="${metricTooltip(metric)}">${metricShortForm(metric)}</a>`,
      ),
    }),
  },
];

/** What the filter box matches, lower-cased as the script lower-cases the query. */
function filterText({ row, group, metrics }: DistrictRow): string {
  const categories = [...new Set(metrics.map((metric) => metric.category))].flatMap((category) => [category, CATEGORY_LABELS[category]]);
  const speakers = speakersOf(group).flatMap((speaker) => [speaker.name, speaker.title]);
  return [row.district, row.code, ...speakers, ...categories].join(' ').toLowerCase();
}

function districtRows(report: Report): DistrictRow[] {
  return compareRows([report]).flatMap((row, index) => {
    const group = row.reports[0];
    if (!group) return [];
    const ids = new Set(group.entries.map((entry) => entry.id));
    return [{ order: index + 1, row, group, metrics: report.metrics.filter((metric) => metric.entry !== null && ids.has(metric.entry)) }];
  });
}

function renderDistrictTable(report: Report, rows: readonly DistrictRow[], prefix: string): Html {
  const tableId = anchorId(prefix, 'districts');
  const countId = anchorId(prefix, 'shown');
  const numeric = (column: Column) => (column.numeric ? 'numeric' : '');
  return html`<div class="tools"><label>筛选 <input type="search" data-filter="${countId}" aria-controls="${tableId}" placeholder="区县、发言人或类别" autocomplete="off"></label><span>显示 <span id="${countId}">${rows.length}</span> / ${rows.length} 个区县</span></div>
<div class="scroll"><table class="districts" id="${tableId}">
<thead><tr>${DISTRICT_COLUMNS.map((column) => html`<th scope="col" class="${numeric(column)}"><button type="button">${column.header}</button></th>`)}</tr></thead>
<tbody>
${rows.map(
  (district) =>
    html`<tr data-filter="${filterText(district)}">${DISTRICT_COLUMNS.map((column) => {
      const { sort, content } = column.cell(district, prefix, report);
      return html`<td class="${numeric(column)}" data-label="${column.header}" data-sort="${sort}">${content}</td>`;
    })}</tr>\n`,
)}</tbody></table></div>`;
}

/** Which colours and underlines mean what, with counts, so a reviewer sees that every numeral is accounted for. */
function renderLegend(report: Report): Html {
  const categories = CATEGORIES.filter((category) => report.metrics.some((metric) => metric.category === category));
  const kinds = NUMBER_KINDS.filter((kind) => kind !== 'metric' && report.numbers.some((number) => number.kind === kind && number.metric === null));
  return html`<p class="legend"><span>共 ${report.numbers.length} 个数字，其中指标 ${report.metrics.length} 个：</span>${categories.map(
    (category) => html`<span><mark class="metric c-${category}">${CATEGORY_LABELS[category]}</mark> ${report.metrics.filter((metric) => metric.category === category).length}</span>`,
  )}<span>非指标：</span>${kinds.map(
    (kind) => html`<span><span class="numeral k-${kind}">${KIND_LABELS[kind]}</span> ${report.numbers.filter((number) => number.kind === kind && number.metric === null).length}</span>`,
  )}</p>`;
}

function renderReport(report: Report, prefix: string): Html {
  const rows = districtRows(report);
  const part = (name: string) => anchorId(prefix, name);
  return html`<article class="report" id="${prefix}">
<header><h1>${titleOf(report)}</h1>${report.meta.subtitle === null ? '' : html`<p class="subtitle">${report.meta.subtitle}</p>`}
<nav class="jump"><a href="#${part('summary')}">概要</a><a href="#${part('table')}">区县（${rows.length}）</a><a href="#${part('chart')}">图表</a><a href="#${part('text')}">原文</a></nav></header>
<section><h2 id="${part('summary')}">概要</h2>
${renderSummary(report, prefix)}</section>
<section><h2 id="${part('table')}">区县</h2>
${renderDistrictTable(report, rows, prefix)}</section>
<section><h2 id="${part('chart')}">图表</h2>
${renderChart(rows.map(({ row }) => row), prefix)}</section>
<section><h2 id="${part('text')}">原文</h2>
${renderLegend(report)}<div class="text">
${renderSourceText(report, prefix)}</div></section>
</article>
`;
}

/** With several reports, a list at the top to jump between them. */
function renderReportList(reports: readonly Report[]): Html | string {
  if (reports.length < 2) return '';
  return html`<nav class="reports" aria-label="报告"><ol>${reports.map(
    (report, i) => html`<li><a href="#r${i + 1}">${titleOf(report)}</a> <span class="path">${report.source.path}</span></li>`,
  )}</ol></nav>`;
}

function pageTitle(reports: readonly Report[]): string {
  if (reports.length === 0) return 'cppcc-extract';
  const first = titleOf(reports[0]!);
  return reports.length === 1 ? first : `${first} 等 ${reports.length} 篇报道`;
}

/** One page for all reports, in input order; ids are prefixed r1, r2 … per report. */
export function renderHtml(reports: readonly Report[]): string {
  return html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cppcc-extract ${VERSION}">
<title>${pageTitle(reports)}</title>
<link rel="icon" href="data:,">
<style>${trusted(STYLE)}</style>
</head>
<body>
${renderReportList(reports)}<main>
${reports.map((report, i) => renderReport(report, `r${i + 1}`))}</main>
<div id="tip" role="tooltip" hidden></div>
<footer>由 cppcc-extract ${VERSION} 生成（数据格式 schemaVersion ${SCHEMA_VERSION}）。</footer>
<script>${trusted(SCRIPT)}</script>
</body>
</html>
`.value;
}
