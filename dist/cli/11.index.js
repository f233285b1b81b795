export const id = 11;
export const ids = [11];
export const modules = {

/***/ 8011:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MIN_RANGE_BYTES: () => (/* binding */ MIN_RANGE_BYTES),
  offsetTally: () => (/* binding */ offsetTally),
  openShardRange: () => (/* binding */ openShardRange),
  tallyInRanges: () => (/* binding */ tallyInRanges),
  tallyRange: () => (/* binding */ tallyRange)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/data/csv.js
var csv = __webpack_require__(7213);
// EXTERNAL MODULE: ./build/shared/io/fs-error.js
var fs_error = __webpack_require__(3565);
// EXTERNAL MODULE: ./build/shared/data/source.js
var data_source = __webpack_require__(3548);
;// CONCATENATED MODULE: ./build/shared/data/split.js
// Byte ranges of one CSV/TSV file that can be parsed on their own: each
// starts at a record boundary, found by a quote-aware scan from the start of
// the file (a newline inside a quoted field is not a boundary), so the
// records of the ranges, in order, are exactly the records of the file.
//
// The scan is a four-state machine over bytes (a quote opens a quoted field
// only at the start of a field, as the reader reads it; a doubled quote stays
// inside). Chunks without a quote byte outside a quoted field are skipped
// with one native search, so a file without quotes is scanned at memchr speed.
// Dialects the scan does not model (an escape character, comment lines or
// rows, initial spaces before a quote, several header rows, a non-ASCII
// delimiter or quote) are not split.






const LF = 0x0a;
const CR = 0x0d;
const SCAN_BYTES = 1024 * 1024;
function splitDialect(dialect, delimiter) {
    const d = dialect ?? {};
    const quote = d.quoteChar ?? '"';
    if (d.escapeChar !== undefined && d.escapeChar !== quote)
        return undefined;
    if (d.commentChar !== undefined || (d.commentRows?.length ?? 0) > 0 || d.skipInitialSpace === true)
        return undefined;
    if (d.headerRows !== undefined && !(d.headerRows.length === 1 && d.headerRows[0] === 1))
        return undefined;
    if (delimiter.length !== 1 || quote.length !== 1 || delimiter.charCodeAt(0) >= 0x80 || quote.charCodeAt(0) >= 0x80)
        return undefined;
    return { delimiter: delimiter.charCodeAt(0), quote: quote.charCodeAt(0), doubleQuote: d.escapeChar === quote || (d.doubleQuote ?? true) };
}
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just after a quote inside a quoted field: a closing quote, or the first of a doubled one. */
const QUOTE_SEEN = 3;
/** After a closing quote: the field's tail, where a CR also ends the record. */
const CLOSED = 4;
/**
 * For each target offset (ascending), the first record boundary at or after
 * it, or undefined past the last. A boundary is a byte just after a line feed
 * that ends a record.
 */
async function recordBoundaries(path, targets, dialect) {
    const out = targets.map(() => undefined);
    if (targets.length === 0)
        return out;
    const { delimiter, quote, doubleQuote } = dialect;
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(SCAN_BYTES);
        let position = 0;
        let state = FIELD_START;
        let newlines = 0;
        let next = 0; // the target whose boundary is sought
        for (;;) {
            const { bytesRead: len } = await handle.read(buffer, 0, SCAN_BYTES, position);
            if (len === 0)
                return out;
            const bytes = buffer;
            let i = 0;
            let nextQuote = -2;
            let nextLf = -2;
            while (i < len) {
                if (state === QUOTED) {
                    if (nextQuote !== -1 && nextQuote < i)
                        nextQuote = bytes.indexOf(quote, i);
                    const stop = nextQuote === -1 || nextQuote >= len ? len : nextQuote;
                    for (;;) {
                        if (nextLf !== -1 && nextLf < i)
                            nextLf = bytes.indexOf(LF, i);
                        if (nextLf === -1 || nextLf >= stop)
                            break;
                        newlines++;
                        i = nextLf + 1;
                    }
                    i = stop + 1;
                    if (stop < len)
                        state = QUOTE_SEEN;
                    continue;
                }
                if (state === QUOTE_SEEN) {
                    if (bytes[i] === quote && doubleQuote) {
                        i++;
                        state = QUOTED;
                        continue;
                    }
                    state = CLOSED;
                }
                // Outside quotes up to the next quote byte: every line feed ends a record.
                if (nextQuote !== -1 && nextQuote < i)
                    nextQuote = bytes.indexOf(quote, i);
                const stop = nextQuote === -1 || nextQuote >= len ? len : nextQuote;
                for (;;) {
                    if (nextLf !== -1 && nextLf < i)
                        nextLf = bytes.indexOf(LF, i);
                    if (nextLf === -1 || nextLf >= stop)
                        break;
                    newlines++;
                    i = nextLf + 1;
                    state = FIELD_START;
                    while (next < targets.length && position + i >= targets[next])
                        out[next++] = { offset: position + i, newlines };
                    if (next >= targets.length)
                        return out;
                }
                // The rest of the line up to the quote: delimiters start fields; a CR after a quoted field ends its record.
                for (; i < stop; i++) {
                    const c = bytes[i];
                    if (c === delimiter)
                        state = FIELD_START;
                    else if (c === CR && state === CLOSED)
                        state = FIELD_START;
                    else if (state === FIELD_START)
                        state = UNQUOTED;
                }
                if (stop < len) {
                    // The quote opens a quoted field only at a field's start; elsewhere it is text.
                    i = stop + 1;
                    if (state === FIELD_START)
                        state = QUOTED;
                }
            }
            position += len;
        }
    }
    finally {
        await handle.close();
    }
}
/** A table over bytes [start, end) of a CSV/TSV file; `lines()` is how many physical lines it held. Its digest is the range's size only. */
async function openCsvRange(info, options) {
    const { start, end } = options;
    const raw = end > start ? (0,external_node_fs_.createReadStream)(info.path, { start, end: end - 1, highWaterMark: 120 * 1024 }) : undefined;
    async function* chunks() {
        if (!raw)
            return;
        try {
            for await (const chunk of raw)
                yield chunk;
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1((0,fs_error/* describeFsError */.T)(error), { file: info.display });
        }
        finally {
            raw.destroy();
        }
    }
    async function* checked(batches) {
        try {
            yield* batches;
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1 && error.reason.startsWith('unterminated quoted field')) {
                throw new errors/* ConfigurationError */.j1(`a quoted field is still open where this shard's bytes end (byte ${end}): the shard boundary fell inside a quoted value that spans lines; shard by whole files or with shard-by instead`, { file: info.display, line: error.line });
            }
            throw error;
        }
    }
    const report = {};
    const stream = await (0,csv/* openCsvStream */.ze)((0,data_source/* decodeUtf8 */._6)(chunks(), info.display), {
        displayPath: info.display, dialect: options.dialect, delimiter: options.delimiter, header: options.header, report,
    });
    const size = end - start;
    return {
        ...stream,
        ...(options.cut ? { batches: checked(stream.batches) } : {}),
        info,
        digest: () => ({ sha256: '', bytes: size }),
        estimateRows: (batch) => {
            const chars = batch.text ? batch.text.text.length : undefined;
            return !chars || batch.size === 0 ? undefined : Math.ceil((size / chars) * batch.size);
        },
        lines: () => {
            if (report.lines === undefined)
                throw new Error('lines requested before the range was read to the end');
            return report.lines;
        },
    };
}
/**
 * Where a byte-range shard starts, read from the bytes at `target` only (no
 * scan from the file's start): the first line feed after which the next
 * records (up to 8, within 1 MiB) each have `width` cells as the boundary
 * scan counts them — a line feed inside a quoted field rarely passes that
 * — else the first line feed. Every shard computes the same boundary from
 * the same bytes, so neighbours agree; when the guess is wrong, the shard
 * before it ends inside a quoted field and says so (not a silent misread).
 * Undefined when no line feed follows within the window.
 */
async function guessBoundary(path, target, dialect, width) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const window = Buffer.alloc(SCAN_BYTES);
        const { bytesRead } = await handle.read(window, 0, SCAN_BYTES, target);
        const bytes = window.subarray(0, bytesRead);
        const atEnd = bytesRead < SCAN_BYTES;
        let first;
        let lf = bytes.indexOf(LF);
        for (let tries = 0; lf !== -1 && tries < 64; tries++, lf = bytes.indexOf(LF, lf + 1)) {
            first ??= lf + 1;
            if (recordsFit(bytes, lf + 1, dialect, width, atEnd))
                return target + lf + 1;
        }
        return first === undefined ? undefined : target + first;
    }
    finally {
        await handle.close();
    }
}
/** Whether the records from `from` (at most 8, within the bytes) each have `width` cells, blank lines aside. */
function recordsFit(bytes, from, { delimiter, quote, doubleQuote }, width, atEnd) {
    let state = FIELD_START;
    let cells = 1;
    let empty = true;
    let records = 0;
    for (let i = from; i < bytes.length; i++) {
        const c = bytes[i];
        if (state === QUOTED) {
            if (c === quote)
                state = QUOTE_SEEN;
            continue;
        }
        if (state === QUOTE_SEEN) {
            if (c === quote && doubleQuote) {
                state = QUOTED;
                continue;
            }
            state = CLOSED;
        }
        if (c === LF) {
            if (!empty || cells > 1) {
                if (cells !== width)
                    return false;
                if (++records >= 8)
                    return true;
            }
            state = FIELD_START;
            cells = 1;
            empty = true;
            continue;
        }
        if (c === CR)
            continue;
        empty = false;
        if (c === delimiter) {
            cells++;
            state = FIELD_START;
        }
        else if (state === FIELD_START)
            state = c === quote ? QUOTED : UNQUOTED;
    }
    // The window ended: enough records seen, or the file ended cleanly outside quotes.
    return records > 0 && (atEnd ? state !== QUOTED : true);
}
/** Byte offset just after the header (the first `newlines` line feeds that end records), scanning from the file's start. */
async function headerEnd(path, dialect, newlines) {
    let target = 0;
    for (;;) {
        const [boundary] = await recordBoundaries(path, [target], dialect);
        if (!boundary)
            return undefined;
        if (boundary.newlines >= newlines)
            return boundary.offset;
        target = boundary.offset + 1;
    }
}

// EXTERNAL MODULE: ./build/shared/schema/load.js + 1 modules
var load = __webpack_require__(6189);
// EXTERNAL MODULE: ./build/shared/validate/keys.js
var keys = __webpack_require__(1835);
// EXTERNAL MODULE: ./build/shared/validate/table.js + 1 modules
var validate_table = __webpack_require__(7452);
;// CONCATENATED MODULE: ./build/shared/validate/parallel.js
// One CSV/TSV file validated in byte ranges, one per worker thread, with the
// verdict of a single pass. The ranges start at record boundaries (a
// quote-aware scan, data/split.ts); each range is tallied on its own (the
// first in the calling thread, the others in worker threads) with rows and
// lines counted from 1, then:
// - rows and lines are offset by the records and physical lines of the
//   ranges before it (errors, locations and the messages that name them);
// - unique and key checks: a value first seen in range k may repeat one of
//   an earlier range. The ranges' hash sets are compared; a range whose set
//   meets the union of the earlier ones is tallied again starting from that
//   union — exactly the state a single pass has there — so its duplicates
//   are found at their own rows. Without such a meeting (distinct keys, the
//   common case) nothing is read twice;
// - the tallies merge as row shards do (mergeTallies), and the file's sha256
//   is computed in this thread while the workers read.
//
// Not split: compressed files, foreign keys (a pass of their own), profiling
// (histogram edges need the whole column), row shards, dialects the boundary
// scan does not model, and files under MIN_RANGE_BYTES a range.
//
// A .gz file cannot be split by bytes (a gzip stream has no entry points).
// Its inflation already runs off the validating thread (zlib streams work in
// libuv's thread pool); decoding, parsing and checking stay on that thread.
// Handing parsed batches to a second thread would copy each batch's text and
// offsets through structured clone, about what parsing them costs, so the
// "parse on one thread, check on another" split is not done.










/** A range smaller than this is not worth a thread (starting one and loading the engine costs ~0.1 s). */
const MIN_RANGE_BYTES = 4 * 1024 * 1024;
/** The engine of one range: tallies bytes [start, end) of the file. */
async function tallyRange(input) {
    const schema = await (0,load/* loadTableSchema */.y)(input.schema);
    const info = (0,data_source/* detectFormat */.Tz)(input.file);
    const sets = new Map();
    const keySet = (id) => {
        const seed = input.seeds?.[id];
        const set = seed ? keys/* KeyHashSet */.YF.fromKeyState(seed) : new keys/* KeyHashSet */.YF(1 << 16);
        sets.set(id, set);
        return set;
    };
    try {
        const table = await openCsvRange(info, { start: input.start, end: input.end, delimiter: input.delimiter, dialect: input.dialect, header: input.header });
        const { tally } = await (0,validate_table/* tallyTable */.xL)(table, schema, { ...input.options, keySet });
        // Typed arrays that own their buffers: a worker's reply moves them (steps/worker.ts), no copy.
        const keySets = {};
        for (const [id, set] of sets)
            keySets[id] = set.toKeyState();
        return { tally, lines: table.lines(), keySets, problems: [] };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        return { failure: { reason: error.reason, line: error.line, key: error.key }, problems: [] };
    }
}
/**
 * The tally of `file` read in byte ranges by `runner`, or undefined when the
 * file is not split (see the header comment); the caller then reads it whole.
 */
async function tallyInRanges(file, schemaFile, options, runner) {
    const info = (0,data_source/* detectFormat */.Tz)(file);
    if ((info.format !== 'csv' && info.format !== 'tsv') || info.gzip)
        return undefined;
    const size = (await (0,promises_.stat)(info.path)).size;
    const parts = runner.splitAt ? runner.splitAt.length + 1 : Math.min(runner.workers, Math.floor(size / MIN_RANGE_BYTES));
    if (parts < 2)
        return undefined;
    // The header, its line and the delimiter, as a whole read sees them.
    const head = await readHead(info, options.dialect);
    if (!head)
        return undefined;
    const dialect = splitDialect(options.dialect, head.delimiter);
    if (!dialect)
        return undefined;
    const targets = runner.splitAt ? [...runner.splitAt].sort((a, b) => a - b) : Array.from({ length: parts - 1 }, (_, k) => Math.floor(((k + 1) * size) / parts));
    const headerNewlines = head.headerLine + head.header.reduce((n, label) => n + countChar(label, '\n'), 0);
    const starts = [0];
    for (const boundary of await recordBoundaries(info.path, targets, dialect)) {
        // A range after the first starts past the header, and holds bytes.
        if (!boundary || boundary.newlines < headerNewlines || boundary.offset >= size || boundary.offset <= starts[starts.length - 1])
            continue;
        starts.push(boundary.offset);
    }
    if (starts.length < 2)
        return undefined;
    const ranges = starts.map((start, k) => ({
        file, schema: schemaFile, start, end: starts[k + 1] ?? size, delimiter: head.delimiter,
        ...(options.dialect ? { dialect: options.dialect } : {}),
        ...(k > 0 ? { header: head.header } : {}),
        ...(options.validate ? { options: options.validate } : {}),
    }));
    const digest = hashFile(info.path, info.display);
    digest.catch(() => undefined); // awaited below; a read error surfaces there
    const outcomes = await runAll(ranges, runner);
    // The first unreadable range (in file order) is what a single pass would have stopped at.
    let lineOffset = 0;
    for (const outcome of outcomes) {
        if (outcome.failure) {
            const { reason, line, key } = outcome.failure;
            throw new errors/* ConfigurationError */.j1(reason, { file: info.display, ...(line !== undefined ? { line: line + lineOffset } : {}), ...(key !== undefined ? { key } : {}) });
        }
        lineOffset += outcome.lines;
    }
    // Keys: a range whose keys may meet the earlier ranges' is tallied again from their union. Ranges of
    // sorted keys follow each other (each starts above the last key before it): decided without a table.
    const ids = Object.keys(outcomes[0].keySets);
    if (ids.length > 0) {
        const union = new Map(ids.map((id) => [id, outcomes[0].keySets[id]]));
        outcomes[0].keySets = undefined;
        const again = [];
        outcomes.forEach((outcome, k) => {
            if (k === 0)
                return;
            const states = outcome.keySets;
            outcome.keySets = undefined;
            if (ids.some((id) => (0,keys/* keyStatesMeet */.TF)(union.get(id), states[id]))) {
                // The re-read fills its seeds: a table is copied, so the union here stays the earlier ranges' (an ordered run is copied by fromKeyState).
                const seeds = {};
                for (const id of ids) {
                    const state = union.get(id);
                    seeds[id] = state.kind === 'table' ? { kind: 'table', table: { slots: state.table.slots.slice(), count: state.table.count } } : state;
                }
                again.push(runner.run({ ...ranges[k], seeds }).then((redone) => {
                    if (!redone.tally)
                        throw new Error(`range ${k} of ${info.display} could not be read again`);
                    outcomes[k] = { ...redone, lines: outcome.lines, keySets: undefined };
                }));
            }
            if (k < outcomes.length - 1)
                for (const id of ids)
                    union.set(id, (0,keys/* mergeKeyStates */.QX)(union.get(id), states[id]));
        });
        await Promise.all(again);
    }
    const { sha256, bytes } = await digest;
    let rows = 0;
    let lines = 0;
    const tallies = outcomes.map((outcome) => {
        const tally = offsetTally(outcome.tally, rows, lines);
        rows += tally.rows;
        lines += outcome.lines;
        return { ...tally, sha256, bytes };
    });
    return (0,validate_table/* mergeTallies */.n_)(tallies, options.validate);
}
/**
 * Runs the ranges, results in range order: the first in this thread (one
 * engine and heap fewer than a worker for it), the others by the runner, at
 * most `workers - 1` at a time beside it.
 */
async function runAll(ranges, runner) {
    const outcomes = new Array(ranges.length);
    let next = 1;
    const lane = async () => {
        while (next < ranges.length) {
            const k = next++;
            outcomes[k] = await runner.run(ranges[k]);
        }
    };
    const lanes = Array.from({ length: Math.max(1, Math.min(runner.workers - 1, ranges.length - 1)) }, lane);
    outcomes[0] = await tallyRange(ranges[0]);
    await Promise.all(lanes);
    return outcomes;
}
async function readHead(info, dialect) {
    const source = await (0,data_source/* openByteStream */.LY)(info);
    const report = {};
    const stream = await (0,csv/* openCsvStream */.ze)((0,data_source/* decodeUtf8 */._6)(source.chunks, info.display), {
        displayPath: info.display, dialect, delimiter: info.format === 'tsv' ? '\t' : undefined, report,
    });
    await stream.close?.();
    if (stream.noHeader || report.delimiter === undefined)
        return undefined;
    return { header: [...stream.header], headerLine: stream.headerLine ?? 1, delimiter: report.delimiter };
}
/** The file's sha256 and size, and the line feeds before byte `until` (counted while hashing). */
function hashFile(path, display, until = 0) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        let newlines = 0;
        (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 })
            .on('data', (data) => {
            const chunk = data;
            hash.update(chunk);
            if (bytes < until) {
                const part = chunk.subarray(0, Math.min(chunk.length, until - bytes));
                for (let at = part.indexOf(0x0a); at !== -1; at = part.indexOf(0x0a, at + 1))
                    newlines++;
            }
            bytes += chunk.length;
        })
            .on('error', (error) => reject(new errors/* ConfigurationError */.j1(String(error.message), { file: display })))
            .on('end', () => resolve({ sha256: hash.digest('hex'), bytes, newlines }));
    });
}
function countChar(text, char) {
    let n = 0;
    for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1))
        n++;
    return n;
}
/**
 * A range's tally with its rows and lines counted from the file's start:
 * `rows` records and `lines` physical lines come before the range. Messages
 * that start by naming the row or line ("row 12 has …", "line 40 is a blank
 * row") are renamed with them.
 */
function offsetTally(tally, rows, lines) {
    if (rows === 0 && lines === 0)
        return tally;
    const move = (item) => item.row === undefined ? item : { ...item, row: item.row + rows, ...(item.line !== undefined ? { line: item.line + lines } : {}) };
    const errors = tally.errors.map((error) => {
        if (error.row === undefined)
            return error;
        const moved = move(error);
        return { ...moved, message: renumber(error.message, error, moved) };
    });
    const checks = tally.checks.map((check) => (check.scope === 'file' ? check : { ...check, locations: check.locations.map(move) }));
    return { ...tally, errors, checks };
}
function renumber(message, before, after) {
    const row = `row ${before.row}`;
    if (message.startsWith(row) && !/^\d/.test(message.slice(row.length)))
        return `row ${after.row}${message.slice(row.length)}`;
    const line = `line ${before.line}`;
    if (before.line !== undefined && message.startsWith(line) && !/^\d/.test(message.slice(line.length)))
        return `line ${after.line}${message.slice(line.length)}`;
    return message;
}
/**
 * Shard `index` of `count` of one CSV/TSV file as a byte range: the table
 * over its bytes only (besides the header, which every shard reads), rows
 * numbered from the range's start, and the file's digest with the line
 * feeds before the range (the caller makes the lines the file's). The
 * boundaries are guessed from the bytes there (data/split.ts guessBoundary),
 * the same in neighbouring shards; with no line feed after a target the
 * boundary is the file's end (that range runs to it, the later ones are
 * empty). Undefined only when the file cannot be split so (compressed,
 * another format, a dialect the scan does not model): a property of the file,
 * so every shard of it then keeps every count-th row.
 */
async function openShardRange(file, index, count) {
    const info = (0,data_source/* detectFormat */.Tz)(file);
    if ((info.format !== 'csv' && info.format !== 'tsv') || info.gzip)
        return undefined;
    const size = (await (0,promises_.stat)(info.path)).size;
    const head = await readHead(info, undefined);
    if (!head)
        return undefined;
    const dialect = splitDialect(undefined, head.delimiter);
    if (!dialect)
        return undefined;
    const afterHeader = await headerEnd(info.path, dialect, head.headerLine + head.header.reduce((n, label) => n + countChar(label, '\n'), 0));
    if (afterHeader === undefined)
        return undefined;
    // Boundary k: the guess at target k, or the file's end when no line feed follows it (a long last line,
    // a line over the guess's window). A later boundary that lands before it wins, so boundaries never cross.
    // Each depends on the file and the shard count only: every shard computes the same ones.
    const targetOf = (k) => Math.floor((k * size) / count);
    const guess = async (k) => {
        const target = targetOf(k);
        if (target < afterHeader)
            return afterHeader;
        return (await guessBoundary(info.path, target, dialect, head.header.length)) ?? size;
    };
    const at = async (k) => {
        if (k === 0)
            return 0;
        if (k >= count)
            return size;
        let boundary = await guess(k);
        for (let j = k + 1; j < count && targetOf(j) < boundary; j++)
            boundary = Math.min(boundary, await guess(j));
        return boundary;
    };
    const start = await at(index);
    const end = await at(index + 1);
    const from = Math.min(start, end);
    // sha256 needs every byte: the file is hashed (at disk speed, beside the parse), and its line feeds before the range counted.
    const digest = hashFile(info.path, info.display, from);
    digest.catch(() => undefined);
    const table = await openCsvRange(info, {
        start: from, end, delimiter: head.delimiter, ...(index > 0 ? { header: head.header } : {}), ...(end < size ? { cut: true } : {}),
    });
    let linesBefore = 0;
    void digest.then((d) => (linesBefore = d.newlines), () => undefined);
    return { table, digest, range: () => ({ file: info.display, start: from, end, lines: table.lines(), linesBefore }) };
}


/***/ })

};
