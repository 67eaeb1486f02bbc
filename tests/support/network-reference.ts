// Reference counters for the networks' property tests, written from each network's documented rules rather
// than from src/networks: a post is built from tokens whose weight on each network is known by hand, so the
// reference length is a sum. Tokens are joined by a space or a newline, which never join a neighbour.
import fc from 'fast-check';

export interface Token {
  text: string;
  /** Weight on each network: Bluesky graphemes, Mastodon characters (the larger of server and web
   * composer), Threads characters (emoji graphemes by UTF-8 bytes, others by UTF-16 units). */
  bluesky: number;
  mastodon: number;
  threads: number;
  /** A link, for Threads' 5-link rule. */
  link?: boolean;
}

const g = (text: string, threads: number, mastodon = 1): Token => ({ text, bluesky: 1, mastodon, threads });

/** Single graphemes that never join the space or newline next to them. Weights worked out by hand. */
const GRAPHEMES: Token[] = [
  g('a', 1),
  g('Z', 1),
  g('.', 1),
  g('é', 1), // precomposed
  g('e\u0301', 2), // e + combining acute: one grapheme, two UTF-16 units
  g('中', 1),
  g('ب', 1),
  g('한', 1),
  g('ก', 1),
  g('𠀀', 2), // astral CJK, not an emoji: two UTF-16 units
  g('का', 2, 2), // Devanagari ka + vowel sign: one grapheme; stringz (Mastodon's web composer) counts 2
  g('👍', 4),
  g('👍🏽', 8),
  g('❤️', 6),
  g('👨‍👩‍👧', 18),
  g('🧑‍🔧', 11),
  g('🇫🇷', 8),
  g('1️⃣', 7),
  g('🏴󠁧󠁢󠁥󠁮󠁧󠁿', 28),
];

const HOSTS = ['amnesty.org', 'www.amnesty.org', 'eff.org', 'example.com'];
const SEGMENT = fc.stringMatching(/^[a-z0-9-]{1,12}$/);

/** https links of a host and 0–4 lower-case path segments: Bluesky shortens them, Mastodon counts 23. */
const link: fc.Arbitrary<Token> = fc
  .tuple(fc.constantFrom(...HOSTS), fc.array(SEGMENT, { maxLength: 4 }))
  .map(([host, segments]) => {
    const path = segments.map((s) => `/${s}`).join('');
    const text = `https://${host}${path}`;
    // bsky.app's toShortUrl: host, then the path cut to 13 characters and "..." when it passes 15.
    const bluesky = host.length + (path.length > 15 ? 16 : path.length);
    return { text, bluesky, mastodon: 23, threads: text.length, link: true };
  });

const lower = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-z0-9_]{${min},${max}}$`));

/** Mentions as each network writes them; a Mastodon mention counts only `@user` (unless the user part has
 * a dot, which the web composer does not shorten). One token per network, weights for that network only. */
const mentions = {
  bluesky: fc
    .tuple(lower(1, 12), fc.constantFrom('bsky.social', 'org'))
    .map(([n, d]) => ({ text: `@${n}.${d}`, bluesky: n.length + d.length + 2, mastodon: 0, threads: 0 })),
  mastodon: fc
    .tuple(
      lower(1, 10),
      fc.option(lower(1, 5), { nil: undefined }),
      fc.constantFrom('mastodon.social', 'eupolicy.social'),
    )
    .map(([u, dotted, host]) => {
      const user = dotted ? `${u}.${dotted}` : u;
      const text = `@${user}@${host}`;
      return { text, bluesky: 0, mastodon: dotted ? text.length : user.length + 1, threads: 0 };
    }),
  threads: lower(1, 30).map((u) => ({ text: `@${u}`, bluesky: 0, mastodon: 0, threads: u.length + 1 })),
};

/** A post made of tokens and its reference weight on one network. */
export function post(tokens: Token[], separators: string[], net: 'bluesky' | 'mastodon' | 'threads') {
  let text = '';
  let weight = 0;
  tokens.forEach((t, i) => {
    if (i > 0) {
      text += separators[i % separators.length];
      weight += 1;
    }
    text += t.text;
    weight += t[net];
  });
  return { text, weight, links: tokens.filter((t) => t.link).length };
}

/** Tokens for one network: graphemes, links and that network's mentions. */
export function tokens(
  net: 'bluesky' | 'mastodon' | 'threads',
  maxLength = 120,
): fc.Arbitrary<{ tokens: Token[]; separators: string[] }> {
  const token = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...GRAPHEMES) },
    { weight: 1, arbitrary: link },
    { weight: 1, arbitrary: mentions[net] },
  );
  return fc.record({
    tokens: fc.array(token, { minLength: 1, maxLength }),
    separators: fc.array(fc.constantFrom(' ', '\n'), { minLength: 1, maxLength: 3 }),
  });
}
