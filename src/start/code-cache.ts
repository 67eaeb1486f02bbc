// Loads the CLI's bundles (dist/*.cjs) with a V8 code cache, so that a run does not parse and compile again
// what the previous run compiled: about half of what `pledge` adds to bare `node` at start-up is parsing and
// compiling its own code. Node's own compile cache (module.enableCompileCache, Node >= 22.1) does not help
// here: it keeps only the code compiled while a module loads, not the functions compiled as the command
// runs, and it does not exist on Node 20. So: vm.Script with `cachedData`, the cache made with
// `script.createCachedData()` when the process exits (then it holds every function the run compiled).
//
// Where: one file per bundle, Node version and bundle content in `<tmpdir>/pledge-code-cache-<uid>/`, the
// place Node's own compile cache defaults to (os.tmpdir()): the system clears it, nothing is written where
// the user keeps files, and the package folder (perhaps read-only, shared by users) is never written to. The
// folder is made private (0700) and is used only while it is ours and private: a cache is code that this
// process runs. A file is written whole under a temporary name, then renamed (never read half-written); a
// bundle's older caches (another build) are removed when its new one is written. Any failure only means no
// cache. Off with NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) and with DEBUG (stack traces then go
// through Node's loader and its source maps).
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Script } from 'node:vm';

/** What {@link createBundleLoader} needs. */
export interface BundleLoaderOptions {
  /** The folder of the bundles (dist/): `hashes` names bundles relative to it, with "/". */
  root: string;
  /**
   * Content hash of each bundle that may be compiled from a cache (made by scripts/build.mjs). Bundles with a
   * dynamic import() are left out: vm.Script cannot run import() without an experimental flag.
   */
  hashes: Readonly<Record<string, string>>;
  /** The cache folder; undefined: no cache (every bundle loaded by Node's own require). */
  cacheDir: string | undefined;
  /** Node's require, for built-ins and for bundles without a cache. */
  nodeRequire: NodeJS.Require;
}

/** The cache folder to use: undefined when caching is switched off (see the module comment). */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.DEBUG || (env.NODE_DISABLE_COMPILE_CACHE && env.NODE_DISABLE_COMPILE_CACHE !== '0')) return undefined;
  return join(tmpdir(), `pledge-code-cache-${process.getuid?.() ?? 'user'}`);
}

/** True when `dir` is a folder owned by this user that no one else may write to (or when that cannot be told). */
function isPrivateDir(dir: string): boolean {
  const s = lstatSync(dir, { throwIfNoEntry: false });
  if (s === undefined) return false;
  if (!s.isDirectory()) return false;
  return process.getuid === undefined || (s.uid === process.getuid() && (s.mode & 0o022) === 0);
}

/**
 * A loader of CommonJS bundles that compiles the bundles named in `hashes` with a code cache. A bundle is
 * one module, registered in `require.cache` as Node's loader does, so a bundle that Node loads and one this
 * loader loads share the same instance of any bundle both require (the error classes stay one class).
 * Returns `load(file)`, which gives the bundle's `module.exports`. The caches are written when the process
 * exits; errors there are ignored (no cache is not a failure).
 */
export function createBundleLoader(options: BundleLoaderOptions): (file: string) => unknown {
  const { root, hashes, cacheDir, nodeRequire } = options;
  const usable = cacheDir !== undefined && isPrivateDir(cacheDir);
  const tag = `${process.version}-${process.arch}`;
  const toWrite: { name: string; file: string; script: Script }[] = [];
  const Module = nodeRequire('node:module') as unknown as new (id: string) => NodeJS.Module;

  function load(file: string): unknown {
    const cached = nodeRequire.cache[file];
    if (cached) return cached.exports as unknown;
    const name = relative(root, file).split('\\').join('/');
    const hash = hashes[name];
    if (hash === undefined || cacheDir === undefined) return nodeRequire(file);
    const cacheFile = join(cacheDir, `${name.replace(/\//g, '_')}-${hash}-${tag}.bin`);
    let cachedData: Buffer | undefined;
    if (usable) {
      try {
        cachedData = readFileSync(cacheFile);
      } catch {
        // no cache yet
      }
    }
    const source = readFileSync(file, 'utf8');
    const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
    const script = new Script(wrapped, { filename: file, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) toWrite.push({ name, file: cacheFile, script });
    const module = new Module(file);
    module.filename = file;
    nodeRequire.cache[file] = module;
    const dir = dirname(file);
    const require = (id: string): unknown => (id.startsWith('.') ? load(join(dir, id)) : (nodeRequire(id) as unknown));
    try {
      const body = script.runInThisContext() as (...args: unknown[]) => void;
      body.call(module.exports, module.exports, require, module, file, dir);
    } catch (error) {
      delete nodeRequire.cache[file];
      throw error;
    }
    module.loaded = true;
    return module.exports;
  }

  if (cacheDir !== undefined) process.once('exit', () => save(cacheDir, toWrite, usable));
  return load;
}

/** Writes the caches of the bundles compiled without one (see the module comment). */
function save(cacheDir: string, toWrite: { name: string; file: string; script: Script }[], usable: boolean): void {
  if (toWrite.length === 0) return;
  try {
    if (!usable) {
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      if (!isPrivateDir(cacheDir)) return;
    }
    const present = readdirSync(cacheDir);
    for (const { name, file, script } of toWrite) {
      const base = file.slice(cacheDir.length + 1);
      const prefix = `${name.replace(/\//g, '_')}-`;
      const tag = base.slice(base.lastIndexOf('-v'));
      // This bundle's caches from other builds, for this Node.
      for (const old of present) {
        if (old !== base && old.startsWith(prefix) && old.endsWith(tag)) rmSync(join(cacheDir, old), { force: true });
      }
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, file);
    }
  } catch {
    // No cache this time: the next run compiles again and tries again.
  }
}
