// zod/mini rather than zod's classic API: the same validation at a tenth of the bundle size. The same schemas
// generate the JSON Schemas in schemas/ (npm run schemas), so editors validate what the loader validates.
import * as z from 'zod/mini';
import { quote } from '../ui/quote.js';
import { HandlesSchema, NETWORK_HANDLE_PATTERNS, NetworksSchema } from './network-schema.js';
import { intentBaseProblem } from '../core/intent.js';
import type { Ask, CampaignFile, Point, Target } from './model.js';

/**
 * The message of every issue a schema below leaves to zod: issues.ts replaces it with our own wording (zod's
 * English texts never reach the user, and its locale is not loaded).
 */
export const DEFAULT_MESSAGE = '\u0000pledge-default';
z.config({ customError: () => DEFAULT_MESSAGE });

/** X handles: 1–15 of A–Z a–z 0–9 _ (stricter than twitter-text's isValidUsername, which allows 20). */
export const HANDLE_PATTERN = /^[A-Za-z0-9_]{1,15}$/;
/** What a handle is, as messages about a bad one say (issues.ts). */
export const HANDLE_MESSAGE = 'a handle is 1-15 letters, digits or "_", without the "@"';
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

const about = z.describe;

/**
 * The check rule of a schema issue: a failed handle pattern (X's, or another network's: see network-schema.ts)
 * names its own rule (`invalid-handle`); anything else is `schema`. Chosen by the pattern that failed, never by
 * the wording of the message.
 */
export function schemaRule(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_format' &&
    issue.format === 'regex' &&
    (issue.pattern === String(HANDLE_PATTERN) || NETWORK_HANDLE_PATTERNS.has(issue.pattern ?? ''))
    ? 'invalid-handle'
    : 'schema';
}

const id = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .check(
      z.regex(ID_PATTERN, {
        error: `${what} must be lower-case letters, digits, "-" or "_", starting with a letter or digit`,
      }),
    );

const handle = z
  .string({ error: 'a handle must be a string' })
  .check(z.regex(HANDLE_PATTERN, { error: HANDLE_MESSAGE }));

const text = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .check(z.trim(), z.minLength(1, { error: `${what} must not be empty` }));

const nonEmpty = <T extends z.ZodMiniType>(item: T, error: string) => z.array(item).check(z.minLength(1, { error }));

/** An ask: one kind of request (support the policy, pledge support), with its templates. */
const AskSchema = z.strictObject({
  description: z.optional(z.string().check(about('What this ask asks for, for people reading the campaign.'))),
  templates: z
    .array(text('a template'))
    .check(
      about(
        'Tweet templates. Placeholders: {mention} (the @handle, or the name without one), {name}, {point}, {hashtags}, {cc}; {{ and }} are literal braces.',
      ),
    ),
});

const localTime = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .check(
      z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?$/, {
        error: `${what} must be a date YYYY-MM-DD or a local time YYYY-MM-DDTHH:MM`,
      }),
    );

/** Whether Intl knows `zone` as a time zone. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** When the action is: the alert's words, and where they can be resolved, start, end and time zone. */
const CampaignTimeSchema = z
  .strictObject({
    text: text('time.text').check(about("The alert's own words for when the action is.")),
    start: z.optional(
      localTime('time.start').check(about('A date (YYYY-MM-DD) or a local time (YYYY-MM-DDTHH:MM) in timeZone.')),
    ),
    end: z.optional(localTime('time.end').check(about('Like start; absent for a moment or a single day.'))),
    timeZone: z.optional(
      z
        .string()
        .check(
          z.refine(isTimeZone, { error: 'time.timeZone must be an IANA time zone, such as Europe/London' }),
          about('IANA time zone of start and end; absent when unknown.'),
        ),
    ),
  })
  .check(
    z.refine((t) => !t.end || !t.start || t.end >= t.start, {
      error: (issue) => {
        const t = issue.input as { start: string; end: string };
        return `time.end ${quote(t.end)} is before time.start ${quote(t.start)}`;
      },
    }),
  );

/** campaign.json */
export const CampaignFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  name: text('name').check(about('The campaign, as shown in output and exports.')),
  description: z.optional(
    z.string().check(about('What supporters are asked to do, in a sentence or two: the action page opens with it.')),
  ),
  why: z.optional(
    z
      .string()
      .check(about('Why the action matters, in a few sentences: the action page shows it under "Why it matters".')),
  ),
  source: z.optional(z.string().check(about('Where the campaign comes from (the action alert).'))),
  hashtags: z._default(
    z
      .array(z.string().check(z.regex(/^[^\s#]+$/, { error: 'a hashtag is one word, without the "#"' })))
      .check(about('Hashtags without "#": {hashtags}.')),
    [],
  ),
  cc: z._default(z.array(handle).check(about('Handles to cc, without "@": {cc}.')), []),
  asks: z.record(id('an ask id'), AskSchema).check(
    z.refine((asks) => Object.keys(asks).length > 0, { error: 'a campaign needs at least one ask' }),
    about('The kinds of ask, by id; each target names one.'),
  ),
  intentUrl: z._default(
    z.url({ protocol: /^https?$/, error: 'intentUrl must be an http(s) URL' }).check(
      z.refine((base) => intentBaseProblem(base) === undefined, {
        error: (issue) => intentBaseProblem(String(issue.input)),
      }),
      about(
        "The compose intent the drafts open; X's by default. No text, url, hashtags or via parameter and no #fragment: the whole post is the draft's text.",
      ),
    ),
    'https://x.com/intent/tweet',
  ),
  networks: z.optional(NetworksSchema),
  time: z.optional(CampaignTimeSchema.check(about('When the action is (pledge import fills it from the alert).'))),
});

/** One organisation to address. */
export const TargetSchema = z.strictObject({
  id: id('a target id').check(about('Unique, for --target.')),
  name: text('name'),
  handle: z.optional(
    z.nullable(
      handle.check(about('The X handle without "@"; absent or null when unknown (drafts then name the organisation).')),
    ),
  ),
  group: text('group').check(about('For --group, and to check that a group has enough different wordings.')),
  ask: id('ask').check(about('The key of the ask in campaign.json that applies to this target.')),
  handleSource: z.optional(z.string().check(about('Where the handle came from: the alert, a website, "added by …".'))),
  handleChecked: z.optional(
    z.nullable(
      z.iso
        .date({ error: 'handleChecked must be a date, YYYY-MM-DD' })
        .check(about('When someone last checked that the handle belongs to this organisation (YYYY-MM-DD), or null.')),
    ),
  ),
  handles: z.optional(HandlesSchema),
});

/** targets.json */
export const TargetsFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  targets: z
    .array(TargetSchema)
    .check(
      about(
        'The organisations to address. Empty for a campaign that addresses no one (a hashtag storm): pledge draft then writes --count posts that mention no one, from templates without {mention} or {name}.',
      ),
    ),
});

/** One talking point, in a long and a short form. */
export const PointSchema = z.strictObject({
  id: id('a point id').check(about('Unique, for --point.')),
  text: text('text').check(about('The long form.')),
  short: text('short').check(about('The short form, used when the long one does not fit.')),
  asks: z.optional(z.array(id('an ask id')).check(about('The asks this point suits; all when absent.'))),
  source: z.optional(z.string().check(about('Where the fact comes from; a quotation must name its source.'))),
});

/** points.json */
export const PointsFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  points: nonEmpty(PointSchema, 'a campaign needs at least one talking point'),
});

/** The JSON Schema of each campaign file, as shipped in schemas/. */
export const FILE_SCHEMAS = {
  'campaign.schema.json': { schema: CampaignFileSchema, title: 'pledge campaign.json' },
  'targets.schema.json': { schema: TargetsFileSchema, title: 'pledge targets.json' },
  'points.schema.json': { schema: PointsFileSchema, title: 'pledge points.json' },
} as const;

/** Renders one file's JSON Schema (input side: what a person writes). */
export function jsonSchemaOf(name: keyof typeof FILE_SCHEMAS): string {
  const { schema, title } = FILE_SCHEMAS[name];
  return `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title }, null, 2)}\n`;
}


// The schemas produce exactly the model's types (a compile error here means they drifted apart).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.output<typeof CampaignFileSchema>, CampaignFile>,
  Same<z.output<typeof TargetSchema>, Target>,
  Same<z.output<typeof PointSchema>, Point>,
  Same<z.output<typeof AskSchema>, Ask>,
] = [true, true, true, true];
void sameTypes;
