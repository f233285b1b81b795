export const id = 147;
export const ids = [147,255,739];
export const modules = {

/***/ 1739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decompressedSize: () => (/* binding */ decompressedSize),
  openTable: () => (/* binding */ openTable),
  rowEstimator: () => (/* binding */ rowEstimator)
});

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/data/csv.js
var csv = __webpack_require__(7213);
;// CONCATENATED MODULE: ./build/shared/data/jsonl.js
// JSON Lines reader: one object per line, streamed. The header is the key
// order of the first record; later records are matched by key (a missing key
// is a missing value), and keys the header lacks are reported once each.

const BATCH_ROWS = 8192;
/** Longest JSON Lines record (UTF-16 code units). */
const MAX_LINE_CHARS = 32 * 1024 * 1024;
async function openJsonlStream(chunks, displayPath, maxLineChars = MAX_LINE_CHARS) {
    const records = jsonlRecords(chunks, displayPath, maxLineChars);
    const first = await records.next();
    if (first.done)
        throw new errors/* ConfigurationError */.j1('is empty', { file: displayPath });
    const header = Object.keys(first.value.record);
    if (header.length === 0)
        throw new errors/* ConfigurationError */.j1('the first record is an empty object: no columns', { file: displayPath, line: first.value.line });
    const index = new Map(header.map((name, i) => [name, i]));
    const unexpected = new Map();
    async function* batches() {
        let columns = header.map(() => []);
        let lines = [];
        let rows = 0;
        const add = (record, line) => {
            const row = columns[0].length;
            for (const key in record) {
                const at = index.get(key);
                if (at === undefined) {
                    if (!unexpected.has(key))
                        unexpected.set(key, line);
                    continue;
                }
                columns[at][row] = toCell(record[key]);
            }
            for (const column of columns)
                if (column.length <= row)
                    column[row] = null;
            lines.push(line);
            rows++;
        };
        add(first.value.record, first.value.line);
        for await (const { record, line } of records) {
            add(record, line);
            if (lines.length >= BATCH_ROWS) {
                yield { columns, size: lines.length, firstRow: rows - lines.length + 1, lines };
                columns = header.map(() => []);
                lines = [];
            }
        }
        if (lines.length > 0)
            yield { columns, size: lines.length, firstRow: rows - lines.length + 1, lines };
    }
    return { header, batches: batches(), unexpectedKeys: () => unexpected };
}
function toCell(value) {
    if (value === undefined)
        return null;
    return value;
}
async function* jsonlRecords(chunks, file, maxLine) {
    // A line may span many chunks: its parts wait in `pending` and only each new
    // chunk is searched for the newline, so a long line costs linear time, and
    // one past the limit stops the read at once.
    const pending = [];
    let pendingChars = 0;
    let line = 0;
    let first = true;
    const parse = (text, lineNumber) => {
        const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
        if (trimmed.trim() === '')
            return undefined;
        let value;
        try {
            value = JSON.parse(trimmed);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`invalid JSON: ${error.message}`, { file, line: lineNumber });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* ConfigurationError */.j1('each line must be a JSON object', { file, line: lineNumber });
        }
        return value;
    };
    const tooLong = () => new errors/* ConfigurationError */.j1(`line is longer than ${maxLine >= 1024 * 1024 ? `${Math.round(maxLine / (1024 * 1024))} MiB` : `${maxLine} characters`} (the limit for one JSON Lines record)`, { file, line: line + 1 });
    for await (let text of chunks) {
        if (first) {
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            first = false;
        }
        let start = 0;
        let end = text.indexOf('\n');
        if (end === -1) {
            pending.push(text);
            pendingChars += text.length;
            if (pendingChars > maxLine)
                throw tooLong();
            continue;
        }
        if (pending.length > 0) {
            if (pendingChars + end > maxLine)
                throw tooLong();
            pending.push(text.slice(0, end));
            const joined = pending.join('');
            pending.length = 0;
            pendingChars = 0;
            line++;
            const record = parse(joined, line);
            if (record)
                yield { record, line };
            start = end + 1;
            end = text.indexOf('\n', start);
        }
        while (end !== -1) {
            if (end - start > maxLine)
                throw tooLong();
            line++;
            const record = parse(text.slice(start, end), line);
            if (record)
                yield { record, line };
            start = end + 1;
            end = text.indexOf('\n', start);
        }
        if (start < text.length) {
            pending.push(text.slice(start));
            pendingChars += text.length - start;
            if (pendingChars > maxLine)
                throw tooLong();
        }
    }
    if (pending.length > 0) {
        line++;
        const record = parse(pending.join(''), line);
        if (record)
            yield { record, line };
    }
}

// EXTERNAL MODULE: ./build/shared/data/source.js
var data_source = __webpack_require__(3548);
;// CONCATENATED MODULE: ./build/shared/data/table.js
// openTable: one entry point for every tabular file, dispatching on format.





async function openTable(file, options = {}) {
    const info = (0,data_source.detectFormat)(file, options.format);
    if (info.format === 'parquet') {
        if (info.gzip) {
            // Parquet needs random access (footer first, then row groups): a .gz would have to be inflated whole.
            throw new errors/* ConfigurationError */.j1('is gzip-compressed Parquet, which cannot be read by row group; decompress it (gunzip -k) — Parquet compresses its own pages (snappy, gzip, zstd), so the outer .gz saves little', { file: info.display });
        }
        const size = await (0,data_source.checkReadableFile)(info);
        // Loaded only for Parquet: hyparquet and its compressors take longer to load than a CSV of
        // predictions takes to start reading.
        const { openParquetFile } = await Promise.all(/* import() */[__webpack_require__.e(180), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 3061));
        const stream = await openParquetFile(info.path, size, info.display);
        return { ...stream, info, estimateRows: () => stream.rowCount };
    }
    const source = await (0,data_source.openByteStream)(info);
    const text = (0,data_source.decodeUtf8)(source.chunks, info.display);
    const stream = info.format === 'jsonl'
        ? await openJsonlStream(text, info.display)
        : await (0,csv/* openCsvStream */.ze)(text, { displayPath: info.display, dialect: options.dialect, delimiter: info.format === 'tsv' ? '\t' : undefined });
    const size = await decompressedSize(info);
    return { ...stream, info, digest: source.digest, estimateRows: rowEstimator(size), ...(size !== undefined ? { dataSize: size } : {}) };
}
/** Rows in `size` bytes of text, guessed from a batch's rows per character. */
function rowEstimator(size) {
    return (batch) => {
        const chars = batch.text ? batch.text.text.length : undefined;
        if (!chars || batch.size === 0 || size === undefined)
            return undefined;
        return Math.ceil((size / chars) * batch.size);
    };
}
/** Bytes of (decompressed) data: the file size, or gzip's ISIZE trailer (size mod 2³²). */
async function decompressedSize(info) {
    const { size } = await (0,promises_.stat)(info.path);
    if (!info.gzip)
        return size;
    const handle = await (0,promises_.open)(info.path, 'r');
    try {
        const tail = Buffer.alloc(4);
        await handle.read(tail, 0, 4, size - 4);
        const isize = tail.readUInt32LE(0);
        // ISIZE wraps at 4 GiB; a gzip file rarely compresses less than 2:1, so take the wrap that fits.
        let total = isize;
        while (total < size)
            total += 2 ** 32;
        return total;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 6923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ documentHead)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);
// The head every results document starts with (the schema's `envelope`):
// the format version, the kind, a title, the status and when it was made.

function documentHead(kind, title, status, createdAt = new Date()) {
    return { holdout: _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULTS_VERSION */ .kI, kind, title, status, createdAt: createdAt.toISOString() };
}


/***/ }),

/***/ 2334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oe: () => (/* binding */ MAX_HISTORY),
  kI: () => (/* binding */ RESULTS_VERSION),
  $t: () => (/* binding */ resultsSchemaFor)
});

// UNUSED EXPORTS: MAX_CURVE_POINTS, NON_FINITE_JSON, resultsSchemas, ruleNumbers, statusSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/profile/profile.js + 1 modules
var profile = __webpack_require__(1354);
;// CONCATENATED MODULE: ./build/shared/vocabulary/comparison.js
// Model-comparison vocabulary, owned here and nowhere else: the prediction
// tasks, which way a metric is better, and the significance tests of a
// paired comparison. A leaf module (no imports).
/** The prediction tasks holdout computes metrics for. */
const TASKS = ['binary', 'multiclass', 'regression'];
/** How a metric's difference was tested: DeLong (ROC AUC), McNemar (accuracy), the paired bootstrap, or not at all. */
const TEST_METHODS = ['delong', 'mcnemar-exact', 'mcnemar-asymptotic', 'bootstrap-bca', 'bootstrap-percentile', 'none'];
/** Which way a metric is better. */
const DIRECTIONS = ['higher', 'lower'];

// EXTERNAL MODULE: ./build/shared/vocabulary/drift.js
var drift = __webpack_require__(3990);
// EXTERNAL MODULE: ./build/shared/vocabulary/policy.js
var policy = __webpack_require__(1183);
;// CONCATENATED MODULE: ./build/shared/results/schema.js
// The results document: the one contract between the actions. Every step
// writes one; report and gate read any number of them. These zod schemas are
// the single definition; kind-specific payloads hang off the common envelope.
//
// The schemas are built on first use, one document kind at a time
// (`resultsSchemas`, `resultsSchemaFor`): building all of them costs a
// measurable share of an action's cold start (bench/coldstart.mjs), and a
// step writes one kind and reads at most the kinds it is given.






const RESULTS_VERSION = 1;
/** Built at load, unlike the rest: small, and other modules' schemas compose it when they load (shared/monitor/history.ts). */
const statusSchema = schemas/* enum */.k5n(['pass', 'warn', 'fail', 'error']);
/**
 * JSON has no numbers for ±∞ and NaN (JSON.stringify writes null for them).
 * Where a statistic may be infinite (χ² of a value the reference never had,
 * a DeLong z of a difference with no variance) or undefined, a results
 * document holds these strings instead; readers get the JavaScript number
 * back. `serializeResults` (io.ts) writes them.
 */
const NON_FINITE_JSON = ['Infinity', '-Infinity', 'NaN'];
/** Most points a curve may hold in a results document (compare-metrics keeps at most 50; a hostile file cannot make the report draw more). */
const MAX_CURVE_POINTS = 200;
/** Most past deployments a comparison carries, and metrics per deployment. */
const MAX_HISTORY = 50;
/** The value `build` returns, built on the first call only. */
function once(build) {
    let built;
    return () => (built ??= { value: build() }).value;
}
/** The envelope every kind shares: its checks, locations, statistics and subject. */
const envelopeSchemas = once(() => {
    const location = schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        line: schemas/* number */.aig().int().positive().optional(),
        /** 1-based data row (record) number, where the file has rows. */
        row: schemas/* number */.aig().int().positive().optional(),
        field: schemas/* string */.YjP().optional(),
    });
    /** A statistic: a finite JSON number, or "Infinity" / "-Infinity" / "NaN", read as the number it names. */
    const statistic = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* enum */.k5n(NON_FINITE_JSON).transform((name) => Number(name))]);
    /** The strings "Infinity", "-Infinity" and "NaN" are read as those numbers, not as text. */
    const observed = schemas/* union */.KCZ([statistic, schemas/* string */.YjP(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]);
    const check = schemas/* object */.Ikc({
        /** Unique within the document; opaque to readers (they read the typed fields below, never parse it). */
        id: schemas/* string */.YjP(),
        title: schemas/* string */.YjP(),
        status: statusSchema,
        observed: observed.optional(),
        expected: observed.optional(),
        message: schemas/* string */.YjP(),
        /** How many occurrences the check counted (never capped). */
        count: schemas/* number */.aig().int().nonnegative().optional(),
        /** The first occurrences, for annotations; `count` says how many there were. */
        locations: schemas/* array */.YOg(location).default([]),
        // compare-metrics checks: which metric (and slice) the check is about, the
        // policy rule it applies and that rule's numbers.
        metric: schemas/* string */.YjP().optional(),
        slice: schemas/* object */.Ikc({ column: schemas/* string */.YjP(), value: schemas/* string */.YjP() }).optional(),
        rule: schemas/* enum */.k5n(policy/* COMPARISON_RULES */.Q).optional(),
        /** The rule's level: the bound of `min`/`max`, the allowed regression (absolute, or relative as a share), the required improvement. */
        threshold: schemas/* number */.aig().optional(),
        /** `non_inferiority`: the margin the improvement's confidence bound must stay above (as −margin), and the one-sided α. */
        margin: schemas/* number */.aig().optional(),
        alpha: schemas/* number */.aig().optional(),
    })
        .superRefine((check, ctx) => {
        if (check.rule === undefined)
            return;
        if (check.metric === undefined)
            ctx.addIssue({ code: 'custom', path: ['metric'], message: `a check with a rule (${check.rule}) names its metric` });
        for (const key of ruleNumbers(check.rule)) {
            if (check[key] === undefined)
                ctx.addIssue({ code: 'custom', path: [key], message: `rule ${check.rule} needs ${key}` });
        }
    });
    const fileDigest = schemas/* object */.Ikc({
        path: schemas/* string */.YjP(),
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/).optional(),
        bytes: schemas/* number */.aig().int().nonnegative().optional(),
    });
    const subject = schemas/* looseObject */._H3({
        files: schemas/* array */.YOg(fileDigest).default([]),
        gitSha: schemas/* string */.YjP().optional(),
        baselineId: schemas/* string */.YjP().optional(),
        schema: fileDigest.optional(),
    });
    const envelope = {
        holdout: schemas/* literal */.euz(RESULTS_VERSION),
        title: schemas/* string */.YjP(),
        status: statusSchema,
        createdAt: iso/* datetime */.w$({ offset: true }),
        subject,
        checks: schemas/* array */.YOg(check),
    };
    return { location, statistic, check, fileDigest, subject, envelope };
});
/** The numbers each comparison rule carries on its check. */
function ruleNumbers(rule) {
    switch (rule) {
        case 'present':
        case 'baseline':
            return [];
        case 'min':
        case 'max':
        case 'max_regression':
        case 'max_relative_regression':
        case 'min_improvement':
            return ['threshold'];
        case 'non_inferiority':
        case 'showable_margin':
            return ['margin', 'alpha'];
        default:
            return (0,errors/* assertNever */.xb)(rule, 'comparison rule');
    }
}
/** The validate-data document (monitor writes one too): tables, their tallies, shards, drift. */
const validateDataSchemas = once(() => {
    const { location, statistic, envelope } = envelopeSchemas();
    /** One Frictionless-style error, kept as a sample (the counts are complete). */
    const dataError = schemas/* object */.Ikc({
        type: schemas/* string */.YjP(),
        file: schemas/* string */.YjP(),
        field: schemas/* string */.YjP().optional(),
        row: schemas/* number */.aig().int().positive().optional(),
        line: schemas/* number */.aig().int().positive().optional(),
        cell: schemas/* string */.YjP().optional(),
        constraint: schemas/* string */.YjP().optional(),
        message: schemas/* string */.YjP(),
        /** `warn` when the error is tolerated (x-holdout `mostly`). */
        severity: schemas/* enum */.k5n(['fail', 'warn']).default('fail'),
    });
    const tableSummary = schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        format: schemas/* string */.YjP(),
        status: statusSchema,
        rows: schemas/* number */.aig().int().nonnegative(),
        sha256: schemas/* string */.YjP().optional(),
        bytes: schemas/* number */.aig().int().nonnegative().optional(),
        errorCount: schemas/* number */.aig().int().nonnegative(),
        errorCounts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative()),
        failedChecks: schemas/* number */.aig().int().nonnegative(),
        /** Set when the file could not be read at all (bad input). */
        problem: schemas/* string */.YjP().optional(),
    });
    /** What one table's validation counted, before table-level checks: a shard's share of a verdict, summed when shards merge. */
    const extreme = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* enum */.k5n(['Infinity', '-Infinity'])]).nullable();
    const tableTally = schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        format: schemas/* string */.YjP(),
        rows: schemas/* number */.aig().int().nonnegative(),
        sha256: schemas/* string */.YjP().optional(),
        bytes: schemas/* number */.aig().int().nonnegative().optional(),
        checks: schemas/* array */.YOg(schemas/* object */.Ikc({
            id: schemas/* string */.YjP(),
            title: schemas/* string */.YjP(),
            /** `file`: the same in every shard of the file (the header); `rows`: counts over this shard's rows. */
            scope: schemas/* enum */.k5n(['file', 'rows']),
            kind: schemas/* enum */.k5n(['header', 'type', 'required', 'constraint', 'unique', 'key']),
            field: schemas/* string */.YjP().optional(),
            constraint: schemas/* string */.YjP().optional(),
            keyFields: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
            tolerable: schemas/* boolean */.zMY(),
            /** A key column is missing from the file, so the key could not be checked. */
            unavailable: schemas/* boolean */.zMY().optional(),
            count: schemas/* number */.aig().int().nonnegative(),
            locations: schemas/* array */.YOg(location),
        })),
        // A field's extremes: null with no values; an infinite one spelled out (JSON has no Infinity), so a merge of shards or ranges keeps it.
        fields: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), missing: schemas/* number */.aig().int().nonnegative(), failed: schemas/* number */.aig().int().nonnegative(), min: extreme, max: extreme })),
        errors: schemas/* array */.YOg(dataError),
        errorCounts: schemas/* object */.Ikc({ file: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative()), rows: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative()) }),
    });
    const shard = schemas/* object */.Ikc({
        index: schemas/* number */.aig().int().nonnegative(),
        count: schemas/* number */.aig().int().positive(),
        /** rows: every shard reads every file and keeps its rows; files: whole files per shard. */
        mode: schemas/* enum */.k5n(['rows', 'files']),
        by: schemas/* string */.YjP().optional(),
        /**
         * Rows by position of CSV/TSV files: the byte range of each file this shard
         * read, its physical lines, and the line feeds before it. Its lines are the
         * file's; its rows are numbered from the range's start, and the merge
         * numbers them from the file's.
         */
        ranges: schemas/* array */.YOg(schemas/* object */.Ikc({
            file: schemas/* string */.YjP(), start: schemas/* number */.aig().int().nonnegative(), end: schemas/* number */.aig().int().nonnegative(),
            lines: schemas/* number */.aig().int().nonnegative(), linesBefore: schemas/* number */.aig().int().nonnegative(),
        })).optional(),
    });
    const driftColumn = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        kind: schemas/* enum */.k5n(['numeric', 'categorical']),
        method: schemas/* enum */.k5n(drift/* DRIFT_METHODS */.Tl),
        auto: schemas/* boolean */.zMY(),
        /** null when the statistic could not be computed at all; ±∞ or NaN when it is infinite or undefined. */
        statistic: statistic.nullable(),
        pValue: statistic.optional(),
        compare: schemas/* enum */.k5n(drift/* DRIFT_COMPARISONS */.nT),
        threshold: schemas/* object */.Ikc({ warn: schemas/* number */.aig().optional(), fail: schemas/* number */.aig().optional() }),
        logBase: schemas/* enum */.k5n(drift/* LOG_BASES */.Gg).optional(),
        nRef: schemas/* number */.aig().int().nonnegative(),
        nCur: schemas/* number */.aig().int().nonnegative(),
        bins: schemas/* enum */.k5n(['deciles', 'grid', 'values']),
        bound: statistic.optional(),
        status: statusSchema,
        message: schemas/* string */.YjP(),
        chart: schemas/* object */.Ikc({ labels: schemas/* array */.YOg(schemas/* string */.YjP()), reference: schemas/* array */.YOg(schemas/* number */.aig()), current: schemas/* array */.YOg(schemas/* number */.aig()) }),
    });
    const driftSummary = schemas/* object */.Ikc({
        reference: schemas/* object */.Ikc({ path: schemas/* string */.YjP(), sha256: schemas/* string */.YjP().optional(), rows: schemas/* number */.aig().int().nonnegative() }),
        columns: schemas/* array */.YOg(driftColumn),
        skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ column: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
        dataset: schemas/* object */.Ikc({ share: schemas/* number */.aig(), drifted: schemas/* number */.aig().int(), compared: schemas/* number */.aig().int(), status: statusSchema }),
    });
    const document = schemas/* object */.Ikc({
        ...envelope,
        kind: schemas/* literal */.euz('validate-data'),
        data: schemas/* object */.Ikc({
            tables: schemas/* array */.YOg(tableSummary),
            rows: schemas/* number */.aig().int().nonnegative(),
            errorCount: schemas/* number */.aig().int().nonnegative(),
            /** The first errors in file order; `errorCount` is the full count. */
            errors: schemas/* array */.YOg(dataError),
            /** Profile of the data (all files), when a reference or profile-out asked for one. */
            profile: profile/* profileSchema */.Fk.optional(),
            drift: driftSummary.optional(),
            /** Set on a shard's document: which share of the data it saw. Its `tallies` let a merge rebuild the whole verdict. */
            shard: shard.optional(),
            tallies: schemas/* array */.YOg(tableTally).optional(),
        }),
    });
    return { dataError, tableSummary, tableTally, shard, driftColumn, driftSummary, document };
});
/** The compare-metrics document: the comparison, its metric rows, curves and deployment history. */
const compareMetricsSchemas = once(() => {
    const { statistic, envelope } = envelopeSchemas();
    /** A metric value or statistic; null when missing. */
    const metricValue = statistic.nullable();
    const metricRow = schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        direction: schemas/* enum */.k5n(DIRECTIONS),
        /** Whether the policy gates this metric (others are shown for context). */
        gated: schemas/* boolean */.zMY(),
        slice: schemas/* object */.Ikc({ column: schemas/* string */.YjP(), value: schemas/* string */.YjP(), rows: schemas/* number */.aig().int().nonnegative() }).optional(),
        candidate: metricValue,
        baseline: metricValue,
        /** candidate − baseline. */
        difference: metricValue,
        /** (candidate − baseline) / |baseline|; null for a zero baseline. */
        relativeDifference: metricValue,
        /** Two-sided interval of the difference at `confidence`. */
        interval: schemas/* tuple */.PVZ([statistic, statistic]).nullable(),
        confidence: schemas/* number */.aig(),
        pValue: metricValue,
        method: schemas/* enum */.k5n(TEST_METHODS),
        /** better / worse beyond noise (or at all, without a test), same, or unknown (a value missing). */
        verdict: schemas/* enum */.k5n(['better', 'worse', 'same', 'unknown']),
        status: statusSchema,
        /** The policy rules applied to this row. */
        thresholds: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).default({}),
        note: schemas/* string */.YjP().optional(),
        /** The test's own numbers (a DeLong z may be ±∞: pROC's Z = −Inf for a difference with no variance). */
        details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([statistic, schemas/* string */.YjP()])).optional(),
        /** Eval suites: a 0–1 rate or a percentage, whose changes read in points; absent for other numbers. */
        scale: schemas/* enum */.k5n(['rate', 'percent']).optional(),
        /** Eval suites, pass/fail outcomes: the cases that flipped each way on the shared cases, and the first five ids of each. */
        flips: schemas/* object */.Ikc({
            passToFail: schemas/* number */.aig().int().nonnegative(),
            failToPass: schemas/* number */.aig().int().nonnegative(),
            firstPassToFail: schemas/* array */.YOg(schemas/* string */.YjP()).max(5),
            firstFailToPass: schemas/* array */.YOg(schemas/* string */.YjP()).max(5),
        })
            .optional(),
    });
    const model = schemas/* object */.Ikc({
        source: schemas/* string */.YjP(),
        kind: schemas/* enum */.k5n(['metrics', 'predictions', 'evals']),
        sha256: schemas/* string */.YjP().optional(),
        /** Identifies the baseline (a commit, run or deployment id). */
        id: schemas/* string */.YjP().optional(),
    });
    const unit = schemas/* number */.aig().min(0).max(1);
    /** The curves of one model's binary scores: exact vertices of scikit-learn's curves at the kept thresholds (∞: nothing predicted positive). */
    const modelCurves = schemas/* object */.Ikc({
        rows: schemas/* number */.aig().int().nonnegative(),
        positives: schemas/* number */.aig().int().nonnegative(),
        /** roc_curve: false and true positive rate at each kept threshold, threshold descending. */
        roc: schemas/* array */.YOg(schemas/* object */.Ikc({ threshold: statistic, fpr: unit, tpr: unit })).max(MAX_CURVE_POINTS),
        /** precision_recall_curve, recall rising (threshold descending). */
        pr: schemas/* array */.YOg(schemas/* object */.Ikc({ threshold: statistic, recall: unit, precision: unit })).max(MAX_CURVE_POINTS),
        /** calibration_curve (uniform bins on [0, 1]): each non-empty bin's mean score, share of positives and rows. Only for probabilities. */
        calibration: schemas/* object */.Ikc({
            bins: schemas/* number */.aig().int().min(1).max(MAX_CURVE_POINTS),
            strategy: schemas/* literal */.euz('uniform'),
            points: schemas/* array */.YOg(schemas/* object */.Ikc({ bin: schemas/* number */.aig().int().nonnegative(), predicted: unit, observed: unit, count: schemas/* number */.aig().int().positive() })).max(MAX_CURVE_POINTS),
        })
            .optional(),
    });
    /** One past deployment of the production model, as a deployment: baseline found it: its recorded metrics. */
    const deploymentRecord = schemas/* object */.Ikc({
        id: schemas/* string */.YjP().max(100),
        commit: schemas/* string */.YjP().max(100).optional(),
        recordedAt: schemas/* string */.YjP().max(100).optional(),
        metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).refine((m) => Object.keys(m).length <= MAX_HISTORY, { message: `at most ${MAX_HISTORY} metrics` }),
    });
    const comparison = schemas/* object */.Ikc({
        task: schemas/* enum */.k5n(TASKS).nullable(),
        paired: schemas/* boolean */.zMY(),
        rows: schemas/* number */.aig().int().nonnegative().nullable(),
        confidence: schemas/* number */.aig(),
        candidate: model,
        baseline: model.nullable(),
        /** Set when no baseline was found: what was tried. */
        baselineProblem: schemas/* string */.YjP().optional(),
        policy: schemas/* object */.Ikc({ source: schemas/* string */.YjP(), sha256: schemas/* string */.YjP().optional() }),
        dropped: schemas/* object */.Ikc({ candidateOnly: schemas/* number */.aig().int(), baselineOnly: schemas/* number */.aig().int() }).optional(),
        /** Eval suites: what was compared, and how p-values were adjusted across the family of tests. */
        evals: schemas/* object */.Ikc({
            format: schemas/* string */.YjP(),
            cases: schemas/* number */.aig().int().nonnegative(),
            candidateOnly: schemas/* number */.aig().int().nonnegative(),
            baselineOnly: schemas/* number */.aig().int().nonnegative(),
            samplesPerCase: schemas/* number */.aig().int().positive(),
            adjustment: schemas/* enum */.k5n(['holm', 'bh', 'none']),
            family: schemas/* number */.aig().int().nonnegative(),
            notes: schemas/* array */.YOg(schemas/* string */.YjP()),
        })
            .optional(),
        /** Binary scores on both sides (or the candidate's): ROC, precision–recall and calibration curves, reduced to at most 50 points each. */
        curves: schemas/* object */.Ikc({ candidate: modelCurves, baseline: modelCurves.optional() }).optional(),
        /** deployment: baselines: the gated metrics recorded by the last successful deployments, oldest first (the newest is the baseline). */
        history: schemas/* object */.Ikc({ source: schemas/* string */.YjP(), deployments: schemas/* array */.YOg(deploymentRecord).max(MAX_HISTORY) }).optional(),
        metrics: schemas/* array */.YOg(metricRow),
        regressions: schemas/* number */.aig().int().nonnegative(),
        improvements: schemas/* number */.aig().int().nonnegative(),
        summary: schemas/* string */.YjP(),
    });
    const document = schemas/* object */.Ikc({
        ...envelope,
        kind: schemas/* literal */.euz('compare-metrics'),
        comparison,
    });
    return { metricRow, modelCurves, deploymentRecord, comparison, document };
});
const gateResultsSchema = once(() => schemas/* object */.Ikc({
    ...envelopeSchemas().envelope,
    kind: schemas/* literal */.euz('gate'),
    decision: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
}));
/** The gate's governance check of a Markdown model card (shared/modelcard): each required section, found with content, empty or missing. */
const modelCardResultsSchema = once(() => schemas/* object */.Ikc({
    ...envelopeSchemas().envelope,
    kind: schemas/* literal */.euz('model-card'),
    card: schemas/* object */.Ikc({
        path: schemas/* string */.YjP(),
        sections: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), state: schemas/* enum */.k5n(['present', 'empty', 'missing']), heading: schemas/* string */.YjP().optional(), line: schemas/* number */.aig().int().positive().optional(), words: schemas/* number */.aig().int().nonnegative(), accepted: schemas/* array */.YOg(schemas/* string */.YjP()) })),
    }),
}));
/** Each kind's document schema, built on first use. */
const documentSchemaOfKind = {
    'validate-data': () => validateDataSchemas().document,
    'compare-metrics': () => compareMetricsSchemas().document,
    gate: gateResultsSchema,
    'model-card': modelCardResultsSchema,
};
/** Any results document: the union of the kinds, by `kind`. */
const resultsDocumentSchema = once(() => schemas/* discriminatedUnion */.gMt('kind', [documentSchemaOfKind['validate-data'](), documentSchemaOfKind['compare-metrics'](), gateResultsSchema(), modelCardResultsSchema()]));
/**
 * The results schemas, each built when first read. `document` is any results
 * document; the others are its parts, for tests and for code that checks a
 * part on its own.
 */
const resultsSchemas = {
    get location() { return envelopeSchemas().location; },
    get statistic() { return envelopeSchemas().statistic; },
    get check() { return envelopeSchemas().check; },
    get fileDigest() { return envelopeSchemas().fileDigest; },
    get subject() { return envelopeSchemas().subject; },
    get dataError() { return validateDataSchemas().dataError; },
    get tableSummary() { return validateDataSchemas().tableSummary; },
    get tableTally() { return validateDataSchemas().tableTally; },
    get shard() { return validateDataSchemas().shard; },
    get driftSummary() { return validateDataSchemas().driftSummary; },
    get validateDataResults() { return validateDataSchemas().document; },
    get metricRow() { return compareMetricsSchemas().metricRow; },
    get modelCurves() { return compareMetricsSchemas().modelCurves; },
    get deploymentRecord() { return compareMetricsSchemas().deploymentRecord; },
    get comparison() { return compareMetricsSchemas().comparison; },
    get compareMetricsResults() { return compareMetricsSchemas().document; },
    get gateResults() { return gateResultsSchema(); },
    get modelCardResults() { return modelCardResultsSchema(); },
    get document() { return resultsDocumentSchema(); },
};
/**
 * The schema to read `value` with: the schema of the kind it names, which
 * reads it exactly as the union of all kinds does (zod's discriminated union
 * hands a known `kind` to that kind's schema) without building the others;
 * the union itself for a value that names no known kind, so that its error
 * is the union's.
 */
function resultsSchemaFor(value) {
    const kind = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.kind : undefined;
    return typeof kind === 'string' && Object.hasOwn(documentSchemaOfKind, kind) ? documentSchemaOfKind[kind]() : resultsDocumentSchema();
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

/***/ 1183:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ COMPARISON_RULES),
/* harmony export */   b: () => (/* binding */ POLICY_RULES)
/* harmony export */ });
// Comparison-policy vocabulary, owned here and nowhere else: the rules a
// metric's policy can set, and the rules a compare-metrics check can apply.
// A leaf module (no imports): the policy schema, the evaluation, the results
// document and the report all use these lists.
/**
 * The threshold rules of a metric's policy, each a key of the policy file
 * (`metrics.<name>.<rule>`), in the order the report lists them.
 */
const POLICY_RULES = ['min', 'max', 'max_regression', 'max_relative_regression', 'min_improvement', 'non_inferiority'];
/**
 * Every rule a compare-metrics check applies: `present` (a `required` metric
 * is on the candidate), the policy's threshold rules, and `baseline` (the
 * rules that need a baseline have one, unless `allow_missing_baseline`).
 */
/**
 * What a comparison check applies: a policy rule, or one of the checks around
 * them — the metric is present, a baseline exists, and the non-inferiority
 * margin is one this sample can show (`showable_margin`, a warning).
 */
const COMPARISON_RULES = ['present', ...POLICY_RULES, 'baseline', 'showable_margin'];


/***/ })

};
