/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The script of the exported HTML action page (bundled to dist/page.js, inlined into the page, allowed by
// its hash). Each visit drafts afresh from the campaign embedded in the page, with a random seed shown on
// the page and kept in the address (#seed=N: the same drafts as `pledge draft --seed N`), using the
// library's own drafting; then per post: live count and link, another wording, copy, and progress.
import type { Campaign, Target } from '../campaign/model.js';
import { alternativesFor, draftEach } from '../core/drafting.js';
import { untargetedPosts } from '../core/untargeted.js';
import { NETWORKS } from '../networks/index.js';
import { seedFromHash, type PageData } from './data.js';
import { findPosts, showOutcome, updatePost, type Post } from './post.js';
import { setUpInstance } from './instance.js';
import { loadProgress, progressKey } from './progress.js';

performance.mark('pledge:start');
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel);
const dataElement = $('#pledge-data');
const data = dataElement ? (JSON.parse(dataElement.textContent) as PageData) : undefined;
const campaign: Campaign | undefined = data && { ...data.campaign, dir: '' };
const options = data?.selection.networkOptions ?? {};
const posts = findPosts(document);
// A campaign without targets is drafted for the stand-ins of its posts that address no one, as by the export.
const pageTargets = !campaign
  ? []
  : campaign.targets.length
    ? campaign.targets
    : untargetedPosts(campaign, data!.selection.count);
const byId = new Map<string, Target>(pageTargets.map((t) => [t.id, t]));
const live = $('#announce')!;

/** Says something to screen readers (politely): emptied first, so that the same words are said again. */
function announce(words: string): void {
  live.textContent = '';
  requestAnimationFrame(() => (live.textContent = words));
}

let seed = data?.seed ?? 0;
/** Drafts every post with `seed` (the same selection and drafting as the export), and shows the seed. */
function draftWith(next: number): void {
  if (!data || !campaign) return;
  if (next !== seed) {
    const byKey = new Map(posts.map((p) => [`${p.targetId}\n${p.network}`, p]));
    const targets = data.selection.targets?.map((id) => byId.get(id)!) ?? pageTargets;
    for (const o of draftEach(campaign, next, {
      targets,
      pointId: data.selection.pointId,
      network: data.selection.network,
      networkOptions: options,
    })) {
      const { target, network } = o.draft ?? o.unfit;
      const post = byKey.get(`${target.id}\n${network}`);
      if (post) showOutcome(post, o);
    }
    seed = next;
  }
  for (const el of document.querySelectorAll('.seed-value')) el.textContent = String(seed);
  $('.seed-hint')!.hidden = false;
  try {
    if (seedFromHash(location.hash) !== seed) history.replaceState(null, '', `#seed=${seed}`);
  } catch {
    // Some viewers (a mail client's preview) allow no history: the seed still shows on the page.
  }
}

draftWith(seedFromHash(location.hash) ?? crypto.getRandomValues(new Uint32Array(1))[0]!);
addEventListener('hashchange', () => {
  const asked = seedFromHash(location.hash);
  if (asked !== undefined && asked !== seed) {
    draftWith(asked);
    announce(`New wordings: set ${asked}.`);
  }
});

// Progress: a target is sent once one of its post buttons is used.
const articles = [...document.querySelectorAll<HTMLElement>('article.target')];
const progressEl = $('.progress')!;
const progress = loadProgress(
  progressKey(
    data?.campaign.name ?? document.title,
    articles.map((a) => a.dataset.target!),
  ),
  new Set(articles.map((a) => a.dataset.target!)),
  (sent) => {
    for (const a of articles) {
      const done = sent.has(a.dataset.target!);
      a.classList.toggle('done', done);
      a.querySelector<HTMLElement>('.done-note')!.hidden = !done;
    }
    progressEl.querySelector('.sent')!.textContent = String(sent.size);
    progressEl.querySelector('.total')!.textContent = String(articles.length);
  },
);
progressEl.hidden = articles.length === 0;
$('.controls')!.hidden = articles.length === 0;
$('button.restart')!.addEventListener('click', () => {
  progress.clear();
  announce('Started again: no post is marked as sent.');
});

/** The next wording that fits the post and is not on the page, or undefined when every one is. */
function anotherWording(post: Post): string | undefined {
  const target = byId.get(post.targetId);
  if (!campaign || !target) return undefined;
  if (!post.alternatives) {
    // Every wording that fits, in the seed's order; the one shown now comes round last.
    post.alternatives = alternativesFor(campaign, target, seed, [], post.network, options).map((d) => d.text);
    post.next = post.alternatives.indexOf(post.textarea.value) + 1;
  }
  const onPage = new Set(posts.map((p) => p.textarea.value));
  const list = post.alternatives;
  for (let i = 0; i < list.length; i++) {
    const text = list[(post.next + i) % list.length]!;
    if (!onPage.has(text)) {
      post.next = (post.next + i + 1) % list.length;
      return text;
    }
  }
  return undefined;
}

let countTimer: ReturnType<typeof setTimeout> | undefined;
for (const post of posts) {
  post.textarea.readOnly = false; // read-only without JavaScript: the post button could not carry an edit
  const where = `${post.name} on ${NETWORKS[post.network].name}`;
  const copyLabel = post.copy.firstChild!;
  post.textarea.addEventListener('input', () => {
    const { length, limit } = updatePost(post, options, true);
    copyLabel.textContent = 'Copy';
    // The count is said once typing pauses, not on every keystroke.
    clearTimeout(countTimer);
    countTimer = setTimeout(
      () =>
        announce(
          length > limit ? `${length} of ${limit}: ${length - limit} over the limit.` : `${length} of ${limit}.`,
        ),
      1000,
    );
  });
  post.another.hidden = !campaign;
  post.another.addEventListener('click', () => {
    const text = anotherWording(post);
    if (text === undefined) return announce(`No other wording fits for ${where}: every one is on the page already.`);
    post.textarea.value = text;
    updatePost(post, options, true);
    copyLabel.textContent = 'Copy';
    announce(`Another wording for ${where}.`);
  });
  post.copy.hidden = false;
  post.copy.addEventListener('click', () => {
    const copied = () => {
      // Without a post link (Mastodon with no instance known), copying the post is how it gets sent.
      if (!post.send || post.send.hidden) progress.markSent(post.targetId);
      copyLabel.textContent = 'Copied ✓';
      announce(`Copied your post to ${where}.`);
    };
    const write = navigator.clipboard
      ? navigator.clipboard.writeText(post.textarea.value)
      : Promise.reject(new Error('no clipboard'));
    write.then(copied, () => {
      post.textarea.select();
      if (document.execCommand('copy')) copied();
    });
  });
  post.send?.addEventListener('click', (e) => {
    if (post.el.classList.contains('is-over')) {
      e.preventDefault();
      return announce(`Shorten your post to ${where} first: it is over the limit.`);
    }
    progress.markSent(post.targetId);
  });
}
setUpInstance(posts, options.instance, announce);
document.documentElement.classList.add('js');
performance.mark('pledge:interactive');
