// `pledge export action.ics`: the action as an iCalendar event (RFC 5545, written by the `ics` package), so
// supporters get a reminder: the alert's words for the time, the instructions, and every draft with its
// intent URL in the description; an alarm an hour before.
import { createEvent, type DateArray } from 'ics';
import type { CampaignTime } from '../campaign/model.js';
import { instantOf } from '../core/action-time.js';
import type { DraftOutcome } from '../core/drafting.js';
import { UsageError } from '../errors.js';
import type { ExportHeader } from './formats.js';

const utc = (ms: number): DateArray => {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
};

/** Start and end of the event: instants in UTC for a time of day, whole days for a date. */
function span(time: CampaignTime): { start: DateArray; end: DateArray; allDay: boolean } {
  const zone = time.timeZone ?? 'UTC';
  if (!time.start!.includes('T')) {
    const day = (s: string) => s.split('-').map(Number) as DateArray;
    const last = new Date(instantOf(time.end ?? time.start!) + 86_400_000);
    return { start: day(time.start!), end: [last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate()], allDay: true };
  }
  const start = instantOf(time.start!, zone);
  return { start: utc(start), end: utc(time.end ? instantOf(time.end, zone) : start + 3_600_000), allDay: false };
}

/**
 * The iCalendar file of the campaign's action with the drafts. Throws a {@link UsageError} when the campaign
 * has no time with a start (campaign.json `time.start`): there is no event to put in a calendar.
 */
export function* icsChunks(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  const time = header.time;
  if (!time?.start) throw new UsageError('the campaign has no time with a start (campaign.json "time"): an .ics needs one; pledge import fills it from the alert');
  const lines = [time.text, time.timeZone ? `(${time.timeZone})` : '(time zone not given: read as UTC)', '', 'Send each draft yourself: open its link, check it, press Post.', ''];
  for (const { draft: d } of outcomes) {
    if (d) lines.push(`${d.target.name}${d.target.handle ? ` (@${d.target.handle})` : ''}:`, d.text, d.intentUrl ?? '', '');
  }
  const { start, end, allDay } = span(time);
  const { error, value } = createEvent({
    title: header.campaignName,
    description: lines.join('\n'),
    start,
    end,
    ...(allDay ? {} : { startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' }),
    productId: 'pledge',
    uid: `pledge-${header.seed}-${time.start}@pledge.invalid`,
    alarms: [{ action: 'display', description: `${header.campaignName}: the action starts in an hour`, trigger: { hours: 1, before: true } }],
  });
  if (error || !value) throw new UsageError(`cannot write the calendar event: ${error?.message ?? 'unknown error'}`);
  yield value;
}
