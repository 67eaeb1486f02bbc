// Shared by the esbuild build and the vitest config, so tests run the same code the bundle does.
//
// twitter-text 3.1.0 (2020) is the last release: its URL grammar is still X's, its list of top-level domains
// is not. At build time its TLD regex is replaced by one made from the union of its list and today's IANA
// list (the `tlds` package), and the TLDs on which the two disagree are handed to the counter, which counts
// such a link the larger of the two ways (see src/core/url-guard.ts).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { domainToASCII } from 'node:url';

const require = createRequire(import.meta.url);

/** Our module that stands in for twitter-text's `regexp/validGTLD` (the union of both lists). */
export const TLD_PATTERN = fileURLToPath(new URL('../src/core/tld-pattern.ts', import.meta.url));
/** A never-matching stand-in for `regexp/validCCTLD`: country codes are in the union already. */
export const NO_TLD = fileURLToPath(new URL('../src/core/tld-none.ts', import.meta.url));
/** The virtual module with the TLD lists, generated from the installed packages. */
export const TLDS_MODULE = 'virtual:pledge-tlds';

const fromTwitterRegexp = (importer) => /twitter-text[\\/]dist[\\/]esm[\\/]regexp[\\/]/.test(importer ?? '');

/** Where an import of twitter-text's TLD regexes goes instead, or undefined to leave it alone. */
export function tldRedirect(source, importer) {
  if (!fromTwitterRegexp(importer)) return undefined;
  if (source === './validGTLD') return TLD_PATTERN;
  if (source === './validCCTLD') return NO_TLD;
  return undefined;
}

/** The TLDs of a twitter-text regex (`(?:(?:a|b|…)(?=…))`). */
function alternatives(re) {
  return re.source.replace(/^\(\?:\(\?:/, '').replace(/\)\(\?=.*$/s, '').split('|');
}

/**
 * Source of the virtual TLD module: `TLDS` (a regex alternation of every TLD in either list, longest first),
 * `UNCERTAIN` (lower-case TLDs in only one of the lists, with the punycode form of internationalised ones) and
 * `IDN_PUNYCODE` (punycode forms of internationalised TLDs in both lists: twitter-text accepts any `xn--`) and
 * `TWITTER_TEXT_TLDS` (twitter-text's 2020 list alone, an alternation, longest first: Mastodon's).
 */
export function tldModuleSource() {
  // The CommonJS build of twitter-text has the original regexes (ours are replaced only in bundles).
  const { regexen } = require('twitter-text');
  const old = new Set(
    [...alternatives(regexen.validGTLD), ...alternatives(regexen.validCCTLD)].map((t) => t.toLowerCase()),
  );
  const today = new Set(require('tlds').map((t) => t.toLowerCase()));
  const union = [...new Set([...old, ...today])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const puny = (t) => (/^[a-z0-9-]+$/.test(t) ? undefined : domainToASCII(t));
  const uncertain = union.filter((t) => old.has(t) !== today.has(t));
  const withPuny = (list) => list.flatMap((t) => [t, puny(t)].filter(Boolean));
  const both = union.filter((t) => old.has(t) && today.has(t) && puny(t)).map(puny);
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  return [
    `export const TLDS = ${JSON.stringify(union.map(escape).join('|'))};`,
    `export const UNCERTAIN = ${JSON.stringify(withPuny(uncertain))};`,
    `export const IDN_PUNYCODE = ${JSON.stringify(both)};`,
    // twitter-text's own (2020) list alone, for Mastodon, whose server and web composer still use it. No
    // "-" is escaped: the alternation goes into a regex with the u flag (src/networks/mastodon-links.ts).
    `export const TWITTER_TEXT_TLDS = ${JSON.stringify(
      [...old]
        .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
        .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
    )};`,
    '',
  ].join('\n');
}

/** core-js 2 polyfills that twitter-text imports: Node 20 has all of these natively. */
export const CORE_JS = /^core-js\/modules\//;

/**
 * Imports the bundle defers until first use: the module is then required (and so evaluated, regexes and all)
 * only when the guard lets a text through. `names` are the exports (functions) the importer uses.
 */
export const DEFERRED_IMPORTS = [
  { importer: /[\\/]src[\\/]core[\\/]url-guard\.ts$/, specifier: './link-grammar.js', names: ['findLinks'] },
  { importer: /[\\/]src[\\/]core[\\/]emoji-guard\.ts$/, specifier: 'emoji-regex', names: ['default'] },
];

/**
 * The esbuild plugin that bundles twitter-text as we use it: without core-js, with the TLD regex over both
 * lists, the big regex modules (URL grammar, emoji) deferred. `root` is the package root (a file: URL).
 */
export function twitterTextPlugin(root) {
  return {
    name: 'twitter-text',
    setup(b) {
      // twitter-text depends on the punycode package; without this esbuild would take Node's deprecated built-in.
      b.onResolve({ filter: /^punycode$/ }, () => ({
        path: new URL('node_modules/punycode/punycode.js', root).pathname,
      }));
      b.onResolve({ filter: CORE_JS }, (args) => ({ path: args.path, namespace: 'empty' }));
      b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
      // Its TLD regexes: one over its 2020 list and today's IANA list together, made now from the packages.
      b.onResolve({ filter: /^\.\/valid(GTLD|CCTLD)$/ }, (args) => {
        const path = tldRedirect(args.path, args.importer);
        return path ? { path } : undefined;
      });
      b.onResolve({ filter: /^virtual:pledge-tlds$/ }, () => ({ path: TLDS_MODULE, namespace: 'pledge-tlds' }));
      b.onLoad({ filter: /.*/, namespace: 'pledge-tlds' }, () => ({ contents: tldModuleSource(), loader: 'js' }));
      // The guards' imports of the big regex modules: a stand-in that requires the real module on first call.
      b.onResolve({ filter: /.*/ }, (args) => {
        const deferred = DEFERRED_IMPORTS.find(
          (d) => d.specifier === args.path && d.importer.test(args.importer) && args.kind === 'import-statement',
        );
        return (
          deferred && {
            path: deferred.specifier,
            namespace: 'deferred',
            pluginData: { ...deferred, resolveDir: args.resolveDir },
          }
        );
      });
      b.onLoad({ filter: /.*/, namespace: 'deferred' }, ({ pluginData: d }) => ({
        resolveDir: d.resolveDir,
        loader: 'js',
        contents: [
          `let real;\nconst load = () => (real ??= require(${JSON.stringify(d.specifier)}));`,
          ...d.names.map(
            (n) =>
              `export ${n === 'default' ? 'default function' : `function ${n}`}(...args) { return load()[${JSON.stringify(n)}](...args); }`,
          ),
        ].join('\n'),
      }));
    },
  };
}
