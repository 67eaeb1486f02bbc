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

/**
 * The esbuild plugin that bundles twitter-text as we use it: without core-js, with the URL and emoji guards,
 * the big regex modules deferred. `root` is the package root (a file: URL).
 */
export function twitterTextPlugin(root) {
  return {
    name: 'twitter-text',
    setup(b) {
      // twitter-text depends on the punycode package; without this esbuild would take Node's deprecated built-in.
      b.onResolve({ filter: /^punycode$/ }, () => ({ path: new URL('node_modules/punycode/punycode.js', root).pathname }));
      b.onResolve({ filter: CORE_JS }, (args) => ({ path: args.path, namespace: 'empty' }));
      b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
      b.onResolve({ filter: /^\.\/extractUrlsWithIndices$/ }, (args) =>
        isParseTweetUrlImport(args.path, args.importer) ? { path: URL_GUARD } : undefined,
      );
      b.onResolve({ filter: /^twemoji-parser$/ }, (args) => (isParseTweetEmojiImport(args.path, args.importer) ? { path: EMOJI_GUARD } : undefined));
      // The guards' imports of the big regex modules: a stand-in that requires the real module on first call.
      b.onResolve({ filter: /.*/ }, (args) => {
        const deferred = DEFERRED_IMPORTS.find((d) => d.specifier === args.path && d.importer.test(args.importer) && args.kind === 'import-statement');
        return deferred && { path: deferred.specifier, namespace: 'deferred', pluginData: deferred };
      });
      b.onLoad({ filter: /.*/, namespace: 'deferred' }, ({ pluginData: d }) => ({
        resolveDir: root.pathname,
        loader: 'js',
        contents: `let real;\nconst load = () => (real ??= require(${JSON.stringify(d.specifier)})${d.name === 'default' ? '.default' : ''});\nexport ${d.name === 'default' ? 'default function' : `function ${d.name}`}(...args) { return (${d.name === 'default' ? 'load()' : `load().${d.name}`})(...args); }\n`,
      }));
    },
  };
}
