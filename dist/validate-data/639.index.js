export const id = 639;
export const ids = [639,739];
export const modules = {

/***/ 3639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   receiveTable: () => (/* binding */ receiveTable),
/* harmony export */   sendTable: () => (/* binding */ sendTable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7213);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1739);
// A table read in one thread and checked in another: the reading thread
// (sendTable) inflates, decodes and parses a file — a gzip-compressed CSV,
// which cannot be split in byte ranges — and posts each batch over a
// MessagePort; the checking thread (receiveTable) gets an OpenTable whose
// batches are those, as if it had opened the file itself: the same header,
// cells, row issues, errors at the same point of the stream, and the file's
// digest once the batches end.
//
// What crosses: the batch's text (a string, copied — memcpy speed for the
// one-byte strings ASCII decodes to), its per-column offsets and line numbers
// (copied out of the reader's reused arrays, then moved, not copied), the
// cells that are not plain slices, the row issues. The reader runs at most
// WINDOW batches ahead of the checker (a credit per batch taken), so memory
// stays flat whichever side is slower.



/** Batches the reader may post before the checker has taken them. */
const WINDOW = 4;
const problemOf = (error) => error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1
    ? { problem: { reason: error.reason, file: error.file, line: error.line, key: error.key } }
    : { message: error?.stack ?? String(error) };
/**
 * The reading side: opens the table with `open` and posts it on `port` until
 * its end, an error, or the checker's close. A failure to open is posted too
 * (the checker reports it where it would have opened the file).
 */
async function sendTable(open, port) {
    let credits = WINDOW;
    let closed = false;
    let wake;
    port.on('message', (message) => {
        if (message.kind === 'more')
            credits++;
        else
            closed = true;
        wake?.();
    });
    let table;
    try {
        table = await open();
        port.postMessage({ kind: 'open', header: table.header, headerLine: table.headerLine, noHeader: table.noHeader, size: table.dataSize });
        for await (const batch of table.batches) {
            while (credits === 0 && !closed)
                await new Promise((resolve) => (wake = resolve));
            if (closed)
                break;
            credits--;
            const wire = toWire(batch);
            port.postMessage({ kind: 'batch', batch: wire }, [wire.lines.buffer, ...wire.starts.map((a) => a.buffer), ...wire.ends.map((a) => a.buffer)]);
        }
        // A break (the checker closed) has closed the table's stream, as a checker in this thread would.
        if (!closed)
            port.postMessage({ kind: 'end', digest: table.digest() });
    }
    catch (error) {
        port.postMessage({ kind: 'error', ...problemOf(error) });
    }
    finally {
        port.close();
    }
}
/** A text batch as it crosses: its offsets copied out of the reader's arrays, which the reader reuses. */
function toWire(batch) {
    const cells = batch.text;
    if (!cells)
        throw new Error('only text batches (CSV/TSV) are read in another thread');
    const n = batch.size;
    return {
        size: n,
        firstRow: batch.firstRow,
        lines: batch.lines instanceof Int32Array ? batch.lines.slice(0, n) : Int32Array.from(batch.lines ?? []),
        text: cells.text,
        delimiter: cells.delimiter,
        starts: cells.starts.map((column) => column.slice(0, n)),
        ends: cells.ends.map((column) => column.slice(0, n)),
        ...(cells.special && cells.special.size > 0 ? { special: new Map(cells.special) } : {}),
        ...(cells.absent && cells.absent.size > 0 ? { absent: new Set(cells.absent) } : {}),
        ...(batch.issues ? { issues: batch.issues } : {}),
    };
}
/**
 * The checking side: the table posted on `port`, opened as openTable opens
 * `info`'s file. `reading` is the reader's own completion (its thread's task):
 * if it fails without posting an error, the batches fail with it.
 */
async function receiveTable(info, port, reading) {
    const inbox = [];
    let wake;
    let lost;
    port.on('message', (message) => {
        inbox.push(message);
        wake?.();
    });
    // The reader posts its end or its error on the port; its task failing (its thread lost) is the other way to end.
    reading.catch((error) => {
        lost = error ?? new Error(`the reader of ${info.display} failed`);
        wake?.();
    });
    const next = async () => {
        while (inbox.length === 0) {
            if (lost !== undefined)
                throw lost;
            await new Promise((resolve) => (wake = resolve));
        }
        return inbox.shift();
    };
    const fail = (message) => {
        port.close();
        if (message.problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(message.problem.reason, { file: message.problem.file, line: message.problem.line, key: message.problem.key });
        throw new Error(`reading ${info.display} in another thread failed: ${message.message}`);
    };
    const opened = await next();
    if (opened.kind === 'error')
        return fail(opened);
    if (opened.kind !== 'open')
        throw new Error(`the reader of ${info.display} sent ${opened.kind} before the header`);
    let digest;
    let done = false;
    async function* batches() {
        try {
            for (;;) {
                const message = await next();
                if (message.kind === 'end') {
                    digest = message.digest;
                    done = true;
                    return;
                }
                if (message.kind === 'error')
                    fail(message);
                if (message.kind !== 'batch')
                    throw new Error(`the reader of ${info.display} sent ${message.kind} after the header`);
                port.postMessage({ kind: 'more' });
                yield fromWire(message.batch);
            }
        }
        finally {
            if (!done)
                port.postMessage({ kind: 'close' });
            port.close();
        }
    }
    return {
        info,
        header: opened.header,
        ...(opened.headerLine !== undefined ? { headerLine: opened.headerLine } : {}),
        ...(opened.noHeader ? { noHeader: true } : {}),
        batches: batches(),
        digest: () => {
            if (!digest)
                throw new Error('digest requested before the stream was read to the end');
            return digest;
        },
        estimateRows: (0,_table_js__WEBPACK_IMPORTED_MODULE_2__.rowEstimator)(opened.size),
        close: async () => {
            if (!done)
                port.postMessage({ kind: 'close' });
            port.close();
        },
    };
}
function fromWire(wire) {
    const cells = {
        text: wire.text,
        delimiter: wire.delimiter,
        starts: wire.starts,
        ends: wire.ends,
        special: wire.special,
        ...(wire.absent ? { absent: wire.absent } : {}),
    };
    return new _csv_js__WEBPACK_IMPORTED_MODULE_1__/* .TextBatch */ .sQ(cells, wire.size, wire.firstRow, wire.lines, wire.starts.length, wire.issues);
}


/***/ }),

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


/***/ })

};
