// The sticky merge-request note: one per merge request and report key, found
// by its hidden marker AND written by the token's own user (a marker pasted
// into someone else's note is never adopted, and system notes never are),
// looked up across every page, updated in place. After writing, duplicates
// left by a retried POST or a concurrent pipeline are folded into the oldest,
// so there is never more than one — as the GitHub comment does
// (shared/github/comment.ts).

import type { GitLabClient, GitLabNote, GitLabUser } from './client.js';

export interface MergeRequestRef {
  /** The project's numeric id (CI_PROJECT_ID) or full path. */
  project: string;
  /** The merge request's IID (CI_MERGE_REQUEST_IID). */
  iid: number;
}

export interface StickyNote {
  id: number;
  created: boolean;
}

export async function findStickyNotes(client: GitLabClient, mr: MergeRequestRef, marker: string, author: GitLabUser): Promise<GitLabNote[]> {
  const notes = await client.listMergeRequestNotes(mr.project, mr.iid);
  return notes.filter((n) => !n.system && n.author?.id === author.id && typeof n.body === 'string' && n.body.includes(marker)).sort((a, b) => a.id - b.id);
}

export async function upsertStickyNote(client: GitLabClient, mr: MergeRequestRef, marker: string, body: string, author?: GitLabUser): Promise<StickyNote> {
  if (!body.includes(marker)) throw new Error('the note body must carry its marker');
  const me = author ?? (await client.currentUser());
  const existing = await findStickyNotes(client, mr, marker, me);
  let result: StickyNote;
  if (existing.length > 0) {
    const note = await client.updateMergeRequestNote(mr.project, mr.iid, existing[0]!.id, body);
    result = { id: note.id, created: false };
  } else {
    const note = await client.createMergeRequestNote(mr.project, mr.iid, body);
    result = { id: note.id, created: true };
  }
  const after = await findStickyNotes(client, mr, marker, me);
  if (after.length > 1) {
    const keep = after[0]!;
    if (keep.id !== result.id) {
      await client.updateMergeRequestNote(mr.project, mr.iid, keep.id, body);
      result = { id: keep.id, created: false };
    }
    for (const extra of after.slice(1)) {
      await client.deleteMergeRequestNote(mr.project, mr.iid, extra.id).catch((error: { status?: number }) => {
        if (error.status !== 404) throw error; // already deleted by the other pipeline
      });
    }
  }
  return result;
}
