export const id = 647;
export const ids = [647];
export const modules = {

/***/ 3517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ readResultsFile),
/* harmony export */   KB: () => (/* binding */ writeResults),
/* harmony export */   qp: () => (/* binding */ resultsText)
/* harmony export */ });
/* unused harmony exports resultsPath, serializeResults, parseResults */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2005);
/* harmony import */ var _io_fs_error_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3565);
/* harmony import */ var _io_atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7700);
/* harmony import */ var _profile_profile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1354);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6941);
// Reading and writing results documents. Writes are atomic; reads reject a
// document that does not parse against the schema, naming the file.








/**
 * The path of a results file in the workspace. A helper on purpose: ncc's
 * asset relocation rewrites resolve(x, 'literal.json') calls it can see.
 */
function resultsPath(workspace, ...parts) {
    return resolve(workspace, ...parts);
}
/**
 * A results document as JSON text: ±∞ and NaN, which JSON cannot hold (and
 * JSON.stringify would turn into null), become the strings "Infinity",
 * "-Infinity" and "NaN" that the schema reads back as those numbers.
 */
function serializeResults(document) {
    return JSON.stringify(document, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2) + '\n';
}
/**
 * The text of a results document, checked the way a reader will read it: the
 * serialised JSON is parsed back against the schema. A document that would
 * not read back is a bug here, reported with the key at fault.
 */
function resultsText(document) {
    const text = serializeResults(document);
    const json = JSON.parse(text);
    const result = (0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .resultsSchemaFor */ .$t)(json).safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new Error(`results document would not read back (${issue.path.map(String).join('.') || 'document'}: ${issue.message})`);
    }
    return text;
}
async function writeResults(path, document) {
    await (0,_io_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Z)(path, resultsText(document));
}
/**
 * Reads and checks one results document: the one reader, for a single file,
 * for every match of a glob (collectResults) and for the gate. Errors are
 * ConfigurationErrors naming `file.display`. A genuine profile
 * (validate-data's profile-out, which may share the results directory) is
 * not a results document: undefined — but only when the file does not read
 * as a results document, so a failing document that merely starts with
 * `{"holdoutProfile": 1,` is read as what it is, never skipped.
 */
async function readResultsFile(file) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read results document: ${(0,_io_fs_error_js__WEBPACK_IMPORTED_MODULE_7__/* .describeFsError */ .T)(error)}`, { file: file.display });
    }
    const text = bytes.toString('utf8');
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
    try {
        return { file: file.display, sha256, document: parseResults(text, file.display) };
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 && (0,_profile_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeProfile */ .hE)(text.slice(0, 64)) && isProfile(text, file.display))
            return undefined;
        throw error;
    }
}
function isProfile(text, file) {
    try {
        (0,_profile_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .parseProfile */ .jZ)(text, file);
        return true;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
            return false;
        throw error;
    }
}
function parseResults(text, path) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`not a holdout results document: invalid JSON (${error.message})`, { file: path });
    }
    const result = (0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .resultsSchemaFor */ .$t)(json).safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        const key = issue.path.map(String).join('.');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`not a holdout results document: ${key ? `${key}: ` : ''}${issue.message}`, { file: path });
    }
    return result.data;
}


/***/ }),

/***/ 6941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oe: () => (/* binding */ MAX_HISTORY),
  kI: () => (/* binding */ RESULTS_VERSION),
  $t: () => (/* binding */ resultsSchemaFor),
  aW: () => (/* binding */ statusSchema)
});

// UNUSED EXPORTS: MAX_CURVE_POINTS, NON_FINITE_JSON, resultsSchemas, ruleNumbers

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/profile/profile.js + 1 modules
var profile = __webpack_require__(1354);
// EXTERNAL MODULE: ./build/shared/vocabulary/comparison.js
var vocabulary_comparison = __webpack_require__(2460);
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
        createdAt: datetime({ offset: true }),
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
        direction: schemas/* enum */.k5n(vocabulary_comparison/* DIRECTIONS */.X),
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
        method: schemas/* enum */.k5n(vocabulary_comparison/* TEST_METHODS */.Aj),
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
        task: schemas/* enum */.k5n(vocabulary_comparison/* TASKS */.n3).nullable(),
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

/***/ 779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ probability),
/* harmony export */   VC: () => (/* binding */ GATE_FAIL_ON),
/* harmony export */   Vz: () => (/* binding */ exportOptions),
/* harmony export */   ax: () => (/* binding */ resultsFileOption),
/* harmony export */   bF: () => (/* binding */ confidenceLevel),
/* harmony export */   dv: () => (/* binding */ nonNegativeInteger),
/* harmony export */   g2: () => (/* binding */ DEFAULT_RESULTS_GLOB),
/* harmony export */   rZ: () => (/* binding */ failOnOption)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3846);
/* harmony import */ var _results_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8563);
// Option values and ranges that several steps share, defined once.



/** Which status fails a step that produces a verdict (validate-data, compare-metrics): the status table's. */

/** Which status fails the gate: it always blocks on fail and error. */
const GATE_FAIL_ON = ['fail', 'warn'];
const nonNegativeInteger = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative();
/** A confidence level: at least 0.5 (a two-sided interval narrower than that means nothing), below 1. */
const confidenceLevel = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0.5).lt(1);
const probability = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1);
const DEFAULT_RESULTS_GLOB = 'holdout-results/*.json';
/** fail-on of a step that produces a verdict: which status fails the step (an input error always does). */
const failOnOption = (description) => _options_js__WEBPACK_IMPORTED_MODULE_0__/* .option */ .uK.enum(_results_status_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON */ .d$)({ description, default: 'fail', config: false });
/** results-file: where an action writes the step's results document (the config derives it from results_dir; the CLI has --out). */
const resultsFileOption = (description, fallback) => _options_js__WEBPACK_IMPORTED_MODULE_0__/* .option */ .uK.string({ description, default: fallback, config: false, flag: false });
/**
 * junit and kubeflow-metrics: the step's results as a JUnit XML report (an
 * input, a flag, and where `config` says, a config key) and as Kubeflow
 * Pipelines' metrics output (a flag only: orchestrators run the CLI).
 */
const exportOptions = (config) => ({
    junit: _options_js__WEBPACK_IMPORTED_MODULE_0__/* .option */ .uK.string({
        description: 'Also write the results as JUnit XML here: one test case per check, failures with their message and file:line, for the test reports of Jenkins, GitLab, Azure Pipelines, Buildkite and CircleCI.',
        ...(config ? {} : { config: false }),
    }),
    'kubeflow-metrics': _options_js__WEBPACK_IMPORTED_MODULE_0__/* .option */ .uK.string({
        description: "Also write Kubeflow Pipelines' metrics output here (the mlpipeline-metrics JSON: the step's numbers, at most 50).",
        input: false,
        config: false,
    }),
});


/***/ }),

/***/ 3846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ defineOptions),
/* harmony export */   JZ: () => (/* binding */ optionsFromConfig),
/* harmony export */   QR: () => (/* binding */ flagHelp),
/* harmony export */   T3: () => (/* binding */ configSectionSchema),
/* harmony export */   VC: () => (/* binding */ defaultText),
/* harmony export */   tS: () => (/* binding */ flagTable),
/* harmony export */   uK: () => (/* binding */ option),
/* harmony export */   yJ: () => (/* binding */ optionsFromText)
/* harmony export */ });
/* unused harmony export describeRange */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
// Step options, defined once. Each step declares its options here — name,
// description, default, range (a zod schema), and the name it has on each
// surface: the action input, the all-in-one config key, the CLI flag. From
// that one declaration come the action-input reader, the config section's
// zod schema and the CLI's parseArgs table; a test holds every action.yml to
// it. Values arrive as text from inputs and flags, natively typed from YAML.


function declare(text, schema) {
    return (o) => ({
        description: o.description,
        text,
        schema,
        default: o.default,
        required: o.required ?? false,
        input: o.input === undefined ? '' : o.input,
        config: o.config === undefined ? { name: '' } : typeof o.config === 'string' ? { name: o.config } : o.config,
        flag: o.flag === undefined ? '' : o.flag,
    });
}
/** Option builders. Names left empty are filled from the option's key by `defineOptions`. */
const option = {
    string: (o) => declare('string', zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))(o),
    list: (o) => declare('list', zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)))(o),
    enum: (values) => (o) => declare('string', zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(values))(o),
    number: (schema, o) => declare('number', schema)(o),
    integer: (schema, o) => declare('integer', schema)(o),
    boolean: (o) => declare('boolean', zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY())(o),
};
const snake = (kebab) => kebab.replaceAll('-', '_');
/** Fills in each option's surface names from its key. */
function defineOptions(spec) {
    for (const [key, o] of Object.entries(spec)) {
        if (o.input === '')
            o.input = key;
        if (o.flag === '')
            o.flag = key;
        if (o.config !== false && o.config.name === '')
            o.config = { ...o.config, name: snake(key) };
    }
    return spec;
}
/** The default as an action.yml writes it (text), or undefined. */
function defaultText(o) {
    // An empty list is what an input left out gives: action.yml writes no default for it.
    if (o.default === undefined || (Array.isArray(o.default) && o.default.length === 0))
        return undefined;
    return Array.isArray(o.default) ? o.default.join('\n') : String(o.default);
}
// ---------------------------------------------------------------- text → value
function fromText(o, raw, where) {
    const text = raw.trim();
    switch (o.text) {
        case 'string':
            return text;
        case 'list':
            return text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== '');
        case 'number': {
            const n = Number(text);
            if (text === '' || !Number.isFinite(n))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected a number, got "${text}"`);
            return n;
        }
        case 'integer':
            if (!/^[+-]?\d+$/.test(text))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected a whole number, got "${text}"`);
            return Number(text);
        case 'boolean':
            if (['true', 'True', 'TRUE'].includes(text))
                return true;
            if (['false', 'False', 'FALSE'].includes(text))
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected true or false, got "${text}"`);
    }
}
/** Says what a schema accepts, in a user's words, from its zod checks. */
function describeRange(o) {
    const def = o.schema.def;
    if (def.type === 'enum')
        return `one of ${Object.values(def.entries ?? {}).join(', ')}`;
    const parts = [];
    for (const check of def.checks ?? []) {
        const c = check._zod.def;
        if (c.check === 'greater_than')
            parts.push(`${c.inclusive ? '≥' : '>'} ${c.value}`);
        if (c.check === 'less_than')
            parts.push(`${c.inclusive ? '≤' : '<'} ${c.value}`);
        if (c.check === 'number_format' && c.format === 'safeint')
            parts.unshift('a whole number');
    }
    const kind = o.text === 'integer' ? 'a whole number' : o.text === 'number' ? 'a number' : o.text === 'boolean' ? 'true or false' : 'a value';
    const bounds = parts.filter((p) => p !== 'a whole number');
    return `${kind}${bounds.length ? ` ${bounds.join(' and ')}` : ''}`;
}
function checked(o, value, where, shown) {
    const result = o.schema.safeParse(value);
    if (result.success)
        return result.data;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected ${describeRange(o)}, got ${shown}`);
}
/**
 * Reads a step's options from text sources: action inputs (`surface: 'input'`)
 * or CLI flags (`'flag'`). `get` returns the raw text of a name, or undefined
 * when it was not given (blank counts as not given).
 */
function optionsFromText(spec, surface, get) {
    const out = {};
    for (const [key, o] of Object.entries(spec)) {
        const name = surface === 'input' ? o.input : o.flag;
        if (name === false || name === 'positional') {
            out[key] = o.default;
            continue;
        }
        const where = surface === 'input' ? `input ${name}` : `--${name}`;
        const raw = get(name);
        if (raw === undefined || raw.trim() === '') {
            if (o.required)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(surface === 'input' ? `Input required and not supplied: ${name}` : `--${name} is required`);
            out[key] = o.default;
            continue;
        }
        out[key] = checked(o, fromText(o, raw, where), where, JSON.stringify(raw.trim()));
    }
    return out;
}
// ---------------------------------------------------------------- config
function configValueSchema(o) {
    // A list may be written as one string or as a YAML list.
    const base = o.text === 'list' ? zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))]).transform((v) => (Array.isArray(v) ? v : [v])).pipe(o.schema) : o.schema;
    const required = o.required || (o.config !== false && o.config.required === true);
    if (required)
        return base;
    return o.default !== undefined ? base.default(o.default) : base.optional();
}
/**
 * The zod schema of a step's section of the all-in-one config, with the
 * config's key names (nested where a name is dotted). `extra` adds keys that
 * belong to the config only (a check's name, the gate's `enabled`).
 */
function configSectionSchema(spec, extra = {}) {
    const root = { leaves: {}, children: {} };
    for (const o of Object.values(spec)) {
        if (o.config === false)
            continue;
        const parts = o.config.name.split('.');
        let node = root;
        for (const part of parts.slice(0, -1))
            node = node.children[part] ??= { leaves: {}, children: {} };
        node.leaves[parts.at(-1)] = configValueSchema(o);
    }
    const build = (node) => {
        const shape = { ...node.leaves };
        for (const [name, child] of Object.entries(node.children))
            shape[name] = build(child).prefault({});
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej(shape);
    };
    const section = build(root);
    return Object.keys(extra).length ? section.extend(extra) : section;
}
/** Maps a parsed config section (config names) back to the step's options (option keys). */
function optionsFromConfig(spec, section) {
    const out = {};
    for (const [key, o] of Object.entries(spec)) {
        if (o.config === false) {
            out[key] = o.default;
            continue;
        }
        let value = section;
        for (const part of o.config.name.split('.'))
            value = value?.[part];
        out[key] = value;
    }
    return out;
}
// ---------------------------------------------------------------- CLI
/** parseArgs options for a step's flags. */
function flagTable(spec) {
    const table = {};
    for (const o of Object.values(spec))
        if (o.flag !== false && o.flag !== 'positional')
            table[o.flag] = { type: 'string' };
    return table;
}
/** The option lines of a command's --help, from the spec. */
function flagHelp(spec) {
    const rows = [];
    for (const o of Object.values(spec)) {
        if (o.flag === false || o.flag === 'positional')
            continue;
        const value = o.text === 'list' ? '<a,b>' : o.text === 'boolean' ? '<true|false>' : `<${o.text === 'string' ? 'value' : o.text}>`;
        const notes = [o.required ? 'required' : '', defaultText(o) !== undefined ? `default ${defaultText(o).replaceAll('\n', ',')}` : ''].filter(Boolean).join('; ');
        rows.push([`--${o.flag} ${value}`, `${firstSentence(o.description)}${notes ? ` (${notes})` : ''}`]);
    }
    const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
    return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n');
}
function firstSentence(text) {
    const end = text.search(/\.(\s|$)/);
    return end < 0 ? text : text.slice(0, end);
}


/***/ }),

/***/ 2460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ TEST_METHODS),
/* harmony export */   X: () => (/* binding */ DIRECTIONS),
/* harmony export */   n3: () => (/* binding */ TASKS)
/* harmony export */ });
// Model-comparison vocabulary, owned here and nowhere else: the prediction
// tasks, which way a metric is better, and the significance tests of a
// paired comparison. A leaf module (no imports).
/** The prediction tasks holdout computes metrics for. */
const TASKS = ['binary', 'multiclass', 'regression'];
/** How a metric's difference was tested: DeLong (ROC AUC), McNemar (accuracy), the paired bootstrap, or not at all. */
const TEST_METHODS = ['delong', 'mcnemar-exact', 'mcnemar-asymptotic', 'bootstrap-bca', 'bootstrap-percentile', 'none'];
/** Which way a metric is better. */
const DIRECTIONS = ['higher', 'lower'];


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
