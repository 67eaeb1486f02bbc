// Runs the pledge CLI in this process and reports its peak resident memory (KiB) on stderr at exit:
// `node bench/rss.cjs export out.csv ...`. CommonJS, like bin/pledge.js, and through the same start-up module.
process.on('exit', () => process.stderr.write(`\nmaxrss-kib=${process.resourceUsage().maxRSS}\n`));
require('../dist/start.cjs').start(process.argv.slice(2));
