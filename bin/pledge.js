#!/usr/bin/env node
// Thin shim: all logic lives in the bundled build made by `npm install` (the `prepare` script).
// CommonJS (see bin/package.json): Node starts it without its ESM loader, which is faster.
// DEBUG=1: stack traces point at the TypeScript sources (the build writes source maps).
if (process.env.DEBUG) process.setSourceMapsEnabled(true);
require('../dist/start.cjs').start(process.argv.slice(2));
