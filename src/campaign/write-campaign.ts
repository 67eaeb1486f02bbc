// Writing a campaign folder as one set (for `pledge init` and `pledge import`): the three campaign files and
// copies of their JSON Schemas, all of them or, if anything fails, none; existing files are replaced only
// with force.
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { link, mkdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError } from '../errors.js';
import { describeWriteError } from '../export/write.js';
import { SCHEMAS_DIR } from '../package-files.js';
import { CAMPAIGN_FILES } from './load.js';

const exists = (file: string) => stat(file).then(() => true, () => false);

/** The folder, inside the campaign folder, that holds copies of the JSON Schemas. */
export const SCHEMAS_SUBDIR = 'schemas';

/**
 * `$schema` of a campaign file: `./schemas/<name>`, the copy written into the campaign folder. A relative
 * path inside the folder survives moving, zipping or sharing it and works offline, with no published URL
 * to depend on (a path into the pledge installation broke whenever the folder moved).
 */
export function schemaRef(name: string): string {
  return `./${SCHEMAS_SUBDIR}/${name}`;
}

/** The three files' contents (objects without $schema). */
export interface CampaignContents {
  campaign: object;
  targets: object;
  points: object;
}

/**
 * Writes campaign.json, targets.json and points.json into `dir` (created if missing), each naming its JSON
 * Schema in `$schema`, and copies of those schemas into `dir/schemas/`. As a set: every file is first written
 * in full to a temporary file beside it, then all take their places; if one cannot, those already placed are
 * put back as they were. Throws a {@link FileError} when any of these files exists and `force` is not set
 * (nothing is changed), or when writing fails. `replaced` says whether files were there before.
 */
export async function writeCampaignFiles(dir: string, contents: CampaignContents, options: { force?: boolean } = {}): Promise<{ replaced: boolean }> {
  const keys = Object.keys(CAMPAIGN_FILES) as (keyof CampaignContents)[];
  const planned = [
    ...keys.map((k) => ({ name: CAMPAIGN_FILES[k], text: `${JSON.stringify({ $schema: schemaRef(`${k}.schema.json`), ...contents[k] }, null, 2)}\n` })),
    ...keys.map((k) => ({ name: `${SCHEMAS_SUBDIR}/${k}.schema.json`, text: readFileSync(join(SCHEMAS_DIR, `${k}.schema.json`), 'utf8') })),
  ];
  const present: string[] = [];
  for (const { name } of planned) if (await exists(join(dir, name))) present.push(name);
  if (present.length && !options.force) {
    throw new FileError(`${dir} already has ${present.join(', ')}; nothing was changed (add --force to replace ${present.length === 1 ? 'it' : 'them'})`);
  }
  await mkdir(join(dir, SCHEMAS_SUBDIR), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new FileError(`cannot create ${dir}: ${e.code === 'EACCES' ? 'permission denied' : e.code === 'EEXIST' || e.code === 'ENOTDIR' ? 'a file is in the way' : e.message}`);
  });
  const tag = `${process.pid}.${Date.now().toString(36)}`;
  const files = planned.map(({ name, text }) => {
    const target = join(dir, name);
    return { target, tmp: `${target}.${tag}.tmp`, backup: `${target}.${tag}.old`, text, placed: false, backedUp: false };
  });
  let current = files[0]!.target;
  try {
    for (const f of files) {
      current = f.target;
      const fd = openSync(f.tmp, 'wx');
      try {
        writeSync(fd, f.text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const f of files) {
      current = f.target;
      if (options.force && (await exists(f.target))) {
        await link(f.target, f.backup);
        f.backedUp = true;
        await rename(f.tmp, f.target);
      } else {
        await link(f.tmp, f.target); // fails if the file appeared meanwhile: never replaced without force
        await unlink(f.tmp);
      }
      f.placed = true;
    }
  } catch (e) {
    for (const f of files.filter((f) => f.placed).reverse()) {
      await (f.backedUp ? rename(f.backup, f.target) : unlink(f.target)).catch(() => undefined);
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(code === 'EEXIST' ? `${current} appeared while writing; nothing was changed (add --force to replace it)` : describeWriteError(current, e as NodeJS.ErrnoException));
  } finally {
    for (const f of files) {
      await rm(f.tmp, { force: true }).catch(() => undefined);
      if (f.backedUp) await rm(f.backup, { force: true }).catch(() => undefined);
    }
  }
  return { replaced: present.length > 0 };
}
