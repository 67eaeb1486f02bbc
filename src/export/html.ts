import { timeLine } from '../core/action-time.js';
import { createHash } from 'node:crypto';
import { handleOn } from '../campaign/networks.js';
import type { DraftOutcome, Unfit } from '../core/drafting.js';
import { NETWORKS } from '../networks/index.js';
import { NO_INSTANCE, unfitReason } from '../render/drafts.js';
import type { ExportHeader } from './formats.js';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root { color-scheme: light dark; --accent: #1d6fd8; --bad: #c62828; font-family: system-ui, sans-serif; }
body { margin: 0; line-height: 1.45; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
.intro { margin: 0 0 1.5rem; }
article { border: 1px solid color-mix(in srgb, currentColor 25%, transparent); border-radius: .6rem; padding: 1rem; margin: 0 0 1rem; }
h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
.handle, .network { font-weight: normal; opacity: .75; }
textarea { box-sizing: border-box; width: 100%; font: inherit; padding: .5rem; border-radius: .4rem; }
.meta { display: flex; gap: 1rem; align-items: center; margin: .5rem 0 0; }
.count { font-variant-numeric: tabular-nums; }
.over { color: var(--bad); font-weight: 600; }
.is-over textarea { outline: 2px solid var(--bad); }
a.tweet { margin-left: auto; background: var(--accent); color: #fff; padding: .4rem 1rem; border-radius: 999px; text-decoration: none; font-weight: 600; }
.is-over a.tweet { background: gray; cursor: not-allowed; }
html:not(.js) .meta .count { display: none; }
`;

/**
 * A single self-contained action page: per target, an editable draft with a live count (twitter-text's,
 * from `pageScript`, the bundle of src/page/action-page.ts) and a Tweet link that follows the edits.
 * Without JavaScript the links still tweet the drafts as written. A Content-Security-Policy allows only
 * this page's own script (by hash) and nothing from the network.
 */
export function htmlChunks(pageScript: string) {
  const script = pageScript.replace(/<\/script/gi, '<\\/script');
  const hash = createHash('sha256').update(script).digest('base64');
  return function* (header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
    const name = escapeHtml(header.campaignName);
    yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'">
<meta name="generator" content="pledge (seed ${header.seed})">
<title>${name}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${name}</h1>
${header.time ? `<p class="when">${escapeHtml(timeLine(header.time))}</p>\n` : ''}<p class="intro">Make each draft your own if you like, then press <b>Tweet</b>: X opens with the text filled in, and you send it yourself.</p>
`;
    const unfit: Unfit[] = [];
    for (const { draft: d, unfit: u } of outcomes) {
      if (u) unfit.push(u);
      if (!d) continue;
      const org = escapeHtml(d.target.name);
      const net = NETWORKS[d.network];
      const own = handleOn(d.target, d.network)?.handle;
      const handle = own ? ` <span class="handle">${escapeHtml(net.mention(own))}</span>` : '';
      // X's articles are as before; another network's carry its name and limit for the page's counter.
      const x = d.network === 'x';
      const data = x ? '' : ` data-network="${d.network}" data-limit="${d.post.limit}"`;
      const label = x ? '' : ` <span class="network">${net.name}</span>`;
      const base = d.intentUrl === null ? '' : d.intentUrl.slice(0, d.intentUrl.lastIndexOf('text=') - 1);
      const button = x ? 'Tweet' : `Post on ${net.name}`;
      const link = d.intentUrl === null ? `<span class="no-link">${escapeHtml(NO_INSTANCE)}</span>` : `<a class="tweet" href="${escapeHtml(d.intentUrl)}" target="_blank" rel="noopener">${button}</a>`;
      yield `<article class="draft" id="${escapeHtml(x ? d.target.id : `${d.target.id}-${d.network}`)}" data-base="${escapeHtml(base)}"${data}>
<h2>${org}${handle}${label}</h2>
<textarea aria-label="Draft for ${org}${x ? '' : ` on ${net.name}`}" rows="5">${escapeHtml(d.text)}</textarea>
<p class="meta"><output class="count">${d.post.length}/${d.post.limit}</output><span class="over" hidden>Over ${x ? "X's" : `${net.name}'s`} limit by <b>0</b>: shorten it before ${x ? 'tweeting' : 'posting'}.</span>${link}</p>
</article>
`;
    }
    if (unfit.length) {
      const items = unfit.map((u) => {
        const own = handleOn(u.target, u.network)?.handle;
        const on = u.network === 'x' ? '' : ` (${NETWORKS[u.network].name})`;
        return `<li><b>${escapeHtml(u.target.name)}</b>${own ? ` ${escapeHtml(NETWORKS[u.network].mention(own))}` : ''}${on}: ${escapeHtml(unfitReason(u))}</li>`;
      });
      yield `<section class="unfit">\n<h2>Could not draft for</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</section>\n`;
    }
    yield `</main>
<script>${script}</script>
</body>
</html>
`;
  };
}
