// Preloaded (`node --require`) into a pledge child by the interruption tests. Once an export has opened its
// temporary file, it says so on file descriptor 3 and holds the export there until a signal arrives, so the
// test signals the child exactly while the temporary file exists: no polling, no timing.
const fs = require('node:fs');
const fsp = require('node:fs/promises');

const open = fsp.open;
let release;
const signalled = new Promise((resolve) => (release = resolve));
// Registered before pledge's own handlers: the held open resumes only after they have aborted the export.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => release());

fsp.open = async (path, ...rest) => {
  const handle = await open(path, ...rest);
  if (String(path).endsWith('.tmp')) {
    fs.writeSync(3, `${path}\n`);
    // A pending promise alone does not keep a process alive: an idle timer does, until the signal.
    const alive = setInterval(() => undefined, 1 << 30);
    await signalled;
    clearInterval(alive);
  }
  return handle;
};
