// The set-up every drafting command shares (draft, draft -i, export): load the campaign, check the
// selection, choose the seed; and the command line that repeats a run.
import type { CampaignTime } from '../campaign/model.js';
import { checkPoint, selectTargets, type Selection } from '../campaign/select.js';
import { draftEach, type NetworkChoice } from '../core/drafting.js';
import type { PageSource } from '../page/data.js';
import { untargetedPosts } from '../core/untargeted.js';
import { UsageError } from '../errors.js';
import { shellQuote } from '../ui/io.js';
import { openCampaign } from './open-campaign.js';

/** What a drafting command is run on: a campaign folder, a selection of its targets, a seed. */
export interface RunOptions extends Selection {
  campaignDir: string;
  /** How the user named the campaign (`--campaign` as typed), for the repeat hint; absent for the built-in one. */
  campaignArg?: string;
  /** Random when absent; always reported. */
  seed?: number;
  /** The network to draft for, or `all`; X when absent (and then the output is exactly as before networks). */
  network?: NetworkChoice;
  /** The user's Mastodon instance (`--instance`, PLEDGE_MASTODON_INSTANCE): Mastodon intent URLs need it. */
  instance?: string;
  /** The Mastodon instance's own limit (`--max-length`), 500 by default. */
  maxLength?: number;
  /** Aborted on Ctrl-C: an export in progress stops and removes its temporary file. */
  signal?: AbortSignal;
  /** "Now" in epoch ms, to say when the action is relative to it (tests pin it); the clock by default. */
  now?: number;
  /** The user's IANA time zone (tests pin it); TZ or the system's by default. */
  timeZone?: string;
  /** For a campaign without targets: how many posts to write (`--count`, 3 by default); refused otherwise. */
  count?: number;
}

/**
 * The line saying when the campaign's action is, relative to now, in its time zone and the user's; none without a time.
 */
export async function whenLine(
  campaign: { time?: CampaignTime | undefined },
  options: RunOptions,
): Promise<string | undefined> {
  if (!campaign.time) return undefined;
  const { describeTime, userTimeZone } = await import('../core/action-time.js');
  return describeTime(campaign.time, options.now ?? Date.now(), options.timeZone ?? userTimeZone(process.env));
}

/** A fresh random seed (an unsigned 32-bit integer), for runs where the user gave none. */
function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/**
 * Loads the campaign and checks the selection (unknown targets, group or point are a UsageError). A campaign
 * without targets is drafted as `options.count` posts that address no one (see core/untargeted.ts); `--count`
 * on a campaign with targets, or such a campaign without a template naming no one, is a UsageError.
 * `allTargets` drafts for every target anyway (interactive mode shows the selection as pre-ticked, not as
 * a filter). `outcomes()` starts the drafting, one target at a time, for `options.network` or the network given;
 * `page` is what the HTML action page embeds to draft the same way in the browser.
 */
export async function prepareRun(options: RunOptions, allTargets = false) {
  const campaign = await openCampaign(options.campaignDir);
  const untargeted = campaign.targets.length === 0;
  if (options.count !== undefined && !untargeted) {
    throw new UsageError(
      `--count is for campaigns without targets (a hashtag storm); this one has ${campaign.targets.length}: use --target or --group to choose among them`,
    );
  }
  if (untargeted && (options.targets?.length || options.group !== undefined)) {
    throw new UsageError(
      `this campaign has no targets (its posts address no one), so there is no ${options.group !== undefined ? 'group' : 'target'} to choose: leave out --target and --group`,
    );
  }
  const posts = untargeted ? untargetedPosts(campaign, options.count) : [];
  if (untargeted && !posts.length) {
    throw new UsageError(
      'this campaign has no targets, so its posts address no one, but every template has {mention} or {name}: add a template without them to an ask in campaign.json',
    );
  }
  const selected = untargeted ? posts : selectTargets(campaign, options);
  checkPoint(campaign, options.point);
  const seed = options.seed ?? randomSeed();
  const targets = untargeted || !allTargets ? selected : campaign.targets;
  const networkOptions = { instance: options.instance, maxLength: options.maxLength };
  // A campaign without targets: the page drafts the same number of stand-ins (core/untargeted.ts) afresh.
  const page: PageSource = {
    campaign,
    selection: {
      ...(untargeted ? { count: posts.length } : targets !== campaign.targets && { targets: targets.map((t) => t.id) }),
      ...(options.point !== undefined && { pointId: options.point }),
      ...(options.network !== undefined && { network: options.network }),
      networkOptions: {
        ...(options.instance !== undefined && { instance: options.instance }),
        ...(options.maxLength !== undefined && { maxLength: options.maxLength }),
      },
    },
  };
  const outcomes = (network: NetworkChoice | undefined = options.network) =>
    draftEach(campaign, seed, { targets, pointId: options.point, network, networkOptions });
  return { campaign, seed, selected, page, outcomes };
}

/** The command line that repeats this run exactly, shell-quoted: `pledge draft --group g --seed 7`; `extra`
 * (a file, flags) goes right after the command. */
export function repeatCommand(
  options: RunOptions,
  seed: number,
  command = 'draft',
  extra: readonly string[] = [],
): string {
  const args = ['pledge', command, ...extra];
  if (options.campaignArg !== undefined) args.push('--campaign', options.campaignArg);
  if (options.targets?.length) args.push('--target', ...options.targets);
  if (options.group !== undefined) args.push('--group', options.group);
  if (options.point !== undefined) args.push('--point', options.point);
  if (options.network !== undefined) args.push('--network', options.network);
  if (options.count !== undefined) args.push('--count', String(options.count));
  if (options.instance !== undefined) args.push('--instance', options.instance);
  if (options.maxLength !== undefined) args.push('--max-length', String(options.maxLength));
  args.push('--seed', String(seed));
  return args.map(shellQuote).join(' ');
}
