export const id = 626;
export const ids = [626];
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

/***/ 177:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ textCell)
/* harmony export */ });
// Column batches: what every reader yields. Column-major so that validators
// and profilers run one tight loop per column. Text formats (CSV/TSV) also
// expose their cells as offsets into the chunk text, so hot loops can parse
// numbers and dates without allocating a string per cell.
/** The string value of one text cell. */
function textCell(cells, width, column, row) {
    if (cells.special !== undefined) {
        const special = cells.special.get(row * width + column);
        if (special !== undefined)
            return special;
    }
    return cells.text.slice(cells.starts[column][row], cells.ends[column][row]);
}


/***/ }),

/***/ 7213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ze: () => (/* binding */ openCsvStream)
/* harmony export */ });
/* unused harmony exports MAX_RECORD_CHARS, readCsvBatches, sniffDelimiter */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
/* harmony import */ var _batch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(177);
// The one CSV/TSV reader: streaming, RFC 4180 quoting (doubled quotes,
// embedded newlines), CRLF or LF, BOM, and the exact physical line on which
// every record starts. Cells are recorded as offsets into the decoded chunk
// (strings are made only when asked for).
//
// The Frictionless Table Dialect (v1 CSV Dialect and v2 Table Dialect) sets
// the delimiter, quote and escape characters, doubled quotes, initial spaces,
// comment lines and which rows are the header; without a delimiter the reader
// sniffs one (`,` `;` tab `|`) from the first lines.
//
// Rows whose shape is not the header's are data errors as Frictionless
// reports them (blank-row, extra-cell, missing-cell, see RowIssue), not bad
// input. Bad input is what cannot be read at all: an unterminated quote, a
// record longer than the record limit.


const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
/** Longest record read (UTF-16 code units): past it, a quoted field is almost surely unterminated, or the file is not a table. */
const MAX_RECORD_CHARS = 32 * 1024 * 1024;
/** A record left incomplete past this size is re-parsed only once new text holds a newline (records end at one), so one huge line costs linear time. */
const RESCAN_AFTER = 1024 * 1024;
/** About the text one batch is parsed from (a decoded chunk and its leftover). */
const BATCH_CHARS = 128 * 1024;
function singleChar(value, key, file) {
    if (value === undefined)
        return -1;
    if (value.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`dialect ${key} must be one character, not ${JSON.stringify(value)}`, { file });
    if (value === '\n' || value === '\r')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`dialect ${key} cannot be a line break`, { file });
    return value.charCodeAt(0);
}
function commentPrefix(value, file) {
    if (value === undefined)
        return '';
    if (value === '' || /[\r\n]/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('dialect commentChar must be one or more characters, without line breaks', { file });
    return value;
}
function initialState(options, delimiter) {
    const file = options.displayPath;
    const dialect = options.dialect ?? {};
    const quote = singleChar(dialect.quoteChar ?? '"', 'quoteChar', file);
    let escape = singleChar(dialect.escapeChar, 'escapeChar', file);
    let doubleQuote = dialect.doubleQuote ?? true;
    // An escape character equal to the quote is the doubled-quote convention.
    if (escape === quote) {
        escape = -1;
        doubleQuote = true;
    }
    const noHeader = dialect.header === false;
    const headerRows = noHeader ? [] : [...(dialect.headerRows ?? [1])].sort((a, b) => a - b);
    if (headerRows.some((r) => !Number.isInteger(r) || r < 1))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('dialect headerRows must be row numbers from 1', { file });
    if (!noHeader && headerRows.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('dialect headerRows is empty: set header: false for a file without a header', { file });
    return {
        delimiter, quote, doubleQuote, escape,
        comment: commentPrefix(dialect.commentChar, file),
        commentRows: dialect.commentRows && dialect.commentRows.length > 0 ? new Set(dialect.commentRows) : undefined,
        rowNumber: 0,
        skipSpace: dialect.skipInitialSpace ?? false,
        headerRows, headerJoin: dialect.headerJoin ?? ' ', noHeader, headerRecords: 0, headerParts: undefined,
        line: 1, headerLine: 1, header: undefined, width: 0, rows: 0, batchRows: 0, capacity: 0,
        starts: [], ends: [], lines: new Int32Array(0), special: undefined, absent: undefined, issues: undefined, spare: undefined,
    };
}
/**
 * Parses CSV text chunks into column batches. The first yielded value is the
 * header; every further value is a batch of records.
 */
async function* readCsvBatches(chunks, options, onHeaderLine) {
    const file = options.displayPath;
    const maxRecord = options.maxRecordChars ?? MAX_RECORD_CHARS;
    let source = chunks;
    let delimiterText = options.dialect?.delimiter ?? options.delimiter;
    if (delimiterText === undefined) {
        const peeked = await peek(chunks, 64 * 1024);
        delimiterText = sniffDelimiter(peeked.head);
        source = peeked.all;
    }
    const delimiter = singleChar(delimiterText, 'delimiter', file);
    const state = initialState(options, String.fromCharCode(delimiter));
    if (delimiter === state.quote || delimiter === state.escape)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('dialect delimiter and quoteChar/escapeChar must differ', { file });
    if (options.report)
        options.report.delimiter = delimiterText;
    if (options.header)
        startHeader(state, [...options.header]);
    let leftover = '';
    const pending = [];
    let pendingChars = 0;
    let first = true;
    let headerYielded = false;
    const tooLong = () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`a record is longer than ${Math.round(maxRecord / (1024 * 1024)) || maxRecord} ${maxRecord >= 1024 * 1024 ? 'MiB' : 'characters'} (the limit): is a quoted field left unterminated, or is this not a CSV file?`, { file, line: state.line });
    for await (let text of source) {
        if (first) {
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            first = false;
        }
        if (leftover.length >= RESCAN_AFTER && text.indexOf('\n') === -1) {
            // A long record cannot end before a newline: hold the text, and stop at the limit.
            pending.push(text);
            pendingChars += text.length;
            if (leftover.length + pendingChars > maxRecord)
                throw tooLong();
            continue;
        }
        if (pending.length > 0) {
            pending.push(text);
            text = pending.join('');
            pending.length = 0;
            pendingChars = 0;
        }
        const buffer = leftover.length > 0 ? leftover + text : text;
        const consumed = parseRecords(buffer, false, state, file);
        leftover = consumed < buffer.length ? buffer.slice(consumed) : '';
        if (leftover.length > maxRecord)
            throw tooLong();
        if (state.header && !headerYielded) {
            headerYielded = true;
            onHeaderLine?.(state.headerLine);
            yield state.header;
        }
        if (state.batchRows > 0 || state.issues !== undefined)
            yield takeBatch(state, buffer);
    }
    if (pending.length > 0)
        leftover += pending.join('');
    if (leftover.length > maxRecord)
        throw tooLong();
    if (leftover.length > 0)
        parseRecords(leftover, true, state, file);
    if (!state.header && state.headerParts !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`ends after ${state.headerRecords} row${state.headerRecords === 1 ? '' : 's'}, before the header rows ${state.headerRows.join(', ')} (dialect headerRows)`, { file });
    }
    if (!state.header)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('is empty', { file });
    if (!headerYielded) {
        onHeaderLine?.(state.headerLine);
        yield state.header;
    }
    if (options.report)
        options.report.lines = state.line - 1;
    if (state.batchRows > 0 || state.issues !== undefined)
        yield takeBatch(state, leftover);
}
/** Reads chunks until `size` characters are seen; `all` replays them, then the rest. */
async function peek(chunks, size) {
    const iterator = chunks[Symbol.asyncIterator]();
    const seen = [];
    let length = 0;
    let done = false;
    while (length < size) {
        const next = await iterator.next();
        if (next.done) {
            done = true;
            break;
        }
        seen.push(next.value);
        length += next.value.length;
    }
    async function* all() {
        let finished = done;
        try {
            yield* seen;
            if (done)
                return;
            for (;;) {
                const next = await iterator.next();
                if (next.done) {
                    finished = true;
                    return;
                }
                yield next.value;
            }
        }
        finally {
            // Stopped early (close): let the source release its file.
            if (!finished)
                await iterator.return?.();
        }
    }
    return { head: seen.join(''), all: all() };
}
const SNIFFED = [',', ';', '\t', '|'];
/**
 * The delimiter of a CSV sample: among `,` `;` tab `|`, the one that splits
 * every one of the first lines into the same number (> 1) of cells (quotes
 * respected); `,` when it qualifies, else the one giving the most cells; when
 * none is consistent, the one most frequent in the first line; `,` by default.
 */
function sniffDelimiter(sample) {
    const text = sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample;
    const lines = [];
    let at = 0;
    while (lines.length < 20 && at < text.length) {
        const lf = text.indexOf('\n', at);
        if (lf === -1) {
            // The last, partial line only counts when it is the whole sample's end and there is nothing else.
            if (lines.length === 0)
                lines.push(text.slice(at));
            break;
        }
        const line = text.slice(at, lf).replace(/\r$/, '');
        if (line.trim() !== '')
            lines.push(line);
        at = lf + 1;
    }
    if (lines.length === 0)
        return ',';
    const counts = SNIFFED.map((d) => lines.map((line) => countOutsideQuotes(line, d)));
    const consistent = SNIFFED.map((_, k) => counts[k].every((c) => c > 0 && c === counts[k][0]));
    if (consistent[0])
        return ',';
    let best = -1;
    for (let k = 1; k < SNIFFED.length; k++)
        if (consistent[k] && (best === -1 || counts[k][0] > counts[best][0]))
            best = k;
    if (best !== -1)
        return SNIFFED[best];
    let most = 0;
    for (let k = 1; k < SNIFFED.length; k++)
        if (counts[k][0] > counts[most][0])
            most = k;
    return SNIFFED[most];
}
function countOutsideQuotes(line, delimiter) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '"')
            quoted = !quoted;
        else if (!quoted && c === delimiter)
            count++;
    }
    return count;
}
class TextBatch {
    text;
    size;
    firstRow;
    lines;
    width;
    issues;
    materialized;
    constructor(text, size, firstRow, lines, width, issues) {
        this.text = text;
        this.size = size;
        this.firstRow = firstRow;
        this.lines = lines;
        this.width = width;
        this.issues = issues;
    }
    get columns() {
        if (!this.materialized) {
            this.materialized = [];
            for (let c = 0; c < this.width; c++) {
                const column = new Array(this.size);
                for (let r = 0; r < this.size; r++)
                    column[r] = (0,_batch_js__WEBPACK_IMPORTED_MODULE_1__/* .textCell */ .i)(this.text, this.width, c, r);
                this.materialized.push(column);
            }
        }
        return this.materialized;
    }
}
function takeBatch(state, text) {
    const n = state.batchRows;
    const batch = new TextBatch({
        // The arrays themselves, not views of their first n: a view per column per batch is garbage in proportion to the columns.
        text, delimiter: state.delimiter, starts: state.starts, ends: state.ends,
        special: state.special, ...(state.absent ? { absent: state.absent } : {}),
    }, n, state.rows - n + 1, state.lines.subarray(0, n), state.width, state.issues);
    // Alternate between two sets of arrays: the batch just yielded keeps views
    // of one set while the next batch fills the other (see ColumnBatch).
    const spare = state.spare;
    state.spare = { starts: state.starts, ends: state.ends, lines: state.lines, capacity: state.capacity };
    if (spare && spare.capacity === state.capacity) {
        state.starts = spare.starts;
        state.ends = spare.ends;
        state.lines = spare.lines;
    }
    else
        allocate(state, state.capacity);
    state.batchRows = 0;
    state.special = undefined;
    state.absent = undefined;
    state.issues = undefined;
    return batch;
}
/**
 * Records a batch first has room for: a record holds at least `width`
 * characters (its delimiters and line end), so a chunk of text holds at most
 * about BATCH_CHARS / width of them. Sized by the text, not a constant per
 * column, the offset arrays (two sets of starts and ends, 16 bytes a cell)
 * take a few MB at any width — not 64 KB a column (640 MB at 10,000 columns).
 * A batch with more records grows them.
 */
function initialCapacity(width) {
    return Math.min(4096, Math.max(16, Math.ceil(BATCH_CHARS / Math.max(1, width))));
}
function allocate(state, capacity) {
    state.capacity = capacity;
    state.starts = Array.from({ length: state.width }, () => new Int32Array(capacity));
    state.ends = Array.from({ length: state.width }, () => new Int32Array(capacity));
    state.lines = new Int32Array(capacity);
}
function grow(state) {
    const capacity = state.capacity * 2;
    const copy = (a) => {
        const b = new Int32Array(capacity);
        b.set(a);
        return b;
    };
    state.starts = state.starts.map(copy);
    state.ends = state.ends.map(copy);
    state.lines = copy(state.lines);
    state.capacity = capacity;
}
function startHeader(state, cells) {
    // Duplicate and blank labels are the validator's to report (duplicate-label, blank-label).
    state.header = cells;
    state.width = cells.length;
    allocate(state, initialCapacity(state.width));
}
/** A complete header-phase record: a header row, a row before the header, or (header: false) the first record. */
function headerRecord(state, cells, line) {
    if (state.noHeader) {
        startHeader(state, cells.map((_, k) => `field${k + 1}`));
        state.headerLine = line;
        return 'data';
    }
    state.headerRecords++;
    const number = state.headerRecords;
    if (!state.headerRows.includes(number))
        return 'skip';
    if (state.headerParts === undefined) {
        state.headerParts = cells.slice();
        state.headerLine = line;
    }
    else {
        const parts = state.headerParts;
        for (let k = 0; k < cells.length; k++) {
            const cell = cells[k];
            if (k >= parts.length)
                parts.push(cell);
            else if (cell !== '')
                parts[k] = parts[k] === '' ? cell : parts[k] + state.headerJoin + cell;
        }
    }
    if (number === state.headerRows[state.headerRows.length - 1]) {
        startHeader(state, state.headerParts);
        return 'header';
    }
    return 'skip';
}
/**
 * Parses complete records from `text`, returning how many characters were
 * consumed; the rest is an incomplete record to be retried with more text.
 */
function parseRecords(text, final, state, file) {
    const n = text.length;
    const delimiterChar = state.delimiter;
    const delimiter = delimiterChar.charCodeAt(0);
    const quote = state.quote;
    const quoteChar = String.fromCharCode(quote);
    const doubleQuote = state.doubleQuote;
    const escape = state.escape;
    const escapeChar = escape >= 0 ? String.fromCharCode(escape) : '';
    const comment = state.comment;
    const commentRows = state.commentRows;
    const skipSpace = state.skipSpace;
    let nextDelimiter = -2;
    let nextLf = -2;
    let nextEscape = -2;
    let i = 0;
    const headerCells = [];
    while (i < n) {
        const recordStart = i;
        const recordLine = state.line;
        if (comment !== '' && text.charCodeAt(i) === comment.charCodeAt(0)) {
            if (i + comment.length > n && !final)
                return recordStart;
            if (text.startsWith(comment, i)) {
                const lf = text.indexOf('\n', i);
                if (lf === -1 && !final)
                    return recordStart;
                i = lf === -1 ? n : lf + 1;
                state.line++;
                state.rowNumber++;
                continue;
            }
        }
        const inHeader = state.header === undefined;
        const width = inHeader ? Infinity : state.width;
        if (!inHeader && state.batchRows >= state.capacity)
            grow(state);
        const row = state.batchRows;
        const starts = state.starts;
        const ends = state.ends;
        let field = 0;
        let embeddedLines = 0;
        let allEmpty = true;
        let extraStart = -1;
        let extraEnd = -1;
        let extraSpecial;
        let complete = true;
        for (;;) {
            let start;
            let end;
            let special;
            if (skipSpace) {
                while (i < n && text.charCodeAt(i) === SPACE)
                    i++;
                if (i >= n && !final) {
                    complete = false;
                    break;
                }
            }
            if (i < n && text.charCodeAt(i) === quote) {
                // Quoted field: find the closing quote that is not a doubled (or escaped) quote.
                let close = -1;
                if (escape < 0) {
                    let j = i + 1;
                    let escaped = false;
                    for (;;) {
                        const q = text.indexOf(quoteChar, j);
                        if (q === -1)
                            break;
                        if (doubleQuote && q + 1 < n && text.charCodeAt(q + 1) === quote) {
                            escaped = true;
                            j = q + 2;
                            continue;
                        }
                        if (q + 1 >= n && !final)
                            break; // a doubled quote, or the record's end: wait for more
                        close = q;
                        break;
                    }
                    if (close !== -1 && escaped)
                        special = text.slice(i + 1, close).replaceAll(quoteChar + quoteChar, quoteChar);
                }
                else {
                    const walk = walkEscaped(text, i + 1, escape, doubleQuote ? quote : -1, (c, k) => (c !== quote ? undefined : k + 1 >= n && !final ? 'more' : 'stop'));
                    if (walk.stopped) {
                        close = walk.end;
                        if (walk.escaped)
                            special = walk.value + text.slice(walk.segment, close);
                    }
                }
                if (close === -1) {
                    if (final) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('unterminated quoted field (the quote opened here is never closed)', {
                            file,
                            line: recordLine + embeddedLines + countLf(text, recordStart, i),
                        });
                    }
                    complete = false;
                    break;
                }
                start = i + 1;
                end = close;
                embeddedLines += countLf(text, start, end);
                i = close + 1;
                // Lenient like Python's csv: text after the closing quote joins the field.
                if (i < n) {
                    const c = text.charCodeAt(i);
                    if (c !== delimiter && c !== LF && c !== CR) {
                        let k = i;
                        while (k < n) {
                            const d = text.charCodeAt(k);
                            if (d === delimiter || d === LF || d === CR)
                                break;
                            k++;
                        }
                        if (k >= n && !final) {
                            complete = false;
                            break;
                        }
                        special = (special ?? text.slice(start, end)) + text.slice(i, k);
                        i = k;
                    }
                }
            }
            else {
                // Unquoted field: native indexOf scans for the next delimiter and newline,
                // each position cached until passed, so every character is scanned once.
                if (nextDelimiter !== -1 && nextDelimiter < i)
                    nextDelimiter = text.indexOf(delimiterChar, i);
                if (nextLf !== -1 && nextLf < i)
                    nextLf = text.indexOf('\n', i);
                let j = nextDelimiter === -1 ? nextLf : nextLf === -1 ? nextDelimiter : nextDelimiter < nextLf ? nextDelimiter : nextLf;
                if (escape >= 0) {
                    if (nextEscape !== -1 && nextEscape < i)
                        nextEscape = text.indexOf(escapeChar, i);
                    if (nextEscape !== -1 && (j === -1 || nextEscape < j)) {
                        // An escaped character in an unquoted field: walk it, the escaped characters literal.
                        const walk = walkEscaped(text, i, escape, -1, (c) => (c === delimiter || c === LF ? 'stop' : undefined));
                        embeddedLines += walk.escapedLfs;
                        if (!walk.stopped && !final) {
                            complete = false;
                            break;
                        }
                        const k = walk.end;
                        const segment = walk.segment;
                        const value = walk.value;
                        const cut = k < n && text.charCodeAt(k) === LF && k > segment && text.charCodeAt(k - 1) === CR ? k - 1 : k;
                        special = value + text.slice(segment, cut);
                        j = k >= n ? -1 : k;
                        if (j === -1)
                            j = n;
                    }
                }
                if (j === -1) {
                    if (!final) {
                        complete = false;
                        break;
                    }
                    j = n;
                }
                start = i;
                end = j === nextLf && j > i && text.charCodeAt(j - 1) === CR ? j - 1 : j;
                i = j;
            }
            if (end !== start || special !== undefined)
                allEmpty = false;
            if (inHeader)
                headerCells.push(special ?? text.slice(start, end));
            else if (field < width) {
                starts[field][row] = start;
                ends[field][row] = end;
                if (special !== undefined)
                    (state.special ??= new Map()).set(row * width + field, special);
            }
            else if (field === width) {
                extraStart = start;
                extraEnd = end;
                extraSpecial = special;
            }
            field++;
            if (i >= n)
                break; // end of text (final): end of record
            const c = text.charCodeAt(i);
            if (c === delimiter) {
                i++;
                if (i >= n && !final) {
                    complete = false;
                    break;
                }
                if (i >= n) {
                    // A trailing delimiter at end of file: one more empty field.
                    if (inHeader)
                        headerCells.push('');
                    else if (field < width) {
                        starts[field][row] = i;
                        ends[field][row] = i;
                    }
                    field++;
                    break;
                }
                continue;
            }
            if (c === CR) {
                // Only after a quoted field: an unquoted field already dropped the CR of its CRLF.
                if (i + 1 >= n && !final) {
                    complete = false;
                    break;
                }
                i++;
                if (i < n && text.charCodeAt(i) === LF)
                    i++;
            }
            else
                i++;
            break;
        }
        if (!complete) {
            if (inHeader)
                headerCells.length = 0;
            else if (state.special !== undefined)
                for (let k = 0; k < Math.min(field, width); k++)
                    state.special.delete(row * width + k);
            state.line = recordLine;
            return recordStart;
        }
        state.line = recordLine + embeddedLines + 1;
        state.rowNumber++;
        if (commentRows !== undefined && commentRows.has(state.rowNumber)) {
            if (inHeader)
                headerCells.length = 0;
            else if (state.special !== undefined)
                for (let k = 0; k < Math.min(field, width); k++)
                    state.special.delete(row * width + k);
            continue;
        }
        if (inHeader) {
            const cells = headerCells.slice();
            headerCells.length = 0;
            if (allEmpty && state.headerParts === undefined && state.headerRecords === 0)
                continue; // blank leading line
            const kind = headerRecord(state, cells, recordLine);
            if (kind === 'data') {
                // header: false — the first record is data: read it again, as a record.
                i = recordStart;
                state.line = recordLine;
                state.rowNumber--;
                nextDelimiter = nextLf = nextEscape = -2;
            }
            continue;
        }
        if (allEmpty) {
            // A blank row (an empty line, or only delimiters): reported, not a record.
            if (state.special !== undefined)
                for (let k = 0; k < Math.min(field, width); k++)
                    state.special.delete(row * width + k);
            (state.issues ??= []).push({ type: 'blank-row', row: state.rows + 1, line: recordLine, cells: field });
            continue;
        }
        if (field < width) {
            // Missing cells: empty, marked absent (read as missing values).
            const absent = (state.absent ??= new Set());
            for (let k = field; k < width; k++) {
                starts[k][row] = i;
                ends[k][row] = i;
                absent.add(row * width + k);
            }
            (state.issues ??= []).push({ type: 'missing-cell', row: state.rows + 1, line: recordLine, index: row, cells: field });
        }
        else if (field > width) {
            const cell = extraSpecial ?? text.slice(extraStart, extraEnd);
            (state.issues ??= []).push({ type: 'extra-cell', row: state.rows + 1, line: recordLine, index: row, cells: field, cell: cell.length > 200 ? `${cell.slice(0, 200)}…` : cell });
        }
        state.lines[row] = recordLine;
        state.batchRows++;
        state.rows++;
    }
    return n;
}
function countLf(text, from, to) {
    let count = 0;
    let at = text.indexOf('\n', from);
    while (at !== -1 && at < to) {
        count++;
        at = text.indexOf('\n', at + 1);
    }
    return count;
}
/** Wraps the header-then-batches generator as a TableStream. */
async function openCsvStream(chunks, options) {
    let headerLine = 1;
    const generator = readCsvBatches(chunks, options, (line) => (headerLine = line));
    const head = await generator.next();
    if (head.done || !Array.isArray(head.value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('is empty', { file: options.displayPath });
    const header = head.value;
    async function* batches() {
        for (;;) {
            const next = await generator.next();
            if (next.done)
                return;
            yield next.value;
        }
    }
    return {
        header, headerLine, batches: batches(), ...(options.dialect?.header === false ? { noHeader: true } : {}),
        close: async () => {
            await generator.return(undefined);
        },
    };
}
/**
 * Walks a field from `k` where `escape` makes the next character literal (an
 * escape as the text's last character ends the walk), and a doubled `doubled`
 * character (a quote; -1 for none) stands for one. `at` ends the walk on a
 * character: 'stop' there, 'more' (the text may go on: not stopped), or
 * undefined to go on. Returns the field up to `segment` decoded (`value`; the
 * rest, text[segment, end), is literal), where it ended, whether `at` stopped
 * it, whether anything was escaped, and how many escaped line feeds it holds.
 */
function walkEscaped(text, k, escape, doubled, at) {
    const n = text.length;
    let value = '';
    let segment = k;
    let escaped = false;
    let escapedLfs = 0;
    while (k < n) {
        const c = text.charCodeAt(k);
        if (c === escape) {
            if (k + 1 >= n)
                break;
            if (text.charCodeAt(k + 1) === LF)
                escapedLfs++;
            value += text.slice(segment, k) + text[k + 1];
            k += 2;
            segment = k;
            escaped = true;
            continue;
        }
        if (c === doubled && k + 1 < n && text.charCodeAt(k + 1) === doubled) {
            value += text.slice(segment, k + 1);
            k += 2;
            segment = k;
            escaped = true;
            continue;
        }
        const verdict = at(c, k);
        if (verdict === 'stop')
            return { value, segment, end: k, stopped: true, escaped, escapedLfs };
        if (verdict === 'more')
            break;
        k++;
    }
    return { value, segment, end: k, stopped: false, escaped, escapedLfs };
}


/***/ }),

/***/ 3548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ openByteStream),
/* harmony export */   PR: () => (/* binding */ checkReadableFile),
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   _6: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2005);
/* harmony import */ var _io_fs_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3565);
// Byte sources for data files: a checked, hashed, optionally gunzipped stream
// of Buffers. Every reader goes through here, so sha256, byte counts and the
// "this .gz is not gzip" / "this file is empty" errors live in one place.







// 120 KiB: large enough for native scanning, and small enough that a decoded
// chunk (and the chunk joined with the previous leftover) stays below V8's
// large-object threshold (128 KiB); larger chunks wait for a full GC and
// doubled peak RSS.
const CHUNK_BYTES = 120 * 1024;
/** Decides the format from the file name (`.csv`, `.tsv`, `.jsonl`, `.parquet`, each optionally `.gz`). */
function detectFormat(file, override) {
    const lower = file.path.toLowerCase();
    const gzip = lower.endsWith('.gz') || lower.endsWith('.gzip');
    const base = gzip ? lower.replace(/\.(gz|gzip)$/, '') : lower;
    let format = override;
    if (!format) {
        if (base.endsWith('.csv'))
            format = 'csv';
        else if (base.endsWith('.tsv') || base.endsWith('.tab'))
            format = 'tsv';
        else if (base.endsWith('.jsonl') || base.endsWith('.ndjson'))
            format = 'jsonl';
        else if (base.endsWith('.parquet') || base.endsWith('.pq'))
            format = 'parquet';
    }
    if (!format) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unknown data format: name it .csv, .tsv, .jsonl/.ndjson or .parquet (optionally .gz)', { file: file.display });
    }
    return { ...file, format, gzip };
}
/** Fails with a ConfigurationError unless the path is a non-empty regular file. */
async function checkReadableFile(file) {
    const { path, display: displayPath } = file;
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path);
        if (info.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('is a directory, not a data file', { file: displayPath });
        size = info.size;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1((0,_io_fs_error_js__WEBPACK_IMPORTED_MODULE_6__/* .describeFsError */ .T)(error), { file: displayPath });
    }
    if (size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('is empty', { file: displayPath });
    return size;
}
async function checkGzipMagic(info) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(info.path, 'r');
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        if (bytesRead < 2 || head[0] !== 0x1f || head[1] !== 0x8b) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('is named .gz but is not gzip-compressed', { file: info.display });
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * Streams a data file's (decompressed) bytes. The digest of the raw file is
 * complete once the iteration ends.
 */
async function openByteStream(info) {
    await checkReadableFile(info);
    if (info.gzip)
        await checkGzipMagic(info);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    let finished;
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(info.path, { highWaterMark: CHUNK_BYTES });
    // Hash in a pass-through (not a 'data' listener, which would switch the file
    // stream to flowing mode and buffer the whole file ahead of the parser).
    const hasher = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
        highWaterMark: CHUNK_BYTES,
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
        },
    });
    const stream = info.gzip
        ? raw.pipe(hasher).pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)({ chunkSize: CHUNK_BYTES }))
        : raw.pipe(hasher);
    raw.on('error', (error) => stream.destroy(error));
    if (info.gzip)
        hasher.on('error', (error) => stream.destroy(error));
    async function* iterate() {
        try {
            for await (const chunk of stream)
                yield chunk;
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1)
                throw error;
            const code = error.code ?? '';
            if (code.startsWith('Z_')) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`corrupt gzip data (${error.message})`, { file: info.display });
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1((0,_io_fs_error_js__WEBPACK_IMPORTED_MODULE_6__/* .describeFsError */ .T)(error), { file: info.display });
        }
        finally {
            raw.destroy();
        }
        finished = { sha256: hash.digest('hex'), bytes };
    }
    return {
        chunks: iterate(),
        digest: () => {
            if (!finished)
                throw new Error('digest requested before the stream was read to the end');
            return finished;
        },
    };
}
/** Streams UTF-8 text; undecodable bytes become a ConfigurationError naming the line. */
async function* decodeUtf8(chunks, displayPath) {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    let linesBefore = 0;
    for await (const chunk of chunks) {
        let text;
        try {
            text = decoder.decode(chunk, { stream: true });
        }
        catch {
            throw invalidUtf8Error(chunk, linesBefore, displayPath);
        }
        linesBefore += countNewlines(chunk);
        if (text.length > 0)
            yield text;
    }
    let rest;
    try {
        rest = decoder.decode();
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('is not valid UTF-8: the file ends inside a multi-byte character', { file: displayPath, line: linesBefore + 1 });
    }
    if (rest.length > 0)
        yield rest;
}
function countNewlines(buffer) {
    let count = 0;
    let at = buffer.indexOf(0x0a);
    while (at !== -1) {
        count++;
        at = buffer.indexOf(0x0a, at + 1);
    }
    return count;
}
function invalidUtf8Error(bytes, linesBefore, displayPath) {
    // Continuation bytes at the start belong to a character begun in the previous chunk.
    let skip = 0;
    while (skip < 3 && skip < bytes.length && (bytes[skip] & 0xc0) === 0x80)
        skip++;
    const found = firstInvalidUtf8(bytes.subarray(skip));
    const offset = found < 0 ? 0 : found + skip;
    const line = linesBefore + countNewlines(bytes.subarray(0, Math.max(0, offset))) + 1;
    const shown = offset >= 0 ? ` (byte 0x${bytes[offset].toString(16).padStart(2, '0')})` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`is not valid UTF-8${shown}; re-encode the file as UTF-8`, { file: displayPath, line });
}
/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need = 0;
        let min = 0;
        if (b < 0x80) {
            i++;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else
            return i;
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return -1;
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
