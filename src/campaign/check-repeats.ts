// The `repeats` rule of `pledge check`: a run never hands the same text to two targets, so targets whose
// templates name no one (no {mention}, no {name}) share a pool of texts that may run dry. check-wordings.ts
// finds what each target can be sent (its Reach); this reads who competes for which texts.
import type { RuleProblem } from './check-rules.js';
import type { Campaign } from './load.js';
import { quote } from '../ui/quote.js';

/** What the wordings of one target allow. */
export interface Reach {
  /** Some wording fits that no other target can have (it names this target): repeats cannot starve it. */
  own: boolean;
  /** Hashes of the fitting texts other targets may have too (only gathered when `own` is false). */
  shared: number[];
  /** The shortest wording (weighted characters), when nothing fits at all; Infinity without wordings. */
  shortest?: number;
  /** When nothing fits: why X refuses the wordings within the limit, if some are. */
  refused?: string;
}

/**
 * Why targets (indices) share their texts, and what to do: their templates name no one, or they do but the
 * targets have no handle and one name, so {mention} and {name} write the same words for each.
 */
function causeOf(campaign: Campaign, targets: number[]): { why: string; fix: string } {
  const list = targets.map((i) => campaign.targets[i]!);
  const naming = list.some((t) =>
    campaign.asks[t.ask]!.parsed.some((parts) =>
      parts.some((p) => 'placeholder' in p && (p.placeholder === 'mention' || p.placeholder === 'name')),
    ),
  );
  if (!naming) {
    return { why: 'their templates have no {mention} or {name}', fix: 'add {mention} to a template, or more points' };
  }
  const names = [...new Set(list.map((t) => t.name))];
  const shown = names.slice(0, 3).map((n) => quote(n)).join(', ') + (names.length > 3 ? ', …' : '');
  return {
    why: `they have no handle, and their names (${shown}) are not theirs alone, so {mention} and {name} write the same words`,
    fix: 'give them handles or names of their own, or add more points',
  };
}

/**
 * Targets with no text of their own compete for shared texts (templates without `{mention}` or `{name}` give
 * every target the same words), and a run never hands a text out twice. Where such targets outnumber their
 * texts, some get nothing for any seed: an error. Where targets that have texts of their own may take the
 * shared texts first, some may get nothing depending on the seed: a warning.
 */
export function repeatRules(campaign: Campaign, reach: (Reach | undefined)[]): RuleProblem[] {
  // Components of targets linked by a shared text (union-find over target indices).
  const parent = reach.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byHash = new Map<number, number>();
  reach.forEach((r, i) => {
    for (const h of r?.shared ?? []) {
      const j = byHash.get(h);
      if (j === undefined) byHash.set(h, i);
      else parent[find(i)] = find(j);
    }
  });
  const components = new Map<number, { targets: number[]; texts: Set<number> }>();
  reach.forEach((r, i) => {
    if (!r || r.own || !r.shared.length) return;
    const root = find(i);
    let c = components.get(root);
    if (!c) components.set(root, (c = { targets: [], texts: new Set() }));
    c.targets.push(i);
    for (const h of r.shared) c.texts.add(h);
  });
  // Targets with texts of their own may still take a shared text first, if their ask has shared templates.
  const rivals = new Map<string, number>();
  reach.forEach((r, i) => {
    const t = campaign.targets[i]!;
    if (
      r?.own &&
      campaign.asks[t.ask]!.parsed.some(
        (parts) => !parts.some((p) => 'placeholder' in p && p.placeholder === 'mention'),
      )
    ) {
      rivals.set(t.ask, (rivals.get(t.ask) ?? 0) + 1);
    }
  });
  const problems: RuleProblem[] = [];
  for (const { targets, texts } of components.values()) {
    const ids = (list: number[]) =>
      list
        .slice(0, 5)
        .map((i) => campaign.targets[i]!.id)
        .join(', ') + (list.length > 5 ? ', …' : '');
    const { why, fix } = causeOf(campaign, targets);
    const same = `${targets.length} target${targets.length === 1 ? '' : 's'} (${ids(targets)}) can only be sent ${texts.size} different text${texts.size === 1 ? '' : 's'}, the same for each (${why})`;
    if (targets.length > texts.size) {
      const starved = targets.slice(texts.size);
      problems.push({
        severity: 'error',
        rule: 'repeats',
        file: 'targets',
        at: ['targets', starved[0]!],
        message: `${same}: a run never sends a text twice, so nothing is left for ${starved.length} of them (${ids(starved)}); ${fix}`,
      });
      continue;
    }
    const others = [...new Set(targets.map((i) => campaign.targets[i]!.ask))].reduce(
      (n, ask) => n + (rivals.get(ask) ?? 0),
      0,
    );
    if (targets.length + others > texts.size) {
      problems.push({
        severity: 'warning',
        rule: 'repeats',
        file: 'targets',
        at: ['targets', targets[0]!],
        message: `${same}, and ${others} other target${others === 1 ? '' : 's'} may take them first: depending on the seed, some may get nothing new; ${fix}`,
      });
    }
  }
  return problems;
}
