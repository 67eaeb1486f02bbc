// The parsers of option values (commander's argParser): each turns what was typed into the typed value a
// command takes, or throws commander's InvalidArgumentError, which commander prints after naming the option
// and the value ("option '--seed <n>' argument 'x' is invalid. …") and turns into exit 2.
import { InvalidArgumentError } from 'commander';
import { MAX_SEED } from '../core/random.js';
import { UsageError } from '../errors.js';
import { mastodonInstanceHost } from '../networks/mastodon-instance.js';

/** `--seed`: a whole number from 0 to {@link MAX_SEED} (an unsigned 32-bit integer). */
export function parseSeed(value: string): number {
  const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!(n <= MAX_SEED)) throw new InvalidArgumentError(`the seed must be a whole number from 0 to ${MAX_SEED}.`);
  return n;
}

/**
 * `--instance`, PLEDGE_MASTODON_INSTANCE: the host of a Mastodon instance, as networks/mastodon-instance.ts
 * reads it (a host, an account `@user@host`, a profile address); empty (an empty variable) for none.
 */
export function parseInstance(value: string): string {
  if (value.trim() === '') return '';
  try {
    return mastodonInstanceHost(value);
  } catch (e) {
    if (e instanceof UsageError) throw new InvalidArgumentError(`${e.message}.`);
    throw e;
  }
}

/** `--max-length`: a Mastodon instance's limit, a whole number of characters from 1 to 9,999,999. */
export function parseMaxLength(value: string): number {
  const n = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1)) throw new InvalidArgumentError('the limit must be a whole number of characters, like 500.');
  return n;
}

/** A calendar date, YYYY-MM-DD (`import --today`). */
export function parseDate(value: string): string {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  const ok = Number.isFinite(time) && new Date(time).toISOString().startsWith(value);
  if (!ok)
    throw new InvalidArgumentError(`"${value.slice(0, 40)}" is not a date: write it as YYYY-MM-DD, like 2026-11-29.`);
  return value;
}

/** `--count`: how many posts a campaign without targets drafts, 1 to 10,000. */
export function parseCount(value: string): number {
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 10_000))
    throw new InvalidArgumentError('the number of posts must be a whole number from 1 to 10000, like 5.');
  return n;
}

/** Seconds, for `handles check --timeout`: 0.1 to 600, decimals allowed. */
export function parseTimeout(value: string): number {
  const n = /^\d{1,3}(?:\.\d{1,3})?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 0.1 && n <= 600))
    throw new InvalidArgumentError('the timeout must be a number of seconds from 0.1 to 600, like 5.');
  return n;
}
