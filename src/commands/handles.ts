import { ccOn } from '../campaign/networks.js';
import { NETWORK_IDS } from '../networks/types.js';
import { InterruptedError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { ResolverContext } from '../handles/atproto.js';
import { checkHandles, CHECKABLE_NETWORKS, type CheckableNetwork, type HandleResult } from '../handles/check-handles.js';
import { networkContext, type NetworkSettings } from '../handles/context.js';
import { endpointsFromEnv } from '../handles/endpoints.js';
import { formatHandlesText, toHandlesJson } from '../handles/format.js';
import { plannedChanges, writeHandleChanges, type HandleChange } from '../handles/write-handles.js';
import { openCampaign } from '../run/open-campaign.js';
import type { Io } from '../ui/io.js';
import { toJsonText } from '../ui/sanitize.js';

export interface HandlesCheckOptions {
  campaignDir: string;
  /** The --campaign value as given; undefined for the built-in campaign (which --write refuses to change). */
  campaignArg?: string;
  /** Which networks (default all: Bluesky and Mastodon). */
  network?: CheckableNetwork | 'all';
  /** Record the outcome in targets.json, and cc renames and moves in campaign.json. */
  write?: boolean;
  json?: boolean;
  /** "Today", for the checked dates written (tests pin it); the current time by default. */
  now?: Date;
  /**
   * Where the endpoints are read from (PLEDGE_HANDLES_BASE, PLEDGE_PLC_URL, PLEDGE_DNS_SERVERS); process.env by
   * default.
   */
  env?: Record<string, string | undefined>;
  /** Timeouts and pace (default: 5 s per request, 5 requests a second per host). */
  settings?: NetworkSettings;
  /** Handles checked at once (default 8). */
  concurrency?: number;
  /** Replaces the network entirely (tests: an injected DNS, say). */
  context?: ResolverContext;
  /** Aborting (Ctrl-C) stops every request; nothing is written then. */
  signal?: AbortSignal;
}

/**
 * Progress on stderr, redrawn in place, only when stderr is a terminal and the run is long enough to need it (10
 * handles).
 */
function progress(io: Io): ((r: HandleResult, done: number, total: number) => void) & { clear(): void } {
  const term = io.errTerminal;
  let shown = false;
  const draw = (done: number, total: number) => {
    const width = 30;
    const full = Math.round((done / total) * width);
    term!.write(`\r[${'#'.repeat(full)}${' '.repeat(width - full)}] ${done}/${total} handles`);
    shown = true;
  };
  return Object.assign(
    (_r: HandleResult, done: number, total: number) => (term && total >= 10 ? draw(done, total) : undefined),
    {
      clear: () => void (shown && term!.write('\r\u001b[K')),
    },
  );
}

/**
 * `pledge handles check`: checks every Bluesky and Mastodon handle of the campaign's targets and the accounts it
 * cc's there (see src/handles/) and prints a table (or `--json`); `--write` records the outcome in targets.json
 * and applies cc renames and moves in campaign.json. Exit 0 when every handle is ok, 1 when
 * any needs attention, 3 when none could be reached (no network).
 * @throws UsageError for --write on the built-in campaign or a bad endpoint variable; CampaignError; FileError.
 */
export async function run(options: HandlesCheckOptions, io: Io): Promise<ExitCode> {
  if (options.write && options.campaignArg === undefined) {
    throw new UsageError(
      '--write changes the campaign files: name your campaign with --campaign <dir> (the built-in campaign is part of pledge)',
    );
  }
  const endpoints = endpointsFromEnv(options.env ?? process.env);
  const campaign = await openCampaign(options.campaignDir);
  const networks = !options.network || options.network === 'all' ? CHECKABLE_NETWORKS : [options.network];
  const context = options.context ?? networkContext(endpoints, { ...options.settings, signal: options.signal });
  const cc = Object.fromEntries(NETWORK_IDS.map((n) => [n, ccOn(campaign, n)]));
  const bar = progress(io);
  const report = await checkHandles(campaign.targets, context, {
    networks,
    cc,
    concurrency: options.concurrency,
    onResult: bar,
  }).finally(() => {
    bar.clear();
    context.close?.();
  });
  if (options.signal?.aborted) throw new InterruptedError();
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  let applied: HandleChange[] | undefined;
  if (options.write) applied = await writeHandleChanges(options.campaignDir, plannedChanges(report.results, today));
  io.out(
    options.json
      ? `${toJsonText(toHandlesJson(report, applied, today))}\n`
      : await formatHandlesText(report, applied, io.colors),
  );
  const { results } = report;
  if (results.length && results.every((r) => r.status === 'unreachable')) return ExitCode.NoNetwork;
  return results.every((r) => r.status === 'ok') ? ExitCode.Ok : ExitCode.Failed;
}
