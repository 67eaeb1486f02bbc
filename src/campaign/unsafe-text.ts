// `pledge check`'s rule for characters that must not reach a post unseen (src/core/unsafe-chars.ts), over
// every campaign text that can end up in one: templates (X's and each network's), hashtags, target names
// ({name}, and {mention} without a handle), and both forms of every point. Each character is named with its
// code point and located at the character itself (file, line:column, JSON path).
import { unsafeCharacters, type CountedCharacter } from '../core/count.js';
import type { Problem } from '../errors.js';
import type { RuleProblem } from './check-rules.js';
import { readCampaignSources, type Campaign } from './load.js';
import { CAMPAIGN_FILES, type CampaignFile, type CampaignFileKey, type Point, type Target } from './model.js';
import type { FileReport, JsonPath } from './validate.js';

/** The parts of a campaign the rule reads, each present when its file is valid (see ValidatedParts). */
export interface PostTextParts {
  campaign?: Pick<CampaignFile, 'asks' | 'hashtags' | 'networks'> | undefined;
  targets?: readonly Pick<Target, 'name'>[] | undefined;
  points?: readonly Pick<Point, 'text' | 'short'>[] | undefined;
}

/** Every text of a campaign that can reach a post, with where it is written. */
function* postTexts({
  campaign,
  targets,
  points,
}: PostTextParts): Generator<{ file: CampaignFileKey; at: JsonPath; text: string }> {
  for (const [askId, ask] of Object.entries(campaign?.asks ?? {})) {
    for (const [i, text] of ask.templates.entries())
      yield { file: 'campaign', at: ['asks', askId, 'templates', i], text };
  }
  for (const [i, text] of (campaign?.hashtags ?? []).entries()) yield { file: 'campaign', at: ['hashtags', i], text };
  for (const [network, settings] of Object.entries(campaign?.networks ?? {})) {
    for (const [askId, templates] of Object.entries(settings?.templates ?? {})) {
      for (const [i, text] of templates.entries())
        yield { file: 'campaign', at: ['networks', network, 'templates', askId, i], text };
    }
  }
  // A list of the valid entries of a file that is not valid as a whole may be sparse: holes are skipped.
  for (const [i, t] of (targets ?? []).entries())
    if (t) yield { file: 'targets', at: ['targets', i, 'name'], text: t.name };
  for (const [i, p] of (points ?? []).entries()) {
    yield { file: 'points', at: ['points', i, 'text'], text: p.text };
    yield { file: 'points', at: ['points', i, 'short'], text: p.short };
  }
}

/**
 * Every text of campaign.json shown beside the posts (terminal, exports, the action page) but never in one,
 * with where it is written.
 */
function* shownTexts(campaign: ShownTextParts): Generator<{ at: JsonPath; text: string }> {
  for (const key of ['name', 'description', 'why', 'source'] as const) {
    const text = campaign[key];
    if (text !== undefined) yield { at: [key], text };
  }
  if (campaign.time) yield { at: ['time', 'text'], text: campaign.time.text };
  for (const [askId, ask] of Object.entries(campaign.asks)) {
    if (ask.description !== undefined) yield { at: ['asks', askId, 'description'], text: ask.description };
  }
}

/** The texts of campaign.json that {@link shownTextProblems} reads (all but `asks` may be missing: pieces). */
export type ShownTextParts = Partial<Pick<CampaignFile, 'name' | 'description' | 'why' | 'source' | 'time'>> &
  Pick<CampaignFile, 'asks'>;

const RULES = {
  refused: 'refused-character',
  control: 'hidden-character',
  'zero-width': 'zero-width-character',
} as const;

/** What a character does to a post (or, `shown`, to the page and exports showing the text), in words. */
function consequence(c: CountedCharacter, shown = false): string {
  if (c.kind === 'zero-width') return 'invisible outside an emoji; keep it only if the script needs it';
  if (shown) return 'invisible, it would reach the action page and the exports unseen; delete it';
  if (c.kind === 'refused') return 'X refuses a post with it';
  return 'invisible, it would reach the post unseen (the terminal hides it); delete it';
}

/** The problem for one unsafe character `c` of `text`. */
function characterProblem(c: CountedCharacter, text: string, file: CampaignFileKey, at: JsonPath, shown = false) {
  const position = [...text.slice(0, c.index)].length + 1;
  return {
    severity: c.severity,
    rule: RULES[c.kind],
    file,
    at,
    index: c.index,
    message: `${c.codePoint} (${c.name}) at character ${position}: ${consequence(c, shown)}`,
  } satisfies RuleProblem;
}

/**
 * A problem for each unsafe character (src/core/unsafe-chars.ts) of the texts campaign.json shows beside the
 * posts (name, description, why, source, the time's words, each ask's description): errors (warnings for
 * zero-width marks), for `pledge check`. Drafting is not refused for them: no post holds them.
 */
export function shownTextProblems(campaign: ShownTextParts): RuleProblem[] {
  return [...shownTexts(campaign)].flatMap(({ at, text }) =>
    unsafeCharacters(text).map((c) => characterProblem(c, text, 'campaign', at, true)),
  );
}

/**
 * A problem for each unsafe character of the post texts of the parts given (a whole campaign, or the files
 * that are valid): errors, and warnings for zero-width marks.
 */
export function unsafeTextProblems(parts: PostTextParts): RuleProblem[] {
  return [...postTexts(parts)].flatMap(({ file, at, text }) =>
    unsafeCharacters(text).map((c) => characterProblem(c, text, file, at)),
  );
}

/**
 * The same problems, located in the campaign's files (read again: only when there are any), as `pledge
 * check` shows them: for `pledge draft`, which never hands out a text with such a character.
 */
export async function locateUnsafeText(campaign: Campaign, problems: RuleProblem[]): Promise<Problem[]> {
  if (!problems.length) return [];
  const [sources, { locate }] = await Promise.all([readCampaignSources(campaign.dir), import('./validate.js')]);
  const report = (k: CampaignFileKey): FileReport => ({ source: sources[k], problems: [] });
  const reports = Object.fromEntries(
    (Object.keys(CAMPAIGN_FILES) as CampaignFileKey[]).map((k) => [k, report(k)]),
  ) as Record<CampaignFileKey, FileReport>;
  for (const { file, ...p } of problems) reports[file].problems.push(p);
  return locate(Object.values(reports));
}
