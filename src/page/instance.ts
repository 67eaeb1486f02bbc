/// <reference lib="dom" />
// The visitor's Mastodon server on the action page: Mastodon has no central site, so the page asks once (a
// field above the posts) and remembers the answer on this device (localStorage; a private window remembers it
// while the page is open; an empty field forgets it). Every Mastodon post then gets its post button, on that
// server's share page. What a visitor may type for it (a host, a handle, a profile address, an internationalised
// name) is read as the CLI reads --instance: networks/mastodon-instance.ts.
import { intentUrl } from '../core/intent.js';
import { mastodonInstanceHostOrNone } from '../networks/mastodon-instance.js';
import type { Post } from './post.js';

/** The localStorage key of the visitor's Mastodon server (one for every pledge page on the same origin). */
const INSTANCE_KEY = 'pledge:mastodon-instance';

function stored(): string | undefined {
  try {
    const value = localStorage.getItem(INSTANCE_KEY);
    return value === null ? undefined : mastodonInstanceHostOrNone(value);
  } catch {
    return undefined; // storage off
  }
}

/**
 * Sets up the page's Mastodon server field (`form.instance`, shown only when the page has Mastodon posts):
 * the remembered server, else the one the page was exported with (`exported`, `--instance`), gives every
 * Mastodon post its link; a new one is checked (a host name, like mastodon.social), remembered and applied.
 * `announce` tells screen readers.
 */
export function setUpInstance(
  posts: readonly Post[],
  exported: string | undefined,
  announce: (words: string) => void,
): void {
  const form = document.querySelector<HTMLFormElement>('form.instance');
  const mastodon = posts.filter((p) => p.network === 'mastodon' && p.send);
  if (!form || !mastodon.length) return;
  const input = form.querySelector('input')!;
  const error = form.querySelector<HTMLElement>('.instance-error')!;
  const apply = (host: string | undefined) => {
    for (const post of mastodon) {
      post.base = host && `https://${host}/share`;
      post.send!.hidden = !host;
      const noLink = post.el.querySelector<HTMLElement>('.no-link');
      if (noLink) noLink.hidden = !!host;
      if (post.base) post.send!.href = intentUrl(post.textarea.value.toWellFormed(), post.base);
    }
  };
  const fallback = exported === undefined ? undefined : mastodonInstanceHostOrNone(exported);
  const host = stored() ?? fallback;
  input.value = host ?? '';
  apply(host);
  form.hidden = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim() === '') {
      // Forgotten on this device (a shared computer): back to the page's own server, or to copying.
      try {
        localStorage.removeItem(INSTANCE_KEY);
      } catch {
        // storage off: nothing was kept
      }
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      input.value = fallback ?? '';
      apply(fallback);
      return announce(
        fallback
          ? `Your Mastodon server is forgotten: posts open on ${fallback}.`
          : 'Your Mastodon server is forgotten on this device.',
      );
    }
    const next = mastodonInstanceHostOrNone(input.value);
    if (!next) {
      error.textContent = `"${input.value.trim().slice(0, 60)}" is not the address of a Mastodon server (like mastodon.social); leave it empty to forget yours.`;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    input.value = next;
    try {
      localStorage.setItem(INSTANCE_KEY, next);
    } catch {
      // storage off: used while the page is open
    }
    apply(next);
    announce(`Your Mastodon posts now open on ${next}.`);
  });
}
