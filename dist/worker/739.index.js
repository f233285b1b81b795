export const id = 739;
export const ids = [739];
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


/***/ })

};
