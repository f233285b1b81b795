export const id = 372;
export const ids = [372];
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

/***/ 5129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Un: () => (/* binding */ problemCheck),
/* harmony export */   yK: () => (/* binding */ DataRunLog)
/* harmony export */ });
/* unused harmony export ProblemLog */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
// A step's problems as it meets them: each user mistake (ConfigurationError)
// becomes an `error` check naming the file and line, and is kept for the
// step's annotations, so a complete results document is always written.

/** The `error` check a user mistake becomes. */
function problemCheck(id, title, error) {
    return { id, title, status: 'error', message: error.message, count: 1, locations: error.file ? [{ file: error.file, line: error.line }] : [] };
}
class ProblemLog {
    problems = [];
    checks = [];
    /** Records a ConfigurationError as an `error` check; anything else is a bug and is thrown on. */
    fail(error, id, title) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
            throw error;
        this.problems.push(error);
        this.checks.push(problemCheck(id, title, error));
    }
    /** Runs `read`; a user mistake in it is recorded (as `fail`) and gives undefined. */
    async attempt(read, id, title) {
        try {
            return await read();
        }
        catch (error) {
            this.fail(error, id, title);
            return undefined;
        }
    }
}
/** A data run's log: its problems, and the tables and data errors it reports. */
class DataRunLog extends ProblemLog {
    tables = [];
    errors = [];
    /** A data file that cannot be read: an `error` check and a table that says why. */
    unreadableTable(file, error) {
        this.fail(error, `${file}#readable`, `${file} is readable`);
        this.tables.push({ file, format: 'unknown', status: 'error', rows: 0, errorCount: 0, errorCounts: {}, failedChecks: 1, problem: error.message });
    }
}


/***/ }),

/***/ 4255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   cd: () => (/* binding */ chiSquare1Sf),
/* harmony export */   ey: () => (/* binding */ binomialHalfCdf),
/* harmony export */   nG: () => (/* binding */ normalSf),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony export normalPdf */
// Normal and binomial distributions to full double precision, without
// tables of magic constants: the normal CDF by its Taylor series near zero
// and Laplace's continued fraction in the tails; the quantile by Newton
// steps on that CDF; log-gamma by Lanczos (g = 7).
const SQRT2PI = Math.sqrt(2 * Math.PI);
function normalPdf(x) {
    return Math.exp(-0.5 * x * x) / SQRT2PI;
}
/** Upper tail Q(x) = P(Z > x), accurate in relative terms far into the tail. */
function normalSf(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x < 0)
        return 1 - normalSf(-x);
    if (x < 3)
        return 0.5 - lowerHalf(x);
    if (x > 40)
        return 0;
    // Laplace's continued fraction for the Mills ratio, evaluated by Lentz's method.
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 500; k++) {
        d = x + k * d;
        d = d === 0 ? tiny : d;
        c = x + k / c;
        c = c === 0 ? tiny : c;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return normalPdf(x) / f;
}
/** Φ(x) − 1/2 for 0 ≤ x < 3 by the series φ(x)·Σ x^(2k+1)/(2k+1)!!. */
function lowerHalf(x) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let k = 1; k < 200; k++) {
        term *= x2 / (2 * k + 1);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return normalPdf(x) * sum;
}
function normalCdf(x) {
    return normalSf(-x);
}
/** The p-quantile of the standard normal. */
function normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p > 0.5)
        return -normalQuantile(1 - p);
    // Start from Abramowitz & Stegun 26.2.23, then Newton steps on the lower tail.
    const t = Math.sqrt(-2 * Math.log(p));
    let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
    for (let i = 0; i < 8; i++) {
        const err = normalCdf(x) - p;
        const step = err / normalPdf(x);
        // Halley's correction: Φ'' = −xφ.
        x -= step / (1 + (x * step) / 2);
        if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x)))
            break;
    }
    return x;
}
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    x -= 1;
    let a = LANCZOS[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/** P(X ≤ k) for X ~ Binomial(n, 1/2), summed down from the largest term. */
function binomialHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (k > n / 2)
        return 1 - binomialHalfCdf(n - k - 1, n);
    let ratio = 1;
    let sum = 1;
    for (let j = k; j >= 1; j--) {
        ratio *= j / (n - j + 1);
        sum += ratio;
        if (ratio < sum * 1e-17)
            break;
    }
    const logTerm = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) - n * Math.LN2;
    return Math.min(1, Math.exp(logTerm) * sum);
}
/** Survival function of χ² with one degree of freedom. */
function chiSquare1Sf(x) {
    return x <= 0 ? 1 : 2 * normalSf(Math.sqrt(x));
}


/***/ }),

/***/ 6522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateData: () => (/* binding */ validateData)
});

// UNUSED EXPORTS: parseShard

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/errors.js
var shared_errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/io/fs-error.js
var fs_error = __webpack_require__(3565);
// EXTERNAL MODULE: ./build/shared/data/table.js + 1 modules
var data_table = __webpack_require__(1739);
// EXTERNAL MODULE: ./build/shared/data/paths.js
var paths = __webpack_require__(1497);
// EXTERNAL MODULE: ./build/shared/results/collect.js
var collect = __webpack_require__(9555);
// EXTERNAL MODULE: ./build/shared/results/head.js
var head = __webpack_require__(6923);
// EXTERNAL MODULE: ./build/shared/results/schema.js + 1 modules
var schema = __webpack_require__(6941);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
// EXTERNAL MODULE: ./build/shared/schema/load.js + 1 modules
var load = __webpack_require__(6189);
// EXTERNAL MODULE: ./build/shared/validate/drift.js + 3 modules
var validate_drift = __webpack_require__(5545);
// EXTERNAL MODULE: ./build/shared/profile/profile.js + 1 modules
var profile = __webpack_require__(1354);
// EXTERNAL MODULE: ./build/shared/validate/table.js
var validate_table = __webpack_require__(7251);
// EXTERNAL MODULE: ./build/shared/package/datapackage.js
var datapackage = __webpack_require__(375);
;// CONCATENATED MODULE: ./build/shared/data/inline.js
// Inline data of a data package resource (`data: [...]`): rows of arrays with
// the header first, or objects (keys as columns, like JSON Lines), as one
// column batch. Rows whose shape is not the header's are reported as the CSV
// reader reports them (blank-row, extra-cell, missing-cell). The "line" of an
// inline row is its position in the list (the header row is 1), which is
// Frictionless' row number.


/** `header: false` (the resource's dialect): list rows are all data, the columns named field1, field2, … */
function openInlineTable(name, rows, header = true) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(rows)).digest('hex');
    const info = { written: name, display: name, path: name, format: 'inline', gzip: false };
    const digest = () => ({ sha256, bytes: 0 });
    if (rows.length === 0)
        throw new shared_errors/* ConfigurationError */.j1('inline data has no rows (not even a header)', { file: name });
    if (Array.isArray(rows[0])) {
        const first = rows[0];
        const labels = header ? first.map((label) => (label === null || label === undefined ? '' : String(label))) : first.map((_, k) => `field${k + 1}`);
        if (!header)
            rows = [labels, ...rows];
        const columns = labels.map(() => []);
        const offset = header ? 1 : 0; // the line of rows[k]: its position in the given list
        const issues = [];
        const lines = [];
        let size = 0;
        for (let k = 1; k < rows.length; k++) {
            const row = rows[k];
            if (!Array.isArray(row))
                throw new shared_errors/* ConfigurationError */.j1(`inline data row ${k + offset} is not a list, like the header row`, { file: name });
            if (row.every((cell) => cell === null || cell === undefined || cell === '')) {
                issues.push({ type: 'blank-row', row: size + 1, line: k + offset, cells: row.length });
                continue;
            }
            if (row.length > labels.length)
                issues.push({ type: 'extra-cell', row: size + 1, line: k + offset, index: size, cells: row.length, cell: String(row[labels.length]) });
            else if (row.length < labels.length)
                issues.push({ type: 'missing-cell', row: size + 1, line: k + offset, index: size, cells: row.length });
            for (let c = 0; c < labels.length; c++)
                columns[c].push(c < row.length ? toCell(row[c]) : null);
            lines.push(k + offset);
            size++;
        }
        const batch = { columns, size, firstRow: 1, lines, ...(issues.length > 0 ? { issues } : {}) };
        return { header: labels, info, digest, batches: one(batch), ...(header ? {} : { noHeader: true }) };
    }
    if (rows.some((row) => row === null || typeof row !== 'object' || Array.isArray(row))) {
        throw new shared_errors/* ConfigurationError */.j1('inline data mixes objects with other rows: give lists (header first) or objects', { file: name });
    }
    const keys = Object.keys(rows[0]);
    const index = new Map(keys.map((key, i) => [key, i]));
    const unexpected = new Map();
    const columns = keys.map(() => new Array(rows.length).fill(null));
    rows.forEach((row, r) => {
        for (const [key, value] of Object.entries(row)) {
            const at = index.get(key);
            if (at === undefined) {
                if (!unexpected.has(key))
                    unexpected.set(key, r + 1);
            }
            else
                columns[at][r] = toCell(value);
        }
    });
    return { header: keys, info, digest, batches: one({ columns, size: rows.length, firstRow: 1, lines: rows.map((_, r) => r + 1) }), unexpectedKeys: () => unexpected };
}
async function* one(batch) {
    yield batch;
}
function toCell(value) {
    return value === undefined ? null : value;
}

// EXTERNAL MODULE: ./build/shared/profile/hashset.js
var hashset = __webpack_require__(1038);
// EXTERNAL MODULE: ./build/shared/results/problems.js
var results_problems = __webpack_require__(5129);
// EXTERNAL MODULE: ./build/shared/validate/parallel.js + 1 modules
var parallel = __webpack_require__(8011);
// EXTERNAL MODULE: ./build/shared/validate/shard.js
var shard = __webpack_require__(3679);
;// CONCATENATED MODULE: ./build/shared/validate/run.js
// validateData: the validate-data step as a pure function of its inputs:
// data files + schema (+ a reference) → one results document. Bad input
// (unreadable file, bad schema) does not throw: it becomes an `error` check,
// so a complete document is always written, and is returned as `problems`
// for the entry to turn into exit status 2 / a failed step.
//
// Three shapes of run: a whole dataset; one shard of it (`shard`), whose
// document carries the tallies and profile a merge needs; and the merge of
// every shard's document (`merge`), which gives the verdict the unsharded
// run gives.




















async function validateData(input, hooks = {}) {
    if (!input.merge && input.data.some((path) => (0,datapackage/* isDataPackagePath */._O)(path)))
        return validatePackage(input, hooks);
    if (!input.schema) {
        const error = new shared_errors/* ConfigurationError */.j1('no table schema given: name the schema file (or validate a data package, datapackage.json)', { key: 'schema' });
        const document = emptyDocument(input, [(0,results_problems/* problemCheck */.Un)('schema', 'Schema is given', error)], 'schema');
        return { document, problems: [error] };
    }
    const schemaFile = input.schema;
    const log = new results_problems/* DataRunLog */.yK();
    const { problems, checks, tables, errors } = log;
    const fail = log.fail.bind(log);
    const maxSamples = input.options?.maxErrorSamples ?? 1000;
    const schemaShown = schemaFile.display;
    let schema;
    try {
        schema = await (0,load/* loadTableSchema */.yE)(schemaFile);
    }
    catch (error) {
        fail(error, `${schemaShown}#schema`, 'Schema is valid');
    }
    let reference;
    if (schema && input.reference !== undefined) {
        try {
            reference = await loadReference(input.reference, input.baseDir, schema);
        }
        catch (error) {
            fail(error, 'reference', 'Reference is readable');
        }
    }
    if (input.shard && input.merge)
        fail(new shared_errors/* ConfigurationError */.j1('shard and merge cannot be combined: shards validate, the merge combines their documents'), 'shard', 'Shard settings are valid');
    const wantProfile = reference !== undefined || input.profile === true || input.shard !== undefined;
    let shard;
    let tallies = [];
    let profile;
    let unverifiableKey;
    let files = [];
    if (schema && input.merge && problems.length === 0) {
        try {
            const keep = (column) => new Set(Object.keys(reference?.profile.columns[column]?.categories?.counts ?? {}));
            const merged = await mergeShardDocuments(input.merge, input.baseDir, schema, keep, input.options);
            tallies = merged.tallies;
            profile = merged.profile;
            unverifiableKey = merged.unverifiableKey;
            if (reference && merged.reference && merged.reference.sha256 !== reference.sha256) {
                throw new shared_errors/* ConfigurationError */.j1(`the shards were profiled against reference ${merged.reference.path} (sha256 ${merged.reference.sha256?.slice(0, 12)}), not ${reference.path}`);
            }
        }
        catch (error) {
            fail(error, 'merge', 'Shard documents merge');
        }
    }
    else if (schema && problems.length === 0) {
        try {
            files = await (0,paths/* expandPaths */.p)(input.data, input.baseDir);
            if (files.length === 0)
                throw new shared_errors/* ConfigurationError */.j1('no data files were given');
        }
        catch (error) {
            fail(error, 'data', 'Data files are found');
        }
        if (input.shard) {
            const { index, count, by } = input.shard;
            const mode = by === undefined && files.length >= count ? 'files' : 'rows';
            shard = { index, count, mode, ...(by !== undefined ? { by } : {}) };
            // Whole files per shard when there are enough of them (every key check stays exact); else rows, split.
            // Contiguous runs of files, so the merge (in shard order) lists the files in their given order.
            if (mode === 'files')
                files = files.filter((_, k) => Math.floor((k * count) / files.length) === index);
        }
        const profiler = wantProfile ? currentProfiler(reference, input.shard !== undefined) : undefined;
        let foreignKeys = [];
        try {
            foreignKeys = schemaForeignKeys(schema);
        }
        catch (error) {
            fail(error, `${schemaShown}#schema`, 'Schema is valid');
            files = [];
        }
        for (const file of files) {
            try {
                // A self-referencing foreign key: the file's own key tuples, read first in a pass of their own.
                const fkChecks = [];
                if (foreignKeys.length > 0) {
                    const provide = foreignKeys.map((fk) => ({ fields: fk.referenceFields, set: new hashset/* ValueHashSet */.KT(1 << 12) }));
                    await (0,validate_table/* tallyTable */.xL)(await (0,data_table.openTable)(file), schema, { provide, maxErrorSamples: 0, maxLocationsPerCheck: 0 });
                    foreignKeys.forEach((fk, k) => fkChecks.push({ ...fk, set: provide[k].unavailable ? undefined : provide[k].set }));
                }
                const onProgress = hooks.onProgress;
                if (shard?.mode === 'rows' && shard.by === undefined && fkChecks.length === 0) {
                    // Rows by position: this shard's byte range of the file, not every row read and every n-th kept.
                    const part = await (0,parallel.openShardRange)(file, shard.index, shard.count);
                    if (part) {
                        const { tally } = await (0,validate_table/* tallyTable */.xL)(part.table, schema, {
                            ...input.options,
                            profile: profiler,
                            onBatch: onProgress ? (rows) => onProgress({ file: file.display, rows }) : undefined,
                        });
                        const { sha256, bytes, newlines } = await part.digest;
                        // Its lines are the file's (annotations point at them); its rows count from the range, until the merge.
                        tallies.push({ ...(0,parallel.offsetTally)(tally, 0, newlines), sha256, bytes });
                        (shard.ranges ??= []).push(part.range());
                        continue;
                    }
                }
                if (hooks.ranges && !shard && fkChecks.length === 0) {
                    const tally = await (0,parallel.tallyInRanges)(file, schemaFile, { validate: input.options, profile: profiler, schema }, hooks.ranges);
                    if (tally) {
                        tallies.push(tally);
                        onProgress?.({ file: file.display, rows: tally.rows });
                        continue;
                    }
                }
                const table = (await hooks.tables?.(file)) ?? (await (0,data_table.openTable)(file));
                const { tally } = await (0,validate_table/* tallyTable */.xL)(table, schema, {
                    ...input.options,
                    foreignKeys: fkChecks,
                    profile: profiler,
                    rows: shard?.mode === 'rows' ? shard : undefined,
                    onBatch: onProgress ? (rows) => onProgress({ file: file.display, rows }) : undefined,
                });
                tallies.push(tally);
            }
            catch (error) {
                log.unreadableTable(file.display, error);
            }
        }
        profile = profiler?.toProfile();
    }
    for (const tally of tallies) {
        const result = (0,validate_table/* finishTable */.SX)(tally, schema, { ...input.options, partial: shard !== undefined, unverifiableKey });
        tables.push(result.summary);
        checks.push(...result.checks);
        for (const e of result.errors)
            if (errors.length < maxSamples)
                errors.push(e);
    }
    let drift;
    if (schema && reference && profile && !shard && problems.length === 0) {
        const compared = (0,validate_drift/* compareProfiles */.GB)({ schema: schema.descriptor, reference: reference.profile, referenceInfo: { path: reference.path, sha256: reference.sha256 }, current: profile });
        checks.push(...compared.checks);
        drift = compared.drift;
    }
    const status = (0,results_status/* worstStatus */.A4)(checks.map((c) => c.status));
    const rows = tables.reduce((sum, t) => sum + t.rows, 0);
    const errorCount = tables.reduce((sum, t) => sum + t.errorCount, 0);
    const baseTitle = input.title ?? 'Data validation';
    const document = {
        ...(0,head/* documentHead */.K)('validate-data', shard ? `${baseTitle} (shard ${shard.index + 1}/${shard.count})` : baseTitle, status, input.now),
        subject: {
            files: tables.map((t) => ({ path: t.file, sha256: t.sha256, bytes: t.bytes })),
            gitSha: input.gitSha,
            schema: schema ? { path: schemaShown, sha256: schema.sha256 } : { path: schemaShown },
            ...(reference ? { reference: { path: reference.path, sha256: reference.sha256 } } : {}),
        },
        checks,
        data: {
            tables, rows, errorCount, errors,
            ...(drift ? { drift } : {}),
            ...(shard ? { shard, tallies, profile } : {}),
        },
    };
    return { document, profile, problems };
}
/** The current data's profiler: binned on the reference's edges; on its own (a reference in the making) unless sharded. */
function currentProfiler(reference, sharded) {
    if (reference) {
        const columns = reference.profile.columns;
        return new profile/* DatasetProfiler */.ib((column) => {
            const edges = (0,profile/* frozenEdgesOf */.qf)(columns[column]);
            return edges ? { edges } : 'none';
        }, (column) => new Set(Object.keys(columns[column]?.categories?.counts ?? {})));
    }
    // Shards without a reference cannot agree on edges: they profile without histograms.
    return new profile/* DatasetProfiler */.ib(() => (sharded ? 'none' : 'own'));
}
/** Uniqueness survives a row split only when rows sharing a key share a shard: shard-by one of the key's columns. */
function keyVerifier(shard) {
    return (fields) => shard.by !== undefined && fields.includes(shard.by)
        ? undefined
        : `rows are split across shards ${shard.by === undefined ? 'by position' : `by "${shard.by}"`}, so a duplicate may sit in two shards; shard with shard-by: ${fields[0]} to check (${fields.join(', ')}) exactly`;
}
async function loadReference(path, baseDir, schema) {
    const files = await (0,paths/* expandPaths */.p)([path], baseDir, 'reference');
    const contents = [];
    for (const file of files) {
        try {
            contents.push(await (0,promises_.readFile)(file.path));
        }
        catch (error) {
            throw new shared_errors/* ConfigurationError */.j1(`cannot read the reference: ${(0,fs_error/* describeFsError */.T)(error)}`, { file: file.display });
        }
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const bytes of contents)
        hash.update(bytes);
    const sha256 = hash.digest('hex');
    const shown = files.map((f) => f.display).join(', ');
    const profiles = contents.map((bytes) => (0,profile/* looksLikeProfile */.hE)(bytes.subarray(0, 64).toString('utf8')));
    if (profiles.some(Boolean)) {
        if (files.length > 1)
            throw new shared_errors/* ConfigurationError */.j1(`a reference profile is one file; "${path}" matches ${files.length} (merge shard profiles with holdout merge-profiles first)`);
        return { profile: (0,profile/* parseProfile */.jZ)(contents[0].toString('utf8'), files[0].display), path: shown, sha256 };
    }
    // A dataset (one or more files): profiled on its own edges, through the same schema (its own errors are not this run's verdict).
    const profiler = new profile/* DatasetProfiler */.ib(() => 'own');
    for (const file of files) {
        const table = await (0,data_table.openTable)(file);
        await (0,validate_table/* tallyTable */.xL)(table, schema, { profile: profiler, maxErrorSamples: 0, maxLocationsPerCheck: 0 });
    }
    return { profile: profiler.toProfile(), path: shown, sha256 };
}
/** Reads the shard documents, checks they are one complete set, and sums them. */
async function mergeShardDocuments(patterns, baseDir, schema, keep, options) {
    const { documents, problems } = await (0,collect/* collectResults */.n)(patterns, baseDir);
    if (problems.length > 0)
        throw problems[0];
    const shards = [];
    for (const { file, document } of documents) {
        if (document.kind !== 'validate-data' || !document.data.shard || !document.data.tallies) {
            throw new shared_errors/* ConfigurationError */.j1('is not a shard document of validate-data (run validate-data with shard: i/n)', { file });
        }
        const reference = document.subject.reference;
        shards.push({ file, shard: document.data.shard, tallies: document.data.tallies, profile: document.data.profile, schemaSha: document.subject.schema?.sha256, reference });
    }
    if (shards.length === 0)
        throw new shared_errors/* ConfigurationError */.j1('no shard documents to merge');
    const { count, mode, by } = shards[0].shard;
    const seen = new Map();
    for (const s of shards) {
        if (s.shard.count !== count || s.shard.mode !== mode || s.shard.by !== by)
            throw new shared_errors/* ConfigurationError */.j1(`shard ${s.shard.index + 1}/${s.shard.count} (${s.shard.mode}) does not belong with ${shards[0].file} (${count} shards, ${mode})`, { file: s.file });
        if (seen.has(s.shard.index))
            throw new shared_errors/* ConfigurationError */.j1(`shard ${s.shard.index + 1}/${count} appears twice (also in ${seen.get(s.shard.index)})`, { file: s.file });
        if (s.schemaSha !== schema.sha256)
            throw new shared_errors/* ConfigurationError */.j1(`was validated with a different schema (sha256 ${s.schemaSha?.slice(0, 12)}) than ${schema.file}`, { file: s.file });
        if (s.reference?.sha256 !== shards[0].reference?.sha256)
            throw new shared_errors/* ConfigurationError */.j1('was profiled against a different reference than the other shards', { file: s.file });
        seen.set(s.shard.index, s.file);
    }
    const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
    if (missing.length > 0)
        throw new shared_errors/* ConfigurationError */.j1(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i + 1}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the verdict needs every shard`);
    shards.sort((a, b) => a.shard.index - b.shard.index);
    const byFile = new Map();
    // Byte-range shards number rows and lines from their range's start: from the file's, after the shards before.
    const before = new Map();
    for (const s of shards) {
        for (const t of s.tallies) {
            const range = s.shard.ranges?.find((r) => r.file === t.file);
            let tally = t;
            if (!range && shards.some((o) => o.shard.ranges?.some((r) => r.file === t.file))) {
                throw new shared_errors/* ConfigurationError */.j1(`shard ${s.shard.index + 1}/${count} read ${t.file} by every ${count}-th row, but other shards read it by byte range: the shards split the file differently`, { file: s.file });
            }
            if (range) {
                const previous = shards[shards.indexOf(s) - 1]?.shard.ranges?.find((r) => r.file === t.file);
                if (s.shard.index > 0 && previous?.end !== range.start) {
                    throw new shared_errors/* ConfigurationError */.j1(`shard ${s.shard.index + 1}/${count} read ${t.file} from byte ${range.start}, but shard ${s.shard.index}/${count} ${previous ? `ended at byte ${previous.end}` : 'did not read it by byte range'}: the shards split the file differently (was it changed between them?)`, { file: s.file });
                }
                const offset = before.get(t.file) ?? { rows: 0, lines: 0 };
                tally = (0,parallel.offsetTally)(t, offset.rows, offset.lines - range.linesBefore);
                before.set(t.file, { rows: offset.rows + t.rows, lines: offset.lines + range.lines });
            }
            byFile.set(t.file, [...(byFile.get(t.file) ?? []), tally]);
        }
    }
    const tallies = [...byFile.values()].map((group) => {
        if (mode === 'rows' && group.length !== count)
            throw new shared_errors/* ConfigurationError */.j1(`${group[0].file} was read by ${group.length} of the ${count} shards`);
        return group.length === 1 ? group[0] : (0,validate_table/* mergeTallies */.n_)(group, options);
    });
    const profiles = shards.map((s) => s.profile).filter((p) => p !== undefined);
    return {
        tallies,
        profile: profiles.length === shards.length ? (0,profile/* mergeProfiles */.Ns)(profiles, keep) : undefined,
        unverifiableKey: mode === 'rows' ? keyVerifier(shards[0].shard) : undefined,
        reference: shards[0].reference,
    };
}
/** The foreign keys of a schema on its own: self-references only (others need the data package that holds both tables). */
function schemaForeignKeys(schema) {
    const raw = schema.descriptor.foreignKeys;
    if (raw === undefined)
        return [];
    const parsed = datapackage/* foreignKeysSchema */.I7.safeParse(raw);
    if (!parsed.success)
        throw new shared_errors/* ConfigurationError */.j1(parsed.error.issues[0].message, { file: schema.file, key: 'foreignKeys' });
    const list = (v) => (typeof v === 'string' ? [v] : [...v]);
    return parsed.data.map((fk, k) => {
        const resource = fk.reference.resource ?? '';
        if (resource !== '') {
            throw new shared_errors/* ConfigurationError */.j1(`references resource "${resource}": validate the data package (datapackage.json) that holds both tables to check it`, { file: schema.file, key: `foreignKeys[${k}].reference.resource` });
        }
        const fields = list(fk.fields);
        const referenceFields = list(fk.reference.fields);
        for (const name of [...fields, ...referenceFields]) {
            if (!schema.fields.some((f) => f.name === name))
                throw new shared_errors/* ConfigurationError */.j1(`"${name}" is not a field of this schema`, { file: schema.file, key: `foreignKeys[${k}]` });
        }
        if (fields.length !== referenceFields.length)
            throw new shared_errors/* ConfigurationError */.j1('the key and the referenced key have different numbers of fields', { file: schema.file, key: `foreignKeys[${k}]` });
        return { fields, resource, referenceFields };
    });
}
function emptyDocument(input, checks, schemaPath) {
    return {
        ...(0,head/* documentHead */.K)('validate-data', input.title ?? 'Data validation', 'error', input.now),
        subject: { files: [], gitSha: input.gitSha, schema: { path: schemaPath } },
        checks,
        data: { tables: [], rows: 0, errorCount: 0, errors: [] },
    };
}
/**
 * A Frictionless data package: every tabular resource validated against its
 * own schema (an `any` schema from its header when it has none) and read with
 * its own dialect; foreign keys looked up in the referenced resource's key
 * tuples, read in a pass of their own when that resource comes later (or is
 * the resource itself), else gathered while it is validated.
 */
async function validatePackage(input, hooks) {
    const problems = [];
    const checks = [];
    const tables = [];
    const errors = [];
    const maxSamples = input.options?.maxErrorSamples ?? 1000;
    const shownPaths = input.data.join(', ');
    const refuse = (reason, key) => {
        const error = new shared_errors/* ConfigurationError */.j1(reason, key ? { key } : {});
        return { document: emptyDocument(input, [(0,results_problems/* problemCheck */.Un)('data', 'Data package is readable', error)], shownPaths), problems: [error] };
    };
    if (input.data.length !== 1)
        return refuse(`validate one data package at a time, without other data files (got ${shownPaths})`, 'data');
    if (input.schema)
        return refuse('a data package carries its resources\' schemas: leave schema out', 'schema');
    if (input.reference !== undefined)
        return refuse('drift against a reference is not checked for a data package: validate the resource\'s file with its schema and reference', 'reference');
    if (input.shard)
        return refuse('a data package is not validated in shards: validate it whole', 'shard');
    const packageFile = (await (0,paths/* expandPaths */.p)(input.data, input.baseDir))[0];
    let pkg;
    try {
        pkg = await (0,datapackage/* loadDataPackage */.f)(packageFile, input.baseDir);
    }
    catch (error) {
        if (!(error instanceof shared_errors/* ConfigurationError */.j1))
            throw error;
        return { document: emptyDocument(input, [(0,results_problems/* problemCheck */.Un)(`${packageFile.display}#package`, 'Data package is valid', error)], packageFile.display), problems: [error] };
    }
    for (const problem of pkg.problems) {
        problems.push(problem);
        checks.push((0,results_problems/* problemCheck */.Un)(`${problem.file ?? packageFile.display}#${problem.key ?? 'package'}`, 'Data package resource is valid', problem));
    }
    const broken = new Set(pkg.problems.map((p) => /^resources\[(\d+)\]/.exec(p.key ?? '')?.[1]).filter((i) => i !== undefined).map(Number));
    const resources = pkg.resources.filter((r) => !broken.has(r.index));
    const byName = new Map(resources.map((r) => [r.name, r]));
    const displayOf = (r) => (r.data.kind === 'file' ? r.data.file.display : r.data.name);
    const open = async (r) => {
        const table = r.data.kind === 'file' ? await (0,data_table.openTable)(r.data.file, { format: r.data.format, dialect: r.dialect }) : openInlineTable(r.data.name, r.data.rows, r.data.header);
        return { table, schema: r.schema ?? (0,datapackage/* anySchema */.Yu)(table.header, displayOf(r)) };
    };
    // Referenced key tuples, by resource name and fields.
    const keySets = new Map();
    const keyId = (name, fields) => `${name}\u0000${fields.join('\u0000')}`;
    const wanted = (parent) => [...keySets.entries()].filter(([id, k]) => id.startsWith(`${parent.name}\u0000`) && !k.done).map(([, k]) => k);
    for (const r of resources) {
        for (const fk of r.foreignKeys) {
            const parent = fk.resource === '' ? r : byName.get(fk.resource);
            if (!parent)
                continue;
            const id = keyId(parent.name, fk.referenceFields);
            if (!keySets.has(id))
                keySets.set(id, { provided: { fields: fk.referenceFields, set: new hashset/* ValueHashSet */.KT(1 << 12) }, done: false, failed: false });
        }
    }
    const results = [];
    for (const r of resources) {
        const shown = displayOf(r);
        try {
            // Referenced tables not read yet (later in the package, or this one): a pass for their keys first.
            const fkChecks = [];
            for (const fk of r.foreignKeys) {
                const parent = fk.resource === '' ? r : byName.get(fk.resource);
                const keys = parent ? keySets.get(keyId(parent.name, fk.referenceFields)) : undefined;
                if (parent && keys && !keys.done && !keys.failed) {
                    const pending = wanted(parent);
                    try {
                        const { table, schema } = await open(parent);
                        await (0,validate_table/* tallyTable */.xL)(table, schema, { provide: pending.map((k) => k.provided), maxErrorSamples: 0, maxLocationsPerCheck: 0 });
                        for (const k of pending)
                            k.done = true;
                    }
                    catch (error) {
                        if (!(error instanceof shared_errors/* ConfigurationError */.j1))
                            throw error;
                        for (const k of pending)
                            k.failed = true; // the parent's own check reports why
                    }
                }
                const usable = keys && keys.done && !keys.failed && !keys.provided.unavailable;
                fkChecks.push({ ...fk, set: usable ? keys.provided.set : undefined });
            }
            const provide = wanted(r);
            const { table, schema } = await open(r);
            const onProgress = hooks.onProgress;
            const { tally } = await (0,validate_table/* tallyTable */.xL)(table, schema, {
                ...input.options,
                foreignKeys: fkChecks,
                provide: provide.map((k) => k.provided),
                onBatch: onProgress ? (rows) => onProgress({ file: shown, rows }) : undefined,
            });
            for (const k of provide)
                k.done = true;
            results.push({ tally, schema });
        }
        catch (error) {
            if (!(error instanceof shared_errors/* ConfigurationError */.j1))
                throw error;
            for (const k of wanted(r))
                k.failed = true;
            problems.push(error);
            checks.push((0,results_problems/* problemCheck */.Un)(`${shown}#readable`, `${shown} is readable`, error));
            tables.push({ file: shown, format: 'unknown', status: 'error', rows: 0, errorCount: 0, errorCounts: {}, failedChecks: 1, problem: error.message });
        }
    }
    for (const { tally, schema } of results) {
        const result = (0,validate_table/* finishTable */.SX)(tally, schema, input.options);
        tables.push(result.summary);
        checks.push(...result.checks);
        for (const e of result.errors)
            if (errors.length < maxSamples)
                errors.push(e);
    }
    const document = {
        ...(0,head/* documentHead */.K)('validate-data', input.title ?? 'Data validation', (0,results_status/* worstStatus */.A4)(checks.map((c) => c.status)), input.now),
        subject: {
            files: tables.map((t) => ({ path: t.file, sha256: t.sha256, bytes: t.bytes })),
            gitSha: input.gitSha,
            schema: { path: pkg.file.display, sha256: pkg.sha256 },
        },
        checks,
        data: { tables, rows: tables.reduce((sum, t) => sum + t.rows, 0), errorCount: tables.reduce((sum, t) => sum + t.errorCount, 0), errors },
    };
    return { document, problems };
}


/***/ })

};
