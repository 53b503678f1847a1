/**
 * The HTML audit report's style sheet: one `<style>` element that the page's Content-Security-Policy allows by its
 * hash; no inline `style=`. Logical properties only (Arabic reads right to left), light and dark schemes, forced
 * colours, print; long addresses and selectors wrap so a 390 px phone never scrolls sideways.
 */
export const AUDIT_REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1f; --muted: #4a4a55; --line: #c9c9d3; --soft: #f3f4f7;
  --accent: #0b5cad; --pass: #1a7f37; --fail: #b42318; --review: #8a4b00; --other: #5f6368;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif;
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121317; --fg: #ececf1; --muted: #b9b9c6; --line: #474a55; --soft: #1d1f25;
    --accent: #8cc4ff; --pass: #5dd47a; --fail: #ff8a80; --review: #ffc46b; --other: #b9b9c6;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
.page { max-inline-size: 64rem; margin-inline: auto; padding: 2rem 1rem 3rem; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
h1, h2, h3, h4 { line-height: 1.25; }
h1 { font-size: 1.75rem; margin-block: 0.25rem 0.5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.5rem; margin-block: 2.5rem 1rem; padding-block-end: 0.25rem; border-block-end: 2px solid var(--line); }
h3 { font-size: 1.2rem; margin-block: 2rem 0.5rem; }
h4 { font-size: 1rem; margin-block: 0 0.5rem; }
code, .url { overflow-wrap: anywhere; word-break: break-word; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
.eyebrow { margin: 0; color: var(--muted); font-weight: 600; }
.note { color: var(--muted); max-inline-size: 48rem; }
.toc ol { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; padding: 0; margin: 1rem 0 0; list-style: none; }
.facts { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.35rem 1.25rem; margin: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; min-inline-size: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5rem 1rem; }
caption { text-align: start; color: var(--muted); padding-block-end: 0.5rem; }
th, td { text-align: start; vertical-align: top; padding: 0.4rem 0.5rem; border-block-end: 1px solid var(--line); overflow-wrap: anywhere; }
thead th { border-block-end: 2px solid var(--fg); }
.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.counts { inline-size: auto; }
.status { display: inline-flex; align-items: center; gap: 0.4rem; font-weight: 600; }
.status svg { flex: none; }
.status-pass { color: var(--pass); }
.status-fail { color: var(--fail); }
.status-needs-review { color: var(--review); }
.status-not-applicable, .status-error, .status-unreachable { color: var(--other); }
.status .label { color: var(--fg); }
.shape { fill: none; stroke: currentColor; stroke-width: 1.75; stroke-linecap: round; stroke-linejoin: round; }
.dot { fill: currentColor; }
.indicators { list-style: none; padding: 0; margin: 0; }
.indicator { border-block-start: 1px solid var(--line); padding-block: 1rem; }
.indicator .code { color: var(--muted); font-weight: 400; }
.verdict { border-inline-start: 4px solid var(--line); padding-inline-start: 0.75rem; margin-block: 0.75rem; }
.verdict-pass { border-inline-start-color: var(--pass); }
.verdict-fail { border-inline-start-color: var(--fail); }
.verdict-needs-review { border-inline-start-color: var(--review); }
.verdict p { margin-block: 0.25rem; }
.check { color: var(--muted); font-size: 0.9rem; }
.evidence { list-style: none; padding: 0; margin: 0.5rem 0 0; }
.evidence > li { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0.5rem 0.75rem; margin-block: 0.5rem; }
.evidence dl { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.2rem 0.75rem; margin: 0; }
.evidence dt { color: var(--muted); }
.evidence dd { margin: 0; min-inline-size: 0; overflow-wrap: anywhere; }
.snippet { margin: 0; padding-inline-start: 0.5rem; border-inline-start: 2px solid var(--line); unicode-bidi: plaintext; }
.shot { display: block; max-inline-size: 100%; block-size: auto; margin-block-start: 0.5rem; border: 1px solid var(--line); }
footer { margin-block-start: 3rem; padding-block-start: 1rem; border-block-start: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
@media (max-width: 30rem) {
  .facts, .evidence dl { grid-template-columns: minmax(0, 1fr); }
  .facts dd, .evidence dd { margin-block-end: 0.4rem; }
  th, td { padding-inline: 0.3rem; }
}
@media (forced-colors: active) {
  .dot { fill: CanvasText; }
  .shape { stroke: CanvasText; }
  .verdict { border-inline-start-color: CanvasText; }
}
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --line: #999999; --soft: #ffffff; --accent: #000000; color-scheme: light; }
  @page { margin: 15mm; }
  body { font-size: 10pt; }
  .page { max-inline-size: none; padding: 0; }
  .toc { display: none; }
  .indicator, tr { break-inside: avoid; }
}
`;
