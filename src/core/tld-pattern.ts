// Stands in for twitter-text's `regexp/validGTLD` in our bundles and tests (scripts/twitter-text-plugins.mjs):
// the same shape of regex, over every TLD in twitter-text's 2020 list or in today's IANA list.
import { TLDS } from 'virtual:pledge-tlds';

/** A TLD, not followed by a character that would continue it (twitter-text's own lookahead). */
export default new RegExp(`(?:(?:${TLDS})(?=[^0-9a-zA-Z@+-]|$))`);
