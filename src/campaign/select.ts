import { UsageError } from '../errors.js';
import { quote } from '../ui/quote.js';
import type { Campaign } from './load.js';
import type { Target } from './model.js';
import { unknownNames } from './unknown-name.js';

/** Which targets and point a command works on (the selection flags shared by every command). */
export interface Selection {
  targets?: string[];
  group?: string;
  point?: string;
}

/**
 * The targets a selection names, in campaign order.
 * @throws UsageError for unknown ids or groups, naming the close matches (at most 10) and how many exist.
 */
export function selectTargets(campaign: Campaign, selection: Selection): Target[] {
  let targets = campaign.targets;
  if (selection.group !== undefined) {
    const groups = campaign.targets.map((t) => t.group);
    if (!groups.includes(selection.group)) {
      throw new UsageError(
        unknownNames(
          ['group', 'groups'],
          [selection.group],
          groups,
          'groups in this campaign',
          'pledge targets lists them',
        ),
      );
    }
    targets = targets.filter((t) => t.group === selection.group);
  }
  if (selection.targets?.length) {
    const ids = new Set(campaign.targets.map((t) => t.id));
    const unknown = selection.targets.filter((id) => !ids.has(id));
    if (unknown.length) {
      throw new UsageError(
        unknownNames(['target', 'targets'], unknown, [...ids], 'targets in this campaign', 'pledge targets lists them'),
      );
    }
    const wanted = new Set(selection.targets);
    targets = targets.filter((t) => wanted.has(t.id));
    if (targets.length === 0)
      throw new UsageError(`none of the targets given is in group ${quote(selection.group ?? '')}`);
  }
  return targets;
}

/**
 * Checks `--point`.
 * @throws UsageError for an unknown id, naming the close matches (at most 10) and how many exist.
 */
export function checkPoint(campaign: Campaign, point: string | undefined): void {
  if (point !== undefined && !campaign.points.some((p) => p.id === point)) {
    throw new UsageError(
      unknownNames(
        ['point', 'points'],
        [point],
        campaign.points.map((p) => p.id),
        'points in this campaign',
        'pledge points lists them',
      ),
    );
  }
}
