export const id = 495;
export const ids = [495,739];
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

/***/ 5545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GB: () => (/* binding */ compareProfiles)
});

// UNUSED EXPORTS: AUTO_SMALL_REFERENCE, DEFAULT_DATASET_DRIFT_SHARE, DEFAULT_MISSING_RATE_CHANGE, DEFAULT_UNSEEN_CATEGORIES, DRIFT_METHOD_INFO, INTEGER_AS_CATEGORICAL, autoMethod, gridKs, gridWasserstein, integerAsCategorical

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
// EXTERNAL MODULE: ./build/shared/stats/distributions.js
var distributions = __webpack_require__(4255);
;// CONCATENATED MODULE: ./build/shared/stats/gamma.js
// The regularized incomplete gamma functions P(a, x) and Q(a, x) (series for
// x < a + 1, Lentz's continued fraction beyond), for χ² tail probabilities
// with any degrees of freedom.

const EPS = 1e-16;
const TINY = 1e-300;
function gammaP(a, x) {
    if (x <= 0)
        return 0;
    if (x < a + 1)
        return series(a, x);
    return 1 - continuedFraction(a, x);
}
function gammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (x < a + 1)
        return 1 - series(a, x);
    return continuedFraction(a, x);
}
function series(a, x) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 10_000; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - (0,distributions/* logGamma */.SX)(a));
}
function continuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10_000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - (0,distributions/* logGamma */.SX)(a)) * h;
}
/** Survival function of χ² with `df` degrees of freedom. */
function chiSquareSf(x, df) {
    return gammaQ(df / 2, x / 2);
}

;// CONCATENATED MODULE: ./build/shared/stats/drift.js
// Drift statistics between a reference and a current distribution, each as
// defined by the library a user would check against: PSI (Evidently's, with
// empty bins floored as its get_binned_data does), Jensen–Shannon distance (scipy, natural log
// by default) and divergence (log2, as TFDV), Wasserstein distance (scipy)
// normalised by the reference's standard deviation, the two-sample KS
// statistic (scipy's ks_2samp D), Pearson's χ² against the reference's
// frequencies, the two-proportion z test and the L∞ distance.


/** Floor for empty bins in PSI, as Evidently does (without it PSI is infinite). */
const PSI_EMPTY_BIN = 0.0001;
/**
 * The share an empty bin gets on one side, as Evidently's get_binned_data
 * (src/evidently/legacy/calculations/stattests/utils.py) fills zeroes: the
 * side's smallest non-zero share ÷ 10⁶ when that share is ≤ 10⁻⁴, else 10⁻⁴.
 * So a floor always stays far below every share the side really has.
 */
function psiEmptyBinShare(shares) {
    let smallest = Infinity;
    for (let i = 0; i < shares.length; i++)
        if (shares[i] > 0 && shares[i] < smallest)
            smallest = shares[i];
    return smallest <= PSI_EMPTY_BIN ? smallest / 1e6 : PSI_EMPTY_BIN;
}
function shares(counts) {
    let total = 0;
    for (let i = 0; i < counts.length; i++)
        total += counts[i];
    const out = new Float64Array(counts.length);
    for (let i = 0; i < counts.length; i++)
        out[i] = total === 0 ? 0 : counts[i] / total;
    return out;
}
/** Population stability index over the same bins: Σ (cur − ref)·ln(cur / ref). */
function psi(reference, current) {
    const r = shares(reference);
    const c = shares(current);
    // Each side is floored by its own shares, as Evidently does.
    const rFloor = psiEmptyBinShare(r);
    const cFloor = psiEmptyBinShare(c);
    let sum = 0;
    for (let i = 0; i < r.length; i++) {
        const ri = r[i] === 0 ? rFloor : r[i];
        const ci = c[i] === 0 ? cFloor : c[i];
        sum += (ci - ri) * Math.log(ci / ri);
    }
    return sum;
}
function relativeEntropy(p, q) {
    let sum = 0;
    for (let i = 0; i < p.length; i++) {
        if (p[i] > 0)
            sum += p[i] * Math.log(p[i] / q[i]);
    }
    return sum;
}
/** Jensen–Shannon divergence in the given log base (scipy's definition before the square root). */
function jensenShannonDivergence(reference, current, base = Math.E) {
    const p = shares(reference);
    const q = shares(current);
    const m = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++)
        m[i] = (p[i] + q[i]) / 2;
    const js = (relativeEntropy(p, m) + relativeEntropy(q, m)) / 2;
    return Math.max(0, js / Math.log(base));
}
/** Jensen–Shannon distance, scipy.spatial.distance.jensenshannon (natural log unless told). */
function jensenShannonDistance(reference, current, base = Math.E) {
    return Math.sqrt(jensenShannonDivergence(reference, current, base));
}
/** L∞ distance between the two distributions' shares. */
function linfDistance(reference, current) {
    const p = shares(reference);
    const q = shares(current);
    let max = 0;
    for (let i = 0; i < p.length; i++)
        max = Math.max(max, Math.abs(p[i] - q[i]));
    return max;
}
/** scipy.stats.wasserstein_distance on raw samples: ∫ |F_ref − F_cur|. */
function wassersteinDistance(reference, current) {
    const u = Float64Array.from(reference).sort();
    const v = Float64Array.from(current).sort();
    const all = new Float64Array(u.length + v.length);
    all.set(u);
    all.set(v, u.length);
    all.sort();
    let i = 0;
    let j = 0;
    let sum = 0;
    for (let k = 0; k < all.length - 1; k++) {
        const x = all[k];
        while (i < u.length && u[i] <= x)
            i++;
        while (j < v.length && v[j] <= x)
            j++;
        sum += Math.abs(i / u.length - j / v.length) * (all[k + 1] - x);
    }
    return sum;
}
/**
 * The smallest normaliser of the Wasserstein distance, as Evidently's
 * wasserstein_distance_norm.py: max(np.std(reference), 0.001), so a constant
 * reference column gives a finite distance.
 */
const WASSERSTEIN_MIN_NORM = 0.001;
/** Evidently's normaliser for the Wasserstein distance: the reference's population std, at least 0.001. */
function wassersteinNorm(referenceStd) {
    return Math.max(referenceStd, WASSERSTEIN_MIN_NORM);
}
/** Population standard deviation (numpy's default, ddof = 0), the Wasserstein normaliser. */
function populationStd(values) {
    let mean = 0;
    for (let i = 0; i < values.length; i++)
        mean += values[i];
    mean /= values.length;
    let ss = 0;
    for (let i = 0; i < values.length; i++)
        ss += (values[i] - mean) ** 2;
    return Math.sqrt(ss / values.length);
}
/** The two-sample Kolmogorov–Smirnov statistic D = sup |F_ref − F_cur|, as scipy's ks_2samp. */
function ksStatistic(reference, current) {
    const u = Float64Array.from(reference).sort();
    const v = Float64Array.from(current).sort();
    let i = 0;
    let j = 0;
    let d = 0;
    while (i < u.length || j < v.length) {
        const x = j >= v.length || (i < u.length && u[i] <= v[j]) ? u[i] : v[j];
        while (i < u.length && u[i] <= x)
            i++;
        while (j < v.length && v[j] <= x)
            j++;
        d = Math.max(d, Math.abs(i / u.length - j / v.length));
    }
    return d;
}
/** Pearson's χ² of current counts against the reference's shares (scipy.stats.chisquare with f_exp). */
function chiSquareTest(reference, current) {
    const r = shares(reference);
    let n = 0;
    for (let i = 0; i < current.length; i++)
        n += current[i];
    let statistic = 0;
    let df = -1;
    for (let i = 0; i < r.length; i++) {
        const expected = r[i] * n;
        if (expected === 0) {
            // A category the reference never saw: infinitely surprising if it occurs now.
            if (current[i] > 0)
                return { statistic: Infinity, pValue: 0, df: r.length - 1 };
            continue;
        }
        statistic += (current[i] - expected) ** 2 / expected;
        df++;
    }
    return { statistic, pValue: df <= 0 ? 1 : chiSquareSf(statistic, df), df };
}
/** Two-proportion z test (pooled), two-sided. */
function twoProportionZ(referenceHits, referenceN, currentHits, currentN) {
    const p1 = referenceHits / referenceN;
    const p2 = currentHits / currentN;
    const pooled = (referenceHits + currentHits) / (referenceN + currentN);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / referenceN + 1 / currentN));
    if (se === 0)
        return { statistic: 0, pValue: 1 };
    const z = (p2 - p1) / se;
    return { statistic: z, pValue: Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(z))) };
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/**
 * The exact two-sided p-value of the two-sample KS test for sizes m and n
 * and statistic d: the chance that a random lattice path from (0, 0) to
 * (m, n) leaves the band |x/m − y/n| < d (Hodges' inside method, computed as
 * 1 − p along the way for stability, after Viehmann 2021). As scipy, d is
 * first rounded to a multiple of 1/lcm(m, n).
 */
function ksExactPValue(m, n, d) {
    if (m < n)
        [m, n] = [n, m];
    const g = gcd(m, n);
    const mg = m / g;
    const ng = n / g;
    const lcm = mg * n;
    const h = Math.round(d * lcm);
    if (h === 0)
        return 1;
    // B[j] holds, for the current column x = i, the share of paths to (i, j) that left the band.
    const B = new Float64Array(n + 1).fill(1);
    const bandLow = (i) => Math.max(0, Math.floor((ng * i - h) / mg) + 1);
    const bandHigh = (i) => Math.min(n, Math.ceil((ng * i + h) / mg) - 1);
    // Column x = 0: up the y axis, inside until the band ends.
    for (let j = 0; j <= bandHigh(0); j++)
        B[j] = 0;
    for (let i = 1; i <= m; i++) {
        const low = bandLow(i);
        const high = bandHigh(i);
        if (high < low)
            return 1;
        let below = low === 0 ? NaN : 1; // B(i, low − 1): outside the band
        for (let j = low; j <= high; j++) {
            const left = B[j]; // B(i − 1, j): written in the previous column, or 1 outside its band
            below = j === 0 ? left : (i * left + j * below) / (i + j);
            B[j] = below;
        }
    }
    return Math.min(1, Math.max(0, B[n]));
}

;// CONCATENATED MODULE: ./build/shared/stats/kolmogorov.js
// The distribution of the two-sided one-sample Kolmogorov–Smirnov statistic
// D_n (scipy's kstwo), and the two-sample p-value scipy's ks_2samp gives:
// exact lattice-path counting up to 10,000 rows a side, beyond that
// kstwo.sf(D, round(m·n/(m + n))). The algorithm choice follows Simard &
// L'Ecuyer (2011) as scipy does: Ruben–Gambino at the ends, the Durbin matrix
// (Marsaglia–Tsang–Wang) and Pomeranz recursions for small n·d², Pelz–Good's
// expansion for large n, and twice the one-sided Smirnov tail (Birnbaum–
// Tingey sum, here in log space) where that is exact or nearly so.

const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const MIN_LOG = -708.3964185322641; // log of the smallest normal double, cephes' MINLOG
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;
/** P(D_n⁺ ≥ x): the one-sided Smirnov survival function (scipy.special.smirnov). */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const nx = n * x;
    let nxFloor = Math.floor(nx);
    let alpha = nx - nxFloor;
    if (alpha >= 1) {
        nxFloor += 1;
        alpha = 0;
    }
    if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
        // x ≤ 1/n: sf = 1 − x(1 + x)^(n−1).
        return Math.min(1, Math.max(0, 1 - x * Math.exp((n - 1) * Math.log1p(x))));
    }
    if (-2 * n * x * x < MIN_LOG)
        return 0;
    if (nxFloor >= n - 1)
        return Math.exp(n * Math.log1p(-x));
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        const logp = -((6 * n * x + 1) ** 2) / 18 / n;
        return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
    }
    // sf = x Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v): positive terms, summed in log space
    // scaled by the largest so far. The last term is left out when n·x is an integer (it is 0).
    const last = n - nxFloor - (alpha === 0 ? 1 : 0);
    let logC = 0;
    let logCError = 0; // Kahan compensation: log C(n, v) is a sum of up to n logarithms
    let scale = -Infinity;
    let sum = 0;
    for (let v = 0; v <= last; v++) {
        if (v > 0) {
            const y = Math.log((n - v + 1) / v) - logCError;
            const next = logC + y;
            logCError = next - logC - y;
            logC = next;
        }
        const low = 1 - x - v / n;
        if (low <= 0)
            break;
        const logTerm = logC + (n - v) * Math.log1p(-x - v / n) + (v - 1) * Math.log(x + v / n);
        if (logTerm > scale) {
            sum = sum * Math.exp(scale - logTerm) + 1;
            scale = logTerm;
        }
        else {
            const t = Math.exp(logTerm - scale);
            sum += t;
            // The terms rise to one peak and fall off: stop once the rest cannot matter.
            if (4 * (last - v) * t < Number.EPSILON * sum && v !== last)
                break;
        }
    }
    return Math.min(1, Math.max(0, x * sum * Math.exp(scale)));
}
/** P(D_n ≤ d) by the Durbin matrix, computed as Marsaglia, Tsang and Wang do (with scaling). */
function kolmogorovCdfDurbin(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - i + 1];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let power; // undefined = identity
    let nn = n;
    let exponent = 0;
    let hExponent = 0;
    while (nn > 0) {
        if (nn % 2) {
            power = power ? matmul(power, H, m) : H.slice();
            exponent += hExponent;
        }
        H = matmul(H, H, m);
        hExponent *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > E128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= E128;
            hExponent += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = power[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= E128;
            exponent -= 128;
        }
    }
    return clip(p * 2 ** exponent);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let l = 0; l < m; l++) {
            const ail = a[i * m + l];
            if (ail === 0)
                continue;
            const row = l * m;
            const o = i * m;
            for (let j = 0; j < m; j++)
                out[o + j] += ail * b[row + j];
        }
    }
    return out;
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** P(D_n ≤ x) by Pomeranz's recursion (1974), as scipy's _kolmogn_Pomeranz. */
function kolmogorovCdfPomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const size = 2 * (ll + 1);
    const gpower = new Float64Array(size);
    const twogpower = new Float64Array(size);
    const onem2gpower = new Float64Array(size);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    for (let k = 1; k < size; k++) {
        gpower[k] = (gpower[k - 1] * (g / n)) / k;
        twogpower[k] = (twogpower[k - 1] * ((2 * g) / n)) / k;
        onem2gpower[k] = (onem2gpower[k - 1] * ((1 - 2 * g) / n)) / k;
    }
    let V0 = new Float64Array(size);
    let V1 = new Float64Array(size);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let exponent = 0;
    let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
        const powers = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const length = j2 - k1 + 1;
        if (length > 0) {
            const from = j1 - k1;
            const count = j2 - j1 + 1;
            let max = 0;
            for (let c = 0; c < count; c++) {
                // conv[from + c] of V0[k1 − V0s …] with powers.
                const index = from + c;
                let s = 0;
                for (let a = Math.max(0, index - (length - 1)); a <= Math.min(index, length - 1); a++)
                    s += V0[k1 - V0s + a] * powers[index - a];
                V1[c] = s;
                if (s > max)
                    max = s;
            }
            if (max > 0 && max < EM128) {
                for (let c = 0; c < count; c++)
                    V1[c] *= E128;
                exponent -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let answer = V1[n - V1s];
    for (let k = 1; k <= n; k++) {
        if (Math.abs(answer) > E128) {
            answer *= EM128;
            exponent += 128;
        }
        answer *= k;
    }
    return clip(answer * 2 ** exponent);
}
/** Pelz–Good's asymptotic expansion of P(D_n ≤ x) (1976), as scipy's _kolmogn_PelzGood. */
function kolmogorovCdfPelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
    const pi2 = Math.PI ** 2, pi4 = pi2 * pi2, pi6 = pi4 * pi2;
    const qlog = -pi2 / 8 / z2;
    if (qlog < -708)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2, k1b = pi2 / 4;
    const k2a = 6 * z6 + 2 * z4, k2b = ((2 * z4 - 5 * z2) * pi2) / 4, k2c = (pi4 * (1 - 2 * z2)) / 16;
    const k3d = (pi6 * (5 - 30 * z2)) / 64, k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16, k3b = (pi2 * (135 * z4 - 96 * z6)) / 4, k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m, m4 = m2 * m2, m6 = m4 * m2;
        const qp = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qp + coeffs[i];
    }
    const sqrt2pi = Math.sqrt(2 * Math.PI);
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * sqrt2pi) / divisors[i];
    q = Math.exp(-pi2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        k2extra += k2 * qp;
        k3extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qp;
    }
    K[2] += (k2extra * pi2 * sqrt2pi) / (-36 * z3);
    K[3] += (k3extra * pi2 * sqrt2pi) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
function clip(p) {
    return Math.min(1, Math.max(0, p));
}
function logFactorialOverPower(n) {
    // log(n! / n^n) by Stirling's series, as scipy's _log_nfactorial_div_n_pow_n.
    const coefficients = [-2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2];
    const rn = 1 / n;
    let poly = 0;
    for (const c of coefficients)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
/** P(D_n > x) for the two-sided one-sample KS statistic (scipy.stats.kstwo.sf). */
function kolmogorovSf(n, x) {
    if (!Number.isInteger(n) || n <= 0)
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        const cdf = n <= 140 ? productCdf(n, t) : Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        return clip(1 - cdf);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 0.754693)
            return clip(1 - kolmogorovCdfDurbin(n, x));
        if (nx2 <= 4)
            return clip(1 - kolmogorovCdfPomeranz(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return clip(2 * smirnovSf(n, x));
    const cdf = nx2 >= 18 ? 1 : n <= 100000 && n * x ** 1.5 <= 1.4 ? kolmogorovCdfDurbin(n, x) : kolmogorovCdfPelzGood(n, x);
    return clip(1 - cdf);
}
function productCdf(n, t) {
    let p = 1;
    for (let i = 1; i <= n; i++)
        p *= (i / n) * (2 * t - 1);
    return p;
}
/** Sizes up to which the two-sample p-value is exact, as scipy's ks_2samp(method='auto'). */
const KS_EXACT_MAX_N = 10000;
/** The two-sided two-sample KS p-value scipy's ks_2samp(method='auto') reports. */
function ksTwoSamplePValue(m, n, d) {
    if (Math.max(m, n) <= KS_EXACT_MAX_N)
        return { pValue: ksExactPValue(m, n, d), method: 'exact' };
    const en = (m * n) / (m + n);
    return { pValue: clip(kolmogorovSf(roundHalfEven(en), d)), method: 'asymptotic' };
}
/** numpy's round: halves go to the even neighbour (m = n = 10001 gives 5000, not 5001). */
function roundHalfEven(x) {
    const floor = Math.floor(x);
    const fraction = x - floor;
    if (fraction !== 0.5)
        return Math.round(x);
    return floor % 2 === 0 ? floor : floor + 1;
}

// EXTERNAL MODULE: ./build/shared/count.js
var count = __webpack_require__(5343);
// EXTERNAL MODULE: ./build/shared/validate/format.js
var format = __webpack_require__(3664);
// EXTERNAL MODULE: ./build/shared/profile/profile.js + 1 modules
var profile = __webpack_require__(1354);
;// CONCATENATED MODULE: ./build/shared/validate/drift.js
// Drift of a current profile against a reference profile, column by column:
// the method (as the schema says, or `auto` by Evidently's rules), the
// statistic on the profiles' frozen bins, the levels it is held to, and the
// checks of their own for the change in missing rate and the share of
// categories the reference never saw. Pure: profiles and schema in, checks
// and a drift summary out.
//
// Bins: categorical columns (and numeric ones with at most five distinct
// values, and integer ones whose reference has at most five) compare value by
// value. Other numeric columns compare on the
// reference's deciles (PSI, Jensen–Shannon, χ², L∞) or its 100-quantile grid
// (KS, Wasserstein), with open tails. Empty bins: PSI floors a share of 0 as
// Evidently does (see psiEmptyBinShare); Jensen–Shannon needs no floor; χ² drops bins empty in
// both and is infinite for a value only the current data has.






const DRIFT_METHOD_INFO = {
    psi: { label: 'PSI', compare: 'distance', logBase: 'e', defaults: { warn: 0.1, fail: 0.2 } },
    jensenshannon: { label: 'Jensen–Shannon distance', compare: 'distance', logBase: 'e', defaults: { fail: 0.1 } },
    js_divergence: { label: 'Jensen–Shannon divergence', compare: 'distance', logBase: '2', defaults: { fail: 0.1 } },
    wasserstein: { label: 'Wasserstein distance (in reference std)', compare: 'distance', defaults: { fail: 0.1 } },
    linf: { label: 'L∞ distance', compare: 'distance', defaults: { fail: 0.1 } },
    ks: { label: 'Kolmogorov–Smirnov', compare: 'p-value', defaults: { fail: 0.05 } },
    chisquare: { label: 'χ²', compare: 'p-value', defaults: { fail: 0.05 } },
    z: { label: 'two-proportion z', compare: 'p-value', defaults: { fail: 0.05 } },
};
const DEFAULT_DATASET_DRIFT_SHARE = 0.5;
const DEFAULT_MISSING_RATE_CHANGE = { warn: 0.05, fail: 0.1 };
const DEFAULT_UNSEEN_CATEGORIES = { warn: 0, fail: 0.05 };
/** Evidently's size rule: up to this many reference values, tests (KS, χ², z); beyond, distances. */
const AUTO_SMALL_REFERENCE = 1000;
const CHART_BINS = 12;
/**
 * Evidently's NUMBER_UNIQUE_AS_CATEGORICAL (src/evidently/legacy/utils/
 * data_preprocessing.py, _get_column_type): an integer column with at most
 * this many distinct reference values is categorical, whatever the current
 * data holds.
 */
const INTEGER_AS_CATEGORICAL = 5;
/** An integer column Evidently would call categorical: at most five distinct values in the reference. */
function integerAsCategorical(reference) {
    return reference.kind === 'numeric' && reference.type === 'integer' && !!reference.distinct && reference.distinct.values.length <= INTEGER_AS_CATEGORICAL;
}
/**
 * Evidently's get_default_stattest (src/evidently/legacy/calculations/
 * stattests/registry.py): by the column's type (integers with at most five
 * reference values are categorical), the number of distinct values in
 * reference and current together, and the reference's size.
 */
function autoMethod(reference, current) {
    const nRef = finiteCount(reference);
    const unique = distinctCount(reference, current);
    const numeric = reference.kind === 'numeric' && unique > profile/* DISTINCT_CAP */.WF && !integerAsCategorical(reference);
    if (nRef <= AUTO_SMALL_REFERENCE)
        return numeric ? 'ks' : unique <= 2 ? 'z' : 'chisquare';
    return numeric ? 'wasserstein' : 'jensenshannon';
}
function finiteCount(p) {
    return p.count - p.nonFinite;
}
/** Distinct values in reference ∪ current; Infinity when a profile stopped counting. */
function distinctCount(a, b) {
    if (a.kind === 'numeric') {
        if (!a.distinct || !b.distinct)
            return Infinity;
        return new Set([...a.distinct.values, ...b.distinct.values]).size;
    }
    if ((a.categories?.other ?? 0) > 0 || (b.categories?.other ?? 0) > 0)
        return Infinity;
    return new Set([...Object.keys(a.categories?.counts ?? {}), ...Object.keys(b.categories?.counts ?? {})]).size;
}
/**
 * Value-by-value bins for an integer column whose reference has at most five
 * values while the current data has more: each reference value, and the
 * values the reference never had counted together. Lumping those loses
 * nothing for the methods auto picks here: each contributes q·ln 2 / 2 to the
 * Jensen–Shannon divergence whatever its share q, and any one of them makes
 * χ² infinite (p = 0). The current count of a reference value v comes from
 * the current grid bin holding v: its count when that bin holds v alone
 * (low = high = v, or no other integer fits in the bin), 0 when v lies
 * outside the bin's values; undefined when the bin mixes v with others.
 */
function integerValueBins(reference, current) {
    const known = reference.distinct;
    const grid = current.grid;
    if (!known || !grid)
        return undefined;
    const counts = [];
    for (const v of known.values) {
        const b = (0,profile/* binOf */.jU)(grid.edges, v);
        const n = grid.counts[b] ?? 0;
        const lo = grid.low?.[b], hi = grid.high?.[b];
        const from = b === 0 ? -Infinity : grid.edges[b - 1], to = b === grid.edges.length ? Infinity : grid.edges[b];
        const onlyV = Math.ceil(from) >= v && (to <= v + 1);
        if (n === 0 || (lo != null && hi != null && (v < lo || v > hi)))
            counts.push(0);
        else if ((lo === v && hi === v) || onlyV)
            counts.push(n);
        else
            return undefined;
    }
    const other = finiteCount(current) - counts.reduce((a, b) => a + b, 0);
    return {
        kind: 'values',
        labels: [...known.values.map(String), '(values the reference never had)'],
        reference: [...known.counts, 0],
        current: [...counts, other],
    };
}
/** Value-by-value bins: categories, or the few distinct values of a numeric column. */
function valueBins(reference, current) {
    if (reference.kind === 'numeric') {
        if (!reference.distinct || !current.distinct)
            return undefined;
        const values = [...new Set([...reference.distinct.values, ...current.distinct.values])].sort((x, y) => x - y);
        const countOf = (t, v) => t.counts[t.values.indexOf(v)] ?? 0;
        return { kind: 'values', labels: values.map(String), reference: values.map((v) => countOf(reference.distinct, v)), current: values.map((v) => countOf(current.distinct, v)) };
    }
    const none = { counts: {}, other: 0 };
    const r = reference.categories ?? none;
    const c = current.categories ?? none;
    const keys = [...new Set([...Object.keys(r.counts), ...Object.keys(c.counts)])].sort();
    const bins = { kind: 'values', labels: keys, reference: keys.map((k) => r.counts[k] ?? 0), current: keys.map((k) => c.counts[k] ?? 0) };
    if (r.other > 0 || c.other > 0) {
        bins.labels.push('(other)');
        bins.reference.push(r.other);
        bins.current.push(c.other);
    }
    return bins;
}
function histogramBins(kind, reference, current) {
    if (!reference || !current)
        return undefined;
    const e = reference.edges;
    if (current.edges.length !== e.length || current.edges.some((x, i) => x !== e[i]))
        return undefined;
    const labels = reference.counts.map((_, i) => (i === 0 ? `< ${fmt(e[0])}` : i === e.length ? `≥ ${fmt(e[i - 1])}` : `${fmt(e[i - 1])} – ${fmt(e[i])}`));
    return { kind, labels, reference: reference.counts, current: current.counts };
}
function fmt(x) {
    return Number(x.toPrecision(4)).toString();
}
function drift_shares(counts) {
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((c) => (total === 0 ? 0 : c / total));
}
/**
 * KS statistic on shared bins: max |R_i − C_i| over the edges (a lower bound
 * on the raw-sample D), and how far above it the raw D can be. Within bin i
 * both CDFs rise from (R, C) to (R + rᵢ, C + cᵢ); F_r − F_c can reach
 * R + rᵢ − C inside only if some reference value lies below some current
 * value there (low_r < high_c), and likewise the other way. Without supports
 * every bin is taken to allow both.
 */
function gridKs(reference, current, support) {
    const r = drift_shares(reference);
    const c = drift_shares(current);
    let R = 0;
    let C = 0;
    let d = 0;
    let upper = 0;
    for (let i = 0; i < r.length; i++) {
        const rl = support?.reference.low[i] ?? -Infinity, rh = support?.reference.high[i] ?? Infinity;
        const cl = support?.current.low[i] ?? -Infinity, ch = support?.current.high[i] ?? Infinity;
        // An empty bin leaves that CDF flat: the extremes are then at the bin's ends, which the edges cover.
        if (r[i] > 0 && c[i] > 0) {
            if (!support || rl < ch)
                upper = Math.max(upper, R + r[i] - C);
            if (!support || cl < rh)
                upper = Math.max(upper, C + c[i] - R);
        }
        else
            upper = Math.max(upper, Math.abs(R + r[i] - C - c[i]), Math.abs(R - C));
        R += r[i];
        C += c[i];
        if (i < r.length - 1)
            d = Math.max(d, Math.abs(R - C));
    }
    return { statistic: d, bound: Math.max(0, upper - d) };
}
/**
 * ∫|F_ref − F_cur| on shared bins, each distribution's bin mass spread evenly
 * over where it lies in the bin: between the bin's smallest and largest value
 * when the profile has them, else the part of the bin inside the column's
 * [min, max]. The bound on the difference from the raw-sample value is
 * Σ (spread width × share)/2 per distribution and bin, the most an even
 * spread can be off for any arrangement inside it: zero for a bin holding
 * one value.
 */
function gridWasserstein(edges, reference, current) {
    const r = drift_shares(reference.counts);
    const c = drift_shares(current.counts);
    const lo = Math.min(reference.min, current.min);
    const hi = Math.max(reference.max, current.max);
    let R0 = 0;
    let C0 = 0;
    let distance = 0;
    let bound = 0;
    for (let i = 0; i < r.length; i++) {
        const a = Math.max(lo, i === 0 ? -Infinity : edges[i - 1]);
        const b = Math.min(hi, i === edges.length ? Infinity : edges[i]);
        if (b > a) {
            const ra = reference.low?.[i] ?? Math.max(a, reference.min), rb = reference.high?.[i] ?? Math.min(b, reference.max);
            const ca = current.low?.[i] ?? Math.max(a, current.min), cb = current.high?.[i] ?? Math.min(b, current.max);
            // A mass squeezed to one point is a step there: `right` takes the value just right of x, else just left.
            const spread = (base, mass, from, to) => (x, right) => base + (to > from ? mass * clamp01((x - from) / (to - from)) : x > to || (x === to && right) ? mass : 0);
            const Fr = spread(R0, r[i], ra, rb);
            const Fc = spread(C0, c[i], ca, cb);
            // Both are linear between these points: integrate |Fr − Fc| piece by piece, splitting at a sign change.
            const points = [...new Set([a, b, ra, rb, ca, cb].filter((x) => x >= a && x <= b))].sort((x, y) => x - y);
            for (let k = 0; k + 1 < points.length; k++) {
                const x0 = points[k], x1 = points[k + 1];
                const d0 = Fr(x0, true) - Fc(x0, true), d1 = Fr(x1, false) - Fc(x1, false);
                const w = x1 - x0;
                distance += d0 * d1 >= 0 ? (w * (Math.abs(d0) + Math.abs(d1))) / 2 : (w * (d0 * d0 + d1 * d1)) / (2 * (Math.abs(d0) + Math.abs(d1)));
            }
            bound += (Math.max(0, rb - ra) * r[i] + Math.max(0, cb - ca) * c[i]) / 2;
        }
        R0 += r[i];
        C0 += c[i];
    }
    return { distance, bound };
}
function clamp01(x) {
    return x < 0 ? 0 : x > 1 ? 1 : x;
}
function levelStatus(score, compare, t) {
    // An undefined statistic judges nothing either way: a warning, never a silent pass.
    if (Number.isNaN(score))
        return 'warn';
    const beyond = (level) => level !== undefined && (compare === 'distance' ? score >= level : score < level);
    return beyond(t.fail) ? 'fail' : beyond(t.warn) ? 'warn' : 'pass';
}
function describeLevels(compare, t) {
    const op = compare === 'distance' ? '≥' : '<';
    const parts = [t.warn !== undefined ? `warn ${op} ${t.warn}` : '', t.fail !== undefined ? `fail ${op} ${t.fail}` : ''].filter(Boolean);
    return parts.join(', ') || 'no level set';
}
function formatStat(x) {
    if (Number.isNaN(x))
        return 'undefined (NaN)';
    if (!Number.isFinite(x))
        return x > 0 ? '∞' : '−∞';
    if (x === 0)
        return '0';
    return Math.abs(x) < 1e-4 ? x.toExponential(3) : Number(x.toPrecision(4)).toString();
}
/** The settings a column's drift check runs with: the field's, over the table's, over the method's defaults. */
function settingsFor(table, field) {
    const method = field?.method ?? table?.method ?? 'auto';
    // Levels belong to a method: the table's apply only where the field keeps the table's method.
    const sameMethod = field?.method === undefined || field.method === table?.method;
    const warn = field?.warn ?? (sameMethod ? table?.warn : undefined);
    const fail = field?.fail ?? (sameMethod ? table?.fail : undefined);
    return { method, warn, fail, levelsSet: warn !== undefined || fail !== undefined };
}
function compareProfiles(input) {
    const { schema, reference, current } = input;
    const table = schema['x-holdout'];
    const checks = [];
    const columns = [];
    const skipped = [];
    const primaryKey = schema.primaryKey === undefined ? [] : typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey;
    const identifiers = new Set([...schema.fields.filter((f) => f.constraints?.unique).map((f) => f.name), ...(primaryKey.length === 1 ? primaryKey : [])]);
    for (const field of schema.fields) {
        const name = field.name;
        const ref = reference.columns[name];
        const cur = current.columns[name];
        const extension = field['x-holdout'];
        if (!ref || !cur) {
            if (extension?.drift !== false && (ref || cur))
                skipped.push({ column: name, reason: ref ? 'not in the current data' : 'not in the reference' });
            continue;
        }
        const missingLevels = extension?.missingRateChange === false ? undefined : (extension?.missingRateChange ?? table?.missingRateChange ?? DEFAULT_MISSING_RATE_CHANGE);
        if (missingLevels)
            checks.push(missingRateCheck(name, ref, cur, missingLevels));
        const unseenLevels = extension?.unseenCategories === false ? undefined : (extension?.unseenCategories ?? table?.unseenCategories ?? DEFAULT_UNSEEN_CATEGORIES);
        // Identifiers keep no categories: their values are new by design, and drift leaves them out below.
        if (unseenLevels && ref.kind === 'categorical' && !identifiers.has(name)) {
            const check = unseenCheck(name, ref, cur, unseenLevels);
            if (check)
                checks.push(check);
            else
                skipped.push({ column: `${name} (unseen categories)`, reason: `the reference has more than ${(0,count/* formatCount */.B)(profile/* DEFAULT_CATEGORY_CAP */.sf)} distinct values; which are new cannot be told` });
        }
        if (extension?.drift === false)
            continue;
        const settings = settingsFor(table?.drift, extension?.drift || undefined);
        if (identifiers.has(name) && !(extension?.drift && extension.drift.method)) {
            skipped.push({ column: name, reason: 'an identifier (unique or the primary key): its values are meant to differ; set a drift method to compare it anyway' });
            continue;
        }
        const result = driftOf(name, ref, cur, settings);
        if ('skip' in result) {
            skipped.push({ column: name, reason: result.skip });
            continue;
        }
        columns.push(result);
        checks.push({
            id: `drift:${name}`,
            title: `${name}: drift from the reference (${DRIFT_METHOD_INFO[result.method].label})`,
            status: result.status,
            observed: result.compare === 'p-value' ? result.pValue : result.statistic,
            expected: result.compare === 'p-value' ? `p ≥ ${result.threshold.fail ?? result.threshold.warn}` : `< ${result.threshold.warn ?? result.threshold.fail}`,
            message: result.message,
            locations: [],
        });
    }
    const share = table?.datasetDrift?.share ?? DEFAULT_DATASET_DRIFT_SHARE;
    // Columns whose statistic could not be computed, or is undefined, were not compared.
    const compared = columns.filter((c) => c.status !== 'error' && !(c.statistic !== null && Number.isNaN(c.statistic))).length;
    const drifted = columns.filter((c) => c.status === 'fail').length;
    const datasetStatus = compared > 0 && drifted / compared >= share ? 'fail' : 'pass';
    checks.push({
        id: 'datasetDrift',
        title: `Dataset drift: share of drifted columns (fails at ${(0,format/* formatRate */.CE)(share)})`,
        status: datasetStatus,
        observed: compared === 0 ? 0 : drifted / compared,
        expected: `< ${(0,format/* formatRate */.CE)(share)}`,
        message: compared === 0 ? 'no column could be compared with the reference' : `${drifted} of ${compared} column${compared === 1 ? '' : 's'} drifted (${(0,format/* formatRate */.CE)(drifted / compared)})`,
        count: drifted,
        locations: [],
    });
    // Worst first: failed, then warned, by how far past their level.
    columns.sort((a, b) => (0,results_status/* worstFirst */.md)(a.status, b.status) || severity(b) - severity(a));
    return {
        checks,
        drift: { reference: { ...input.referenceInfo, rows: reference.rows }, columns, skipped, dataset: { share, drifted, compared, status: datasetStatus } },
    };
}
/** How far past its level a column is (larger is worse), to order the report. */
function severity(c) {
    const level = c.threshold.fail ?? c.threshold.warn ?? 1;
    if (c.compare === 'p-value')
        return c.pValue === undefined || c.pValue === 0 ? Infinity : Number.isNaN(c.pValue) ? 0 : level / c.pValue;
    const statistic = c.statistic === null || Number.isNaN(c.statistic) ? 0 : c.statistic;
    return level === 0 ? statistic : statistic / level;
}
function driftOf(name, ref, cur, settings) {
    if (ref.kind !== cur.kind)
        return { skip: `${ref.kind} in the reference, ${cur.kind} now` };
    const nRef = finiteCount(ref);
    const nCur = finiteCount(cur);
    if (nRef === 0)
        return { skip: 'the reference has no values' };
    const auto = settings.method === 'auto';
    if (auto && ref.kind === 'categorical' && (ref.categories?.other ?? 0) > 0) {
        return { skip: `more than ${(0,count/* formatCount */.B)(profile/* DEFAULT_CATEGORY_CAP */.sf)} distinct values (an identifier or free text?); set a drift method to compare the top ${(0,count/* formatCount */.B)(profile/* DEFAULT_CATEGORY_CAP */.sf)}` };
    }
    const method = settings.method === 'auto' ? autoMethod(ref, cur) : settings.method;
    const info = DRIFT_METHOD_INFO[method];
    const threshold = settings.levelsSet ? { warn: settings.warn, fail: settings.fail } : info.defaults;
    const base = { column: name, kind: ref.kind, method, auto, compare: info.compare, threshold, logBase: info.logBase, nRef, nCur };
    const unavailable = (why) => ({ ...base, statistic: null, bins: 'values', status: 'error', message: `${info.label} cannot be computed: ${why}`, chart: { labels: [], reference: [], current: [] } });
    if (nCur === 0) {
        // No current values: the statistic is undefined (0/0 shares), a result rather than a failure to evaluate;
        // the missing-rate check says how much went missing.
        return {
            ...base, statistic: NaN, pValue: info.compare === 'p-value' ? NaN : undefined, bins: 'values', status: 'warn',
            message: `${info.label} is undefined (NaN): the current data has no values in this column (its missing rate is checked on its own; n_ref ${(0,count/* formatCount */.B)(nRef)}, n_cur 0)`,
            chart: { labels: [], reference: [], current: [] },
        };
    }
    if (ref.kind === 'categorical' && (!ref.categories || !cur.categories))
        return unavailable('the column is unique or the primary key, so its profile counts values without keeping them');
    let values = valueBins(ref, cur);
    // Under auto, an integer column with at most five reference values is categorical (Evidently's typing):
    // value by value even when the current data has more values than the distinct table keeps.
    const integerCategorical = auto && integerAsCategorical(ref);
    if (integerCategorical && !values) {
        values = integerValueBins(ref, cur);
        if (!values)
            return unavailable('the current profile cannot tell how many of its values equal each reference value (its grid bins hold several values)');
    }
    const numericFew = ref.kind === 'numeric' && values !== undefined && (values.labels.length <= profile/* DISTINCT_CAP */.WF || integerCategorical);
    let bins;
    if (ref.kind === 'categorical' || numericFew)
        bins = values;
    else if (method === 'ks' || method === 'wasserstein')
        bins = histogramBins('grid', ref.grid, cur.grid);
    else
        bins = histogramBins('deciles', ref.deciles, cur.deciles);
    if (!bins)
        return unavailable('the profiles have no histograms on shared edges (profile the current data against this reference)');
    if ((method === 'ks' || method === 'wasserstein') && ref.kind === 'categorical')
        return unavailable(`${method} needs an ordered (numeric) column`);
    let statistic = NaN;
    let pValue;
    let bound;
    let detail = '';
    switch (method) {
        case 'psi':
            statistic = psi(bins.reference, bins.current);
            break;
        case 'jensenshannon':
            statistic = jensenShannonDistance(bins.reference, bins.current);
            break;
        case 'js_divergence':
            statistic = jensenShannonDivergence(bins.reference, bins.current, 2);
            break;
        case 'linf':
            statistic = linfDistance(bins.reference, bins.current);
            break;
        case 'chisquare': {
            const t = chiSquareTest(bins.reference, bins.current);
            statistic = t.statistic;
            pValue = t.pValue;
            detail = `, df ${t.df}`;
            break;
        }
        case 'z': {
            if (bins.labels.length > 2)
                return unavailable(`the z test compares two values; this column has ${bins.labels.length}`);
            const t = twoProportionZ(bins.reference[0] ?? 0, nRef, bins.current[0] ?? 0, nCur);
            statistic = t.statistic;
            pValue = t.pValue;
            detail = `, share of ${JSON.stringify(bins.labels[0] ?? '')}`;
            break;
        }
        case 'ks': {
            if (bins.kind === 'values') {
                // A few distinct values: the CDFs step only at them, so the binned D is the raw-sample D.
                statistic = gridKs(bins.reference, bins.current).statistic;
            }
            else {
                const g = gridKs(bins.reference, bins.current, gridSupports(ref, cur));
                statistic = g.statistic;
                bound = g.bound;
            }
            pValue = ksTwoSamplePValue(nRef, nCur, statistic).pValue;
            break;
        }
        case 'wasserstein': {
            // Evidently's normaliser: the reference's std, at least 0.001 (a constant reference stays finite).
            const std = Math.sqrt((0,profile/* columnMoments */._i)(ref).variance);
            const norm = wassersteinNorm(std);
            let raw;
            if (bins.kind === 'values') {
                raw = valuesWasserstein(bins.labels.map(Number), bins.reference, bins.current);
            }
            else {
                const support = gridSupports(ref, cur);
                const g = gridWasserstein(ref.grid.edges, { counts: bins.reference, min: ref.min, max: ref.max, ...support?.reference }, { counts: bins.current, min: cur.min, max: cur.max, ...support?.current });
                raw = g.distance;
                bound = g.bound / norm;
            }
            statistic = raw / norm;
            detail = `, reference std ${formatStat(std)}${std < WASSERSTEIN_MIN_NORM ? `, divided by ${WASSERSTEIN_MIN_NORM} (Evidently's smallest normaliser)` : ''}`;
            break;
        }
        default:
            return (0,errors/* assertNever */.xb)(method, 'drift method');
    }
    const score = info.compare === 'p-value' ? pValue : statistic;
    const status = levelStatus(score, info.compare, threshold);
    const shown = info.compare === 'p-value' ? `${info.label} statistic ${formatStat(statistic)}, p = ${formatStat(pValue)}` : `${info.label} ${formatStat(statistic)}`;
    const where = bins.kind === 'values' ? 'value by value' : bins.kind === 'deciles' ? 'on the reference deciles' : `on the reference 100-quantile grid, within ±${formatStat(bound ?? 0)} of the raw-sample value`;
    const log = info.logBase ? `; log base ${info.logBase}` : '';
    const message = `${shown} (${describeLevels(info.compare, threshold)}${log}; ${where}${detail}; n_ref ${(0,count/* formatCount */.B)(nRef)}, n_cur ${(0,count/* formatCount */.B)(nCur)}${auto ? '; method picked by auto' : ''})`;
    // Numbers are charted on the reference's deciles (ten bars of 10% each), whatever the method's bins.
    const chartBins = bins.kind === 'grid' ? histogramBins('deciles', ref.deciles, cur.deciles) ?? bins : bins;
    return { ...base, statistic, pValue, bins: bins.kind, bound, status, message, chart: chartOf(chartBins) };
}
/** Both grids' per-bin supports, when both profiles carry them (profiles from before they were kept do not). */
function gridSupports(ref, cur) {
    const r = ref.grid, c = cur.grid;
    if (!r?.low || !r.high || !c?.low || !c.high)
        return undefined;
    return { reference: { low: r.low, high: r.high }, current: { low: c.low, high: c.high } };
}
/** Wasserstein distance between two distributions on the same few values. */
function valuesWasserstein(values, reference, current) {
    const r = drift_shares(reference);
    const c = drift_shares(current);
    let R = 0;
    let C = 0;
    let sum = 0;
    for (let i = 0; i + 1 < values.length; i++) {
        R += r[i];
        C += c[i];
        sum += Math.abs(R - C) * (values[i + 1] - values[i]);
    }
    return sum;
}
/** Shares per bin for a chart: as they are, except many values, cut to the most common and the rest. */
function chartOf(bins) {
    const r = drift_shares(bins.reference);
    const c = drift_shares(bins.current);
    if (r.length > CHART_BINS) {
        const order = r.map((_, i) => i).sort((a, b) => r[b] + c[b] - (r[a] + c[a]));
        const top = order.slice(0, CHART_BINS - 1);
        const rest = order.slice(CHART_BINS - 1);
        return {
            labels: [...top.map((i) => bins.labels[i]), 'all others'],
            reference: [...top.map((i) => r[i]), rest.reduce((s, i) => s + r[i], 0)],
            current: [...top.map((i) => c[i]), rest.reduce((s, i) => s + c[i], 0)],
        };
    }
    return { labels: bins.labels, reference: r, current: c };
}
function rowsOf(p) {
    return p.count + p.missing + p.typeErrors;
}
function shareStatus(value, levels) {
    return levels.fail !== undefined && value > levels.fail ? 'fail' : levels.warn !== undefined && value > levels.warn ? 'warn' : 'pass';
}
function describeShareLevels(levels) {
    return [levels.warn !== undefined ? `warn > ${(0,format/* formatRate */.CE)(levels.warn)}` : '', levels.fail !== undefined ? `fail > ${(0,format/* formatRate */.CE)(levels.fail)}` : ''].filter(Boolean).join(', ');
}
function missingRateCheck(name, ref, cur, levels) {
    const refRate = rowsOf(ref) === 0 ? 0 : ref.missing / rowsOf(ref);
    const curRate = rowsOf(cur) === 0 ? 0 : cur.missing / rowsOf(cur);
    const change = curRate - refRate;
    return {
        id: `missingRateChange:${name}`,
        title: `${name}: missing rate against the reference's`,
        status: shareStatus(Math.abs(change), levels),
        observed: change,
        expected: `|change| ≤ ${(0,format/* formatRate */.CE)(levels.fail ?? levels.warn ?? 0)}`,
        message: `missing ${(0,format/* formatRate */.CE)(curRate)} now, ${(0,format/* formatRate */.CE)(refRate)} in the reference (${change >= 0 ? '+' : '−'}${(0,format/* formatRate */.CE)(Math.abs(change))}; ${describeShareLevels(levels)})`,
        locations: [],
    };
}
function unseenCheck(name, ref, cur, levels) {
    const known = ref.categories;
    if (!known || known.other > 0)
        return undefined;
    const counts = cur.categories?.counts ?? {};
    let unseen = cur.categories?.other ?? 0;
    const examples = [];
    for (const [value, n] of Object.entries(counts)) {
        if (value in known.counts || n === 0)
            continue;
        unseen += n;
        if (examples.length < 5)
            examples.push(JSON.stringify(value));
    }
    const share = cur.count === 0 ? 0 : unseen / cur.count;
    return {
        id: `unseenCategories:${name}`,
        title: `${name}: values not seen in the reference`,
        status: shareStatus(share, levels),
        observed: share,
        expected: `≤ ${(0,format/* formatRate */.CE)(levels.fail ?? levels.warn ?? 0)}`,
        message: unseen === 0
            ? `every value was seen in the reference (${describeShareLevels(levels)})`
            : `${(0,count/* formatCount */.B)(unseen)} of ${(0,count/* formatCount */.B)(cur.count)} values (${(0,format/* formatRate */.CE)(share)}) never occur in the reference, e.g. ${examples.join(', ')}${unseen > 0 && examples.length === 0 ? 'values beyond the category cap' : ''} (${describeShareLevels(levels)})`,
        count: unseen,
        locations: [],
    };
}


/***/ })

};
