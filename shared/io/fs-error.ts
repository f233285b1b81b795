// One wording for file-system errors in user-facing messages: the code's
// meaning in a few words, never Node's "EEXIST: file already exists, mkdir …"
// with its stack.

/** What went wrong with a file, in words a user acts on. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is a file, not a directory';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'ENAMETOOLONG') return 'the path is too long';
  return (error as Error)?.message ?? String(error);
}
