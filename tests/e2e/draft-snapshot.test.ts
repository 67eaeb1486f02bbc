// The CLI's output for the built-in campaign, kept byte for byte: a refactoring must not change it. After a
// deliberate change of the drafts or of the JSON shape, review the difference and run `npx vitest run -u`.
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';

describe('pledge draft --json on the built-in campaign (snapshots)', () => {
  it.each([1, 2, 3, 4, 5])('seed %i gives exactly the kept document', async (seed) => {
    const r = pledge(['draft', '--json', '--seed', String(seed)]);
    expect(r.status).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`__snapshots__/draft-seed-${seed}.json`);
  });
});
