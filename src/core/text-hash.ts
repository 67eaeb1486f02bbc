// The hash drafting remembers handed-out texts by.

/** A 53-bit hash (cyrb53): a run remembers the texts it handed out by hash, so memory stays small at scale. */
export function textHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Texts NFC cannot change: code points up to U+02FF and the punctuation and currency U+2002–U+20CF, no others. */
const NFC_STABLE = /^[\x00-\u02ff\u2002-\u20cf]*$/;

/**
 * The hash of a post as X sees it: of its NFC form (X normalises every post to NFC first), so two texts that
 * differ only in how an accent is encoded (`Cou\u0301ncil`, `Coúncil`) are the same post. Most texts are
 * answered without normalising (see NFC_STABLE).
 */
export function postHash(text: string): number {
  return textHash(NFC_STABLE.test(text) ? text : text.normalize('NFC'));
}
