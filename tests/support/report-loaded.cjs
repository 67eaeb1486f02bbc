// A `node --require` preload for the start-up tests: when the process exits, writes to stderr, as the last
// line, the files it loaded as modules and the Node built-ins it loaded (process.moduleLoadList).
process.on('exit', () => {
  const builtins = process.moduleLoadList
    .filter((m) => m.startsWith('NativeModule '))
    .map((m) => m.slice('NativeModule '.length));
  require('node:fs').writeSync(2, `\nLOADED ${JSON.stringify({ files: Object.keys(require.cache), builtins })}\n`);
});
