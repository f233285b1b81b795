export const id = 103;
export const ids = [103];
export const modules = {

/***/ 4103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseShard: () => (/* reexport */ shard/* parseShard */.u),
  validateData: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/errors.js
var shared_errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/config/load.js
var load = __webpack_require__(6783);
// EXTERNAL MODULE: ./build/shared/data/table.js + 45 modules
var data_table = __webpack_require__(2395);
// EXTERNAL MODULE: ./build/shared/data/paths.js + 3 modules
var paths = __webpack_require__(545);
// EXTERNAL MODULE: ./build/shared/results/collect.js
var collect = __webpack_require__(9555);
// EXTERNAL MODULE: ./build/shared/results/schema.js + 1 modules
var results_schema = __webpack_require__(6941);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
// EXTERNAL MODULE: ./build/shared/schema/load.js + 1 modules
var schema_load = __webpack_require__(6189);
// EXTERNAL MODULE: ./build/shared/validate/drift.js + 3 modules
var validate_drift = __webpack_require__(5545);
// EXTERNAL MODULE: ./build/shared/profile/profile.js + 1 modules
var profile = __webpack_require__(1354);
// EXTERNAL MODULE: ./build/shared/data/batch.js
var data_batch = __webpack_require__(177);
// EXTERNAL MODULE: ./build/shared/schema/fields.js
var fields = __webpack_require__(3449);
// EXTERNAL MODULE: ./build/shared/schema/temporal.js
var temporal = __webpack_require__(1806);
;// CONCATENATED MODULE: ./build/shared/schema/numbers.js
// Parsing plain decimal numbers straight from a text range, without
// allocating a substring. Up to 15 significant digits and |exponent| ≤ 22
// the value is one correctly rounded IEEE operation on exact operands
// (Clinger's fast path), so it equals Number(text); anything longer falls
// back to Number on the substring.
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/**
 * Parses `[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?` in text[from, to);
 * undefined when the text is not of that form.
 */
function parseDecimalRange(text, from, to) {
    let i = from;
    let negative = false;
    let c = text.charCodeAt(i);
    if (c === 43 || c === 45) {
        negative = c === 45;
        i++;
    }
    let mantissa = 0;
    let significant = 0;
    let scale = 0;
    let exact = true;
    const intStart = i;
    while (i < to) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            break;
        if (mantissa !== 0 || d !== 0) {
            if (significant < 15) {
                mantissa = mantissa * 10 + d;
                significant++;
            }
            else {
                exact = false;
                scale++;
            }
        }
        i++;
    }
    const intDigits = i - intStart;
    let fracDigits = 0;
    if (i < to && text.charCodeAt(i) === 46) {
        i++;
        const fracStart = i;
        while (i < to) {
            const d = text.charCodeAt(i) - 48;
            if (d < 0 || d > 9)
                break;
            if (mantissa !== 0 || d !== 0) {
                if (significant < 15) {
                    mantissa = mantissa * 10 + d;
                    significant++;
                    scale--;
                }
                else
                    exact = false;
            }
            else
                scale--;
            i++;
        }
        fracDigits = i - fracStart;
    }
    if (intDigits === 0 && fracDigits === 0)
        return undefined;
    let exponent = 0;
    if (i < to) {
        c = text.charCodeAt(i);
        if (c !== 101 && c !== 69)
            return undefined;
        i++;
        let expNegative = false;
        c = text.charCodeAt(i);
        if (c === 43 || c === 45) {
            expNegative = c === 45;
            i++;
        }
        const expStart = i;
        while (i < to) {
            const d = text.charCodeAt(i) - 48;
            if (d < 0 || d > 9)
                return undefined;
            if (exponent < 100000)
                exponent = exponent * 10 + d;
            i++;
        }
        if (i === expStart)
            return undefined;
        if (expNegative)
            exponent = -exponent;
    }
    if (!exact)
        return Number(text.slice(from, to));
    if (mantissa === 0)
        return negative ? -0 : 0;
    const e10 = scale + exponent;
    let value;
    if (e10 === 0)
        value = mantissa;
    else if (e10 > 0 && e10 <= 22)
        value = mantissa * POW10[e10];
    else if (e10 < 0 && e10 >= -22)
        value = mantissa / POW10[-e10];
    else
        return Number(text.slice(from, to));
    return negative ? -value : value;
}
/** `[+-]?\d+` in text[from, to) → number; undefined when not an integer literal. */
function parseIntegerRange(text, from, to) {
    let i = from;
    let negative = false;
    const c = text.charCodeAt(i);
    if (c === 43 || c === 45) {
        negative = c === 45;
        i++;
    }
    if (i >= to)
        return undefined;
    if (to - i > 15) {
        for (let k = i; k < to; k++) {
            const d = text.charCodeAt(k) - 48;
            if (d < 0 || d > 9)
                return undefined;
        }
        return Number(text.slice(from, to));
    }
    let value = 0;
    for (; i < to; i++) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return undefined;
        value = value * 10 + d;
    }
    return negative ? -value : value;
}

// EXTERNAL MODULE: ./build/shared/profile/hashset.js
var hashset = __webpack_require__(1038);
// EXTERNAL MODULE: ./build/shared/validate/format.js
var format = __webpack_require__(3664);
;// CONCATENATED MODULE: ./build/shared/validate/table.js
// validateTable: streams one table through a compiled schema. Every cell is
// counted (no sample limit on counts); only the error details kept for the
// report are capped. Split in two so a sharded run can merge: tallyTable
// counts (and profiles) in one pass, finishTable turns the counts — one
// table's, or the sum of its shards' — into the verdict. Table-level checks
// (row count, keys, missing rates, `mostly`) always run on the full counts.








const NUMERIC_ORDERED = new Set(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const CATEGORICAL = new Set(['string', 'boolean']);
/** Validates and, if asked, profiles one table in one pass; the verdict is `finishTable` of the tally. */
async function validateTable(table, schema, options = {}) {
    const { tally } = await tallyTable(table, schema, options);
    return finishTable(tally, schema, options);
}
/** Row order for error samples and locations: file-level (no row) first, then by row and line. */
function byRowOrder(a, b) {
    return (a.row ?? 0) - (b.row ?? 0) || (a.line ?? 0) - (b.line ?? 0);
}
/**
 * The first `max` errors in row order, ties in the order they were found.
 * Cells are checked a column at a time within each batch, so "first found"
 * is not "first by row"; keeping the first by row makes a shard's sample the
 * part of the unsharded sample its rows hold, so merged samples agree.
 * Holds at most 2·max errors; past the cut, an error costs one comparison.
 */
class FirstErrors {
    max;
    items = [];
    cutRow = Infinity;
    constructor(max) {
        this.max = max;
    }
    add(error) {
        if (this.max <= 0)
            return;
        // Full and at or past the last kept row: it would sort after every kept error (found later, no smaller row).
        if ((error.row ?? 0) >= this.cutRow)
            return;
        this.items.push(error);
        if (this.items.length >= 2 * this.max)
            this.cut();
    }
    cut() {
        this.items.sort(byRowOrder); // stable: equal rows stay in the order found
        if (this.max > 0 && this.items.length >= this.max) {
            this.items.length = this.max;
            this.cutRow = this.items[this.max - 1].row ?? 0;
        }
    }
    toArray() {
        this.cut();
        return this.items;
    }
}
/** One pass over a table: every count the verdict needs, the error samples, and the profile. */
async function tallyTable(table, schema, options = {}) {
    const maxSamples = options.maxErrorSamples ?? 1000;
    const maxLocations = options.maxLocationsPerCheck ?? 50;
    const file = table.info.displayPath;
    const errors = new FirstErrors(maxSamples);
    const checks = [];
    const errorCounts = { file: {}, rows: {} };
    const newCheck = (id, title, kind, extra = {}) => {
        const check = { id: `${file}#${id}`, title, scope: kind === 'header' ? 'file' : 'rows', kind, tolerable: false, count: 0, locations: [], ...extra };
        checks.push(check);
        return check;
    };
    const record = (check, error) => {
        check.count++;
        const counts = errorCounts[check.scope];
        counts[error.type] = (counts[error.type] ?? 0) + 1;
        if (check.locations.length < maxLocations) {
            check.locations.push({ file, line: error.line, row: error.row, field: error.field });
        }
        errors.add({ ...error, file, severity: 'fail' });
    };
    // Header against the schema.
    const headerCheck = newCheck('header', `Header matches the schema (fieldsMatch: ${schema.fieldsMatch})`, 'header');
    const fieldStates = matchHeader(table, schema, (type, message, field) => record(headerCheck, { type, message, field, line: table.headerLine }));
    const byName = new Map(fieldStates.map((state) => [state.field.name, state]));
    for (const state of fieldStates) {
        const f = state.field;
        const tolerable = f.mostly !== undefined;
        if (f.type !== 'any')
            state.typeCheck = newCheck(`field:${f.name}:type`, `${f.name}: values are ${f.typeLabel}`, 'type', { field: f.name, tolerable });
        if (f.required)
            state.requiredCheck = newCheck(`field:${f.name}:required`, `${f.name}: required (no missing values)`, 'required', { field: f.name, constraint: 'required' });
        for (const name of CONSTRAINT_ORDER) {
            if (f.constraintValue(name) === undefined)
                continue;
            state.constraintChecks.set(name, newCheck(`field:${f.name}:${name}`, `${f.name}: ${describeConstraint(name, f.constraintValue(name))}`, 'constraint', { field: f.name, constraint: name, tolerable }));
        }
        if (f.unique) {
            state.uniqueCheck = newCheck(`field:${f.name}:unique`, `${f.name}: values are unique`, 'unique', { field: f.name, constraint: 'unique', keyFields: [f.name] });
            state.unique = new hashset/* ValueHashSet */.K(1 << 16);
        }
        if (options.profile && (NUMERIC_ORDERED.has(f.type) || CATEGORICAL.has(f.type))) {
            // An identifier's values are all different: its profile counts them but keeps no categories (drift leaves it out).
            const identifier = f.unique || schema.keyGroups.some((g) => g.kind === 'primaryKey' && g.fields.length === 1 && g.fields[0] === f.name);
            state.profile = options.profile.accumulator(f.name, f.type, NUMERIC_ORDERED.has(f.type) ? 'numeric' : identifier ? 'identifier' : 'categorical');
        }
    }
    const keyGroups = schema.keyGroups
        .map((group) => ({
        ...group,
        states: group.fields.map((name) => byName.get(name)),
        set: new hashset/* ValueHashSet */.K(1 << 16),
        check: newCheck(group.kind === 'primaryKey' ? 'primaryKey' : `uniqueKey:${group.fields.join(',')}`, `${group.kind === 'primaryKey' ? 'Primary key' : 'Unique key'} (${group.fields.join(', ')}) is unique${group.kind === 'primaryKey' ? ' and complete' : ''}`, 'key', { keyFields: [...group.fields], constraint: group.kind }),
    }))
        .filter((group) => {
        if (group.states.some((s) => s === undefined)) {
            // The header check already reports the missing column; the key cannot be checked.
            group.check.unavailable = true;
            return false;
        }
        if (group.states.length === 1) {
            const state = group.states[0];
            // A field both unique and the primary key shares one hash set: a duplicate is both errors.
            if (group.kind === 'primaryKey')
                state.primaryKey = { set: state.unique ?? group.set, check: group.check };
            else if (!state.unique) {
                state.unique = group.set;
                state.uniqueCheck = group.check;
            }
            else
                checks.splice(checks.indexOf(group.check), 1); // the field's own unique check covers it
            return false;
        }
        for (const s of group.states)
            s.keepValues = true;
        return true;
    });
    const shard = options.rows;
    let shardColumn;
    if (shard?.by !== undefined) {
        shardColumn = byName.get(shard.by);
        if (!shardColumn)
            throw new shared_errors/* ConfigurationError */.j(`shard-by column "${shard.by}" is not a column of the file and the schema`, { file });
    }
    let rows = 0;
    let reserved = false;
    for await (const batch of table.batches) {
        const mask = shard ? shardMask(batch, shard.index, shard.count, shardColumn) : undefined;
        rows += mask ? countKept(mask) : batch.size;
        if (!reserved) {
            // Size the hash sets once from the first batch's bytes per row.
            reserved = true;
            const expected = table.estimateRows?.(batch);
            if (expected !== undefined) {
                const sets = new Set();
                for (const state of fieldStates) {
                    if (state.unique)
                        sets.add(state.unique);
                    if (state.primaryKey)
                        sets.add(state.primaryKey.set);
                }
                for (const group of keyGroups)
                    sets.add(group.set);
                const share = shard ? shard.count : 1;
                for (const set of sets)
                    set.reserve(Math.ceil((expected / share) * 1.05));
            }
        }
        for (const state of fieldStates)
            validateColumn(state, batch, record, mask);
        for (const group of keyGroups)
            checkKeyGroup(group, batch, record, mask);
        options.onBatch?.(batch.firstRow + batch.size - 1);
    }
    const digest = table.digest();
    const tally = {
        file,
        format: table.info.format + (table.info.gzip ? '+gzip' : ''),
        rows,
        sha256: digest.sha256,
        bytes: digest.bytes,
        checks,
        fields: fieldStates.map((s) => ({ name: s.field.name, missing: s.missing, failed: s.failed, min: Number.isFinite(s.min) ? s.min : null, max: Number.isFinite(s.max) ? s.max : null })),
        errors: errors.toArray(),
        errorCounts,
    };
    if (options.profile)
        options.profile.rows += rows;
    return { tally };
}
/** Which rows of a batch belong to the shard: by row number, or by a hash of the shard-by value (equal values, one shard). */
function shardMask(batch, index, count, by) {
    const mask = new Uint8Array(batch.size);
    if (!by) {
        for (let r = 0; r < batch.size; r++)
            mask[r] = (batch.firstRow + r - 1) % count === index ? 1 : 0;
        return mask;
    }
    const numeric = NUMERIC_ORDERED.has(by.field.type);
    for (let r = 0; r < batch.size; r++) {
        let raw = cellText(batch, by.column, r).trim();
        if (numeric) {
            // 1, 1.0 and 01 are one key: hash the cast number where there is one.
            const value = by.field.cast(raw);
            if (typeof value === 'number')
                raw = String(value);
        }
        mask[r] = (0,hashset/* fnv1a */.P)(raw) % count === index ? 1 : 0;
    }
    return mask;
}
function cellText(batch, column, r) {
    if (batch.text)
        return (0,data_batch/* textCell */.i)(batch.text, batch.text.starts.length, column, r);
    const cell = batch.columns[column][r];
    return cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell : (0,format/* truncateCell */.FR)(cell);
}
function countKept(mask) {
    let n = 0;
    for (let i = 0; i < mask.length; i++)
        n += mask[i];
    return n;
}
/**
 * Sums the tallies of one file's row shards: row counts add up, file-level
 * counts (the header) are the same in every shard and taken once, error
 * samples and locations interleave back into row order.
 */
function mergeTallies(tallies, options = {}) {
    const maxSamples = options.maxErrorSamples ?? 1000;
    const maxLocations = options.maxLocationsPerCheck ?? 50;
    const first = tallies[0];
    for (const t of tallies) {
        if (t.sha256 !== first.sha256)
            throw new shared_errors/* ConfigurationError */.j(`the shards read different contents of ${first.file} (sha256 ${first.sha256?.slice(0, 12)} and ${t.sha256?.slice(0, 12)})`, { file: first.file });
    }
    const checks = first.checks.map((check) => {
        if (check.scope === 'file')
            return structuredClone(check);
        const parts = tallies.map((t) => t.checks.find((c) => c.id === check.id)).filter((c) => c !== undefined);
        return { ...structuredClone(check), count: parts.reduce((s, c) => s + c.count, 0), locations: parts.flatMap((c) => c.locations).sort(byRowOrder).slice(0, maxLocations) };
    });
    const fields = first.fields.map((field) => {
        const parts = tallies.map((t) => t.fields.find((f) => f.name === field.name)).filter((f) => f !== undefined);
        const mins = parts.map((p) => p.min).filter((v) => v !== null);
        const maxes = parts.map((p) => p.max).filter((v) => v !== null);
        return { name: field.name, missing: parts.reduce((s, p) => s + p.missing, 0), failed: parts.reduce((s, p) => s + p.failed, 0), min: mins.length ? Math.min(...mins) : null, max: maxes.length ? Math.max(...maxes) : null };
    });
    const rowErrorCounts = {};
    for (const t of tallies)
        for (const [k, v] of Object.entries(t.errorCounts.rows))
            rowErrorCounts[k] = (rowErrorCounts[k] ?? 0) + v;
    const fileErrors = first.errors.filter((e) => e.row === undefined);
    const rowErrors = tallies.flatMap((t) => t.errors.filter((e) => e.row !== undefined)).sort(byRowOrder);
    return {
        file: first.file,
        format: first.format,
        rows: tallies.reduce((s, t) => s + t.rows, 0),
        sha256: first.sha256,
        bytes: first.bytes,
        checks,
        fields,
        errors: [...fileErrors, ...rowErrors].slice(0, maxSamples),
        errorCounts: { file: { ...first.errorCounts.file }, rows: rowErrorCounts },
    };
}
/** The verdict of a (possibly merged) tally: statuses, table-level checks, `mostly`, messages. */
function finishTable(tally, schema, options = {}) {
    const maxSamples = options.maxErrorSamples ?? 1000;
    const file = tally.file;
    const rows = tally.rows;
    const errors = tally.errors.map((e) => ({ ...e }));
    const errorCounts = {};
    for (const counts of [tally.errorCounts.file, tally.errorCounts.rows])
        for (const [k, v] of Object.entries(counts))
            errorCounts[k] = (errorCounts[k] ?? 0) + v;
    let errorCount = Object.values(errorCounts).reduce((a, b) => a + b, 0);
    const addError = (error) => {
        errorCount++;
        errorCounts[error.type] = (errorCounts[error.type] ?? 0) + 1;
        if (errors.length < maxSamples)
            errors.push(error);
    };
    const fieldOf = new Map(schema.fields.map((f) => [f.name, f]));
    const stats = new Map(tally.fields.map((f) => [f.name, f]));
    const tolerated = new Set();
    for (const s of tally.fields) {
        const mostly = fieldOf.get(s.name)?.mostly;
        const nonMissing = rows - s.missing;
        if (mostly !== undefined && s.failed > 0 && nonMissing > 0 && 1 - s.failed / nonMissing >= mostly)
            tolerated.add(s.name);
    }
    for (const error of errors) {
        if (error.field !== undefined && tolerated.has(error.field) && (error.type === 'type-error' || (error.type === 'constraint-error' && error.constraint !== 'required'))) {
            error.severity = 'warn';
        }
    }
    const finished = [];
    for (const check of tally.checks) {
        const field = check.field === undefined ? undefined : fieldOf.get(check.field);
        const s = check.field === undefined ? undefined : stats.get(check.field);
        if (check.unavailable) {
            finished.push({ id: check.id, title: check.title, status: 'fail', message: 'cannot be checked: a key column is missing from the file', count: 0, locations: [] });
            continue;
        }
        const unverifiable = check.keyFields ? options.unverifiableKey?.(check.keyFields) : undefined;
        let status = check.count === 0 ? 'pass' : 'fail';
        let message = check.count === 0 ? 'no errors' : `${(0,format/* formatCount */.B4)(check.count)} error${check.count === 1 ? '' : 's'}`;
        let observed = check.count;
        let expected = 0;
        if (unverifiable !== undefined) {
            status = check.count === 0 ? 'error' : 'fail';
            message = `${check.count === 0 ? 'cannot be verified' : `${message} within shards; the rest cannot be verified`}: ${unverifiable}`;
        }
        else if (field && s && check.tolerable && field.mostly !== undefined) {
            const nonMissing = rows - s.missing;
            const share = nonMissing === 0 ? 1 : 1 - s.failed / nonMissing;
            observed = share;
            expected = `≥ ${(0,format/* formatRate */.CE)(field.mostly)} valid`;
            if (check.count > 0) {
                status = tolerated.has(field.name) ? 'pass' : 'fail';
                message = `${(0,format/* formatCount */.B4)(check.count)} of ${(0,format/* formatCount */.B4)(nonMissing)} values break it; ${(0,format/* formatRate */.CE)(share)} of the field is valid, ${status === 'pass' ? 'within' : 'below'} mostly ${(0,format/* formatRate */.CE)(field.mostly)}`;
            }
        }
        else if (field && s && (check.constraint === 'minimum' || check.constraint === 'exclusiveMinimum') && s.min !== null) {
            observed = (0,format/* formatCastValue */.MU)(field, s.min);
            expected = `${check.constraint === 'minimum' ? '≥' : '>'} ${String(field.constraintValue(check.constraint))}`;
        }
        else if (field && s && (check.constraint === 'maximum' || check.constraint === 'exclusiveMaximum') && s.max !== null) {
            observed = (0,format/* formatCastValue */.MU)(field, s.max);
            expected = `${check.constraint === 'maximum' ? '≤' : '<'} ${String(field.constraintValue(check.constraint))}`;
        }
        finished.push({ id: check.id, title: check.title, status, observed, expected, message, count: check.count, locations: check.locations });
    }
    // Table-level checks over the full counts.
    const rowCount = schema.rowCount;
    if (rowCount && !options.partial) {
        const range = describeRange(rowCount.min, rowCount.max);
        const ok = (rowCount.min === undefined || rows >= rowCount.min) && (rowCount.max === undefined || rows <= rowCount.max);
        finished.push({ id: `${file}#rowCount`, title: `Row count is ${range}`, status: ok ? 'pass' : 'fail', observed: rows, expected: range, message: ok ? `${(0,format/* formatCount */.B4)(rows)} rows` : `${(0,format/* formatCount */.B4)(rows)} rows, expected ${range}`, count: ok ? 0 : 1, locations: [] });
        if (!ok)
            addError({ type: 'row-count', file, message: `the table has ${(0,format/* formatCount */.B4)(rows)} rows, expected ${range}`, severity: 'fail' });
    }
    for (const s of tally.fields) {
        const field = fieldOf.get(s.name);
        if (field?.maxMissingRate === undefined)
            continue;
        const rate = rows === 0 ? 0 : s.missing / rows;
        const limit = field.maxMissingRate;
        const ok = rate <= limit;
        finished.push({ id: `${file}#field:${field.name}:maxMissingRate`, title: `${field.name}: missing rate ≤ ${(0,format/* formatRate */.CE)(limit)}`, status: ok ? 'pass' : 'fail', observed: rate, expected: `≤ ${(0,format/* formatRate */.CE)(limit)}`, message: `${(0,format/* formatCount */.B4)(s.missing)} of ${(0,format/* formatCount */.B4)(rows)} values missing (${(0,format/* formatRate */.CE)(rate)})`, count: ok ? 0 : 1, locations: [] });
        if (!ok)
            addError({ type: 'missing-rate', file, field: field.name, message: `${(0,format/* formatRate */.CE)(rate)} of "${field.name}" is missing, more than the ${(0,format/* formatRate */.CE)(limit)} allowed`, severity: 'fail' });
    }
    errors.sort(byRowOrder);
    const failedChecks = finished.filter((c) => c.status === 'fail' || c.status === 'error').length;
    return {
        summary: {
            file,
            format: tally.format,
            status: (0,results_status/* worstStatus */.A4)(finished.map((c) => c.status)),
            rows,
            sha256: tally.sha256,
            bytes: tally.bytes,
            errorCount,
            errorCounts,
            failedChecks,
        },
        checks: finished,
        errors,
    };
}
const CONSTRAINT_ORDER = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'enum'];
function describeConstraint(name, value) {
    switch (name) {
        case 'minimum': return `≥ ${String(value)}`;
        case 'maximum': return `≤ ${String(value)}`;
        case 'exclusiveMinimum': return `> ${String(value)}`;
        case 'exclusiveMaximum': return `< ${String(value)}`;
        case 'minLength': return `length ≥ ${String(value)}`;
        case 'maxLength': return `length ≤ ${String(value)}`;
        case 'pattern': return `matches /${String(value)}/`;
        case 'enum': {
            const list = value.map((v) => JSON.stringify(v));
            return `one of ${list.length > 6 ? `${list.slice(0, 6).join(', ')}, … (${list.length})` : list.join(', ')}`;
        }
    }
}
function constraintMessage(name, cell, limit) {
    const shown = JSON.stringify(cell);
    switch (name) {
        case 'minimum': return `${shown} is less than the minimum ${String(limit)}`;
        case 'maximum': return `${shown} is greater than the maximum ${String(limit)}`;
        case 'exclusiveMinimum': return `${shown} is not greater than the exclusive minimum ${String(limit)}`;
        case 'exclusiveMaximum': return `${shown} is not less than the exclusive maximum ${String(limit)}`;
        case 'minLength': return `${shown} is shorter than minLength ${String(limit)}`;
        case 'maxLength': return `${shown} is longer than maxLength ${String(limit)}`;
        case 'pattern': return `${shown} does not match the pattern ${String(limit)}`;
        case 'enum': return `${shown} is not one of ${limit.map(String).join(', ')}`;
    }
}
function describeRange(min, max) {
    if (min !== undefined && max !== undefined)
        return `between ${(0,format/* formatCount */.B4)(min)} and ${(0,format/* formatCount */.B4)(max)}`;
    if (min !== undefined)
        return `at least ${(0,format/* formatCount */.B4)(min)}`;
    if (max !== undefined)
        return `at most ${(0,format/* formatCount */.B4)(max)}`;
    return 'any';
}
function matchHeader(table, schema, report) {
    const header = table.header;
    const mode = table.info.format === 'jsonl' && schema.fieldsMatch === 'exact' ? 'equal' : schema.fieldsMatch;
    const states = [];
    const make = (field, column) => ({
        field, column, missing: 0, failed: 0, min: Infinity, max: -Infinity, constraintChecks: new Map(), keepValues: false, values: [],
    });
    header.forEach((label, i) => {
        if (label === '')
            report('blank-label', `column ${i + 1} has a blank header`);
    });
    const allowExtra = mode === 'subset' || mode === 'partial';
    const allowMissing = mode === 'superset' || mode === 'partial';
    if (mode === 'exact') {
        const n = Math.max(header.length, schema.fields.length);
        for (let i = 0; i < n; i++) {
            const field = schema.fields[i];
            const label = header[i];
            if (field && label === undefined)
                report('missing-label', `field "${field.name}" (position ${i + 1}) is missing from the header`, field.name);
            else if (!field && label !== undefined)
                report('extra-label', `column "${label}" (position ${i + 1}) is not in the schema`, label);
            else if (field && label !== undefined) {
                if (label !== field.name && label !== '')
                    report('incorrect-label', `column ${i + 1} is "${label}", the schema expects "${field.name}"`, field.name);
                states.push(make(field, i));
            }
        }
    }
    else {
        const position = new Map(header.map((label, i) => [label, i]));
        const names = new Set(schema.fields.map((f) => f.name));
        for (const field of schema.fields) {
            const column = position.get(field.name);
            if (column === undefined) {
                if (!allowMissing)
                    report('missing-label', `field "${field.name}" is missing from the header`, field.name);
            }
            else
                states.push(make(field, column));
        }
        if (!allowExtra)
            header.forEach((label, i) => {
                if (label !== '' && !names.has(label))
                    report('extra-label', `column "${label}" (position ${i + 1}) is not in the schema`, label);
            });
        if (mode === 'partial' && states.length === 0)
            report('missing-label', 'no column of the file is a field of the schema');
    }
    const unexpected = table.unexpectedKeys;
    if (unexpected && !allowExtra) {
        const originalBatches = table.batches;
        // JSON Lines can reveal extra keys only while reading; report them after the last batch.
        table.batches = (async function* () {
            yield* originalBatches;
            for (const [key, line] of unexpected()) {
                if (!schema.fields.some((f) => f.name === key))
                    report('extra-label', `key "${key}" (first seen on line ${line}) is not in the schema`, key);
            }
        })();
    }
    return states;
}
/** Marks a string value left in the chunk text (text[start, end)), not materialized. */
const IN_TEXT = Symbol('in-text');
function validateColumn(state, batch, record, mask) {
    // One tight loop per column. For CSV/TSV cells are offsets into the chunk:
    // numbers, dates and most string checks run on the text without making a
    // string per cell. The common casts and every constraint are inlined (a
    // closure call per cell would be megamorphic across fields).
    const { field } = state;
    const cells = batch.text;
    const text = cells?.text ?? '';
    const starts = cells?.starts[state.column];
    const ends = cells?.ends[state.column];
    const special = cells?.special;
    const width = cells?.starts.length ?? 0;
    const column = cells ? undefined : batch.columns[state.column];
    const lines = batch.lines;
    const missingValues = field.missingValues;
    const missingList = [...missingValues];
    const onlyEmptyMissing = missingList.length === 1 && missingList[0] === '';
    // Hashing every cell for Set.has is costly; missing markers are short, so test length first.
    let longestMissing = 0;
    for (const m of missingList)
        longestMissing = Math.max(longestMissing, m.length);
    const cast = field.cast;
    const kind = field.fastKind;
    const L = field.limits;
    const hasMin = L.minimum !== undefined, min = L.minimum ?? 0;
    const hasMax = L.maximum !== undefined, max = L.maximum ?? 0;
    const hasExMin = L.exclusiveMinimum !== undefined, exMin = L.exclusiveMinimum ?? 0;
    const hasExMax = L.exclusiveMaximum !== undefined, exMax = L.exclusiveMaximum ?? 0;
    const hasMinLength = L.minLength !== undefined, minLength = L.minLength ?? 0;
    const hasMaxLength = L.maxLength !== undefined, maxLength = L.maxLength ?? 0;
    const pattern = L.pattern;
    const allowed = L.enum;
    const enumByKey = L.enumByKey;
    // A small set of allowed strings is matched in place; a large one needs the string for Set.has.
    const enumList = allowed && allowed.size <= 16 && [...allowed].every((v) => typeof v === 'string') ? [...allowed] : undefined;
    const anyConstraint = hasMin || hasMax || hasExMin || hasExMax || hasMinLength || hasMaxLength || pattern !== undefined || allowed !== undefined;
    const ordered = NUMERIC_ORDERED.has(field.type);
    const unique = state.unique;
    const primaryKey = state.primaryKey;
    const keep = state.keepValues;
    const sticky = cells && L.stickyPattern ? L.stickyPattern(cells.delimiter) : undefined;
    const needString = (pattern !== undefined && sticky === undefined) || (allowed !== undefined && enumList === undefined) || keep;
    const values = state.values;
    if (keep)
        values.length = batch.size;
    let seenMin = state.min;
    let seenMax = state.max;
    const profile = state.profile;
    const profileNumbers = profile !== undefined && profile.kind === 'numeric';
    const profileCountOnly = profile !== undefined && profile.countOnly;
    for (let r = 0; r < batch.size; r++) {
        if (mask !== undefined && mask[r] === 0)
            continue;
        let cell;
        let s = 0;
        let e = 0;
        let isMissing;
        if (column === undefined) {
            s = starts[r];
            e = ends[r];
            cell = special === undefined ? undefined : special.get(r * width + state.column);
            if (cell === undefined) {
                const length = e - s;
                isMissing = length === 0 && missingValues.has('');
                if (!isMissing && !onlyEmptyMissing && length <= longestMissing) {
                    for (let k = 0; k < missingList.length; k++) {
                        const m = missingList[k];
                        if (m.length === length && text.startsWith(m, s))
                            isMissing = true;
                    }
                }
            }
            else
                isMissing = missingValues.has(cell);
        }
        else {
            cell = column[r];
            isMissing = cell === null || cell === undefined || (typeof cell === 'string' && (onlyEmptyMissing ? cell === '' : cell.length <= longestMissing && missingValues.has(cell)));
        }
        if (isMissing) {
            state.missing++;
            if (profile !== undefined)
                profile.missing++;
            if (keep)
                values[r] = undefined;
            if (state.requiredCheck) {
                record(state.requiredCheck, { type: 'constraint-error', constraint: 'required', field: field.name, row: batch.firstRow + r, line: lines?.[r], message: `missing value in required field "${field.name}"` });
            }
            if (primaryKey)
                record(primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: lines?.[r], message: `row ${batch.firstRow + r} has no primary key "${field.name}"` });
            continue;
        }
        let value;
        if (cell === undefined) {
            if (kind === fields/* FAST_STRING */.n9)
                value = needString ? (cell = text.slice(s, e)) : IN_TEXT;
            else if (kind === fields/* FAST_NUMBER */.DP) {
                const parsed = parseDecimalRange(text, s, e);
                value = parsed !== undefined ? parsed : cast((cell = text.slice(s, e)));
            }
            else if (kind === fields/* FAST_INTEGER */.oq)
                value = parseIntegerRange(text, s, e) ?? fields/* INVALID */.uY;
            else if (kind === fields/* FAST_DATE */.C)
                value = (0,temporal/* parseIsoDateRange */._$)(text, s, e) ?? fields/* INVALID */.uY;
            else if (kind === fields/* FAST_DATETIME */.tk)
                value = (0,temporal/* parseIsoDatetimeRange */.di)(text, s, e) ?? fields/* INVALID */.uY;
            else
                value = cast((cell = text.slice(s, e)));
        }
        else if (typeof cell === 'string' && kind !== 0) {
            if (kind === fields/* FAST_STRING */.n9)
                value = cell;
            else if (kind === fields/* FAST_NUMBER */.DP)
                value = fields/* NUMBER_PATTERN */.nj.test(cell) ? +cell : cast(cell);
            else if (kind === fields/* FAST_INTEGER */.oq)
                value = fields/* INTEGER_PATTERN */.sR.test(cell) ? +cell : fields/* INVALID */.uY;
            else if (kind === fields/* FAST_DATE */.C)
                value = (0,temporal/* parseIsoDate */.jT)(cell) ?? fields/* INVALID */.uY;
            else if (kind === fields/* FAST_DATETIME */.tk)
                value = (0,temporal/* parseIsoDatetime */._)(cell) ?? fields/* INVALID */.uY;
            else
                value = cast(cell);
        }
        else
            value = cast(cell);
        if (value === fields/* INVALID */.uY) {
            state.failed++;
            if (profile !== undefined)
                profile.typeErrors++;
            if (keep)
                values[r] = undefined;
            const shown = (0,format/* truncateCell */.FR)(cell ?? text.slice(s, e));
            if (state.typeCheck) {
                record(state.typeCheck, { type: 'type-error', field: field.name, row: batch.firstRow + r, line: lines?.[r], cell: shown, message: `${JSON.stringify(shown)} is not a valid ${field.typeLabel}` });
            }
            if (primaryKey)
                record(primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: lines?.[r], message: `row ${batch.firstRow + r} has an invalid primary key "${field.name}"` });
            continue;
        }
        if (keep)
            values[r] = value;
        if (ordered) {
            if (value < seenMin)
                seenMin = value;
            if (value > seenMax)
                seenMax = value;
        }
        if (anyConstraint) {
            let broken;
            if (hasMin && value < min)
                broken = 'minimum';
            else if (hasMax && value > max)
                broken = 'maximum';
            else if (hasExMin && value <= exMin)
                broken = 'exclusiveMinimum';
            else if (hasExMax && value >= exMax)
                broken = 'exclusiveMaximum';
            else if (hasMinLength && (value === IN_TEXT ? rangeShorterThan(text, s, e, minLength) : shorterThan(value, minLength)))
                broken = 'minLength';
            else if (hasMaxLength && (value === IN_TEXT ? rangeLongerThan(text, s, e, maxLength) : longerThan(value, maxLength)))
                broken = 'maxLength';
            else if (pattern !== undefined) {
                let matches;
                if (cell === undefined && sticky !== undefined) {
                    // In place: a match must end where the cell ends; one ending elsewhere is checked on the string.
                    sticky.lastIndex = s;
                    matches = sticky.test(text) && (sticky.lastIndex === e || pattern.test(text.slice(s, e)));
                }
                else {
                    matches = pattern.test(typeof cell === 'string' ? cell : cell === undefined ? text.slice(s, e) : typeof value === 'string' ? value : (0,format/* truncateCell */.FR)(cell));
                }
                if (!matches)
                    broken = 'pattern';
            }
            else if (allowed !== undefined) {
                if (value === IN_TEXT) {
                    let found = false;
                    for (let k = 0; k < enumList.length && !found; k++) {
                        const option = enumList[k];
                        found = option.length === e - s && text.startsWith(option, s);
                    }
                    if (!found)
                        broken = 'enum';
                }
                else if (!allowed.has(enumByKey ? (0,fields/* uniqueKeyOf */.IT)(value) : value))
                    broken = 'enum';
            }
            if (broken !== undefined) {
                state.failed++;
                if (profile !== undefined)
                    profile.constraintErrors++;
                const shown = (0,format/* truncateCell */.FR)(cell ?? text.slice(s, e));
                record(state.constraintChecks.get(broken), {
                    type: 'constraint-error', constraint: broken, field: field.name, row: batch.firstRow + r, line: lines?.[r], cell: shown,
                    message: constraintMessage(broken, shown, field.constraintValue(broken)),
                });
            }
        }
        if (profile !== undefined) {
            if (profileNumbers)
                profile.addNumber(value);
            else if (profileCountOnly)
                profile.count++;
            else if (value === IN_TEXT)
                profile.addCategoryRange(text, s, e);
            else
                profile.addCategory(typeof value === 'string' ? value : String(value));
        }
        const fresh = unique === undefined ? true : value === IN_TEXT ? unique.addRange(text, s, e) : addValue(unique, value);
        if (!fresh) {
            const shown = (0,format/* truncateCell */.FR)(cell ?? text.slice(s, e));
            record(state.uniqueCheck, { type: 'unique-error', constraint: 'unique', field: field.name, row: batch.firstRow + r, line: lines?.[r], cell: shown, message: `${JSON.stringify(shown)} repeats an earlier value of unique field "${field.name}"` });
        }
        if (primaryKey !== undefined && !(primaryKey.set === unique ? fresh : value === IN_TEXT ? primaryKey.set.addRange(text, s, e) : addValue(primaryKey.set, value))) {
            const shown = (0,format/* truncateCell */.FR)(cell ?? text.slice(s, e));
            record(primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: lines?.[r], cell: shown, message: `row ${batch.firstRow + r} repeats the primary key "${field.name}" = ${JSON.stringify(shown)} of an earlier row` });
        }
    }
    state.min = seenMin;
    state.max = seenMax;
}
function codePointsInRange(text, from, to) {
    let surrogates = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff)
            surrogates++;
    }
    return to - from - surrogates;
}
function rangeShorterThan(text, from, to, limit) {
    const length = to - from;
    if (length < limit)
        return true;
    if (length >= 2 * limit)
        return false;
    return codePointsInRange(text, from, to) < limit;
}
function rangeLongerThan(text, from, to, limit) {
    const length = to - from;
    if (length <= limit)
        return false;
    if (length > 2 * limit)
        return true;
    return codePointsInRange(text, from, to) > limit;
}
// A string's code-point count lies between length/2 and length: count only when that range straddles the limit.
function shorterThan(value, limit) {
    if (typeof value === 'string') {
        if (value.length < limit)
            return true;
        if (value.length >= 2 * limit)
            return false;
    }
    return (0,fields/* lengthOf */.Y5)(value) < limit;
}
function longerThan(value, limit) {
    if (typeof value === 'string') {
        if (value.length <= limit)
            return false;
        if (value.length > 2 * limit)
            return true;
    }
    return (0,fields/* lengthOf */.Y5)(value) > limit;
}
function addValue(set, value) {
    if (typeof value === 'string')
        return set.add(value);
    if (typeof value === 'number')
        return set.addNumber(value);
    return set.add((0,fields/* uniqueKeyOf */.IT)(value));
}
function checkKeyGroup(group, batch, record, mask) {
    const states = group.states;
    for (let r = 0; r < batch.size; r++) {
        if (mask !== undefined && mask[r] === 0)
            continue;
        let key = '';
        let incomplete = false;
        for (let k = 0; k < states.length; k++) {
            const value = states[k].values[r];
            if (value === undefined) {
                incomplete = true;
                break;
            }
            key += (k > 0 ? '\u0000' : '') + (0,fields/* uniqueKeyOf */.IT)(value);
        }
        const row = batch.firstRow + r;
        const line = batch.lines?.[r];
        const shown = group.fields.length === 1 ? `"${group.fields[0]}"` : `(${group.fields.join(', ')})`;
        if (incomplete) {
            // Missing or invalid key values: a primary key must be complete; a unique key skips them.
            if (group.kind === 'primaryKey')
                record(group.check, { type: 'primary-key', row, line, message: `row ${row} has a missing or invalid primary key ${shown}` });
            continue;
        }
        if (!group.set.add(key)) {
            record(group.check, {
                type: group.kind === 'primaryKey' ? 'primary-key' : 'unique-error',
                row, line,
                message: `row ${row} repeats the ${group.kind === 'primaryKey' ? 'primary' : 'unique'} key ${shown} of an earlier row`,
            });
        }
    }
}

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
    const problems = [];
    const checks = [];
    const tables = [];
    const errors = [];
    const maxSamples = input.options?.maxErrorSamples ?? 1000;
    const schemaShown = input.schemaDisplayPath ?? input.schemaPath;
    const fail = (error, id, title) => {
        if (!(error instanceof shared_errors/* ConfigurationError */.j))
            throw error;
        problems.push(error);
        checks.push(problemCheck(id, title, error));
    };
    let schema;
    try {
        schema = await (0,schema_load/* loadTableSchema */.y)(input.schemaPath);
    }
    catch (error) {
        fail(error instanceof shared_errors/* ConfigurationError */.j ? relocate(error, input.schemaPath, schemaShown) : error, `${schemaShown}#schema`, 'Schema is valid');
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
        fail(new shared_errors/* ConfigurationError */.j('shard and merge cannot be combined: shards validate, the merge combines their documents'), 'shard', 'Shard settings are valid');
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
                throw new shared_errors/* ConfigurationError */.j(`the shards were profiled against reference ${merged.reference.path} (sha256 ${merged.reference.sha256?.slice(0, 12)}), not ${reference.path}`);
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
                throw new shared_errors/* ConfigurationError */.j('no data files were given');
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
        for (const file of files) {
            try {
                const table = await (0,data_table/* openTable */.R)(file.path, { displayPath: file.displayPath });
                const onProgress = hooks.onProgress;
                const { tally } = await tallyTable(table, schema, {
                    ...input.options,
                    profile: profiler,
                    rows: shard?.mode === 'rows' ? shard : undefined,
                    onBatch: onProgress ? (rows) => onProgress({ file: file.displayPath, rows }) : undefined,
                });
                tallies.push(tally);
            }
            catch (error) {
                if (!(error instanceof shared_errors/* ConfigurationError */.j))
                    throw error;
                problems.push(error);
                checks.push(problemCheck(`${file.displayPath}#readable`, `${file.displayPath} is readable`, error));
                tables.push({ file: file.displayPath, format: 'unknown', status: 'error', rows: 0, errorCount: 0, errorCounts: {}, failedChecks: 1, problem: error.message });
            }
        }
        profile = profiler?.toProfile();
    }
    for (const tally of tallies) {
        const result = finishTable(tally, schema, { ...input.options, partial: shard !== undefined, unverifiableKey });
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
        holdout: results_schema/* RESULTS_VERSION */.kI,
        kind: 'validate-data',
        title: shard ? `${baseTitle} (shard ${shard.index + 1}/${shard.count})` : baseTitle,
        status,
        createdAt: (input.now ?? new Date()).toISOString(),
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
            throw new shared_errors/* ConfigurationError */.j(`cannot read the reference: ${(0,load/* describeFsError */.TQ)(error)}`, { file: file.displayPath });
        }
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const bytes of contents)
        hash.update(bytes);
    const sha256 = hash.digest('hex');
    const shown = files.map((f) => f.displayPath).join(', ');
    const profiles = contents.map((bytes) => (0,profile/* looksLikeProfile */.hE)(bytes.subarray(0, 64).toString('utf8')));
    if (profiles.some(Boolean)) {
        if (files.length > 1)
            throw new shared_errors/* ConfigurationError */.j(`a reference profile is one file; "${path}" matches ${files.length} (merge shard profiles with holdout merge-profiles first)`);
        return { profile: (0,profile/* parseProfile */.jZ)(contents[0].toString('utf8'), files[0].displayPath), path: shown, sha256 };
    }
    // A dataset (one or more files): profiled on its own edges, through the same schema (its own errors are not this run's verdict).
    const profiler = new profile/* DatasetProfiler */.ib(() => 'own');
    for (const file of files) {
        const table = await (0,data_table/* openTable */.R)(file.path, { displayPath: file.displayPath });
        await tallyTable(table, schema, { profile: profiler, maxErrorSamples: 0, maxLocationsPerCheck: 0 });
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
            throw new shared_errors/* ConfigurationError */.j('is not a shard document of validate-data (run validate-data with shard: i/n)', { file });
        }
        const reference = document.subject.reference;
        shards.push({ file, shard: document.data.shard, tallies: document.data.tallies, profile: document.data.profile, schemaSha: document.subject.schema?.sha256, reference });
    }
    if (shards.length === 0)
        throw new shared_errors/* ConfigurationError */.j('no shard documents to merge');
    const { count, mode, by } = shards[0].shard;
    const seen = new Map();
    for (const s of shards) {
        if (s.shard.count !== count || s.shard.mode !== mode || s.shard.by !== by)
            throw new shared_errors/* ConfigurationError */.j(`shard ${s.shard.index + 1}/${s.shard.count} (${s.shard.mode}) does not belong with ${shards[0].file} (${count} shards, ${mode})`, { file: s.file });
        if (seen.has(s.shard.index))
            throw new shared_errors/* ConfigurationError */.j(`shard ${s.shard.index + 1}/${count} appears twice (also in ${seen.get(s.shard.index)})`, { file: s.file });
        if (s.schemaSha !== schema.sha256)
            throw new shared_errors/* ConfigurationError */.j(`was validated with a different schema (sha256 ${s.schemaSha?.slice(0, 12)}) than ${schema.file}`, { file: s.file });
        if (s.reference?.sha256 !== shards[0].reference?.sha256)
            throw new shared_errors/* ConfigurationError */.j('was profiled against a different reference than the other shards', { file: s.file });
        seen.set(s.shard.index, s.file);
    }
    const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
    if (missing.length > 0)
        throw new shared_errors/* ConfigurationError */.j(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i + 1}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the verdict needs every shard`);
    shards.sort((a, b) => a.shard.index - b.shard.index);
    const byFile = new Map();
    for (const s of shards)
        for (const t of s.tallies)
            byFile.set(t.file, [...(byFile.get(t.file) ?? []), t]);
    const tallies = [...byFile.values()].map((group) => {
        if (mode === 'rows' && group.length !== count)
            throw new shared_errors/* ConfigurationError */.j(`${group[0].file} was read by ${group.length} of the ${count} shards`);
        return group.length === 1 ? group[0] : mergeTallies(group, options);
    });
    const profiles = shards.map((s) => s.profile).filter((p) => p !== undefined);
    return {
        tallies,
        profile: profiles.length === shards.length ? (0,profile/* mergeProfiles */.Ns)(profiles, keep) : undefined,
        unverifiableKey: mode === 'rows' ? keyVerifier(shards[0].shard) : undefined,
        reference: shards[0].reference,
    };
}
function relocate(error, path, shown) {
    if (error.file !== path || path === shown)
        return error;
    return new shared_errors/* ConfigurationError */.j(error.reason, { file: shown, line: error.line, key: error.key });
}
function problemCheck(id, title, error) {
    return {
        id,
        title,
        status: 'error',
        message: error.message,
        count: 1,
        locations: error.file ? [{ file: error.file, line: error.line }] : [],
    };
}


/***/ })

};
