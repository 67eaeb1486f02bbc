// The intentUrl base of a campaign: the whole post must be the draft's `text` (issue 9).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { intentBaseProblem } from '../../src/core/intent.js';
import { CampaignError } from '../../src/errors.js';
import { fixture } from '../support/paths.js';

/** The minimal fixture with another intentUrl: the problems loading it gives (none: []). */
async function withBase(base: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-intent-'));
  cpSync(fixture('minimal'), dir, { recursive: true });
  const file = join(dir, 'campaign.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), intentUrl: base }, null, 2));
  return loadCampaign(dir).then(
    () => [],
    (e: unknown) => {
      if (e instanceof CampaignError) return e.problems;
      throw e;
    },
  );
}

describe('intentUrl base rules', () => {
  it.each([
    ['https://x.com/intent/tweet?text=hello', /must not have a text parameter/],
    ['https://x.com/intent/tweet#compose', /must not have a #fragment/],
    [
      'https://x.com/intent/tweet?hashtags=pledgedecrim',
      /"hashtags" parameter makes X add text .* never counted: write it into the templates/,
    ],
    ['https://x.com/intent/tweet?via=amnesty', /"via" parameter/],
    ['https://x.com/intent/tweet?url=https%3A%2F%2Famnesty.org&via=a', /"url", "via" parameters make X add text/],
  ])('%s is an error at $.intentUrl', async (base, message) => {
    const problems = await withBase(base);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: '$.intentUrl',
        message: expect.stringMatching(message),
        line: expect.any(Number),
      }),
    ]);
  });

  it('allows related and other parameters, and X\'s default', async () => {
    expect(await withBase('https://x.com/intent/tweet?related=amnesty')).toEqual([]);
    expect(intentBaseProblem('https://x.com/intent/tweet')).toBeUndefined();
    expect(intentBaseProblem('https://example.org/share?lang=en')).toBeUndefined();
  });

  it('leaves a base that is not a URL to the URL check', () => {
    expect(intentBaseProblem('not a url')).toBeUndefined();
  });
});
