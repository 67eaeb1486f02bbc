import { UsageError } from '../errors.js';
import { oneLine } from '../ui/sanitize.js';
import type { Campaign } from './load.js';
import type { Target } from './model.js';

/** Which targets and point a command works on (the selection flags shared by every command). */
export interface Selection {
  targets?: string[];
  group?: string;
  point?: string;
}

const list = (items: Iterable<string>) => [...new Set(items)].map((s) => oneLine(s)).join(', ');

/** The targets a selection names, in campaign order; unknown ids or groups are a usage error naming what exists. */
export function selectTargets(campaign: Campaign, selection: Selection): Target[] {
  let targets = campaign.targets;
  if (selection.group !== undefined) {
    const groups = campaign.targets.map((t) => t.group);
    if (!groups.includes(selection.group)) {
      throw new UsageError(`unknown group "${oneLine(selection.group)}"; groups in this campaign: ${list(groups)}`);
    }
    targets = targets.filter((t) => t.group === selection.group);
  }
  if (selection.targets?.length) {
    const ids = new Set(campaign.targets.map((t) => t.id));
    const unknown = selection.targets.filter((id) => !ids.has(id));
    if (unknown.length) {
      throw new UsageError(`unknown target${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${oneLine(u)}"`).join(', ')}; targets in this campaign: ${list(ids)}`);
    }
    const wanted = new Set(selection.targets);
    targets = targets.filter((t) => wanted.has(t.id));
    if (targets.length === 0) throw new UsageError(`none of the targets given is in group "${oneLine(selection.group ?? '')}"`);
  }
  return targets;
}

/** Checks `--point`. */
export function checkPoint(campaign: Campaign, point: string | undefined): void {
  if (point !== undefined && !campaign.points.some((p) => p.id === point)) {
    throw new UsageError(`unknown point "${oneLine(point)}"; points in this campaign: ${list(campaign.points.map((p) => p.id))}`);
  }
}
