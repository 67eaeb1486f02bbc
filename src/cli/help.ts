// The longer --help texts, kept out of the command definitions (src/cli/*-commands.ts) so they stay readable.

/** Shown after the built-in help. */
export const MAIN_HELP = `
Examples:
  pledge draft                          one tweet per target of the built-in #pledgedecrim campaign
  pledge draft --group womens-orgs      only one group's targets
  pledge draft --seed 42 --urls         intent URLs only, reproducible wording
  pledge targets                        who the campaign addresses
  pledge count "any text"               X's count of a text (or: … | pledge count)
  pledge draft --campaign ./my-campaign --json | jq -r '.drafts[0].text'

Outside a clone of pledge, \`npx pledge\` is another package: use \`npx pledge-campaign-cli\`.

Exit codes:
  0    everything asked for was done
  1    a target for which no draft fits; pledge check found errors (or warnings, with --strict)
  2    bad usage or bad campaign data
  3    a file could not be written, or no browser could be opened
  70   a bug in pledge (run with DEBUG=1 and report it)
  129  ended by SIGHUP (the terminal closed); an export in progress is abandoned, nothing half-written
  130  interrupted (Ctrl-C)
  143  ended by SIGTERM; as for 129`;

/** Shown after the built-in help. */
export const DRAFT_HELP = `
Each draft is counted exactly as X counts it today (links count 23, emoji and CJK 2) and never
truncated: a target for which nothing fits is reported and the exit code is 1. Wording varies with the seed,
so supporters don't all post the same text; the same seed gives the same drafts.

--network drafts for Bluesky (300 graphemes), Mastodon (500 characters, or --max-length) or Threads (500)
instead, each counted by its own rules; --network all drafts for every network each target is on. Mastodon
intent URLs need your instance: --instance mastodon.social (or PLEDGE_MASTODON_INSTANCE).

A campaign without targets (a hashtag storm) gets --count different posts (3 by default) that mention no one.

Examples:
  pledge draft
  pledge draft -i                                     one by one: send, copy, re-word, edit or skip
  pledge draft --campaign ./storm --count 5           five different posts for a campaign without targets
  pledge draft --network all --json                   every network each target is on
  pledge draft --network mastodon --instance eupolicy.social --urls
  pledge draft --target amnesty-uk --seed 7 --copy    one draft, ready to paste
  pledge draft --group amnesty --open                 compose windows in the browser
  pledge draft --urls | head -1
  pledge draft --out drafts.csv`;

/** Shown after the built-in help. */
export const EXPORT_HELP = `
Formats:
  json   the same document as \`pledge draft --json\`
  csv    data for programs: one row per target, RFC 4180; a cell that could start a formula gets a
         leading ' (spreadsheets show it: for a spreadsheet use xlsx)
  xlsx   a spreadsheet: every text exactly as drafted (no formula, number or date made of it),
         clickable intent URLs, a frozen header row
  md     a checklist to paste into a newsletter or an issue (handles are links, never GitHub mentions)
  txt    the drafts, one block per target
  html   the action page for supporters: one self-contained file, no network; it drafts afresh for each
         visitor (#seed=N in its address gives pledge draft --seed N), with another wording, live
         count, copy, a post button per network and progress kept on the visitor's device
Targets for which no draft fits are named in every format.

The file is written atomically and never replaced without --force; - writes to standard output (json
unless --format).

Examples:
  pledge export drafts.csv
  pledge export action.html --group womens-orgs
  pledge export action.html --network all      # a post per network each target is on
  pledge export --target amnesty amnesty-uk amnesty.md
  pledge export - --format csv | head -3
  pledge export list.txt --format md --force`;

/** Shown after the built-in help. */
export const CHECK_HELP = `
Errors: JSON syntax and schema violations, bad handles, duplicate ids or handles, unknown placeholders or
asks, a target for which nothing fits 280, a hashtag X would not link, characters X refuses (U+FEFF, NUL…)
or invisible controls (bidi overrides, zero-width spaces…) in any text that reaches a post, each named by
code point at its line and column. Warnings: templates that begin with a mention, targets without a handle,
handles never checked or checked over 12 months ago, points that can never be used, groups with fewer
different wordings than targets, zero-width joiners outside emoji.

Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors, 2 bad usage.

Examples:
  pledge check --campaign ./my-campaign
  pledge check --campaign ./my-campaign --strict --json | jq '.problems[] | select(.severity == "error")'`;

/** Shown after the built-in help. */
export const INIT_HELP = `
Refuses a folder that already has campaign files unless --force.

Example:
  pledge init my-campaign && pledge draft --campaign my-campaign`;

/** Shown after the built-in help. */
export const TARGETS_HELP = `
Examples:
  pledge targets
  pledge targets --group womens-orgs
  pledge targets --network all          handles on X, Bluesky, Mastodon and Threads
  pledge targets --network bluesky --json | jq -r '.[].handle'
  pledge targets --json | jq -r '.[].handle'`;

/** Shown after the built-in help. */
export const POINTS_HELP = `
LONG and SHORT are weighted lengths as X counts them (a link 23, emoji and CJK 2).

Examples:
  pledge points
  pledge draft --point new-zealand`;

/** Shown after the built-in help. */
export const COUNT_HELP = `
Counts as X does today: every link 23 whatever its length, every emoji 2, CJK 2, most other characters 1
(see "Counting" in the README). Shows what counted, and names characters X refuses or that nobody would see
(U+FEFF, NUL, control and bidi characters, zero-width spaces) with their code point and position.

--json prints {"weightedLength", "remaining", "valid", "links": [{"text", "start", "end"}], "emoji",
"invalid": [{"codePoint", "index"}]}; positions are code points of the NFC-normalised text, from 0.

Standard input is counted without the one line break that ends it (echo, a shell or jq -r adds it); an
argument is counted as given. A text that starts with - is read as an option: put -- before it
(pledge count -- "-10% funding cuts") or pipe it.

Exit codes: 0 it fits, 1 it does not (over 280, empty, or a refused character), 2 bad usage.

Examples:
  pledge count "Thank you @AmnestyUK 🧑‍🔧 https://amnesty.org/en/policy"
  pbpaste | pledge count
  pledge draft --json | jq -r '.drafts[0].text' | pledge count --json`;

/** Shown after the built-in help. */
export const IMPORT_HELP = `
Reads the alert offline, by rules (no model, no network): handles (@name, x.com/name links) sorted into
targets (tweet at, ask, thank) and cc (tag, copy in, send us your tweets); organisations named without a
handle ("for example: A, B, C"); hashtags; sample tweets, kept word for word and made into templates;
quotations and short factual sentences as talking points; numbered or bulleted steps as asks; the time of
the action ("tomorrow", "this Saturday" and dates without a year are read against --today: the next such
date on or after it). An alert with no argument gets talking points made from its samples, title or
request, reported for review. The report lists what was found, what was guessed, what is left to do, and
every line of the alert nothing was taken from. The campaign passes \`pledge check\` and drafts, or nothing
is written; the folder is written whole or not at all, never over existing campaign files without --force.

Exit codes: 0 imported, 2 the alert cannot be read, is empty, or gives no campaign that passes check and
drafts (the message says why; nothing written), 3 the folder cannot be written (or has campaign files).

Examples:
  pledge import action-alert.txt && pledge draft --campaign action-alert
  pledge import alert.html --out my-campaign --force
  pledge import alert.md --json | jq '.todo'
  pledge import old-alert.txt --today 2026-03-01`;

/** Shown after `pledge handles check --help`. */
export const HANDLES_HELP = `
Bluesky handles are resolved as atproto specifies (atproto.com/specs/handle, /specs/did): the DNS TXT
record _atproto.<handle> or https://<handle>/.well-known/atproto-did gives the DID, and the DID's
document (plc.directory, or did:web's /.well-known/did.json) must name the handle back. A stored DID finds
the account after a rename. Mastodon accounts: WebFinger (its subject must be the whole user@instance),
then the actor document (its id must be the URL it is at). A move (movedTo) is believed only when the new
account confirms it both ways: its actor is at the movedTo URL and WebFinger on its host leads back there;
a move to itself or in a circle is no move (mismatch). The accounts the campaign cc's on Bluesky and
Mastodon (campaign.json networks.<network>.cc) are checked too, shown as (cc). X and Threads have no public
lookup without an account: not checked (their date stays manual).

Status: ok, renamed, moved, not-found (the network says it does not exist), mismatch (what the network says
does not hold together: not back to the handle, TXT records naming different DIDs, an unconfirmed move:
possible impersonation), unreachable (no usable answer: none, an error, too large, a redirect not followed;
never taken for not-found). The WHAT TO DO column (--json: action, and cause) says which.

--write records in targets.json: today's date in checked for every ok handle, the DID, and renames and
moves; in campaign.json, a renamed or moved cc account's new handle in place of the old (a cc entry has no
date or DID). A new handle is written as the old one was (a leading @ kept), and never when another target
(or cc entry) has it, or gets it in the same run: that one is reported, not written. Only those values
change (indentation and key order are kept), each file atomically.

Where requests go (for your own infrastructure, or a test's fixture server):
  PLEDGE_HANDLES_BASE=http://127.0.0.1:8080   https://<host>/<path> is requested as <base>/<host>/<path>
                                              (the PLC directory too: <base>/plc.directory/<did>); DNS off
  PLEDGE_PLC_URL=https://plc.example.org      the PLC directory (default https://plc.directory)
  PLEDGE_DNS_SERVERS=127.0.0.1:5353           DNS servers for the TXT lookups (ip[:port], comma-separated), or off

Each request times out after 5 s (--timeout <seconds> changes it); 8 handles at a time, 5 requests a second
per host at most. With no network the first 8 handles are tried and the rest given up: the run ends in
about one timeout, whatever the number of handles.
Exit codes: 0 every handle ok, 1 any needs attention, 2 bad usage or campaign, 3 no network at all
(every handle unreachable) or a campaign file could not be written.

Examples:
  pledge handles check --campaign my-campaign
  pledge handles check --campaign my-campaign --network bluesky --json
  pledge handles check --campaign my-campaign --write && git diff my-campaign`;
