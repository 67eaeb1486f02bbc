// pledge as a library, through the built package as a user installs it: from ESM and CommonJS, with types,
// nothing reachable but the public entry point, and a core that bundles for the browser without Node.
import { execFileSync } from 'node:child_process';
import { createRequire, isBuiltin } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { twitterTextPlugin } from '../../scripts/twitter-text-plugins.mjs';
import { BUILTIN, fixture, REPO } from '../support/paths.js';

const require = createRequire(import.meta.url);
type Library = typeof import('../../src/index.js');
const cjs = require('pledge-campaign-cli') as Library;
// By name, as a user imports it (a string the type checker does not resolve: dist/ may not be built yet).
const packageName: string = 'pledge-campaign-cli';
const esm = (await import(packageName)) as Library;

describe('the package as a library', () => {
  it('exports the same public names to CommonJS and ES modules', () => {
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(Object.keys(esm)).toEqual(
      expect.arrayContaining(['loadCampaign', 'draftEach', 'draftAll', 'countTweet', 'intentUrl']),
    );
  });

  it('drafts from both exactly what the CLI drafts', async () => {
    const cli: { drafts: { text: string }[] } = JSON.parse(
      execFileSync(process.execPath, [join(REPO, 'bin/pledge.js'), 'draft', '--json', '--seed', '7'], {
        encoding: 'utf8',
      }),
    );
    for (const lib of [cjs, esm]) {
      const run = lib.draftAll(await lib.loadCampaign(BUILTIN), 7);
      expect(run.drafts.map((d) => d.text)).toEqual(cli.drafts.map((d) => d.text));
    }
  });

  it('throws its own error classes, which both entry points export', async () => {
    for (const lib of [cjs, esm]) {
      const thrown = await lib.loadCampaign(fixture('bad-schema')).catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(lib.CampaignError);
      expect((thrown as InstanceType<Library['CampaignError']>).problems[0]).toMatchObject({
        severity: 'error',
        path: expect.stringMatching(/^\$\./),
      });
    }
  });

  it('allows no deep imports into dist/', () => {
    expect(() => require('pledge-campaign-cli/dist/cli.cjs')).toThrow(
      expect.objectContaining({ code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' }),
    );
    expect(require('pledge-campaign-cli/package.json')).toMatchObject({ name: 'pledge-campaign-cli' });
  });

  it('type-checks as a user would use it, from an ES module and from CommonJS', () => {
    // tests/fixtures/consumer: one .mts and one .cts file importing the package by name (NodeNext resolution).
    const tsc = join(REPO, 'node_modules/typescript/bin/tsc');
    expect(() =>
      execFileSync(process.execPath, [tsc, '-p', fixture('consumer/tsconfig.json')], { encoding: 'utf8' }),
    ).not.toThrow();
  });
});

describe('the core in a browser', () => {
  it('bundles for the browser with no Node built-in, and drafts without Node globals', async () => {
    const builtins: string[] = [];
    const noNode: Plugin = {
      name: 'no-node',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) => {
          if (isBuiltin(args.path)) builtins.push(`${args.path} (from ${args.importer.slice(REPO.length + 1)})`);
          return undefined;
        });
      },
    };
    const root = new URL('../../', import.meta.url);
    const result = await build({
      absWorkingDir: REPO,
      entryPoints: ['src/browser.ts'],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      globalName: 'pledge',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
      plugins: [twitterTextPlugin(root), noNode], // twitter-text's "punycode" is the npm package, resolved first
    }).catch((e: unknown) => e as Error);
    expect(builtins).toEqual([]);
    expect(result).not.toBeInstanceOf(Error);
    const code = (result as Awaited<ReturnType<typeof build>>).outputFiles![0]!.text;
    // A bare context: the language's globals only (no process, Buffer, require), and URL, which browsers have.
    const sandbox: { pledge?: Library; URL: typeof URL } = { URL };
    runInNewContext(`${code}\nthis.pledge = pledge;`, sandbox);
    const lib = sandbox.pledge!;
    expect(lib.countTweet('Hello 🙂 https://example.org').weightedLength).toBe(6 + 2 + 1 + 23);
    expect(lib.intentUrl('a b')).toBe('https://x.com/intent/tweet?text=a%20b');
    // A campaign from objects, validated and drafted in the browser.
    const read = (file: string) => JSON.parse(readFileSync(join(BUILTIN, file), 'utf8'));
    const objects = { campaign: read('campaign.json'), targets: read('targets.json'), points: read('points.json') };
    expect(lib.draftAll(lib.parseCampaign(objects), 7).drafts.map((d) => d.text)).toEqual(
      esm.draftAll(await esm.loadCampaign(BUILTIN), 7).drafts.map((d) => d.text),
    );
    const thrown = (() => {
      try {
        return lib.parseCampaign({ ...objects, targets: { targets: [{ id: 'a' }] } });
      } catch (e) {
        return e;
      }
    })();
    expect((thrown as InstanceType<Library['CampaignError']>).problems[0]).toMatchObject({
      file: 'targets.json',
      path: '$.targets[0].name',
    });
  });
});
