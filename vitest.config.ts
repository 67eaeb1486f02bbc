import { defineConfig, type Plugin } from 'vitest/config';
import { CORE_JS, tldModuleSource, tldRedirect, TLDS_MODULE } from './scripts/twitter-text-plugins.mjs';

const empty = new URL('./tests/support/empty.js', import.meta.url).pathname;

// The same module routing as scripts/build.mjs, so unit tests count with exactly the bundled code.
const twitterText: Plugin = {
  name: 'twitter-text',
  enforce: 'pre',
  resolveId(source, importer) {
    if (CORE_JS.test(source)) return empty;
    if (source === TLDS_MODULE) return `\0${TLDS_MODULE}`;
    return tldRedirect(source, importer) ?? null;
  },
  load(id) {
    return id === `\0${TLDS_MODULE}` ? tldModuleSource() : null;
  },
};

// Every project: its own temporary folder (TMPDIR for the workers and the CLI they start), removed at the end of
// the run, so the suite leaves nothing behind in the system's temporary folder.
const tmpRoot = 'tests/support/tmp-root.ts';

export default defineConfig({
  define: { PLEDGE_VERSION: JSON.stringify('0.0.0-test'), PLEDGE_ROOT_FROM_HERE: JSON.stringify('..') },
  plugins: [twitterText],
  test: {
    // twitter-text's ESM build uses extension-less imports that only a bundler resolves.
    server: { deps: { inline: ['twitter-text'] } },
    testTimeout: 20_000,
    // fast-check from a fixed seed (FC_SEED=random explores: `npm run test:soak`).
    setupFiles: ['tests/support/fast-check-seed.ts'],
    // The reference twitter-text (tests only) requires "punycode", which Node 21+ warns about in every worker.
    // Only the workers: the CLI's own children run without the flag, so a warning users would see still shows.
    execArgv: ['--disable-warning=DEP0040'],
    // unit: pure functions; commands: each command's run() on fixture campaigns; e2e: the built package and
    // binary (built once, by the globalSetup). `vitest run --project unit` runs one of them.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], globalSetup: [tmpRoot] } },
      { extends: true, test: { name: 'commands', include: ['tests/commands/**/*.test.ts'], globalSetup: [tmpRoot] } },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: [tmpRoot, 'tests/support/build.ts'] },
      },
    ],
  },
});
