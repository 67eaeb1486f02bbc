/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The script of the exported HTML action page (bundled to dist/page.js, inlined into the page). It counts
// each edited draft with the same counter as the CLI (src/core/count.ts) and keeps the Tweet link on the edited text.
import { countTweet, MAX_WEIGHTED_LENGTH } from '../core/count.js';
import { intentUrl } from '../core/intent.js';

function update(article: HTMLElement): void {
  const textarea = article.querySelector('textarea')!;
  const count = article.querySelector<HTMLOutputElement>('output.count')!;
  const over = article.querySelector<HTMLElement>('.over')!;
  const link = article.querySelector<HTMLAnchorElement>('a.tweet')!;
  const text = textarea.value;
  const { weightedLength, valid } = countTweet(text);
  count.value = `${weightedLength}/${MAX_WEIGHTED_LENGTH}`;
  const tooLong = weightedLength > MAX_WEIGHTED_LENGTH;
  over.hidden = !tooLong;
  over.querySelector('b')!.textContent = String(weightedLength - MAX_WEIGHTED_LENGTH);
  article.classList.toggle('is-over', tooLong || !valid);
  link.href = intentUrl(text.isWellFormed() ? text : text.toWellFormed(), article.dataset.base);
  link.setAttribute('aria-disabled', String(tooLong || !valid));
}

for (const article of document.querySelectorAll<HTMLElement>('article.draft')) {
  article.querySelector('textarea')!.addEventListener('input', () => update(article));
  article.querySelector('a.tweet')!.addEventListener('click', (e: Event) => {
    if (article.classList.contains('is-over')) e.preventDefault();
  });
  update(article);
}
document.documentElement.classList.add('js');
