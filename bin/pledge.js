#!/usr/bin/env node
// Thin shim: all logic lives in the bundled build made by `npm install` (the `prepare` script).
// CommonJS (see bin/package.json): Node starts it without its ESM loader, which is faster.
require('../dist/cli.cjs').main(process.argv.slice(2));
