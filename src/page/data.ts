// What an exported action page carries for its script, as JSON inside the page: the campaign as the loader
// validated it, the selection the page was exported with and the seed of the drafts written into it. The
// script drafts from it with the library's own drafting (the same as `pledge draft`). Browser-safe.
import type { Campaign } from '../campaign/model.js';
import type { NetworkChoice } from '../core/drafting.js';
import { MAX_SEED } from '../core/random.js';
import type { NetworkOptions } from '../networks/index.js';

/** What a page drafts for: the options of the `pledge export` that made it (see DraftSelection). */
interface PageSelection {
  /** Ids of the targets drafted for, in order; all of the campaign's when absent. */
  targets?: string[];
  /**
   * A campaign without targets: how many posts that address no one are drafted (`--count`; see
   * core/untargeted.ts, whose stand-ins `post-1` … `post-N` the page drafts for).
   */
  count?: number;
  /** `--point`. */
  pointId?: string;
  /** `--network`; X when absent. */
  network?: NetworkChoice;
  /** `--instance`, `--max-length`. */
  networkOptions?: NetworkOptions;
}

/** The JSON an action page embeds (`<script type="application/json" id="pledge-data">`). */
export interface PageData {
  /** The validated campaign, without `dir` (the organiser's folder is no business of the page's visitors). */
  campaign: Omit<Campaign, 'dir'>;
  selection: PageSelection;
  /** The seed of the drafts written into the page (what a visitor without JavaScript gets). */
  seed: number;
}

/** The campaign and selection an export is made from, for the HTML page (see ExportHeader.page). */
export interface PageSource {
  campaign: Campaign;
  selection: PageSelection;
}

/** The page's data for a campaign: the campaign without its folder, the selection, the seed. */
export function pageData(source: PageSource, seed: number): PageData {
  const { dir: _, ...campaign } = source.campaign;
  return { campaign, selection: source.selection, seed };
}

/**
 * JSON that can sit inside an HTML `<script>` element whatever the strings hold: `<`, `>` and `&` are
 * written as `\u003c`, `\u003e`, `\u0026`, so no `</script>` or `<!--` can end or change the element, and
 * U+2028/U+2029 as escapes too (JavaScript sources before ES2019 read them as line ends). JSON.parse gives
 * the value back exactly; lone surrogates are already escaped by JSON.stringify.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The seed in a page address's fragment (`#seed=123`, also among other `&`-separated parameters), or
 * undefined when there is none or it is not an integer 0–4294967295 written in decimal digits.
 */
export function seedFromHash(hash: string): number | undefined {
  const m = /^#?(?:.*&)?seed=(\d{1,10})(?:&|$)/.exec(hash);
  if (!m) return undefined;
  const seed = Number(m[1]);
  return seed <= MAX_SEED ? seed : undefined;
}
