import { parse } from '../core/count.js';
import { ExitCode } from '../exit-codes.js';
import { formatTable } from '../render/table.js';
import { openCampaign } from '../run/open-campaign.js';
import type { Io } from '../ui/io.js';
import { oneLine } from '../ui/sanitize.js';

export interface PointsOptions {
  campaignDir: string;
  json?: boolean;
}

/** `pledge points`: the talking points with the weighted length of both forms. */
export async function run(options: PointsOptions, io: Io): Promise<ExitCode> {
  const campaign = await openCampaign(options.campaignDir);
  const points = campaign.points.map((p) => ({
    ...p,
    weightedLength: parse(p.text).weightedLength,
    shortWeightedLength: parse(p.short).weightedLength,
  }));
  if (options.json) {
    io.out(`${JSON.stringify(points, null, 2)}\n`);
    return ExitCode.Ok;
  }
  const rows = points.map((p) => [p.id, String(p.weightedLength), String(p.shortWeightedLength), oneLine(p.text)]);
  io.out(await formatTable(['ID', 'LONG', 'SHORT', 'TEXT'], rows, (cell, _col, row) => (row < 0 ? io.colors.strong(cell) : cell)));
  return ExitCode.Ok;
}
