// Stands in for twitter-text's `regexp/validCCTLD`: country-code TLDs are in src/core/tld-pattern.ts already.

/** Never matches. */
export default /(?!)/;
