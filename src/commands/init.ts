import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EXAMPLE_CAMPAIGN, EXAMPLE_POINTS, EXAMPLE_TARGETS } from '../campaign/example.js';
import { CAMPAIGN_FILES } from '../campaign/load.js';
import { FileError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { writeAtomically } from '../export/write.js';
import { SCHEMAS_DIR } from '../package-files.js';
import { shellQuote, type Io } from '../ui/io.js';

export interface InitOptions {
  dir: string;
  force?: boolean;
}

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

/** `pledge init <dir>`: a working example campaign that passes `pledge check` and drafts at once. */
export async function run(options: InitOptions, io: Io): Promise<ExitCode> {
  const { dir } = options;
  const files: [string, string, object][] = [
    [CAMPAIGN_FILES.campaign, 'campaign.schema.json', EXAMPLE_CAMPAIGN],
    [CAMPAIGN_FILES.targets, 'targets.schema.json', EXAMPLE_TARGETS],
    [CAMPAIGN_FILES.points, 'points.schema.json', EXAMPLE_POINTS],
  ];
  const names = [...files.map(([name]) => name), ...files.map(([, schema]) => `${SCHEMAS_SUBDIR}/${schema}`)];
  const present = [];
  for (const name of names) if (await exists(join(dir, name))) present.push(name);
  if (present.length && !options.force) {
    throw new FileError(`${dir} already has ${present.join(', ')}; nothing was changed (add --force to replace ${present.length === 1 ? 'it' : 'them'})`);
  }
  await mkdir(join(dir, SCHEMAS_SUBDIR), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new FileError(`cannot create ${dir}: ${e.code === 'EACCES' ? 'permission denied' : e.code === 'EEXIST' || e.code === 'ENOTDIR' ? 'a file is in the way' : e.message}`);
  });
  for (const [name, schema, content] of files) {
    await writeAtomically(join(dir, SCHEMAS_SUBDIR, schema), [await readFile(join(SCHEMAS_DIR, schema), 'utf8')], { force: options.force });
    const json = JSON.stringify({ $schema: schemaRef(schema), ...content }, null, 2);
    await writeAtomically(join(dir, name), [`${json}\n`], { force: options.force });
  }
  const c = io.colors;
  const q = shellQuote(dir);
  io.out(`${c.ok('✓')} ${present.length ? 'Replaced' : 'Created'} an example campaign in ${dir}: ${Object.values(CAMPAIGN_FILES).join(', ')} (and their JSON Schemas in ${SCHEMAS_SUBDIR}/)

Next steps:
  1. Edit the three files: your campaign's name and hashtags (campaign.json), the organisations and their
     handles (targets.json), what to say (points.json). Editors that read "$schema" check them as you type.
  2. ${c.strong(`pledge check --campaign ${q}`)}     every problem, with file and line
  3. ${c.strong(`pledge draft --campaign ${q}`)}     the first drafts
`);
  return ExitCode.Ok;
}
