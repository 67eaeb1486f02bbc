// `npm run schemas`: writes schemas/*.schema.json from the zod schemas the loader uses (src/campaign/schema.ts).
// A test fails when the committed files and the code disagree.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { twitterTextPlugin } from './twitter-text-plugins.mjs';

const root = new URL('..', import.meta.url);
const tmp = await mkdtemp(join(tmpdir(), 'pledge-schemas-'));
const out = join(tmp, 'schema.mjs');
await build({
  absWorkingDir: root.pathname,
  entryPoints: ['src/campaign/schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'warning',
  plugins: [twitterTextPlugin(root)],
});
const { FILE_SCHEMAS, jsonSchemaOf } = await import(out);
for (const name of Object.keys(FILE_SCHEMAS)) {
  await writeFile(new URL(`schemas/${name}`, root), jsonSchemaOf(name));
  console.log(`wrote schemas/${name}`);
}
await rm(tmp, { recursive: true, force: true });
