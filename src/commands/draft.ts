import { loadCampaign } from '../campaign/load.js';
import { checkPoint, selectTargets, type Selection } from '../campaign/select.js';
import { draftAll, type DraftRun } from '../core/fit.js';
import { ExitCode } from '../exit-codes.js';
import { formatDraftsText, formatUnfit, formatUrls, toDraftsDocument } from '../render/drafts.js';
import { shellQuote, type Io } from '../ui/io.js';
import { oneLine } from '../ui/sanitize.js';

export interface DraftOptions extends Selection {
  campaignDir: string;
  /** A build-time snapshot that may stand for the campaign (the built-in one). */
  snapshot?: string;
  /** How the user named the campaign (`--campaign` as typed), for the repeat hint; absent for the built-in one. */
  campaignArg?: string;
  /** Random when absent; always reported. */
  seed?: number;
  json?: boolean;
  urls?: boolean;
}

/** A fresh random seed, for runs where the user gave none. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** Loads the campaign, applies the selection and drafts; shared by every command that hands drafts out. */
export async function makeDrafts(options: DraftOptions): Promise<{ name: string; run: DraftRun }> {
  const campaign = await loadCampaign(options.campaignDir, { snapshot: options.snapshot });
  const targets = selectTargets(campaign, options);
  checkPoint(campaign, options.point);
  const run = draftAll(campaign, options.seed ?? randomSeed(), { targets, pointId: options.point });
  return { name: campaign.name, run };
}

/** The command line that repeats this run exactly. */
export function repeatCommand(options: DraftOptions, seed: number, command = 'draft'): string {
  const args = ['pledge', command];
  if (options.campaignArg !== undefined) args.push('--campaign', options.campaignArg);
  if (options.targets?.length) args.push('--target', ...options.targets);
  if (options.group !== undefined) args.push('--group', options.group);
  if (options.point !== undefined) args.push('--point', options.point);
  args.push('--seed', String(seed));
  return args.map(shellQuote).join(' ');
}

/** `pledge draft`: one tweet per target, as text, JSON or intent URLs. */
export async function run(options: DraftOptions, io: Io): Promise<ExitCode> {
  const { name, run } = await makeDrafts(options);
  const e = io.errColors;
  if (options.json) io.out(`${JSON.stringify(toDraftsDocument(name, run), null, 2)}\n`);
  else if (options.urls) io.out(formatUrls(run.drafts));
  else io.out(formatDraftsText(run.drafts, io.colors));

  if (!options.json) {
    for (const d of run.drafts) for (const w of d.warnings) io.err(`${e.warn('warning:')} ${d.target.id}: ${oneLine(w)}\n`);
  }
  for (const u of run.unfit) io.err(`${e.error('error:')} ${formatUnfit(u)}\n`);
  if (!options.json && !options.urls) {
    const n = run.drafts.length;
    io.err(`\n${n} draft${n === 1 ? '' : 's'} for ${oneLine(name)}, seed ${run.seed}. The same drafts again: ${e.strong(repeatCommand(options, run.seed))}\n`);
  }
  return run.unfit.length ? ExitCode.Failed : ExitCode.Ok;
}
