/**
 * The one stylesheet of every report and chart page. The text column is as wide as an A4 page less
 * its margins (210 mm − 2 × 12 mm = 186 mm ≈ 700 CSS pixels), so charts drawn for the screen print at
 * the same size. Only system fonts: a report loads nothing. Printing starts each section on a new page,
 * keeps each chart and table whole where it fits on a page (a longer table breaks between rows) and
 * repeats table headings on every page.
 */
export const reportStylesheet = `
:root { color: #1a1a1a; background: #ffffff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 15px; line-height: 1.5; }
body { margin: 0; padding: 2rem 1rem 4rem; }
.page { max-width: 700px; margin: 0 auto; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 2px solid #1a1a1a; }
h3 { font-size: 1.05rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 0.95rem; margin: 1.25rem 0 0.4rem; }
p, ul, ol { margin: 0 0 0.75rem; }
.subtitle { font-size: 1.05rem; color: #404040; margin: 0 0 1.5rem; }
a { color: #08306b; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f3f3; padding: 0.5rem 0.75rem; border-left: 3px solid #808080; }
code.hash { overflow-wrap: anywhere; }
nav.contents { background: #f3f3f3; padding: 0.75rem 1rem; margin-bottom: 1rem; }
nav.contents h2 { border: 0; margin: 0 0 0.25rem; padding: 0; font-size: 1rem; }
nav.contents ol { margin: 0; }
.summary { font-size: 1.1rem; font-weight: 600; border-left: 4px solid #08306b; padding-left: 0.75rem; }
.warnings li { margin-bottom: 0.25rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.25rem; font-size: 0.85rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { padding: 0.25rem 0.5rem; border-bottom: 1px solid #c8c8c8; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #1a1a1a; }
.table-scroll { overflow-x: auto; margin: 0.5rem 0 1.25rem; }
.table-scroll table { margin: 0; }
table.wide { font-size: 0.75rem; }
table.wide th, table.wide td { padding: 0.2rem 0.3rem; }
table.wide td:first-child { white-space: nowrap; }
td code { overflow-wrap: anywhere; }
/* a JSON path breaks only after a dot (<wbr>), so its column is as wide as its longest name */
td code.json-path { overflow-wrap: normal; }
.nowrap { white-space: nowrap; }
.number { text-align: right; font-variant-numeric: tabular-nums; }
/* on a wide screen a wide table may reach past the text column, centred on it, up to the window's width */
@media screen and (min-width: 760px) {
  .table-scroll { width: max-content; min-width: 100%; max-width: min(calc(100vw - 3rem), 1400px); position: relative; left: 50%; transform: translateX(-50%); }
}
@media screen { .r8-part .table-scroll { width: auto; max-width: none; left: 0; transform: none; } }
.r8-part { border-left: 4px solid #808080; padding: 0.1rem 0 0.1rem 0.75rem; margin: 0 0 0.9rem; }
.r8-part h3 { margin: 0 0 0.25rem; }
.r8-part p { margin: 0 0 0.35rem; }
.r8-part .rule, .rule-source { font-size: 0.8rem; color: #404040; }
.status { display: inline-block; font-size: 0.8rem; font-weight: 700; padding: 0 0.45rem; border: 2px solid currentColor; border-radius: 3px; margin-left: 0.4rem; vertical-align: 0.1em; }
.status-met { color: #1b5e20; }
.status-at-risk { color: #8a4b00; }
.status-not-met { color: #b00020; }
.status-no-data { color: #404040; border-style: dashed; }
figure.chart { margin: 1rem 0 1.5rem; }
.chart-title { margin: 0 0 0.25rem; }
.plot { width: 100%; height: 420px; }
figure.chart figcaption { font-size: 0.85rem; color: #404040; }
.chart-source { font-size: 0.8rem; color: #404040; border-top: 1px solid #c8c8c8; padding-top: 0.5rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  :root { font-size: 10pt; }
  body { padding: 0; }
  .page { max-width: none; }
  main > section + section { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  figure.chart, table, tr, .summary, pre { break-inside: avoid; }
  .table-scroll { overflow: visible; }
  .r8-header h1 { font-size: 1.35rem; }
  .r8-page table { font-size: 0.75rem; }
  .r8-part { break-inside: avoid; }
  thead { display: table-header-group; }
  .modebar-container { display: none; }
  a { color: inherit; text-decoration: none; }
}
`.trimStart();
