import { handleOn, networksOf } from '../campaign/networks.js';
import type { Target } from '../campaign/model.js';
import { selectTargets } from '../campaign/select.js';
import type { NetworkChoice } from '../core/drafting.js';
import { ExitCode } from '../exit-codes.js';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '../networks/index.js';
import { formatTable } from '../render/table.js';
import { openCampaign } from '../run/open-campaign.js';
import type { Io } from '../ui/io.js';
import { oneLine, toJsonText } from '../ui/sanitize.js';

export interface TargetsOptions {
  campaignDir: string;
  group?: string;
  json?: boolean;
  /**
   * Whose handles to show: one network (its handle in the HANDLE column; in JSON, `handle`, `handleSource` and
   * `handleChecked` are that network's, as in `pledge draft --network`), or `all` (a column per network the
   * campaign has handles on). Without it, X's, exactly as before networks existed.
   */
  network?: NetworkChoice;
}

/** A target's handle on one network in `pledge targets --json`: every field present, `null` where absent. */
type HandleJson = { handle: string; source: string | null; checked: string | null } | null;

function handleJson(t: Target, network: NetworkId): HandleJson {
  const h = handleOn(t, network);
  return h ? { handle: h.handle, source: h.source ?? null, checked: h.checked ?? null } : null;
}

/**
 * One target in `pledge targets --json` (documented in the README): every field always present, `null` where
 * the campaign has no value, as in `pledge draft --json`. Without `network`, exactly X's fields, as before
 * networks existed. With one network, `handle`, `handleSource` and `handleChecked` are that network's and
 * `network` names it; with any `network` (`all` too), `handles` gives every network other than X.
 */
export function toTargetListJson(t: Target, network?: NetworkChoice) {
  const own = network === undefined || network === 'all' || network === 'x' ? undefined : handleOn(t, network);
  const base = {
    id: t.id,
    name: t.name,
    handle: t.handle ?? null,
    group: t.group,
    ask: t.ask,
    handleSource: t.handleSource ?? null,
    handleChecked: t.handleChecked ?? null,
  };
  if (network === undefined) return base;
  const handles = Object.fromEntries(NETWORK_IDS.filter((n) => n !== 'x').map((n) => [n, handleJson(t, n)]));
  if (network === 'all' || network === 'x') return { ...base, ...(network === 'x' && { network }), handles };
  return {
    ...base,
    handle: own?.handle ?? null,
    handleSource: own?.source ?? null,
    handleChecked: own?.checked ?? null,
    network,
    handles,
  };
}

/** The networks whose handles the table shows: X alone by default; with `all`, X and every network in use. */
function columnsFor(targets: Target[], network: NetworkChoice | undefined): NetworkId[] {
  if (network === undefined) return ['x'];
  if (network !== 'all') return [network];
  const used = new Set(targets.flatMap(networksOf));
  return NETWORK_IDS.filter((n) => n === 'x' || used.has(n));
}

/** `pledge targets`: the organisations, as an aligned table or a JSON array. */
export async function run(options: TargetsOptions, io: Io): Promise<ExitCode> {
  const campaign = await openCampaign(options.campaignDir);
  const targets = selectTargets(campaign, { group: options.group });
  if (options.json) {
    io.out(`${toJsonText(targets.map((t) => toTargetListJson(t, options.network)))}\n`);
    return ExitCode.Ok;
  }
  const c = io.colors;
  const networks = columnsFor(targets, options.network);
  const header = networks.length === 1 ? ['HANDLE'] : networks.map((n) => NETWORKS[n].name.toUpperCase());
  const handleCells = (t: Target) => networks.map((n) => {
    const h = handleOn(t, n)?.handle;
    return h ? NETWORKS[n].mention(h) : '-';
  });
  const rows = targets.map((t) => [t.id, t.name, ...handleCells(t), t.group, t.ask].map(oneLine));
  const handleColumn = (col: number) => col >= 2 && col < 2 + networks.length;
  io.out(
    await formatTable(['ID', 'NAME', ...header, 'GROUP', 'ASK'], rows, (cell, col, row) =>
      row < 0
        ? c.strong(cell)
        : handleColumn(col)
          ? handleOn(targets[row]!, networks[col - 2]!)
            ? c.handle(cell)
            : c.dim(cell)
          : cell,
    ),
  );
  return ExitCode.Ok;
}
