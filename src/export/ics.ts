// `pledge export action.ics`: the action as an iCalendar event (RFC 5545, written by the `ics` package), so
// supporters get a reminder: the alert's words for the time, the instructions, and every draft with its
// intent URL in the description; an alarm an hour before.
import { createEvent, type DateArray, type EventAttributes } from 'ics';
import type { CampaignTime } from '../campaign/model.js';
import { handleOn } from '../campaign/networks.js';
import { NETWORKS } from '../networks/index.js';
import { instantOf } from '../core/action-time.js';
import type { DraftOutcome } from '../core/drafting.js';
import { textHash } from '../core/text-hash.js';
import { UsageError } from '../errors.js';
import type { ExportHeader } from './formats.js';

const utc = (ms: number): DateArray => {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
};

/** An instant as iCalendar's UTC date-time: `20220719T100000Z`. */
const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');

/**
 * Start and end of the event: instants in UTC for a time of day, whole days for a date; `at` is the start as an
 * instant (midnight UTC for a whole day), the file's DTSTAMP.
 */
function span(time: CampaignTime): { start: DateArray; end: DateArray; allDay: boolean; at: number } {
  const zone = time.timeZone ?? 'UTC';
  if (!time.start!.includes('T')) {
    const day = (s: string) => s.split('-').map(Number) as DateArray;
    const last = new Date(instantOf(time.end ?? time.start!) + 86_400_000);
    return {
      start: day(time.start!),
      end: [last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate()],
      allDay: true,
      at: instantOf(time.start!),
    };
  }
  const start = instantOf(time.start!, zone);
  return {
    start: utc(start),
    end: utc(time.end ? instantOf(time.end, zone) : start + 3_600_000),
    allDay: false,
    at: start,
  };
}

/** The event's UID: the same for every export of one campaign (its name), whatever the seed, drafts or day. */
export function icsUid(campaignName: string): string {
  return `pledge-${textHash(campaignName).toString(36)}@pledge.invalid`;
}

/** Why a campaign without a start time has no .ics (a usage error: exit 2). */
export const noTimeError = () =>
  new UsageError(
    'the campaign has no time with a start (campaign.json "time"): an .ics needs one; pledge import fills it from the alert',
  );

/**
 * The iCalendar file of the campaign's action with the drafts, the same bytes for the same campaign, seed and
 * selection (nothing from the clock): DTSTAMP is the action's start (RFC 5545 asks for the time the object
 * was created, which an export cannot know reproducibly; a rescheduled action gets a new one), the UID is
 * {@link icsUid}, so importing a newer export updates the event instead of adding another. Throws a
 * {@link UsageError} when the campaign has no time with a start (campaign.json `time.start`): there is no event
 * to put in a calendar.
 */
export function* icsChunks(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  const time = header.time;
  if (!time?.start) throw noTimeError();
  const lines = [
    time.text,
    time.timeZone ? `(${time.timeZone})` : '(time zone not given: read as UTC)',
    '',
    'Send each draft yourself: open its link, check it, press Post.',
    '',
  ];
  for (const { draft: d } of outcomes) {
    if (!d) continue;
    const handle = handleOn(d.target, d.network)?.handle;
    const on = d.network === 'x' ? '' : ` on ${NETWORKS[d.network].name}`;
    lines.push(
      `${d.target.name}${on}${handle ? ` (${NETWORKS[d.network].mention(handle)})` : ''}:`,
      d.text,
      d.intentUrl ?? '',
      '',
    );
  }
  const { start, end, allDay, at } = span(time);
  const attributes: EventAttributes = {
    title: header.campaignName,
    description: lines.join('\n'),
    start,
    end,
    ...(allDay ? {} : { startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' }),
    productId: 'pledge',
    uid: icsUid(header.campaignName),
    alarms: [
      {
        action: 'display',
        description: `${header.campaignName}: the action starts in an hour`,
        trigger: { hours: 1, before: true },
      },
    ],
  };
  // DTSTAMP: `timestamp` is in the ics package's schema, not in its typings.
  const { error, value } = createEvent({ ...attributes, timestamp: stamp(at) } as EventAttributes);
  if (error || !value) throw new UsageError(`cannot write the calendar event: ${error?.message ?? 'unknown error'}`);
  yield value;
}
