export const id = 104;
export const ids = [104,548];
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
/* harmony export */   sQ: () => (/* binding */ TextBatch),
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
/** A batch of a text table: cells as offsets into the chunk text, materialized as strings on first access. */
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkReadableFile: () => (/* binding */ checkReadableFile),
/* harmony export */   decodeUtf8: () => (/* binding */ decodeUtf8),
/* harmony export */   detectFormat: () => (/* binding */ detectFormat),
/* harmony export */   fileChunks: () => (/* binding */ fileChunks),
/* harmony export */   firstInvalidUtf8: () => (/* binding */ firstInvalidUtf8),
/* harmony export */   openByteStream: () => (/* binding */ openByteStream)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
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
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(path);
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
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.open)(info.path, 'r');
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
    // The digest of the raw bytes, as they pass: complete once the iteration ends.
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    let bytes = 0;
    let finished;
    const count = (chunk) => {
        hash.update(chunk);
        bytes += chunk.length;
    };
    const finish = () => {
        finished = { sha256: hash.digest('hex'), bytes };
    };
    const digest = () => {
        if (!finished)
            throw new Error('digest requested before the stream was read to the end');
        return finished;
    };
    if (!info.gzip) {
        const plain = async function* () {
            for await (const chunk of fileChunks(info.path, info.display)) {
                count(chunk);
                yield chunk;
            }
            finish();
        };
        return { chunks: plain(), digest };
    }
    // node:zlib loads only for a .gz (a few ms of every action's start otherwise).
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 19));
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(info.path, { highWaterMark: CHUNK_BYTES });
    // Hash in a pass-through (not a 'data' listener, which would switch the file
    // stream to flowing mode and buffer the whole file ahead of the parser).
    const hasher = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        highWaterMark: CHUNK_BYTES,
        transform(chunk, _encoding, done) {
            count(chunk);
            done(null, chunk);
        },
    });
    const stream = raw.pipe(hasher).pipe(createGunzip({ chunkSize: CHUNK_BYTES }));
    raw.on('error', (error) => stream.destroy(error));
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
        finish();
    }
    return { chunks: iterate(), digest };
}
/**
 * Bytes [start, end) of a file (to its end by default), read chunk by chunk
 * through a file handle with the next read in flight while a chunk is used:
 * a third less CPU than a read stream (no stream buffering, no ticks between
 * stages). A read error is one line naming the file.
 */
async function* fileChunks(path, display, start = 0, end = Infinity) {
    let handle;
    let next;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.open)(path, 'r');
        const file = handle;
        // One read in flight at a time, issued once the one before has come back (and before its chunk
        // is used): each starts where the bytes before really ended, so a short read loses nothing.
        let position = start;
        const read = () => {
            const length = Math.min(CHUNK_BYTES, end - position);
            if (length <= 0)
                return Promise.resolve(Buffer.alloc(0));
            const buffer = Buffer.allocUnsafe(length);
            return file.read(buffer, 0, length, position).then(({ bytesRead }) => {
                position += bytesRead;
                return buffer.subarray(0, bytesRead);
            });
        };
        next = read();
        for (;;) {
            const chunk = await next;
            if (chunk.length === 0)
                break;
            next = read();
            yield chunk;
        }
        next = undefined;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1((0,_io_fs_error_js__WEBPACK_IMPORTED_MODULE_6__/* .describeFsError */ .T)(error), { file: display });
    }
    finally {
        // Stopped early: a read may be in flight; close waits for it, and its outcome no longer matters.
        next?.catch(() => undefined);
        await handle?.close();
    }
}
/**
 * Streams UTF-8 text; undecodable bytes become a ConfigurationError naming the line.
 *
 * A chunk of ASCII bytes (checked with simdutf, tens of GB/s) is its own text:
 * it is copied into a one-byte string, as fast as memcpy. Node's TextDecoder
 * takes its fast path only for whole inputs; in streaming mode every chunk goes
 * through ICU's converter, about 1 GB/s, ~4 % of validating a typical CSV.
 * An ASCII chunk is safe only when no character is pending from the chunk
 * before (the decoder's last chunk ended on an ASCII byte, or there was none).
 * The decoder strips a byte order mark only at the very start of the text, so
 * one made after ASCII chunks keeps a mark met later.
 */
async function* decodeUtf8(chunks, displayPath) {
    let decoder;
    let pending = false;
    let started = false;
    let linesBefore = 0;
    for await (const chunk of chunks) {
        let text;
        if (!pending && (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(chunk))
            text = chunk.toString('latin1');
        else {
            decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: started });
            try {
                text = decoder.decode(chunk, { stream: true });
            }
            catch {
                throw invalidUtf8Error(chunk, linesBefore, displayPath);
            }
            pending = chunk.length > 0 ? chunk[chunk.length - 1] >= 0x80 : pending;
        }
        if (chunk.length > 0)
            started = true;
        linesBefore += countNewlines(chunk);
        if (text.length > 0)
            yield text;
    }
    let rest = '';
    try {
        if (decoder)
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


/***/ })

};
