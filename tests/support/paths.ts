import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO, 'tests/fixtures');
export const BIN = join(REPO, 'bin/pledge.js');
export const BUILTIN = join(REPO, 'data/pledgedecrim');
export const SNAPSHOT = join(REPO, 'dist/builtin-campaign.json');
export const fixture = (name: string) => join(FIXTURES, name);
/** A `node --require` preload that holds an export once its temporary file is open (the interruption tests). */
export const HOLD_AT_TEMPORARY_FILE = join(REPO, 'tests/support/hold-at-temporary-file.cjs');
/**
 * A `node --require` preload that makes syncing an export's temporary file fail (`FAIL_SYNC=bug`: a TypeError; else
 * EIO).
 */
export const FAIL_TEMPORARY_SYNC = join(REPO, 'tests/support/fail-temporary-sync.cjs');

/**
 * The shared/ folder beside the repository (`../shared/`, as in every clone that runs the tests), with
 * twitter-text's conformance data and the action alert of the built-in campaign. No other folder outside the
 * repository is read.
 */
const SHARED = join(REPO, '../shared');

/**
 * A path in `../shared/`; throws, saying what is missing, when it does not exist (the tests that need it fail
 * with that message rather than pass by skipping).
 */
export function sharedPath(relative: string): string {
  const path = join(SHARED, relative);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: the tests read ../shared/${relative} beside the repository (${REPO})`);
  }
  return path;
}

/** True in CI (`.ci/run` runs with CI=true). */
const IN_CI = !!process.env.CI && process.env.CI !== 'false';

/**
 * Whether to skip a suite that needs a tool: where the tool is missing, locally yes (with the reason in the
 * suite's name), but never in CI, where the suite runs and fails on the missing tool instead of passing by
 * skipping.
 */
export const skipWithout = (present: boolean) => !present && !IN_CI;
