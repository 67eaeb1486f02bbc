// Synchronous reads on purpose: campaign files are small, and node:fs/promises alone costs a few ms of
// start-up (it loads readline, among others).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CampaignError, type Problem } from '../errors.js';
import { CAMPAIGN_FILES, type Campaign, type CampaignFileKey } from './model.js';

export type { Campaign } from './model.js';
import { describeFsError } from '../fs-errors.js';
import { MAX_FILE_BYTES, readCampaignFile, ReadError } from './read-file.js';

/** One campaign file as read: its path and text (BOM removed); `text` is emptied once parsed if large. */
export interface CampaignSource {
  file: string;
  text: string;
  /** The text was dropped after parsing to save memory; {@link sourceText} reads it again. */
  released?: boolean;
  /** Whether the text has \uD800-\uDFFF escapes, the only way JSON can hold a lone surrogate (set when parsed). */
  surrogateEscapes?: boolean;
  /** A large file's value, parsed as it was read (parse-large.ts): its text was never held. */
  parsed?: unknown;
}

/** A campaign's files as read. */
export type CampaignSources = Record<CampaignFileKey, CampaignSource>;

/** Texts larger than this are dropped once parsed (a 100,000-target file is ~25 MB) and read again if needed. */
export const RELEASE_ABOVE = 1 << 20;

/**
 * Files larger than this (bytes; ~35,000 targets) are parsed as they are read (parse-large.ts), never held
 * whole: it lowers the peak memory of a 100,000-target export by ~20 MiB and costs ~0.4 s there.
 */
export const STREAM_ABOVE = 8 << 20;

/** The text of a campaign file, read again if it was released (only to locate problems in it). */
export function sourceText(source: CampaignSource): string {
  return source.released ? readCampaignFile(source.file) : source.text;
}

/** The size of `file` in bytes, 0 when it cannot be known (the ordinary read then says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * One campaign file: its text, or, for a file over {@link STREAM_ABOVE} bytes that parse-large.ts can parse as
 * it reads, its value; a file that cannot be read is a problem added to `problems`.
 */
async function readSource(
  dir: string,
  name: string,
  problems: Problem[],
): Promise<CampaignSource | undefined> {
  const file = join(dir, name);
  if (sizeOf(file) > STREAM_ABOVE) {
    const { parseLargeJson } = await import('./parse-large.js');
    const large = parseLargeJson(file, MAX_FILE_BYTES);
    if (large) return { file, text: '', released: true, surrogateEscapes: false, parsed: large.value };
  }
  try {
    return { file, text: readCampaignFile(file) };
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    const rule = e.line === undefined ? 'file' : 'encoding';
    problems.push({
      severity: 'error',
      file,
      ...(e.line !== undefined && { line: e.line, column: e.column }),
      rule,
      message: e.message,
    });
    return undefined;
  }
}

/** Reads the three files of a campaign folder; a missing folder or file is a {@link CampaignError}. */
export async function readCampaignSources(dir: string): Promise<CampaignSources> {
  let info;
  try {
    info = statSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'campaign folder not found'
        : `cannot open the campaign folder: ${describeFsError(e as NodeJS.ErrnoException)}`;
    throw new CampaignError([{ severity: 'error', file: dir, rule: 'file', message }]);
  }
  if (!info.isDirectory()) {
    throw new CampaignError([
      { severity: 'error', file: dir, rule: 'file', message: 'not a folder: a campaign is a folder of JSON files' },
    ]);
  }
  const problems: Problem[] = [];
  const [campaign, targets, points] = await Promise.all([
    readSource(dir, CAMPAIGN_FILES.campaign, problems),
    readSource(dir, CAMPAIGN_FILES.targets, problems),
    readSource(dir, CAMPAIGN_FILES.points, problems),
  ]);
  if (!campaign || !targets || !points) throw new CampaignError(problems);
  return { campaign, targets, points };
}

/**
 * Reads and validates the campaign in `dir`. Throws a {@link CampaignError} listing every problem found
 * (missing files, JSON syntax with line:column, schema violations with JSON path and line, broken references).
 */
export async function loadCampaign(dir: string): Promise<Campaign> {
  const sources = await readCampaignSources(dir);
  const { validateCampaign } = await import('./validate.js');
  return validateCampaign(dir, sources);
}
