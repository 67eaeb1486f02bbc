import { countTweet, EMOJI_WEIGHT, MAX_WEIGHTED_LENGTH, uncertainReasons, URL_WEIGHT, type TweetCount } from '../core/count.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { NETWORKS, type NetworkId, type PostCount } from '../networks/index.js';
import type { Io } from '../ui/io.js';
import { oneLine, toJsonText } from '../ui/sanitize.js';

/** More than this on standard input is not a post: refused rather than read on. */
export const MAX_INPUT_BYTES = 1 << 20;

export interface CountOptions {
  /** The text to count; when absent, standard input is read through `readInput`. */
  text?: string;
  /**
   * Reads the whole of standard input as bytes; undefined when it is a terminal (nothing to read). Its one
   * trailing line break (what `echo`, shells and `jq -r` add) is not counted.
   */
  readInput?: () => Promise<Uint8Array>;
  json?: boolean;
  /** Count by this network's rules (X by default; see src/networks/). */
  network?: NetworkId;
  /** Mastodon: the instance's own limit. */
  maxLength?: number;
}

/** `pledge count --network <other> --json`: the network's count (`weightedLength` in its unit). */
export interface NetworkCountJson {
  network: NetworkId;
  weightedLength: number;
  remaining: number;
  valid: boolean;
  unit: PostCount['unit'];
  problems: string[];
}

/** Counts by another network's rules: `N/limit` and a verdict (text), or {@link NetworkCountJson}. */
function countOn(text: string, options: CountOptions, io: Io): ExitCode {
  const network = options.network!;
  const c = NETWORKS[network].count(text, { maxLength: options.maxLength });
  if (options.json) {
    const doc: NetworkCountJson = {
      network,
      weightedLength: c.length,
      remaining: c.remaining,
      valid: c.valid,
      unit: c.unit,
      problems: c.problems,
    };
    io.out(`${toJsonText(doc)}\n`);
  } else {
    const figure = `${c.length}/${c.limit} ${c.unit} on ${NETWORKS[network].name}`;
    const why = c.problems.length
      ? `not accepted: ${c.problems.join('; ')}`
      : c.remaining < 0
        ? `${-c.remaining} over the limit`
        : `fits, ${c.remaining} left`;
    io.out(`${c.valid ? io.colors.ok(`${figure}  ${why}`) : io.colors.error(`${figure}  ${why}`)}\n`);
  }
  return c.valid ? ExitCode.Ok : ExitCode.Failed;
}

/** `pledge count --json` (a stable, documented shape). Offsets are code points of the NFC-normalised text. */
export interface CountJson {
  weightedLength: number;
  remaining: number;
  valid: boolean;
  links: { text: string; start: number; end: number }[];
  emoji: number;
  invalid: { codePoint: string; index: number }[];
}

/** The `--json` document of a count. */
export function toCountJson(c: TweetCount): CountJson {
  return {
    weightedLength: c.weightedLength,
    remaining: MAX_WEIGHTED_LENGTH - c.weightedLength,
    valid: c.valid,
    links: c.links.map(({ text, start, end }) => ({ text, start, end })),
    emoji: c.emoji,
    invalid: c.invalid.map(({ codePoint, index }) => ({ codePoint, index })),
  };
}

/** The text report: `N/280` and what counted (links with their weight, emoji, characters with position). */
export function formatCount(c: TweetCount, colors: Io['colors']): string {
  const over = c.weightedLength - MAX_WEIGHTED_LENGTH;
  const figure = `${c.weightedLength}/${MAX_WEIGHTED_LENGTH}`;
  const verdict = c.invalid.length
    ? colors.error(`${figure}  not accepted: it has characters X refuses or that nobody would see`)
    : over > 0
      ? colors.error(`${figure}  ${over} over the limit`)
      : c.weightedLength === 0
        ? colors.error(`${figure}  empty`)
        : colors.ok(`${figure}  fits, ${-over} left`);
  const lines = [verdict];
  for (const l of c.links) {
    const why = l.uncertain ? `  (counted ${l.weight}: X may or may not link it; ${uncertainReasons(l)})` : '';
    lines.push(
      `  link   ${String(l.weight).padStart(3)}  ${oneLine(l.text)}  characters ${l.start + 1}-${l.end}${why}`,
    );
  }
  if (c.emoji)
    lines.push(`  emoji  ${String(c.emoji * EMOJI_WEIGHT).padStart(3)}  ${c.emoji} emoji, ${EMOJI_WEIGHT} each`);
  for (const ch of c.invalid)
    lines.push(colors.error(`  refused     ${ch.codePoint} (${ch.name}) at character ${ch.index + 1}`));
  for (const ch of c.notices)
    lines.push(
      colors.warn(`  warning     ${ch.codePoint} (${ch.name}) at character ${ch.index + 1}: invisible outside emoji`),
    );
  if (c.links.length) lines.push(colors.dim(`  (every link counts ${URL_WEIGHT}, whatever its length)`));
  return `${lines.join('\n')}\n`;
}

/**
 * Decodes standard input as UTF-8, line breaks as `\n` (CRLF from a Windows file becomes LF, as a compose
 * box's text does); bad bytes are a usage error (they would reach the post as U+FFFD).
 */
function decode(bytes: Uint8Array): string {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new UsageError(
      `standard input has more than ${MAX_INPUT_BYTES} bytes; a post is far shorter (at most ${MAX_INPUT_BYTES} bytes are read)`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n/g, '\n');
  } catch {
    throw new UsageError('standard input is not UTF-8 text: save or pipe it as UTF-8');
  }
}

/**
 * Text from standard input without its one final line break (`\n`; CRLF is `\n` by then): `echo`, a shell's
 * here-string and `jq -r` end what they print with one, which is no part of the post. Only one: a text that
 * ends with a blank line keeps the rest.
 */
function withoutFinalLineBreak(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * `pledge count [text]`: X's count of one text (the argument as given, or all of standard input but its final line
 * break); exit 1 when it does not fit.
 */
export async function run(options: CountOptions, io: Io): Promise<ExitCode> {
  let text = options.text;
  if (text === undefined) {
    if (!options.readInput)
      throw new UsageError(
        'nothing to count: standard input is a terminal; give the text as an argument (pledge count "…") or pipe it (… | pledge count)',
      );
    text = withoutFinalLineBreak(decode(await options.readInput()));
  }
  if (options.network !== undefined && options.network !== 'x') return countOn(text, options, io);
  const c = countTweet(text);
  if (options.json) {
    io.out(`${toJsonText(toCountJson(c))}\n`);
    for (const ch of c.notices)
      io.err(
        `${io.errColors.warn('warning:')} ${ch.codePoint} (${ch.name}) at character ${ch.index + 1}: invisible outside emoji\n`,
      );
  } else {
    io.out(formatCount(c, io.colors));
  }
  return c.valid ? ExitCode.Ok : ExitCode.Failed;
}
