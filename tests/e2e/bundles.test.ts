// The built CLI is split into bundles (dist/cli.cjs, dist/commands/, dist/lazy/); the modules whose identity
// matters are in dist/shared/, once, so errors thrown anywhere are `instanceof` the classes the CLI checks.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../support/io.js';
import { BUILTIN, fixture, REPO } from '../support/paths.js';

const require = createRequire(import.meta.url);
const dist = join(REPO, 'dist');
type Run = (options: object, io: unknown) => Promise<number>;
const errors = require(join(dist, 'shared/errors.cjs')) as typeof import('../../src/errors.js');
const targets = require(join(dist, 'commands/targets.cjs')) as { run: Run };

describe('the built bundles', () => {
  it('an error thrown by a command bundle is an instance of the shared classes', async () => {
    const thrown = await targets.run({ campaignDir: BUILTIN, group: 'nope' }, captureIo()).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(errors.UsageError);
    expect(thrown).toBeInstanceOf(errors.PledgeError);
  });

  it('an error thrown by a lazily loaded bundle (validation) is too', async () => {
    const thrown = await targets.run({ campaignDir: fixture('bad-schema') }, captureIo()).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(errors.CampaignError);
    expect(thrown).toBeInstanceOf(errors.PledgeError);
  });

  it('no other bundle defines the error classes, the counting module or the stand-in targets again', () => {
    const bundles = [
      'cli.cjs',
      ...['commands', 'lazy', 'shared'].flatMap((d) =>
        readdirSync(join(dist, d))
          .filter((f) => f.endsWith('.cjs'))
          .map((f) => `${d}/${f}`),
      ),
    ];
    const defining = (text: string) => bundles.filter((b) => readFileSync(join(dist, b), 'utf8').includes(text));
    expect(defining('"interrupted"')).toEqual(['shared/errors.cjs']);
    // src/core/unsafe-chars.ts, part of counting
    expect(defining('Mongolian vowel separator')).toEqual(['shared/count.cjs']);
    // The stand-in targets of a campaign without targets are known by identity (core/untargeted.ts): one copy.
    expect(defining('Post ${')).toEqual(['shared/untargeted.cjs']);
  });
});
