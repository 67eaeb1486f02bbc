// Runs the pledge CLI in this process and reports its peak resident memory (KiB) on stderr at exit:
// `node bench/rss.mjs export out.csv ...`.
import { fileURLToPath } from 'node:url';

process.on('exit', () => process.stderr.write(`\nmaxrss-kib=${process.resourceUsage().maxRSS}\n`));
const { main } = await import(fileURLToPath(new URL('../dist/cli.cjs', import.meta.url)));
await main(process.argv.slice(2));
