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

/** Parameters of X's intent that make X append text to the post, outside the draft and its count. */
const APPENDING_PARAMETERS = ['url', 'hashtags', 'via'];

/**
 * What is wrong with an `intentUrl` base, in words, or undefined when it is fine (or not a URL at all, which
 * the schema reports on its own). The draft goes whole into `text`, so a base must not have one, nor a
 * `#fragment` (which would swallow the text parameter); `url`, `hashtags` and `via` make X add words that
 * are never counted (X's Web Intents documentation), so they belong in the templates. `related` is harmless.
 */
export function intentBaseProblem(base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return undefined;
  }
  if (base.includes('#'))
    return 'intentUrl must not have a #fragment: the draft would end up inside it, not in the text parameter';
  if (url.searchParams.has('text'))
    return 'intentUrl must not have a text parameter: pledge puts the whole draft there';
  const appending = APPENDING_PARAMETERS.filter((p) => url.searchParams.has(p));
  if (appending.length) {
    const list = appending.map((p) => `"${p}"`).join(', ');
    return `intentUrl's ${list} parameter${appending.length > 1 ? 's make' : ' makes'} X add text to the post that is never counted: write it into the templates ({hashtags}, the link, "via @…"), where it is`;
  }
  return undefined;
}
