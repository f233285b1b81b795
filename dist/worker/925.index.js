export const id = 925;
export const ids = [925];
export const modules = {

/***/ 277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ openTable)
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(2123);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(138);
;// CONCATENATED MODULE: ./build/shared/data/parquet.js
// Parquet reader on hyparquet (pure JS): the footer first, then one row group
// at a time, each read from the file by its byte ranges, so memory is bounded
// by the largest row group, not the file. INT64 values that fit a double
// become numbers; timestamps and dates arrive as Date.






const MAGIC = 'PAR1';
/** Opens a Parquet file on disk: reads its footer, then streams its row groups. */
async function openParquetFile(path, size, displayPath) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        return await openWithHandle(handle, path, size, displayPath);
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
async function openWithHandle(handle, path, size, displayPath) {
    const readRange = async (start, end) => {
        const length = Math.max(0, Math.min(end, size) - start);
        const bytes = new Uint8Array(length);
        let at = 0;
        while (at < length) {
            const { bytesRead } = await handle.read(bytes, at, length - at, start + at);
            if (bytesRead === 0)
                break;
            at += bytesRead;
        }
        return bytes.buffer;
    };
    const head = Buffer.from(await readRange(0, 4)).toString('latin1');
    const tail = Buffer.from(await readRange(Math.max(0, size - 4), size)).toString('latin1');
    if (size < 12 || head !== MAGIC || tail !== MAGIC) {
        throw new errors/* ConfigurationError */.j1('is not a Parquet file (no PAR1 magic bytes)', { file: displayPath });
    }
    const file = { byteLength: size, slice: (start, end) => readRange(start, end ?? size) };
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`is not a readable Parquet file: ${error.message}`, { file: displayPath });
    }
    const header = (0,src_metadata/* parquetSchema */.YR)(metadata).children.map((child) => child.element.name);
    let digest;
    async function* batches() {
        try {
            let rowStart = 0;
            for (const group of metadata.row_groups) {
                const groupRows = Number(group.num_rows);
                if (groupRows === 0)
                    continue;
                let rows = [];
                try {
                    await (0,read/* parquetRead */.bA)({
                        file,
                        metadata,
                        compressors: src/* compressors */.Vm,
                        rowStart,
                        rowEnd: rowStart + groupRows,
                        rowFormat: 'array',
                        onComplete: (data) => {
                            rows = data;
                        },
                    });
                }
                catch (error) {
                    throw new errors/* ConfigurationError */.j1(`cannot decode row group starting at row ${rowStart + 1}: ${error.message}`, { file: displayPath });
                }
                const columns = header.map(() => new Array(rows.length));
                for (let r = 0; r < rows.length; r++) {
                    const row = rows[r];
                    for (let c = 0; c < header.length; c++)
                        columns[c][r] = parquet_toCell(row[c]);
                }
                yield { columns, size: rows.length, firstRow: rowStart + 1 };
                rowStart += groupRows;
            }
        }
        finally {
            await handle.close();
        }
        digest = await hashFile(path);
    }
    return {
        header,
        batches: batches(),
        rowCount: Number(metadata.num_rows),
        digest: () => {
            if (!digest)
                throw new Error('digest requested before the row groups were read');
            return digest;
        },
    };
}
async function hashFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
function parquet_toCell(value) {
    if (value === undefined)
        return null;
    if (typeof value === 'bigint') {
        return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value;
    }
    return value;
}

// EXTERNAL MODULE: ./build/shared/data/source.js
var data_source = __webpack_require__(3548);
;// CONCATENATED MODULE: ./build/shared/data/table.js
// openTable: one entry point for every tabular file, dispatching on format.






async function openTable(file, options = {}) {
    const info = (0,data_source/* detectFormat */.Tz)(file, options.format);
    if (info.format === 'parquet') {
        if (info.gzip) {
            // Parquet needs random access (footer first, then row groups): a .gz would have to be inflated whole.
            throw new errors/* ConfigurationError */.j1('is gzip-compressed Parquet, which cannot be read by row group; decompress it (gunzip -k) — Parquet compresses its own pages (snappy, gzip, zstd), so the outer .gz saves little', { file: info.display });
        }
        const size = await (0,data_source/* checkReadableFile */.PR)(info);
        const stream = await openParquetFile(info.path, size, info.display);
        return { ...stream, info, estimateRows: () => stream.rowCount };
    }
    const source = await (0,data_source/* openByteStream */.LY)(info);
    const text = (0,data_source/* decodeUtf8 */._6)(source.chunks, info.display);
    const stream = info.format === 'jsonl'
        ? await openJsonlStream(text, info.display)
        : await (0,csv/* openCsvStream */.ze)(text, { displayPath: info.display, dialect: options.dialect, delimiter: info.format === 'tsv' ? '\t' : undefined });
    const size = await decompressedSize(info);
    const estimateRows = (batch) => {
        const chars = batch.text ? batch.text.text.length : undefined;
        if (!chars || batch.size === 0 || size === undefined)
            return undefined;
        return Math.ceil((size / chars) * batch.size);
    };
    return { ...stream, info, digest: source.digest, estimateRows };
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

/***/ 1354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sf: () => (/* binding */ DEFAULT_CATEGORY_CAP),
  WF: () => (/* binding */ DISTINCT_CAP),
  ib: () => (/* binding */ DatasetProfiler),
  jU: () => (/* binding */ binOf),
  _i: () => (/* binding */ columnMoments),
  qf: () => (/* binding */ frozenEdgesOf),
  hE: () => (/* binding */ looksLikeProfile),
  Ns: () => (/* binding */ mergeProfiles),
  jZ: () => (/* binding */ parseProfile),
  Fk: () => (/* binding */ profileSchema)
});

// UNUSED EXPORTS: ColumnAccumulator, DECILES, GRID, GRID_EXTENSION, PROFILE_VERSION, columnProfileSchema, gridEdges, quantileEdges

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
;// CONCATENATED MODULE: ./build/shared/stats/exact-sum.js
// Exact floating-point sums (Shewchuk's expansions): a sum kept as a short
// list of non-overlapping doubles whose exact total is the true sum. Exact
// sums are associative, so profiles built shard by shard and merged in any
// order give bit-identical means and variances.
/** Adds b to the expansion e (in place), keeping it non-overlapping; zeros dropped. */
function growExpansion(e, b) {
    let q = b;
    let k = 0;
    for (let i = 0; i < e.length; i++) {
        const a = e[i];
        const sum = q + a;
        const bv = sum - q;
        const err = q - (sum - bv) + (a - bv);
        if (err !== 0)
            e[k++] = err;
        q = sum;
    }
    if (q !== 0 || k === 0)
        e[k++] = q;
    e.length = k;
}
/**
 * The exact sum rounded once to the nearest double (CPython's math.fsum
 * final step, half-way cases included), so equal exact sums give equal values.
 * A zero sum is +0 whatever the signs of the zeros added, as the fixed-point
 * accumulator (which has no signed zero) gives it.
 */
function expansionValue(partials) {
    let n = partials.length;
    if (n === 0)
        return 0;
    let hi = partials[--n];
    let lo = 0;
    while (n > 0) {
        const x = hi;
        const y = partials[--n];
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0)
            break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
        const y = lo * 2;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr)
            hi = x;
    }
    return hi + 0; // −0 + 0 is +0; any other value is unchanged
}
/** Dekker's exact product: a·b = hi + lo. */
function twoProduct(a, b) {
    const hi = a * b;
    const split = (x) => {
        const c = 134217729 * x; // 2^27 + 1
        const big = c - (c - x);
        return [big, x - big];
    };
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    const lo = al * bl - (hi - ah * bh - al * bh - ah * bl);
    return [hi, lo];
}
/**
 * An exact running sum of doubles in fixed point: every double is an integer
 * multiple of 2⁻¹⁰⁷⁴, so its bits are added into 32-bit digits of one wide
 * integer (67 digits held as doubles, carried every 2²⁰ additions). A few
 * flops per value instead of an expansion's loop; converted to an expansion
 * only when read.
 */
class ExactAccumulator {
    digits = new Float64Array(DIGITS);
    pending = 0;
    add(x) {
        if (x === 0)
            return;
        BITS[0] = x;
        const hi = WORDS[1];
        const exponent = (hi >>> 20) & 0x7ff;
        const sign = hi >>> 31 ? -1 : 1;
        // |x| = mantissa × 2^(position − 1074), mantissa = mantHi·2³² + mantLo (53 bits).
        const position = (exponent || 1) - 1;
        const mantHi = (hi & 0xfffff) + (exponent ? 0x100000 : 0);
        const mantLo = WORDS[0];
        const k = position >>> 5;
        const scale = POW2[position & 31];
        const a = mantLo * scale; // < 2⁶⁴, 32 significant bits: exact
        const aq = Math.floor(a / TWO32);
        const b = mantHi * scale; // < 2⁵³: exact
        const bq = Math.floor(b / TWO32);
        const d = this.digits;
        d[k] += sign * (a - aq * TWO32);
        d[k + 1] += sign * (aq + b - bq * TWO32);
        d[k + 2] += sign * bq;
        if (++this.pending === CARRY_EVERY)
            this.carry();
    }
    /** Brings every digit but the top one into (−2³², 2³²), carrying toward zero so a negative sum stays in low digits. */
    carry() {
        const d = this.digits;
        for (let k = 0; k < DIGITS - 1; k++) {
            const c = Math.trunc(d[k] / TWO32);
            d[k] -= c * TWO32;
            d[k + 1] += c;
        }
        this.pending = 0;
    }
    /** The sum as a non-overlapping expansion. */
    toExpansion() {
        this.carry();
        const e = [];
        for (let k = 0; k < DIGITS; k++) {
            const v = this.digits[k];
            // A digit below 2³² in size times a power of two is exact.
            if (v !== 0)
                growExpansion(e, v * 2 ** (32 * k - 1074));
        }
        return e.length === 1 && e[0] === 0 ? [] : e;
    }
}
const DIGITS = 68;
const TWO32 = 2 ** 32;
const CARRY_EVERY = 1 << 20;
const POW2 = Float64Array.from({ length: 32 }, (_, i) => 2 ** i);
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
/** A running exact sum of x and of x². */
class ExactMoments {
    sums = new ExactAccumulator();
    squareSums = new ExactAccumulator();
    add(x) {
        this.sums.add(x);
        // x² = hi + lo exactly (Dekker), inlined: this runs once per value.
        const hi = x * x;
        const c = 134217729 * x;
        const big = c - (c - x);
        const small = x - big;
        const lo = small * small - (hi - big * big - 2 * big * small);
        this.squareSums.add(hi);
        this.squareSums.add(lo);
    }
    merge(other) {
        for (const v of other.sum)
            this.sums.add(v);
        for (const v of other.squares)
            this.squareSums.add(v);
    }
    get sum() {
        return this.sums.toExpansion();
    }
    get squares() {
        return this.squareSums.toExpansion();
    }
    /** Mean and population variance from the exact sums (each rounded once at the end). */
    summary(n) {
        if (n === 0)
            return { mean: NaN, variance: NaN };
        const sum = this.sum;
        // variance = (n·Σx² − (Σx)²) / n², with n·Σx² and (Σx)² formed exactly.
        const numerator = [];
        for (const v of this.squares) {
            const [hi, lo] = twoProduct(v, n);
            growExpansion(numerator, hi);
            if (lo !== 0)
                growExpansion(numerator, lo);
        }
        for (const a of sum) {
            for (const b of sum) {
                const [hi, lo] = twoProduct(a, b);
                growExpansion(numerator, -hi);
                if (lo !== 0)
                    growExpansion(numerator, -lo);
            }
        }
        const mean = expansionValue(sum) / n;
        const variance = Math.max(0, expansionValue(numerator) / n / n);
        return { mean, variance };
    }
}
/**
 * The same exact value in a canonical form — its correctly rounded value,
 * then that of the remainder, and so on — so that equal sums reached by
 * different orders serialize identically.
 */
function canonicalExpansion(e) {
    const out = [];
    let rest = [...e];
    for (let i = 0; i < 40 && rest.length > 0; i++) {
        const v = expansionValue(rest);
        if (v === 0)
            break;
        out.unshift(v);
        const next = [];
        for (const x of rest)
            growExpansion(next, x);
        growExpansion(next, -v);
        rest = next.filter((x) => x !== 0);
    }
    return out;
}

// EXTERNAL MODULE: ./build/shared/profile/hashset.js
var hashset = __webpack_require__(1038);
;// CONCATENATED MODULE: ./build/shared/profile/profile.js
// Mergeable column profiles: counts, missing and error counts, bounds, exact
// moments (Shewchuk expansions, so shard profiles merge to the bit-identical
// whole, which Chan's floating-point update does not), histograms on bin
// edges frozen from a reference (deciles for PSI, a 100-quantile grid for KS
// and Wasserstein, open tails), small distinct-value tables for numeric
// columns, and top-K category counts with an "other" bucket. Plain,
// versioned JSON with one zod schema.




const PROFILE_VERSION = 1;
/** Categories kept per column in a profile; the rest are counted as "other". */
const DEFAULT_CATEGORY_CAP = 1000;
/** Distinct values counted while streaming, before the top-K cut (beyond it, new values go to "other"). */
const WORKING_CATEGORY_CAP = 10 * DEFAULT_CATEGORY_CAP;
/** Numeric columns keep exact counts of up to this many distinct values (Evidently treats ≤ 5 as categorical). */
const DISTINCT_CAP = 5;
const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/** The 100-quantile grid, with the tails split further (0.1%, 0.5%) so that the open end bins hold little mass. */
const GRID = [0.001, 0.005, ...Array.from({ length: 99 }, (_, i) => (i + 1) / 100), 0.995, 0.999];
/**
 * Edges the grid adds beyond the reference's range on each side, in steps of
 * its range: ten of 2% (out to 20%), then doubling (40% … 20,480%). Current
 * data that moved past the reference then still lands in narrow bins, so KS
 * and Wasserstein stay tight exactly where drift puts the mass.
 */
const GRID_EXTENSION = [...Array.from({ length: 10 }, (_, i) => (i + 1) * 0.02), ...Array.from({ length: 10 }, (_, i) => 0.2 * 2 ** (i + 1))];
const count = schemas/* number */.aig().int().nonnegative();
const histogramSchema = schemas/* object */.Ikc({
    /** Ascending edges e₀ < … < e_k; counts has k + 1 bins: (−∞, e₀), [e₀, e₁), …, [e_k, +∞). */
    edges: schemas/* array */.YOg(schemas/* number */.aig()),
    counts: schemas/* array */.YOg(count),
    /**
     * The grid's smallest and largest value in each bin (null where empty):
     * where the mass of a bin can lie, which bounds KS and Wasserstein on the
     * grid tightly (to zero where a bin holds one value, as integers often do).
     */
    low: schemas/* array */.YOg(schemas/* number */.aig().nullable()).optional(),
    high: schemas/* array */.YOg(schemas/* number */.aig().nullable()).optional(),
})
    .superRefine((h, ctx) => {
    // A profile may come from a pull request: the binning code relies on each of these.
    const problem = (message, path) => ctx.addIssue({ code: 'custom', message, path });
    if (h.counts.length !== h.edges.length + 1)
        return problem('a histogram has one more count than edges', ['counts']);
    const at = h.edges.findIndex((e, i) => i > 0 && !(e > h.edges[i - 1]));
    if (at >= 0)
        return problem('edges must be strictly ascending', ['edges', at]);
    if ((h.low === undefined) !== (h.high === undefined))
        return problem('a histogram has a low and a high value per bin, or neither', [h.low ? 'high' : 'low']);
    if (h.low === undefined || h.high === undefined)
        return;
    if (h.low.length !== h.counts.length || h.high.length !== h.counts.length)
        return problem('low and high have one value per bin', ['low']);
    for (let i = 0; i < h.counts.length; i++) {
        const lo = h.low[i], hi = h.high[i];
        if ((lo === null) !== (h.counts[i] === 0) || (hi === null) !== (h.counts[i] === 0))
            return problem('low and high are null exactly where a bin is empty', ['low', i]);
        const from = i === 0 ? -Infinity : h.edges[i - 1], to = i === h.edges.length ? Infinity : h.edges[i];
        if (lo !== null && hi !== null && !(from <= lo && lo <= hi && (hi < to || to === Infinity)))
            return problem(`bin ${i} holds values outside [${from}, ${to})`, ['low', i]);
    }
});
const columnProfileSchema = schemas/* object */.Ikc({
    /** The schema type the values were cast to. */
    type: schemas/* string */.YjP(),
    kind: schemas/* enum */.k5n(['numeric', 'categorical']),
    /** Values that have the field's type (constraint breaches included). */
    count,
    missing: count,
    typeErrors: count,
    constraintErrors: count,
    /** NaN and ±INF among the numeric values: counted, left out of moments and histograms. */
    nonFinite: count.default(0),
    min: schemas/* number */.aig().nullable(),
    max: schemas/* number */.aig().nullable(),
    /** Exact Σx and Σx² as canonical non-overlapping expansions (see shared/stats/exact-sum.ts). */
    sum: schemas/* array */.YOg(schemas/* number */.aig()),
    squares: schemas/* array */.YOg(schemas/* number */.aig()),
    /**
     * Mean and population variance of the finite values, derived from sum and
     * squares for people reading the file; holdout recomputes them from the
     * sums (null when there are none, or Σx² overflows).
     */
    mean: schemas/* number */.aig().nullable().optional(),
    variance: schemas/* number */.aig().nullable().optional(),
    /** Numeric columns: exact counts of each value while there are at most DISTINCT_CAP of them; null beyond. */
    distinct: schemas/* object */.Ikc({ values: schemas/* array */.YOg(schemas/* number */.aig()), counts: schemas/* array */.YOg(count) }).nullable().optional(),
    deciles: histogramSchema.optional(),
    grid: histogramSchema.optional(),
    categories: schemas/* object */.Ikc({ counts: schemas/* record */.g1P(schemas/* string */.YjP(), count), other: count, cap: schemas/* number */.aig().int().positive() }).optional(),
}).superRefine((p, ctx) => {
    const finite = p.count - p.nonFinite;
    for (const key of ['deciles', 'grid']) {
        const total = p[key]?.counts.reduce((a, b) => a + b, 0);
        if (total !== undefined && total !== finite)
            ctx.addIssue({ code: 'custom', message: `the ${key} histogram holds ${total} values, but the column has ${finite} finite ones`, path: [key, 'counts'] });
    }
    if (p.distinct && (p.distinct.values.length !== p.distinct.counts.length || p.distinct.values.length > DISTINCT_CAP)) {
        ctx.addIssue({ code: 'custom', message: `distinct has one count per value, at most ${DISTINCT_CAP}`, path: ['distinct'] });
    }
});
const profileSchema = schemas/* object */.Ikc({
    holdoutProfile: schemas/* literal */.euz(PROFILE_VERSION),
    rows: count,
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), columnProfileSchema),
});
class ColumnAccumulator {
    type;
    kind;
    keep;
    moments = new ExactMoments();
    count = 0;
    missing = 0;
    typeErrors = 0;
    constraintErrors = 0;
    nonFinite = 0;
    min = Infinity;
    max = -Infinity;
    distinctValues = [];
    distinctCounts = [];
    edges;
    deciles;
    grid;
    gridLow;
    gridHigh;
    /** The grid's edges padded with +∞ to 2^k − 1 entries, for a branch-free search. */
    gridSearch;
    gridHalf = 0;
    /** Decile bin of each grid bin, when every decile edge is a grid edge (as for profiles holdout writes). */
    decileOfGridBin;
    values;
    valueCount = 0;
    categories = new CategoryCounter(WORKING_CATEGORY_CAP);
    /** Counts values without keeping categories (identifiers). */
    countOnly;
    constructor(type, kind, binning = 'none', keep = new Set(), countOnly = false) {
        this.type = type;
        this.kind = kind;
        this.keep = keep;
        this.countOnly = countOnly;
        if (kind !== 'numeric')
            return;
        if (binning === 'own')
            this.values = new Float64Array(1024);
        else if (binning !== 'none') {
            const { deciles, grid } = binning.edges;
            this.edges = binning.edges;
            this.deciles = new Float64Array(deciles.length + 1);
            this.grid = new Float64Array(grid.length + 1);
            this.gridLow = new Float64Array(grid.length + 1).fill(Infinity);
            this.gridHigh = new Float64Array(grid.length + 1).fill(-Infinity);
            let size = 1;
            while (size - 1 < grid.length)
                size *= 2;
            this.gridSearch = new Float64Array(size - 1).fill(Infinity);
            this.gridSearch.set(grid);
            this.gridHalf = size / 2;
            const onGrid = new Set(grid);
            if (deciles.every((e) => onGrid.has(e))) {
                // x in grid bin g ≥ 1 lies in [grid[g−1], grid[g]), which no decile edge splits.
                this.decileOfGridBin = Int32Array.from({ length: grid.length + 1 }, (_, g) => (g === 0 ? 0 : binOf(deciles, grid[g - 1])));
            }
        }
    }
    addNumber(x) {
        this.count++;
        if (!Number.isFinite(x)) {
            this.nonFinite++;
            return;
        }
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        this.moments.add(x);
        const distinct = this.distinctValues;
        if (distinct !== null) {
            const at = distinct.indexOf(x);
            if (at >= 0)
                this.distinctCounts[at]++;
            else if (distinct.length < DISTINCT_CAP) {
                distinct.push(x);
                this.distinctCounts.push(1);
            }
            else
                this.distinctValues = null;
        }
        if (this.gridSearch !== undefined) {
            // Branch-free binary search: the number of grid edges ≤ x.
            const search = this.gridSearch;
            let at = 0;
            for (let half = this.gridHalf; half >= 1; half >>= 1)
                at += +(x >= search[at + half - 1]) * half;
            this.grid[at]++;
            if (x < this.gridLow[at])
                this.gridLow[at] = x;
            if (x > this.gridHigh[at])
                this.gridHigh[at] = x;
            const decile = this.decileOfGridBin;
            this.deciles[decile !== undefined ? decile[at] : binOf(this.edges.deciles, x)]++;
        }
        else if (this.values !== undefined) {
            if (this.valueCount === this.values.length) {
                const grown = new Float64Array(this.values.length * 2);
                grown.set(this.values);
                this.values = grown;
            }
            this.values[this.valueCount++] = x;
        }
    }
    /** Adds the category text[start, end), making a string only for a value not seen before. */
    addCategoryRange(text, start, end) {
        this.count++;
        this.categories.addRange(text, start, end);
    }
    addCategory(value) {
        this.count++;
        this.categories.addRange(value, 0, value.length);
    }
    toProfile() {
        const profile = {
            type: this.type,
            kind: this.kind,
            count: this.count,
            missing: this.missing,
            typeErrors: this.typeErrors,
            constraintErrors: this.constraintErrors,
            nonFinite: this.nonFinite,
            min: Number.isFinite(this.min) ? this.min : null,
            max: Number.isFinite(this.max) ? this.max : null,
            sum: canonicalExpansion(this.moments.sum),
            squares: canonicalExpansion(this.moments.squares),
        };
        Object.assign(profile, readableMoments(profile));
        if (this.kind === 'numeric') {
            profile.distinct = this.distinctValues === null ? null : sortDistinct(this.distinctValues, this.distinctCounts);
            if (this.edges !== undefined) {
                profile.deciles = { edges: [...this.edges.deciles], counts: Array.from(this.deciles) };
                profile.grid = { edges: [...this.edges.grid], counts: Array.from(this.grid), low: finiteOrNull(this.gridLow), high: finiteOrNull(this.gridHigh) };
            }
            else if (this.values !== undefined) {
                const sorted = this.values.subarray(0, this.valueCount).sort();
                profile.deciles = histogramOfSorted(sorted, quantileEdges(sorted, DECILES));
                profile.grid = histogramOfSorted(sorted, gridEdges(sorted), true);
            }
        }
        else if (!this.countOnly) {
            profile.categories = topCategories(this.categories.entries(), this.categories.other, DEFAULT_CATEGORY_CAP, this.keep);
        }
        return profile;
    }
}
/**
 * Counts distinct strings given as ranges of a larger text (the chunk of a
 * CSV): an open-addressing table keyed by an FNV-1a hash of the range, the
 * match confirmed in place, so a value already seen costs no allocation.
 * Beyond `cap` distinct values, new ones are counted as `other`.
 */
class CategoryCounter {
    cap;
    keys = [];
    hashes = new Uint32Array(64);
    counts = new Float64Array(64);
    slots = new Int32Array(128);
    other = 0;
    constructor(cap) {
        this.cap = cap;
    }
    addRange(text, start, end) {
        const h = (0,hashset/* fnv1a */.PS)(text, start, end);
        const mask = this.slots.length - 1;
        const length = end - start;
        for (let at = h & mask;; at = (at + 1) & mask) {
            const slot = this.slots[at];
            if (slot === 0)
                break;
            const k = slot - 1;
            if (this.hashes[k] === h) {
                const key = this.keys[k];
                if (key.length === length && text.startsWith(key, start)) {
                    this.counts[k]++;
                    return;
                }
            }
        }
        if (this.keys.length >= this.cap) {
            this.other++;
            return;
        }
        this.insert(text.slice(start, end), h, 1);
    }
    insert(key, h, count) {
        const k = this.keys.length;
        if (k === this.hashes.length) {
            const hashes = new Uint32Array(k * 2);
            hashes.set(this.hashes);
            this.hashes = hashes;
            const counts = new Float64Array(k * 2);
            counts.set(this.counts);
            this.counts = counts;
        }
        this.keys.push(key);
        this.hashes[k] = h;
        this.counts[k] = count;
        if (this.keys.length * 2 > this.slots.length)
            this.rehash();
        else
            this.place(k);
    }
    place(k) {
        const mask = this.slots.length - 1;
        let at = this.hashes[k] & mask;
        while (this.slots[at] !== 0)
            at = (at + 1) & mask;
        this.slots[at] = k + 1;
    }
    rehash() {
        this.slots = new Int32Array(this.slots.length * 2);
        for (let k = 0; k < this.keys.length; k++)
            this.place(k);
    }
    entries() {
        return new Map(this.keys.map((key, k) => [key, this.counts[k]]));
    }
}
function sortDistinct(values, counts) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    return { values: order.map((i) => values[i]), counts: order.map((i) => counts[i]) };
}
/** The top `cap` values by count (ties by value), plus every value in `keep`; the rest go to "other". */
function topCategories(counts, other, cap, keep) {
    const entries = [...counts];
    if (entries.length > cap) {
        entries.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
        const kept = entries.filter((e, i) => i < cap || keep.has(e[0]));
        for (let i = 0; i < entries.length; i++)
            if (i >= cap && !keep.has(entries[i][0]))
                other += entries[i][1];
        entries.length = 0;
        entries.push(...kept);
    }
    entries.sort((a, b) => compareText(a[0], b[0]));
    return { counts: Object.fromEntries(entries), other, cap };
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** numpy's default (linear) quantiles of sorted values, as strictly ascending edges. */
function quantileEdges(sorted, probabilities) {
    const n = sorted.length;
    const edges = [];
    if (n === 0)
        return edges;
    for (const q of probabilities) {
        const h = (n - 1) * q;
        const lo = Math.floor(h);
        const hi = Math.min(lo + 1, n - 1);
        const value = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        if (edges.length === 0 || value > edges[edges.length - 1])
            edges.push(value);
    }
    return edges;
}
/** The reference's grid edges: its quantiles at GRID, and GRID_EXTENSION steps beyond its min and max. */
function gridEdges(sorted) {
    const quantiles = quantileEdges(sorted, GRID);
    if (sorted.length === 0)
        return quantiles;
    const min = sorted[0], max = sorted[sorted.length - 1];
    const range = max - min;
    if (!(range > 0) || !Number.isFinite(range))
        return quantiles;
    const below = GRID_EXTENSION.map((k) => min - k * range).reverse();
    const above = GRID_EXTENSION.map((k) => max + k * range);
    // Strictly ascending whatever the rounding: an edge that does not move past its neighbour is dropped.
    const edges = [];
    for (const e of [...below, ...quantiles, ...above])
        if (Number.isFinite(e) && (edges.length === 0 || e > edges[edges.length - 1]))
            edges.push(e);
    return edges;
}
function histogramOfSorted(sorted, edges, withSupport = false) {
    const counts = new Array(edges.length + 1).fill(0);
    const low = new Array(edges.length + 1).fill(null);
    const high = new Array(edges.length + 1).fill(null);
    let bin = 0;
    for (let i = 0; i < sorted.length; i++) {
        const x = sorted[i];
        while (bin < edges.length && x >= edges[bin])
            bin++;
        // bin ≤ edges.length: always one of the edges.length + 1 bins.
        const before = counts[bin];
        if (before === 0)
            low[bin] = x;
        counts[bin] = before + 1;
        high[bin] = x;
    }
    return withSupport ? { edges, counts, low, high } : { edges, counts };
}
function finiteOrNull(values) {
    return Array.from(values, (v) => (Number.isFinite(v) ? v : null));
}
/** Index of the bin of x: 0 for x < e₀, i for eᵢ₋₁ ≤ x < eᵢ, k + 1 for x ≥ e_k. */
function binOf(edges, x) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x >= edges[mid])
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The edges a current column is binned on, from its reference's profile. */
function frozenEdgesOf(reference) {
    if (reference?.kind !== 'numeric' || !reference.deciles || !reference.grid)
        return undefined;
    return { deciles: reference.deciles.edges, grid: reference.grid.edges };
}
/** Mean and population variance of a profiled column, from its exact sums. */
function columnMoments(p) {
    const m = new ExactMoments();
    m.merge({ sum: p.sum, squares: p.squares });
    return m.summary(p.count - p.nonFinite);
}
function readableMoments(p) {
    const { mean, variance } = columnMoments(p);
    return { mean: Number.isFinite(mean) ? mean : null, variance: Number.isFinite(variance) ? variance : null };
}
/**
 * Merges shard profiles. Counts, bounds, exact sums, distinct tables and
 * histograms on the same frozen edges add up exactly, in any order and
 * grouping. Category counts are exact too while the union stays under the
 * cap; beyond it the top-K cut (keeping `keep`, the reference's values)
 * depends on what each shard had cut, which is why a capped column says so.
 */
function mergeProfiles(profiles, keep = () => new Set()) {
    if (profiles.length === 0)
        throw new errors/* ConfigurationError */.j1('there are no profiles to merge');
    const columns = {};
    let rows = 0;
    for (const profile of profiles) {
        rows += profile.rows;
        for (const [name, p] of Object.entries(profile.columns)) {
            const into = columns[name];
            columns[name] = into ? mergeColumn(into, p, name, keep(name)) : structuredClone(p);
        }
    }
    return { holdoutProfile: PROFILE_VERSION, rows, columns };
}
function mergeColumn(a, b, name, keep) {
    if (a.kind !== b.kind || a.type !== b.type)
        throw new errors/* ConfigurationError */.j1(`column "${name}" is ${a.type} in one profile and ${b.type} in another`);
    const moments = new ExactMoments();
    moments.merge({ sum: a.sum, squares: a.squares });
    moments.merge({ sum: b.sum, squares: b.squares });
    const out = {
        type: a.type,
        kind: a.kind,
        count: a.count + b.count,
        missing: a.missing + b.missing,
        typeErrors: a.typeErrors + b.typeErrors,
        constraintErrors: a.constraintErrors + b.constraintErrors,
        nonFinite: a.nonFinite + b.nonFinite,
        min: a.min === null ? b.min : b.min === null ? a.min : Math.min(a.min, b.min),
        max: a.max === null ? b.max : b.max === null ? a.max : Math.max(a.max, b.max),
        sum: canonicalExpansion(moments.sum),
        squares: canonicalExpansion(moments.squares),
    };
    Object.assign(out, readableMoments(out));
    if (a.kind === 'numeric')
        out.distinct = mergeDistinct(a.distinct ?? null, b.distinct ?? null);
    for (const key of ['deciles', 'grid']) {
        const ha = a[key];
        const hb = b[key];
        if (ha && hb) {
            if (ha.edges.length !== hb.edges.length || ha.edges.some((e, i) => e !== hb.edges[i])) {
                throw new errors/* ConfigurationError */.j1(`column "${name}": the profiles were binned on different reference edges (profile each shard against the same reference)`);
            }
            out[key] = { edges: ha.edges, counts: ha.counts.map((c, i) => c + hb.counts[i]) };
            if (ha.low && ha.high && hb.low && hb.high) {
                out[key].low = ha.low.map((v, i) => nullableExtreme(Math.min, v, hb.low[i]));
                out[key].high = ha.high.map((v, i) => nullableExtreme(Math.max, v, hb.high[i]));
            }
        }
        else if (ha || hb)
            throw new errors/* ConfigurationError */.j1(`column "${name}": one profile has a ${key} histogram and another has none (profile each shard against the same reference)`);
    }
    if (a.categories && b.categories) {
        const counts = new Map(Object.entries(a.categories.counts));
        for (const [k, v] of Object.entries(b.categories.counts))
            counts.set(k, (counts.get(k) ?? 0) + v);
        out.categories = topCategories(counts, a.categories.other + b.categories.other, Math.min(a.categories.cap, b.categories.cap), keep);
    }
    return out;
}
function nullableExtreme(pick, a, b) {
    return a === null ? b : b === null ? a : pick(a, b);
}
function mergeDistinct(a, b) {
    if (!a || !b)
        return null;
    const counts = new Map();
    for (const t of [a, b])
        t.values.forEach((v, i) => counts.set(v, (counts.get(v) ?? 0) + t.counts[i]));
    if (counts.size > DISTINCT_CAP)
        return null;
    return sortDistinct([...counts.keys()], [...counts.values()]);
}
/** Reads a profile document, with the file named in any complaint. */
function parseProfile(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`not valid JSON: ${error.message}`, { file });
    }
    const parsed = profileSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* ConfigurationError */.j1(`not a holdout profile: ${issue.message}`, { file, key: issue.path.join('.') || undefined });
    }
    return parsed.data;
}
/** Whether a file's text looks like a profile (rather than a dataset), by its first key. */
function looksLikeProfile(head) {
    return /^\s*\{\s*"holdoutProfile"\s*:/.test(head);
}
/**
 * One accumulator per column for a whole dataset (all its files), so a
 * profile binned on its own edges sees every value before the edges are cut.
 */
class DatasetProfiler {
    binning;
    keep;
    columns = new Map();
    rows = 0;
    constructor(binning, keep = () => new Set()) {
        this.binning = binning;
        this.keep = keep;
    }
    /** The column's accumulator; an `identifier` is a categorical column profiled without its categories. */
    accumulator(column, type, kind) {
        let acc = this.columns.get(column);
        if (acc === undefined) {
            acc = kind === 'numeric'
                ? new ColumnAccumulator(type, kind, this.binning(column))
                : new ColumnAccumulator(type, 'categorical', 'none', this.keep(column), kind === 'identifier');
            this.columns.set(column, acc);
        }
        else if (acc.type !== type)
            throw new errors/* ConfigurationError */.j1(`column "${column}" is ${acc.type} in one file and ${type} in another`);
        return acc;
    }
    toProfile() {
        const columns = {};
        for (const [name, acc] of this.columns)
            columns[name] = acc.toProfile();
        return { holdoutProfile: PROFILE_VERSION, rows: this.rows, columns };
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
  FD: () => (/* binding */ resultsDocumentSchema)
});

// UNUSED EXPORTS: MAX_CURVE_POINTS, NON_FINITE_JSON, checkSchema, compareMetricsResultsSchema, comparisonSchema, dataErrorSchema, deploymentRecordSchema, driftSummarySchema, fileDigestSchema, gateResultsSchema, locationSchema, metricRowSchema, modelCardResultsSchema, modelCurvesSchema, ruleNumbers, shardSchema, statisticSchema, statusSchema, subjectSchema, tableSummarySchema, tableTallySchema, validateDataResultsSchema

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
// writes one; report and gate read any number of them. This zod schema is the
// single definition; kind-specific payloads hang off the common envelope.






const RESULTS_VERSION = 1;
const statusSchema = schemas/* enum */.k5n(['pass', 'warn', 'fail', 'error']);
const locationSchema = schemas/* object */.Ikc({
    file: schemas/* string */.YjP(),
    line: schemas/* number */.aig().int().positive().optional(),
    /** 1-based data row (record) number, where the file has rows. */
    row: schemas/* number */.aig().int().positive().optional(),
    field: schemas/* string */.YjP().optional(),
});
/**
 * JSON has no numbers for ±∞ and NaN (JSON.stringify writes null for them).
 * Where a statistic may be infinite (χ² of a value the reference never had,
 * a DeLong z of a difference with no variance) or undefined, a results
 * document holds these strings instead; readers get the JavaScript number
 * back. `serializeResults` (io.ts) writes them.
 */
const NON_FINITE_JSON = ['Infinity', '-Infinity', 'NaN'];
/** A statistic: a finite JSON number, or "Infinity" / "-Infinity" / "NaN", read as the number it names. */
const statisticSchema = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* enum */.k5n(NON_FINITE_JSON).transform((name) => Number(name))]);
/** The strings "Infinity", "-Infinity" and "NaN" are read as those numbers, not as text. */
const observedSchema = schemas/* union */.KCZ([statisticSchema, schemas/* string */.YjP(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]);
const checkSchema = schemas/* object */.Ikc({
    /** Unique within the document; opaque to readers (they read the typed fields below, never parse it). */
    id: schemas/* string */.YjP(),
    title: schemas/* string */.YjP(),
    status: statusSchema,
    observed: observedSchema.optional(),
    expected: observedSchema.optional(),
    message: schemas/* string */.YjP(),
    /** How many occurrences the check counted (never capped). */
    count: schemas/* number */.aig().int().nonnegative().optional(),
    /** The first occurrences, for annotations; `count` says how many there were. */
    locations: schemas/* array */.YOg(locationSchema).default([]),
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
const fileDigestSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP(),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/).optional(),
    bytes: schemas/* number */.aig().int().nonnegative().optional(),
});
const subjectSchema = schemas/* looseObject */._H3({
    files: schemas/* array */.YOg(fileDigestSchema).default([]),
    gitSha: schemas/* string */.YjP().optional(),
    baselineId: schemas/* string */.YjP().optional(),
    schema: fileDigestSchema.optional(),
});
/** One Frictionless-style error, kept as a sample (the counts are complete). */
const dataErrorSchema = schemas/* object */.Ikc({
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
const tableSummarySchema = schemas/* object */.Ikc({
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
const tableTallySchema = schemas/* object */.Ikc({
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
        locations: schemas/* array */.YOg(locationSchema),
    })),
    fields: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), missing: schemas/* number */.aig().int().nonnegative(), failed: schemas/* number */.aig().int().nonnegative(), min: schemas/* number */.aig().nullable(), max: schemas/* number */.aig().nullable() })),
    errors: schemas/* array */.YOg(dataErrorSchema),
    errorCounts: schemas/* object */.Ikc({ file: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative()), rows: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative()) }),
});
const shardSchema = schemas/* object */.Ikc({
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
const driftColumnSchema = schemas/* object */.Ikc({
    column: schemas/* string */.YjP(),
    kind: schemas/* enum */.k5n(['numeric', 'categorical']),
    method: schemas/* enum */.k5n(drift/* DRIFT_METHODS */.Tl),
    auto: schemas/* boolean */.zMY(),
    /** null when the statistic could not be computed at all; ±∞ or NaN when it is infinite or undefined. */
    statistic: statisticSchema.nullable(),
    pValue: statisticSchema.optional(),
    compare: schemas/* enum */.k5n(drift/* DRIFT_COMPARISONS */.nT),
    threshold: schemas/* object */.Ikc({ warn: schemas/* number */.aig().optional(), fail: schemas/* number */.aig().optional() }),
    logBase: schemas/* enum */.k5n(drift/* LOG_BASES */.Gg).optional(),
    nRef: schemas/* number */.aig().int().nonnegative(),
    nCur: schemas/* number */.aig().int().nonnegative(),
    bins: schemas/* enum */.k5n(['deciles', 'grid', 'values']),
    bound: statisticSchema.optional(),
    status: statusSchema,
    message: schemas/* string */.YjP(),
    chart: schemas/* object */.Ikc({ labels: schemas/* array */.YOg(schemas/* string */.YjP()), reference: schemas/* array */.YOg(schemas/* number */.aig()), current: schemas/* array */.YOg(schemas/* number */.aig()) }),
});
const driftSummarySchema = schemas/* object */.Ikc({
    reference: schemas/* object */.Ikc({ path: schemas/* string */.YjP(), sha256: schemas/* string */.YjP().optional(), rows: schemas/* number */.aig().int().nonnegative() }),
    columns: schemas/* array */.YOg(driftColumnSchema),
    skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ column: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
    dataset: schemas/* object */.Ikc({ share: schemas/* number */.aig(), drifted: schemas/* number */.aig().int(), compared: schemas/* number */.aig().int(), status: statusSchema }),
});
const envelope = {
    holdout: schemas/* literal */.euz(RESULTS_VERSION),
    title: schemas/* string */.YjP(),
    status: statusSchema,
    createdAt: iso/* datetime */.w$({ offset: true }),
    subject: subjectSchema,
    checks: schemas/* array */.YOg(checkSchema),
};
const validateDataResultsSchema = schemas/* object */.Ikc({
    ...envelope,
    kind: schemas/* literal */.euz('validate-data'),
    data: schemas/* object */.Ikc({
        tables: schemas/* array */.YOg(tableSummarySchema),
        rows: schemas/* number */.aig().int().nonnegative(),
        errorCount: schemas/* number */.aig().int().nonnegative(),
        /** The first errors in file order; `errorCount` is the full count. */
        errors: schemas/* array */.YOg(dataErrorSchema),
        /** Profile of the data (all files), when a reference or profile-out asked for one. */
        profile: profile/* profileSchema */.Fk.optional(),
        drift: driftSummarySchema.optional(),
        /** Set on a shard's document: which share of the data it saw. Its `tallies` let a merge rebuild the whole verdict. */
        shard: shardSchema.optional(),
        tallies: schemas/* array */.YOg(tableTallySchema).optional(),
    }),
});
/** A metric value or statistic; null when missing. */
const metricValue = statisticSchema.nullable();
const metricRowSchema = schemas/* object */.Ikc({
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
    interval: schemas/* tuple */.PVZ([statisticSchema, statisticSchema]).nullable(),
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
    details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([statisticSchema, schemas/* string */.YjP()])).optional(),
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
const modelSchema = schemas/* object */.Ikc({
    source: schemas/* string */.YjP(),
    kind: schemas/* enum */.k5n(['metrics', 'predictions', 'evals']),
    sha256: schemas/* string */.YjP().optional(),
    /** Identifies the baseline (a commit, run or deployment id). */
    id: schemas/* string */.YjP().optional(),
});
/** Most points a curve may hold in a results document (compare-metrics keeps at most 50; a hostile file cannot make the report draw more). */
const MAX_CURVE_POINTS = 200;
/** Most past deployments a comparison carries, and metrics per deployment. */
const MAX_HISTORY = 50;
const unit = schemas/* number */.aig().min(0).max(1);
/** The curves of one model's binary scores: exact vertices of scikit-learn's curves at the kept thresholds (∞: nothing predicted positive). */
const modelCurvesSchema = schemas/* object */.Ikc({
    rows: schemas/* number */.aig().int().nonnegative(),
    positives: schemas/* number */.aig().int().nonnegative(),
    /** roc_curve: false and true positive rate at each kept threshold, threshold descending. */
    roc: schemas/* array */.YOg(schemas/* object */.Ikc({ threshold: statisticSchema, fpr: unit, tpr: unit })).max(MAX_CURVE_POINTS),
    /** precision_recall_curve, recall rising (threshold descending). */
    pr: schemas/* array */.YOg(schemas/* object */.Ikc({ threshold: statisticSchema, recall: unit, precision: unit })).max(MAX_CURVE_POINTS),
    /** calibration_curve (uniform bins on [0, 1]): each non-empty bin's mean score, share of positives and rows. Only for probabilities. */
    calibration: schemas/* object */.Ikc({
        bins: schemas/* number */.aig().int().min(1).max(MAX_CURVE_POINTS),
        strategy: schemas/* literal */.euz('uniform'),
        points: schemas/* array */.YOg(schemas/* object */.Ikc({ bin: schemas/* number */.aig().int().nonnegative(), predicted: unit, observed: unit, count: schemas/* number */.aig().int().positive() })).max(MAX_CURVE_POINTS),
    })
        .optional(),
});
/** One past deployment of the production model, as a deployment: baseline found it: its recorded metrics. */
const deploymentRecordSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().max(100),
    commit: schemas/* string */.YjP().max(100).optional(),
    recordedAt: schemas/* string */.YjP().max(100).optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).refine((m) => Object.keys(m).length <= MAX_HISTORY, { message: `at most ${MAX_HISTORY} metrics` }),
});
const comparisonSchema = schemas/* object */.Ikc({
    task: schemas/* enum */.k5n(TASKS).nullable(),
    paired: schemas/* boolean */.zMY(),
    rows: schemas/* number */.aig().int().nonnegative().nullable(),
    confidence: schemas/* number */.aig(),
    candidate: modelSchema,
    baseline: modelSchema.nullable(),
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
    curves: schemas/* object */.Ikc({ candidate: modelCurvesSchema, baseline: modelCurvesSchema.optional() }).optional(),
    /** deployment: baselines: the gated metrics recorded by the last successful deployments, oldest first (the newest is the baseline). */
    history: schemas/* object */.Ikc({ source: schemas/* string */.YjP(), deployments: schemas/* array */.YOg(deploymentRecordSchema).max(MAX_HISTORY) }).optional(),
    metrics: schemas/* array */.YOg(metricRowSchema),
    regressions: schemas/* number */.aig().int().nonnegative(),
    improvements: schemas/* number */.aig().int().nonnegative(),
    summary: schemas/* string */.YjP(),
});
const compareMetricsResultsSchema = schemas/* object */.Ikc({
    ...envelope,
    kind: schemas/* literal */.euz('compare-metrics'),
    comparison: comparisonSchema,
});
const gateResultsSchema = schemas/* object */.Ikc({
    ...envelope,
    kind: schemas/* literal */.euz('gate'),
    decision: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
});
/** The gate's governance check of a Markdown model card (shared/modelcard): each required section, found with content, empty or missing. */
const modelCardResultsSchema = schemas/* object */.Ikc({
    ...envelope,
    kind: schemas/* literal */.euz('model-card'),
    card: schemas/* object */.Ikc({
        path: schemas/* string */.YjP(),
        sections: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), state: schemas/* enum */.k5n(['present', 'empty', 'missing']), heading: schemas/* string */.YjP().optional(), line: schemas/* number */.aig().int().positive().optional(), words: schemas/* number */.aig().int().nonnegative(), accepted: schemas/* array */.YOg(schemas/* string */.YjP()) })),
    }),
});
const resultsDocumentSchema = schemas/* discriminatedUnion */.gMt('kind', [
    validateDataResultsSchema,
    compareMetricsResultsSchema,
    gateResultsSchema,
    modelCardResultsSchema,
]);


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
