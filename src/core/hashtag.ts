import isValidHashtagText from 'twitter-text/dist/esm/isValidHashtag';

/** True when `tag` (without `#`) is a hashtag X would link. (Its own module: its regexes cost start-up.) */
export function isValidHashtag(tag: string): boolean {
  return isValidHashtagText(`#${tag}`);
}
