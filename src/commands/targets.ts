import type { Target } from '../campaign/schema.js';
import { selectTargets } from '../campaign/select.js';
import { ExitCode } from '../exit-codes.js';
import { formatTable } from '../render/table.js';
import { openCampaign } from '../run/open-campaign.js';
import type { Io } from '../ui/io.js';
import { oneLine, toJsonText } from '../ui/sanitize.js';

export interface TargetsOptions {
  campaignDir: string;
  group?: string;
  json?: boolean;
}

/**
 * One target in `pledge targets --json` (documented in the README): every field always present, `null` where
 * the campaign has no value, as in `pledge draft --json`.
 */
export function toTargetListJson(t: Target) {
  return { id: t.id, name: t.name, handle: t.handle ?? null, group: t.group, ask: t.ask, handleSource: t.handleSource ?? null, handleChecked: t.handleChecked ?? null };
}

/** `pledge targets`: the organisations, as an aligned table or a JSON array. */
export async function run(options: TargetsOptions, io: Io): Promise<ExitCode> {
  const campaign = await openCampaign(options.campaignDir);
  const targets = selectTargets(campaign, { group: options.group });
  if (options.json) {
    io.out(`${toJsonText(targets.map(toTargetListJson))}\n`);
    return ExitCode.Ok;
  }
  const c = io.colors;
  const rows = targets.map((t) => [t.id, t.name, t.handle ? `@${t.handle}` : '-', t.group, t.ask].map(oneLine));
  io.out(
    await formatTable(['ID', 'NAME', 'HANDLE', 'GROUP', 'ASK'], rows, (cell, col, row) =>
      row < 0 ? c.strong(cell) : col === 2 ? (targets[row]!.handle ? c.handle(cell) : c.dim(cell)) : cell,
    ),
  );
  return ExitCode.Ok;
}
