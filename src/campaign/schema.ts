// zod/mini rather than zod's classic API: the same validation at a tenth of the bundle size, which keeps
// `pledge draft` starting close to bare node.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

/** X handles: 1–15 of A–Z a–z 0–9 _ (stricter than twitter-text's isValidUsername, which allows 20). */
export const HANDLE_PATTERN = /^[A-Za-z0-9_]{1,15}$/;
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

const id = (what: string) =>
  z.string({ error: `${what} must be a string` }).check(
    z.regex(ID_PATTERN, { error: `${what} must be lower-case letters, digits, "-" or "_", starting with a letter or digit` }),
  );

const handle = z
  .string({ error: 'a handle must be a string' })
  .check(z.regex(HANDLE_PATTERN, { error: 'a handle is 1-15 letters, digits or "_", without the "@"' }));

const text = (what: string) =>
  z.string({ error: `${what} must be a string` }).check(z.trim(), z.minLength(1, { error: `${what} must not be empty` }));

const nonEmpty = <T extends z.ZodMiniType>(item: T, error: string) => z.array(item).check(z.minLength(1, { error }));

/** An ask: one kind of request (support the policy, pledge support), with its templates. */
export const AskSchema = z.strictObject({
  description: z.optional(z.string()),
  templates: nonEmpty(text('a template'), 'an ask needs at least one template'),
});

/** campaign.json */
export const CampaignFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  name: text('name'),
  description: z.optional(z.string()),
  source: z.optional(z.string()),
  hashtags: z._default(z.array(z.string().check(z.regex(/^[^\s#]+$/, { error: 'a hashtag is one word, without the "#"' }))), []),
  cc: z._default(z.array(handle), []),
  asks: z
    .record(id('an ask id'), AskSchema)
    .check(z.refine((asks) => Object.keys(asks).length > 0, { error: 'a campaign needs at least one ask' })),
  intentUrl: z._default(z.url({ protocol: /^https?$/, error: 'intentUrl must be an http(s) URL' }), 'https://x.com/intent/tweet'),
});

/** One organisation to address. */
export const TargetSchema = z.strictObject({
  id: id('a target id'),
  name: text('name'),
  handle: z.optional(z.nullable(handle)),
  group: text('group'),
  ask: id('ask'),
  /** Where the handle came from: the alert, a website, "added by …". */
  handleSource: z.optional(z.string()),
  /** When someone last checked the handle still belongs to this organisation (YYYY-MM-DD), or null. */
  handleChecked: z.optional(z.nullable(z.iso.date({ error: 'handleChecked must be a date, YYYY-MM-DD' }))),
});

/** targets.json */
export const TargetsFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  targets: nonEmpty(TargetSchema, 'a campaign needs at least one target'),
});

/** One talking point, in a long and a short form. */
export const PointSchema = z.strictObject({
  id: id('a point id'),
  text: text('text'),
  short: text('short'),
  /** The asks this point suits; all of them when absent. */
  asks: z.optional(z.array(id('an ask id'))),
  /** Where the fact comes from; a quotation must name its source here. */
  source: z.optional(z.string()),
});

/** points.json */
export const PointsFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  points: nonEmpty(PointSchema, 'a campaign needs at least one talking point'),
});

export type CampaignFile = z.output<typeof CampaignFileSchema>;
export type Target = z.output<typeof TargetSchema>;
export type Point = z.output<typeof PointSchema>;
export type Ask = z.output<typeof AskSchema>;
