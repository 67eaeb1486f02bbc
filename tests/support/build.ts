// vitest globalSetup of the e2e project: builds the package once (bundles, page script, snapshot, library),
// so the e2e tests run the binary and the package exactly as installed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './paths.js';

export default function setup(): void {
  // The caller has just built (e.g. `npm run build && PLEDGE_SKIP_BUILD=1 vitest run`).
  if (process.env.PLEDGE_SKIP_BUILD) return;
  const r = spawnSync(process.execPath, [join(REPO, 'scripts/build.mjs')], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the build failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
}
