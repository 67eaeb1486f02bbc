// Writing a campaign folder as one set (for `pledge init` and `pledge import`): the three campaign files and
// copies of their JSON Schemas, all of them or, if anything fails, none; existing files are replaced only
// with force.
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { link, mkdir, rename, rm, rmdir, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { FileError } from '../errors.js';
import { describeWriteError } from '../export/write.js';
import { describeFsError, isFsError, kindOf } from '../fs-errors.js';
import { SCHEMAS_DIR } from '../package-files.js';
import { toJsonText } from '../ui/sanitize.js';
import { CAMPAIGN_FILES } from './model.js';
import { visible } from '../ui/quote.js';

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

/**
 * Creates `dir` and any missing parents one level at a time (not `mkdir -p`: Node's recursive mkdir never
 * returns on some paths, such as /proc/nope). Returns the folders it created, outermost first.
 * @throws FileError naming the folder that could not be created and why.
 */
export async function makeFolders(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    const st = await stat(d).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : e));
    if (st instanceof Error)
      throw new FileError(`cannot create ${visible(dir)}: ${visible(d)}: ${describeFsError(st)}`);
    if (st) {
      if (!st.isDirectory())
        throw new FileError(`cannot create ${visible(dir)}: ${visible(d)} is a file, not a folder`);
      break;
    }
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  const created: string[] = [];
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (e) {
      for (const c of created.reverse()) await rmdir(c).catch(() => undefined);
      const err = e as NodeJS.ErrnoException;
      const why = err.code === 'ENOENT' ? `folders cannot be created in ${visible(dirname(d))}` : describeFsError(err);
      throw new FileError(`cannot create ${visible(dir)}: ${why}`);
    }
    created.push(d);
  }
  return created;
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
export async function writeCampaignFiles(
  dir: string,
  contents: CampaignContents,
  options: { force?: boolean } = {},
): Promise<{ replaced: boolean }> {
  const keys = Object.keys(CAMPAIGN_FILES) as (keyof CampaignContents)[];
  const planned = [
    ...keys.map((k) => ({
      name: CAMPAIGN_FILES[k],
      text: `${toJsonText({ $schema: schemaRef(`${k}.schema.json`), ...contents[k] })}\n`,
    })),
    ...keys.map((k) => ({
      name: `${SCHEMAS_SUBDIR}/${k}.schema.json`,
      text: readFileSync(join(SCHEMAS_DIR, `${k}.schema.json`), 'utf8'),
    })),
  ];
  // The folder itself: a file (or another non-folder) there is said as such, not as a path error inside it.
  const top = await stat(dir).catch(() => undefined);
  if (top && !top.isDirectory()) {
    const what = top.isFile() ? 'a file' : kindOf(top);
    throw new FileError(
      `cannot make a campaign in ${visible(dir)}: it is ${what}, not a folder; name a new or existing folder; nothing was changed`,
    );
  }
  const present: string[] = [];
  for (const { name } of planned) {
    const st = await stat(join(dir, name)).catch(() => undefined);
    if (st && !st.isFile())
      throw new FileError(
        `cannot write ${visible(join(dir, name))}: it is ${kindOf(st)}, not a regular file; nothing was changed`,
      );
    if (st) present.push(name);
  }
  if (present.length && !options.force) {
    throw new FileError(
      `${dir} already has ${present.join(', ')}; nothing was changed (add --force to replace ${present.length === 1 ? 'it' : 'them'})`,
    );
  }
  const created = await makeFolders(join(dir, SCHEMAS_SUBDIR));
  const tag = `${process.pid}.${Date.now().toString(36)}`;
  const files = planned.map(({ name, text }) => {
    const target = join(dir, name);
    return {
      target,
      tmp: `${target}.${tag}.tmp`,
      backup: `${target}.${tag}.old`,
      text,
      placed: false,
      backedUp: false,
    };
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
    for (const f of files) await rm(f.tmp, { force: true }).catch(() => undefined);
    for (const folder of created.reverse()) await rmdir(folder).catch(() => undefined);
    if (!isFsError(e)) throw e; // a bug, not a file problem: the error boundary says so (exit 70)
    const appeared = `${current} appeared while writing; nothing was changed (add --force to replace it)`;
    throw new FileError(e.code === 'EEXIST' ? appeared : describeWriteError(current, e));
  } finally {
    for (const f of files) {
      await rm(f.tmp, { force: true }).catch(() => undefined);
      if (f.backedUp) await rm(f.backup, { force: true }).catch(() => undefined);
    }
  }
  return { replaced: present.length > 0 };
}
