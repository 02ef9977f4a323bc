/**
 * The page's one inline stylesheet (allowed by its hash in the Content-Security-Policy; the page
 * has no style attributes, which the policy would block). One column that reads on a phone; at
 * laptop widths the source text gets a gutter with source line numbers. Each category has one
 * colour, used by its marks in the text, its links in the table and its bars in the chart.
 */
export const STYLE = `
:root {
  color-scheme: light;
  --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --paper: #fff; --tint: #f6f8fa;
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  line-height: 1.6; color: var(--ink); background: var(--paper);
}
.c-activities { --c: #1c64b0; } .c-people { --c: #d9480f; } .c-money { --c: #a87b00; }
.c-facilities { --c: #2b8a3e; } .c-coverage { --c: #0b7285; } .c-outputs { --c: #6741d9; }
.c-problems { --c: #c2255c; } .c-members { --c: #5c7c0d; } .c-percent { --c: #e67700; } .c-other { --c: #6c757d; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; }
main, nav.reports, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
article.report { padding: 1rem 0 2rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6rem; line-height: 1.3; margin: .5rem 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
.subtitle { color: var(--muted); margin: 0 0 .5rem; }
a { color: #0969da; }
nav.jump { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; }
nav.reports ol { padding-left: 1.5rem; }
.path { color: var(--muted); font-size: .85em; word-break: break-all; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
dl.facts ol { margin: 0; padding-left: 1.25rem; }
.missing { color: #b42318; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
th { white-space: nowrap; background: var(--tint); }
table.totals td:first-child { border-left: 4px solid var(--c); }
td.numeric, th.numeric { text-align: right; font-variant-numeric: tabular-nums; }
table.districts { width: 100%; }
table.districts td:not(:last-child) { white-space: nowrap; }
table.districts th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
table.districts th button::after { content: " ↕"; color: var(--muted); font-weight: 400; }
table.districts th[aria-sort="ascending"] button::after { content: " ▲"; color: var(--ink); }
table.districts th[aria-sort="descending"] button::after { content: " ▼"; color: var(--ink); }
.tools { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin-bottom: .5rem; }
.tools label { display: flex; align-items: center; gap: .5rem; flex: 1 1 16rem; max-width: 24rem; }
.tools input { flex: 1; min-width: 0; font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; }
.metric-link { display: inline-block; margin: 0 .25rem .2rem 0; padding: 0 .35rem; border-radius: 3px; text-decoration: none; color: var(--ink);
  background: color-mix(in srgb, var(--c) 14%, transparent); border-left: 3px solid var(--c); white-space: nowrap; }
.metric-link:hover, .metric-link:focus { background: color-mix(in srgb, var(--c) 28%, transparent); }
.chart-select select { font: inherit; padding: .2rem; }
figure.chart { margin: .75rem 0 0; }
figure.chart figcaption { font-weight: 600; }
p.unit { margin: .5rem 0 0; color: var(--muted); font-size: .9rem; }
svg.bars { display: block; width: 100%; max-width: 30rem; height: auto; font-size: 12px; }
svg.bars rect { fill: var(--c); }
svg.bars text { fill: var(--ink); }
svg.bars a:hover rect, svg.bars a:focus rect { fill: color-mix(in srgb, var(--c) 70%, black); }
.legend { display: flex; flex-wrap: wrap; gap: .25rem .75rem; font-size: .85rem; color: var(--muted); margin-bottom: 1rem; }
.legend span { white-space: nowrap; }
.text { position: relative; padding-left: 3.5rem; }
.block { position: relative; margin: 0 0 .9em; }
.block::before { content: attr(data-line); position: absolute; left: -3.5rem; width: 2.75rem; text-align: right;
  font-size: .75rem; line-height: 2.1; color: #8c959f; font-variant-numeric: tabular-nums; }
.b-title { font-size: 1.3rem; font-weight: 700; }
.b-subtitle, .b-caption, .b-byline, .b-furniture { color: var(--muted); }
.b-furniture { font-size: .85rem; }
.b-caption { font-size: .9rem; font-style: italic; }
h3.b-heading, .b-heading { font-size: 1.1rem; font-weight: 700; margin-top: 1.5em; }
.passage::before { content: attr(data-label); display: inline-block; margin-right: .3em; padding: 0 .35em; border-radius: 3px;
  font-size: .75rem; line-height: 1.5; vertical-align: .1em; background: #ddf4ff; color: #0a3069; }
.passage:not(.first)::before { content: attr(data-label) "（续）"; }
.passage:target { background: #fff8c5; }
mark.metric { color: inherit; padding: 0 1px; border-radius: 2px; background: color-mix(in srgb, var(--c) 18%, transparent);
  box-shadow: inset 0 -2px 0 var(--c); cursor: help; scroll-margin: 30vh; }
mark.metric.flash { animation: flash 1.6s ease-out 2; outline: 2px solid var(--c); outline-offset: 1px; }
@keyframes flash { 0%, 40% { background: var(--c); color: #fff; } 100% { background: color-mix(in srgb, var(--c) 18%, transparent); } }
.numeral { cursor: help; text-decoration: underline 1px #8c959f; text-underline-offset: 3px; }
.k-date { text-decoration-style: dotted; }
.k-ordinal { text-decoration-style: dashed; }
.k-slogan { text-decoration-style: wavy; }
.k-enumeration { text-decoration-style: double; }
#tip { position: fixed; z-index: 10; max-width: min(24rem, calc(100vw - 16px)); padding: .4rem .6rem; border-radius: 4px;
  background: #24292f; color: #fff; font-size: .8rem; line-height: 1.5; white-space: pre-line; pointer-events: none; }
footer { color: var(--muted); font-size: .8rem; padding-top: 1rem; padding-bottom: 2rem; }
@media (max-width: 40rem) {
  main, nav.reports, footer { padding: 0 .75rem; }
  h1 { font-size: 1.35rem; }
  .text { padding-left: 0; }
  .block::before { display: none; }
  /* The district table becomes one short card per district; the header row stays, as a row of sort buttons. */
  table.districts, table.districts tbody, table.districts tr { display: block; }
  table.districts thead tr { display: flex; flex-wrap: wrap; gap: .25rem; }
  table.districts th { border: 1px solid var(--line); border-radius: 4px; }
  table.districts tbody tr { padding: .5rem 0; border-bottom: 1px solid var(--line); }
  table.districts td { display: inline-block; border: 0; padding: 0 .6rem 0 0; text-align: left; }
  table.districts td:last-child { display: block; padding-top: .2rem; }
  table.districts td:nth-child(n+3)::before { content: attr(data-label) "："; color: var(--muted); font-size: .85em; }
  table.districts td:nth-child(2) { font-weight: 600; }
}
@media (prefers-reduced-motion: reduce) { mark.metric.flash { animation: none; background: var(--c); color: #fff; } }
`;
