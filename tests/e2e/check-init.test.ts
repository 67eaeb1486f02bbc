import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';
import { fixture } from '../support/paths.js';

describe('pledge init and check (built binary)', () => {
  it('from init to the first drafts', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pledge-e2e-init-')), 'my-campaign');
    const created = pledge(['init', dir]);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('Next steps:');
    const checked = pledge(['check', '--campaign', dir]);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/0 errors, \d+ warnings/);
    const drafted = pledge(['draft', '--campaign', dir, '--seed', '1', '--urls']);
    expect(drafted.status).toBe(0);
    expect(drafted.stdout.trim().split('\n')).toHaveLength(4);
    const again = pledge(['init', dir]);
    expect(again.status).toBe(3);
    expect(again.stderr).toContain(
      'already has campaign.json, targets.json, points.json, schemas/campaign.schema.json, schemas/targets.schema.json, schemas/points.schema.json; nothing was changed',
    );
    expect(JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8')).$schema).toMatch(
      /schemas\/campaign\.schema\.json$/,
    );
  });

  it('check: exit 1 with errors, --json, --strict; 2 for bad usage', () => {
    const bad = pledge(['check', '--campaign', fixture('check/many-problems'), '--json']);
    expect(bad.status).toBe(1);
    const doc = JSON.parse(bad.stdout) as { problems: { rule: string; line: number }[]; errors: number };
    expect(doc.errors).toBe(7);
    expect(new Set(doc.problems.map((p) => p.rule))).toEqual(
      new Set([
        'invalid-hashtag',
        'template',
        'invalid-handle',
        'duplicate-id',
        'unknown-ask',
        'schema',
        'template-starts-with-mention',
        'handle-unchecked',
        'missing-handle',
      ]),
    );
    expect(pledge(['check', '--campaign', fixture('check/missing-handle')]).status).toBe(0);
    expect(pledge(['check', '--campaign', fixture('check/missing-handle'), '--strict']).status).toBe(1);
    expect(pledge(['check', '--campaign', fixture('no-such-campaign')]).status).toBe(2);
    expect(pledge(['check', '--frobnicate']).status).toBe(2);
  });

  it('the built-in campaign checks with warnings only (its handles are unchecked)', () => {
    const r = pledge(['check']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/0 errors, 9 warnings/);
  });
});
