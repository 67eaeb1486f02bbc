// parseCampaign: a campaign from objects (what its three files hold once parsed), with the rules and problems
// of loading files (validate-objects.ts), for a web app or a bot that drafts without files. Nothing from `node:`.
import { CampaignError, type Problem } from '../errors.js';
import { formatJsonPath, type JsonPath } from './json-walk.js';
import { CAMPAIGN_FILES, type Campaign, type CampaignFileKey } from './model.js';
import { assembleCampaign, checkParts, type Reports } from './validate-objects.js';

/** The parsed content of a campaign's three files: campaign.json, targets.json and points.json. */
export interface CampaignObjects {
  /** What campaign.json holds: `{ name, asks, hashtags?, cc?, intentUrl?, networks?, time?, ... }`. */
  campaign: unknown;
  /** What targets.json holds: `{ targets: [{ id, name, handle?, group, ask, ... }] }`. */
  targets: unknown;
  /** What points.json holds: `{ points: [{ id, text, short, asks?, source? }] }`. */
  points: unknown;
}

/** Where in `root` the value at `at` is, as positions of keys (in insertion order) and array indices. */
function documentOrder(root: unknown, at: JsonPath, index = 0): number[] {
  const order: number[] = [];
  let v: unknown = root;
  for (const k of at) {
    const position =
      v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? Object.keys(v).indexOf(String(k)) : -1;
    order.push(position);
    v = position < 0 ? undefined : (v as Record<string, unknown>)[k];
  }
  return [...order, index];
}

const compareOrders = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
};

/**
 * Validates a campaign given as objects, with the rules and problems of {@link loadCampaign} (which reads
 * the same three objects from files), so a web app or a bot can draft without files: `parseCampaign({
 * campaign, targets, points })` where each is what the file of that name holds once parsed. The values are
 * read as their JSON would be (a copy: a field set to `undefined` is absent, a Date is its ISO string).
 *
 * Returns the {@link Campaign} (its `dir` is `''`, its templates parsed), sharing nothing with the inputs.
 * Throws a {@link CampaignError} whose `problems` list everything wrong, in the order of the objects:
 * `{ severity: 'error', file: 'targets.json', path: '$.targets[0].handle', rule: 'schema', message }`, with
 * `file` the name of the file the object stands for, `path` the JSON path of the value, `rule` the same rule
 * code as when loading files, and no `line` or `column`. A value JSON cannot hold (a cycle, a BigInt) is one
 * problem of its file, at `$`; a missing object is `{ file: 'points.json', rule: 'file', message: 'missing' }`.
 */
export function parseCampaign(objects: CampaignObjects): Campaign {
  const keys = Object.keys(CAMPAIGN_FILES) as CampaignFileKey[];
  const reports: Reports = { campaign: { problems: [] }, targets: { problems: [] }, points: { problems: [] } };
  const missing: Problem[] = [];
  const values = {} as Record<CampaignFileKey, unknown>;
  for (const key of keys) {
    try {
      const json = JSON.stringify(objects[key]);
      if (json === undefined)
        missing.push({ severity: 'error', file: CAMPAIGN_FILES[key], rule: 'file', message: 'missing' });
      else values[key] = JSON.parse(json);
    } catch (e) {
      const message = `cannot be read as JSON: ${(e as Error).message.split('\n')[0]}`;
      reports[key].problems.push({ severity: 'error', rule: 'schema', at: [], message });
    }
  }
  const parts = checkParts(values, reports, { campaign: true, targets: true, points: true });
  const problems = keys.flatMap((key) =>
    reports[key].problems
      .map((p) => ({ p, order: documentOrder(values[key], p.at, p.index) }))
      .sort((a, b) => compareOrders(a.order, b.order))
      .map(({ p: { at, index: _, ...p } }): Problem => ({ ...p, file: CAMPAIGN_FILES[key], path: formatJsonPath(at) })),
  );
  const campaign = assembleCampaign('', parts);
  if (missing.length || problems.length || !campaign) throw new CampaignError([...missing, ...problems]);
  return campaign;
}
