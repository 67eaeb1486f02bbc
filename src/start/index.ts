// The entry of the `pledge` binary (bin/pledge.js requires the bundle made from it, dist/start.cjs): loads
// dist/cli.cjs, and through it the command's bundles, with a V8 code cache (see code-cache.ts), then runs it.
import { join } from 'node:path';
import { createBundleLoader, defaultCacheDir } from './code-cache.js';

/** Content hash of each bundle that may be compiled from a cache, relative to dist/: set by scripts/build.mjs. */
declare const PLEDGE_BUNDLE_HASHES: Record<string, string>;

/** Runs `pledge` with these arguments (see main in src/cli.ts). */
export function start(argv: string[]): Promise<void> {
  const root = import.meta.dirname;
  const load = createBundleLoader({
    root,
    hashes: PLEDGE_BUNDLE_HASHES,
    cacheDir: defaultCacheDir(process.env),
    nodeRequire: require,
  });
  return (load(join(root, 'cli.cjs')) as typeof import('../cli.js')).main(argv);
}
