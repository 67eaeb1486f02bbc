#!/usr/bin/env node
// Thin shim: all logic lives in the bundled build made by `npm install` (the `prepare` script).
import { main } from '../dist/cli.js';

main(process.argv.slice(2));
