// Preloaded (`node --require`) into a pledge child by the write-failure tests: syncing an export's temporary
// file fails, with a bug (a TypeError) when FAIL_SYNC=bug, else with the file system's EIO, so the test sees
// how each kind of failure reaches the user.
const fsp = require('node:fs/promises');

const open = fsp.open;
fsp.open = async (path, ...rest) => {
  const handle = await open(path, ...rest);
  if (String(path).endsWith('.tmp')) {
    handle.sync = async () => {
      if (process.env.FAIL_SYNC === 'bug') throw new TypeError("Cannot read properties of undefined (reading 'sync')");
      throw Object.assign(new Error(`EIO: i/o error, fsync`), { code: 'EIO', errno: -5, syscall: 'fsync' });
    };
  }
  return handle;
};
