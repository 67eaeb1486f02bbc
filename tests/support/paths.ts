import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO, 'tests/fixtures');
export const BIN = join(REPO, 'bin/pledge.js');
export const BUILTIN = join(REPO, 'data/pledgedecrim');
export const SNAPSHOT = join(REPO, 'dist/builtin-campaign.json');
export const fixture = (name: string) => join(FIXTURES, name);

/**
 * The shared/ folder with twitter-text's conformance data: beside the clone (as in CI and the workspace), or
 * where PLEDGE_SHARED_DIR says. Undefined when absent, and the tests that need it say so when skipped.
 */
export const SHARED = [process.env.PLEDGE_SHARED_DIR, join(REPO, '../shared'), '/work/shared'].find(
  (d): d is string => !!d && existsSync(join(d, 'reference/twitter-text-conformance/validate.yml')),
);
export const CONFORMANCE = SHARED && join(SHARED, 'reference/twitter-text-conformance');

/** True in CI (`.ci/run` runs with CI=true). */
export const IN_CI = !!process.env.CI && process.env.CI !== 'false';

/**
 * Whether to skip a suite that needs a tool: where the tool is missing, locally yes (with the reason in the
 * suite's name), but never in CI, where the suite runs and fails on the missing tool instead of passing by
 * skipping.
 */
export const skipWithout = (present: boolean) => !present && !IN_CI;
