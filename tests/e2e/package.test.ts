// The package as users get it: `npm pack` (as the README shows it) holds only what runs, and the tarball,
// installed into a temporary prefix with no network, runs `pledge --version` and `pledge draft`. The clone
// installed with `npm install -g .` (the README's way onto the PATH) runs too.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';
import { REPO } from '../support/paths.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  license: string;
  dependencies: Record<string, string>;
  bin: Record<string, string>;
  engines: Record<string, string>;
  private?: boolean;
};
const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const TARBALL = `${pkg.name}-${pkg.version}.tgz`;

/** Runs a shell command line as written; npm settings come from the environment (npm_config_*). */
function sh(command: string, cwd: string, env: Record<string, string> = {}) {
  // Quiet and offline npm: everything it needs is in the cache that `npm ci` filled.
  const npmEnv = {
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  };
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
    cwd,
    env: { ...process.env, ...npmEnv, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The lines of the README's ```sh block that starts with `first`. */
const shBlock = (first: string) => {
  const start = readme.indexOf(`\`\`\`sh\n${first}`);
  expect(start, `README has a sh block starting with ${first}`).toBeGreaterThan(-1);
  return readme.slice(start + 6, readme.indexOf('\n```', start)).split('\n');
};

/**
 * A lockfile that installs the tarball and exactly the runtime packages of our own lockfile (same versions,
 * same integrity, so `npm ci --offline` takes every one from the cache and never asks the registry).
 */
function lockFor(tarball: string) {
  const ours = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  const runtime = Object.entries(ours.packages).filter(
    ([key, p]) => key.startsWith('node_modules/') && !p.dev && !p.devOptional && key !== `node_modules/${pkg.name}`,
  );
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const self = {
    version: pkg.version,
    resolved: `file:${TARBALL}`,
    integrity,
    license: pkg.license,
    dependencies: pkg.dependencies,
    bin: pkg.bin,
    engines: pkg.engines,
  };
  const dependencies = { [pkg.name]: `file:${TARBALL}` };
  return {
    manifest: { name: 'prefix', version: '1.0.0', private: true, dependencies },
    lock: {
      name: 'prefix',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'prefix', version: '1.0.0', dependencies },
        [`node_modules/${pkg.name}`]: self,
        ...Object.fromEntries(runtime),
      },
    },
  };
}

let packed: { dir: string; prefix: string } | undefined;
/** The tarball packed as the README shows it and installed offline into a temporary prefix, once per run. */
function installed(): { dir: string; prefix: string } {
  if (packed) return packed;
  const dir = mkdtempSync(join(tmpdir(), 'pledge-pack-'));
  const [pack] = shBlock('npm pack');
  // As the README shows it; the tarball goes to the scratch folder, and the build is the one npm test made.
  const r = sh(pack!, REPO, { npm_config_pack_destination: dir, npm_config_ignore_scripts: 'true' });
  expect(r.status, r.stderr).toBe(0);
  const prefix = join(dir, 'prefix');
  mkdirSync(prefix);
  const { manifest, lock } = lockFor(join(dir, TARBALL));
  writeFileSync(join(prefix, 'package.json'), JSON.stringify(manifest));
  writeFileSync(join(prefix, 'package-lock.json'), JSON.stringify(lock));
  sh(`cp ${TARBALL} prefix/`, dir);
  const install = sh('npm ci', prefix);
  expect(install.status, install.stderr).toBe(0);
  return (packed = { dir, prefix });
}

describe('the package', () => {
  it('is ready to publish: not private, MIT with a LICENSE file, engines for Node 20, 22 and 24', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(pkg.engines.node).toBe('^20.19.0 || ^22.12.0 || >=24.0.0');
  });

  it('packs only what runs, and the tarball installed offline into a temporary prefix runs pledge', () => {
    const { dir, prefix } = installed();
    const files = sh(`tar tzf ${TARBALL}`, dir).stdout.trim().split('\n').map((f) => f.replace(/^package\//, ''));
    const top = new Set(files.map((f) => f.split('/')[0]));
    expect([...top].sort()).toEqual(['LICENSE', 'README.md', 'bin', 'data', 'dist', 'package.json', 'schemas']);
    expect(files).toContain('bin/pledge.js');
    expect(files).toContain('dist/cli.cjs');

    const bin = join(prefix, 'node_modules/.bin/pledge');
    const elsewhere = mkdtempSync(join(tmpdir(), 'pledge-elsewhere-'));
    expect(sh(`"${bin}" --version`, elsewhere).stdout).toBe(`${pkg.version}\n`);
    const drafted = sh(`"${bin}" draft --seed 2026`, elsewhere);
    expect(drafted.status, drafted.stderr).toBe(0);
    expect(drafted.stdout).toBe(pledge(['draft', '--seed', '2026']).stdout);
    // The lazily loaded bundles work from the package alone (exceljs is bundled, not installed).
    for (const file of ['action.html', 'drafts.xlsx', 'drafts.csv']) {
      const exported = sh(`"${bin}" export ${file} --seed 1`, elsewhere);
      expect(exported.status, exported.stderr).toBe(0);
    }
    expect(readFileSync(join(elsewhere, 'drafts.xlsx')).subarray(0, 2).toString()).toBe('PK');
  }, 180_000);

  it('runs the README\'s library example as written, and prints what the README shows', () => {
    const { prefix } = installed();
    const section = readme.slice(readme.indexOf('## Use as a library\n'));
    const block = (fence: string) => {
      const start = section.indexOf(`\`\`\`${fence}\n`) + fence.length + 4;
      return section.slice(start, section.indexOf('```\n', start));
    };
    // In the installed package's folder, as the README says: after `npx pledge init my-campaign`.
    const dir = mkdtempSync(join(prefix, 'example-'));
    expect(sh(`"${join(prefix, 'node_modules/.bin/pledge')}" init my-campaign`, dir).status).toBe(0);
    writeFileSync(join(dir, 'example.mjs'), block('js'));
    const r = sh(`"${process.execPath}" example.mjs`, dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(block('text'));
  }, 180_000);

  it('npm install -g . from the clone puts a working pledge on the PATH (as the README says)', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'pledge-global-'));
    const lines = shBlock('npm install -g .');
    const r = sh(lines.join('\n'), REPO, {
      npm_config_prefix: prefix,
      npm_config_ignore_scripts: 'true',
      PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(pkg.version);
  }, 120_000);
});
