// Bundles the CLI with esbuild for a fast cold start. Two layers, each a single file, because every extra
// module file costs the ESM loader more than parsing a little more code:
//   dist/cli.cjs             src/cli.ts and src/cli/: commander, flag parsing and help: all `pledge --help` loads
//   dist/commands/<name>.cjs one self-contained bundle per command, required by cli.cjs when it runs
// Within a command bundle, dynamic imports (chalk, the JSON error locator, exporters) stay lazy: esbuild
// wraps them so they are only evaluated when reached. twitter-text is bundled from its ESM build without its
// core-js polyfills (Node 20 has every ES2015 built-in), its URL regex behind a guard (src/core/url-guard.ts)
// and with today's TLDs (scripts/twitter-text-plugins.mjs).
import { build } from 'esbuild';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { isBuiltin } from 'node:module';
import { basename, dirname, resolve, sep } from 'node:path';
import { twitterTextPlugin } from './twitter-text-plugins.mjs';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

const twitterText = twitterTextPlugin(root);

// commander loads child_process at start-up for executable subcommands, which pledge doesn't have: hand it
// a stand-in that loads the real module only if spawn is ever called.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

// cli.cjs reaches the command bundles at run time, by their built path.
// A dynamic import() of another of our bundles becomes a plain require() run when the import() is reached:
// a tiny inlined module whose body requires the external file. (esbuild keeps a real import() for externals,
// and import() starts Node's ESM loader, which costs start-up.)
const requireLater = (b) => {
  // Written as ESM re-exports so that `.default` of a bundle made from an ES module is its default export
  // (with \`module.exports = require()\`, esbuild's Node-mode interop would make it the whole module object).
  b.onLoad({ filter: /.*/, namespace: 'require-later' }, (args) => ({
    contents: `export * from ${JSON.stringify(args.path)};\nexport { default } from ${JSON.stringify(args.path)};\n`,
    loader: 'js',
  }));
  b.onResolve({ filter: /.*/, namespace: 'require-later' }, (args) => ({ path: args.path, external: true }));
};
// src/cli/*-commands.ts import `../commands/<name>.js`: in dist/cli.cjs that is `./commands/<name>.cjs`.
const commandsDir = new URL('src/commands/', root).pathname;
const commandsExternal = {
  name: 'commands-external',
  setup(b) {
    b.onResolve({ filter: /\/commands\/[\w-]+\.js$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      if (dirname(path) + sep !== commandsDir) return undefined;
      return { path: `./commands/${basename(path, '.js')}.cjs`, namespace: 'require-later' };
    });
    requireLater(b);
  },
};

const common = {
  absWorkingDir: root.pathname,
  outdir: 'dist',
  bundle: true,
  splitting: false,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  minify: !process.env.PLEDGE_UNMINIFIED, // PLEDGE_UNMINIFIED=1 npm run build: readable profiles
  sourcemap: 'linked',
  // DEBUG=1 stack traces (which users send with bug reports) name functions and error classes as written,
  // not as minified ("at run", "CampaignError", not "at wr", "c"); costs ~2% of bundle size.
  keepNames: true,
  legalComments: 'none',
  metafile: true,
  // CommonJS: Node loads it without starting its ESM loader, which costs ~10 ms of start-up. Our code finds
  // its files with import.meta.dirname, which is __dirname there; src/package-files.ts climbs from there to
  // the package root: two levels from dist/commands/ and dist/lazy/, one from dist/ (cli.cjs).
  define: {
    PLEDGE_VERSION: JSON.stringify(version),
    'import.meta.dirname': '__dirname',
    PLEDGE_ROOT_FROM_HERE: JSON.stringify('../..'),
  },
  logLevel: 'warning',
};

// Modules whose identity matters at run time: the error classes (the CLI's error boundary recognises them
// with instanceof), the counting module (twitter-text and its lazily built regexes) and the stand-in targets of
// a campaign without targets (known by identity: core/untargeted.ts). Each is one bundle
// in dist/shared/ that every other bundle require()s, so a running process has one copy of each, as in tests.
const SHARED = new Map(
  [
    ['src/errors.ts', 'errors'],
    ['src/core/count.ts', 'count'],
    ['src/core/untargeted.ts', 'untargeted'],
  ].map(([path, name]) => [new URL(path, root).pathname, name]),
);
/** `from` is where the bundle being built sits relative to dist/: '.' for dist/cli.cjs, '..' for the rest. */
const sharedModules = (from) => ({
  name: 'shared-modules',
  setup(b) {
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.kind !== 'import-statement' || args.pluginData?.shared) return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { shared: true },
      });
      const name = SHARED.get(resolved.path);
      return name ? { path: `${from}/shared/${name}.cjs`, external: true } : undefined;
    });
  },
});

// Every dynamic import() in our code becomes its own self-contained bundle in dist/lazy/, loaded only when
// reached: the draft path parses only what drafting needs, not the clipboard, prompts or exporters.
// `../lazy/<name>.js` resolves the same from dist/commands/ and dist/lazy/.
const lazy = new Map(); // name -> source path
// Packages that find files of their own next to their code (clipboardy's xsel, open's xdg-open): loaded from
// node_modules as they are, with a real import(), rather than bundled.
const ESM_ONLY_EXTERNALS = new Set(['clipboardy', 'open']);
function lazyName(path) {
  const rel = path.slice(root.pathname.length);
  const pkg = rel.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1].replace(/^@/, '').replace(/\//g, '-');
  return rel.replace(/^src\//, '').replace(/\.ts$/, '').replace(/\/index$/, '').replace(/\//g, '-');
}
const lazyImports = {
  name: 'lazy-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData?.lazy || isBuiltin(args.path)) return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { lazy: true },
      });
      if (resolved.errors.length) return { errors: resolved.errors };
      if (SHARED.has(resolved.path))
        return { path: `../shared/${SHARED.get(resolved.path)}.cjs`, namespace: 'require-later' };
      const name = lazyName(resolved.path);
      if (ESM_ONLY_EXTERNALS.has(name)) return { path: args.path, external: true };
      lazy.set(name, resolved.path);
      return { path: `../lazy/${name}.cjs`, namespace: 'require-later' };
    });
    requireLater(b);
  },
};

const commands = (await readdir(new URL('src/commands/', root)))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));
await rm(new URL('dist', root), { recursive: true, force: true });
const results = await Promise.all([
  // The HTML action page's script: counting code for the browser, inlined into exported pages.
  build({
    ...common,
    outExtension: undefined,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: false,
    entryPoints: { page: 'src/page/action-page.ts' },
    plugins: [twitterText],
  }),
  build({
    ...common,
    define: { ...common.define, PLEDGE_ROOT_FROM_HERE: JSON.stringify('..') },
    entryPoints: { cli: 'src/cli.ts' },
    plugins: [sharedModules('.'), commandsExternal, lazyChildProcess],
  }),
  build({
    ...common,
    entryPoints: {
      ...Object.fromEntries(commands.map((c) => [`commands/${c}`, `src/commands/${c}.ts`])),
      ...Object.fromEntries([...SHARED].map(([path, name]) => [`shared/${name}`, path])),
    },
    plugins: [sharedModules('..'), lazyImports, twitterText, lazyChildProcess],
  }),
]);
// Lazy bundles may import lazily in turn: build until no new one appears.
for (const built = new Set(); lazy.size > built.size; ) {
  const next = [...lazy].filter(([name]) => !built.has(name));
  for (const [name] of next) built.add(name);
  results.push(
    await build({
      ...common,
      entryPoints: Object.fromEntries(next.map(([name, path]) => [`lazy/${name}`, path])),
      plugins: [sharedModules('..'), lazyImports, twitterText, lazyChildProcess],
    }),
  );
}

// One copy of each shared module: no other bundle may contain it.
for (const path of SHARED.keys()) {
  const rel = path.slice(root.pathname.length);
  const holders = results.flatMap(({ metafile }) =>
    Object.entries(metafile.outputs)
      .filter(([out, o]) => !/^dist\/(page|index)\./.test(out) && o.inputs[rel])
      .map(([out]) => out),
  );
  if (holders.length !== 1)
    throw new Error(
      `${rel} is bundled into ${holders.length} files (${holders.join(', ')}); it must be in exactly one`,
    );
}

// dist/start.cjs, what bin/pledge.js requires: it loads the CLI's bundles with a V8 code cache (see
// src/start/code-cache.ts), keyed by each bundle's content hash, given to it here. Bundles with a dynamic
// import() of their own (an ES module or a built-in) are left to Node's loader: vm.Script cannot run import().
const bundleHashes = {};
for (const { metafile } of results) {
  for (const [out, o] of Object.entries(metafile.outputs)) {
    if (!/^dist\/(cli|(commands|shared|lazy)\/[\w-]+)\.cjs$/.test(out)) continue;
    if (o.imports.some((i) => i.kind === 'dynamic-import' && i.external)) continue;
    bundleHashes[out.slice('dist/'.length)] = createHash('sha256')
      .update(await readFile(new URL(out, root)))
      .digest('hex')
      .slice(0, 16);
  }
}
results.push(
  await build({
    ...common,
    define: { ...common.define, PLEDGE_BUNDLE_HASHES: JSON.stringify(bundleHashes) },
    entryPoints: { start: 'src/start/index.ts' },
  }),
);

// The library (src/index.ts): one self-contained bundle for each module system, readable, and its types.
const library = { ...common, entryPoints: { index: 'src/index.ts' }, minify: false, plugins: [twitterText] };
const libraries = await Promise.all([
  build({ ...library, format: 'cjs', outExtension: { '.js': '.cjs' } }),
  build({
    ...library,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    define: { PLEDGE_VERSION: JSON.stringify(version) },
  }),
]);
results.push(...libraries);
await writeTypes();

// At run time require() may reach Node built-ins and our own bundles, nothing from node_modules.
for (const { metafile } of results) {
  for (const input of Object.values(metafile.inputs)) {
    for (const imp of input.imports) {
      if (imp.kind === 'require-call' && imp.external && !isBuiltin(imp.path) && !/^\.\.?\//.test(imp.path)) {
        throw new Error(`bundled code require()s "${imp.path}" from node_modules; bundle it or import() it`);
      }
    }
  }
}

// The built-in campaign, validated now with the same loader the CLI uses (the build fails if it is
// invalid) and stored with the exact texts it came from; see CampaignSnapshot in src/campaign/load.ts.
const tmp = new URL(`dist/.snapshot-${process.pid}/`, root);
await build({
  ...common,
  sourcemap: false,
  outdir: undefined,
  outfile: new URL('load.cjs', tmp).pathname,
  entryPoints: ['src/campaign/load.ts'],
  plugins: [twitterText],
});
const { loadCampaign, readCampaignSources } = await import(new URL('load.cjs', tmp).href);
const dataDir = new URL('data/pledgedecrim', root).pathname;
const { dir: _, ...campaign } = await loadCampaign(dataDir);
const sources = await readCampaignSources(dataDir);
const texts = Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, v.text]));
await writeFile(new URL('dist/builtin-campaign.json', root), JSON.stringify({ texts, campaign }));
await rm(tmp, { recursive: true, force: true });

/**
 * The library's declarations: tsc writes them to dist/types/ (CommonJS-scoped by a package.json, so both
 * entry points can re-export them), and dist/index.d.mts and dist/index.d.cts stand for the ESM and CommonJS
 * entry points.
 */
async function writeTypes() {
  const tsc = spawnSync(
    process.execPath,
    [new URL('node_modules/typescript/bin/tsc', root).pathname, '-p', 'tsconfig.build.json'],
    { cwd: root, encoding: 'utf8' },
  );
  if (tsc.status !== 0) throw new Error(`tsc could not write the library's declarations:\n${tsc.stdout}${tsc.stderr}`);
  await writeFile(new URL('dist/types/package.json', root), `${JSON.stringify({ type: 'commonjs' })}\n`);
  for (const ext of ['mts', 'cts'])
    await writeFile(new URL(`dist/index.d.${ext}`, root), "export * from './types/index.js';\n");
}
