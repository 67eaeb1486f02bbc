// The campaign format's parts for networks other than X (X keeps `handle`, `handleSource`, `handleChecked`
// and the campaign's `cc`): a target's handle on each network, and per network the accounts to cc and the
// templates that replace an ask's shared ones there.
import * as z from 'zod/mini';
import { NETWORKS } from '../networks/index.js';
import { hostPattern } from '../networks/text.js';

/** The networks a campaign may say more about than X. */
export const OTHER_NETWORKS = ['bluesky', 'mastodon', 'threads'] as const;
export type OtherNetworkId = (typeof OTHER_NETWORKS)[number];

const about = z.describe;

/** The handle patterns of the other networks, as schema issues report them (see schemaRule in schema.ts). */
export const NETWORK_HANDLE_PATTERNS: ReadonlySet<string> = new Set(
  OTHER_NETWORKS.map((id) => String(NETWORKS[id].handlePattern)),
);

/** A handle on one network, as the campaign must write it; the pattern is the network's own. */
function networkHandle(id: OtherNetworkId) {
  const n = NETWORKS[id];
  return z.string({ error: 'a handle must be a string' }).check(z.regex(n.handlePattern, { error: n.handleRule }));
}

const EXAMPLES: Record<OtherNetworkId, string> = {
  bluesky: 'the Bluesky handle, a domain name without "@": name.bsky.social, amnesty.org',
  mastodon: 'the Mastodon account, user@instance: amnesty@mastodon.social',
  threads: 'the Threads username without "@" (Instagram rules): amnesty',
};

/**
 * A DID of an atproto account (https://atproto.com/specs/did, "Blessed DID Methods"): `did:plc:` and 24
 * characters of lower-case base32 (a-z, 2-7: https://web.plc.directory/spec/v0.1/did-plc), or `did:web:` and
 * a host name (atproto supports hostname-level did:web only; a port written `%3A<port>`, for development).
 * Other methods (did:key, …) name no atproto account.
 */
export const DID_PATTERN = new RegExp(`^(?:did:plc:[a-z2-7]{24}|did:web:${hostPattern()}(?:%3[Aa]\\d{1,5})?)$`);

/** What a stored DID must be, as the message about a bad one says it (the value found is quoted after it). */
const DID_MESSAGE =
  'a DID is did:plc: and 24 characters of a-z and 2-7, or did:web:<host name> (see atproto.com/specs/did)';

/** Bluesky's entry has the account's DID too: a DID never changes, so a renamed account is found by it. */
const EXTRA: Partial<Record<OtherNetworkId, z.core.$ZodLooseShape>> = {
  bluesky: {
    did: z.optional(
      z
        .string({ error: 'a DID must be a string' })
        .check(
          z.regex(DID_PATTERN, { error: DID_MESSAGE }),
          about(
            "The account's DID (did:plc:… or did:web:…), written by `pledge handles check --write`: a renamed account is found by it.",
          ),
        ),
    ),
  },
};

const handleEntry = (id: OtherNetworkId) =>
  z.strictObject({
    handle: networkHandle(id).check(about(`${EXAMPLES[id]}.`)),
    ...EXTRA[id],
    source: z.optional(z.string().check(about('Where the handle came from: a website, "added by …".'))),
    checked: z.optional(
      z.nullable(
        z.iso
          .date({ error: 'checked must be a date, YYYY-MM-DD' })
          .check(
            about('When someone last checked that the handle belongs to this organisation (YYYY-MM-DD), or null.'),
          ),
      ),
    ),
  });

/** A target's `handles`: its handle on each other network, each with its source and when it was checked. */
export const HandlesSchema = z
  .strictObject({
    bluesky: z.optional(handleEntry('bluesky')),
    mastodon: z.optional(handleEntry('mastodon')),
    threads: z.optional(handleEntry('threads')),
  })
  .check(
    about(
      "Handles on networks other than X (handle, handleSource and handleChecked are X's). A network without an entry gets drafts naming the organisation.",
    ),
  );

const networkSettings = (id: OtherNetworkId) =>
  z.strictObject({
    cc: z.optional(
      z
        .array(networkHandle(id))
        .check(about(`Accounts to cc on ${NETWORKS[id].name}: {cc} there (the campaign's cc is X's).`)),
    ),
    templates: z.optional(
      z
        .record(
          z.string(),
          z.array(
            z
              .string({ error: 'a template must be a string' })
              .check(z.trim(), z.minLength(1, { error: 'a template must not be empty' })),
          ),
        )
        .check(
          about(
            `Templates by ask id that replace that ask's templates on ${NETWORKS[id].name} (${NETWORKS[id].limit} characters leave room for longer wordings).`,
          ),
        ),
    ),
  });

/** campaign.json's `networks`: per network, accounts to cc and templates of its own. */
export const NetworksSchema = z
  .strictObject({
    bluesky: z.optional(networkSettings('bluesky')),
    mastodon: z.optional(networkSettings('mastodon')),
    threads: z.optional(networkSettings('threads')),
  })
  .check(about('What differs on networks other than X: accounts to cc and templates per ask.'));

