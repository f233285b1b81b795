export const id = 898;
export const ids = [898];
export const modules = {

/***/ 6783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ validateConfig),
/* harmony export */   Bu: () => (/* binding */ parseConfigText),
/* harmony export */   im: () => (/* binding */ readConfigText)
/* harmony export */ });
/* unused harmony exports MAX_CONFIG_DEPTH, nestingBeyond, formatKeyPath, suggest */
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

/***/ 8563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   md: () => (/* binding */ worstFirst)
/* harmony export */ });
/* unused harmony exports STATUS_TABLE, statusRank, statusIcon, statusColour, FAIL_ON, statusFailsStep */
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
const FAIL_ON = (/* unused pure expression or super */ null && (['fail', 'warn', 'never']));
/** Whether a status should fail the step under the user's `fail-on` setting. `error` always does. */
function statusFailsStep(status, failOn) {
    if (status === 'error')
        return true;
    switch (failOn) {
        case 'never': return false;
        case 'warn': return statusRank(status) >= statusRank('warn');
        case 'fail': return statusRank(status) >= statusRank('fail');
        default: return assertNever(failOn, 'fail-on');
    }
}


/***/ }),

/***/ 1620:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qb: () => (/* binding */ parseDecimalRange),
/* harmony export */   lf: () => (/* binding */ parseIntegerRange)
/* harmony export */ });
/* unused harmony export isSpace */
// Parsing plain decimal numbers straight from a text range, without
// allocating a substring. Up to 15 significant digits and |exponent| ≤ 22
// the value is one correctly rounded IEEE operation on exact operands
// (Clinger's fast path), so it equals Number(text); anything longer falls
// back to Number on the substring.
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** Whitespace as String.prototype.trim (and Number()) strips it; Frictionless strips it around numbers. */
function isSpace(c) {
    return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}
/** The first position of text[from, to) that is not whitespace (to when there is none). */
function skipSpace(text, from, to) {
    while (from < to && isSpace(text.charCodeAt(from)))
        from++;
    return from;
}
/** One past the last position of text[from, to) that is not whitespace (from when there is none). */
function skipSpaceBack(text, from, to) {
    while (to > from && isSpace(text.charCodeAt(to - 1)))
        to--;
    return to;
}
/** Past the optional sign at `at`: `at + 1` on '+' or '-', else `at`. */
function signEnd(text, at) {
    const c = text.charCodeAt(at);
    return c === 43 || c === 45 ? at + 1 : at;
}
/**
 * Parses `[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?` in text[from, to),
 * surrounding whitespace allowed; undefined when the text is not of that form.
 */
function parseDecimalRange(text, from, to) {
    from = skipSpace(text, from, to);
    to = skipSpaceBack(text, from, to);
    const negative = text.charCodeAt(from) === 45;
    let i = signEnd(text, from);
    let mantissa = 0;
    let significant = 0;
    let scale = 0;
    let exact = true;
    // One pass over the digits before and after the point: the first 15
    // significant digits go into the mantissa, a later one only scales it (and
    // makes the fast path inexact); every digit after the point divides by ten.
    const digitsStart = i;
    let point = -1;
    for (; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 46 && point === -1) {
            point = i;
            continue;
        }
        const d = c - 48;
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
    }
    const intDigits = (point === -1 ? i : point) - digitsStart;
    const fracDigits = point === -1 ? 0 : i - point - 1;
    scale -= fracDigits;
    if (intDigits === 0 && fracDigits === 0)
        return undefined;
    let exponent = 0;
    if (i < to) {
        const c = text.charCodeAt(i);
        if (c !== 101 && c !== 69)
            return undefined;
        i++;
        const expNegative = text.charCodeAt(i) === 45;
        i = signEnd(text, i);
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
/** `[+-]?\d+` in text[from, to), surrounding whitespace allowed → number; undefined when not an integer literal. */
function parseIntegerRange(text, from, to) {
    from = skipSpace(text, from, to);
    to = skipSpaceBack(text, from, to);
    const negative = text.charCodeAt(from) === 45;
    let i = signEnd(text, from);
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
