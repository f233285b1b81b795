export const id = 274;
export const ids = [274];
export const modules = {

/***/ 2615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inferSchemaCommand: () => (/* binding */ inferSchemaCommand),
  mergeProfilesCommand: () => (/* binding */ mergeProfilesCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/shared/io/atomic.js
var atomic = __webpack_require__(7700);
// EXTERNAL MODULE: ./build/shared/profile/io.js
var profile_io = __webpack_require__(2716);
// EXTERNAL MODULE: ./build/shared/profile/profile.js + 1 modules
var profile = __webpack_require__(1354);
// EXTERNAL MODULE: ./build/shared/validate/drift.js + 3 modules
var drift = __webpack_require__(5545);
// EXTERNAL MODULE: ./build/shared/schema/load.js + 1 modules
var load = __webpack_require__(6189);
// EXTERNAL MODULE: ./build/shared/data/batch.js
var data_batch = __webpack_require__(177);
// EXTERNAL MODULE: ./build/shared/profile/hashset.js
var hashset = __webpack_require__(1038);
// EXTERNAL MODULE: ./build/shared/schema/fields.js + 3 modules
var schema_fields = __webpack_require__(6068);
;// CONCATENATED MODULE: ./build/shared/schema/infer.js
// Schema inference: one pass over a dataset gives a draft table schema —
// types, required, missing-value markers, enums only where the evidence is
// strong, primary-key candidates — and, when asked, the dataset's profile,
// binned on its own edges, so it can serve as the drift reference at once.
// A draft: it says so, and a person reviews it before it guards anything.
//
// The draft is meant to accept the rest of the data it was drawn from (a
// draft made from 60 % of a clean dataset accepts the other 40 %; the e2e
// test test/e2e/real-datasets.e2e.test.ts measures it on R's and
// scikit-learn's datasets). Hence:
// - missing markers: "", NA, N/A, NaN, null, None by default (R writes NA,
//   pandas NaN or "", Python None), written into the draft's missingValues;
// - numeric ranges: by default only the sign (minimum 0 when at least 20
//   values are all ≥ 0); observed bounds do not generalise (the next sample's
//   extremes lie beyond them about half the time). `ranges: true` writes the
//   observed range widened by 10 % of its width on each side, rounded outward;
// - enums: a string column with at most 20 distinct values each seen at least
//   10 times (no rare value, so little sign of values the sample missed); an
//   integer column of only 0 and 1, each seen 10 times, is an integer with
//   enum [0, 1] (a label, kept numeric); true/false text is a boolean;
// - maxMissingRate: the Wilson upper bound (z = 3) of the missing share,
//   rounded up to a percent; a column with no missing value among 20 or more
//   is required.
// Memory per column is bounded (a few numbers, at most 21 distinct values,
// and a hash set of values only while the column may be a key) unless a
// profile is asked for; then each type still possible keeps its profile
// (numeric ones hold their values until the edges are cut).




/** Missing-value markers when none are given: Frictionless's "" and what R, pandas and Python write. */
const DEFAULT_MISSING_MARKERS = ['', 'NA', 'N/A', 'NaN', 'null', 'None'];
/** Candidate types, narrowest first: a column gets the first its every value casts to. */
const CANDIDATES = [
    { type: 'integer' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'date' },
    { type: 'datetime' },
    // pandas and many databases write datetimes with a space between date and time.
    { type: 'datetime', format: '%Y-%m-%d %H:%M:%S' },
    { type: 'string' },
];
const NUMERIC = new Set(['integer', 'number', 'date', 'datetime']);
/** An enum: at most this many distinct values, each seen at least ENUM_MIN_COUNT times. */
const ENUM_MAX = 20;
const ENUM_MIN_COUNT = 10;
/** Values needed before a sign (minimum 0), `required` or a key candidate is claimed. */
const MIN_EVIDENCE = 20;
/** With `ranges`: how far past the observed range the drafted bounds reach, as a share of the range. */
const RANGE_MARGIN = 0.1;
/** A column name that says identifier. */
const IDENTIFIER = /(^|_)(id|key|uuid)$/i;
/** z of the Wilson upper bound on the missing share. */
const MISSING_Z = 3;
/** Infers a draft schema (and the profile) over the tables of one dataset (the same columns in each). */
async function inferSchema(tables, source, options = {}) {
    const markers = [...new Set(options.missingValues ?? DEFAULT_MISSING_MARKERS)];
    const missing = new Set(markers);
    const profiling = options.profile !== false;
    const warnings = [];
    let columns;
    let firstHeader = [];
    let rows = 0;
    for (const table of tables) {
        const display = table.info.display;
        if (table.header.length === 1) {
            const delimiter = [';', '\t', '|'].find((d) => table.header[0].includes(d));
            if (delimiter)
                warnings.push(`${display}: read as one column whose header ${JSON.stringify(table.header[0])} contains ${JSON.stringify(delimiter)}; if that is the delimiter, pass --delimiter ${JSON.stringify(delimiter)}`);
        }
        if (!columns) {
            firstHeader = table.header;
            const names = draftNames(table.header, display, warnings);
            // One compiled caster per candidate type, shared by every column: a wide table costs a few small objects per column.
            const casters = CANDIDATES.map(({ type, format }) => (0,schema_fields/* compileField */.gC)({ name: 'value', type, ...(format ? { format } : {}) }, { file: source, key: 'value', schemaMissingValues: markers }));
            columns = table.header.map((label, index) => ({
                name: names[index],
                label,
                index,
                alive: CANDIDATES.map(({ type, format }, k) => {
                    return { type, format, field: casters[k], min: Infinity, max: -Infinity };
                }),
                missing: 0,
                values: 0,
                distinct: new Map(),
                seen: undefined,
                keyable: true,
                profiling,
            }));
        }
        // The same header: by position (renamed columns included); otherwise by label.
        const same = table.header.length === firstHeader.length && table.header.every((l, i) => l === firstHeader[i]);
        const byLabel = new Map();
        table.header.forEach((label, i) => {
            if (!byLabel.has(label))
                byLabel.set(label, i);
        });
        for await (const batch of table.batches) {
            rows += batch.size;
            for (const column of columns) {
                const at = same ? column.index : column.name === column.label ? byLabel.get(column.label) : undefined;
                if (at !== undefined)
                    scanColumn(column, batch, at, missing);
                else {
                    column.missing += batch.size;
                }
            }
        }
    }
    columns ??= [];
    const fields = [];
    const profileColumns = {};
    const candidates = [];
    for (const column of columns) {
        const chosen = column.alive[0];
        const field = { name: column.name, type: chosen.type };
        if (chosen.format)
            field.format = chosen.format;
        const constraints = {};
        if (column.missing === 0 && column.values >= MIN_EVIDENCE)
            constraints.required = true;
        const numeric = chosen.type === 'integer' || chosen.type === 'number';
        const binary = chosen.type === 'integer' && column.distinct?.size === 2 && [...column.distinct].every(([v, n]) => (v === '0' || v === '1') && n >= ENUM_MIN_COUNT);
        if (binary)
            constraints.enum = [0, 1];
        else if (numeric && Number.isFinite(chosen.min)) {
            if (options.ranges) {
                const [minimum, maximum] = widen(chosen.min, chosen.max, chosen.type === 'integer');
                constraints.minimum = minimum;
                constraints.maximum = maximum;
            }
            else if (chosen.min >= 0 && column.values >= MIN_EVIDENCE)
                constraints.minimum = 0;
        }
        if (chosen.type === 'string' && column.distinct && column.distinct.size > 0 && column.distinct.size <= ENUM_MAX && [...column.distinct.values()].every((n) => n >= ENUM_MIN_COUNT)) {
            constraints.enum = [...column.distinct.keys()].sort();
        }
        // Keys are strings, or integers named like an identifier or nearly consecutive (a row number): unique floats,
        // dates, times and integer measurements (weights, counts) are values that happen not to repeat in a sample.
        const keyLike = chosen.type === 'string' || (chosen.type === 'integer' && (IDENTIFIER.test(column.name) || chosen.max - chosen.min + 1 <= 2 * column.values));
        const unique = column.seen !== undefined && column.keyable && column.missing === 0 && column.values >= MIN_EVIDENCE && keyLike;
        if (unique) {
            candidates.push(column.name);
            constraints.unique = true;
        }
        if (Object.keys(constraints).length > 0)
            field.constraints = constraints;
        if (column.missing > 0 && rows > 0) {
            // Room for more missingness than seen, so the draft does not fail its own data's next sample.
            field['x-holdout'] = { maxMissingRate: Math.min(1, Math.ceil(wilsonUpper(column.missing, rows, MISSING_Z) * 100 - 1e-9) / 100) };
        }
        fields.push(field);
        if (profiling) {
            const acc = chosen.acc ?? accumulatorFor(chosen.type);
            acc.missing = column.missing;
            profileColumns[column.name] = acc.toProfile();
        }
    }
    // The first candidate named like an identifier, else the first candidate.
    const primaryKey = candidates.find((name) => IDENTIFIER.test(name)) ?? candidates[0];
    const schema = {
        description: `DRAFT inferred by holdout infer-schema from ${source} (${rows} rows): review the types, ranges, enums and keys before relying on it.${candidates.length > 1 ? ` Primary key candidates: ${candidates.join(', ')}.` : ''}`,
        fields,
        missingValues: markers,
    };
    if (primaryKey !== undefined)
        schema.primaryKey = primaryKey;
    return { schema, profile: { holdoutProfile: 1, rows, columns: profileColumns }, primaryKeyCandidates: candidates, rows, warnings };
}
/** Field names for a header: blank and repeated labels become field_<position>, with a warning each. */
function draftNames(header, display, warnings) {
    const taken = new Set(header);
    const used = new Set();
    return header.map((label, i) => {
        if (label.trim() !== '' && !used.has(label)) {
            used.add(label);
            return label;
        }
        let name = `field_${i + 1}`;
        for (let k = 2; taken.has(name) || used.has(name); k++)
            name = `field_${i + 1}_${k}`;
        used.add(name);
        warnings.push(`${display}: column ${i + 1} ${label.trim() === '' ? 'has a blank header' : `repeats the header ${JSON.stringify(label)}`}; drafted as "${name}" (holdout validate reports the ${label.trim() === '' ? 'blank' : 'duplicate'} label, as Frictionless does, until the header names it)`);
        return name;
    });
}
function scanColumn(column, batch, at, missing) {
    const cells = batch.text;
    const width = cells?.starts.length ?? 0;
    for (let r = 0; r < batch.size; r++) {
        const cell = cells ? (0,data_batch/* textCell */.i)(cells, width, at, r) : batch.columns[at][r];
        if (cell === null || cell === undefined || (typeof cell === 'string' && missing.has(cell))) {
            column.missing++;
            continue;
        }
        column.values++;
        const text = typeof cell === 'string' ? cell : String(cell);
        if (column.distinct) {
            column.distinct.set(text, (column.distinct.get(text) ?? 0) + 1);
            if (column.distinct.size > ENUM_MAX)
                column.distinct = undefined;
        }
        for (let k = 0; k < column.alive.length; k++) {
            const c = column.alive[k];
            const value = c.field.cast(cell);
            if (value === schema_fields/* INVALID */.uY || (c.type === 'boolean' && !/^(true|false)$/i.test(text))) {
                // Ruled out; 0/1 columns stay integers (labels, drafted with enum [0, 1]), not booleans. `string` never is.
                column.alive.splice(k--, 1);
                continue;
            }
            // The profile of each type still possible, made when the first value casts to it (most die at the first value).
            if (column.profiling)
                c.acc ??= accumulatorFor(c.type);
            if (NUMERIC.has(c.type)) {
                const x = value;
                if (x < c.min)
                    c.min = x;
                if (x > c.max)
                    c.max = x;
                c.acc?.addNumber(x);
            }
            else
                c.acc?.addCategory(typeof value === 'string' ? value : String(value));
        }
        // A key is an integer or a string column: once it can only be a float, date or time, stop remembering values.
        if (column.keyable) {
            const best = column.alive[0].type;
            if (best !== 'integer' && best !== 'string' && best !== 'boolean') {
                column.keyable = false;
                column.seen = undefined;
            }
            else {
                column.seen ??= new hashset/* ValueHashSet */.KT();
                if (!column.seen.add(text)) {
                    column.keyable = false;
                    column.seen = undefined;
                }
            }
        }
    }
}
/** A profile accumulator as validate's profiler makes one: numeric columns binned on their own edges. */
function accumulatorFor(type) {
    return NUMERIC.has(type) ? new profile/* ColumnAccumulator */.zI(type, 'numeric', 'own') : new profile/* ColumnAccumulator */.zI(type, 'categorical', 'none');
}
/** Upper end of the Wilson score interval for k successes in n. */
function wilsonUpper(k, n, z) {
    const p = k / n;
    const z2 = z * z;
    return Math.min(1, (p + z2 / (2 * n) + z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n));
}
function widen(min, max, integer) {
    const margin = (max - min) * RANGE_MARGIN || Math.abs(max) * RANGE_MARGIN || 1;
    // Round outwards to the margin's leading digit: 12.3–87.6 becomes 4–96, not 4.77–95.13.
    const step = integer ? Math.max(1, 10 ** Math.floor(Math.log10(margin))) : 10 ** Math.floor(Math.log10(margin));
    let lo = Math.floor((min - margin) / step) * step;
    const hi = Math.ceil((max + margin) / step) * step;
    // Non-negative data keeps a non-negative floor (counts, prices, ages).
    if (min >= 0 && lo < 0)
        lo = 0;
    return [Number(lo.toPrecision(12)), Number(hi.toPrecision(12))];
}

// EXTERNAL MODULE: ./build/shared/data/table.js + 1 modules
var table = __webpack_require__(1739);
// EXTERNAL MODULE: ./build/shared/data/paths.js
var paths = __webpack_require__(1497);
// EXTERNAL MODULE: ./build/shared/io/user-file.js
var user_file = __webpack_require__(3349);
// EXTERNAL MODULE: ./build/shared/count.js
var count = __webpack_require__(5343);
// EXTERNAL MODULE: ./build/cli/text.js
var cli_text = __webpack_require__(8906);
// EXTERNAL MODULE: ./build/cli/common.js + 1 modules
var common = __webpack_require__(147);
;// CONCATENATED MODULE: ./build/cli/profiles.js
// `holdout infer-schema` (a draft table schema, and a profile, from data) and
// `holdout merge-profiles` (shard profiles into one, with a drift check);
// loaded only when the command is one of them.














const INFER_USAGE = `Usage: holdout infer-schema <data...> [options]

Reads the data once and writes a DRAFT table schema — types, required,
missing-value markers, the sign of numeric columns (their ranges with
--ranges), enums only for low-cardinality columns whose every value repeats,
primary key candidates — and, with --profile-out, the data's profile to use
as the drift reference. Review the draft before relying on it.

Options:
  --out <file>              write the schema here (.yaml/.yml or .json); default: standard output (YAML)
  --profile-out <file>      write the data's profile here
  --missing-values <list>   cells read as missing, comma-separated (an empty item is the empty cell);
                            default ${JSON.stringify(DEFAULT_MISSING_MARKERS.join(','))}
  --delimiter <char>        the CSV delimiter (default: sniffed)
  --ranges                  write each numeric column's observed range, widened by 10% each side
  -h, --help                show this help`;
async function inferSchemaCommand(args, io) {
    const { values, positionals } = (0,common/* parse */.qg)(args, {
        out: { type: 'string' }, 'profile-out': { type: 'string' }, 'missing-values': { type: 'string' }, delimiter: { type: 'string' }, ranges: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(INFER_USAGE + '\n');
        return common/* EXIT */.dc.ok;
    }
    if (positionals.length === 0)
        throw new common/* UsageError */.eb('infer-schema needs at least one data file');
    const delimiter = values.delimiter;
    if (delimiter !== undefined && delimiter.length !== 1)
        throw new common/* UsageError */.eb('--delimiter must be one character');
    const files = await (0,paths/* expandPaths */.p)(positionals, io.cwd);
    const tables = [];
    for (const file of files)
        tables.push(await (0,table.openTable)(file, delimiter ? { dialect: { delimiter } } : {}));
    const profileOut = values['profile-out'];
    const missingValues = typeof values['missing-values'] === 'string' ? values['missing-values'].split(',') : undefined;
    const inferred = await inferSchema(tables, files.map((f) => f.display).join(', '), { missingValues, ranges: values.ranges === true, profile: profileOut !== undefined });
    const out = values.out;
    const json = out !== undefined && out.endsWith('.json');
    const text = json
        ? JSON.stringify(inferred.schema, null, 2) + '\n'
        : `# DRAFT table schema inferred by holdout infer-schema — review before use.\n${(0,dist/* stringify */.As)(inferred.schema, { lineWidth: 0 })}`;
    if (out !== undefined)
        await (0,atomic/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, out), text);
    else
        io.stdout(text);
    if (profileOut !== undefined)
        await (0,profile_io/* writeProfile */.Z8)((0,external_node_path_.resolve)(io.cwd, profileOut), inferred.profile);
    for (const warning of inferred.warnings)
        io.stderr(`holdout: warning: ${warning}\n`);
    const fields = inferred.schema.fields.length;
    io.stderr(`holdout: drafted ${fields} field${fields === 1 ? '' : 's'} from ${(0,count/* formatCount */.B)(inferred.rows)} rows${inferred.primaryKeyCandidates.length ? `; primary key candidates: ${inferred.primaryKeyCandidates.join(', ')}` : ''}${out ? ` → ${out}` : ''}${profileOut ? `; profile → ${profileOut}` : ''}\n`);
    return common/* EXIT */.dc.ok;
}
const MERGE_USAGE = `Usage: holdout merge-profiles <profiles...> --out <file> [options]

Merges profiles written by validate --profile-out (or infer-schema) on parts
of one dataset — shards of a matrix — into the profile of the whole: counts,
bounds, moments and histograms exactly. With --schema and --reference it
also checks the merged profile's drift and exits 1 on a failed check. (To
merge shard results documents into the full verdict, use validate --merge.)

Options:
  --out <file>          write the merged profile here
  --schema <file>       table schema, for drift settings
  --reference <file>    reference profile to check drift against
  -h, --help            show this help`;
async function mergeProfilesCommand(args, io) {
    const { values, positionals } = (0,common/* parse */.qg)(args, { out: { type: 'string' }, schema: { type: 'string' }, reference: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        io.stdout(MERGE_USAGE + '\n');
        return common/* EXIT */.dc.ok;
    }
    if (positionals.length === 0)
        throw new common/* UsageError */.eb('merge-profiles needs the profiles to merge');
    if ((values.reference === undefined) !== (values.schema === undefined))
        throw new common/* UsageError */.eb('--reference and --schema go together');
    if (values.out === undefined && values.reference === undefined)
        throw new common/* UsageError */.eb('merge-profiles needs --out <file> (or --schema and --reference to check drift)');
    const files = await (0,paths/* expandPaths */.p)(positionals, io.cwd, 'profile');
    const profiles = [];
    for (const file of files)
        profiles.push(await (0,profile_io/* readProfile */.er)(file));
    const reference = typeof values.reference === 'string' ? await (0,profile_io/* readProfile */.er)((0,user_file/* userFile */.M)(io.cwd, values.reference)) : undefined;
    const merged = (0,profile/* mergeProfiles */.Ns)(profiles, (column) => new Set(Object.keys(reference?.columns[column]?.categories?.counts ?? {})));
    if (typeof values.out === 'string')
        await (0,profile_io/* writeProfile */.Z8)((0,external_node_path_.resolve)(io.cwd, values.out), merged);
    io.stderr(`holdout: merged ${profiles.length} profile${profiles.length === 1 ? '' : 's'} (${(0,count/* formatCount */.B)(merged.rows)} rows)${values.out ? ` → ${String(values.out)}` : ''}\n`);
    if (!reference)
        return common/* EXIT */.dc.ok;
    const schema = await (0,load/* loadTableSchema */.yE)((0,user_file/* userFile */.M)(io.cwd, values.schema));
    const { checks } = (0,drift/* compareProfiles */.GB)({ schema: schema.descriptor, reference, referenceInfo: { path: values.reference }, current: merged });
    for (const check of checks)
        io.stdout((0,cli_text/* sanitizeTerminal */.iz)(`${check.status.toUpperCase().padEnd(5)} ${check.title}: ${check.message}`) + '\n');
    return checks.some((c) => c.status === 'fail' || c.status === 'error') ? common/* EXIT */.dc.failed : common/* EXIT */.dc.ok;
}


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ comparisonVerdict),
/* harmony export */   Nz: () => (/* binding */ formatReportText),
/* harmony export */   WH: () => (/* binding */ formatValidationText),
/* harmony export */   a7: () => (/* binding */ formatGateText),
/* harmony export */   cF: () => (/* binding */ formatComparisonText),
/* harmony export */   iz: () => (/* binding */ sanitizeTerminal)
/* harmony export */ });
/* unused harmony export driftLine */
/* harmony import */ var _shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4058);
/* harmony import */ var _shared_report_drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1288);
/* harmony import */ var _shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1808);
/* harmony import */ var _shared_report_validation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(352);
/* harmony import */ var _shared_results_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8563);
// Plain text for the terminal: one line per error in the `file:line: message`
// form editors and grep understand; statuses first; numbers rounded to what
// matters; no Markdown; correct plurals; colour on a TTY only (the caller
// says whether stdout is one).





// Colour is marked with private-use characters while a line is built (so that
// sanitising the line, untrusted text and all, keeps it) and becomes SGR
// codes in `finish`. At worst a name smuggles in one of these four colours.
const SGR = { green: '\uE000', yellow: '\uE001', red: '\uE002', magenta: '\uE003' };
const RESET = '\uE004';
const CODES = { '\uE000': '\x1b[32m', '\uE001': '\x1b[33m', '\uE002': '\x1b[31m', '\uE003': '\x1b[35m', '\uE004': '\x1b[0m' };
/** Drops control characters so untrusted text cannot drive the terminal. */
function sanitizeTerminal(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}
function painter(color) {
    return (status, text) => (color ? `${SGR[(0,_shared_results_status_js__WEBPACK_IMPORTED_MODULE_3__/* .statusColour */ .$8)(status)]}${text}${RESET}` : text);
}
/** The lines as printed: colour marks become SGR codes (without colour there are none). */
function finish(lines, color) {
    const text = lines.join('\n') + '\n';
    return color ? text.replace(/[\uE000-\uE004]/g, (c) => CODES[c]) : text.replace(/[\uE000-\uE004]/g, '');
}
/** A status as a fixed-width word: `FAIL `, `PASS `. */
const word = (status) => status.toUpperCase().padEnd(5);
/** One drifted column: its statistic against the level the schema sets. */
function driftLine(c) {
    const statistic = c.statistic === null && c.pValue === 0 && c.status !== 'error' ? Infinity : c.statistic;
    if (c.status === 'error')
        return `${c.column}: ${c.message}`;
    const shown = c.compare === 'p-value' ? `p ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .pValue */ .sp)(c.pValue)} (${c.method} ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(statistic, 2)})` : `${c.method} ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(statistic, 2)}${c.bound !== undefined ? ` ±${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(c.bound, 2)}` : ''}`;
    return `${c.column}: ${shown}, drift at ${(0,_shared_report_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .driftLevel */ .qf)(c)}; n ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(c.nRef)} → ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(c.nCur)}`;
}
function formatValidationText(document, options) {
    const paint = painter(options.color);
    const lines = [];
    for (const error of document.data.errors.slice(0, options.maxErrors)) {
        const where = error.line ? `${error.file}:${error.line}` : error.row ? `${error.file} (row ${error.row})` : error.file;
        const kind = error.constraint ? `${error.type}/${error.constraint}` : error.type;
        lines.push(sanitizeTerminal(`${where}: ${kind}${error.field ? ` [${error.field}]` : ''}: ${error.message}${error.severity === 'warn' ? ' (tolerated by mostly)' : ''}`));
    }
    const shown = Math.min(options.maxErrors, document.data.errors.length);
    if (document.data.errorCount > shown && document.data.errors.length > 0)
        lines.push(`… ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(document.data.errorCount - shown, 'more error')}`);
    for (const table of document.data.tables) {
        lines.push(sanitizeTerminal(`${paint(table.status, word(table.status))} ${table.file}: ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(table.rows, 'row')}, ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(table.failedChecks, 'check')} failed, ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(table.errorCount, 'error')}${table.problem ? ` (${table.problem})` : ''}`));
    }
    const drift = document.data.drift;
    if (drift) {
        const d = drift.dataset;
        lines.push(sanitizeTerminal(`${paint(d.drifted > 0 ? 'fail' : 'pass', 'DRIFT')} ${d.drifted} of ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(d.compared, 'column')} against ${drift.reference.path} (dataset drift at ${Math.round(d.share * 100)}%: ${d.status})`));
        for (const c of drift.columns.filter((c) => c.status !== 'pass'))
            lines.push(sanitizeTerminal(`  ${paint(c.status, c.status)} ${driftLine(c)}`));
    }
    const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
    lines.push(`${paint(document.status, document.status.toUpperCase())}: ${failed} of ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(document.checks.length, 'check')} failed`);
    return finish(lines, options.color);
}
/** One line on a comparison's verdict: what fails and why, or what was found. */
function comparisonVerdict(document) {
    if (document.status === 'pass')
        return (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonOutcome */ .cT)(document);
    const reasons = (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonReasons */ .Rm)(document, document.status === 'warn' ? 'warn' : 'fail');
    return reasons.join('; ') || (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonOutcome */ .cT)(document);
}
function formatComparisonText(document, color) {
    const paint = painter(color);
    const c = document.comparison;
    const rows = (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .orderRows */ .O1)(c.metrics);
    const names = rows.map((r) => (r.slice ? `${r.name} [${r.slice.column}=${r.slice.value}]` : r.name));
    const width = Math.max(6, ...names.map((n) => n.length));
    const ci = `${Math.round(c.confidence * 100)}% interval`;
    const lines = [`status     ${'metric'.padEnd(width)}  ${'baseline'.padStart(9)}  ${'candidate'.padStart(9)}  ${'change'.padStart(8)}  ${ci.padEnd(20)}  ${'p'.padEnd(7)}  test`];
    rows.forEach((r, i) => {
        const status = r.gated ? paint(r.status, r.status.padEnd(9)) : 'not gated';
        const change = r.relativeDifference !== null ? (0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signedPercent */ .wu)(r.relativeDifference) : (0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signed */ .x8)(r.difference);
        const interval = r.interval ? `${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signed */ .x8)(r.interval[0])} to ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signed */ .x8)(r.interval[1])}` : '—';
        lines.push(sanitizeTerminal(`${status}  ${names[i].padEnd(width)}  ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(r.baseline).padStart(9)}  ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(r.candidate).padStart(9)}  ${change.padStart(8)}  ${interval.padEnd(20)}  ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .pValue */ .sp)(r.pValue).padEnd(7)}  ${r.method === 'none' ? '—' : r.method}`));
    });
    const failing = rows.filter((r) => r.gated && r.status !== 'pass');
    if (failing.length)
        lines.push('');
    for (const r of failing)
        for (const k of (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowChecks */ .ko)(document, r))
            lines.push(sanitizeTerminal(`${paint(k.status, word(k.status))} ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowName */ ._k)(r)}: ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReason */ .Dk)(r, k)}`));
    lines.push(sanitizeTerminal(`${paint(document.status, document.status.toUpperCase())}: ${comparisonVerdict(document)}`));
    return finish(lines, color);
}
/** The gate's decision for a terminal: the decision and its first reason, every reason, the inputs and the audit record. */
function formatGateText(result, color) {
    const paint = painter(color);
    const decision = result.decision;
    if (!decision)
        return finish([sanitizeTerminal(String(result.outputs.reason ?? ''))], color);
    const status = decision.decision === 'pass' ? 'pass' : decision.decision === 'overridden' ? 'warn' : decision.status === 'error' ? 'error' : 'fail';
    const lines = [sanitizeTerminal(`${paint(status, decision.decision === 'overridden' ? 'OVERRIDDEN (not a pass)' : decision.decision.toUpperCase())} holdout gate: ${decision.reason}`)];
    if (decision.reasons.length > 1) {
        lines.push(`${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(decision.reasons.length, 'reason')}:`);
        for (const r of decision.reasons.slice(0, 50))
            lines.push(sanitizeTerminal(`  - ${r}`));
        if (decision.reasons.length > 50)
            lines.push(`  … ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(decision.reasons.length - 50)} more`);
    }
    const files = result.document?.subject.files ?? [];
    if (files.length)
        lines.push(`inputs: ${files.map((f) => sanitizeTerminal(`${f.path}${f.sha256 ? ` (sha256 ${f.sha256.slice(0, 12)}…)` : ''}`)).join(', ')}`);
    const audit = result.document?.decision?.auditSha256;
    if (result.outputs['audit-file'] !== undefined)
        lines.push(sanitizeTerminal(`audit record: ${String(result.outputs['audit-file'])}${typeof audit === 'string' ? ` (sha256 ${audit.slice(0, 16)}…)` : ''}`));
    return finish(lines, color);
}
/** The report for a terminal: the verdict, then per document what does not pass. */
function formatReportText(documents, verdict, color) {
    const paint = painter(color);
    const status = documents.length === 0 ? 'error' : (0,_shared_results_status_js__WEBPACK_IMPORTED_MODULE_3__/* .worstStatus */ .A4)(documents.map((d) => d.status));
    const lines = [sanitizeTerminal(`${paint(status, status.toUpperCase())} ${verdict}`)];
    for (const doc of documents) {
        if (doc.kind === 'compare-metrics') {
            lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${comparisonVerdict(doc)}`));
            for (const r of (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .orderRows */ .O1)(doc.comparison.metrics.filter((m) => m.gated && m.status !== 'pass'))) {
                for (const k of (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowChecks */ .ko)(doc, r))
                    lines.push(sanitizeTerminal(`  ${paint(k.status, k.status)} ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowName */ ._k)(r)}: ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReason */ .Dk)(r, k)}`));
            }
        }
        else if (doc.kind === 'validate-data') {
            const reasons = doc.status === 'pass' ? [`${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(doc.data.rows, 'row')} in ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(doc.data.tables.length, 'file')}, no errors`] : (0,_shared_report_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .validationReasons */ .B3)(doc, doc.status === 'warn' ? 'warn' : 'fail');
            lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${reasons.join('; ')}`));
            for (const t of doc.data.tables.filter((t) => t.status !== 'pass'))
                lines.push(sanitizeTerminal(`  ${paint(t.status, t.status)} ${t.file}: ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(t.errorCount, 'error')}, ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(t.failedChecks, 'check')} failed`));
            for (const c of doc.data.drift?.columns.filter((c) => c.status !== 'pass') ?? [])
                lines.push(sanitizeTerminal(`  ${paint(c.status, c.status)} ${driftLine(c)}`));
        }
        else {
            lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${doc.checks.find((c) => c.status !== 'pass')?.message ?? 'pass'}`));
        }
    }
    return finish(lines, color);
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

/***/ 3664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   FR: () => (/* binding */ truncateCell),
/* harmony export */   MU: () => (/* binding */ formatCastValue)
/* harmony export */ });
// Number and value formatting for validation messages: counts with
// thousands separators, rates as percentages, cast values back in the type's
// own notation (dates as ISO, not as day numbers).

function formatRate(rate) {
    const pct = rate * 100;
    if (pct === 0 || pct === 100)
        return `${pct}%`;
    const digits = pct < 0.01 ? 4 : pct < 1 ? 3 : 2;
    return `${Number(pct.toPrecision(digits))}%`;
}
const MAX_CELL = 200;
function truncateCell(cell) {
    const text = typeof cell === 'string' ? cell : cell instanceof Date ? cell.toISOString() : typeof cell === 'bigint' ? cell.toString() : JSON.stringify(cell) ?? String(cell);
    return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
}
function formatCastValue(field, value) {
    switch (field.type) {
        case 'date':
            return new Date(value * 86400000).toISOString().slice(0, 10);
        case 'datetime':
            return new Date(value).toISOString();
        case 'time':
            return new Date(value).toISOString().slice(11, 23);
        case 'yearmonth':
            return `${String(Math.floor(value / 12)).padStart(4, '0')}-${String((value % 12) + 1).padStart(2, '0')}`;
        default:
            return value;
    }
}


/***/ })

};
