/**
 * The report's style sheet: one `<style>` element (allowed by the page's CSP through its hash), no inline styles.
 * Logical properties only, so Arabic reads right to left; light and dark schemes; forced colours; print.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1f; --muted: #4a4a55; --line: #c9c9d3; --soft: #f3f4f7;
  --accent: #0b5cad; --met: #1a7f37; --unmet: #b42318; --other: #5f6368; --bar: #0b5cad;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif;
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121317; --fg: #ececf1; --muted: #b9b9c6; --line: #474a55; --soft: #1d1f25;
    --accent: #8cc4ff; --met: #5dd47a; --unmet: #ff8a80; --other: #b9b9c6; --bar: #8cc4ff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
.page { max-inline-size: 60rem; margin-inline: auto; padding: 2rem 1.25rem 3rem; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
h1, h2, h3, h4 { line-height: 1.25; }
h1 { font-size: 2rem; margin-block: 0.25rem 0.5rem; }
h2 { font-size: 1.5rem; margin-block: 2.5rem 1rem; padding-block-end: 0.25rem; border-block-end: 2px solid var(--line); }
h3 { font-size: 1.15rem; margin-block: 1.75rem 0.5rem; }
h4 { font-size: 1rem; margin-block: 1rem 0.25rem; }
.eyebrow { margin: 0; color: var(--muted); font-weight: 600; }
.meta { margin: 0; color: var(--muted); }
.toc ol { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; padding: 0; margin: 1rem 0 0; list-style: none; }
.summary { display: flex; flex-wrap: wrap; gap: 1.5rem 2.5rem; align-items: flex-start; }
.badge { margin: 0; }
.badge svg { display: block; max-inline-size: 100%; block-size: auto; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.25rem; margin: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.value { font-size: 1.75rem; font-variant-numeric: tabular-nums; }
.provisional { display: block; font-size: 0.95rem; font-weight: 700; }
.level { display: inline-flex; align-items: center; gap: 0.5rem; }
.level svg, .status svg { flex: none; }
.note { color: var(--muted); max-inline-size: 48rem; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5rem 1rem; }
caption { text-align: start; color: var(--muted); padding-block-end: 0.5rem; }
th, td { text-align: start; vertical-align: top; padding: 0.4rem 0.6rem; border-block-end: 1px solid var(--line); }
thead th { border-block-end: 2px solid var(--fg); }
.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.valuebar { display: inline-flex; align-items: center; gap: 0.75rem; }
.bar { display: block; inline-size: 8rem; }
.bar svg { display: block; inline-size: 100%; block-size: 0.75rem; }
[dir="rtl"] .bar svg, [dir="rtl"] .level svg { transform: scaleX(-1); }
.bar .track { fill: var(--soft); stroke: var(--line); }
.bar .fill { fill: var(--bar); }
.status { display: inline-flex; align-items: center; gap: 0.4rem; white-space: nowrap; }
.status-met { color: var(--met); }
.status-unmet { color: var(--unmet); }
.status-na, .status-unanswered { color: var(--other); }
.status .label { color: var(--fg); }
.shape-on { fill: currentColor; }
.shape-off { fill: none; stroke: currentColor; stroke-width: 1.5; }
.gaps { padding-inline-start: 0; list-style: none; }
.gap { border-block-start: 1px solid var(--line); padding-block: 0.25rem 0.75rem; }
.gap h3 { margin-block-start: 1rem; }
.gap .code { color: var(--muted); font-weight: 400; }
.gap p { margin-block: 0.35rem; }
.gap ol { margin-block: 0.25rem; padding-inline-start: 1.5rem; }
footer { margin-block-start: 3rem; padding-block-start: 1rem; border-block-start: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
@media (forced-colors: active) {
  .bar .fill, .shape-on { fill: CanvasText; }
  .bar .track, .shape-off { stroke: CanvasText; }
}
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --line: #999999; --accent: #000000; color-scheme: light; }
  @page { margin: 15mm; }
  body { font-size: 10.5pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .page { max-inline-size: none; padding: 0; }
  .toc { display: none; }
  h2 { break-before: auto; break-after: avoid; }
  h3, h4 { break-after: avoid; }
  tr, .gap li, .summary { break-inside: avoid; }
  /* A printed link shows where it goes, unless its text is the address already. */
  a[href^="http"]:not(.url)::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  a[href^="#"] { color: inherit; text-decoration: none; }
}
`;
