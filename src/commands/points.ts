import { countTweet } from '../core/count.js';
import { ExitCode } from '../exit-codes.js';
import { formatTable, shorten, widthFor } from '../render/table.js';
import { openCampaign } from '../run/open-campaign.js';
import type { Io } from '../ui/io.js';
import { oneLine, toJsonText } from '../ui/sanitize.js';

export interface PointsOptions {
  campaignDir: string;
  json?: boolean;
}

/** Line width of the table when not on a terminal. */
const LINE_WIDTH = 100;

/** `pledge points`: the talking points with the weighted length of both forms. */
export async function run(options: PointsOptions, io: Io): Promise<ExitCode> {
  const campaign = await openCampaign(options.campaignDir);
  // The --json shape (documented in the README): every field always present, null where the campaign has none.
  const points = campaign.points.map((p) => ({
    id: p.id,
    text: p.text,
    short: p.short,
    asks: p.asks ?? null,
    source: p.source ?? null,
    weightedLength: countTweet(p.text).weightedLength,
    shortWeightedLength: countTweet(p.short).weightedLength,
  }));
  if (options.json) {
    io.out(`${toJsonText(points)}\n`);
    return ExitCode.Ok;
  }
  // TEXT is shortened so each line fits the terminal (100 columns when not on one); --json has it whole.
  const cells = points.map((p) => [
    oneLine(p.id),
    String(p.weightedLength),
    String(p.shortWeightedLength),
    oneLine(p.text),
  ]);
  const width = await widthFor(cells.flat());
  const before = ['ID', 'LONG', 'SHORT']
    .map((h, i) => Math.max(h.length, ...cells.map((r) => width(r[i]!))) + 2)
    .reduce((a, b) => a + b, 0);
  const rows = cells.map(([id, long, short, text]) => [
    id!,
    long!,
    short!,
    shorten(text!, Math.max(20, (io.columns ?? LINE_WIDTH) - before), width),
  ]);
  io.out(
    await formatTable(['ID', 'LONG', 'SHORT', 'TEXT'], rows, (cell, _col, row) =>
      row < 0 ? io.colors.strong(cell) : cell,
    ),
  );
  return ExitCode.Ok;
}
