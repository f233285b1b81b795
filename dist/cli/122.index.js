export const id = 122;
export const ids = [122];
export const modules = {

/***/ 1497:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ expandPaths)
/* harmony export */ });
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2005);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3349);
// Expanding user-given data paths: newline- or comma-separated paths and
// globs, relative to a base directory, deduplicated, in a stable order. Each
// match is a UserFile: a plain path keeps the name the user wrote, a glob
// match is named relative to the base directory.




async function expandPaths(patterns, baseDir, what = 'data') {
    const out = [];
    const seen = new Set();
    for (const pattern of patterns) {
        let matches;
        if ((0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(pattern)) {
            const found = (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, dot: false })).sort();
            if (found.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the ${what} pattern "${pattern}" matches no file`);
            matches = found.map((path) => (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .foundFile */ .X)(baseDir, path));
        }
        else
            matches = [(0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(baseDir, pattern)];
        for (const match of matches) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(match.path);
            if (seen.has(path))
                continue;
            seen.add(path);
            out.push(match);
        }
    }
    return out;
}


/***/ }),

/***/ 8451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ findPullRequest)
/* harmony export */ });
// Which pull request a run reports to: the event's own (pull_request,
// pull_request_target), the open pull request whose head is the pushed
// commit (push), or — for workflow_run, the fork-safe pattern — the pull
// request of the triggering run: listed in the run's `pull_requests` when the
// branch is in this repository, else (a fork's, which GitHub leaves out) the
// open pull request from the run's head repository and branch at the run's
// commit. Never from the commit alone: two pull requests can share a head
// commit, and a report must not land on the other one.
async function findPullRequest(octokit, repo, eventName, payload, sha) {
    if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request) {
        return { number: payload.pull_request.number, headSha: payload.pull_request.head?.sha, author: payload.pull_request.user?.login };
    }
    if (eventName === 'workflow_run')
        return payload.workflow_run ? fromWorkflowRun(octokit, repo, payload.workflow_run) : undefined;
    const headSha = eventName === 'push' ? (payload.after ?? sha) : undefined;
    if (!headSha || !octokit)
        return undefined;
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: headSha, per_page: 100 });
    const match = data.find((p) => p.state === 'open' && p.head.sha === headSha);
    return match ? { number: match.number, headSha, author: match.user?.login } : undefined;
}
async function fromWorkflowRun(octokit, repo, run) {
    const headSha = run.head_sha;
    if (!headSha)
        return undefined;
    // Same-repository branches: GitHub lists the pull requests in the run. Keep those
    // into this repository (the list can hold pull requests into other repositories
    // that use the branch) whose head is still the run's commit.
    const ours = (url, name) => (url ? url.toLowerCase().endsWith(`/repos/${repo.owner}/${repo.repo}`.toLowerCase()) : name?.toLowerCase() === repo.repo.toLowerCase());
    const listed = (run.pull_requests ?? []).filter((p) => (!p.base?.repo || ours(p.base.repo.url, p.base.repo.name)) && (!p.head?.sha || p.head.sha === headSha));
    if (listed.length > 0)
        return { number: listed[0].number, headSha };
    // A fork: pulls?head=<fork owner>:<branch> names one branch of one repository.
    const headRepo = run.head_repository?.full_name;
    const headOwner = run.head_repository?.owner?.login ?? headRepo?.split('/')[0];
    const branch = run.head_branch;
    if (!octokit || !headRepo || !headOwner || !branch)
        return undefined;
    const open = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: 'open', head: `${headOwner}:${branch}`, per_page: 100 });
    const match = open.find((p) => p.head.sha === headSha && p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase());
    return match ? { number: match.number, headSha, author: match.user?.login } : undefined;
}


/***/ }),

/***/ 4536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ cardSections),
/* harmony export */   H7: () => (/* binding */ normaliseHeading),
/* harmony export */   IB: () => (/* binding */ parseRequiredSection),
/* harmony export */   JO: () => (/* binding */ PERFORMANCE_SECTION),
/* harmony export */   SG: () => (/* binding */ DEFAULT_MODEL_CARD_SECTIONS),
/* harmony export */   fM: () => (/* binding */ checkSections)
/* harmony export */ });
/* unused harmony export contentWords */
// A Markdown model card read as its sections, and checked for the sections a
// team requires (issue 17): each required section is one or more headings
// that may stand for it (matched case-insensitively, punctuation and an
// "[optional]" mark aside, at any level), and it must have content of its own
// — text that is not a heading, an HTML comment, a template placeholder
// (`{{ … }}`, `{% … %}`) or Hugging Face's "[More Information Needed]".
// Pure: text in, sections and findings out.
/**
 * The sections required by default: the five the gate's governance check
 * asks for, each also satisfied by the heading Hugging Face's model card
 * template (huggingface_hub, src/huggingface_hub/templates/modelcard_template.md)
 * gives the same content — "Uses", "Evaluation", "Bias, Risks, and
 * Limitations". That template has no section for assumptions or for a
 * rollback procedure. Alternatives are separated by `|`.
 */
const DEFAULT_MODEL_CARD_SECTIONS = [
    'Intended use | Intended uses | Uses',
    'Assumptions',
    'Performance baselines | Performance | Evaluation',
    'Failure modes | Bias Risks and Limitations | Limitations',
    'Rollback procedure | Rollback',
];
/** The section holdout writes the performance table into (the third default). */
const PERFORMANCE_SECTION = 'performance baselines';
/** A heading as compared: lower case, without an "[optional]" mark, punctuation as spaces, spaces collapsed. */
function normaliseHeading(text) {
    return text
        .replace(/[[(]\s*optional\s*[\])]/gi, ' ')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
/** "Intended use | Uses" → the section and its accepted headings. */
function parseRequiredSection(spec) {
    const headings = spec.split('|').map((h) => h.trim()).filter((h) => h !== '');
    return { name: headings[0] ?? spec.trim(), headings };
}
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
/** The card's headings (ATX and setext), outside YAML front matter and fenced code, with the lines each section spans. */
function cardSections(text) {
    const lines = text.split(/\r\n|\r|\n/);
    const found = [];
    let i = 0;
    // YAML front matter (Hugging Face's metadata block) is not part of the card's text.
    if (lines[0]?.trim() === '---') {
        const end = lines.findIndex((l, k) => k > 0 && (l.trim() === '---' || l.trim() === '...'));
        if (end > 0)
            i = end + 1;
    }
    let fence;
    for (; i < lines.length; i++) {
        const line = lines[i];
        const f = FENCE.exec(line);
        if (fence) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = undefined;
            continue;
        }
        if (f) {
            fence = f[1];
            continue;
        }
        const atx = ATX.exec(line);
        if (atx) {
            found.push({ heading: (atx[2] ?? '').trim(), level: atx[1].length, line: i + 1, bodyStart: i + 1 });
            continue;
        }
        const next = lines[i + 1];
        const prevBlank = i === 0 || lines[i - 1].trim() === '' || found.at(-1)?.line === i;
        if (next !== undefined && line.trim() !== '' && SETEXT.exec(next) && prevBlank && !/^\s*([-*+]|\d+[.)])\s/.test(line) && !/^\s*(<|\|)/.test(line)) {
            found.push({ heading: line.trim(), level: next.trim()[0] === '=' ? 1 : 2, line: i + 1, bodyStart: i + 2 });
            i++;
        }
    }
    return found.map((s, k) => {
        const after = found.slice(k + 1).find((t) => t.level <= s.level);
        return { ...s, bodyEnd: after ? after.line - 1 : lines.length };
    });
}
/** The words of a section's own content: headings, comments, template placeholders and "[More Information Needed]" left out. */
function contentWords(text, section) {
    const lines = text.split(/\r\n|\r|\n/).slice(section.bodyStart, section.bodyEnd);
    const body = lines
        .filter((l) => !ATX.test(l) && !SETEXT.test(l))
        .join('\n')
        .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
        .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, ' ')
        .replace(/\[More Information Needed\]/gi, ' ')
        .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
    return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
/** Each required section: present (with content), empty (its heading has nothing under it) or missing (no heading for it). */
function checkSections(text, required) {
    const sections = cardSections(text);
    return required.map((r) => {
        const wanted = new Set(r.headings.map(normaliseHeading));
        const matches = sections.filter((s) => wanted.has(normaliseHeading(s.heading)));
        if (matches.length === 0)
            return { name: r.name, state: 'missing', words: 0, accepted: r.headings };
        // Several headings may stand for it (Uses and Intended use): the one with the most content counts.
        const scored = matches.map((s) => ({ s, words: contentWords(text, s) })).sort((a, b) => b.words - a.words || a.s.line - b.s.line);
        const best = scored[0];
        return { name: r.name, state: best.words > 0 ? 'present' : 'empty', heading: best.s.heading, line: best.s.line, words: best.words, accepted: r.headings };
    });
}


/***/ }),

/***/ 7136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ MODEL_CARD_POLICIES),
/* harmony export */   w: () => (/* binding */ checkModelCard)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3349);
/* harmony import */ var _results_head_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6923);
/* harmony import */ var _results_status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8563);
/* harmony import */ var _card_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4536);
// The gate's model card check (issue 17): the card read from the checked-out
// commit, each required section a check — present passes; empty or missing
// fails or warns as the policy says — in a results document of kind
// model-card that the gate decides on with the others. So the card shows in
// the gate's reasons, its check run and its audit record (with the card's
// sha256) like any other input.






const MODEL_CARD_POLICIES = ['fail', 'warn'];
function sectionCheck(f, file, policy) {
    const status = f.state === 'present' ? 'pass' : policy;
    const accepted = f.accepted.map((h) => `"${h}"`).join(', ');
    const message = f.state === 'present'
        ? `"${f.heading}" (line ${f.line}): ${f.words} word${f.words === 1 ? '' : 's'}`
        : f.state === 'empty'
            ? `"${f.heading}" (line ${f.line}) has no content of its own (only headings, comments or template placeholders)`
            : `no heading for it (any of ${accepted}, in any case)`;
    return {
        id: `model-card:${f.name}`,
        title: `Model card: ${f.name}`,
        status,
        observed: f.state,
        expected: 'present',
        message,
        count: status === 'pass' ? 0 : 1,
        locations: [{ file, ...(f.line ? { line: f.line } : {}) }],
    };
}
/** Checks the card and returns it as one more input to the gate's decision. */
async function checkModelCard(input) {
    const file = (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(input.workspace, input.card);
    const required = input.sections.map(_card_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRequiredSection */ .IB);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.path);
    }
    catch (error) {
        if (error.code !== 'ENOENT' && error.code !== 'EISDIR')
            throw error;
    }
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes ?? '').digest('hex');
    const findings = bytes === undefined ? required.map((r) => ({ name: r.name, state: 'missing', words: 0, accepted: r.headings })) : (0,_card_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSections */ .fM)(bytes.toString('utf8'), required);
    const checks = bytes === undefined
        ? [{ id: 'model-card', title: 'Model card', status: input.policy, observed: 'not found', expected: 'a Markdown file', message: `${file.display} not found: every required section is missing (${required.map((r) => r.name).join(', ')})`, count: 1, locations: [{ file: file.display }] }]
        : findings.map((f) => sectionCheck(f, file.display, input.policy));
    const document = {
        ...(0,_results_head_js__WEBPACK_IMPORTED_MODULE_3__/* .documentHead */ .K)('model-card', 'Model card', (0,_results_status_js__WEBPACK_IMPORTED_MODULE_4__/* .worstStatus */ .A4)(checks.map((c) => c.status)), input.now),
        subject: { files: bytes === undefined ? [{ path: file.display }] : [{ path: file.display, sha256, bytes: bytes.length }], ...(input.commit ? { gitSha: input.commit } : {}) },
        checks,
        card: { path: file.display, sections: findings },
    };
    return { file: file.display, sha256, document };
}


/***/ }),

/***/ 9555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ collectResults)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
/* harmony import */ var _data_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1497);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3517);
// Collecting results documents for report and gate: every file the glob
// matches, read and checked; a document that does not parse is kept as a
// problem naming the file, never skipped silently. (Profiles written beside
// the results are recognised as such and left out.)



async function collectResults(patterns, baseDir) {
    const problems = [];
    let files = [];
    try {
        files = await (0,_data_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .expandPaths */ .p)(patterns, baseDir, 'results');
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
            throw error;
        problems.push(error);
    }
    const documents = [];
    for (const file of files) {
        try {
            const read = await (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .readResultsFile */ .B9)(file);
            if (read)
                documents.push(read);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
                throw error;
            problems.push(error);
        }
    }
    return { documents, problems };
}


/***/ }),

/***/ 6923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ documentHead)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6941);
// The head every results document starts with (the schema's `envelope`):
// the format version, the kind, a title, the status and when it was made.

function documentHead(kind, title, status, createdAt = new Date()) {
    return { holdout: _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULTS_VERSION */ .kI, kind, title, status, createdAt: createdAt.toISOString() };
}


/***/ }),

/***/ 5400:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ gateOptions),
  R: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: ./build/shared/baseline/payload.js
var payload = __webpack_require__(6408);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/shared/gate/audit.js
// The audit record of a gate decision: who, what, which commit, which inputs
// (by sha256), the thresholds and the baseline, the override and its actor,
// and when. Its own sha256 goes into the check run and the deployment
// payload, so a recorded decision can be tied to this exact record.

function buildAuditRecord(decision, documents, ctx) {
    const thresholds = {};
    let baseline = null;
    for (const { document } of documents) {
        if (document.kind !== 'compare-metrics')
            continue;
        for (const row of document.comparison.metrics)
            if (row.gated && !row.slice)
                thresholds[row.name] = row.thresholds;
        if (document.comparison.baseline)
            baseline = { source: document.comparison.baseline.source, id: document.comparison.baseline.id ?? null };
    }
    return {
        holdout: 1,
        kind: 'gate-audit',
        decision: decision.decision,
        reason: decision.reason,
        reasons: decision.reasons,
        commit: ctx.commit ?? null,
        actor: ctx.actor ?? null,
        event: ctx.event ?? null,
        runUrl: ctx.runUrl ?? null,
        environment: ctx.environment ?? null,
        override: ctx.overrideRequested || ctx.override?.honoured
            ? { label: ctx.label, honoured: ctx.override?.honoured ?? false, actor: ctx.override?.actor ?? null, at: ctx.override?.at ?? null, reason: ctx.override?.reason ?? '' }
            : null,
        inputs: documents.map((d) => ({ file: d.file, sha256: d.sha256, kind: d.document.kind, status: d.document.status, title: d.document.title })),
        thresholds,
        baseline,
        promotion: ctx.promotion ?? null,
        rollback: null,
        createdAt: ctx.now.toISOString(),
    };
}
/**
 * The audit record of a rollback: who rolled back which deployment to which
 * earlier one (its commit and the audit record it was approved with), and
 * what moved in the registry. Its sha256 goes into the new deployment's
 * payload in place of the original decision's.
 */
function buildRollbackAudit(plan, ctx) {
    const { from, to } = plan;
    return {
        holdout: 1,
        kind: 'gate-audit',
        decision: 'rollback',
        reason: `rolled back deployment ${from.id} (${from.sha.slice(0, 12)}) to deployment ${to.id} (${to.sha.slice(0, 12)})`,
        reasons: [],
        commit: to.holdout.commit,
        actor: ctx.actor ?? null,
        event: ctx.event ?? null,
        runUrl: ctx.runUrl ?? null,
        environment: ctx.environment,
        override: null,
        inputs: [],
        thresholds: {},
        baseline: null,
        promotion: ctx.promotion ?? null,
        rollback: { of: { deployment: from.id, commit: from.sha }, to: { deployment: to.id, commit: to.holdout.commit, auditSha256: to.holdout.audit.sha256 } },
        createdAt: ctx.now.toISOString(),
    };
}
function serializeAudit(record) {
    const text = JSON.stringify(record, null, 2) + '\n';
    return { text, sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex') };
}
/** The candidate's whole-set metrics from the comparisons: the next production baseline. */
function candidateMetrics(documents) {
    const metrics = {};
    for (const { document } of documents) {
        if (document.kind !== 'compare-metrics')
            continue;
        for (const row of document.comparison.metrics)
            if (!row.slice && row.candidate !== null)
                metrics[row.name] = row.candidate;
    }
    return metrics;
}

// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
;// CONCATENATED MODULE: ./build/shared/gate/decision.js
// The gate's decision, as a pure function of the results documents and the
// facts about an override: pass, fail or overridden, with every reason. The
// gate decides from the checks: each document's status is recomputed from its
// checks by the status rule (the worst of them), and a document whose own
// status says otherwise was not written as holdout writes it. No decision
// passes when a document is missing, unparsable, could not be evaluated,
// carries no commit or was made for another commit; an override can lift a
// policy failure, never an integrity failure.

const ROLE_ORDER = ['read', 'triage', 'write', 'maintain', 'admin'];
function evaluateOverride(facts, policy) {
    if (!facts || !facts.present)
        return { honoured: false, reason: `no "${facts?.label ?? 'override'}" label on the pull request` };
    const known = facts.labeledBy && facts.labeledAt ? { actor: facts.labeledBy, at: facts.labeledAt } : {};
    if (facts.unknown)
        return { honoured: false, reason: facts.unknown, ...known };
    if (!facts.labeledBy || !facts.labeledAt)
        return { honoured: false, reason: `the "${facts.label}" label has no labeled event, so who added it cannot be verified` };
    const who = { actor: facts.labeledBy, at: facts.labeledAt };
    if (!facts.lastPushAt)
        return { honoured: false, reason: 'the time of the newest push could not be established', ...who };
    if (Date.parse(facts.labeledAt) <= Date.parse(facts.lastPushAt)) {
        return { honoured: false, reason: `the label was added at ${facts.labeledAt}, before the newest push at ${facts.lastPushAt} (${facts.lastPushSource ?? 'push'}); add it again after reviewing the new commits`, ...who };
    }
    const role = facts.actorRole;
    const rank = role ? ROLE_ORDER.indexOf(role) : -1;
    const enough = rank >= ROLE_ORDER.indexOf(policy.minimumRole) || (role !== undefined && policy.extraRoles.includes(role));
    if (!enough) {
        return { honoured: false, reason: `@${facts.labeledBy} has role ${role ?? 'none (not a collaborator)'}, below the required ${policy.minimumRole}${policy.extraRoles.length ? ` (or ${policy.extraRoles.join(', ')})` : ''}`, ...who };
    }
    if (!policy.allowSelfOverride && facts.pullRequestAuthor && facts.pullRequestAuthor.toLowerCase() === facts.labeledBy.toLowerCase()) {
        return { honoured: false, reason: `@${facts.labeledBy} is the pull request's author, and self-override is not allowed`, ...who };
    }
    return { honoured: true, reason: `overridden by @${facts.labeledBy} (${role}) at ${facts.labeledAt}`, ...who };
}
/** A document's status by the status rule: the worst of its checks' (pass when it has none). */
function documentStatus(document) {
    return (0,results_status/* worstStatus */.A4)(document.checks.map((c) => c.status));
}
function decide(input) {
    const integrity = [];
    const documents = input.documents.filter((d) => d.document.kind !== 'gate');
    if (documents.length === 0 && input.unreadable.length === 0)
        integrity.push('no results documents to decide on');
    for (const u of input.unreadable)
        integrity.push(`${u.file}: ${u.reason}`);
    for (const d of documents) {
        const sha = d.document.subject.gitSha;
        if (input.commit && !sha)
            integrity.push(`${d.file} names no commit (subject.gitSha), so it cannot be tied to the gated ${input.commit.slice(0, 12)}`);
        else if (input.commit && sha && sha !== input.commit)
            integrity.push(`${d.file} was made for commit ${sha.slice(0, 12)}, not the gated ${input.commit.slice(0, 12)}`);
        const recomputed = documentStatus(d.document);
        if (recomputed !== d.document.status)
            integrity.push(`${d.file} says ${d.document.status} but its checks say ${recomputed}: it was not written as holdout writes results`);
    }
    const reasons = [];
    for (const d of documents) {
        for (const check of d.document.checks) {
            if ((0,results_status/* statusFailsStep */.Cd)(check.status, input.failOn))
                reasons.push(`${d.document.title}: ${check.title}: ${check.message}`);
        }
    }
    // From the checks, never from a document's own status field.
    const status = (0,results_status/* worstStatus */.A4)(documents.map((d) => documentStatus(d.document)));
    const blocking = (0,results_status/* statusFailsStep */.Cd)(status, input.failOn);
    if (integrity.length > 0) {
        return { decision: 'fail', status: 'error', reason: `cannot decide: ${integrity[0]}${integrity.length > 1 ? ` (+${integrity.length - 1} more)` : ''}`, reasons: [...integrity, ...reasons], integrityProblems: integrity };
    }
    if (!blocking)
        return { decision: 'pass', status, reason: `all ${documents.length} results pass${status === 'warn' ? ' (with warnings)' : ''}`, reasons, integrityProblems: [] };
    const first = reasons[0] ?? `status ${status}`;
    if (input.override?.honoured)
        return { decision: 'overridden', status, reason: `${input.override.reason}; would fail: ${first}`, reasons, integrityProblems: [] };
    const refused = input.override && input.override.reason ? `; override refused: ${input.override.reason}` : '';
    return { decision: 'fail', status, reason: `${first}${reasons.length > 1 ? ` (+${reasons.length - 1} more)` : ''}${refused}`, reasons, integrityProblems: [] };
}

// EXTERNAL MODULE: ./build/shared/modelcard/card.js
var card = __webpack_require__(4536);
// EXTERNAL MODULE: ./build/shared/modelcard/check.js
var check = __webpack_require__(7136);
// EXTERNAL MODULE: ./build/shared/report/escape.js
var report_escape = __webpack_require__(1424);
;// CONCATENATED MODULE: ./build/shared/report/gate.js
// Markdown for a gate decision (job summary and check-run summary): the
// decision, shown as an override when it is one, the reasons, and the audit.


/** A decision's icon: a pass and a failure as the status table shows them; an override is none of the statuses. */
const ICON = { pass: (0,results_status/* statusIcon */.I8)('pass'), fail: (0,results_status/* statusIcon */.I8)('fail'), overridden: '🟡' };
function renderGateSummary(decision, audit, auditSha) {
    const lines = [`### ${ICON[decision.decision]} holdout gate: ${decision.decision === 'overridden' ? 'OVERRIDDEN (not a pass)' : decision.decision.toUpperCase()}`, '', (0,report_escape/* escapeMarkdown */.F)(decision.reason), ''];
    if (audit.override) {
        lines.push(`**Override** (${(0,report_escape/* escapeMarkdown */.F)(audit.override.label)}): ${audit.override.honoured ? 'honoured' : 'refused'} — ${(0,report_escape/* escapeMarkdown */.F)(audit.override.reason)}`, '');
    }
    if (decision.reasons.length > 0) {
        lines.push('<details><summary>Reasons</summary>', '');
        for (const r of decision.reasons.slice(0, 100))
            lines.push(`- ${(0,report_escape/* escapeMarkdown */.F)(r)}`);
        lines.push('', '</details>', '');
    }
    lines.push('| Input | Kind | sha256 |', '| --- | --- | --- |');
    for (const i of audit.inputs)
        lines.push(`| ${i.status in results_status/* STATUS_TABLE */.Km ? `${(0,results_status/* statusIcon */.I8)(i.status)} ` : ''}${(0,report_escape/* escapeMarkdown */.F)(i.file)} | ${i.kind} | ${i.sha256.slice(0, 16)}… |`);
    lines.push('', `Audit record sha256 \`${auditSha}\`; commit ${(0,report_escape/* escapeMarkdown */.F)((audit.commit ?? 'unknown').slice(0, 12))}; actor ${(0,report_escape/* escapeMarkdown */.F)(audit.actor ?? 'unknown')}.`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./build/shared/data/paths.js
var paths = __webpack_require__(1497);
// EXTERNAL MODULE: ./build/shared/results/io.js
var io = __webpack_require__(3517);
;// CONCATENATED MODULE: ./build/shared/gate/inputs.js
// The gate's inputs: every file the results globs match, each either a
// results document or an error naming the file — never skipped. Only a
// genuine profile (validate-data's profile-out, which may share the results
// directory) is left out, and only when it does not parse as a results
// document: a document that merely starts with `{"holdoutProfile": 1,` is
// read as the results document it is, or refused.



async function collectGateInputs(patterns, baseDir) {
    const out = { documents: [], unreadable: [], profiles: [] };
    let files;
    try {
        files = await (0,paths/* expandPaths */.p)(patterns, baseDir, 'results');
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        out.unreadable.push({ file: error.file ?? patterns.join(', '), reason: error.reason });
        return out;
    }
    for (const file of files) {
        try {
            const read = await (0,io/* readResultsFile */.B9)(file);
            if (read)
                out.documents.push(read);
            else
                out.profiles.push(file.display);
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            out.unreadable.push({ file: file.display, reason: error.reason });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/shared/gate/merge-queue.js
// Merge queues: on `merge_group`, the commit gated is the queue's head
// (merge_group.head_sha) and the pull request is named by the queue's branch,
// `refs/heads/gh-readonly-queue/<base branch>/pr-<number>-<head sha>` — the
// branch GitHub creates for each entry. An override carries over from that
// pull request, judged there exactly as on the pull request itself.
const QUEUE_REF = /^(?:refs\/heads\/)?gh-readonly-queue\/(.+)\/pr-(\d+)-([0-9a-f]{40}(?:[0-9a-f]{24})?)$/;
/** The pull request a merge group was made for, from its head_ref; undefined for any other ref. */
function queuedPullRequest(headRef) {
    if (typeof headRef !== 'string')
        return undefined;
    const match = QUEUE_REF.exec(headRef);
    if (!match)
        return undefined;
    return { baseRef: match[1], number: Number(match[2]), headSha: match[3] };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./build/shared/gate/promotion.js
// Registry promotion as the gate records it: what `promote` and
// `promote-candidate` ask for (parsed once, before anything is written), and
// the record of what a promotion — or a rollback — did in the registry, which
// goes into the audit record and the deployment payload, so that a later
// rollback knows what to move back. Pure: the registry calls are the vendor
// clients' (shared/mlflow/promote.ts, shared/sagemaker/promote.ts).


/** The registry target of `promote`: mlflow:<model>@<alias> (also mlflow:models:/<model>@<alias>) or sagemaker:<model-package-group>. */
function parsePromoteTarget(spec) {
    const how = `promote "${spec}": write mlflow:<model>@<alias> (e.g. mlflow:churn@champion) or sagemaker:<model-package-group>`;
    const mlflow = /^mlflow:(?:models:\/)?(.+)@([^@\s/:]+)$/.exec(spec.trim());
    if (mlflow) {
        const model = mlflow[1];
        if (model.trim() === '' || model.includes(':'))
            throw new errors/* ConfigurationError */.j1(how);
        return { registry: 'mlflow', model, alias: mlflow[2] };
    }
    const sagemaker = /^sagemaker:([A-Za-z0-9](?:-*[A-Za-z0-9]){0,62})$/.exec(spec.trim());
    if (sagemaker)
        return { registry: 'sagemaker', group: sagemaker[1] };
    throw new errors/* ConfigurationError */.j1(how);
}
/**
 * What to promote, from the two options; undefined when `promote` is not set.
 * The candidate is, for MLflow, a version number, @<alias> (e.g. @challenger)
 * or runs/<run_id> (the newest version registered from that run); for
 * SageMaker, the model package's ARN, which must belong to the group.
 */
function promotionRequest(promote, candidate, environment) {
    if (promote === undefined) {
        if (candidate !== undefined)
            throw new errors/* ConfigurationError */.j1('promote-candidate is set without promote: name the registry target too (mlflow:<model>@<alias> or sagemaker:<model-package-group>)');
        return undefined;
    }
    const target = parsePromoteTarget(promote);
    if (!environment)
        throw new errors/* ConfigurationError */.j1(`promote needs environment: the registry is promoted on an approved deploy (deploy mode)`);
    const value = candidate?.trim();
    if (!value) {
        throw new errors/* ConfigurationError */.j1(target.registry === 'mlflow'
            ? `promote ${promote} needs promote-candidate: the candidate's version number, @<alias> or runs/<run_id>`
            : `promote ${promote} needs promote-candidate: the candidate's model package ARN`);
    }
    if (target.registry === 'mlflow') {
        let parsed;
        if (/^\d+$/.test(value))
            parsed = { version: String(Number(value)) };
        else if (/^@[^@\s/:]+$/.test(value))
            parsed = { alias: value.slice(1) };
        else if (/^runs:?\/[A-Za-z0-9_-]+$/.test(value))
            parsed = { runId: value.replace(/^runs:?\//, '') };
        if (!parsed)
            throw new errors/* ConfigurationError */.j1(`promote-candidate "${value}": for ${promote} write the version number (e.g. 7), @<alias> (e.g. @challenger) or runs/<run_id>`);
        if ('alias' in parsed && parsed.alias === target.alias)
            throw new errors/* ConfigurationError */.j1(`promote-candidate "${value}" is the alias being moved: name the candidate by version, another alias or its run`);
        return { ...target, candidate: parsed, spec: promote };
    }
    const arn = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/([^/]+)\/\d+$/.exec(value);
    if (!arn)
        throw new errors/* ConfigurationError */.j1(`promote-candidate "${value}": for ${promote} write the model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/${target.group}/<version>)`);
    if (arn[1].toLowerCase() !== target.group.toLowerCase())
        throw new errors/* ConfigurationError */.j1(`promote-candidate ${value} is a package of group "${arn[1]}", not of ${promote}`);
    return { registry: 'sagemaker', group: target.group, arn: value, spec: promote };
}
const versionRef = schemas/* object */.Ikc({ version: schemas/* string */.YjP(), run_id: schemas/* string */.YjP().nullable() });
/**
 * What the registry looks like after a deploy (or a rollback), and what it
 * looked like before: MLflow's alias with the version it points to now
 * (current) and pointed to before (previous; null when it did not exist);
 * SageMaker's group with the package Approved now (package) and the newest
 * one Approved before (previous), and on a rollback the package rejected.
 */
const registryPromotionSchema = schemas/* discriminatedUnion */.gMt('registry', [
    schemas/* object */.Ikc({
        registry: schemas/* literal */.euz('mlflow'),
        server: schemas/* string */.YjP(),
        model: schemas/* string */.YjP(),
        alias: schemas/* string */.YjP(),
        previous: versionRef.nullable(),
        current: versionRef.nullable(),
        moved: schemas/* boolean */.zMY(),
    }),
    schemas/* object */.Ikc({
        registry: schemas/* literal */.euz('sagemaker'),
        region: schemas/* string */.YjP(),
        group: schemas/* string */.YjP(),
        package: schemas/* string */.YjP().nullable(),
        previous: schemas/* string */.YjP().nullable(),
        rejected: schemas/* string */.YjP().nullable().optional(),
    }),
]);
/** One line for the summary and the log. */
function describePromotion(p) {
    if (p.registry === 'mlflow') {
        const name = `${p.model}@${p.alias}`;
        const to = p.current ? `version ${p.current.version}` : 'nothing (removed)';
        const from = p.previous ? `version ${p.previous.version}` : 'not set';
        return p.moved ? `MLflow ${name}: ${from} → ${to}` : `MLflow ${name}: already ${to}`;
    }
    const rejected = p.rejected ? `; ${p.rejected} Rejected` : '';
    return `SageMaker ${p.group}: ${p.package ?? 'no package'} Approved${p.previous ? ` (newest Approved before: ${p.previous})` : ' (the first Approved package)'}${rejected}`;
}

// EXTERNAL MODULE: ./build/shared/results/schema.js + 1 modules
var schema = __webpack_require__(6941);
// EXTERNAL MODULE: ./build/shared/io/user-file.js
var user_file = __webpack_require__(3349);
;// CONCATENATED MODULE: ./build/shared/github/gate.js
// GitHub side of the gate: the facts an override rests on (label, who added
// it and when, the newest push as GitHub recorded it, the actor's role), the check run (with
// annotations in batches of 50, or a commit status when checks: write is
// missing), and deployments that carry the production baseline.
const gate_status = (error) => error?.status;
/**
 * The facts an override rests on, all recorded by GitHub itself:
 * - who added the label and when: the newest `labeled` event for it in the
 *   pull request's timeline (actor and created_at);
 * - when the head last changed: the newest activity GitHub records on the
 *   head branch (the repository activity API: push, force_push,
 *   branch_creation with GitHub's timestamp, in the head repository) and any
 *   head_ref_force_pushed / head_ref_restored event in the timeline. That
 *   activity must have moved the branch to the pull request's head; if it
 *   did not, or cannot be read, the time of the newest push is unknown and
 *   the override is refused, naming the permission.
 * Never a commit's author or committer date (its author writes them), and
 * never the first workflow run on the head commit (a commit can run CI on
 * another branch long before it is pushed here).
 */
async function overrideFacts(octokit, repo, pullNumber, label) {
    const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
    const present = pull.labels.some((l) => l.name === label);
    const facts = { label, present, pullRequestAuthor: pull.user?.login, headSha: pull.head.sha };
    if (!present)
        return facts;
    let timeline;
    try {
        timeline = (await octokit.paginate(octokit.rest.issues.listEventsForTimeline, { ...repo, issue_number: pullNumber, per_page: 100 }));
    }
    catch (error) {
        if (gate_status(error) !== 403 && gate_status(error) !== 404)
            throw error;
        facts.unknown = `cannot read the timeline of pull request #${pullNumber} (${gate_status(error)}), so who added the label and when cannot be verified: the token needs pull-requests: read (or issues: read)`;
        return facts;
    }
    const at = (e) => Date.parse(e.created_at ?? '');
    const labeled = timeline
        .filter((e) => e.event === 'labeled' && e.label?.name === label && e.created_at)
        .reduce((newest, e) => (!newest || at(e) >= at(newest) ? e : newest), undefined);
    facts.labeledBy = labeled?.actor?.login;
    facts.labeledAt = labeled?.created_at;
    const changes = [];
    for (const e of timeline) {
        if ((e.event === 'head_ref_force_pushed' || e.event === 'head_ref_restored') && e.created_at)
            changes.push({ at: e.created_at, source: `${e.event.replace(/_/g, ' ')} by @${e.actor?.login ?? 'unknown'}` });
    }
    const headRepo = pull.head.repo?.full_name;
    const ref = `refs/heads/${pull.head.ref}`;
    if (!headRepo) {
        facts.unknown = `the head repository of pull request #${pullNumber} is gone, so when its head was last pushed cannot be established`;
        return facts;
    }
    const [owner, name] = headRepo.split('/');
    try {
        const { data } = await octokit.rest.repos.listActivities({ owner, repo: name, ref, direction: 'desc', per_page: 100 });
        const onRef = data.filter((a) => a.ref === ref && a.activity_type !== 'branch_deletion').sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
        const newest = onRef[0];
        if (!newest) {
            facts.unknown = `GitHub records no push to ${headRepo}:${pull.head.ref}, so when the head ${pull.head.sha.slice(0, 12)} was pushed cannot be established`;
        }
        else if (newest.after !== pull.head.sha) {
            facts.unknown = `the newest push GitHub records on ${headRepo}:${pull.head.ref} (${newest.timestamp}) moved it to ${newest.after.slice(0, 12)}, not the pull request's head ${pull.head.sha.slice(0, 12)}`;
        }
        else {
            changes.push({ at: newest.timestamp, source: `${newest.activity_type.replace(/_/g, ' ')} of ${newest.after.slice(0, 12)} to ${headRepo}:${pull.head.ref}${newest.actor ? ` by @${newest.actor.login}` : ''}` });
        }
    }
    catch (error) {
        if (gate_status(error) !== 403 && gate_status(error) !== 404)
            throw error;
        facts.unknown = `cannot read the repository activity of ${headRepo} (${gate_status(error)}), so when the head ${pull.head.sha.slice(0, 12)} was pushed cannot be established: the token needs contents: read on ${headRepo}`;
    }
    const newestChange = changes.reduce((n, c) => (!n || Date.parse(c.at) > Date.parse(n.at) ? c : n), undefined);
    if (newestChange && !facts.unknown) {
        facts.lastPushAt = newestChange.at;
        facts.lastPushSource = newestChange.source;
    }
    if (facts.labeledBy) {
        try {
            const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: facts.labeledBy });
            facts.actorRole = data.role_name ?? data.permission;
        }
        catch (error) {
            if (gate_status(error) !== 404)
                throw error;
        }
    }
    return facts;
}
async function publishCheck(octokit, repo, sha, name, conclusion, output, annotations, detailsUrl) {
    const toCheck = (a) => ({
        path: a.file ?? '.',
        start_line: a.line ?? 1,
        end_line: a.line ?? 1,
        annotation_level: a.level === 'error' ? 'failure' : a.level === 'warning' ? 'warning' : 'notice',
        message: a.message.slice(0, 64 * 1024),
        title: a.title?.slice(0, 255),
    });
    const located = annotations.filter((a) => a.file).map(toCheck);
    const batches = [];
    for (let i = 0; i < located.length; i += 50)
        batches.push(located.slice(i, i + 50));
    try {
        const { data } = await octokit.rest.checks.create({
            ...repo, name, head_sha: sha, status: 'completed', conclusion, details_url: detailsUrl,
            output: { ...output, annotations: batches[0] ?? [] },
        });
        for (const batch of batches.slice(1)) {
            await octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: { title: output.title, summary: output.summary, annotations: batch } });
        }
        return { checkRunId: data.id };
    }
    catch (error) {
        if (gate_status(error) !== 403)
            throw error;
        // No checks: write (e.g. a token without it): a commit status still blocks a protected branch.
        const state = conclusion === 'failure' ? 'failure' : 'success';
        await octokit.rest.repos.createCommitStatus({ ...repo, sha, state, context: name, description: output.title.slice(0, 140), target_url: detailsUrl });
        return { fallback: `could not create a check run (403: ${error.message}); wrote commit status "${name}" instead` };
    }
}
/** Creates the deployment that carries the candidate's metrics (the next production baseline once recorded as success). */
async function createDeployment(octokit, repo, sha, environment, payload, description) {
    const { data } = await octokit.rest.repos.createDeployment({
        ...repo, ref: sha, environment, payload: payload, description: description.slice(0, 140),
        auto_merge: false, required_contexts: [], production_environment: environment === 'production' ? true : undefined,
    });
    if (!('id' in data))
        throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no id'}`);
    return data.id;
}
/**
 * The deployment's first status, queued, whose description is the gate's
 * decision and whose log links to the run: a release manager asked to
 * approve the environment sees the decision on the deployment and the report
 * in the run's job summary.
 */
async function announceDeployment(octokit, repo, deploymentId, description, logUrl) {
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: deploymentId, state: 'queued', description: description.slice(0, 140), ...(logUrl ? { log_url: logUrl } : {}) });
}
/** Marks the newest holdout deployment of this commit to the environment as succeeded or failed. */
async function recordDeployment(octokit, repo, sha, environment, state) {
    const { data } = await octokit.rest.repos.listDeployments({ ...repo, sha, environment, per_page: 30 });
    const ours = data.find((d) => typeof d.payload === 'object' && d.payload !== null && 'holdout' in d.payload);
    if (!ours)
        return undefined;
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: ours.id, state, description: state === 'success' ? 'deployed; these metrics are now the production baseline' : 'deploy failed; the previous baseline stays' });
    return ours.id;
}

// EXTERNAL MODULE: ./build/shared/github/pull-request.js
var pull_request = __webpack_require__(8451);
// EXTERNAL MODULE: ./build/shared/steps/common.js
var common = __webpack_require__(779);
// EXTERNAL MODULE: ./build/shared/export/files.js + 2 modules
var files = __webpack_require__(5918);
// EXTERNAL MODULE: ./build/shared/steps/options.js
var options = __webpack_require__(3846);
;// CONCATENATED MODULE: ./build/shared/gate/rollback.js
// Which deployment a rollback re-deploys, as a pure function of the
// environment's deployments (newest first, each with its statuses, newest
// first). The deployment rolled back is what is in production: the newest one
// whose latest status is success. The target is the newest earlier
// deployment holdout recorded that once succeeded (its latest status may be
// `inactive`: GitHub marks earlier successful deployments so when a newer one
// succeeds), of another commit, and not itself rolled back before — so a
// second rollback goes one further back instead of re-deploying what the
// first one removed.



/** The part of a holdout deployment payload a rollback reads (baseline/payload.ts is the whole record). */
const holdoutPayload = schemas/* object */.Ikc({
    holdout: schemas/* looseObject */._H3({
        version: schemas/* literal */.euz(1),
        decision: schemas/* enum */.k5n(['pass', 'overridden']),
        metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
        model: schemas/* string */.YjP().optional(),
        commit: schemas/* string */.YjP(),
        audit: schemas/* object */.Ikc({ sha256: schemas/* string */.YjP() }),
        promotion: registryPromotionSchema.optional(),
        rollback: schemas/* object */.Ikc({ of: schemas/* number */.aig(), to: schemas/* number */.aig() }).optional(),
    }),
});
/** The holdout record in a deployment's payload (as an object or as JSON text), or undefined. */
function holdoutPayloadOf(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    const parsed = holdoutPayload.safeParse(value);
    return parsed.success ? parsed.data.holdout : undefined;
}
/** The original deploy a rollback deployment deployed again, and its promotion; undefined when not found. */
function originalDeploy(rollbackTo, deployments) {
    const seen = new Set();
    let id = rollbackTo;
    while (!seen.has(id)) {
        seen.add(id);
        const holdout = holdoutPayloadOf(deployments.find((d) => d.id === id)?.payload);
        if (!holdout)
            return undefined;
        if (!holdout.rollback)
            return { id, promotion: holdout.promotion };
        id = holdout.rollback.to;
    }
    return undefined;
}
function planRollback(environment, deployments) {
    const ordered = [...deployments].sort((a, b) => b.id - a.id);
    const index = ordered.findIndex((d) => d.states[0] === 'success');
    if (index < 0)
        throw new errors/* ConfigurationError */.j1(`rollback: no successful deployment to ${environment} to roll back`);
    const current = ordered[index];
    const currentHoldout = holdoutPayloadOf(current.payload);
    const rolledBack = new Set();
    for (const d of ordered) {
        const rollback = holdoutPayloadOf(d.payload)?.rollback;
        if (rollback && d.states.includes('success'))
            rolledBack.add(rollback.of);
    }
    for (const d of ordered.slice(index + 1)) {
        if (!d.states.includes('success') || rolledBack.has(d.id) || d.sha === current.sha)
            continue;
        const holdout = holdoutPayloadOf(d.payload);
        if (!holdout)
            continue;
        const redeployed = currentHoldout?.rollback ? originalDeploy(currentHoldout.rollback.to, ordered) : undefined;
        return { from: { ...current, holdout: currentHoldout }, to: { ...d, holdout }, promotion: currentHoldout?.promotion, ...(redeployed ? { redeployed } : {}) };
    }
    throw new errors/* ConfigurationError */.j1(`rollback: no earlier successful holdout deployment to ${environment} of another commit than deployment ${current.id} (${current.sha.slice(0, 12)}), so there is nothing to roll back to`);
}

;// CONCATENATED MODULE: ./build/shared/mlflow/promote.js
// Promotion in the MLflow Model Registry: on an approved deploy, move an
// alias (e.g. champion) to the candidate's version, and say where it pointed
// before, so the audit record can carry it and a rollback can move it back.
// The candidate is named by version, by another alias (challenger) or by the
// run that produced it (the newest version registered from that run).

const versionOf = (v) => ({ version: v.version, run_id: v.run_id ?? null });
/** The candidate's model version; a ConfigurationError naming what was asked when there is none. */
async function candidateVersion(client, model, candidate) {
    if ('version' in candidate) {
        const found = await client.modelVersion(model, candidate.version);
        if (!found)
            throw new errors/* ConfigurationError */.j1(`MLflow at ${client.where}: registered model "${model}" has no version ${candidate.version} to promote`);
        return found;
    }
    if ('alias' in candidate) {
        const found = await client.modelVersionByAlias(model, candidate.alias);
        if (!found)
            throw new errors/* ConfigurationError */.j1(`MLflow at ${client.where}: registered model "${model}" has no alias "${candidate.alias}" to promote`);
        return found;
    }
    if (!/^[A-Za-z0-9_-]+$/.test(candidate.runId))
        throw new errors/* ConfigurationError */.j1(`MLflow run id "${candidate.runId}" is not a run id`);
    const versions = await client.searchModelVersions(`name='${model.replace(/'/g, "\\'")}' AND run_id='${candidate.runId}'`);
    const newest = versions.filter((v) => v.name === model && v.run_id === candidate.runId).sort((a, b) => Number(b.version) - Number(a.version))[0];
    if (!newest)
        throw new errors/* ConfigurationError */.j1(`MLflow at ${client.where}: no version of "${model}" was registered from run ${candidate.runId}; register it (mlflow.register_model) before the deploy`);
    return newest;
}
/**
 * Moves `alias` of `model` to the candidate's version and says where it
 * pointed before. Already there: nothing is written (moved false). A token
 * that may not edit the model fails with one line naming the permission.
 */
async function promoteAlias(client, request) {
    const { model, alias } = request;
    const target = await candidateVersion(client, model, request.candidate);
    const before = await client.modelVersionByAlias(model, alias);
    const moved = before?.version !== target.version;
    if (moved)
        await client.setAlias(model, alias, target.version);
    return { registry: 'mlflow', server: client.where, model, alias, previous: before ? versionOf(before) : null, current: versionOf(target), moved };
}
/**
 * Undoes a promotion: the alias goes back to the previous version, or is
 * removed when there was none. Only when it still points where the promotion
 * put it: a newer promotion since is left alone (returns false).
 */
async function rollbackAlias(client, promotion) {
    const now = await client.modelVersionByAlias(promotion.model, promotion.alias);
    if (now?.version !== promotion.current.version)
        return false;
    if (promotion.previous)
        await client.setAlias(promotion.model, promotion.alias, promotion.previous.version);
    else
        await client.deleteAlias(promotion.model, promotion.alias);
    return true;
}
/**
 * A rollback's move: the alias goes from where the rolled-back deploy put it
 * (`from`) to `to` (the version deployed again, or null: remove the alias, as
 * before the first promotion). Already at `to`: nothing is written. Pointing
 * anywhere else: a newer promotion happened since, which a rollback does not
 * undo blindly — a ConfigurationError saying where it points.
 */
async function restoreAlias(client, request) {
    const { model, alias, from, to } = request;
    const now = await client.modelVersionByAlias(model, alias);
    const record = (moved) => ({ registry: 'mlflow', server: client.where, model, alias, previous: now ? versionOf(now) : null, current: to, moved });
    if ((now?.version ?? null) === (to?.version ?? null))
        return record(false);
    if ((now?.version ?? null) !== (from?.version ?? null)) {
        throw new errors/* ConfigurationError */.j1(`MLflow at ${client.where}: ${model}@${alias} points to ${now ? `version ${now.version}` : 'nothing'}, not ${from ? `version ${from.version}` : 'nothing'} where ${request.rolledBack} left it: it moved since, and a rollback does not undo a newer promotion (move it by hand)`);
    }
    if (to)
        await client.setAlias(model, alias, to.version);
    else
        await client.deleteAlias(model, alias);
    return record(true);
}

// EXTERNAL MODULE: ./build/shared/baseline/mlflow.js
var baseline_mlflow = __webpack_require__(7593);
;// CONCATENATED MODULE: ./build/shared/sagemaker/promote.js
// Promotion in the SageMaker Model Registry: on an approved deploy, set the
// candidate package's approval status to Approved (sagemaker: then reads it
// as the newest Approved package) and say which package it supersedes, for
// the audit record; a rollback sets the candidate back (Rejected), and the
// previous Approved package is the baseline again.
async function approvePackage(registry, request) {
    const before = await registry.newestApproved(request.group);
    await registry.setApproval(request.arn, 'Approved', request.description);
    return { registry: 'sagemaker', region: registry.region, group: request.group, package: request.arn, previous: before && before.arn !== request.arn ? before.arn : null, status: 'Approved' };
}
/**
 * A rollback's change: the package the rolled-back deploy approved is set to
 * Rejected, and the package deployed again (when the rollback knows it) is
 * Approved — unless it is already the newest Approved one — so that
 * sagemaker:<group> reads it again. Says which package is the newest Approved
 * afterwards, which is what sagemaker: baselines read.
 */
async function rejectPackage(registry, request) {
    await registry.setApproval(request.reject, 'Rejected', request.description);
    let newest = await registry.newestApproved(request.group);
    if (request.restore && newest?.arn !== request.restore) {
        await registry.setApproval(request.restore, 'Approved', request.description);
        newest = await registry.newestApproved(request.group);
    }
    return { registry: 'sagemaker', region: registry.region, group: request.group, package: newest?.arn ?? null, previous: request.reject, rejected: request.reject };
}

;// CONCATENATED MODULE: ./build/shared/steps/gate-registry.js
// The gate's registry side and its rollback: on an approved deploy, promote
// the candidate in the model registry `promote` names (MLflow alias,
// SageMaker approval status) and say what it replaced; in `mode: rollback`,
// deploy the previous successful deployment's commit again with its payload,
// audited, and move back what the rolled-back deploy promoted. A failed
// registry call fails the step with one line (the clients' errors carry no
// credentials), before anything is recorded on GitHub; a GitHub call that
// fails after the promotion undoes it (Promoted.undo).










const NO_SAGEMAKER = 'sagemaker needs AWS_REGION (and credentials from the AWS SDK\'s standard chain, e.g. aws-actions/configure-aws-credentials)';
/** The registry call's error as the step's one line, naming what was being done. */
async function registryCall(what, run) {
    try {
        return await run();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw new errors/* ConfigurationError */.j1(`holdout gate: ${what} failed: ${error.message}`);
        // Anything else (the SDK failing to load, a bug) is still one line: never the stack of a client that holds credentials.
        throw new errors/* ConfigurationError */.j1(`holdout gate: ${what} failed: ${error?.message ?? String(error)}`.replace(/\s+/g, ' '));
    }
}
/** Promotes the candidate the request names. */
async function promoteCandidate(request, env, description) {
    if (request.registry === 'mlflow') {
        const mlflow = env.mlflow;
        if (!mlflow)
            throw new errors/* ConfigurationError */.j1(`holdout gate: promote ${request.spec}: ${baseline_mlflow/* NO_MLFLOW */.yP}`);
        const done = await registryCall(`promoting ${request.model}@${request.alias} in MLflow`, () => promoteAlias(mlflow, { model: request.model, alias: request.alias, candidate: request.candidate }));
        const record = { registry: 'mlflow', server: done.server, model: done.model, alias: done.alias, previous: done.previous, current: done.current, moved: done.moved };
        const name = `MLflow ${done.model}@${done.alias}`;
        const before = done.previous ? `version ${done.previous.version}` : 'not set';
        return {
            record,
            async undo() {
                if (!done.moved)
                    return `the registry was not changed (${name} already pointed to version ${done.current.version})`;
                try {
                    await registryCall(`moving ${done.model}@${done.alias} back in MLflow`, () => restoreAlias(mlflow, { model: done.model, alias: done.alias, from: done.current, to: done.previous, rolledBack: 'this gate run' }));
                    return `the promotion was undone: ${name} is ${done.previous ? `back at version ${done.previous.version}` : 'removed again'}`;
                }
                catch (error) {
                    return `undoing the promotion failed too (${error.message}): ${name} was moved to version ${done.current.version} by this run and not moved back (before: ${before}); move it by hand`;
                }
            },
        };
    }
    const sagemaker = env.sagemaker;
    if (!sagemaker)
        throw new errors/* ConfigurationError */.j1(`holdout gate: promote ${request.spec}: ${NO_SAGEMAKER}`);
    // approvePackage reads the newest Approved package first: kept here, to know whether the candidate already was it.
    let newestBefore;
    const watched = {
        region: sagemaker.region,
        newestApproved: async (group) => {
            const found = await sagemaker.newestApproved(group);
            newestBefore ??= found?.arn ?? '';
            return found;
        },
        readS3: (uri) => sagemaker.readS3(uri),
        setApproval: (arn, status, text) => sagemaker.setApproval(arn, status, text),
    };
    const done = await registryCall(`approving ${request.arn} in SageMaker`, () => approvePackage(watched, { arn: request.arn, group: request.group, description: description.slice(0, 1000) }));
    const record = { registry: 'sagemaker', region: done.region, group: done.group, package: done.package, previous: done.previous };
    return {
        record,
        async undo() {
            if (newestBefore === done.package)
                return `the registry was not changed (${done.package} already was the newest Approved package of ${done.group})`;
            const reads = done.previous ? `${done.previous} is the newest Approved package again` : `${done.group} has no Approved package again`;
            try {
                // Approving the candidate changed no other package: rejecting it is the whole undo.
                await registryCall(`rejecting ${done.package} in SageMaker`, () => sagemaker.setApproval(done.package, 'Rejected', `holdout gate: undone, the deployment could not be recorded on GitHub. ${description}`.slice(0, 1000)));
                return `the promotion was undone: ${done.package} is Rejected and ${reads}`;
            }
            catch (error) {
                return `undoing the promotion failed too (${error.message}): ${done.package} was set Approved by this run and stays Approved, the newest Approved package of ${done.group} (which sagemaker:${done.group} reads); reject it by hand`;
            }
        },
    };
}
/**
 * The promotion whose `previous` is where the registry pointed before the
 * rolled-back deploy. For a deploy, its own record. For a rollback, not its
 * own record (whose `previous` is the model that rollback removed) but the
 * record of the original deploy it deployed again; when that is not known, a
 * one-line refusal rather than a guess.
 */
function before(plan, matches, what) {
    const rollback = plan.from.holdout?.rollback;
    if (!rollback)
        return plan.promotion;
    const original = plan.redeployed?.promotion;
    if (original && matches(original))
        return original;
    throw new errors/* ConfigurationError */.j1(`holdout gate: rollback: deployment ${plan.from.id} is itself a rollback to deployment ${rollback.to}, and ${plan.redeployed ? `deployment ${plan.redeployed.id} (the deploy it deployed again) recorded no promotion of ${what}` : `deployment ${rollback.to} is not among the environment's deployments`}, so where ${what} pointed before it is not known: move it by hand`);
}
/** Moves back what the rolled-back deploy promoted; the record of the move, or undefined when it promoted nothing. */
async function restoreRegistry(plan, env, description) {
    const promoted = plan.promotion;
    if (!promoted)
        return undefined;
    const rolledBack = `deployment ${plan.from.id}`;
    const earlier = plan.to.holdout.promotion;
    if (promoted.registry === 'mlflow') {
        const mlflow = env.mlflow;
        if (!mlflow)
            throw new errors/* ConfigurationError */.j1(`holdout gate: rollback: ${rolledBack} promoted ${promoted.model}@${promoted.alias} at ${promoted.server}; ${baseline_mlflow/* NO_MLFLOW */.yP}`);
        if (mlflow.where !== promoted.server)
            throw new errors/* ConfigurationError */.j1(`holdout gate: rollback: ${rolledBack} promoted ${promoted.model}@${promoted.alias} at ${promoted.server}, but MLflow is now ${mlflow.where}`);
        // Back to the version the deployment deployed again was promoted to, else to where the alias pointed before the rolled-back deploy.
        const same = earlier?.registry === 'mlflow' && earlier.model === promoted.model && earlier.alias === promoted.alias && earlier.server === promoted.server;
        const to = same ? earlier.current : before({ ...plan, promotion: promoted }, (p) => p.registry === 'mlflow' && p.model === promoted.model && p.alias === promoted.alias && p.server === promoted.server, `${promoted.model}@${promoted.alias}`).previous;
        return registryCall(`moving ${promoted.model}@${promoted.alias} back in MLflow`, () => restoreAlias(mlflow, { model: promoted.model, alias: promoted.alias, from: promoted.current, to, rolledBack }));
    }
    const sagemaker = env.sagemaker;
    if (!sagemaker)
        throw new errors/* ConfigurationError */.j1(`holdout gate: rollback: ${rolledBack} approved a package of SageMaker group ${promoted.group}; ${NO_SAGEMAKER}`);
    if (sagemaker.region !== promoted.region)
        throw new errors/* ConfigurationError */.j1(`holdout gate: rollback: ${rolledBack} approved a package of ${promoted.group} in ${promoted.region}, but AWS_REGION is ${sagemaker.region}`);
    if (!promoted.package)
        return undefined;
    const reject = promoted.package;
    const same = earlier?.registry === 'sagemaker' && earlier.group === promoted.group && earlier.region === promoted.region;
    const restore = same ? earlier.package : before({ ...plan, promotion: promoted }, (p) => p.registry === 'sagemaker' && p.group === promoted.group && p.region === promoted.region, `SageMaker group ${promoted.group}`).previous;
    const done = await registryCall(`rejecting ${reject} in SageMaker`, () => rejectPackage(sagemaker, { group: promoted.group, reject, restore, description: description.slice(0, 1000) }));
    if (restore && done.package !== restore)
        env.logger.warning(`holdout gate: rollback: the newest Approved package of ${promoted.group} is ${done.package}, not ${restore}: sagemaker:${promoted.group} reads it`);
    return done;
}
/** The environment's deployments, newest first, each with the states of its statuses. */
async function deploymentHistory(env, environment) {
    const { octokit, repo } = env.github;
    const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repo, environment, per_page: 100 });
    const facts = [];
    for (const d of deployments) {
        const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 100 });
        facts.push({ id: d.id, sha: d.sha, createdAt: d.created_at, payload: d.payload, states: statuses.map((s) => s.state) });
    }
    return facts;
}
/**
 * mode: rollback. The deployment in production (the newest successful one)
 * is rolled back to the newest earlier successful holdout deployment of
 * another commit: a new deployment of that commit with its payload (its
 * metrics, so deployment:<environment> reads them again) and the rollback's
 * own audit record, recorded as success at once; the registry alias or
 * package the rolled-back deploy promoted is moved back first.
 */
async function runRollback(options, env) {
    const environment = options.environment;
    if (!environment)
        throw new errors/* ConfigurationError */.j1('mode: rollback needs environment: the deployment to roll back is the one in production there');
    if (options.record)
        throw new errors/* ConfigurationError */.j1('mode: rollback records its own deployment: leave record out');
    if (!env.github)
        throw new errors/* ConfigurationError */.j1('mode: rollback needs a token (deployments: write) and the repository');
    const { octokit, repo } = env.github;
    const plan = planRollback(environment, await deploymentHistory(env, environment));
    const now = env.now?.() ?? new Date();
    const description = `holdout rollback of deployment ${plan.from.id} to deployment ${plan.to.id} (${plan.to.sha.slice(0, 12)})`;
    const promotion = await restoreRegistry(plan, env, description);
    const audit = buildRollbackAudit(plan, { actor: env.actor, event: env.eventName, runUrl: env.runUrl, environment, promotion, now });
    const { text: auditText, sha256: auditSha } = serializeAudit(audit);
    const { promotion: earlier, rollback: _previousRollback, ...kept } = plan.to.holdout;
    const holdout = {
        ...kept,
        version: payload/* DEPLOYMENT_PAYLOAD_VERSION */.uE,
        audit: { sha256: auditSha },
        recordedAt: audit.createdAt,
        rollback: { of: plan.from.id, to: plan.to.id },
        // The registry as it is now: what the rollback moved, else what the redeployed deploy had promoted.
        ...(promotion ?? earlier ? { promotion: promotion ?? earlier } : {}),
    };
    const id = await createDeployment(octokit, repo, plan.to.sha, environment, { holdout }, description);
    await octokit.rest.repos.createDeploymentStatus({
        ...repo, deployment_id: id, state: 'success',
        description: `rolled back from deployment ${plan.from.id}; these metrics are the production baseline again`.slice(0, 140),
        ...(env.runUrl ? { log_url: env.runUrl } : {}),
    });
    const lines = [
        `### holdout gate: rolled back ${environment}`,
        '',
        `Deployment ${plan.from.id} (${plan.from.sha.slice(0, 12)}) rolled back to the model of deployment ${plan.to.id} (${plan.to.sha.slice(0, 12)}${plan.to.holdout.model ? `, ${plan.to.holdout.model}` : ''}): new deployment ${id}, recorded as success; its metrics are the production baseline (\`deployment:${environment}\`) again.`,
        '',
    ];
    if (promotion)
        lines.push(`Registry: ${describePromotion(promotion)}.`, '');
    else if (plan.promotion === undefined)
        lines.push('The rolled-back deploy promoted nothing in a model registry.', '');
    lines.push(`Audit record sha256 \`${auditSha}\`.`);
    return {
        document: undefined,
        files: [{ path: (0,user_file/* userFile */.M)(env.workspace, options['audit-file']).path, text: auditText }],
        annotations: [],
        summary: lines.join('\n') + '\n',
        outputs: {
            decision: 'rollback',
            reason: audit.reason,
            'audit-file': options['audit-file'],
            'deployment-id': id,
            commit: plan.to.sha,
            model: plan.to.holdout.model,
            promotion: promotion ? describePromotion(promotion) : undefined,
        },
    };
}

;// CONCATENATED MODULE: ./build/shared/steps/gate.js
// The gate step: its options, and the step — decide, evaluate an override,
// publish the check run, and in deploy mode create (or record) the
// deployment that carries the production baseline — to the gate's results
// document, the audit record, the job summary and outputs.


















const gateOptions = (0,options/* defineOptions */.GM)({
    results: options/* option */.uK.list({
        description: 'Results documents to decide on (globs). A glob that matches nothing fails.',
        default: [common/* DEFAULT_RESULTS_GLOB */.g2],
        config: false,
        flag: 'positional',
    }),
    'fail-on': options/* option */.uK.enum(common/* GATE_FAIL_ON */.VC)({ description: 'fail (default): fail and error block; warn: warnings block too.', default: 'fail' }),
    'check-name': options/* option */.uK.string({ description: 'Name of the check run (require it in branch protection).', default: 'holdout / gate', flag: false }),
    'override-label': options/* option */.uK.string({
        description: 'Label that overrides a failing decision, when added after the newest push by a user with override-role.',
        default: 'holdout:override',
        flag: false,
    }),
    'override-role': options/* option */.uK.enum(ROLE_ORDER)({
        description: 'Lowest repository role that may override: read < triage < write < maintain < admin.',
        default: 'maintain',
        flag: false,
    }),
    'override-roles': options/* option */.uK.list({ description: 'Custom repository role names that may override too (comma- or newline-separated).', default: [], flag: false }),
    'allow-self-override': options/* option */.uK.boolean({ description: "Whether the pull request's author may override their own pull request.", default: false, flag: false }),
    environment: options/* option */.uK.string({
        description: 'Deploy mode: on a passing decision, create a deployment to this environment whose payload records the candidate metrics (the next production baseline once recorded as success).',
        flag: false,
    }),
    record: options/* option */.uK.enum(['success', 'failure'])({
        description: 'success or failure: record the outcome of the deployment of this commit to environment.',
        config: false,
        flag: false,
    }),
    'audit-file': options/* option */.uK.string({ description: 'Where to write the audit record (JSON).', default: 'holdout-audit/gate-audit.json' }),
    mode: options/* option */.uK.enum(['decide', 'rollback'])({
        description: 'decide (default): decide, and deploy when environment is set; rollback: deploy the previous successful deployment to environment again (a new deployment of its commit with its payload, audited) and move back what the rolled-back deploy promoted in a registry.',
        default: 'decide',
        // Like record, a run of its own: the all-in-one config decides, it does not roll back.
        config: false,
        flag: false,
    }),
    'model-card': options/* option */.uK.string({ description: 'Governance: a Markdown model card (path) whose required sections the gate checks, one check each, beside the results (docs/gate.md); not checked when not set.' }),
    'model-card-sections': options/* option */.uK.list({ description: "The model card's required sections, one per line; headings that may stand for one section separated by |, matched case-insensitively at any level.", default: [...card/* DEFAULT_MODEL_CARD_SECTIONS */.SG] }),
    'model-card-policy': options/* option */.uK.enum(check/* MODEL_CARD_POLICIES */.a)({ description: 'fail (default) or warn: what a required section of the model card that is missing or empty does.', default: 'fail' }),
    promote: options/* option */.uK.string({
        description: 'Deploy mode: on an approved deploy, promote promote-candidate in a model registry: mlflow:<model>@<alias> moves the alias, sagemaker:<model-package-group> sets the package Approved. What it replaced goes into the audit record, for rollback.',
        flag: false,
    }),
    'promote-candidate': options/* option */.uK.string({
        description: 'The candidate to promote: for mlflow, its version number, @<alias> or runs/<run_id>; for sagemaker, its model package ARN.',
        flag: false,
    }),
    ...(0,common/* exportOptions */.Vz)(false),
});
async function runGate(options, env, extras = {}) {
    const { github, commit: sha } = env;
    const environment = options.environment;
    if (options.mode === 'rollback')
        return runRollback(options, env);
    const promote = promotionRequest(options.promote, options['promote-candidate'], environment);
    if (options.record) {
        if (!environment)
            throw new errors/* ConfigurationError */.j1('record needs environment: the deployment to record is the one to that environment');
        if (!github || !sha)
            throw new errors/* ConfigurationError */.j1('record needs a token, the repository and the commit');
        const id = await recordDeployment(github.octokit, github.repo, sha, environment, options.record);
        if (id === undefined)
            throw new errors/* ConfigurationError */.j1(`no holdout deployment of ${sha.slice(0, 12)} to ${environment} to record; run the gate with environment: ${environment} first`);
        return {
            document: undefined,
            files: [],
            annotations: [],
            outputs: { decision: options.record === 'success' ? 'pass' : 'fail', reason: `deployment ${id} marked ${options.record}`, 'deployment-id': id },
            summary: `### holdout gate: deployment ${id} to ${environment} recorded as **${options.record}**\n\n${options.record === 'success' ? `Its metrics are now the production baseline (\`deployment:${environment}\`).` : 'The previous production baseline stays.'}\n`,
        };
    }
    if (environment && !github)
        throw new errors/* ConfigurationError */.j1('deploy mode (environment) needs a token and the repository to create the deployment');
    const failOn = options['fail-on'];
    const label = options['override-label'];
    const collected = await collectGateInputs(options.results, env.workspace);
    // Governance: the model card, checked in the checkout, is one more input to decide on (shared/modelcard).
    if (options['model-card'])
        collected.documents.push(await (0,check/* checkModelCard */.w)({ card: options['model-card'], sections: options['model-card-sections'], policy: options['model-card-policy'], workspace: env.workspace, commit: sha, now: env.now?.() }));
    const unreadable = collected.unreadable;
    if (collected.profiles.length > 0)
        env.logger.info(`holdout gate: left out ${collected.profiles.length} profile${collected.profiles.length === 1 ? '' : 's'} (${collected.profiles.join(', ')})`);
    let decision = decide({ documents: collected.documents, unreadable, commit: sha, failOn });
    let override;
    let overrideRequested = false;
    if (decision.decision === 'fail' && decision.integrityProblems.length === 0 && !environment && github) {
        // In a merge queue the pull request is the queue entry's: its override carries over when the entry holds its current head.
        const queued = env.eventName === 'merge_group' ? queuedPullRequest(env.payload.merge_group?.head_ref) : undefined;
        const pull = queued ?? (env.eventName === 'merge_group' ? undefined : await (0,pull_request/* findPullRequest */._)(github.octokit, github.repo, env.eventName, env.payload, sha));
        if (pull) {
            const facts = await overrideFacts(github.octokit, github.repo, pull.number, label);
            if (queued && facts.headSha && facts.headSha !== queued.headSha) {
                facts.unknown = `the merge queue entry holds ${queued.headSha.slice(0, 12)} of pull request #${queued.number}, whose head is now ${facts.headSha.slice(0, 12)}: the label does not cover the queued code`;
            }
            overrideRequested = facts.present;
            if (facts.present) {
                override = evaluateOverride(facts, { minimumRole: options['override-role'], extraRoles: options['override-roles'], allowSelfOverride: options['allow-self-override'] });
                decision = decide({ documents: collected.documents, unreadable, commit: sha, failOn, override });
                if (!override.honoured)
                    env.logger.warning(`holdout gate: override refused: ${override.reason}`);
            }
        }
    }
    const now = env.now?.() ?? new Date();
    // An approved deploy promotes the candidate in the registry first: a failed registry call fails the step before anything is recorded.
    // A GitHub call failing after it undoes it: no registry move without the deployment payload a rollback reads it from.
    const promoted = promote && github && sha && decision.decision !== 'fail' ? await promoteCandidate(promote, env, `holdout gate ${decision.decision} of ${sha.slice(0, 12)}: ${decision.reason}`) : undefined;
    const promotion = promoted?.record;
    const audit = buildAuditRecord(decision, collected.documents, { commit: sha, actor: env.actor, event: env.eventName, runUrl: env.runUrl, environment, label, override, overrideRequested, promotion, now });
    const { text: auditText, sha256: auditSha } = serializeAudit(audit);
    const summary = renderGateSummary(decision, audit, auditSha) + (promotion ? `\nPromoted: ${describePromotion(promotion)} (the previous one is in the audit record, for rollback).\n` : '');
    let checkRunId;
    let deploymentId;
    if (github && sha)
        try {
            const conclusion = decision.decision === 'pass' ? 'success' : decision.decision === 'overridden' ? 'neutral' : 'failure';
            const title = `${decision.decision === 'overridden' ? 'Overridden' : decision.decision === 'pass' ? 'Pass' : 'Fail'}: ${decision.reason}`.slice(0, 250);
            const annotations = collected.documents.flatMap((d) => (d.document.kind === 'validate-data' ? d.document.data.errors.map((e) => ({ level: 'error', message: e.message, file: e.file, line: e.line, title: e.type })) : []));
            try {
                const published = await publishCheck(github.octokit, github.repo, sha, options['check-name'], conclusion, {
                    title,
                    summary: summary.slice(0, 65_000),
                    text: `Audit record (sha256 ${auditSha}):\n\n\`\`\`json\n${auditText.slice(0, 60_000)}\`\`\``,
                }, annotations, env.runUrl);
                checkRunId = published.checkRunId;
                if (published.fallback)
                    env.logger.warning(`holdout gate: ${published.fallback}`);
            }
            catch (error) {
                if (error.status !== 403)
                    throw error;
                env.logger.warning('holdout gate: the token may write neither check runs nor commit statuses (403); the decision stands and fails or passes this step');
            }
            if (environment && decision.decision !== 'fail') {
                deploymentId = await createDeployment(github.octokit, github.repo, sha, environment, {
                    holdout: {
                        version: payload/* DEPLOYMENT_PAYLOAD_VERSION */.uE,
                        decision: decision.decision,
                        metrics: candidateMetrics(collected.documents),
                        model: collected.documents.find((d) => d.document.kind === 'compare-metrics')?.document.subject.files[0]?.path,
                        commit: sha,
                        audit: { sha256: auditSha },
                        recordedAt: audit.createdAt,
                        ...(promotion ? { promotion } : {}),
                    },
                }, `holdout ${decision.decision}: ${decision.reason}`);
                await announceDeployment(github.octokit, github.repo, deploymentId, `holdout ${decision.decision}: ${decision.reason}`, env.runUrl);
            }
        }
        catch (error) {
            if (!promoted)
                throw error;
            const undone = await promoted.undo();
            if (error instanceof Error) {
                error.message = `${error.message.replace(/\s+/g, ' ').trim()}; ${undone}`;
                throw error;
            }
            throw new Error(`${String(error)}; ${undone}`);
        }
    const gateStatus = decision.decision === 'fail' ? (decision.status === 'error' ? 'error' : 'fail') : decision.decision === 'overridden' ? 'warn' : 'pass';
    const document = {
        holdout: schema/* RESULTS_VERSION */.kI, kind: 'gate', title: 'Gate', status: gateStatus, createdAt: audit.createdAt,
        subject: { files: collected.documents.map((d) => ({ path: d.file, sha256: d.sha256 })), gitSha: sha },
        checks: [{ id: 'gate', title: 'Gate decision', status: gateStatus === 'error' ? 'fail' : gateStatus, message: decision.reason, count: decision.decision === 'pass' ? 0 : 1, locations: [] }],
        decision: { decision: decision.decision, reason: decision.reason, auditSha256: auditSha, checkRunId, deploymentId },
    };
    const gateFile = `${extras.resultsDir ?? 'holdout-results'}/gate.json`;
    // The JUnit report and the metrics: every document decided on, then the decision.
    const exported = (0,files/* exportFiles */.S)(options, [...collected.documents.map((d) => ({ document: d.document, file: d.file })), { document, file: gateFile }], env.workspace, { warnFails: failOn === 'warn' });
    return {
        document,
        resultsPath: (0,user_file/* userFile */.M)(env.workspace, gateFile).path,
        files: [{ path: (0,user_file/* userFile */.M)(env.workspace, options['audit-file']).path, text: auditText }, ...exported],
        annotations: [],
        summary,
        outputs: { decision: decision.decision, reason: decision.reason, 'audit-file': options['audit-file'], 'check-run-id': checkRunId, 'deployment-id': deploymentId, promotion: promotion ? describePromotion(promotion) : undefined },
        failure: decision.decision === 'fail' ? { kind: 'verdict', message: `holdout gate: fail: ${decision.reason}` } : undefined,
        decision,
    };
}


/***/ })

};
