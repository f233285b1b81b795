export const id = 62;
export const ids = [62];
export const modules = {

/***/ 5343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatCount)
/* harmony export */ });
// Counts for people: 1234567 → "1,234,567". Not toLocaleString: its first
// call initialises ICU, 20–40 ms of an action's cold start for a comma.
function formatCount(n) {
    if (!Number.isFinite(n))
        return String(n);
    const sign = n < 0 ? '-' : '';
    const [whole, fraction] = Math.abs(n).toString().split('.');
    if (whole.includes('e'))
        return String(n);
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
}


/***/ }),

/***/ 7700:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export writeJsonAtomic */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2005);
/* harmony import */ var _fs_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3565);
// Atomic file writes: write a temp file beside the target, then rename, so an
// interrupted run never leaves a half-written results file or report behind.
// A path that cannot be written (a file where a folder should be, no
// permission, a full disk) is the user's to fix: one ConfigurationError naming
// the path, never Node's stack; the temp file is removed.





/** Writes `contents` to `path` whole or not at all; `display` is the path as the user wrote it. */
async function writeFileAtomic(path, contents, display = path) {
    try {
        await writeWhole(path, contents);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 || !error?.code)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot write: ${(0,_fs_error_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFsError */ .T)(error)}`, { file: display });
    }
}
async function writeWhole(path, contents) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(temp, 'w');
    try {
        await handle.writeFile(contents);
        await handle.sync();
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true });
        throw error;
    }
}
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
}


/***/ }),

/***/ 3565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ describeFsError)
/* harmony export */ });
// One wording for file-system errors in user-facing messages: the code's
// meaning in a few words, never Node's "EEXIST: file already exists, mkdir …"
// with its stack.
/** What went wrong with a file, in words a user acts on. */
function describeFsError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'is a directory, not a file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'ENOTDIR' || code === 'EEXIST')
        return 'a part of the path is a file, not a directory';
    if (code === 'EROFS')
        return 'the file system is read-only';
    if (code === 'ENOSPC')
        return 'no space left on the device';
    if (code === 'ENAMETOOLONG')
        return 'the path is too long';
    return error?.message ?? String(error);
}


/***/ }),

/***/ 3349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ userFile),
/* harmony export */   X: () => (/* binding */ foundFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
// UserFile: a file the user named, carried with the name as they wrote it.
// Every reader takes one, so every error names the file (and line) the user
// wrote — `data/train.csv:12`, `.github/holdout.yml:6` — never an absolute
// path on the runner, and never a made-up name.

/** The file `written` (relative to `baseDir` unless absolute). */
function userFile(baseDir, written) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, written);
    return { written, display: displayPath(baseDir, path), path };
}
/** A file found on disk (a glob match, a temp file): displayed relative to `baseDir` when inside it. */
function foundFile(baseDir, path, display) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, path);
    const shown = display ?? displayPath(baseDir, absolute);
    return { written: shown, display: shown, path: absolute };
}
function displayPath(baseDir, absolute) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(baseDir, absolute);
    // Forward slashes: annotations and messages name files the way GitHub does.
    return rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') : absolute;
}


/***/ }),

/***/ 1038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ ValueHashSet),
/* harmony export */   PS: () => (/* binding */ fnv1a),
/* harmony export */   Uk: () => (/* binding */ hashRange),
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   v9: () => (/* binding */ HASH)
/* harmony export */ });
// A set of 64-bit string hashes in flat typed arrays, for `unique` and
// primary-key checks over millions of rows at ~8 bytes a value instead of a
// Set of strings. Two distinct values share a 64-bit hash with probability
// about n²/2⁶⁵ (≈7·10⁻⁷ at 5M rows); such a collision would be reported as a
// duplicate. That is the price of flat memory, and it is documented.
/** 32-bit FNV-1a of text[start, end): shard assignment and category tables (not uniqueness, which needs 64 bits). */
function fnv1a(text, start = 0, end = text.length) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);
/**
 * The last hash computed, as two 32-bit words: hashRange and hashNumber write it
 * here (no allocation per value). The key checks (validate/keys.ts) hash with
 * these same functions, so a key log becomes the table ValueHashSet would build.
 */
const HASH = new Uint32Array(2);
/** cyrb53-style pair of 32-bit hashes of text[from, to), into HASH. */
function hashRange(text, from, to) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = from; i < to; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    HASH[0] = h1 >>> 0;
    HASH[1] = h2 >>> 0 || 0x9e3779b9; // a zero second word marks an empty slot
}
/** A number's hash by its bits (-0 as 0), into HASH. */
function hashNumber(value) {
    FLOAT[0] = value === 0 ? 0 : value;
    let h1 = WORDS[0] ^ 0x85ebca6b;
    let h2 = WORDS[1] ^ 0xc2b2ae35;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    h1 = Math.imul(h1 ^ (h1 >>> 15), 2654435761);
    HASH[0] = h1 >>> 0;
    HASH[1] = h2 >>> 0 || 0x9e3779b9;
}
class ValueHashSet {
    slots;
    mask;
    count = 0;
    constructor(initialCapacity = 1024) {
        let capacity = 1024;
        while (capacity < initialCapacity)
            capacity *= 2;
        this.slots = new Uint32Array(capacity * 2);
        this.mask = capacity - 1;
    }
    /**
     * Sizes the table for `expected` values now, so that a large table is
     * allocated once instead of doubling through every smaller size (each
     * doubling briefly holds old and new tables: 1.5× the final memory).
     */
    reserve(expected) {
        let capacity = this.mask + 1;
        while (capacity * 0.7 < expected)
            capacity *= 2;
        if (capacity > this.mask + 1)
            this.rehash(capacity);
    }
    get size() {
        return this.count;
    }
    /** Adds a number by its bits (-0 as 0); returns false if already present. */
    addNumber(value) {
        hashNumber(value);
        return this.insert(HASH[0], HASH[1]);
    }
    /** Adds the value; returns false if it (its hash) was already present. */
    add(value) {
        return this.addRange(value, 0, value.length);
    }
    /** Adds text[from, to) without making a substring; same hash as add() of that string. */
    addRange(text, from, to) {
        hashRange(text, from, to);
        return this.insert(HASH[0], HASH[1]);
    }
    /** Whether the value (its hash) is present: a foreign key's lookup in the referenced keys. */
    has(value) {
        hashRange(value, 0, value.length);
        return this.hasHash(HASH[0], HASH[1]);
    }
    /** The table as plain data, to cross a thread boundary (fromState rebuilds it). */
    toState() {
        return { slots: this.slots, count: this.count };
    }
    static fromState(state) {
        const set = new ValueHashSet(1024);
        set.slots = state.slots;
        set.mask = state.slots.length / 2 - 1;
        set.count = state.count;
        return set;
    }
    /** Adds every hash of `other` (a union, for merging the sets of a file's byte ranges). */
    addAll(other) {
        this.reserve(this.count + other.count);
        const slots = other.slots;
        for (let at = 0; at < slots.length; at += 2)
            if (slots[at + 1] !== 0)
                this.insert(slots[at], slots[at + 1]);
    }
    /** Whether the two sets share a hash. */
    intersects(other) {
        const [small, large] = this.count <= other.count ? [this, other] : [other, this];
        const slots = small.slots;
        for (let at = 0; at < slots.length; at += 2)
            if (slots[at + 1] !== 0 && large.hasHash(slots[at], slots[at + 1]))
                return true;
        return false;
    }
    hasHash(h1, h2) {
        return this.slots[this.probe(h1, h2) + 1] !== 0;
    }
    insert(h1, h2) {
        const at = this.probe(h1, h2);
        const slots = this.slots;
        if (slots[at + 1] !== 0)
            return false;
        slots[at] = h1;
        slots[at + 1] = h2;
        this.count++;
        if (this.count > this.mask * 0.7)
            this.grow();
        return true;
    }
    /** Linear probing: the slot (word offset) holding this hash, or the empty slot where it would go. */
    probe(h1, h2) {
        const slots = this.slots;
        let index = h1 & this.mask;
        for (;;) {
            const at = index * 2;
            const stored = slots[at + 1];
            if (stored === 0 || (stored === h2 && slots[at] === h1))
                return at;
            index = (index + 1) & this.mask;
        }
    }
    grow() {
        this.rehash((this.mask + 1) * 2);
    }
    rehash(capacity) {
        const old = this.slots;
        this.slots = new Uint32Array(capacity * 2);
        this.mask = capacity - 1;
        this.count = 0;
        for (let at = 0; at < old.length; at += 2) {
            if (old[at + 1] !== 0)
                this.insert(old[at], old[at + 1]);
        }
    }
}


/***/ }),

/***/ 1354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zI: () => (/* binding */ ColumnAccumulator),
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

// UNUSED EXPORTS: DECILES, GRID, GRID_EXTENSION, PROFILE_VERSION, columnProfileSchema, gridEdges, quantileEdges

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
/**
 * Distinct values a byte range of a file counts (DatasetProfiler.forRange):
 * more than a whole pass keeps, because which values a whole pass keeps (the
 * first WORKING_CATEGORY_CAP in file order) is known only once the ranges
 * before are merged, and the range must have counted each of them.
 */
const RANGE_CAP_FACTOR = 10;
/** Hashes of a range's uncounted ("other") values it keeps, 8 bytes each, to prove a value absent from them. */
const RANGE_OTHER_LOG_CAP = 1 << 20;
/** Numeric columns keep exact counts of up to this many distinct values (Evidently treats ≤ 5 as categorical). */
const DISTINCT_CAP = 5;
/**
 * Integers below 2²⁰ in size are summed in plain doubles, SMALL_FLUSH at a
 * time: |Σx| < 2¹² · 2²⁰ and Σx² < 2¹² · 2⁴⁰, both below 2⁵³, so every
 * partial sum is an integer a double holds exactly.
 */
const SMALL_INTEGER = 2 ** 20;
const SMALL_FLUSH = 1 << 12;
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
    binning;
    keep;
    moments = new ExactMoments();
    /** Σx and Σx² of the integers below SMALL_INTEGER in size since the last flushSmall (exact: see addNumber). */
    smallSum = 0;
    smallSquares = 0;
    smallCount = 0;
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
    categories;
    /** Counts values without keeping categories (identifiers). */
    countOnly;
    /**
     * `counting.cap`: distinct categories counted before new ones go to
     * "other" (WORKING_CATEGORY_CAP); `counting.range`: the accumulator of one
     * byte range of a file, whose state (toState) merges in file order into
     * the whole's (mergeState), which counts 10 × cap and logs the rest;
     * `seeds` are categories to count from the start (an earlier range's).
     */
    constructor(type, kind, binning = 'none', keep = new Set(), countOnly = false, counting = {}) {
        this.type = type;
        this.kind = kind;
        this.binning = binning;
        this.keep = keep;
        this.countOnly = countOnly;
        const cap = counting.cap ?? WORKING_CATEGORY_CAP;
        this.categories = counting.range ? new CategoryCounter(RANGE_CAP_FACTOR * cap, true) : new CategoryCounter(cap);
        for (const seed of counting.range?.seeds ?? [])
            this.categories.seed(seed);
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
        if (x < SMALL_INTEGER && x > -SMALL_INTEGER && Math.floor(x) === x) {
            // Small integers: Σx and Σx² in plain doubles are exact here (below 2⁵³), moved to the exact sums every so often.
            this.smallSum += x;
            this.smallSquares += x * x;
            if (++this.smallCount === SMALL_FLUSH)
                this.flushSmall();
        }
        else
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
    /** Everything counted so far, as structured-clonable data (for the thread that merges the ranges of a file). */
    flushSmall() {
        this.moments.merge({ sum: [this.smallSum], squares: [this.smallSquares] });
        this.smallSum = 0;
        this.smallSquares = 0;
        this.smallCount = 0;
    }
    toState() {
        this.flushSmall();
        const state = {
            type: this.type, kind: this.kind, countOnly: this.countOnly,
            count: this.count, missing: this.missing, typeErrors: this.typeErrors, constraintErrors: this.constraintErrors, nonFinite: this.nonFinite,
            min: this.min, max: this.max, sum: canonicalExpansion(this.moments.sum), squares: canonicalExpansion(this.moments.squares),
            distinct: this.distinctValues === null ? null : { values: [...this.distinctValues], counts: [...this.distinctCounts] },
        };
        if (this.grid !== undefined)
            Object.assign(state, { deciles: this.deciles, grid: this.grid, gridLow: this.gridLow, gridHigh: this.gridHigh });
        if (this.values !== undefined)
            state.values = this.values.slice(0, this.valueCount);
        if (this.kind === 'categorical' && !this.countOnly)
            state.categories = this.categories.toState();
        return state;
    }
    /**
     * Adds the state of the next byte range of the data (in file order), which
     * gives exactly what reading that range on in this accumulator gives; or
     * returns false, changing nothing, when the range's category counts cannot
     * tell (it stopped counting new values, and one of the values kept here
     * may be among those: read the range again with this accumulator's
     * categories as seeds).
     */
    mergeState(s) {
        if (s.type !== this.type || s.kind !== this.kind || s.countOnly !== this.countOnly)
            throw new Error(`column profiles of different kinds (${s.type} ${s.kind}, ${this.type} ${this.kind}) cannot merge`);
        if (s.categories !== undefined && !this.categories.mergeState(s.categories))
            return false;
        this.count += s.count;
        this.missing += s.missing;
        this.typeErrors += s.typeErrors;
        this.constraintErrors += s.constraintErrors;
        this.nonFinite += s.nonFinite;
        // Strictly beyond: of equal extremes (0 and −0) the earlier stays, as in one pass.
        if (s.min < this.min)
            this.min = s.min;
        if (s.max > this.max)
            this.max = s.max;
        this.flushSmall();
        this.moments.merge(s);
        if (this.distinctValues !== null) {
            if (s.distinct === null)
                this.distinctValues = null;
            else {
                // In the range's first-seen order, with indexOf's equality (−0 counts as 0), as addNumber does.
                for (let i = 0; i < s.distinct.values.length && this.distinctValues !== null; i++) {
                    const x = s.distinct.values[i];
                    const at = this.distinctValues.indexOf(x);
                    if (at >= 0)
                        this.distinctCounts[at] += s.distinct.counts[i];
                    else if (this.distinctValues.length < DISTINCT_CAP) {
                        this.distinctValues.push(x);
                        this.distinctCounts.push(s.distinct.counts[i]);
                    }
                    else
                        this.distinctValues = null;
                }
            }
        }
        if (this.grid !== undefined) {
            if (s.grid === undefined || s.grid.length !== this.grid.length || s.deciles.length !== this.deciles.length)
                throw new Error('column profiles binned on different edges cannot merge');
            for (let i = 0; i < this.deciles.length; i++)
                this.deciles[i] += s.deciles[i];
            for (let i = 0; i < this.grid.length; i++) {
                this.grid[i] += s.grid[i];
                if (s.gridLow[i] < this.gridLow[i])
                    this.gridLow[i] = s.gridLow[i];
                if (s.gridHigh[i] > this.gridHigh[i])
                    this.gridHigh[i] = s.gridHigh[i];
            }
        }
        if (this.values !== undefined && s.values !== undefined) {
            if (this.valueCount + s.values.length > this.values.length) {
                let size = this.values.length;
                while (size < this.valueCount + s.values.length)
                    size *= 2;
                const grown = new Float64Array(size);
                grown.set(this.values.subarray(0, this.valueCount));
                this.values = grown;
            }
            this.values.set(s.values, this.valueCount);
            this.valueCount += s.values.length;
        }
        return true;
    }
    /** The categories counted so far, in the order first seen (seeds for reading a later range again). */
    categorySeeds() {
        return this.categories.keyList();
    }
    toProfile() {
        this.flushSmall();
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
 * Beyond `cap` distinct values, new ones are counted as `other` — and, with
 * `logOther` (a byte range's counter), their hashes are kept (up to
 * RANGE_OTHER_LOG_CAP) so that a merge can prove a value absent from them.
 */
class CategoryCounter {
    cap;
    keys = [];
    /** Each key's characters, back to back in one array (compared there, not through the key's string). */
    chars = new Uint16Array(1024);
    charCount = 0;
    keyStart = new Int32Array(64);
    keyLength = new Int32Array(64);
    counts = new Float64Array(64);
    /** Open addressing, two words a slot: the key's hash and its index + 1 (0: empty). One cache line per probe. */
    slots = new Int32Array(256);
    other = 0;
    /** 53-bit hashes (hashRange) of the values counted as other; null once more than the log holds. */
    otherLog = null;
    otherLogged = 0;
    constructor(cap, logOther = false) {
        this.cap = cap;
        if (logOther)
            this.otherLog = new Float64Array(1024);
    }
    addRange(text, start, end) {
        const h = (0,hashset/* fnv1a */.PS)(text, start, end) | 0;
        const k = this.find(text, start, end, h);
        if (k >= 0) {
            this.counts[k]++;
            return;
        }
        if (this.keys.length >= this.cap) {
            this.other++;
            if (this.otherLog !== null)
                this.logOther(text, start, end);
            return;
        }
        this.insert(text, start, end, h, 1);
    }
    /** The key's index, or −1. */
    find(text, start, end, h) {
        const slots = this.slots;
        const mask = (slots.length >> 1) - 1;
        const length = end - start;
        for (let at = h & mask;; at = (at + 1) & mask) {
            const k = slots[2 * at + 1] - 1;
            if (k < 0)
                return -1;
            if (slots[2 * at] === h && this.keyLength[k] === length) {
                const chars = this.chars;
                const from = this.keyStart[k] - start;
                let i = start;
                while (i < end && chars[from + i] === text.charCodeAt(i))
                    i++;
                if (i === end)
                    return k;
            }
        }
    }
    logOther(text, start, end) {
        if (this.otherLogged === RANGE_OTHER_LOG_CAP) {
            this.otherLog = null;
            return;
        }
        if (this.otherLogged === this.otherLog.length) {
            const grown = new Float64Array(this.otherLogged * 2);
            grown.set(this.otherLog);
            this.otherLog = grown;
        }
        this.otherLog[this.otherLogged++] = hash53(text, start, end);
    }
    /** Counts `key` from now on (a value an earlier range kept), from zero. */
    seed(key) {
        const h = (0,hashset/* fnv1a */.PS)(key) | 0;
        if (this.find(key, 0, key.length, h) < 0)
            this.insert(key, 0, key.length, h, 0);
    }
    insert(text, start, end, h, count) {
        const k = this.keys.length;
        if (k === this.counts.length) {
            this.counts = grow(this.counts, k * 2);
            this.keyStart = grow(this.keyStart, k * 2);
            this.keyLength = grow(this.keyLength, k * 2);
        }
        const length = end - start;
        if (this.charCount + length > this.chars.length)
            this.chars = grow(this.chars, Math.max(this.chars.length * 2, this.charCount + length));
        for (let i = 0; i < length; i++)
            this.chars[this.charCount + i] = text.charCodeAt(start + i);
        this.keys.push(ownCopy(text, start, end));
        this.keyStart[k] = this.charCount;
        this.keyLength[k] = length;
        this.charCount += length;
        this.counts[k] = count;
        if (this.keys.length * 2 > this.slots.length >> 1)
            this.rehash();
        else
            this.place(k, h);
    }
    place(k, h) {
        const mask = (this.slots.length >> 1) - 1;
        let at = h & mask;
        while (this.slots[2 * at + 1] !== 0)
            at = (at + 1) & mask;
        this.slots[2 * at] = h;
        this.slots[2 * at + 1] = k + 1;
    }
    rehash() {
        this.slots = new Int32Array(this.slots.length * 2);
        for (let k = 0; k < this.keys.length; k++)
            this.place(k, (0,hashset/* fnv1a */.PS)(this.keys[k]) | 0);
    }
    entries() {
        return new Map(this.keys.map((key, k) => [key, this.counts[k]]));
    }
    keyList() {
        return [...this.keys];
    }
    toState() {
        return {
            keys: [...this.keys],
            counts: this.counts.slice(0, this.keys.length),
            other: this.other,
            otherLog: this.otherLog === null ? null : this.otherLog.slice(0, this.otherLogged),
        };
    }
    /**
     * Adds the counts of the next range (see ColumnAccumulator.mergeState): a
     * value kept here is counted by the range unless the range stopped
     * counting new values before meeting it — safe when the range never
     * stopped (other is 0), when it counted the value, or when the value's
     * hash is not among those of its uncounted values. Then the range's values
     * join in the order it first saw them, as long as this counter has room
     * (beyond, they are other), which is what one pass does.
     */
    mergeState(s) {
        if (s.other > 0) {
            const counted = new Set(s.keys);
            let uncounted;
            for (const key of this.keys) {
                if (counted.has(key))
                    continue;
                if (s.otherLog === null)
                    return false;
                uncounted ??= new Set(s.otherLog);
                if (uncounted.has(hash53(key, 0, key.length)))
                    return false;
            }
        }
        for (let i = 0; i < s.keys.length; i++) {
            const key = s.keys[i];
            const count = s.counts[i];
            const h = (0,hashset/* fnv1a */.PS)(key) | 0;
            const k = this.find(key, 0, key.length, h);
            if (k >= 0)
                this.counts[k] += count;
            // A seed the range never met was never seen: one pass would not keep it.
            else if (count === 0)
                continue;
            else if (this.keys.length < this.cap)
                this.insert(key, 0, key.length, h, count);
            else
                this.other += count;
        }
        this.other += s.other;
        return true;
    }
}
function grow(array, size) {
    const grown = new array.constructor(size);
    grown.set(array);
    return grown;
}
/**
 * text[start, end) as a string of its own. A slice of 13 characters or more
 * is a view that keeps the whole text alive (V8's sliced strings): a key made
 * so would hold its batch's text, ~1 MB, for the life of the profile. The
 * concatenation is flattened by the second slice into a fresh string of
 * the key's length + 1, which that slice then views instead.
 */
function ownCopy(text, start, end) {
    return end - start < 13 ? text.slice(start, end) : (' ' + text.slice(start, end)).slice(1);
}
/** A 53-bit hash of text[start, end) (hashRange's two words). */
function hash53(text, start, end) {
    (0,hashset/* hashRange */.Uk)(text, start, end);
    return hashset/* HASH */.v9[0] * 2 ** 21 + (hashset/* HASH */.v9[1] >>> 11);
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
 *
 * A file read in byte ranges (validate/parallel.ts) is profiled by one
 * profiler per range (forRange, on the binning of rangeSpec), whose states
 * merge in file order (mergeRange) to exactly this profiler's state after
 * reading the ranges itself.
 */
class DatasetProfiler {
    binning;
    keep;
    settings;
    columns = new Map();
    rows = 0;
    /** `settings.categoryCap`: distinct categories a column counts before the rest are "other" (WORKING_CATEGORY_CAP). */
    constructor(binning, keep = () => new Set(), settings = {}) {
        this.binning = binning;
        this.keep = keep;
        this.settings = settings;
    }
    /** A byte range's profiler, as `spec` says (the whole's rangeSpec). */
    static forRange(spec) {
        return new DatasetProfiler((column) => spec.binning[column] ?? 'none', () => new Set(), { categoryCap: spec.categoryCap, range: spec });
    }
    /** How a range of data with these columns is profiled here: the columns' binning and the category cap, structured-clonable. */
    rangeSpec(columns) {
        const binning = {};
        for (const column of columns)
            binning[column] = this.columns.get(column)?.binning ?? this.binning(column);
        return { binning, ...(this.settings.categoryCap !== undefined ? { categoryCap: this.settings.categoryCap } : {}) };
    }
    /** The accumulator's name; an `identifier` is a categorical column profiled without its categories. */
    accumulator(column, type, kind) {
        let acc = this.columns.get(column);
        if (acc === undefined) {
            const range = this.settings.range;
            const counting = { cap: this.settings.categoryCap, ...(range ? { range: { seeds: range.seeds?.[column] } } : {}) };
            acc = kind === 'numeric'
                ? new ColumnAccumulator(type, kind, this.binning(column), new Set(), false, counting)
                : new ColumnAccumulator(type, 'categorical', 'none', this.keep(column), kind === 'identifier', counting);
            this.columns.set(column, acc);
        }
        else if (acc.type !== type)
            throw new errors/* ConfigurationError */.j1(`column "${column}" is ${acc.type} in one file and ${type} in another`);
        return acc;
    }
    toState() {
        return { rows: this.rows, columns: [...this.columns].map(([name, acc]) => [name, acc.toState()]) };
    }
    /**
     * Merges the state of the next byte range (in file order): `only` limits it
     * to some columns (a range read again for them; its rows are counted
     * already). Returns the columns that could not merge (ColumnAccumulator.
     * mergeState), unchanged: read the range again with seeds (categorySeeds)
     * and merge those columns of it.
     */
    mergeRange(state, only) {
        if (only === undefined)
            this.rows += state.rows;
        const refused = [];
        for (const [name, s] of state.columns) {
            if (only !== undefined && !only.has(name))
                continue;
            const acc = this.accumulator(name, s.type, s.kind === 'numeric' ? 'numeric' : s.countOnly ? 'identifier' : 'categorical');
            if (!acc.mergeState(s))
                refused.push(name);
        }
        return refused;
    }
    /** Each column's categories so far, for a range read again (RangeProfileSpec.seeds). */
    categorySeeds(columns) {
        const seeds = {};
        for (const column of columns)
            seeds[column] = this.columns.get(column)?.categorySeeds() ?? [];
        return seeds;
    }
    toProfile() {
        const columns = {};
        for (const [name, acc] of this.columns)
            columns[name] = acc.toProfile();
        return { holdoutProfile: PROFILE_VERSION, rows: this.rows, columns };
    }
}


/***/ }),

/***/ 5007:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ xyChart),
/* harmony export */   R: () => (/* binding */ axisRange)
/* harmony export */ });
// What the report's Mermaid charts share.
/** The y-axis range: padded around the data, on round numbers. */
function axisRange(values) {
    // A loop, not Math.min(...values): a results file may hold more values than a call takes arguments.
    let lo = Infinity, hi = -Infinity;
    for (const v of values) {
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    const span = hi - lo || Math.abs(hi) || 1;
    const step = 10 ** Math.floor(Math.log10(span / 4));
    return [Math.floor((lo - span * 0.15) / step) * step, Math.ceil((hi + span * 0.15) / step) * step].map((x) => Number(x.toPrecision(6)));
}
function xyChart(chart) {
    const init = { xyChart: chart.settings, themeVariables: { xyChart: { plotColorPalette: chart.palette.join(', ') } } };
    return [
        '```mermaid',
        `%%{init: ${initText(init)}}%%`,
        chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
        `  title "${chart.title}"`,
        `  x-axis ${chart.xAxis}`,
        `  y-axis ${chart.yAxis}`,
        ...chart.series.map((s) => `  ${s.kind} [${s.values.join(', ')}]`),
        '```',
    ].join('\n');
}
/** JSON as the init directive is written by hand: `{"key": value, …}`. */
function initText(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    return `{${Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${initText(v)}`).join(', ')}}`;
}


/***/ }),

/***/ 4058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dk: () => (/* binding */ checkReason),
  cT: () => (/* binding */ comparisonOutcome),
  QC: () => (/* binding */ comparisonParts),
  Rm: () => (/* binding */ comparisonReasons),
  O1: () => (/* binding */ orderRows),
  YV: () => (/* binding */ renderComparisonSummary),
  ko: () => (/* binding */ rowChecks),
  _k: () => (/* binding */ rowName)
});

// UNUSED EXPORTS: axisRange, metricCharts, metricLabel, metricTable, worstAllowed

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
// EXTERNAL MODULE: ./build/shared/report/chart.js
var chart = __webpack_require__(5007);
// EXTERNAL MODULE: ./build/shared/report/escape.js
var report_escape = __webpack_require__(1424);
// EXTERNAL MODULE: ./build/shared/report/format.js
var format = __webpack_require__(1808);
;// CONCATENATED MODULE: ./build/shared/report/curves.js
// The comparison's curves and the production metric's trend, as Mermaid
// charts in one collapsed section: ROC, precision–recall and calibration of
// the candidate and the production model (one small chart per kind, the two
// models as lines told apart by colour, named in the title: xychart has no
// legend), the calibration bins with their counts as a small table, and for a
// deployment: baseline each gated metric across the past deployments and the
// candidate.
//
// Mermaid's xychart places a line's values evenly across a numeric x-axis
// (it has no x,y pairs), so each curve is drawn as its values on an even grid
// of x from 0 to 1, interpolated linearly between the curve's kept points.
// The grid's step is a power of two: Mermaid walks the axis by adding the
// step, and with a step like 0.05 the sum overshoots 1 and the last value
// is silently not drawn.



/** Values per curve line: x = 0, 1/64, …, 1. */
const GRID = 64;
/** Calibration lines: x = 0, 1/32, …, 1. */
const CALIBRATION_GRID = 32;
/** Gated metrics drawn across past deployments. */
const TREND_METRICS = 3;
const COLOURS = { candidate: 'royalblue', baseline: 'darkorange', reference: 'darkgray' };
const NAMES = { candidate: 'blue', baseline: 'orange', reference: 'gray' };
/** A value in [0, 1] for a Mermaid data list, to three decimals. */
const unitNumber = (x) => String(Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000);
/**
 * y at each x of an even grid on [0, 1] along a polyline whose x never
 * decreases: at an x the polyline reaches, its last (highest-threshold-last)
 * y there; between, linear; before the first and after the last x, held at
 * the end value. Non-finite points are ignored; nothing when none is left.
 */
function onGrid(xs, ys, steps) {
    const points = [];
    for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
        const x = xs[i], y = ys[i];
        if (!Number.isFinite(x) || !Number.isFinite(y))
            continue;
        // A results file is untrusted: a point that goes back is dropped rather than drawn as a zigzag.
        if (points.length && x < points[points.length - 1][0])
            continue;
        points.push([x, y]);
    }
    if (points.length === 0)
        return undefined;
    const out = [];
    let k = 0;
    for (let g = 0; g <= steps; g++) {
        const x = g / steps;
        while (k + 1 < points.length && points[k + 1][0] <= x)
            k++;
        const [x0, y0] = points[k];
        if (x0 > x || k + 1 >= points.length)
            out.push(y0);
        else {
            const [x1, y1] = points[k + 1];
            out.push(x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0));
        }
    }
    return out;
}
function curves_chart(kind, xTitle, yTitle, lines, note = '') {
    const shown = lines.map((l) => ({ ...l, data: l.values.map(unitNumber).join(', ') }));
    // Two lines on the same values would be drawn as one: say so instead.
    const distinct = shown.filter((l, i) => !shown.slice(0, i).some((m) => m.data === l.data));
    const same = shown.filter((l) => !distinct.includes(l));
    const label = (who) => (who === 'candidate' ? 'candidate' : who === 'baseline' ? 'production' : 'perfect');
    const legend = distinct.map((l) => `${label(l.who)} (${NAMES[l.who]})`).join(kind === 'Calibration' ? ', ' : ' vs ');
    const title = `${kind} — ${legend}${same.length ? `, ${same.map((l) => label(l.who)).join(', ')} the same` : ''}${note}`;
    return (0,chart/* xyChart */.G)({
        settings: { width: 600, height: 330, titleFontSize: 14 },
        palette: distinct.map((l) => COLOURS[l.who]),
        title,
        xAxis: `"${xTitle}" 0 --> 1`,
        yAxis: `"${yTitle}" 0 --> 1`,
        series: distinct.map((l) => ({ kind: 'line', values: [l.data] })),
    });
}
function rocLines(sides) {
    return sides.flatMap(({ who, curves }) => {
        const values = onGrid(curves.roc.map((p) => p.fpr), curves.roc.map((p) => p.tpr), GRID);
        return values ? [{ who, values }] : [];
    });
}
function prLines(sides) {
    return sides.flatMap(({ who, curves }) => {
        const values = onGrid(curves.pr.map((p) => p.recall), curves.pr.map((p) => p.precision), GRID);
        return values ? [{ who, values }] : [];
    });
}
function calibrationLines(sides) {
    const lines = sides.flatMap(({ who, curves }) => {
        const points = [...(curves.calibration?.points ?? [])].sort((a, b) => a.predicted - b.predicted);
        const values = onGrid(points.map((p) => p.predicted), points.map((p) => p.observed), CALIBRATION_GRID);
        return values ? [{ who, values }] : [];
    });
    return lines.length ? [...lines, { who: 'reference', values: Array.from({ length: CALIBRATION_GRID + 1 }, (_, g) => g / CALIBRATION_GRID) }] : [];
}
/** The calibration bins with their rows: what the chart's lines are drawn through, and the empty bins it cannot show. */
function calibrationTable(sides) {
    const withBins = sides.filter((s) => s.curves.calibration && s.curves.calibration.points.length > 0);
    if (withBins.length === 0)
        return undefined;
    const bins = Math.max(...withBins.map((s) => s.curves.calibration.bins));
    // More bins than a table in a comment should hold (a results file is untrusted).
    if (bins > 20)
        return undefined;
    const edge = (x) => String(Number(x.toFixed(3)));
    const header = `| Scores | ${withBins.map((s) => (s.who === 'candidate' ? 'Candidate: share positive' : 'Production: share positive')).join(' | ')} |`;
    const lines = [header, `| --- | ${withBins.map(() => '---:').join(' | ')} |`];
    for (let b = 0; b < bins; b++) {
        const cells = withBins.map((s) => {
            const p = s.curves.calibration.points.find((q) => q.bin === b);
            return p ? `${(0,format/* value */.Uq)(p.observed, 2)}<br><sub>n=${(0,format/* count */.U9)(p.count)}, mean score ${(0,format/* value */.Uq)(p.predicted, 2)}</sub>` : '—';
        });
        lines.push(`| ${edge(b / bins)}–${edge((b + 1) / bins)} | ${cells.join(' | ')} |`);
    }
    return lines.join('\n');
}
/** A short label for a past deployment: its commit's first seven characters, else its id; repeats numbered. */
function deploymentLabels(deployments) {
    const seen = new Map();
    return deployments.map((d) => {
        const base = (0,report_escape/* mermaidText */.H)(d.commit ? d.commit.slice(0, 7) : `#${d.id}`, 9);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n > 1 ? `${base}·${n}` : base;
    });
}
/**
 * For each gated metric of the whole holdout set that at least two past
 * deployments recorded (at most three): its value in each, oldest first,
 * then the candidate's, as one line; the values in a line underneath.
 */
function trendCharts(doc) {
    const history = doc.comparison.history;
    if (!history)
        return [];
    const out = [];
    for (const row of doc.comparison.metrics.filter((m) => m.gated && !m.slice)) {
        if (out.length >= TREND_METRICS)
            break;
        const past = history.deployments.filter((d) => Number.isFinite(d.metrics[row.name]));
        if (past.length < 2 || row.candidate === null || !Number.isFinite(row.candidate))
            continue;
        const labels = [...deploymentLabels(past), 'candidate'];
        const values = [...past.map((d) => d.metrics[row.name]), row.candidate];
        const [lo, hi] = (0,chart/* axisRange */.R)(values);
        const plot = (x) => String(Number(x.toPrecision(4)));
        out.push([
            (0,chart/* xyChart */.G)({
                settings: { width: 700, height: 400, titleFontSize: 14, xAxis: { labelFontSize: 12 }, yAxis: { labelFontSize: 12 } },
                palette: ['royalblue'],
                title: `${(0,report_escape/* mermaidText */.H)(row.name, 24)} — last ${past.length} production deployments, oldest first, then the candidate`,
                xAxis: `[${labels.map((l) => `"${l}"`).join(', ')}]`,
                yAxis: `"${(0,report_escape/* mermaidText */.H)(row.name, 30)}" ${plot(lo)} --> ${plot(hi)}`,
                series: [{ kind: 'line', values: values.map(plot) }],
            }),
            '',
            `<sub>${(0,report_escape/* escapeMarkdown */.F)(row.name)}: ${past.map((d, i) => `${(0,report_escape/* escapeMarkdown */.F)(labels[i])} ${(0,format/* value */.Uq)(d.metrics[row.name])}`).join(' · ')} · candidate ${(0,format/* value */.Uq)(row.candidate)}</sub>`,
        ].join('\n'));
    }
    return out;
}
/** The collapsed section of curves and trends, or undefined when the comparison has neither. */
function curvesSection(doc) {
    const c = doc.comparison.curves;
    const sides = c ? [{ who: 'candidate', curves: c.candidate }, ...(c.baseline ? [{ who: 'baseline', curves: c.baseline }] : [])] : [];
    const note = c && !c.baseline ? ' (production has no scores)' : '';
    const parts = [];
    const kinds = [];
    const roc = rocLines(sides);
    if (roc.length) {
        parts.push(curves_chart('ROC', 'false positive rate', 'true positive rate', roc, note));
        kinds.push('ROC');
    }
    const pr = prLines(sides);
    if (pr.length) {
        parts.push(curves_chart('Precision–recall', 'recall', 'precision', pr, note));
        kinds.push('precision–recall');
    }
    const calibration = calibrationLines(sides);
    if (calibration.length) {
        parts.push(curves_chart('Calibration', 'mean predicted probability', 'share positive', calibration, note));
        const table = calibrationTable(sides);
        if (table)
            parts.push(table);
        kinds.push('calibration');
    }
    const trends = trendCharts(doc);
    parts.push(...trends);
    if (parts.length === 0)
        return undefined;
    const curves = kinds.length ? `${kinds.join(', ').replace(/, (?=[^,]*$)/, ' and ')} curves` : '';
    const trend = trends.length && doc.comparison.history ? `${(0,format/* plural */.LS)(trends.length, 'metric')} across ${(0,format/* plural */.LS)(doc.comparison.history.deployments.length, 'past deployment')}` : '';
    return `<details><summary>📈 ${[curves, trend].filter(Boolean).join('; ')}</summary>\n\n${parts.join('\n\n')}\n\n</details>`;
}

;// CONCATENATED MODULE: ./build/shared/report/evals.js
// Eval-suite comparisons said plainly, one sentence per metric (issue 16):
// "faithfulness −0.8 points, 95 % CI [−1.4, −0.2], on the same 300 cases;
// 12 cases flipped pass→fail (first 5: …), 3 fail→pass (…)". Changes of a
// 0–1 rate read in points (× 100), of a percentage in points as they are;
// other numbers (cost, latency, unbounded scores) in their own units. Each
// sentence is plain text put through the one escaping function: case ids and
// metric names come from the suite's files.



/** Most sentences shown; the rest are in the table. */
const EVAL_SENTENCES = 8;
/** How many points one unit of a row's values is: 100 for a 0–1 rate, 1 for a percentage; undefined for other numbers. */
function pointsPerUnit(row) {
    return row.scale === 'rate' ? 100 : row.scale === 'percent' ? 1 : undefined;
}
function ids(first, total) {
    if (total === 0 || first.length === 0)
        return '';
    return total > first.length ? ` (first ${first.length}: ${first.join(', ')})` : ` (${first.join(', ')})`;
}
/**
 * One row as a sentence, plain (unescaped) text: the change (in points for a
 * rate or a percentage), its interval, the cases it was measured on, and for
 * pass/fail outcomes the cases that flipped each way with the first ids.
 */
function evalRowSentence(row, evals) {
    const scale = pointsPerUnit(row);
    const unit = scale === undefined ? '' : ' points';
    const inUnits = (x) => (scale === undefined ? x : x * scale);
    const name = row.slice ? `${row.name} in ${row.slice.column} ${row.slice.value}` : row.name;
    const change = row.difference === null ? 'no change measured' : `${(0,format/* signed */.x8)(inUnits(row.difference))}${unit}`;
    const ci = row.interval && row.difference !== null ? `, ${Math.round(row.confidence * 100)} % CI [${(0,format/* signed */.x8)(inUnits(row.interval[0]))}, ${(0,format/* signed */.x8)(inUnits(row.interval[1]))}]` : '';
    const cases = typeof row.details?.cases === 'number' ? row.details.cases : row.slice ? row.slice.rows : evals.cases;
    const same = evals.candidateOnly + evals.baselineOnly === 0;
    const on = same ? `on the same ${(0,format/* plural */.LS)(cases, 'case')}` : `on the ${(0,format/* plural */.LS)(cases, 'case')} both ran`;
    const f = row.flips;
    const flips = f ? `; ${(0,format/* plural */.LS)(f.passToFail, 'case')} flipped pass→fail${ids(f.firstPassToFail, f.passToFail)}, ${(0,format/* count */.U9)(f.failToPass)} fail→pass${ids(f.firstFailToPass, f.failToPass)}` : '';
    return `${name} ${change}${ci}, ${on}${flips}`;
}
/**
 * The sentences for an eval-suite comparison against a baseline, as a
 * Markdown list (worst first): the gated metrics on the whole suite, or every
 * metric when none is gated; undefined for other comparisons. `order` puts
 * rows in reading order (the comparison table's).
 */
function evalSentences(doc, order = (rows) => [...rows]) {
    const c = doc.comparison;
    if (!c.evals || !c.baseline)
        return undefined;
    const whole = c.metrics.filter((m) => !m.slice && m.baseline !== null);
    const gated = whole.filter((m) => m.gated);
    const rows = order(gated.length ? gated : whole);
    if (rows.length === 0)
        return undefined;
    const shown = rows.slice(0, EVAL_SENTENCES);
    const lines = shown.map((r) => `- ${r.gated ? (0,results_status/* statusIcon */.I8)(r.status) : '·'} ${(0,report_escape/* escapeMarkdown */.F)(evalRowSentence(r, c.evals))}`);
    if (rows.length > shown.length)
        lines.push(`- ${(0,format/* plural */.LS)(rows.length - shown.length, 'more metric')} in the table below`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./build/shared/report/comparison.js
// Markdown for compare-metrics results, shared by the step's job summary and
// the pull-request report: failing rows first with what the policy needs and
// what the candidate got, passing rows collapsed, and for metrics that fail
// in a slice one small chart of the candidate per slice against the lowest
// (or highest) value the policy allows there.







/** A row's name as a reader says it: `roc_auc`, `roc_auc in region west`. */
function rowName(row) {
    return row.slice ? `${row.name} in ${row.slice.column} ${row.slice.value}` : row.name;
}
/** The metric cell: the name, and the slice with its size underneath. */
function metricLabel(row) {
    return row.slice ? `${(0,report_escape/* escapeMarkdown */.F)(row.name)}<br><sub>${(0,report_escape/* escapeMarkdown */.F)(`${row.slice.column} ${row.slice.value}`)} · n=${(0,format/* count */.U9)(row.slice.rows)}</sub>` : (0,report_escape/* escapeMarkdown */.F)(row.name);
}
/** How far a row's change goes in the bad direction (positive is worse). */
function badness(r) {
    if (r.relativeDifference !== null)
        return r.direction === 'higher' ? -r.relativeDifference : r.relativeDifference;
    if (r.difference !== null)
        return r.direction === 'higher' ? -r.difference : r.difference;
    return 0;
}
/** Rows in reading order: worst status first, gated before context, the whole holdout set before slices, the worse change first. */
function orderRows(rows) {
    return [...rows].sort((a, b) => (0,results_status/* worstFirst */.md)(a.status, b.status) || Number(b.gated) - Number(a.gated) || Number(Boolean(a.slice)) - Number(Boolean(b.slice)) || badness(b) - badness(a));
}
/** Which failing check of a row to name first: a missing value, then absolute bounds, then changes, then the statistical test. */
function ruleRank(rule) {
    switch (rule) {
        case 'present': return 0;
        case 'baseline': return 1;
        case 'min': return 2;
        case 'max': return 3;
        case 'max_relative_regression': return 4;
        case 'max_regression': return 5;
        case 'min_improvement': return 6;
        case 'non_inferiority': return 7;
        case 'showable_margin': return 8;
        case undefined: return 9;
        default: return (0,errors/* assertNever */.xb)(rule, 'comparison rule');
    }
}
/** The row's checks that did not pass, most telling first. */
function rowChecks(doc, row) {
    const mine = doc.checks.filter((c) => c.metric === row.name && c.slice?.column === row.slice?.column && c.slice?.value === row.slice?.value && c.status !== 'pass');
    return mine.sort((a, b) => (0,results_status/* worstFirst */.md)(a.status, b.status) || ruleRank(a.rule) - ruleRank(b.rule));
}
/**
 * One check as what the policy needs and what the candidate got, in plain
 * text. With `name`, as a sentence for the headline ("roc_auc 0.697 < 0.75");
 * without, for the row's policy cell ("≥ 0.75, got 0.697").
 */
function checkReason(row, check, name) {
    const who = name === undefined ? '' : `${name} `;
    const higher = row.direction === 'higher';
    const t = check.threshold;
    const rule = check.rule;
    const otherwise = name === undefined ? check.message : `${name}: ${check.message}`;
    if (rule === undefined)
        return otherwise;
    switch (rule) {
        case 'min':
            if (t === undefined || row.candidate === null)
                return otherwise;
            return name === undefined ? `≥ ${(0,format/* level */.Rc)(t)}, got ${(0,format/* value */.Uq)(row.candidate)}` : `${who}${(0,format/* value */.Uq)(row.candidate)} < ${(0,format/* level */.Rc)(t)}`;
        case 'max':
            if (t === undefined || row.candidate === null)
                return otherwise;
            return name === undefined ? `≤ ${(0,format/* level */.Rc)(t)}, got ${(0,format/* value */.Uq)(row.candidate)}` : `${who}${(0,format/* value */.Uq)(row.candidate)} > ${(0,format/* level */.Rc)(t)}`;
        case 'max_regression': {
            if (t === undefined || row.difference === null)
                return otherwise;
            const allowed = higher ? `−${(0,format/* level */.Rc)(t)}` : `+${(0,format/* level */.Rc)(t)}`;
            return name === undefined ? `change ${higher ? '≥' : '≤'} ${allowed}, got ${(0,format/* signed */.x8)(row.difference)}` : `${who}${(0,format/* signed */.x8)(row.difference)} (max ${allowed})`;
        }
        case 'max_relative_regression': {
            if (t === undefined || row.relativeDifference === null)
                return otherwise;
            const allowed = `${higher ? '−' : '+'}${(0,format/* percent */.KN)(t)}`;
            return name === undefined ? `change ${higher ? '≥' : '≤'} ${allowed}, got ${(0,format/* signedPercent */.wu)(row.relativeDifference)}` : `${who}${(0,format/* signedPercent */.wu)(row.relativeDifference)} (max ${allowed})`;
        }
        case 'min_improvement': {
            if (t === undefined || row.difference === null)
                return otherwise;
            const gain = higher ? row.difference : -row.difference;
            return name === undefined ? `gain ≥ +${(0,format/* level */.Rc)(t)}, got ${(0,format/* signed */.x8)(gain)}` : `${who}gains ${(0,format/* signed */.x8)(gain)} (needs +${(0,format/* level */.Rc)(t)})`;
        }
        case 'non_inferiority': {
            const margin = check.margin;
            const bound = typeof check.observed === 'number' ? check.observed : undefined;
            if (margin === undefined)
                return otherwise;
            if (bound === undefined)
                return name === undefined ? `non-inferior by ${(0,format/* level */.Rc)(margin)}: ${check.message}` : `${who}not tested for non-inferiority: ${check.message}`;
            return name === undefined
                ? `lower bound ${(0,format/* signed */.x8)(bound)} (needs > −${(0,format/* level */.Rc)(margin)})`
                : `${who}not shown non-inferior (needs lower bound > −${(0,format/* level */.Rc)(margin)}, got ${(0,format/* signed */.x8)(bound)})`;
        }
        case 'present':
        case 'baseline':
        case 'showable_margin':
            return name === undefined ? check.message : `${name}: ${check.message}`;
        default:
            return (0,errors/* assertNever */.xb)(rule, 'comparison rule');
    }
}
/** The row's policy as short rules, for a row that passes: "≥ 0.75 · change ≥ −0.01 · non-inferior by 0.005". */
function policyOf(row) {
    const t = row.thresholds;
    const higher = row.direction === 'higher';
    const parts = [];
    const num = (x) => (typeof x === 'number' ? x : undefined);
    const min = num(t.min), max = num(t.max), reg = num(t.max_regression), rel = num(t.max_relative_regression), gain = num(t.min_improvement);
    if (min !== undefined)
        parts.push(`≥ ${(0,format/* level */.Rc)(min)}`);
    if (max !== undefined)
        parts.push(`≤ ${(0,format/* level */.Rc)(max)}`);
    if (reg !== undefined)
        parts.push(`change ${higher ? `≥ −${(0,format/* level */.Rc)(reg)}` : `≤ +${(0,format/* level */.Rc)(reg)}`}`);
    if (rel !== undefined)
        parts.push(`change ${higher ? `≥ −${(0,format/* percent */.KN)(rel)}` : `≤ +${(0,format/* percent */.KN)(rel)}`}`);
    if (gain !== undefined)
        parts.push(`gain ≥ +${(0,format/* level */.Rc)(gain)}`);
    const ni = t.non_inferiority;
    if (ni && typeof ni.margin === 'number')
        parts.push(`non-inferior by ${(0,format/* level */.Rc)(ni.margin)}`);
    if (t.severity === 'warn')
        parts.push('warn only');
    return parts.join(' · ');
}
function changeCell(r, test) {
    if (r.difference === null)
        return '—';
    const main = `${(0,format/* signed */.x8)(r.difference)}${r.relativeDifference !== null ? ` (${(0,format/* signedPercent */.wu)(r.relativeDifference)})` : ''}`;
    const details = [];
    if (r.interval)
        details.push(`${(0,format/* signed */.x8)(r.interval[0])} to ${(0,format/* signed */.x8)(r.interval[1])}`);
    if (test && r.pValue !== null)
        details.push(`p ${(0,format/* pValue */.sp)(r.pValue)}`);
    if (test && r.method !== 'none')
        details.push(r.method);
    const adjusted = r.details?.adjusted_p;
    if (test && typeof adjusted === 'number')
        details.push(`adjusted p ${(0,format/* pValue */.sp)(adjusted)}`);
    // What the test did that a reader must know: a fallback (DeLong to the bootstrap), cases that flipped, samples averaged per case.
    if (typeof r.details?.fallback === 'string')
        details.push(r.details.fallback);
    if (r.note)
        details.push(r.note);
    return details.length ? `${main}<br><sub>${(0,report_escape/* escapeMarkdown */.F)(details.join(' · '))}</sub>` : main;
}
/**
 * The metric table: the status and the metric (its slice underneath), the
 * baseline's and the candidate's values, the change with its interval (and
 * with `test`, p and the test) underneath, and the policy — for a row that
 * does not pass, each failing rule with what the candidate got.
 */
function metricTable(doc, rows, test = true) {
    const ci = `${Math.round(doc.comparison.confidence * 100)}% CI`;
    const lines = [`| Metric | Value | Change, ${test ? `${ci}, p, test` : ci} | Policy |`, '| --- | --- | ---: | --- |'];
    for (const r of rows) {
        const failing = r.status === 'pass' ? [] : rowChecks(doc, r);
        const policy = failing.length ? failing.map((c) => `${c.status !== r.status ? `${(0,results_status/* statusIcon */.I8)(c.status)} ` : ''}${(0,report_escape/* escapeMarkdown */.F)(checkReason(r, c))}`).join('<br>') : (0,report_escape/* escapeMarkdown */.F)(policyOf(r)) || '—';
        const status = r.gated ? (0,results_status/* statusIcon */.I8)(r.status) : '·';
        lines.push(`| ${status} ${metricLabel(r)} | ${(0,format/* value */.Uq)(r.baseline)} → ${(0,format/* value */.Uq)(r.candidate)} | ${changeCell(r, test)} | ${policy} |`);
    }
    return lines.join('\n');
}
/** The failing rows' reasons for the headline: the whole holdout set's first, then one group per slice ("region west: roc_auc 0.697 < 0.75, log_loss +25% (max +5%)"). */
function comparisonReasons(doc, status) {
    const rows = orderRows(doc.comparison.metrics.filter((m) => m.gated && (status === 'fail' ? (0,results_status/* statusRank */.Tx)(m.status) >= (0,results_status/* statusRank */.Tx)('fail') : m.status === 'warn')));
    const out = [];
    for (const row of rows.filter((r) => !r.slice)) {
        const check = rowChecks(doc, row)[0];
        out.push(check ? checkReason(row, check, row.name) : `${row.name} ${row.status}`);
    }
    const groups = new Map();
    for (const row of rows.filter((r) => r.slice)) {
        const key = `${row.slice.column} ${row.slice.value}`;
        const check = rowChecks(doc, row)[0];
        if (!groups.has(key))
            groups.set(key, []);
        groups.get(key).push(check ? checkReason(row, check, row.name) : `${row.name} ${row.status}`);
    }
    for (const [key, reasons] of groups)
        out.push(`${key}: ${reasons.join(', ')}`);
    if (out.length === 0 && status === 'fail') {
        const check = doc.checks.find((c) => (0,results_status/* statusRank */.Tx)(c.status) >= (0,results_status/* statusRank */.Tx)('fail'));
        if (check)
            out.push(check.message);
    }
    return out;
}
/** One line on the comparison as a whole, for a passing report and the terminal: "candidate better on f1 (+0.038), none worse". */
function comparisonOutcome(doc) {
    const c = doc.comparison;
    if (!c.baseline)
        return `no production baseline (${c.baselineProblem ?? 'not given'})`;
    const gated = c.metrics.filter((m) => m.gated && !m.slice);
    if (gated.length === 0)
        return 'no gated metrics';
    const change = (m) => `${m.name} ${m.relativeDifference !== null ? (0,format/* signedPercent */.wu)(m.relativeDifference) : (0,format/* signed */.x8)(m.difference)}`;
    const better = gated.filter((m) => m.verdict === 'better');
    const worse = gated.filter((m) => m.verdict === 'worse');
    const parts = [];
    parts.push(better.length ? `candidate better on ${better.map(change).join(', ')}` : `candidate not better on any of ${(0,format/* plural */.LS)(gated.length, 'gated metric')}`);
    parts.push(worse.length ? `worse on ${worse.map(change).join(', ')}` : 'worse on none');
    return parts.join(', ');
}
/** The summary line under a comparison's heading. */
function provenance(doc) {
    const c = doc.comparison;
    const baseline = c.baseline ? `${(0,report_escape/* escapeMarkdown */.F)(c.baseline.source)}${c.baseline.id ? ` (${(0,report_escape/* escapeMarkdown */.F)(c.baseline.id)})` : ''}` : `none: ${(0,report_escape/* escapeMarkdown */.F)(c.baselineProblem ?? 'not given')}`;
    const dropped = c.dropped ? c.dropped.candidateOnly + c.dropped.baselineOnly : 0;
    const how = c.paired ? `paired on ${c.evals ? (0,format/* plural */.LS)(c.rows ?? 0, 'case') : `${(0,format/* count */.U9)(c.rows ?? 0)} holdout rows`}${dropped > 0 ? ` (${(0,format/* plural */.LS)(dropped, 'unmatched id')} dropped)` : ''}` : 'metrics files only, no noise estimate';
    return `Candidate ${(0,report_escape/* escapeMarkdown */.F)(c.candidate.source)} vs production ${baseline}; ${how}${c.task ? `, ${c.task}` : ''}.`;
}
function comparisonParts(doc, level = '####') {
    const c = doc.comparison;
    const gated = orderRows(c.metrics.filter((m) => m.gated));
    const attention = gated.filter((m) => m.status !== 'pass');
    const passing = gated.filter((m) => m.status === 'pass');
    const context = orderRows(c.metrics.filter((m) => !m.gated));
    const shown = attention.length ? attention : passing.filter((m) => !m.slice);
    const folded = attention.length ? passing : passing.filter((m) => m.slice);
    const failingRows = gated.filter((m) => (0,results_status/* statusRank */.Tx)(m.status) >= (0,results_status/* statusRank */.Tx)('fail')).length;
    const count = attention.length ? `${failingRows ? `${failingRows} of ${(0,format/* plural */.LS)(gated.length, 'gated row')} ${failingRows === 1 ? 'fails' : 'fail'}` : `${(0,format/* plural */.LS)(attention.length, 'warning')}`}` : `${(0,format/* plural */.LS)(gated.length, 'gated row')} pass`;
    const sentences = evalSentences(doc, orderRows);
    const heading = `${level} ${(0,results_status/* statusIcon */.I8)(doc.status)} ${(0,report_escape/* escapeMarkdown */.F)(doc.title)}: ${count}\n\n<sub>${provenance(doc)}</sub>${sentences ? `\n\n${sentences}` : ''}`;
    // Open: the interval only (p and the test are in the folded tables and the checks in full).
    const table = gated.length ? metricTable(doc, shown, !attention.length) : 'No gated metrics.';
    const wholePassing = folded.filter((m) => !m.slice).length;
    const slicePassing = folded.length - wholePassing;
    const summary = [wholePassing ? (0,format/* plural */.LS)(wholePassing, 'passing gated metric') : '', slicePassing ? (0,format/* plural */.LS)(slicePassing, 'passing slice row') : ''].filter(Boolean).join(', ');
    const failing = doc.checks.filter((k) => k.status !== 'pass');
    return {
        heading,
        table,
        passing: folded.length ? `<details><summary>${(0,results_status/* statusIcon */.I8)('pass')} ${summary}</summary>\n\n${metricTable(doc, folded)}\n\n</details>` : undefined,
        context: context.length ? `<details><summary>${(0,format/* plural */.LS)(context.length, 'other metric')} (not gated)</summary>\n\n${metricTable(doc, context)}\n\n</details>` : undefined,
        checks: failing.length ? `<details><summary>${(0,format/* plural */.LS)(failing.length, 'check')} not passing, in full</summary>\n\n${failing.map((k) => `- ${(0,results_status/* statusIcon */.I8)(k.status)} ${(0,report_escape/* escapeMarkdown */.F)(k.title)}: ${(0,report_escape/* escapeMarkdown */.F)(k.message)}`).join('\n')}\n\n</details>` : undefined,
        charts: metricCharts(doc),
        curves: curvesSection(doc),
    };
}
/** The compare-metrics step's job summary. */
function renderComparisonSummary(document) {
    const p = comparisonParts(document);
    return [p.heading, p.table, p.charts, p.passing, p.context, p.checks, p.curves].filter(Boolean).join('\n\n') + '\n';
}
// ---------------------------------------------------------------- charts

const CHARTED_METRICS = 3;
/** The value the policy allows at worst for a row (the lowest when higher is better), or undefined when no rule bounds the value. */
function worstAllowed(row) {
    const t = row.thresholds;
    const num = (x) => (typeof x === 'number' ? x : undefined);
    const higher = row.direction === 'higher';
    const bounds = [];
    const absolute = num(higher ? t.min : t.max);
    if (absolute !== undefined)
        bounds.push(absolute);
    if (row.baseline !== null) {
        const reg = num(t.max_regression), rel = num(t.max_relative_regression), gain = num(t.min_improvement);
        if (reg !== undefined)
            bounds.push(higher ? row.baseline - reg : row.baseline + reg);
        if (rel !== undefined)
            bounds.push(higher ? row.baseline - rel * Math.abs(row.baseline) : row.baseline + rel * Math.abs(row.baseline));
        if (gain !== undefined)
            bounds.push(higher ? row.baseline + gain : row.baseline - gain);
    }
    if (bounds.length === 0)
        return undefined;
    return bounds.reduce((a, b) => (higher ? Math.max(a, b) : Math.min(a, b)));
}
/** A number for a Mermaid data list. */
const plotNumber = (x) => String(Number(x.toPrecision(4)));
/**
 * For each metric failing in a slice (at most three): the candidate per
 * slice value as bars, and the worst value the policy allows there as a
 * line, so the slices across the line stand out. Nothing when no slice
 * fails, or when the policy's rules do not bound the value (non-inferiority
 * alone is about the interval, which the table shows).
 */
function metricCharts(doc) {
    const rows = doc.comparison.metrics.filter((m) => m.gated);
    const failingSlices = orderRows(rows.filter((m) => m.slice && (0,results_status/* statusRank */.Tx)(m.status) >= (0,results_status/* statusRank */.Tx)('warn')));
    const charts = [];
    const seen = new Set();
    for (const worst of failingSlices) {
        const key = `${worst.name}\u0000${worst.slice.column}`;
        if (seen.has(key) || charts.length >= CHARTED_METRICS)
            continue;
        seen.add(key);
        const whole = rows.find((m) => m.name === worst.name && !m.slice);
        const slices = rows.filter((m) => m.name === worst.name && m.slice?.column === worst.slice.column).sort((a, b) => a.slice.value.localeCompare(b.slice.value));
        const points = [...(whole ? [{ label: 'all', row: whole }] : []), ...slices.map((row) => ({ label: row.slice.value, row }))]
            .map((p) => ({ ...p, candidate: p.row.candidate, limit: worstAllowed(p.row) }))
            .filter((p) => p.candidate !== null && p.limit !== undefined && Number.isFinite(p.candidate) && Number.isFinite(p.limit));
        if (points.length < 2)
            continue;
        const [lo, hi] = (0,chart/* axisRange */.R)(points.flatMap((p) => [p.candidate, p.limit]));
        const side = worst.direction === 'higher' ? 'lowest' : 'highest';
        charts.push((0,chart/* xyChart */.G)({
            settings: { height: 360, titleFontSize: 15 },
            palette: ['royalblue', 'crimson'],
            title: `${(0,report_escape/* mermaidText */.H)(worst.name, 24)} by ${(0,report_escape/* mermaidText */.H)(worst.slice.column, 16)}: candidate (bars) vs ${side} allowed (line)`,
            xAxis: `[${points.map((p) => `"${(0,report_escape/* mermaidText */.H)(p.label, 14)}"`).join(', ')}]`,
            yAxis: `"${(0,report_escape/* mermaidText */.H)(worst.name, 30)}" ${plotNumber(lo)} --> ${plotNumber(hi)}`,
            series: [
                { kind: 'bar', values: points.map((p) => plotNumber(p.candidate)) },
                { kind: 'line', values: points.map((p) => plotNumber(p.limit)) },
            ],
        }));
    }
    return charts.length ? charts.join('\n\n') : undefined;
}


/***/ }),

/***/ 1288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ driftCharts),
/* harmony export */   aB: () => (/* binding */ driftParts),
/* harmony export */   qf: () => (/* binding */ driftLevel)
/* harmony export */ });
/* unused harmony exports driftColumnsTable, driftSentence, driftTable, shortBinLabel */
/* harmony import */ var _results_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8563);
/* harmony import */ var _count_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5343);
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5007);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1424);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1808);
// Markdown for drift against a reference: the drifted columns in a short
// table (status first, the statistic against its level, method and sizes
// underneath), the columns without drift collapsed, and for the worst few a
// horizontal Mermaid chart of the reference's distribution (bars) against the
// current one (line), bins labelled with short numbers.





const CHARTED = 3;
function num(x) {
    if (x === null || x === undefined || Number.isNaN(x))
        return '—';
    if (!Number.isFinite(x))
        return x > 0 ? '∞' : '−∞';
    if (x !== 0 && Math.abs(x) < 1e-4)
        return x.toExponential(2);
    return String(Number(x.toPrecision(4)));
}
/** The method as a column header would say it. */
const METHOD = {
    psi: 'PSI',
    jensenshannon: 'Jensen–Shannon',
    js_divergence: 'JS divergence',
    wasserstein: 'Wasserstein (σ)',
    linf: 'L∞',
    ks: 'KS',
    chisquare: 'χ²',
    z: 'z test',
};
/** The level a statistic is held to: "≥ 0.1" for a distance, "p < 0.05" for a test; the warn level too when set. */
function driftLevel(c) {
    const op = c.compare === 'p-value' ? 'p <' : '≥';
    const parts = [c.threshold.fail !== undefined ? `${op} ${num(c.threshold.fail)}` : '', c.threshold.warn !== undefined ? `warn ${op} ${num(c.threshold.warn)}` : ''];
    return parts.filter(Boolean).join(', ') || '—';
}
/** The statistic as drawn from JSON: an infinite χ² (a value the reference never had) comes back as null with p = 0. */
function statisticOf(c) {
    return c.statistic === null && c.pValue === 0 && c.status !== 'error' ? Infinity : c.statistic;
}
/** The statistic cell: the number that is held to the level (p for a test), with the statistic or bound beside it. */
function statisticCell(c) {
    const s = statisticOf(c);
    if (c.status === 'error')
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(c.message);
    if (c.compare === 'p-value')
        return `p ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .pValue */ .sp)(c.pValue))}<br><sub>${METHOD[c.method]} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .value */ .Uq)(s, 2)}</sub>`;
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .value */ .Uq)(s, 2)}${c.bound !== undefined ? ` ±${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .value */ .Uq)(c.bound, 2)}` : ''}`;
}
function columnRow(c) {
    const how = [`${METHOD[c.method]}${c.auto ? ' (auto)' : ''}`, c.logBase ? `log ${c.logBase}` : '', `n ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(c.nRef)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(c.nCur)}`].filter(Boolean).join(' · ');
    return `| ${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(c.status)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(c.column)}<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(how)}</sub> | ${statisticCell(c)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(driftLevel(c))} |`;
}
/** A table of drift columns: status and column (method and sizes underneath), statistic, level. */
function driftColumnsTable(columns) {
    return ['| Column | Statistic | Drift at |', '| --- | ---: | --- |', ...columns.map(columnRow)].join('\n');
}
/** One sentence on the dataset: how many columns drifted, against what, and when the dataset counts as drifted. */
function driftSentence(drift) {
    const d = drift.dataset;
    return `${d.drifted} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(d.compared, 'column')} drifted against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(drift.reference.path)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(drift.reference.rows)} rows); the dataset drifts at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .percent */ .KN)(d.share)} of its columns${d.status === 'pass' ? '' : ` ${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(d.status)}`}.`;
}
function driftParts(drift) {
    const order = (a, b) => (0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .worstFirst */ .md)(a.status, b.status) || (statisticOf(b) ?? 0) - (statisticOf(a) ?? 0);
    const attention = drift.columns.filter((c) => c.status !== 'pass').sort(order);
    const passing = drift.columns.filter((c) => c.status === 'pass');
    const skipped = drift.skipped.length ? `Not compared: ${drift.skipped.map((s) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(s.column)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(s.reason)})`).join('; ')}.` : '';
    const folded = [passing.length ? driftColumnsTable(passing) : '', skipped].filter(Boolean).join('\n\n');
    const summary = [passing.length ? `${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)('pass')} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(passing.length, 'column')} without drift` : '', drift.skipped.length ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(drift.skipped.length)} not compared` : ''].filter(Boolean).join(', ');
    return {
        sentence: driftSentence(drift),
        table: attention.length ? driftColumnsTable(attention) : undefined,
        passing: folded ? `<details><summary>${summary}</summary>\n\n${folded}\n\n</details>` : undefined,
    };
}
/** The drift section in full (the validate-data job summary). */
function driftTable(drift) {
    const p = driftParts(drift);
    return [p.sentence, p.table, p.passing].filter(Boolean).join('\n\n');
}
/** Charts for the worst drifted columns (none when nothing drifted). */
function driftCharts(drift) {
    const worst = drift.columns.filter((c) => c.status !== 'pass' && c.chart.labels.length > 0).sort((a, b) => (0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .worstFirst */ .md)(a.status, b.status)).slice(0, CHARTED);
    if (worst.length === 0)
        return undefined;
    return worst.map(chartOf).join('\n\n');
}
/** A bin's label with its numbers cut to three significant digits: "13.21 – 18.09" → "13.2–18.1". */
function shortBinLabel(label) {
    return label
        .replace(/-?\d+\.\d+(?:e[+-]?\d+)?/gi, (n) => String(Number(Number(n).toPrecision(3))))
        .replace(/\s*–\s*/g, '–')
        .replace(/^([<≥≤>])\s+/, '$1');
}
/** More bins than a chart can show readably (and a results file is untrusted: it may hold any number). */
const MAX_CHART_BINS = 40;
function chartOf(c) {
    const pct = (x) => Number((x * 100).toPrecision(3));
    const bins = Math.max(c.chart.labels.length, c.chart.reference.length, c.chart.current.length);
    if (bins > MAX_CHART_BINS)
        return `<sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(c.column)}: ${(0,_count_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(bins)} bins, too many to chart</sub>`;
    let top = 0;
    for (const x of [...c.chart.reference, ...c.chart.current])
        if (x > top)
            top = x;
    const height = Math.max(200, 90 + 26 * c.chart.labels.length);
    return (0,_chart_js__WEBPACK_IMPORTED_MODULE_4__/* .xyChart */ .G)({
        horizontal: true,
        settings: { height, titleFontSize: 15 },
        palette: ['darkgray', 'crimson'],
        title: `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .H)(c.column, 24)}: % of rows per bin, reference (bars) vs current (line)`,
        xAxis: `[${c.chart.labels.map((l) => `"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .H)(shortBinLabel(l), 18)}"`).join(', ')}]`,
        yAxis: `"% of rows" 0 --> ${Math.ceil(pct(top) * 1.1) || 1}`,
        series: [
            { kind: 'bar', values: c.chart.reference.map(pct) },
            { kind: 'line', values: c.chart.current.map(pct) },
        ],
    });
}


/***/ }),

/***/ 1424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown),
/* harmony export */   H: () => (/* binding */ mermaidText)
/* harmony export */ });
// The one escaping function for untrusted text (column names, file paths,
// cell values, messages) going into GitHub-flavoured markdown: the result is
// inert inline text — no table breakage, no HTML, no links or images, no
// @mentions or #references, no forged hidden markers.
const ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    // A zero-width space after @ and # (an entity alone decodes back to the
    // character before GitHub looks for mentions and references).
    '@': '&#64;\u200b',
    '#': '&#35;\u200b',
    '|': '&#124;',
    ':': '&#58;',
};
function escapeMarkdown(text) {
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g, '')
        .replace(/[&<>"@#|:]/g, (c) => ENTITY[c])
        .replace(/[\\`*_[\]()!~$+=^{}]/g, (c) => `\\${c}`)
        .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3');
}
/** Text inside a Mermaid chart's quoted labels: reduced to safe characters (Mermaid has no escape for quotes). */
function mermaidText(text, max = 40) {
    return text.replace(/[^A-Za-z0-9_. <>=≥%–-]/g, '_').replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›')).slice(0, max);
}


/***/ }),

/***/ 1808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Rc: () => (/* binding */ level),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   Uq: () => (/* binding */ value),
/* harmony export */   sp: () => (/* binding */ pValue),
/* harmony export */   wu: () => (/* binding */ signedPercent),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/* harmony import */ var _count_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5343);
// Numbers for a reader of the report and the terminal: rounded to what
// matters (three significant digits for a value, two for a change), the
// typographic minus, thousands separators, and ∞ / undefined said as such.

const MINUS = '−';
function plain(value, digits, zeros = false) {
    const abs = Math.abs(value);
    if (abs >= 1000)
        return (0,_count_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(Math.round(abs));
    if (abs !== 0 && abs < 1e-3) {
        const [mantissa, exponent] = abs.toExponential(digits - 1).split('e');
        return `${mantissa}e${exponent.replace('-', MINUS).replace('+', '')}`;
    }
    return zeros ? abs.toPrecision(digits) : String(Number(abs.toPrecision(digits)));
}
/** A measured value, to `digits` significant digits with its zeros: `0.765`, `0.760`, `2,000`, `4.5e−5`, `∞`; null and NaN are "—". */
function value(x, digits = 3) {
    if (x === null || x === undefined || Number.isNaN(x))
        return '—';
    if (!Number.isFinite(x))
        return x > 0 ? '∞' : `${MINUS}∞`;
    if (x === 0)
        return '0';
    return `${x < 0 ? MINUS : ''}${plain(x, digits, true)}`;
}
/** A level someone wrote (a threshold, a margin): as written, up to six digits: `0.75`, `0.005`. */
function level(x) {
    if (!Number.isFinite(x))
        return value(x);
    return `${x < 0 ? MINUS : ''}${x === 0 ? '0' : plain(x, 6)}`;
}
/** A change, always signed: `+0.0045`, `−0.078`, `+25%` (a share times 100 with unit '%'). */
function signed(x, unit = '', digits = 2) {
    if (x === null || x === undefined || Number.isNaN(x))
        return '—';
    if (!Number.isFinite(x))
        return x > 0 ? '+∞' : `${MINUS}∞`;
    if (x === 0)
        return `0${unit}`;
    return `${x < 0 ? MINUS : '+'}${plain(x, digits)}${unit}`;
}
/** A share as a percentage: 0.05 → `5%`, 0.2518 → `25%`. */
function percent(share, digits = 2) {
    return Number.isFinite(share) && share !== 0 ? `${share < 0 ? MINUS : ''}${plain(share * 100, digits)}%` : `${value(share * 100)}%`;
}
/** A signed relative change: 0.2518 → `+25%`. */
function signedPercent(share, digits = 2) {
    return share === null || share === undefined ? '—' : signed(share * 100, '%', digits);
}
/** A p-value: two significant digits, and "< 0.001" below that. */
function pValue(p) {
    if (p === null || p === undefined || Number.isNaN(p))
        return '—';
    return p < 0.001 ? '< 0.001' : value(p, 2);
}
function count(n) {
    return (0,_count_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(n);
}
/** `1 check`, `2 checks`; `irregular` for plurals that are not word + s. */
function plural(n, word, irregular) {
    return `${count(n)} ${n === 1 ? word : (irregular ?? `${word}s`)}`;
}


/***/ }),

/***/ 352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ validationReasons),
/* harmony export */   M5: () => (/* binding */ filesTable),
/* harmony export */   Or: () => (/* binding */ errorsTable),
/* harmony export */   mn: () => (/* binding */ renderValidationSummary),
/* harmony export */   tY: () => (/* binding */ checkLine)
/* harmony export */ });
/* harmony import */ var _results_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8563);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1424);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1288);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1808);
// Markdown for a validate-data results document, shared by the step's job
// summary and the pull-request report: the files (status first), drift, the
// first errors, and the checks that did not pass, with numbers rounded.




/** A check that did not pass, as a list item: its title and message. */
function checkLine(c) {
    return `- ${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(c.status)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(c.title)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(c.message)}`;
}
function filesTable(document) {
    const rows = [...document.data.tables].sort((a, b) => (0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .worstFirst */ .md)(a.status, b.status));
    return [
        '| File | Rows | Errors | Checks failed |',
        '| --- | ---: | ---: | ---: |',
        ...rows.map((t) => `| ${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(t.status)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(t.file)}${t.problem ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(t.problem)}</sub>` : ''} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(t.rows)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(t.errorCount)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(t.failedChecks)} |`),
    ].join('\n');
}
function errorsTable(document, max) {
    const { errors, errorCount } = document.data;
    if (errors.length === 0)
        return undefined;
    const shown = errors.slice(0, max);
    const lines = [`First ${shown.length} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(errorCount, 'error')}:`, '', '| Where | Error | Message |', '| --- | --- | --- |'];
    for (const e of shown) {
        const where = e.line ? `${e.file}:${e.line}` : e.row ? `${e.file} row ${e.row}` : e.file;
        const kind = e.constraint ? `${e.type} (${e.constraint})` : e.type;
        lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(where)}${e.field ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(e.field)}</sub>` : ''} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(kind)}${e.severity === 'warn' ? ` ${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)('warn')}` : ''} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(e.message)} |`);
    }
    return lines.join('\n');
}
/** The headline's words for a validation: "validate/failing.csv: 13 errors", "drift in 2 of 6 columns (monthly_charges, plan)". */
function validationReasons(doc, status) {
    const out = [];
    const bad = doc.data.tables.filter((t) => t.status === status || (status === 'fail' && t.status === 'error'));
    for (const t of bad.slice(0, 2))
        out.push(t.problem ? `${t.file}: ${t.problem}` : `${t.file}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(t.errorCount, 'error')}`);
    if (bad.length > 2)
        out.push(`${bad.length - 2} more files`);
    const drift = doc.data.drift;
    if (drift) {
        const drifted = drift.columns.filter((c) => c.status === status);
        if (drifted.length > 0 || drift.dataset.status === status) {
            const names = drifted.slice(0, 3).map((c) => c.column);
            const word = status === 'fail' ? 'drift' : 'drift warnings';
            out.push(`${word} in ${drifted.length} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(drift.dataset.compared, 'column')}${names.length ? ` (${names.join(', ')}${drifted.length > names.length ? ', …' : ''})` : ''}`);
        }
    }
    if (out.length === 0) {
        const check = doc.checks.find((c) => c.status === status);
        if (check)
            out.push(`${check.title}: ${check.message}`);
    }
    return out;
}
function renderValidationSummary(document, options = {}) {
    const maxErrors = options.maxErrors ?? 20;
    const { tables, rows, errorCount } = document.data;
    const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error');
    const lines = [];
    const reasons = document.status === 'pass' ? [] : validationReasons(document, document.status === 'warn' ? 'warn' : 'fail');
    lines.push(`### ${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(document.status)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(document.title)}: ${document.status}${reasons.length ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(reasons.join('; '))}` : ''}`);
    lines.push('');
    lines.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(tables.length, 'file')}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(rows, 'row')}; ${failed.length} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(document.checks.length, 'check')} failed, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(errorCount, 'error')}.`);
    lines.push('', filesTable(document));
    const drift = document.data.drift;
    if (drift) {
        const p = (0,_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftParts */ .aB)(drift);
        lines.push('', '**Drift**', '', p.sentence);
        if (p.table)
            lines.push('', p.table);
        const charts = (0,_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftCharts */ .LZ)(drift);
        if (charts)
            lines.push('', charts);
        if (p.passing)
            lines.push('', p.passing);
    }
    const errors = errorsTable(document, maxErrors);
    if (errors)
        lines.push('', errors);
    if (failed.length > 0)
        lines.push('', `<details><summary>${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(failed.length, 'check')} not passing</summary>`, '', ...failed.map(checkLine), '', '</details>');
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 8563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ statusColour),
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   Cd: () => (/* binding */ statusFailsStep),
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   Km: () => (/* binding */ STATUS_TABLE),
/* harmony export */   Tx: () => (/* binding */ statusRank),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   md: () => (/* binding */ worstFirst)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
// The status algebra: documents and checks combine to their worst status.
// `error` (could not be evaluated) outranks `fail`: the gate treats both as
// blocking, but a reviewer must see that something was not evaluated at all.
//
// The one status table (rank, icon, colour) and the one rule for "does this
// status fail the step" live here; everything that shows or weighs a status
// reads them.

const STATUS_TABLE = {
    pass: { rank: 0, icon: '✅', colour: 'green' },
    warn: { rank: 1, icon: '⚠️', colour: 'yellow' },
    fail: { rank: 2, icon: '❌', colour: 'red' },
    error: { rank: 3, icon: '⛔', colour: 'magenta' },
};
function statusRank(status) {
    return STATUS_TABLE[status].rank;
}
function statusIcon(status) {
    return STATUS_TABLE[status].icon;
}
function statusColour(status) {
    return STATUS_TABLE[status].colour;
}
/** A sort comparator that puts the worst status first (error, fail, warn, pass). */
function worstFirst(a, b) {
    return statusRank(b) - statusRank(a);
}
function worstStatus(statuses) {
    let worst = 'pass';
    for (const status of statuses)
        if (statusRank(status) > statusRank(worst))
            worst = status;
    return worst;
}
/** Which status fails a step that produces a verdict. */
const FAIL_ON = ['fail', 'warn', 'never'];
/** Whether a status should fail the step under the user's `fail-on` setting. `error` always does. */
function statusFailsStep(status, failOn) {
    if (status === 'error')
        return true;
    switch (failOn) {
        case 'never': return false;
        case 'warn': return statusRank(status) >= statusRank('warn');
        case 'fail': return statusRank(status) >= statusRank('fail');
        default: return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNever */ .xb)(failOn, 'fail-on');
    }
}


/***/ }),

/***/ 3990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ LOG_BASES),
/* harmony export */   Tl: () => (/* binding */ DRIFT_METHODS),
/* harmony export */   nT: () => (/* binding */ DRIFT_COMPARISONS),
/* harmony export */   zi: () => (/* binding */ DRIFT_METHOD_CHOICES)
/* harmony export */ });
// Drift vocabulary, owned here and nowhere else: the methods a drift check
// can run, what `auto` may be written in their place, and how a method's
// statistic is held to its levels. A leaf module (no imports), so every layer
// — the table schema, the results document, validation, the report — can
// use the one list.
/** The drift statistics holdout computes, in the order the docs list them. */
const DRIFT_METHODS = ['psi', 'jensenshannon', 'js_divergence', 'wasserstein', 'ks', 'chisquare', 'z', 'linf'];
/** What a schema may ask for: a method, or `auto` (picked by type and size, as Evidently does). */
const DRIFT_METHOD_CHOICES = ['auto', ...DRIFT_METHODS];
/** distance: drift when the statistic is ≥ the level; p-value: drift when p < the level. */
const DRIFT_COMPARISONS = ['distance', 'p-value'];
/** Log bases of the entropy-based statistics (natural log, or bits). */
const LOG_BASES = ['e', '2'];


/***/ })

};
