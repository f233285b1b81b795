// Profiles on disk: written atomically as pretty JSON, read with the file
// named in any complaint.

import { readFile } from 'node:fs/promises';
import { describeFsError } from '../io/fs-error.js';
import { ConfigurationError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { UserFile } from '../io/user-file.js';
import { parseProfile, type Profile } from './profile.js';

/** A profile as its file holds it. */
export function profileText(profile: Profile): string {
  return JSON.stringify(profile, null, 1) + '\n';
}

export async function writeProfile(path: string, profile: Profile): Promise<void> {
  await writeFileAtomic(path, profileText(profile));
}

export async function readProfile(file: UserFile): Promise<Profile> {
  const shown = file.display;
  let text: string;
  try {
    text = await readFile(file.path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read the profile: ${describeFsError(error)}`, { file: shown });
  }
  return parseProfile(text, shown);
}
