export const id = 875;
export const ids = [875];
export const modules = {

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ gitLabNoteWorkflow),
/* harmony export */   fn: () => (/* binding */ NOTE_FLAGS),
/* harmony export */   vH: () => (/* binding */ CODE_QUALITY_FLAG),
/* harmony export */   yO: () => (/* binding */ postGitLabNote),
/* harmony export */   yb: () => (/* binding */ writeCodeQuality),
/* harmony export */   zI: () => (/* binding */ EXIT_NOT_POSTED)
/* harmony export */ });
/* unused harmony exports CODE_QUALITY_HELP, mergeRequestPipeline */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _shared_io_atomic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7700);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2005);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(147);
// GitLab CI from the command line: the Code Quality report file
// (--gitlab-code-quality FILE on validate, compare, report and run) and the
// sticky merge-request note (report and run --gitlab-note), from GitLab's predefined
// variables (doc/ci/variables/predefined_variables.md): CI_API_V4_URL (or
// CI_SERVER_URL), CI_MERGE_REQUEST_PROJECT_ID (or CI_PROJECT_ID),
// CI_MERGE_REQUEST_IID, CI_MERGE_REQUEST_PROJECT_URL (or CI_PROJECT_URL).
//
// The note needs an access token: GitLab lets CI_JOB_TOKEN read a merge
// request's notes but not create or modify one (doc/ci/jobs/ci_job_token.md),
// so it is HOLDOUT_GITLAB_TOKEN (or GITLAB_TOKEN), a project access token with
// the api scope. Exit status: a missing variable or token is a usage mistake
// (2, before anything is sent); outside a merge request pipeline the note is
// skipped with one line; a note GitLab would not take, after the retries, is
// EXIT_NOT_POSTED (3) with one line, so a job can allow exactly that failure
// (allow_failure: exit_codes: 3).




/** The note could not be posted (GitLab refused it, or kept failing): the report itself was made. */
const EXIT_NOT_POSTED = 3;
/** The flags these add to a command's parseArgs table. */
const CODE_QUALITY_FLAG = { 'gitlab-code-quality': { type: 'string' } };
const NOTE_FLAGS = { 'gitlab-note': { type: 'boolean' }, 'note-key': { type: 'string' } };
const CODE_QUALITY_HELP = '  --gitlab-code-quality <file>  write a GitLab Code Quality report (artifacts:reports:codequality) here';
/** Writes the Code Quality report of the documents when the flag asks for one. */
async function writeCodeQuality(values, documents, io) {
    const file = values['gitlab-code-quality'];
    if (file === undefined)
        return;
    if (typeof file !== 'string' || file.trim() === '')
        throw new _common_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--gitlab-code-quality needs a file name');
    // GitLab reads paths relative to the project: CI_PROJECT_DIR in a job, else the working directory.
    const root = io.env?.CI_PROJECT_DIR || io.cwd;
    const { codeQualityIssues, codeQualityText } = await __webpack_require__.e(/* import() */ 257).then(__webpack_require__.bind(__webpack_require__, 4257));
    const issues = codeQualityIssues(documents, { root });
    await (0,_shared_io_atomic_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, file), codeQualityText(issues));
    io.stderr(`holdout: GitLab Code Quality report: ${issues.length} finding${issues.length === 1 ? '' : 's'} → ${file}\n`);
}
/**
 * The merge request pipeline the variables describe, or undefined outside one
 * (no CI_MERGE_REQUEST_IID). A merge request pipeline without the API URL,
 * project or a token that can write notes is a configuration mistake (one line, exit 2).
 */
function mergeRequestPipeline(env) {
    const get = (name) => env[name]?.trim() || undefined;
    const iidText = get('CI_MERGE_REQUEST_IID');
    if (iidText === undefined)
        return undefined;
    const iid = Number(iidText);
    if (!/^\d+$/.test(iidText) || iid < 1)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--gitlab-note: CI_MERGE_REQUEST_IID is "${iidText}", not a merge request IID`);
    const server = get('CI_SERVER_URL');
    const apiUrl = get('CI_API_V4_URL') ?? (server ? `${server.replace(/\/+$/, '')}/api/v4` : undefined);
    if (!apiUrl)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--gitlab-note: neither CI_API_V4_URL nor CI_SERVER_URL is set, so the GitLab API is unknown');
    // The merge request belongs to its target project, which a fork's pipeline is not.
    const project = get('CI_MERGE_REQUEST_PROJECT_ID') ?? get('CI_PROJECT_ID');
    if (!project)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--gitlab-note: neither CI_MERGE_REQUEST_PROJECT_ID nor CI_PROJECT_ID is set');
    const tokenName = get('HOLDOUT_GITLAB_TOKEN') ? 'HOLDOUT_GITLAB_TOKEN' : get('GITLAB_TOKEN') ? 'GITLAB_TOKEN' : undefined;
    if (!tokenName) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(get('CI_JOB_TOKEN')
            ? '--gitlab-note needs HOLDOUT_GITLAB_TOKEN: GitLab lets CI_JOB_TOKEN read merge request notes but not write them; set HOLDOUT_GITLAB_TOKEN to a project access token with the api scope (a masked CI/CD variable)'
            : '--gitlab-note needs HOLDOUT_GITLAB_TOKEN (or GITLAB_TOKEN): a project access token with the api scope');
    }
    const projectUrl = get('CI_MERGE_REQUEST_PROJECT_URL') ?? get('CI_PROJECT_URL');
    return { apiUrl, project, iid, token: get(tokenName), tokenName, mergeRequestUrl: projectUrl ? `${projectUrl.replace(/\/+$/, '')}/-/merge_requests/${iid}` : undefined };
}
/** The writer's identity in the note's marker (as a GitHub comment's is its workflow): the merge request's project. */
function gitLabNoteWorkflow(io) {
    return `gitlab:${io.env?.CI_MERGE_REQUEST_PROJECT_ID?.trim() || io.env?.CI_PROJECT_ID?.trim() || ''}`;
}
/**
 * Posts or updates the report's sticky note on the pipeline's merge request.
 * Returns EXIT_NOT_POSTED when GitLab would not take it, undefined otherwise.
 */
async function postGitLabNote(markdown, marker, io, options = {}) {
    const pipeline = mergeRequestPipeline(io.env ?? {});
    if (!pipeline) {
        io.stderr('holdout: --gitlab-note: not a merge request pipeline (CI_MERGE_REQUEST_IID is not set), so no note is posted\n');
        return undefined;
    }
    const [{ createGitLabClient, GitLabApiError }, { upsertStickyNote }] = await Promise.all([__webpack_require__.e(/* import() */ 971).then(__webpack_require__.bind(__webpack_require__, 1971)), __webpack_require__.e(/* import() */ 680).then(__webpack_require__.bind(__webpack_require__, 5680))]);
    const client = createGitLabClient({ apiUrl: pipeline.apiUrl, token: pipeline.token, tokenKind: 'private', tokenName: pipeline.tokenName }, options);
    try {
        const note = await upsertStickyNote(client, { project: pipeline.project, iid: pipeline.iid }, marker, markdown);
        const where = pipeline.mergeRequestUrl ? `${pipeline.mergeRequestUrl}#note_${note.id}` : `merge request !${pipeline.iid}, note ${note.id}`;
        io.stderr(`holdout: GitLab note ${note.created ? 'posted' : 'updated'}: ${where}\n`);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof GitLabApiError))
            throw error;
        io.stderr(`holdout: GitLab note not posted: ${error.message}\n`);
        return EXIT_NOT_POSTED;
    }
}


/***/ }),

/***/ 6875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _shared_results_io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3517);
/* harmony import */ var _shared_report_validation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(352);
/* harmony import */ var _shared_package_datapackage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(375);
/* harmony import */ var _shared_steps_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3846);
/* harmony import */ var _shared_steps_validate_data_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3340);
/* harmony import */ var _shared_count_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5343);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8906);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(147);
/* harmony import */ var _gitlab_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90);
/* harmony import */ var _step_command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(523);
// `holdout validate`: data against a table schema (and a reference), as the
// validate-data action runs it; loaded only when the command is validate.










const VALIDATE_USAGE = `Usage: holdout validate <data...> --schema <file> [options]

Validates data files (CSV, TSV, JSON Lines, Parquet; optionally .gz) against a
Frictionless Table Schema with holdout extensions. Given a Frictionless data
package (datapackage.json), validates each of its resources with its own
schema and dialect, foreign keys included.

With --reference, every column is also checked for drift against the
reference (a dataset, or a profile written with --profile-out).

Options:
  --schema <file>        table schema (JSON or YAML)   (required, except for a data package)
  --reference <file>     dataset or profile to check drift against
  --profile-out <file>   write this data's profile (a reference for later runs)
  --shard <i/n>          validate shard i of n (1 ≤ i ≤ n); merge the documents with --merge
  --shard-by <column>    split rows by a hash of this column (unique/primaryKey across shards)
  --merge                the arguments are shard results documents: merge them into one verdict
  --out <file>           write the results document (JSON) here (default ${(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultText */ .VC)(_shared_steps_validate_data_js__WEBPACK_IMPORTED_MODULE_4__/* .validateDataOptions */ .J['results-file'])})
  --format <format>      text (default), json or markdown
  --max-errors <n>       errors to print (default 20)
  --fail-on <level>      fail (default), warn or never
  --junit <file>         also write the results as JUnit XML (one test case per check)
  --kubeflow-metrics <file>  also write Kubeflow Pipelines' metrics output (mlpipeline-metrics JSON)
  --gitlab-code-quality <file>  write the errors as a GitLab Code Quality report (docs/gitlab.md)
  -h, --help             show this help`;
async function validateCommand(args, io) {
    const { values, positionals } = (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)(args, {
        ...(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_3__/* .flagTable */ .tS)(_shared_steps_validate_data_js__WEBPACK_IMPORTED_MODULE_4__/* .validateDataOptions */ .J),
        merge: { type: 'boolean' },
        out: { type: 'string' },
        format: { type: 'string' },
        'max-errors': { type: 'string' },
        ..._gitlab_js__WEBPACK_IMPORTED_MODULE_7__/* .CODE_QUALITY_FLAG */ .vH,
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(VALIDATE_USAGE + '\n');
        return _common_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
    }
    if (positionals.length === 0)
        throw new _common_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(values.merge ? 'validate --merge needs the shard results documents' : 'validate needs at least one data file');
    if (values['shard-by'] !== undefined && values.shard === undefined)
        throw new _common_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--shard-by needs --shard i/n');
    if (typeof values.schema !== 'string' && !positionals.some(_shared_package_datapackage_js__WEBPACK_IMPORTED_MODULE_2__/* .isDataPackagePath */ ._O))
        throw new _common_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('validate needs --schema <file> (or a data package, datapackage.json)');
    const format = (0,_step_command_js__WEBPACK_IMPORTED_MODULE_8__/* .oneOf */ .yL)('format', values.format, ['text', 'json', 'markdown'], 'text');
    const maxErrors = values['max-errors'] === undefined ? 20 : Number(values['max-errors']);
    if (!Number.isInteger(maxErrors) || maxErrors < 0)
        throw new _common_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--max-errors must be a whole number');
    const options = { ...(0,_step_command_js__WEBPACK_IMPORTED_MODULE_8__/* .stepFlags */ .ih)(_shared_steps_validate_data_js__WEBPACK_IMPORTED_MODULE_4__/* .validateDataOptions */ .J, values), ...(values.merge ? { merge: positionals } : { data: positionals }), ...(typeof values.out === 'string' ? { 'results-file': values.out } : {}) };
    const progress = progressLine(io);
    const result = await (0,_shared_steps_validate_data_js__WEBPACK_IMPORTED_MODULE_4__/* .runValidateData */ .w)(options, await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .cliEnvironment */ .m9)(io), { onProgress: progress?.update, minErrorSamples: maxErrors });
    progress?.done();
    const { document } = result;
    await (0,_step_command_js__WEBPACK_IMPORTED_MODULE_8__/* .writeResultsWhere */ .d0)(result, values.out, io);
    await (0,_gitlab_js__WEBPACK_IMPORTED_MODULE_7__/* .writeCodeQuality */ .yb)(values, [document], io);
    if (format === 'json')
        io.stdout((0,_shared_results_io_js__WEBPACK_IMPORTED_MODULE_0__/* .resultsText */ .qp)(document));
    else if (format === 'markdown')
        io.stdout((0,_shared_report_validation_js__WEBPACK_IMPORTED_MODULE_1__/* .renderValidationSummary */ .mn)(document, { maxErrors }));
    else
        io.stdout((0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .formatValidationText */ .WH)(document, { maxErrors, color: io.isTty }));
    return (0,_step_command_js__WEBPACK_IMPORTED_MODULE_8__/* .exitFor */ .Ed)(result, io);
}
/** A rows/s line on a terminal while data is read; nothing elsewhere (logs stay clean). */
function progressLine(io) {
    const write = io.statusLine;
    if (!write)
        return undefined;
    const now = io.now ?? (() => performance.now());
    const started = now();
    return {
        update: (p) => {
            const seconds = (now() - started) / 1000;
            const rate = seconds > 0 ? Math.round(p.rows / seconds) : 0;
            write(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeTerminal */ .iz)(p.file)}: ${(0,_shared_count_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(p.rows)} rows read (${(0,_shared_count_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(rate)} rows/s)`);
        },
        done: () => write(undefined),
    };
}


/***/ }),

/***/ 6783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ validateConfig),
/* harmony export */   Bu: () => (/* binding */ parseConfigText),
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   im: () => (/* binding */ readConfigText)
/* harmony export */ });
/* unused harmony exports MAX_CONFIG_DEPTH, nestingBeyond, suggest */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2005);
/* harmony import */ var _io_fs_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3565);
// Loading user-written config files (table schemas, policies, the all-in-one
// config): YAML or JSON, validated by a zod schema, with every mistake turned
// into a ConfigurationError that names the file, the line and the key path.




/** Deepest nesting a config may have (block and flow collections together); real configs stay under 20. */
const MAX_CONFIG_DEPTH = 64;
/** How often one alias may be expanded (YAML's own guard against alias bombs, "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Parses YAML or JSON text (JSON is read as YAML 1.2, so both keep line numbers). */
function parseConfigText(text, file) {
    // The YAML composer recurses per level (deep nesting exhausts the stack or
    // the heap), so the depth is checked on the text first, in one linear pass.
    const deep = nestingBeyond(text, MAX_CONFIG_DEPTH);
    if (deep !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`is nested more than ${MAX_CONFIG_DEPTH} levels deep; a config or schema needs far fewer`, { file, line: deep });
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    let doc;
    let value;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
        if (doc.errors.length > 0) {
            const first = doc.errors[0];
            const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot parse: ${first.message.split('\n')[0]}`, { file, line });
        }
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw error;
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('expands its YAML aliases (*name) too many times (an alias bomb?): write the values out, or use fewer aliases', { file });
        }
        if (error instanceof RangeError)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('is nested too deeply to read', { file });
        throw error;
    }
    return { value, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
}
/**
 * The first line at which block indentation levels plus open flow brackets
 * (`[`, `{`) exceed `max`, or undefined. Quoted strings and comments are
 * skipped; an estimate that never undercounts real nesting by much, in one
 * pass over the text.
 */
function nestingBeyond(text, max) {
    const indents = [];
    let flow = 0;
    let line = 1;
    let i = 0;
    const n = text.length;
    while (i < n) {
        // Start of a line: its indentation (block context only) and leading "- " markers.
        let indent = 0;
        while (i < n && text.charCodeAt(i) === 0x20) {
            indent++;
            i++;
        }
        const c0 = text.charCodeAt(i);
        if (flow === 0 && i < n && c0 !== 0x0a && c0 !== 0x0d && c0 !== 0x23) {
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
            let dashes = 0;
            while (i + 1 < n && text.charCodeAt(i) === 0x2d && text.charCodeAt(i + 1) === 0x20) {
                dashes++;
                i += 2;
                while (i < n && text.charCodeAt(i) === 0x20)
                    i++;
            }
            if (indents.length + dashes > max)
                return line;
        }
        // The rest of the line.
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x0a) {
                line++;
                i++;
                break;
            }
            const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
            if ((c === 0x22 || c === 0x27) && (before === 0x20 || before === 0x09 || before === 0x0a || before === 0x5b || before === 0x7b || before === 0x2c)) {
                // A quoted scalar: to its closing quote (\ escapes in "…", '' in '…'), counting its lines.
                i++;
                while (i < n) {
                    const d = text.charCodeAt(i);
                    if (d === 0x0a)
                        line++;
                    if (c === 0x22 && d === 0x5c)
                        i += 2;
                    else if (d === c) {
                        if (c === 0x27 && text.charCodeAt(i + 1) === 0x27)
                            i += 2;
                        else
                            break;
                    }
                    else
                        i++;
                }
                i++;
                continue;
            }
            if (c === 0x23 && (before === 0x20 || before === 0x09 || before === 0x0a)) {
                // A comment: to the end of the line.
                while (i < n && text.charCodeAt(i) !== 0x0a)
                    i++;
                continue;
            }
            if (c === 0x5b || c === 0x7b) {
                flow++;
                if (flow + indents.length > max)
                    return line;
            }
            else if ((c === 0x5d || c === 0x7d) && flow > 0)
                flow--;
            i++;
        }
    }
    return undefined;
}
/**
 * Reads a config file's text; a missing or blank file is a ConfigurationError
 * naming it as the user wrote it (a UserFile), or by the path given.
 */
async function readConfigText(file) {
    const { path, display } = typeof file === 'string' ? { path: file, display: file } : file;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1((0,_io_fs_error_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFsError */ .T)(error), { file: display });
    }
    if (text.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('is empty', { file: display });
    return text;
}
/**
 * Validates a parsed config — or the part of it at key path `at` (a policy
 * embedded in the all-in-one config) — against a zod schema; the first issue
 * becomes the error, with the file's own line and the full key path.
 */
function validateConfig(schema, parsed, file, at = []) {
    let value = parsed.value;
    for (const part of at)
        value = value?.[part];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const path = [...at, ...issue.path];
    let reason = issue.message;
    if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys;
        const unknown = keys[0];
        const fullPath = [...path, unknown];
        const known = knownKeysOf(schema, issue.path, value);
        const hint = suggest(unknown, known);
        reason = `unknown key${hint ? ` (did you mean "${hint}"?)` : ''}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(reason, { file, key: formatKeyPath(fullPath), line: parsed.lineOf(fullPath) ?? parsed.lineOf(path) });
    }
    if (issue.code === 'invalid_type' && issue.input === undefined)
        reason = 'is required';
    const key = formatKeyPath(path);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(reason, { file, key: key || undefined, line: parsed.lineOf(path) });
}
function formatKeyPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${String(part)}` : String(part);
    }
    return out;
}
function lineOfPath(doc, counter, path) {
    // Walk down as far as the path exists; report the deepest node found.
    let node = doc.contents;
    let line;
    const lineAt = (offset) => (offset === undefined ? undefined : counter.linePos(offset).line);
    for (const part of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((item) => {
                const k = item.key;
                return k !== null && typeof k === 'object' && String(k.value) === String(part);
            });
            if (!pair)
                break;
            line = lineAt(pair.key.range?.[0]) ?? line;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof part === 'number') {
            const item = node.items[part];
            if (!item)
                break;
            line = lineAt(item.range?.[0]) ?? line;
            node = item;
        }
        else
            break;
    }
    return line;
}
function knownKeysOf(schema, path, value) {
    // Resolve the object schema at `path` well enough to offer a suggestion.
    let current = schema;
    let data = value;
    for (const part of path) {
        current = unwrap(current);
        const def = current.def;
        if (!def)
            return [];
        data = data?.[part];
        if (def.type === 'object')
            current = def.shape[String(part)];
        else if (def.type === 'array')
            current = def.element;
        else if (def.type === 'record')
            current = def.valueType;
        else
            return [];
    }
    current = unwrap(current);
    const def = current.def;
    if (def?.type === 'object')
        return Object.keys(def.shape);
    return [];
}
function unwrap(schema) {
    let current = schema;
    for (let i = 0; i < 10 && current?.def; i++) {
        const t = current.def.type;
        if (t === 'optional' || t === 'nullable' || t === 'default' || t === 'readonly' || t === 'prefault' || t === 'catch') {
            current = current.def.innerType;
        }
        else if (t === 'pipe') {
            // A pipe that pre-processes into an object schema: suggestions come from the object.
            const out = unwrap(current.def.out);
            current = (out?.def?.type === 'object' ? out : current.def.in);
            if (out?.def?.type === 'object')
                break;
        }
        else if (t === 'lazy')
            current = current.def.getter();
        else
            break;
    }
    return current;
}
/** The known key closest to `word` by edit distance, if it is close enough to be a typo. */
function suggest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ foreignKeysSchema),
/* harmony export */   Yu: () => (/* binding */ anySchema),
/* harmony export */   _O: () => (/* binding */ isDataPackagePath),
/* harmony export */   f: () => (/* binding */ loadDataPackage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2005);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6783);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3349);
/* harmony import */ var _schema_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6189);
// Frictionless Data Packages (v1 and v2): datapackage.json (or .yaml) read
// into its resources, each with its own data (a path relative to the
// package, or inline rows), Table Schema (inline or a path), Table Dialect
// (inline or a path) and foreign keys. Every mistake names the package file,
// the key (`resources[1].schema.fields[0].type`) and its line.







/**
 * A data file named .json, .yaml or .yml is a data package descriptor
 * (`datapackage.json`, frictionless-py's `<name>.package.yaml`): no table
 * format holdout reads has those extensions.
 */
function isDataPackagePath(path) {
    return /\.(json|ya?ml)$/i.test(path);
}
const keyList = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()).min(1)]);
const list = (value) => (typeof value === 'string' ? [value] : [...value]);
const foreignKeysSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({
    fields: keyList,
    reference: zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({ resource: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(), fields: keyList }),
}));
const dialectSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({
    delimiter: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    quoteChar: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    doubleQuote: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional(),
    escapeChar: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    header: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional(),
    headerRows: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().positive()).optional(),
    headerJoin: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    commentChar: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    commentRows: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().positive()).optional(),
    skipInitialSpace: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional(),
    lineTerminator: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    nullSequence: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    caseSensitiveHeader: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional(),
    csvddfVersion: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()]).optional(),
    // v1 (frictionless-py) nests the CSV options under `csv`.
    csv: zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({}).optional(),
});
const resourceSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    path: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP())]).optional(),
    data: zod__WEBPACK_IMPORTED_MODULE_6__/* .unknown */ .L5J().optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    compression: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    encoding: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    profile: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    type: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    schema: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({})]).optional(),
    dialect: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({})]).optional(),
});
const packageSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({
    resources: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({})).min(1, 'a data package needs at least one resource'),
});
const FORMATS = { csv: 'csv', tsv: 'tsv', jsonl: 'jsonl', ndjson: 'jsonl', parquet: 'parquet' };
/** Reads a data package and each of its tabular resources' schema and dialect. */
async function loadDataPackage(file, baseDir) {
    const text = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigText */ .im)(file);
    const parsed = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfigText */ .Bu)(text, file.display);
    (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .validateConfig */ .$r)(packageSchema, parsed, file.display);
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file.path);
    const descriptor = parsed.value;
    const resources = [];
    const problems = [];
    const names = new Map();
    for (let index = 0; index < descriptor.resources.length; index++) {
        try {
            const resource = await loadResource(descriptor.resources[index], index, { file, parsed, root, baseDir });
            if (!resource)
                continue;
            const before = names.get(resource.name);
            if (before !== undefined) {
                throw located(`resource name "${resource.name}" is also the name of resources[${before}]`, { file, parsed }, ['resources', index, 'name']);
            }
            names.set(resource.name, index);
            resources.push(resource);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1))
                throw error;
            problems.push(error);
        }
    }
    // Every foreign key names a resource of the package and fields of both schemas.
    for (const resource of resources) {
        resource.foreignKeys.forEach((fk, k) => {
            const target = fk.resource === '' ? resource : resources.find((r) => r.name === fk.resource);
            const at = ['resources', resource.index, 'schema', 'foreignKeys', k, 'reference'];
            if (!target) {
                if (!names.has(fk.resource))
                    problems.push(located(`references resource "${fk.resource}", which is not in the package`, { file, parsed }, [...at, 'resource']));
                return;
            }
            if (fk.referenceFields.length !== fk.fields.length) {
                problems.push(located(`has ${fk.referenceFields.length} field${fk.referenceFields.length === 1 ? '' : 's'}, the foreign key ${fk.fields.length}`, { file, parsed }, [...at, 'fields']));
                return;
            }
            const missing = target.schema ? fk.referenceFields.find((f) => !target.schema.fields.some((g) => g.name === f)) : undefined;
            if (missing !== undefined)
                problems.push(located(`"${missing}" is not a field of resource "${target.name}"`, { file, parsed }, [...at, 'fields']));
        });
    }
    return { file, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex'), resources, problems };
}
function located(reason, context, path) {
    const key = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(reason, { file: context.file.display, key, line: context.parsed.lineOf(path) });
}
async function loadResource(raw, index, context) {
    const at = (...rest) => ['resources', index, ...rest];
    const resource = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .validateConfig */ .$r)(resourceSchema, context.parsed, context.file.display, ['resources', index]);
    const name = resource.name ?? `resource${index + 1}`;
    let data;
    if (resource.path !== undefined) {
        if (Array.isArray(resource.path)) {
            throw located('a multipart resource (path as a list) is not read: join the parts into one file', context, at('path'));
        }
        data = { kind: 'file', file: resourceFile(resource.path, context, at('path')), format: formatOf(resource, context, index) };
        if (data.format === undefined && !/\.(csv|tsv|tab|jsonl|ndjson|parquet|pq)(\.gz|\.gzip)?$/i.test(resource.path)) {
            // Not a table holdout reads (a PDF, a JSON document, a spreadsheet): left out, as Frictionless leaves non-tabular resources.
            if (resource.schema === undefined && resource.type !== 'table' && resource.profile !== 'tabular-data-resource')
                return undefined;
        }
    }
    else if (resource.data !== undefined) {
        if (!Array.isArray(resource.data))
            throw located('inline data must be a list of rows (arrays with a header row first, or objects)', context, at('data'));
        data = { kind: 'inline', name: `${context.file.display}#resources[${index}].data`, rows: resource.data, header: true };
    }
    else
        throw located('a resource needs a path or inline data', context, at());
    const encoding = resource.encoding?.toLowerCase().replace('_', '-');
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'ascii' && encoding !== 'us-ascii') {
        throw located(`encoding "${resource.encoding}" is not read: re-encode the file as UTF-8`, context, at('encoding'));
    }
    if (resource.compression !== undefined && !/^(gz|gzip)$/i.test(resource.compression)) {
        throw located(`compression "${resource.compression}" is not read (gzip is)`, context, at('compression'));
    }
    let schema;
    let foreignKeys = [];
    if (typeof resource.schema === 'string') {
        const schemaFile = resourceFile(resource.schema, context, at('schema'));
        const text = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigText */ .im)(schemaFile);
        await (0,_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareTableSchema */ .d9)(text);
        schema = (0,_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .compileTableSchema */ .x)(text, schemaFile.display);
        foreignKeys = foreignKeysOf(schema, (reason, key) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(reason, { file: schemaFile.display, key, line: (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfigText */ .Bu)(text, schemaFile.display).lineOf(keyPath(key)) }));
    }
    else if (resource.schema !== undefined) {
        const text = JSON.stringify(resource.schema);
        await (0,_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareTableSchema */ .d9)(text);
        try {
            schema = (0,_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .compileTableSchema */ .x)(text, context.file.display);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1))
                throw error;
            // Errors in an inline schema point into the package file: its key path and line there.
            const inner = error.key ? keyPath(error.key) : [];
            throw located(error.reason, context, at('schema', ...inner));
        }
        foreignKeys = foreignKeysOf(schema, (reason, key) => located(reason, context, at('schema', ...keyPath(key))));
    }
    const dialect = await dialectOf(resource.dialect, context, index);
    if (data.kind === 'inline' && dialect?.header === false)
        data = { ...data, header: false };
    return { index, name, data, dialect, schema, foreignKeys };
}
function formatOf(resource, context, index) {
    if (resource.format === undefined)
        return undefined;
    const format = FORMATS[resource.format.toLowerCase()];
    if (!format)
        throw located(`format "${resource.format}" is not a table holdout reads (csv, tsv, jsonl/ndjson, parquet)`, context, ['resources', index, 'format']);
    return format;
}
/** A path in the package: relative to the package's folder, never absolute, never climbing out of it (the spec's rule for safety). */
function resourceFile(path, context, at) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path))
        throw located(`"${path}" is remote: holdout reads local files only; download it next to the package`, context, at);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) || path.split(/[\\/]/).includes('..'))
        throw located(`"${path}" must be a relative path inside the package's folder`, context, at);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.root, path);
    const found = (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_4__/* .foundFile */ .X)(context.baseDir, absolute);
    return { ...found, written: path };
}
function foreignKeysOf(schema, fail) {
    const raw = schema.descriptor.foreignKeys;
    if (raw === undefined)
        return [];
    const result = foreignKeysSchema.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        const key = ['foreignKeys', ...issue.path].map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
        throw fail(issue.message, key);
    }
    return result.data.map((fk, k) => {
        const fields = list(fk.fields);
        for (const name of fields) {
            if (!schema.fields.some((f) => f.name === name))
                throw fail(`"${name}" is not a field of this schema`, `foreignKeys[${k}].fields`);
        }
        return { fields, resource: fk.reference.resource ?? '', referenceFields: list(fk.reference.fields) };
    });
}
/** A resource's dialect: inline or a path, v1 CSV Dialect or v2 Table Dialect (frictionless-py's `{csv: {…}}` too). */
async function dialectOf(raw, context, index) {
    if (raw === undefined)
        return undefined;
    let value = raw;
    let where = { file: context.file.display, parsed: context.parsed, prefix: ['resources', index, 'dialect'] };
    if (typeof raw === 'string') {
        const dialectFile = resourceFile(raw, context, ['resources', index, 'dialect']);
        const parsed = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfigText */ .Bu)(await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigText */ .im)(dialectFile), dialectFile.display);
        value = parsed.value;
        where = { file: dialectFile.display, parsed, prefix: [] };
    }
    const fail = (reason, key) => {
        const path = [...where.prefix, ...key];
        const shown = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(reason, { file: where.file, key: shown || undefined, line: where.parsed.lineOf(path) });
    };
    const result = dialectSchema.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw fail(issue.message, issue.path);
    }
    const d = { ...result.data, ...result.data.csv };
    if (d.lineTerminator !== undefined && !['\n', '\r\n', '\r'].includes(d.lineTerminator))
        throw fail('lineTerminator must be \\n, \\r\\n or \\r', ['lineTerminator']);
    if (d.commentChar === '')
        throw fail('must be one or more characters', ['commentChar']);
    for (const key of ['delimiter', 'quoteChar', 'escapeChar']) {
        const v = d[key];
        if (v !== undefined && v.length !== 1)
            throw fail('must be one character', [key]);
    }
    return {
        ...(d.delimiter !== undefined ? { delimiter: d.delimiter } : {}),
        ...(d.quoteChar !== undefined ? { quoteChar: d.quoteChar } : {}),
        ...(d.doubleQuote !== undefined ? { doubleQuote: d.doubleQuote } : {}),
        ...(d.escapeChar !== undefined ? { escapeChar: d.escapeChar } : {}),
        ...(d.header !== undefined ? { header: d.header } : {}),
        ...(d.headerRows !== undefined ? { headerRows: d.headerRows } : {}),
        ...(d.headerJoin !== undefined ? { headerJoin: d.headerJoin } : {}),
        ...(d.commentChar !== undefined ? { commentChar: d.commentChar } : {}),
        ...(d.commentRows !== undefined ? { commentRows: d.commentRows } : {}),
        ...(d.skipInitialSpace !== undefined ? { skipInitialSpace: d.skipInitialSpace } : {}),
    };
}
function keyPath(key) {
    const path = [];
    for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        path.push(match[2] !== undefined ? Number(match[2]) : match[1]);
    return path;
}
/** A schema for a resource without one: every header label an `any` field (blank or repeated labels named field<n>), matched exactly. */
function anySchema(header, file) {
    const seen = new Set();
    const fields = header.map((label, i) => {
        let name = label === '' || seen.has(label) ? `field${i + 1}` : label;
        while (seen.has(name))
            name = `${name}_`;
        seen.add(name);
        return { name, type: 'any' };
    });
    return (0,_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .compileTableSchema */ .x)(JSON.stringify({ fields: fields.length > 0 ? fields : [{ name: 'field1', type: 'any' }] }), file);
}


/***/ }),

/***/ 2716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z8: () => (/* binding */ writeProfile),
/* harmony export */   er: () => (/* binding */ readProfile),
/* harmony export */   z1: () => (/* binding */ profileText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _io_fs_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3565);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2005);
/* harmony import */ var _io_atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7700);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1354);
// Profiles on disk: written atomically as pretty JSON, read with the file
// named in any complaint.





/** A profile as its file holds it. */
function profileText(profile) {
    return JSON.stringify(profile, null, 1) + '\n';
}
async function writeProfile(path, profile) {
    await (0,_io_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(path, profileText(profile));
}
async function readProfile(file) {
    const shown = file.display;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file.path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot read the profile: ${(0,_io_fs_error_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFsError */ .T)(error)}`, { file: shown });
    }
    return (0,_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProfile */ .jZ)(text, shown);
}


/***/ }),

/***/ 7092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ validateRangeTask),
/* harmony export */   FO: () => (/* binding */ textBytes),
/* harmony export */   IK: () => (/* binding */ tablesBeside),
/* harmony export */   b_: () => (/* binding */ rangesLikely),
/* harmony export */   kk: () => (/* binding */ validateDataTask)
/* harmony export */ });
/* unused harmony export readTableTask */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3349);
/* harmony import */ var _validate_range_size_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9570);
// The validate-data engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps validate data. Small inputs
// (named files, no globs, under IN_PROCESS_BYTES together) run in the
// calling thread. In a worker, a large CSV file is read in byte ranges, one
// worker thread each (validateRangeTask; see validate/parallel.ts).




const GLOB = /[*?[\]{}!]/;
const validateRangeTask = {
    name: 'validateRange',
    load: async () => {
        const { tallyRange } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(189), __webpack_require__.e(11)]).then(__webpack_require__.bind(__webpack_require__, 8011));
        return (input) => tallyRange(input);
    },
    warm: async (hint) => (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(189), __webpack_require__.e(11)]).then(__webpack_require__.bind(__webpack_require__, 8011))).warmRange(hint),
};
/** Reads a table and posts its batches to the thread that checks them (data/remote.ts). */
const readTableTask = {
    name: 'readTable',
    load: async () => {
        const [{ sendTable }, { openTable }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 3639)), Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(739)]).then(__webpack_require__.bind(__webpack_require__, 1739))]);
        return async ({ file, options, port }) => {
            await sendTable(() => openTable(file, options), port);
            return { problems: [] };
        };
    },
};
/**
 * A table read and parsed in another thread and checked in this one, when the
 * file cannot be read in byte ranges (a gzip-compressed CSV or TSV: its
 * inflation runs in libuv's pool either way) and there is a core to spare.
 */
function tablesBeside(fork) {
    if (fork.workers < 2)
        return undefined;
    return async (file, options) => {
        const [{ detectFormat }, { receiveTable }, { MessageChannel }] = await Promise.all([__webpack_require__.e(/* import() */ 548).then(__webpack_require__.bind(__webpack_require__, 3548)), Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 3639)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 19))]);
        const info = detectFormat(file, options?.format);
        if (!info.gzip || (info.format !== 'csv' && info.format !== 'tsv'))
            return undefined;
        const { port1, port2 } = new MessageChannel();
        const reading = fork.run(readTableTask.name, { file, ...(options ? { options } : {}), port: port2 }, [port2]);
        return receiveTable(info, port1, reading);
    };
}
const validateDataTask = {
    name: 'validateData',
    load: async () => {
        const { validateData } = await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(104), __webpack_require__.e(189), __webpack_require__.e(11), __webpack_require__.e(495), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 6522));
        return (input, hooks) => {
            const fork = hooks.fork;
            const tables = fork && tablesBeside(fork);
            return validateData(input, {
                ...hooks,
                ...(fork ? { ranges: { workers: fork.workers, run: async (range) => (await fork.run(validateRangeTask.name, range)) } } : {}),
                ...(tables ? { tables } : {}),
            });
        };
    },
    async inputBytes(input) {
        const paths = [...input.data, ...(input.merge ?? []), ...(input.reference !== undefined ? [input.reference] : [])];
        if (paths.some((p) => GLOB.test(p)))
            return undefined;
        let total = 0;
        for (const p of paths)
            total += await textBytes(input.baseDir, p);
        return total;
    },
    // A row shard is not split in byte ranges.
    forksOf: async (input) => (input.shard ? undefined : rangesLikely(input.baseDir, input.data, input.schema)),
};
const COMPRESSED_TEXT = /\.(csv|tsv|tab)\.(gz|gzip)$/i;
/** The bytes of text a file holds: its size, or a .gz's inflated size (the work is in proportion to that). */
async function textBytes(baseDir, path) {
    if (!/\.(gz|gzip)$/i.test(path))
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, path))).size;
    const [{ decompressedSize }, { detectFormat }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(739)]).then(__webpack_require__.bind(__webpack_require__, 1739)), __webpack_require__.e(/* import() */ 548).then(__webpack_require__.bind(__webpack_require__, 3548))]);
    return (await decompressedSize(detectFormat((0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(baseDir, path)))) ?? 0;
}
/**
 * validateRange, when one of the named files will likely be read in byte ranges (a guess: a wrong
 * one costs a spare thread's start), warmed with that file and the schema.
 */
async function rangesLikely(baseDir, data, schema) {
    for (const p of data) {
        if (GLOB.test(p))
            continue;
        if ((0,_validate_range_size_js__WEBPACK_IMPORTED_MODULE_3__/* .likelySplit */ .X)(p, (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, p))).size)) {
            // Every spare compiles the schema; the first, which gets the second range (the one asked for the file's digest), also hashes the file.
            const warm = schema ? { schema } : {};
            const warmFirst = { ...warm, hash: (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(baseDir, p) };
            return { task: validateRangeTask.name, warm, warmFirst };
        }
    }
    // A compressed CSV is read beside its checker (tablesBeside).
    if (data.some((p) => COMPRESSED_TEXT.test(p)))
        return { task: readTableTask.name };
    return undefined;
}


/***/ }),

/***/ 3340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ runValidateData),
  J: () => (/* binding */ validateDataOptions)
});

// EXTERNAL MODULE: ./build/shared/profile/io.js
var io = __webpack_require__(2716);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
// EXTERNAL MODULE: ./build/shared/report/validation.js
var validation = __webpack_require__(352);
;// CONCATENATED MODULE: ./build/shared/validate/annotations.js
// Which errors become annotations: input problems first (they explain
// everything else), then data errors in file order, up to the cap.
function annotationsFor(document, max) {
    const out = [];
    for (const check of document.checks) {
        if (check.status !== 'error' || out.length >= max)
            continue;
        const at = check.locations[0];
        out.push({ level: 'error', title: 'holdout: cannot validate', message: check.message, file: at?.file, line: at?.line });
    }
    for (const error of document.data.errors) {
        if (out.length >= max)
            break;
        const kind = error.constraint ? `${error.type} (${error.constraint})` : error.type;
        out.push({
            level: error.severity === 'warn' ? 'warning' : 'error',
            title: `holdout: ${kind}${error.field ? ` in ${error.field}` : ''}`,
            // A blank row is not a record: its row number only orders it (the next record's), so its message names the line.
            message: error.row && error.type !== 'blank-row' ? `row ${error.row}: ${error.message}` : error.message,
            file: error.file,
            line: error.line,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./build/shared/validate/shard.js
var validate_shard = __webpack_require__(3679);
// EXTERNAL MODULE: ./build/shared/io/user-file.js
var user_file = __webpack_require__(3349);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/steps/options.js
var options = __webpack_require__(3846);
// EXTERNAL MODULE: ./build/shared/steps/common.js
var common = __webpack_require__(779);
// EXTERNAL MODULE: ./build/shared/export/files.js + 2 modules
var export_files = __webpack_require__(5918);
// EXTERNAL MODULE: ./build/shared/steps/tasks/validate-data.js
var validate_data = __webpack_require__(7092);
;// CONCATENATED MODULE: ./build/shared/steps/validate-data.js
// The validate-data step: its options (action inputs, config keys, CLI flags
// all derive from them) and the step itself — data against a table schema,
// and against a reference for drift — to a results document, annotations,
// the job summary and outputs.











const validateDataOptions = (0,options/* defineOptions */.GM)({
    data: options/* option */.uK.list({
        description: 'Data files to validate: paths or globs, one per line or comma-separated, relative to the workspace. CSV, TSV, JSON Lines and Parquet, each optionally gzip-compressed (.gz; not Parquet), or one Frictionless data package (datapackage.json), whose every resource is validated with its own schema and dialect. Required unless merge is set.',
        config: { name: 'files', required: true },
        flag: 'positional',
    }),
    schema: options/* option */.uK.string({
        description: 'Table schema file (JSON or YAML): a Frictionless Table Schema, optionally with x-holdout extensions (maxMissingRate, mostly, rowCount, drift levels). Required unless data is a data package, whose resources carry their own.',
    }),
    reference: options/* option */.uK.string({
        description: 'Reference to check drift against: a dataset (the training data, say) or a profile saved with profile-out. Every column is compared (method per the schema, auto by default), with missing-rate change and unseen-category checks and dataset drift.',
    }),
    'profile-out': options/* option */.uK.string({
        description: 'Write the profile of this data here (JSON). Run it on the training data once to get a reference that loads in milliseconds.',
    }),
    shard: options/* option */.uK.string({
        description: 'Validate one shard of the data, i/n with i from 1 to n (a matrix value). With at least n files each shard takes whole files; otherwise each shard reads its n-th of every CSV/TSV file by byte range (other formats: every n-th row), or with shard-by the rows whose value hashes to it. Merge the shard documents with merge.',
        config: false,
    }),
    'shard-by': options/* option */.uK.string({
        description: 'Split rows by a hash of this column instead of by position, so equal values land in one shard: needed for unique and primaryKey checks across shards.',
        config: false,
    }),
    merge: options/* option */.uK.list({
        description: 'Merge shard documents (paths or globs of the results files written with shard) into the verdict one unsharded run gives, with drift against reference. Replaces data.',
        config: false,
        // The CLI takes the shard documents as its arguments, with a --merge switch.
        flag: false,
    }),
    'results-file': (0,common/* resultsFileOption */.ax)('Where to write the results document (JSON) that report and gate read.', 'holdout-results/validate-data.json'),
    'max-annotations': options/* option */.uK.integer(common/* nonNegativeInteger */.dv, {
        description: 'How many errors and warnings become annotations on the data files (GitHub shows the first 10 error and the first 10 warning annotations of a step); the rest are counted in the results and the summary.',
        default: 10,
        flag: false,
    }),
    'fail-on': (0,common/* failOnOption */.rZ)('Which status fails the step: fail (default), warn (warnings fail too) or never. Unreadable input always fails the step.'),
    ...(0,common/* exportOptions */.Vz)(false),
});
async function runValidateData(options, env, extras = {}) {
    const merge = options.merge ?? [];
    const data = options.data ?? [];
    if (merge.length === 0 && data.length === 0)
        throw new errors/* ConfigurationError */.j1('data: give the data files to validate (or merge, with shard documents)');
    if (options['shard-by'] !== undefined && options.shard === undefined)
        throw new errors/* ConfigurationError */.j1('shard-by needs shard (i/n)');
    const shard = options.shard === undefined ? undefined : (0,validate_shard/* parseShard */.u)(options.shard, options['shard-by'], 'shard');
    const schema = options.schema !== undefined ? (0,user_file/* userFile */.M)(env.workspace, options.schema) : undefined;
    const maxAnnotations = options['max-annotations'];
    const { document, profile, problems } = await env.tasks.run(validate_data/* validateDataTask */.kk, {
        data,
        baseDir: env.workspace,
        schema,
        reference: options.reference,
        profile: options['profile-out'] !== undefined,
        shard,
        merge: merge.length > 0 ? merge : undefined,
        title: extras.title,
        gitSha: env.commit,
        now: env.now?.(),
        options: { maxErrorSamples: Math.max(1000, maxAnnotations, extras.minErrorSamples ?? 0) },
    }, extras.onProgress ? { onProgress: extras.onProgress } : {});
    const files = [];
    if (options['profile-out'] !== undefined && profile)
        files.push({ path: (0,user_file/* userFile */.M)(env.workspace, options['profile-out']).path, text: (0,io/* profileText */.z1)(profile) });
    const failedChecks = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
    const drift = document.data.drift;
    const resultsFile = options['results-file'];
    files.push(...(0,export_files/* exportFiles */.S)(options, [{ document, file: resultsFile }], env.workspace, { warnFails: options['fail-on'] === 'warn' }));
    let failure;
    if (problems.length > 0)
        failure = { kind: 'input', message: problems.map((p) => p.message).join('\n') };
    else if ((0,results_status/* statusFailsStep */.Cd)(document.status, options['fail-on'])) {
        failure = { kind: 'verdict', message: `Data validation ${document.status}: ${failedChecks} check${failedChecks === 1 ? '' : 's'} failed, ${document.data.errorCount} errors (see ${resultsFile})` };
    }
    return {
        document,
        resultsPath: (0,user_file/* userFile */.M)(env.workspace, resultsFile).path,
        files,
        annotations: annotationsFor(document, maxAnnotations),
        summary: (0,validation/* renderValidationSummary */.mn)(document),
        outputs: {
            status: document.status,
            'results-file': resultsFile,
            rows: document.data.rows,
            'failed-checks': failedChecks,
            ...(drift ? { 'drifted-columns': drift.dataset.drifted, 'dataset-drift': drift.dataset.status } : {}),
        },
        failure,
    };
}


/***/ }),

/***/ 9570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ likelySplit),
/* harmony export */   r: () => (/* binding */ MIN_RANGE_BYTES)
/* harmony export */ });
// The smallest byte range worth a thread of its own: in a module of its own
// so that the steps' task declarations (in every bundle that runs a step)
// can tell whether a file will be split without loading the engine.
/** A range smaller than this is not worth a thread (starting one and loading the engine costs ~0.1 s). */
const MIN_RANGE_BYTES = 4 * 1024 * 1024;
/** Whether a file of `bytes` at `path` will likely be read in byte ranges: a plain (uncompressed) CSV or TSV (.tab too, as detectFormat reads it) of two ranges or more. */
function likelySplit(path, bytes) {
    return /\.(csv|tsv|tab)$/i.test(path) && bytes >= 2 * MIN_RANGE_BYTES;
}


/***/ }),

/***/ 3679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
// Shards of a dataset, as the user writes them (`2/4`, a matrix value), and
// what a shard is to the validator.

/** Reads `i/n` (1 ≤ i ≤ n, as a matrix index starting at 1) into a 0-based shard. */
function parseShard(text, by, key = 'shard') {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${text}" is not a shard: write i/n with 1 ≤ i ≤ n, e.g. 2/4 (matrix values 1 to n)`, { key });
    }
    return { index: index - 1, count, ...(by ? { by } : {}) };
}


/***/ })

};
