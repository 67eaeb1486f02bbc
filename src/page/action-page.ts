/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The script of the exported HTML action page (bundled to dist/page.js, inlined into the page). It counts
// each edited draft with the same counter as the CLI (src/core/count.ts on X, the network's own elsewhere)
// and keeps the post link on the edited text.
import { countTweet, MAX_WEIGHTED_LENGTH } from '../core/count.js';
import { intentUrl } from '../core/intent.js';
import { isNetworkId, NETWORKS } from '../networks/index.js';

/** The length, limit and verdict of an article's text: X's unless the article names another network. */
function measure(article: HTMLElement, text: string): { length: number; limit: number; valid: boolean } {
  const network = article.dataset.network;
  if (network && isNetworkId(network) && network !== 'x') {
    // A lone surrogate (typed or pasted) cannot be posted: the text is not valid, whatever its length.
    const c = NETWORKS[network].count(text.isWellFormed() ? text : text.toWellFormed(), { maxLength: Number(article.dataset.limit) || undefined });
    return { length: c.length, limit: c.limit, valid: text.isWellFormed() && (c.valid || c.length > c.limit) };
  }
  const { weightedLength, valid } = countTweet(text);
  return { length: weightedLength, limit: MAX_WEIGHTED_LENGTH, valid };
}

function update(article: HTMLElement): void {
  const textarea = article.querySelector('textarea')!;
  const count = article.querySelector<HTMLOutputElement>('output.count')!;
  const over = article.querySelector<HTMLElement>('.over')!;
  const link = article.querySelector<HTMLAnchorElement>('a.tweet');
  const text = textarea.value;
  const { length, limit, valid } = measure(article, text);
  count.value = `${length}/${limit}`;
  const tooLong = length > limit;
  over.hidden = !tooLong;
  over.querySelector('b')!.textContent = String(length - limit);
  article.classList.toggle('is-over', tooLong || !valid);
  if (!link) return;
  link.href = intentUrl(text.isWellFormed() ? text : text.toWellFormed(), article.dataset.base);
  link.setAttribute('aria-disabled', String(tooLong || !valid));
}

for (const article of document.querySelectorAll<HTMLElement>('article.draft')) {
  article.querySelector('textarea')!.addEventListener('input', () => update(article));
  article.querySelector('a.tweet')?.addEventListener('click', (e: Event) => {
    if (article.classList.contains('is-over')) e.preventDefault();
  });
  update(article);
}
document.documentElement.classList.add('js');
