// Atomic file writes: write a temp file beside the target, then rename, so an
// interrupted run never leaves a half-written results file or report behind.
// A path that cannot be written (a file where a folder should be, no
// permission, a full disk) is the user's to fix: one ConfigurationError naming
// the path, never Node's stack; the temp file is removed.

import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { describeFsError } from './fs-error.js';

/** Writes `contents` to `path` whole or not at all; `display` is the path as the user wrote it. */
export async function writeFileAtomic(path: string, contents: string | Uint8Array, display: string = path): Promise<void> {
  try {
    await writeWhole(path, contents);
  } catch (error) {
    if (error instanceof ConfigurationError || !(error as NodeJS.ErrnoException | undefined)?.code) throw error;
    throw new ConfigurationError(`cannot write: ${describeFsError(error)}`, { file: display });
  }
}

async function writeWhole(path: string, contents: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
}
