/// <reference lib="dom" />
// One post on the action page (a target on a network): its elements, and keeping its count and link on
// its text. The count is the CLI's (src/core/count.ts on X, the network's own module elsewhere).
import { countTweet, MAX_WEIGHTED_LENGTH } from '../core/count.js';
import type { DraftOutcome } from '../core/drafting.js';
import { intentUrl } from '../core/intent.js';
import { isNetworkId, NETWORKS, type NetworkId, type NetworkOptions } from '../networks/index.js';
import { unfitOnPage } from './words.js';

/** A post's elements (see `post` in src/export/html.ts) and what the script keeps about it. */
export interface Post {
  el: HTMLElement;
  targetId: string;
  /** The organisation's name as the page shows it. */
  name: string;
  network: NetworkId;
  /** The network's post link without its text (absent: Mastodon without an instance). */
  base?: string;
  textarea: HTMLTextAreaElement;
  compose: HTMLElement;
  count: HTMLElement;
  over: HTMLElement;
  unfit: HTMLElement;
  another: HTMLButtonElement;
  copy: HTMLButtonElement;
  send: HTMLAnchorElement | null;
  /**
   * Other wordings that fit, in the order "another wording" offers them (made on first use), and the next one's index.
   */
  alternatives?: string[];
  next: number;
}

/** The page's posts, in page order. */
export function findPosts(root: ParentNode): Post[] {
  return [...root.querySelectorAll<HTMLElement>('.post')].map((el) => {
    const article = el.closest<HTMLElement>('article.target')!;
    const network = el.dataset.network ?? 'x';
    const q = <T extends Element>(sel: string) => el.querySelector<T>(sel)!;
    return {
      el,
      targetId: article.dataset.target ?? '',
      name: article.querySelector('h3 bdi')?.textContent ?? '',
      network: isNetworkId(network) ? network : 'x',
      ...(el.dataset.base !== undefined && { base: el.dataset.base }),
      textarea: q<HTMLTextAreaElement>('textarea'),
      compose: q<HTMLElement>('.compose'),
      count: q<HTMLElement>('.count'),
      over: q<HTMLElement>('.over'),
      unfit: q<HTMLElement>('.unfit'),
      another: q<HTMLButtonElement>('button.another'),
      copy: q<HTMLButtonElement>('button.copy'),
      send: el.querySelector<HTMLAnchorElement>('a.send'),
      next: 0,
    };
  });
}

/** A post's length, limit and verdict as its network counts the text (a lone surrogate can never be posted). */
function measurePost(
  network: NetworkId,
  text: string,
  options: NetworkOptions,
): { length: number; limit: number; valid: boolean } {
  const wellFormed = text.isWellFormed();
  if (network !== 'x') {
    const c = NETWORKS[network].count(wellFormed ? text : text.toWellFormed(), options);
    return { length: c.length, limit: c.limit, valid: wellFormed && c.valid };
  }
  const { weightedLength, valid } = countTweet(text);
  return { length: weightedLength, limit: MAX_WEIGHTED_LENGTH, valid };
}

/** Whether the browser sizes a textarea to its text by itself (CSS field-sizing); else the script does. */
const sizesItself = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/**
 * Shows the count, the over-the-limit warning and the link for the post's current text; `resize` fits the
 * textarea to the text where CSS cannot (a layout per post: not for every post at load).
 */
export function updatePost(post: Post, options: NetworkOptions, resize = false): { length: number; limit: number } {
  const text = post.textarea.value;
  const { length, limit, valid } = measurePost(post.network, text, options);
  post.count.textContent = `${length}/${limit}`;
  const tooLong = length > limit;
  post.over.hidden = !tooLong;
  post.over.querySelector('b')!.textContent = String(length - limit);
  post.el.classList.toggle('is-over', tooLong || !valid);
  if (post.send && post.base !== undefined) {
    post.send.href = intentUrl(text.isWellFormed() ? text : text.toWellFormed(), post.base);
    post.send.setAttribute('aria-disabled', String(tooLong || !valid));
  }
  if (resize && !sizesItself) {
    post.textarea.style.height = 'auto';
    post.textarea.style.height = `${post.textarea.scrollHeight + 2}px`;
  }
  return { length, limit };
}

/** Shows a drafting outcome in the post: the draft, or why there is none. */
export function showOutcome(post: Post, outcome: DraftOutcome): void {
  post.compose.hidden = !outcome.draft;
  post.unfit.hidden = !!outcome.draft;
  post.alternatives = undefined;
  post.next = 0;
  if (outcome.unfit) {
    post.unfit.textContent = unfitOnPage(outcome.unfit);
    return;
  }
  // A draft comes counted and linked by the drafting: shown as it is, not counted again.
  const d = outcome.draft;
  post.textarea.value = d.text;
  post.count.textContent = `${d.post.length}/${d.post.limit}`;
  post.over.hidden = true;
  post.el.classList.remove('is-over');
  // The visitor's Mastodon server (page/instance.ts) may differ from the one the drafting knew.
  const href = post.network === 'mastodon' && post.base !== undefined ? intentUrl(d.text, post.base) : d.intentUrl;
  if (post.send && href !== null) {
    post.send.href = href;
    post.send.setAttribute('aria-disabled', 'false');
  }
}
