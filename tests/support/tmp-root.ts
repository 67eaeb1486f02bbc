// vitest globalSetup of every project: the run gets one temporary folder (TMPDIR for the workers and the CLI
// they start), removed when the last project ends, so a test run leaves nothing behind in the system's /tmp.
// Its name is short: Chromium's singleton socket path must stay under the 108-byte limit of a Unix socket.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shared = globalThis as { pledgeTestTmp?: { root: string; users: number; before: string | undefined } };

export default function setup(): () => void {
  if (!shared.pledgeTestTmp) {
    const root = mkdtempSync(join(tmpdir(), 'pt-'));
    chmodSync(root, 0o755); // the EACCES test runs the CLI as another user, who must reach its folders
    shared.pledgeTestTmp = { root, users: 0, before: process.env.TMPDIR };
    process.env.TMPDIR = root;
  }
  const state = shared.pledgeTestTmp;
  state.users += 1;
  return () => {
    state.users -= 1;
    if (state.users > 0) return;
    if (state.before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = state.before;
    rmSync(state.root, { recursive: true, force: true, maxRetries: 3 });
    delete shared.pledgeTestTmp;
  };
}
