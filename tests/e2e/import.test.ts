import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';
import { fixture } from '../support/paths.js';

describe('pledge import (built binary)', () => {
  it('from an alert to the first drafts; never over existing files without --force', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pledge-e2e-import-'));
    const alert = fixture('import/twitterstorm/alert.txt');
    const r = pledge(['import', alert], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'into alert: campaign.json, targets.json, points.json (and their JSON Schemas in schemas/)',
    );
    expect(r.stdout).toMatch(/target @CllrJaneDoe .*line 8/);
    expect(r.stdout).toContain('Not used (by line)');
    expect(readdirSync(join(cwd, 'alert')).sort()).toEqual(['campaign.json', 'points.json', 'schemas', 'targets.json']);
    expect(pledge(['check', '--campaign', 'alert'], { cwd }).stdout).toMatch(/0 errors/);
    expect(
      pledge(['draft', '--campaign', 'alert', '--urls', '--seed', '1'], { cwd }).stdout.trim().split('\n'),
    ).toHaveLength(2);

    writeFileSync(join(cwd, 'alert', 'points.json'), '{"mine": true}');
    const again = pledge(['import', alert], { cwd });
    expect(again.status).toBe(3);
    expect(again.stderr).toContain(
      'alert already has campaign.json, targets.json, points.json, schemas/campaign.schema.json, schemas/targets.schema.json, schemas/points.schema.json; nothing was changed',
    );
    expect(readFileSync(join(cwd, 'alert', 'points.json'), 'utf8')).toBe('{"mine": true}');
    const forced = pledge(['import', alert, '--force', '--json', '--out', 'alert'], { cwd });
    expect(forced.status).toBe(0);
    expect(JSON.parse(forced.stdout).found.time.start).toBe('2022-07-19T11:00');
    expect(readdirSync(join(cwd, 'alert')).sort()).toEqual(['campaign.json', 'points.json', 'schemas', 'targets.json']);
  });

  it('a missing alert is a usage error naming it', () => {
    const r = pledge(['import', 'no-such-alert.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('error: no-such-alert.txt: file not found\n');
  });
});
