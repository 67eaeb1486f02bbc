// The rules `pledge check` adds to validation that read one file each, so they run as soon as that file is
// valid, whatever the state of the others: the warnings a campaigner wants before sending a campaign to
// hundreds of supporters. The rules on what can be drafted are in check-wordings.ts.
import { NETWORKS, type NetworkId } from '../networks/index.js';
import { OTHER_NETWORKS } from './network-schema.js';
import type { CampaignFile, CampaignFileKey, Target } from './model.js';
import { leadOf, parseTemplate, type TemplatePart } from './template.js';
import type { UnlocatedProblem } from './validate-objects.js';

/** A problem a check rule found, in one of the campaign's files, located by JSON path (lines come later). */
export type RuleProblem = UnlocatedProblem & { file: CampaignFileKey };

/** Handles not checked for longer than this are stale. */
const STALE_AFTER_MONTHS = 12;

/** Rules on campaign.json: templates that begin with a mention, a cc handle written twice. */
export function campaignRules(campaign: Pick<CampaignFile, 'cc' | 'asks' | 'hashtags' | 'networks'>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const [askId, ask] of Object.entries(campaign.asks)) {
    ask.templates.forEach((template, i) => {
      // Parsed again, by index: the loaded asks leave out templates that do not parse.
      const parts = parsedOrUndefined(template);
      if (parts && leadOf(parts, campaign) === 'mention') {
        problems.push({
          severity: 'warning',
          rule: 'template-starts-with-mention',
          file: 'campaign',
          at: ['asks', askId, 'templates', i],
          message:
            'begins with a mention: X may show the tweet only to people who follow both accounts; start with a word',
        });
      }
    });
  }
  problems.push(...duplicateCc(campaign.cc, ['cc'], 'X'));
  for (const [network, settings] of Object.entries(campaign.networks ?? {})) {
    const name = NETWORKS[network as NetworkId].name;
    problems.push(...duplicateCc(settings?.cc ?? [], ['networks', network, 'cc'], name));
  }
  return problems;
}

/**
 * A warning for each account of a cc list (at JSON path `at`) already in it: handles compared without case
 * and without a leading "@" (X, Bluesky, Threads and Mastodon hosts ignore case; Mastodon user names in
 * practice too).
 */
function duplicateCc(list: readonly string[], at: (string | number)[], network: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const first = new Map<string, number>();
  const key = (h: string) => h.replace(/^[@＠]/, '').toLowerCase();
  list.forEach((handle, i) => {
    const seen = first.get(key(handle));
    if (seen === undefined) first.set(key(handle), i);
    else {
      const where = `$.${at.join('.')}[${seen}]`;
      const shown = (h: string) => `@${h.replace(/^[@＠]/, '')}`;
      problems.push({
        severity: 'warning',
        rule: 'duplicate-cc',
        file: 'campaign',
        at: [...at, i],
        message: `${shown(handle)} is already cc'd on ${network} as ${shown(list[seen]!)} at ${where} (handles are not case-sensitive): drafts mention it once; remove this one`,
      });
    }
  });
  return problems;
}

function parsedOrUndefined(template: string): TemplatePart[] | undefined {
  try {
    return parseTemplate(template);
  } catch {
    return undefined; // reported by validation
  }
}

function monthsBetween(from: Date, to: Date): number {
  return (
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 +
    (to.getUTCMonth() - from.getUTCMonth()) -
    (to.getUTCDate() < from.getUTCDate() ? 1 : 0)
  );
}

/** One handle's dates, as the rules below read them: who it is, and where its fields are. */
interface HandleDates {
  /** How messages name it: `@AmnestyUK`, `Bluesky handle @amnesty.org`. */
  label: string;
  checked: string | null | undefined;
  /** The field to set, as messages name it: `handleChecked` (X), `checked` (other networks). */
  field: string;
  atHandle: (string | number)[];
  atChecked: (string | number)[];
}

/** A handle never checked, checked long ago, or "checked" after today. */
function dateProblems(h: HandleDates, now: Date, today: string): RuleProblem | undefined {
  if (!h.checked) {
    return {
      severity: 'warning',
      rule: 'handle-unchecked',
      file: 'targets',
      at: h.atHandle,
      message: `${h.label} was never checked: handles get renamed and taken over; check it and set ${h.field}`,
    };
  }
  if (h.checked > today) {
    return {
      severity: 'warning',
      rule: 'handle-checked-future',
      file: 'targets',
      at: h.atChecked,
      message: `${h.label} was checked on ${h.checked}, after today (${today}): a typo? set the date it was really checked`,
    };
  }
  const months = monthsBetween(new Date(`${h.checked}T00:00:00Z`), now);
  if (months < STALE_AFTER_MONTHS) return undefined;
  return {
    severity: 'warning',
    rule: 'handle-stale',
    file: 'targets',
    at: h.atChecked,
    message: `${h.label} was last checked ${months} months ago (${h.checked}): check it again`,
  };
}

/**
 * Rules on targets.json: X handles missing; handles on every network (X's `handle`, and each of `handles`)
 * never checked, checked long ago ({@link STALE_AFTER_MONTHS}) or "checked" in the future.
 */
export function targetRules(targets: readonly Target[], now: Date): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const today = now.toISOString().slice(0, 10);
  const add = (p: RuleProblem | undefined) => p && problems.push(p);
  targets.forEach((t, i) => {
    if (!t.handle) {
      problems.push({
        severity: 'warning',
        rule: 'missing-handle',
        file: 'targets',
        at: ['targets', i],
        message: `${t.id} has no X handle: its X drafts name the organisation instead of mentioning it`,
      });
    } else {
      add(
        dateProblems(
          {
            label: `@${t.handle}`,
            checked: t.handleChecked,
            field: 'handleChecked',
            atHandle: ['targets', i, 'handle'],
            atChecked: ['targets', i, 'handleChecked'],
          },
          now,
          today,
        ),
      );
    }
    for (const network of OTHER_NETWORKS) {
      const entry = t.handles?.[network];
      if (!entry) continue;
      const at = ['targets', i, 'handles', network];
      const label = `${NETWORKS[network].name} handle ${NETWORKS[network].mention(entry.handle)}`;
      add(
        dateProblems(
          {
            label,
            checked: entry.checked,
            field: `handles.${network}.checked`,
            atHandle: [...at, 'handle'],
            atChecked: [...at, 'checked'],
          },
          now,
          today,
        ),
      );
    }
  });
  return problems;
}
