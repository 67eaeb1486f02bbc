import { defineConfig, type Plugin } from 'vitest/config';
import { CORE_JS, EMOJI_GUARD, isParseTweetEmojiImport, isParseTweetUrlImport, URL_GUARD } from './scripts/twitter-text-plugins.mjs';

const empty = new URL('./tests/support/empty.js', import.meta.url).pathname;

// The same module routing as scripts/build.mjs, so unit tests count with exactly the bundled code.
const twitterText: Plugin = {
  name: 'twitter-text',
  enforce: 'pre',
  resolveId(source, importer) {
    if (CORE_JS.test(source)) return empty;
    if (isParseTweetUrlImport(source, importer)) return URL_GUARD;
    if (isParseTweetEmojiImport(source, importer)) return EMOJI_GUARD;
    return null;
  },
};

export default defineConfig({
  define: { PLEDGE_VERSION: JSON.stringify('0.0.0-test'), PLEDGE_ROOT_FROM_HERE: JSON.stringify('..') },
  plugins: [twitterText],
  test: {
    include: ['tests/**/*.test.ts'],
    // twitter-text's ESM build uses extension-less imports that only a bundler resolves.
    server: { deps: { inline: ['twitter-text', 'twemoji-parser'] } },
    testTimeout: 20_000,
  },
});
