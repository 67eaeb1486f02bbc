// What a campaign says for one network: a target's handle there (with its source and when it was checked),
// the accounts to cc, and the templates of each ask. X reads the original fields (`handle`, `handleSource`,
// `handleChecked`, `cc`, the asks' `templates`); other networks read `handles` and `networks`, falling back to
// the shared templates.
import { NETWORK_IDS, type NetworkId } from '../networks/index.js';
import type { Campaign } from './load.js';
import type { Target } from './model.js';
import { parseTemplate, type TemplatePart } from './template.js';

/** A target's handle on one network, where it came from and when it was last checked (null: never). */
export interface HandleOn {
  handle: string;
  source?: string;
  checked?: string | null;
}

/** The target's handle on `network` (X: `handle`; others: `handles.<network>`), or undefined. */
export function handleOn(target: Target, network: NetworkId): HandleOn | undefined {
  if (network === 'x')
    return target.handle
      ? { handle: target.handle, source: target.handleSource, checked: target.handleChecked }
      : undefined;
  return target.handles?.[network];
}

/** The networks on which the target has a handle, in {@link NETWORK_IDS} order. */
export function networksOf(target: Target): NetworkId[] {
  return NETWORK_IDS.filter((id) => handleOn(target, id) !== undefined);
}

/** The accounts to cc on `network` (X: the campaign's `cc`; others: `networks.<network>.cc`, none by default). */
export function ccOn(campaign: Pick<Campaign, 'cc' | 'networks'>, network: NetworkId): string[] {
  return network === 'x' ? campaign.cc : (campaign.networks?.[network]?.cc ?? []);
}

/** An ask's templates on one network, as written and parsed. */
export interface TemplatesOn {
  templates: string[];
  parsed: TemplatePart[][];
}

const parsedOwn = new WeakMap<string[], TemplatePart[][]>();

/**
 * The templates of ask `askId` on `network`: the network's own (`networks.<network>.templates.<askId>`) when
 * the campaign gives some, else the ask's shared ones. Validation has parsed them all, so this never throws.
 */
export function templatesOn(campaign: Campaign, askId: string, network: NetworkId): TemplatesOn {
  const ask = campaign.asks[askId]!;
  const own = network === 'x' ? undefined : campaign.networks?.[network]?.templates?.[askId];
  if (!own) return { templates: ask.templates, parsed: ask.parsed };
  let parsed = parsedOwn.get(own);
  if (!parsed) parsedOwn.set(own, (parsed = own.map(parseTemplate)));
  return { templates: own, parsed };
}
