// The action page's style sheet (allowed by its hash in the page's Content-Security-Policy). Contrast holds
// WCAG 2.2 AA (4.5:1 for text, 3:1 for controls' edges) in light and dark; every control is at least 44 px
// tall and wide (WCAG 2.5.5); nothing is wider than a 360 px screen; motion only for those who don't mind
// it (prefers-reduced-motion); cards off screen are not laid out until scrolled to (content-visibility: a
// 500-target page stays fast); print gives the drafts with their organisations and no controls.

/** The CSS of the action page (src/export/html.ts). */
export const PAGE_STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1b1b; --muted: #4d4d4d; --line: #767676; --card: #f6f7f9; --accent: #1452a8; --on-accent: #fff; --bad: #a4161a; --ok: #1e6b2f; --focus: #1452a8; font-family: system-ui, sans-serif; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #121417; --fg: #ececec; --muted: #c2c2c2; --line: #8d8d8d; --card: #1c1f24; --accent: #9cc3ff; --on-accent: #0b0d10; --bad: #ff9d96; --ok: #8fdc9f; --focus: #9cc3ff; }
}
html { background: var(--bg); color: var(--fg); -webkit-text-size-adjust: 100%; }
body { margin: 0; line-height: 1.5; overflow-wrap: anywhere; }
main { max-width: 46rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 0 0 .5rem; }
.lead { font-size: 1.1rem; }
.handle, .hint, .count { color: var(--muted); }
.handle { font-weight: normal; }
code { overflow-wrap: anywhere; }
.target { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: 1rem; margin: 0 0 1rem; content-visibility: auto; contain-intrinsic-size: auto 22rem; }
.post + .post { margin-top: 1rem; padding-top: 1rem; border-top: 1px dashed var(--line); }
label { display: block; font-weight: 600; margin: 0 0 .25rem; }
textarea { display: block; box-sizing: border-box; width: 100%; min-height: 7.5em; font: inherit; line-height: 1.5; padding: .5rem; border: 1px solid var(--line); border-radius: .4rem; background: var(--bg); color: var(--fg); resize: vertical; field-sizing: content; }
.meta { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: .4rem 0; font-variant-numeric: tabular-nums; }
.over, .unfit { color: var(--bad); font-weight: 600; }
.is-over textarea { border: 2px solid var(--bad); }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 0; }
button, .send { box-sizing: border-box; min-height: 44px; min-width: 44px; display: inline-flex; align-items: center; justify-content: center; padding: .45rem 1rem; border-radius: 999px; font: inherit; font-weight: 600; line-height: 1.2; cursor: pointer; text-decoration: none; }
.instance { margin: 1rem 0; }
.instance label { display: block; margin-bottom: .35rem; }
.instance-row { display: flex; flex-wrap: wrap; gap: .5rem; }
.instance input { box-sizing: border-box; min-height: 44px; flex: 1 1 12rem; min-width: 0; padding: .45rem .75rem; font: inherit; color: var(--fg); background: var(--bg); border: 2px solid var(--line); border-radius: .5rem; }
.instance-error { display: block; color: var(--bad); margin-top: .35rem; }
button { background: var(--bg); color: var(--fg); border: 2px solid var(--line); }
.send { background: var(--accent); color: var(--on-accent); border: 2px solid var(--accent); }
.is-over .send { background: var(--bg); color: var(--muted); border-style: dashed; border-color: var(--line); cursor: not-allowed; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.done-note { color: var(--ok); font-weight: 600; margin: 0 0 .5rem; }
.progress { font-weight: 600; }
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
[hidden] { display: none !important; }
@media (prefers-reduced-motion: no-preference) {
  .target { transition: border-color .2s ease-out; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; --line: #999; --card: #fff; }
  .actions, .meta, .controls, .seed-hint, .progress, .no-print { display: none !important; }
  .target { break-inside: avoid; border: 1px solid #999; content-visibility: visible; }
  textarea { border: none; padding: 0; resize: none; min-height: 0; overflow: visible; }
}
`;
