/** X's documented compose intent. */
export const DEFAULT_INTENT_URL = 'https://x.com/intent/tweet';

/**
 * An intent URL whose `text` parameter is exactly `text`. Percent-encoding with encodeURIComponent
 * (not encodeURI, which leaves `#` and `&` alone); the caller guarantees well-formed text, since a lone
 * surrogate makes encodeURIComponent throw.
 */
export function intentUrl(text: string, base: string = DEFAULT_INTENT_URL): string {
  const sep = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${sep}text=${encodeURIComponent(text)}`;
}

/** The `text` parameter of an intent URL, decoded. */
export function intentText(url: string): string | null {
  return new URL(url).searchParams.get('text');
}
