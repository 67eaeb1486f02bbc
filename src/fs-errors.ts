// One wording for file-system failures, shared by reading campaigns and writing exports.

/**
 * Whether `e` is a system error from the file system (node:fs and its promises), with its errno name as `code`
 * (`ENOENT`, `ENOSPC`, `EIO`, …): the errors that are about a file. Anything else thrown while reading or
 * writing (a TypeError, a stream's `ERR_…`, a domain error) is not, and must not be worded as one.
 */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return e instanceof Error && typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

/**
 * Why an operation on a path failed, in a few words, from a Node error code (`ENOENT`, `EACCES`, …). For
 * codes without a wording: the system's own message without its code prefix.
 */
export function describeFsError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links (a link that points to itself?)';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ENXIO':
    case 'ENODEV':
      return 'it is a device or socket, not a file';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    case 'EBUSY':
      return 'the file is busy';
    default:
      return e.code
        ? `${String(e.message)
            .replace(/^[A-Z]+: /, '')
            .replace(/, \w+ '.*'$/, '')} (${e.code})`
        : String(e.message);
  }
}

/** What kind of thing a non-regular file is, for "… is a FIFO, not a file". */
export function kindOf(st: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'something other than a file';
}
