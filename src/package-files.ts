// The files shipped with the package, found in one place: the built-in campaign (data/), its build-time
// snapshot and the action page's script (dist/, made by the build), the JSON Schemas (schemas/).
import { join } from 'node:path';

/**
 * The package root seen from this code: `..` from src/ (tests), `..` or `../..` from a bundle in dist/ or
 * dist/<layer>/ (set per bundle by scripts/build.mjs, and by vitest.config.ts).
 */
declare const PLEDGE_ROOT_FROM_HERE: string;

const ROOT = join(import.meta.dirname, PLEDGE_ROOT_FROM_HERE);

/** The built-in #pledgedecrim campaign folder. */
export const BUILTIN_CAMPAIGN = join(ROOT, 'data/pledgedecrim');
/** The built-in campaign as validated by the build, with the texts it came from (see CampaignSnapshot). */
export const BUILTIN_SNAPSHOT = join(ROOT, 'dist/builtin-campaign.json');
/** The script of the HTML action page, bundled for the browser by the build. */
export const PAGE_SCRIPT = join(ROOT, 'dist/page.js');
/** The folder of the campaign files' JSON Schemas. */
export const SCHEMAS_DIR = join(ROOT, 'schemas');
