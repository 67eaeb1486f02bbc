// The HTML action page: a self-contained page organisers host or mail round. This file writes the page as
// exported (the drafts of the export's seed, which work with JavaScript off: plain links); the page's script
// (src/page/action-page.ts, bundled to dist/page.js) then drafts afresh for each visitor from the campaign
// embedded as JSON, with the library's own drafting.
import { createHash } from 'node:crypto';
import { timeLine } from '../core/action-time.js';
import type { DraftOutcome } from '../core/drafting.js';
import { intentUrl } from '../core/intent.js';
import { handleOn } from '../campaign/networks.js';
import type { Target } from '../campaign/model.js';
import { NETWORKS } from '../networks/index.js';
import { embedJson, pageData } from '../page/data.js';
import { isUntargeted } from '../core/untargeted.js';
import { NO_INSTANCE_ON_PAGE, postLabel, sendLabel, unfitOnPage } from '../page/words.js';
import type { ExportHeader } from './formats.js';
import { PAGE_STYLE } from './page-style.js';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Campaign text shown on the page: escaped, and isolated from the text around it (bidi overrides stay inside). */
const bdi = (s: string) => `<bdi>${escapeHtml(s)}</bdi>`;

const sha256 = (s: string) => createHash('sha256').update(s).digest('base64');

/** The organisations a page addresses, in words: all named up to ten, else how many. */
function addressees(targets: readonly Target[]): string {
  if (targets.length === 0)
    return 'This campaign has no organisations to address yet: there is nothing to post for now.';
  if (targets.length > 10) return `It addresses ${targets.length} organisations, each with its own post below.`;
  const names = targets.map((t) => bdi(t.name));
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `It addresses ${targets.length === 1 ? 'one organisation' : `${targets.length} organisations`}: ${list}.`;
}

/** Bidi controls: a <title> cannot isolate them as <bdi> does in the page, so they are left out there. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The visitor's Mastodon server, asked once (src/page/instance.ts shows it where the page has Mastodon posts). */
const INSTANCE_FORM = `<form class="instance" hidden>
<label for="mastodon-instance">Your Mastodon server, for the Mastodon post buttons (remembered on this device):</label>
<span class="instance-row"><input id="mastodon-instance" type="text" inputmode="url" autocomplete="off" autocapitalize="off" spellcheck="false" placeholder="mastodon.social" aria-describedby="instance-error"> <button type="submit">Use this server</button></span>
<span id="instance-error" class="instance-error" role="alert" hidden></span>
</form>
`;

function intro(header: ExportHeader): string {
  const c = header.page?.campaign;
  const ids = header.page?.selection.targets;
  // A campaign without targets addresses no one: its posts say so themselves (Post 1, Post 2, …).
  const targets = c?.targets.length
    ? ids
      ? ids.map((id) => c.targets.find((t) => t.id === id)!)
      : c.targets
    : undefined;
  const button = header.network && header.network !== 'x' ? 'the post button' : `the <b>Post on X</b> button`;
  return `<h1>${bdi(header.campaignName)}</h1>
${c?.description ? `<p class="lead">${bdi(c.description)}</p>\n` : ''}${header.time ? `<p class="when"><b>${escapeHtml(timeLine(header.time))}</b></p>\n` : ''}${c?.why ? `<h2>Why it matters</h2>\n<p>${bdi(c.why)}</p>\n` : ''}<h2>How to take part</h2>
${targets ? `<p>${addressees(targets)}</p>\n` : ''}<p>${header.page ? "Each post below is worded for you: every visitor gets different wordings, so that supporters don't all post the same text." : 'Each post below was chosen when this page was made.'} Change it as you like (the count is the network's own), then press ${button}: the network opens with your post filled in, and you send it yourself.</p>
<noscript><p class="noscript">With JavaScript off, the posts cannot be changed on this page: a post button sends the post as it is written here. To change one, copy it into the app instead.</p></noscript>
<p class="privacy"><b>Private:</b> this page makes no network requests and has no tracking. Nothing you write leaves your device until you press a post button, and which posts you have sent is remembered on this device only.</p>
${header.page ? `<p class="seed">Your set of wordings: number <span class="seed-value">${header.seed}</span>.<span class="seed-hint" hidden> This page's address ends in <code>#seed=<span class="seed-value">${header.seed}</span></code>: keep or share it to come back to the same wordings.</span></p>\n` : ''}${header.network === 'mastodon' || header.network === 'all' ? INSTANCE_FORM : ''}<p class="progress" role="status" hidden><span class="sent">0</span> of <span class="total">0</span> sent</p>
`;
}

/** One post (a draft, or the reason there is none) for a target on a network. */
function post(o: DraftOutcome, header: ExportHeader): string {
  const { target, network } = o.draft ?? o.unfit;
  const net = NETWORKS[network];
  const own = handleOn(target, network)?.handle;
  const key = `${target.id}-${network}`;
  const name = bdi(target.name);
  const d = o.draft;
  const text = d?.text ?? '';
  // A post that addresses no one (a campaign without targets) is named, not addressed: "Post 1 on X".
  const untargeted = isUntargeted(target);
  const label = untargeted
    ? `${name}${escapeHtml(postLabel.after(net.name))}`
    : `${escapeHtml(postLabel.before)}${name}${escapeHtml(postLabel.after(net.name, own && net.mention(own)))}`;
  const toWhom = untargeted ? ` (${name})` : ` to ${name}`;
  // The link without its text, for the script to put each edit into (the link as the network makes it, cut before
  // `text=`).
  const empty =
    network === 'x'
      ? intentUrl('', header.page?.campaign.intentUrl)
      : (net.intentUrl('', header.page?.selection.networkOptions) ?? null);
  const base = empty && empty.slice(0, empty.lastIndexOf('text=') - 1);
  const url = d ? d.intentUrl : empty;
  // Mastodon without an instance: copy the post; the button waits (hidden) for the visitor's server.
  const link = `target="_blank" rel="noopener noreferrer">${escapeHtml(sendLabel(network))}<span class="vh">${toWhom}</span></a>`;
  const send =
    url === null
      ? `<p class="no-link">${escapeHtml(NO_INSTANCE_ON_PAGE)}</p>\n<a class="send" hidden href="#" ${link}`
      : `<a class="send" href="${escapeHtml(url)}" ${link}`;
  return `<div class="post" data-network="${network}"${base === null ? '' : ` data-base="${escapeHtml(base)}"`}>
<div class="compose"${d ? '' : ' hidden'}>
<label for="d-${escapeHtml(key)}">${label}</label>
<textarea id="d-${escapeHtml(key)}" rows="5" autocomplete="off" readonly>${escapeHtml(text)}</textarea>
<p class="meta"><span class="count">${d ? `${d.post.length}/${d.post.limit}` : ''}</span><span class="over" hidden>Over ${escapeHtml(net.name)}'s limit by <b>0</b>: shorten it before posting.</span></p>
<div class="actions">
<button type="button" class="another" hidden>Another wording<span class="vh"> for ${name} on ${escapeHtml(net.name)}</span></button>
<button type="button" class="copy" hidden>Copy<span class="vh"> your post to ${name}</span></button>
${send}
</div>
</div>
<p class="unfit"${d ? ' hidden' : ''}>${o.unfit ? escapeHtml(unfitOnPage(o.unfit)) : ''}</p>
</div>
`;
}

/**
 * The action page (one self-contained HTML file), written chunk by chunk as the outcomes come: the
 * introduction (the campaign's name, description, why it matters, when, whom it addresses, privacy), then
 * per target an article with one post per network (editable draft, count, another wording, copy, a post
 * link per network), the campaign as JSON for the page's script, and the script itself (`pageScript`,
 * dist/page.js). The Content-Security-Policy allows only that script and the style sheet, by hash, and
 * nothing from the network (`default-src 'none'`). Without `header.page` the page keeps the drafts it was
 * written with (no other wordings).
 */
export function htmlChunks(pageScript: string) {
  const script = pageScript.replace(/<\/script/gi, '<\\/script');
  const scriptHash = sha256(script);
  const styleHash = sha256(PAGE_STYLE);
  return function* (header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
    const csp = `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'`;
    yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="pledge (seed ${header.seed})">
<title>${escapeHtml(header.campaignName.replace(BIDI_CONTROLS, ''))}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
${intro(header)}<h2 id="posts-heading">The posts</h2>
<div class="posts">
`;
    let open: string | undefined;
    let standIns = 0; // posts that address no one, on the page
    for (const o of outcomes) {
      const target = (o.draft ?? o.unfit).target;
      // More posts that address no one than the wordings give: those that only repeat are left off the page.
      if (o.unfit?.reason === 'all-repeats' && isUntargeted(target)) continue;
      if (target.id !== open) {
        if (isUntargeted(target)) standIns++;
        if (open !== undefined) yield '</article>\n';
        open = target.id;
        // The handle on the page's one network (each post names its own when the page has several).
        const one = header.network === 'all' ? undefined : (header.network ?? 'x');
        const own = one && handleOn(target, one)?.handle;
        const handle = one && own ? ` <span class="handle">${escapeHtml(NETWORKS[one].mention(own))}</span>` : '';
        yield`<article class="target" data-target="${escapeHtml(target.id)}" aria-labelledby="t-${escapeHtml(target.id)}">
<h3 id="t-${escapeHtml(target.id)}">${bdi(target.name)}${handle}</h3>
<p class="done-note" hidden>Sent ✓</p>
`;
      }
      yield post(o, header);
    }
    if (open !== undefined) yield '</article>\n';
    // The page drafts as many posts that address no one as it shows.
    const page =
      header.page?.selection.count === undefined
        ? header.page
        : { ...header.page, selection: { ...header.page.selection, count: standIns } };
    const data = page
      ? `<script type="application/json" id="pledge-data">${embedJson(pageData(page, header.seed))}</script>\n`
      : '';
    yield`</div>
<p id="announce" class="vh" aria-live="polite"></p>
<p class="controls" hidden><button type="button" class="restart">Start again</button> <span class="hint">(forgets which posts you have sent on this device)</span></p>
</main>
${data}<script>${script}</script>
</body>
</html>
`;
  };
}

