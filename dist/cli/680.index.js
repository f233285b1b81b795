export const id = 680;
export const ids = [680];
export const modules = {

/***/ 5680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findStickyNotes: () => (/* binding */ findStickyNotes),
/* harmony export */   upsertStickyNote: () => (/* binding */ upsertStickyNote)
/* harmony export */ });
// The sticky merge-request note: one per merge request and report key, found
// by its hidden marker AND written by the token's own user (a marker pasted
// into someone else's note is never adopted, and system notes never are),
// looked up across every page, updated in place. After writing, duplicates
// left by a retried POST or a concurrent pipeline are folded into the oldest,
// so there is never more than one — as the GitHub comment does
// (shared/github/comment.ts).
async function findStickyNotes(client, mr, marker, author) {
    const notes = await client.listMergeRequestNotes(mr.project, mr.iid);
    return notes.filter((n) => !n.system && n.author?.id === author.id && typeof n.body === 'string' && n.body.includes(marker)).sort((a, b) => a.id - b.id);
}
async function upsertStickyNote(client, mr, marker, body, author) {
    if (!body.includes(marker))
        throw new Error('the note body must carry its marker');
    const me = author ?? (await client.currentUser());
    const existing = await findStickyNotes(client, mr, marker, me);
    let result;
    if (existing.length > 0) {
        const note = await client.updateMergeRequestNote(mr.project, mr.iid, existing[0].id, body);
        result = { id: note.id, created: false };
    }
    else {
        const note = await client.createMergeRequestNote(mr.project, mr.iid, body);
        result = { id: note.id, created: true };
    }
    const after = await findStickyNotes(client, mr, marker, me);
    if (after.length > 1) {
        const keep = after[0];
        if (keep.id !== result.id) {
            await client.updateMergeRequestNote(mr.project, mr.iid, keep.id, body);
            result = { id: keep.id, created: false };
        }
        for (const extra of after.slice(1)) {
            await client.deleteMergeRequestNote(mr.project, mr.iid, extra.id).catch((error) => {
                if (error.status !== 404)
                    throw error; // already deleted by the other pipeline
            });
        }
    }
    return result;
}


/***/ })

};
