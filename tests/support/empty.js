// Stands in for twitter-text's core-js polyfills (see vitest.config.ts).
