// Shared by the esbuild build and the vitest config, so tests run the same code the bundle does.
import { fileURLToPath } from 'node:url';

export const URL_GUARD = fileURLToPath(new URL('../src/core/url-guard.ts', import.meta.url));
export const EMOJI_GUARD = fileURLToPath(new URL('../src/core/emoji-guard.ts', import.meta.url));
const fromParseTweet = (importer) => /twitter-text[\\/]dist[\\/]esm[\\/]parseTweet\.js$/.test(importer ?? '');

/** True when `source` imported by `importer` is parseTweet's URL extraction, which we route through the guard. */
export function isParseTweetUrlImport(source, importer) {
  return source === './extractUrlsWithIndices' && fromParseTweet(importer);
}

/** True when `source` imported by `importer` is parseTweet's emoji parser, which we route through the guard. */
export function isParseTweetEmojiImport(source, importer) {
  return source === 'twemoji-parser' && fromParseTweet(importer);
}

/** core-js 2 polyfills that twitter-text imports: Node 20 has all of these natively. */
export const CORE_JS = /^core-js\/modules\//;

/**
 * Imports the bundle defers until first use: the module is then required (and so evaluated, regexes and all)
 * only when the guard lets a text through. `name` is the export the importer uses.
 */
export const DEFERRED_IMPORTS = [
  { importer: /[\\/]src[\\/]core[\\/]url-guard\.ts$/, specifier: 'twitter-text/dist/esm/extractUrlsWithIndices', name: 'default' },
  { importer: /[\\/]src[\\/]core[\\/]emoji-guard\.ts$/, specifier: 'twemoji-parser', name: 'parse' },
];
