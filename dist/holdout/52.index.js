export const id = 52;
export const ids = [52];
export const modules = {

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
/* harmony export */   z: () => (/* binding */ openCsvStream)
/* harmony export */ });
/* unused harmony export readCsvBatches */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
/* harmony import */ var _batch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(177);
// The one CSV/TSV reader: streaming, RFC 4180 quoting (doubled quotes,
// embedded newlines), CRLF or LF, BOM, and the exact physical line on which
// every record starts. Cells are recorded as offsets into the decoded chunk
// (strings are made only when asked for). Ragged rows, unterminated quotes
// and duplicate header names are ConfigurationErrors naming file and line.


const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** A record longer than this is almost always an unterminated quote. */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;
/**
 * Parses CSV text chunks into column batches. The first yielded value is the
 * header; every further value is a batch of records.
 */
async function* readCsvBatches(chunks, options, onHeaderLine) {
    const delimiter = (options.delimiter ?? ',').charCodeAt(0);
    const file = options.displayPath;
    const state = {
        delimiter: String.fromCharCode(delimiter),
        line: 1, headerLine: 1, header: undefined, width: 0, rows: 0, batchRows: 0, capacity: 0,
        starts: [], ends: [], lines: new Int32Array(0), special: undefined, spare: undefined,
    };
    let leftover = '';
    let first = true;
    let headerYielded = false;
    for await (let text of chunks) {
        if (first) {
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            first = false;
        }
        const buffer = leftover.length > 0 ? leftover + text : text;
        const consumed = parseRecords(buffer, false, delimiter, state, file);
        leftover = consumed < buffer.length ? buffer.slice(consumed) : '';
        if (leftover.length > MAX_RECORD_CHARS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('a record is longer than 64 MiB: is a quoted field left unterminated?', { file, line: state.line });
        }
        if (state.header && !headerYielded) {
            headerYielded = true;
            onHeaderLine?.(state.headerLine);
            yield state.header;
        }
        if (state.batchRows > 0)
            yield takeBatch(state, buffer);
    }
    if (leftover.length > 0)
        parseRecords(leftover, true, delimiter, state, file);
    if (!state.header)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('is empty', { file });
    if (!headerYielded) {
        onHeaderLine?.(state.headerLine);
        yield state.header;
    }
    if (state.batchRows > 0)
        yield takeBatch(state, leftover);
    if (state.rows === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('has a header row but no data rows', { file, line: state.headerLine });
}
class TextBatch {
    text;
    size;
    firstRow;
    lines;
    width;
    materialized;
    constructor(text, size, firstRow, lines, width) {
        this.text = text;
        this.size = size;
        this.firstRow = firstRow;
        this.lines = lines;
        this.width = width;
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
    const batch = new TextBatch({ text, delimiter: state.delimiter, starts: state.starts.map((a) => a.subarray(0, n)), ends: state.ends.map((a) => a.subarray(0, n)), special: state.special }, n, state.rows - n + 1, state.lines.subarray(0, n), state.width);
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
    return batch;
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
function startHeader(state, cells, file) {
    const seen = new Map();
    cells.forEach((name, index) => {
        const before = seen.get(name);
        if (before !== undefined && name !== '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`duplicate column name "${name}" (columns ${before + 1} and ${index + 1})`, { file, line: state.headerLine });
        }
        seen.set(name, index);
    });
    state.header = cells;
    state.width = cells.length;
    allocate(state, 4096);
}
/**
 * Parses complete records from `text`, returning how many characters were
 * consumed; the rest is an incomplete record to be retried with more text.
 */
function parseRecords(text, final, delimiter, state, file) {
    const n = text.length;
    const delimiterChar = String.fromCharCode(delimiter);
    let nextDelimiter = -2;
    let nextLf = -2;
    let i = 0;
    const headerCells = [];
    while (i < n) {
        const recordStart = i;
        const recordLine = state.line;
        const inHeader = state.header === undefined;
        const width = inHeader ? Infinity : state.width;
        if (!inHeader && state.batchRows >= state.capacity)
            grow(state);
        const row = state.batchRows;
        const starts = state.starts;
        const ends = state.ends;
        let field = 0;
        let embeddedLines = 0;
        let lastWasQuoted = false;
        let lastEmpty = false;
        let complete = true;
        for (;;) {
            let start;
            let end;
            let special;
            if (i < n && text.charCodeAt(i) === QUOTE) {
                // Quoted field: find the closing quote that is not a doubled quote.
                let j = i + 1;
                let escaped = false;
                let close = -1;
                for (;;) {
                    const q = text.indexOf('"', j);
                    if (q === -1)
                        break;
                    if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
                        escaped = true;
                        j = q + 2;
                        continue;
                    }
                    if (q + 1 >= n && !final)
                        break;
                    close = q;
                    break;
                }
                if (close === -1) {
                    if (final) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('unterminated quoted field (the quote opened here is never closed)', {
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
                if (escaped)
                    special = text.slice(start, end).replaceAll('""', '"');
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
                lastWasQuoted = true;
            }
            else {
                // Unquoted field: native indexOf scans for the next delimiter and newline,
                // each position cached until passed, so every character is scanned once.
                if (nextDelimiter !== -1 && nextDelimiter < i)
                    nextDelimiter = text.indexOf(delimiterChar, i);
                if (nextLf !== -1 && nextLf < i)
                    nextLf = text.indexOf('\n', i);
                let j = nextDelimiter === -1 ? nextLf : nextLf === -1 ? nextDelimiter : nextDelimiter < nextLf ? nextDelimiter : nextLf;
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
                lastWasQuoted = false;
            }
            if (inHeader)
                headerCells.push(special ?? text.slice(start, end));
            else if (field < width) {
                starts[field][row] = start;
                ends[field][row] = end;
                if (special !== undefined)
                    (state.special ??= new Map()).set(row * width + field, special);
            }
            lastEmpty = end === start && special === undefined;
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
        if (inHeader) {
            if (headerCells.length === 1 && headerCells[0] === '' && !lastWasQuoted)
                continue; // blank leading line
            state.headerLine = recordLine;
            startHeader(state, headerCells.slice(), file);
            headerCells.length = 0;
            continue;
        }
        if (field !== width) {
            if (field === 1 && lastEmpty && !lastWasQuoted)
                continue; // a blank line: skipped, as pandas does
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`row has ${field} field${field === 1 ? '' : 's'}, but the header has ${width}`, {
                file,
                line: recordLine,
            });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('is empty', { file: options.displayPath });
    const header = head.value;
    async function* batches() {
        for (;;) {
            const next = await generator.next();
            if (next.done)
                return;
            yield next.value;
        }
    }
    return { header, headerLine, batches: batches() };
}


/***/ }),

/***/ 1052:
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
async function openJsonlStream(chunks, displayPath) {
    const records = jsonlRecords(chunks, displayPath);
    const first = await records.next();
    if (first.done)
        throw new errors/* ConfigurationError */.j('is empty', { file: displayPath });
    const header = Object.keys(first.value.record);
    if (header.length === 0)
        throw new errors/* ConfigurationError */.j('the first record is an empty object: no columns', { file: displayPath, line: first.value.line });
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
async function* jsonlRecords(chunks, file) {
    let leftover = '';
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
            throw new errors/* ConfigurationError */.j(`invalid JSON: ${error.message}`, { file, line: lineNumber });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* ConfigurationError */.j('each line must be a JSON object', { file, line: lineNumber });
        }
        return value;
    };
    for await (let text of chunks) {
        if (first) {
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            first = false;
        }
        const buffer = leftover + text;
        let start = 0;
        let end = buffer.indexOf('\n', start);
        while (end !== -1) {
            line++;
            const record = parse(buffer.slice(start, end), line);
            if (record)
                yield { record, line };
            start = end + 1;
            end = buffer.indexOf('\n', start);
        }
        leftover = buffer.slice(start);
    }
    if (leftover.length > 0) {
        line++;
        const record = parse(leftover, line);
        if (record)
            yield { record, line };
    }
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(2123);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(138);
;// CONCATENATED MODULE: ./build/shared/data/parquet.js
// Parquet reader on hyparquet (pure JS): one row group at a time, so memory
// is bounded by the largest row group. INT64 values that fit a double become
// numbers; timestamps and dates arrive as Date.



const MAGIC = 'PAR1';
function openParquetStream(buffer, displayPath) {
    if (buffer.length < 12 || buffer.toString('latin1', 0, 4) !== MAGIC || buffer.toString('latin1', buffer.length - 4) !== MAGIC) {
        throw new errors/* ConfigurationError */.j('is not a Parquet file (no PAR1 magic bytes)', { file: displayPath });
    }
    const arrayBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    let metadata;
    try {
        metadata = (0,src_metadata/* parquetMetadata */.m5)(arrayBuffer);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`is not a readable Parquet file: ${error.message}`, { file: displayPath });
    }
    const header = (0,src_metadata/* parquetSchema */.YR)(metadata).children.map((child) => child.element.name);
    if (Number(metadata.num_rows) === 0)
        throw new errors/* ConfigurationError */.j('has a schema but no rows', { file: displayPath });
    const file = { byteLength: arrayBuffer.byteLength, slice: (start, end) => arrayBuffer.slice(start, end) };
    async function* batches() {
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
                throw new errors/* ConfigurationError */.j(`cannot decode row group starting at row ${rowStart + 1}: ${error.message}`, { file: displayPath });
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
    return { header, batches: batches(), rowCount: Number(metadata.num_rows) };
}
function parquet_toCell(value) {
    if (value === undefined)
        return null;
    if (typeof value === 'bigint') {
        return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value;
    }
    return value;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./build/shared/config/load.js
var load = __webpack_require__(6783);
;// CONCATENATED MODULE: ./build/shared/data/source.js
// Byte sources for data files: a checked, hashed, optionally gunzipped stream
// of Buffers. Every reader goes through here, so sha256, byte counts and the
// "this .gz is not gzip" / "this file is empty" errors live in one place.







// 120 KiB: large enough for native scanning, and small enough that a decoded
// chunk (and the chunk joined with the previous leftover) stays below V8's
// large-object threshold (128 KiB); larger chunks wait for a full GC and
// doubled peak RSS.
const CHUNK_BYTES = 120 * 1024;
/** Decides the format from the file name (`.csv`, `.tsv`, `.jsonl`, `.parquet`, each optionally `.gz`). */
function detectFormat(path, displayPath = path, override) {
    const lower = path.toLowerCase();
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
        throw new errors/* ConfigurationError */.j('unknown data format: name it .csv, .tsv, .jsonl/.ndjson or .parquet (optionally .gz)', { file: displayPath });
    }
    return { path, displayPath, format, gzip };
}
/** Fails with a ConfigurationError unless the path is a non-empty regular file. */
async function checkReadableFile(path, displayPath) {
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (info.isDirectory())
            throw new errors/* ConfigurationError */.j('is a directory, not a data file', { file: displayPath });
        size = info.size;
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j)
            throw error;
        throw new errors/* ConfigurationError */.j((0,load/* describeFsError */.TQ)(error), { file: displayPath });
    }
    if (size === 0)
        throw new errors/* ConfigurationError */.j('is empty', { file: displayPath });
    return size;
}
async function checkGzipMagic(info) {
    const handle = await (0,promises_.open)(info.path, 'r');
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        if (bytesRead < 2 || head[0] !== 0x1f || head[1] !== 0x8b) {
            throw new errors/* ConfigurationError */.j('is named .gz but is not gzip-compressed', { file: info.displayPath });
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
    await checkReadableFile(info.path, info.displayPath);
    if (info.gzip)
        await checkGzipMagic(info);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    let finished;
    const raw = (0,external_node_fs_.createReadStream)(info.path, { highWaterMark: CHUNK_BYTES });
    // Hash in a pass-through (not a 'data' listener, which would switch the file
    // stream to flowing mode and buffer the whole file ahead of the parser).
    const hasher = new external_node_stream_.Transform({
        highWaterMark: CHUNK_BYTES,
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
        },
    });
    const stream = info.gzip
        ? raw.pipe(hasher).pipe((0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK_BYTES }))
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
            if (error instanceof errors/* ConfigurationError */.j)
                throw error;
            const code = error.code ?? '';
            if (code.startsWith('Z_')) {
                throw new errors/* ConfigurationError */.j(`corrupt gzip data (${error.message})`, { file: info.displayPath });
            }
            throw new errors/* ConfigurationError */.j((0,load/* describeFsError */.TQ)(error), { file: info.displayPath });
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
/** Reads a whole file (decompressed) into memory, for formats that need random access. */
async function readWholeFile(info) {
    const source = await openByteStream(info);
    const parts = [];
    for await (const chunk of source.chunks)
        parts.push(chunk);
    return { buffer: Buffer.concat(parts), digest: source.digest() };
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
        throw new errors/* ConfigurationError */.j('is not valid UTF-8: the file ends inside a multi-byte character', { file: displayPath, line: linesBefore + 1 });
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
    return new errors/* ConfigurationError */.j(`is not valid UTF-8${shown}; re-encode the file as UTF-8`, { file: displayPath, line });
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

;// CONCATENATED MODULE: ./build/shared/data/table.js
// openTable: one entry point for every tabular file, dispatching on format.






async function openTable(path, options = {}) {
    const info = detectFormat(path, options.displayPath ?? path, options.format);
    if (info.format === 'parquet') {
        const { buffer, digest } = await readWholeFile(info);
        if (buffer.length === 0)
            throw new errors/* ConfigurationError */.j('is empty', { file: info.displayPath });
        const stream = openParquetStream(buffer, info.displayPath);
        return { ...stream, info, digest: () => digest, estimateRows: () => stream.rowCount };
    }
    const source = await openByteStream(info);
    const text = decodeUtf8(source.chunks, info.displayPath);
    const stream = info.format === 'jsonl'
        ? await openJsonlStream(text, info.displayPath)
        : await (0,csv/* openCsvStream */.z)(text, { displayPath: info.displayPath, delimiter: info.format === 'tsv' ? '\t' : ',' });
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


/***/ })

};
