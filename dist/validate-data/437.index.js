export const id = 437;
export const ids = [437];
export const modules = {

/***/ 1437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseShard: () => (/* reexport */ shard/* parseShard */.u),
  validateData: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/errors.js
var shared_errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/config/load.js
var load = __webpack_require__(6783);
;// CONCATENATED MODULE: ./build/shared/data/batch.js
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

;// CONCATENATED MODULE: ./build/shared/data/csv.js
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
function singleChar(value, key, file) {
    if (value === undefined)
        return -1;
    if (value.length !== 1)
        throw new shared_errors/* ConfigurationError */.j1(`dialect ${key} must be one character, not ${JSON.stringify(value)}`, { file });
    if (value === '\n' || value === '\r')
        throw new shared_errors/* ConfigurationError */.j1(`dialect ${key} cannot be a line break`, { file });
    return value.charCodeAt(0);
}
function commentPrefix(value, file) {
    if (value === undefined)
        return '';
    if (value === '' || /[\r\n]/.test(value))
        throw new shared_errors/* ConfigurationError */.j1('dialect commentChar must be one or more characters, without line breaks', { file });
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
        throw new shared_errors/* ConfigurationError */.j1('dialect headerRows must be row numbers from 1', { file });
    if (!noHeader && headerRows.length === 0)
        throw new shared_errors/* ConfigurationError */.j1('dialect headerRows is empty: set header: false for a file without a header', { file });
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
        throw new shared_errors/* ConfigurationError */.j1('dialect delimiter and quoteChar/escapeChar must differ', { file });
    let leftover = '';
    const pending = [];
    let pendingChars = 0;
    let first = true;
    let headerYielded = false;
    const tooLong = () => new shared_errors/* ConfigurationError */.j1(`a record is longer than ${Math.round(maxRecord / (1024 * 1024)) || maxRecord} ${maxRecord >= 1024 * 1024 ? 'MiB' : 'characters'} (the limit): is a quoted field left unterminated, or is this not a CSV file?`, { file, line: state.line });
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
        throw new shared_errors/* ConfigurationError */.j1(`ends after ${state.headerRecords} row${state.headerRecords === 1 ? '' : 's'}, before the header rows ${state.headerRows.join(', ')} (dialect headerRows)`, { file });
    }
    if (!state.header)
        throw new shared_errors/* ConfigurationError */.j1('is empty', { file });
    if (!headerYielded) {
        onHeaderLine?.(state.headerLine);
        yield state.header;
    }
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
        yield* seen;
        if (done)
            return;
        for (;;) {
            const next = await iterator.next();
            if (next.done)
                return;
            yield next.value;
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
                    column[r] = textCell(this.text, this.width, c, r);
                this.materialized.push(column);
            }
        }
        return this.materialized;
    }
}
function takeBatch(state, text) {
    const n = state.batchRows;
    const batch = new TextBatch({
        text, delimiter: state.delimiter, starts: state.starts.map((a) => a.subarray(0, n)), ends: state.ends.map((a) => a.subarray(0, n)),
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
    allocate(state, 4096);
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
                    let k = i + 1;
                    let value = '';
                    let segment = k;
                    let escaped = false;
                    while (k < n) {
                        const c = text.charCodeAt(k);
                        if (c === escape) {
                            if (k + 1 >= n)
                                break;
                            value += text.slice(segment, k) + text[k + 1];
                            k += 2;
                            segment = k;
                            escaped = true;
                            continue;
                        }
                        if (c === quote) {
                            if (doubleQuote && k + 1 < n && text.charCodeAt(k + 1) === quote) {
                                value += text.slice(segment, k + 1);
                                k += 2;
                                segment = k;
                                escaped = true;
                                continue;
                            }
                            if (k + 1 >= n && !final)
                                break;
                            close = k;
                            break;
                        }
                        k++;
                    }
                    if (close !== -1 && escaped)
                        special = value + text.slice(segment, close);
                }
                if (close === -1) {
                    if (final) {
                        throw new shared_errors/* ConfigurationError */.j1('unterminated quoted field (the quote opened here is never closed)', {
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
                        let k = i;
                        let value = '';
                        let segment = i;
                        let stop = false;
                        while (k < n) {
                            const c = text.charCodeAt(k);
                            if (c === escape) {
                                if (k + 1 >= n)
                                    break;
                                if (text.charCodeAt(k + 1) === LF)
                                    embeddedLines++;
                                value += text.slice(segment, k) + text[k + 1];
                                k += 2;
                                segment = k;
                                continue;
                            }
                            if (c === delimiter || c === LF) {
                                stop = true;
                                break;
                            }
                            k++;
                        }
                        if (!stop && !final) {
                            complete = false;
                            break;
                        }
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
        throw new shared_errors/* ConfigurationError */.j1('is empty', { file: options.displayPath });
    const header = head.value;
    async function* batches() {
        for (;;) {
            const next = await generator.next();
            if (next.done)
                return;
            yield next.value;
        }
    }
    return { header, headerLine, batches: batches(), ...(options.dialect?.header === false ? { noHeader: true } : {}) };
}

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
        throw new shared_errors/* ConfigurationError */.j1('is empty', { file: displayPath });
    const header = Object.keys(first.value.record);
    if (header.length === 0)
        throw new shared_errors/* ConfigurationError */.j1('the first record is an empty object: no columns', { file: displayPath, line: first.value.line });
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
            throw new shared_errors/* ConfigurationError */.j1(`invalid JSON: ${error.message}`, { file, line: lineNumber });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new shared_errors/* ConfigurationError */.j1('each line must be a JSON object', { file, line: lineNumber });
        }
        return value;
    };
    const tooLong = () => new shared_errors/* ConfigurationError */.j1(`line is longer than ${maxLine >= 1024 * 1024 ? `${Math.round(maxLine / (1024 * 1024))} MiB` : `${maxLine} characters`} (the limit for one JSON Lines record)`, { file, line: line + 1 });
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
        throw new shared_errors/* ConfigurationError */.j1('is not a Parquet file (no PAR1 magic bytes)', { file: displayPath });
    }
    const file = { byteLength: size, slice: (start, end) => readRange(start, end ?? size) };
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file);
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`is not a readable Parquet file: ${error.message}`, { file: displayPath });
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
                    throw new shared_errors/* ConfigurationError */.j1(`cannot decode row group starting at row ${rowStart + 1}: ${error.message}`, { file: displayPath });
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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
        throw new shared_errors/* ConfigurationError */.j1('unknown data format: name it .csv, .tsv, .jsonl/.ndjson or .parquet (optionally .gz)', { file: file.display });
    }
    return { ...file, format, gzip };
}
/** Fails with a ConfigurationError unless the path is a non-empty regular file. */
async function checkReadableFile(file) {
    const { path, display: displayPath } = file;
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (info.isDirectory())
            throw new shared_errors/* ConfigurationError */.j1('is a directory, not a data file', { file: displayPath });
        size = info.size;
    }
    catch (error) {
        if (error instanceof shared_errors/* ConfigurationError */.j1)
            throw error;
        throw new shared_errors/* ConfigurationError */.j1((0,load/* describeFsError */.TQ)(error), { file: displayPath });
    }
    if (size === 0)
        throw new shared_errors/* ConfigurationError */.j1('is empty', { file: displayPath });
    return size;
}
async function checkGzipMagic(info) {
    const handle = await (0,promises_.open)(info.path, 'r');
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        if (bytesRead < 2 || head[0] !== 0x1f || head[1] !== 0x8b) {
            throw new shared_errors/* ConfigurationError */.j1('is named .gz but is not gzip-compressed', { file: info.display });
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
            if (error instanceof shared_errors/* ConfigurationError */.j1)
                throw error;
            const code = error.code ?? '';
            if (code.startsWith('Z_')) {
                throw new shared_errors/* ConfigurationError */.j1(`corrupt gzip data (${error.message})`, { file: info.display });
            }
            throw new shared_errors/* ConfigurationError */.j1((0,load/* describeFsError */.TQ)(error), { file: info.display });
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
        throw new shared_errors/* ConfigurationError */.j1('is not valid UTF-8: the file ends inside a multi-byte character', { file: displayPath, line: linesBefore + 1 });
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
    return new shared_errors/* ConfigurationError */.j1(`is not valid UTF-8${shown}; re-encode the file as UTF-8`, { file: displayPath, line });
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






async function openTable(file, options = {}) {
    const info = detectFormat(file, options.format);
    if (info.format === 'parquet') {
        if (info.gzip) {
            // Parquet needs random access (footer first, then row groups): a .gz would have to be inflated whole.
            throw new shared_errors/* ConfigurationError */.j1('is gzip-compressed Parquet, which cannot be read by row group; decompress it (gunzip -k) — Parquet compresses its own pages (snappy, gzip, zstd), so the outer .gz saves little', { file: info.display });
        }
        const size = await checkReadableFile(info);
        const stream = await openParquetFile(info.path, size, info.display);
        return { ...stream, info, estimateRows: () => stream.rowCount };
    }
    const source = await openByteStream(info);
    const text = decodeUtf8(source.chunks, info.display);
    const stream = info.format === 'jsonl'
        ? await openJsonlStream(text, info.display)
        : await openCsvStream(text, { displayPath: info.display, dialect: options.dialect, delimiter: info.format === 'tsv' ? '\t' : undefined });
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

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/shared/io/user-file.js
var user_file = __webpack_require__(3349);
;// CONCATENATED MODULE: ./build/shared/data/paths.js
// Expanding user-given data paths: newline- or comma-separated paths and
// globs, relative to a base directory, deduplicated, in a stable order. Each
// match is a UserFile: a plain path keeps the name the user wrote, a glob
// match is named relative to the base directory.




async function expandPaths(patterns, baseDir, what = 'data') {
    const out = [];
    const seen = new Set();
    for (const pattern of patterns) {
        let matches;
        if ((0,dist/* isDynamicPattern */.ey)(pattern)) {
            const found = (await (0,dist/* glob */.TI)(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, dot: false })).sort();
            if (found.length === 0)
                throw new shared_errors/* ConfigurationError */.j1(`the ${what} pattern "${pattern}" matches no file`);
            matches = found.map((path) => (0,user_file/* foundFile */.X)(baseDir, path));
        }
        else
            matches = [(0,user_file/* userFile */.M)(baseDir, pattern)];
        for (const match of matches) {
            const path = (0,external_node_path_.resolve)(match.path);
            if (seen.has(path))
                continue;
            seen.add(path);
            out.push(match);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./build/shared/results/io.js
var io = __webpack_require__(3517);
;// CONCATENATED MODULE: ./build/shared/results/collect.js
// Collecting results documents for report and gate: every file the glob
// matches, read and checked; a document that does not parse is kept as a
// problem naming the file, never skipped silently. (Profiles written beside
// the results are recognised as such and left out.)



async function collectResults(patterns, baseDir) {
    const problems = [];
    let files = [];
    try {
        files = await expandPaths(patterns, baseDir, 'results');
    }
    catch (error) {
        if (!(error instanceof shared_errors/* ConfigurationError */.j1))
            throw error;
        problems.push(error);
    }
    const documents = [];
    for (const file of files) {
        try {
            const read = await (0,io/* readResultsFile */.B9)(file);
            if (read)
                documents.push(read);
        }
        catch (error) {
            if (!(error instanceof shared_errors/* ConfigurationError */.j1))
                throw error;
            problems.push(error);
        }
    }
    return { documents, problems };
}

// EXTERNAL MODULE: ./build/shared/results/schema.js + 3 modules
var results_schema = __webpack_require__(3314);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
;// CONCATENATED MODULE: ./build/shared/schema/geo.js
// Structure checks for the `geojson` type: a GeoJSON object as RFC 7946
// defines it (format `default`) or a TopoJSON object as its specification
// defines it (format `topojson`). Iterative over nesting only as deep as the
// grammar allows, so a hostile cell costs time linear in its size.
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A position: two or three numbers (RFC 7946 §3.1.1: more than three SHOULD NOT be used; both Frictionless implementations refuse them). */
function isPosition(v) {
    return Array.isArray(v) && v.length >= 2 && v.length <= 3 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
}
const isPositions = (v, min = 0) => Array.isArray(v) && v.length >= min && v.every(isPosition);
const isLineString = (v) => isPositions(v, 2);
/** A linear ring: four or more positions (RFC 7946 §3.1.6). */
const isPolygon = (v) => Array.isArray(v) && v.every((ring) => isPositions(ring, 4));
function isGeometry(v, depth = 0) {
    if (!isObject(v) || depth > 32)
        return false;
    const c = v.coordinates;
    switch (v.type) {
        case 'Point': return isPosition(c);
        case 'MultiPoint': return isPositions(c);
        case 'LineString': return isLineString(c);
        case 'MultiLineString': return Array.isArray(c) && c.every(isLineString);
        case 'Polygon': return isPolygon(c);
        case 'MultiPolygon': return Array.isArray(c) && c.every(isPolygon);
        case 'GeometryCollection': return Array.isArray(v.geometries) && v.geometries.every((g) => isGeometry(g, depth + 1));
        default: return false;
    }
}
function isFeature(v) {
    return isObject(v) && v.type === 'Feature' && 'geometry' in v && (v.geometry === null || isGeometry(v.geometry))
        && 'properties' in v && (v.properties === null || isObject(v.properties));
}
function isGeoJson(v) {
    if (!isObject(v))
        return false;
    if (v.bbox !== undefined && !(Array.isArray(v.bbox) && v.bbox.length >= 4 && v.bbox.every((n) => typeof n === 'number')))
        return false;
    if (v.type === 'Feature')
        return isFeature(v);
    if (v.type === 'FeatureCollection')
        return Array.isArray(v.features) && v.features.every(isFeature);
    return isGeometry(v);
}
const isIntegers = (v) => Array.isArray(v) && v.every((n) => Number.isInteger(n));
const isIntegers2 = (v) => Array.isArray(v) && v.every(isIntegers);
function isTopoGeometry(v, depth = 0) {
    if (!isObject(v) || depth > 32)
        return false;
    if (v.properties !== undefined && !isObject(v.properties))
        return false;
    switch (v.type) {
        case 'Point': return isPosition(v.coordinates);
        case 'MultiPoint': return isPositions(v.coordinates);
        case 'LineString': return isIntegers(v.arcs);
        case 'MultiLineString':
        case 'Polygon': return isIntegers2(v.arcs);
        case 'MultiPolygon': return Array.isArray(v.arcs) && v.arcs.every(isIntegers2);
        case 'GeometryCollection': return Array.isArray(v.geometries) && v.geometries.every((g) => isTopoGeometry(g, depth + 1));
        case null: return true;
        default: return false;
    }
}
/** A TopoJSON Topology (objects and arcs) or a TopoJSON geometry object. */
function isTopoJson(v) {
    if (!isObject(v))
        return false;
    if (v.type === 'Topology') {
        if (!isObject(v.objects) || !Array.isArray(v.arcs))
            return false;
        if (!v.arcs.every((arc) => isPositions(arc)))
            return false;
        const objects = Object.values(v.objects);
        return objects.length > 0 && objects.every((g) => isTopoGeometry(g));
    }
    return isTopoGeometry(v);
}
const WKT_TYPES = new Set([
    'POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING', 'MULTIPOLYGON', 'GEOMETRYCOLLECTION', 'CIRCULARSTRING',
    'COMPOUNDCURVE', 'CURVEPOLYGON', 'MULTICURVE', 'MULTISURFACE', 'CURVE', 'SURFACE', 'POLYHEDRALSURFACE', 'TIN', 'TRIANGLE',
]);
/**
 * `format: wkt` (a frictionless-py extension): Well-Known Text syntax — a
 * geometry keyword, optional Z/M/ZM, then EMPTY or balanced parenthesised
 * lists of 2–4 coordinates or nested geometries. Syntax only, one pass.
 */
function isWkt(text) {
    const tokens = text.match(/[A-Za-z]+|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[(),]|\S/g);
    if (!tokens)
        return false;
    let i = 0;
    const word = () => (i < tokens.length && /^[A-Za-z]+$/.test(tokens[i]) ? tokens[i].toUpperCase() : undefined);
    const isNumber = (t) => t !== undefined && /^[+-]?(?:\d|\.\d)/.test(t);
    const geometry = (depth) => {
        const type = word();
        if (type === undefined || !WKT_TYPES.has(type) || depth > 32)
            return false;
        i++;
        const dims = word();
        if (dims === 'Z' || dims === 'M' || dims === 'ZM')
            i++;
        if (word() === 'EMPTY') {
            i++;
            return true;
        }
        return list(depth + 1);
    };
    const list = (depth) => {
        if (tokens[i] !== '(' || depth > 32)
            return false;
        i++;
        for (;;) {
            const t = tokens[i];
            if (t === '(') {
                if (!list(depth + 1))
                    return false;
            }
            else if (word() === 'EMPTY')
                i++;
            else if (word() !== undefined) {
                if (!geometry(depth + 1))
                    return false;
            }
            else if (isNumber(t)) {
                let n = 0;
                while (isNumber(tokens[i])) {
                    i++;
                    n++;
                }
                if (n < 2 || n > 4)
                    return false;
            }
            else
                return false;
            if (tokens[i] === ',')
                i++;
            else if (tokens[i] === ')') {
                i++;
                return true;
            }
            else
                return false;
        }
    };
    return geometry(0) && i === tokens.length;
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./build/shared/schema/jsonschema.js
// The `jsonSchema` constraint (Table Schema v2, on array and object fields): a
// JSON Schema validator for the keywords a field constraint uses, written
// here so the bundle stays small and the time per cell is bounded (no
// user-supplied regex runs in a backtracking engine: `pattern` uses RE2).
//
// Supported: type, enum, const, properties, required, additionalProperties,
// patternProperties, propertyNames, minProperties, maxProperties,
// dependentRequired, items (schema or tuple), prefixItems, additionalItems,
// contains, minItems, maxItems, uniqueItems, minLength, maxLength, pattern,
// minimum, maximum, exclusiveMinimum, exclusiveMaximum (draft-4 booleans and
// later numbers), multipleOf, allOf, anyOf, oneOf, not, if/then/else, and
// local $ref (`#`, `#/definitions/…`, `#/$defs/…`). Other keywords (format,
// title, $id, …) are annotations and ignored, as JSON Schema allows.

class JsonSchemaError extends Error {
}
const MAX_DEPTH = 256;
/** Compiles a JSON Schema into a validator; throws JsonSchemaError when the schema itself is malformed. */
function compileJsonSchema(root) {
    if (typeof root !== 'boolean' && (root === null || typeof root !== 'object' || Array.isArray(root))) {
        throw new JsonSchemaError('a JSON Schema is an object or a boolean');
    }
    const patterns = new Map();
    const regex = (source) => {
        if (typeof source !== 'string')
            throw new JsonSchemaError('pattern must be a string');
        let re = patterns.get(source);
        if (!re) {
            try {
                re = build/* RE2JS */.L3.compile(source);
            }
            catch (error) {
                throw new JsonSchemaError(`invalid pattern ${JSON.stringify(source)}: ${error.message}`);
            }
            patterns.set(source, re);
        }
        return re;
    };
    const resolve = (ref) => {
        if (typeof ref !== 'string' || !ref.startsWith('#'))
            throw new JsonSchemaError(`only local $ref ("#/…") is supported, not ${JSON.stringify(ref)}`);
        let node = root;
        for (const raw of ref.slice(1).split('/').slice(1)) {
            const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
            node = node !== null && typeof node === 'object' ? node[part] : undefined;
        }
        if (typeof node !== 'boolean' && (node === null || typeof node !== 'object'))
            throw new JsonSchemaError(`$ref ${JSON.stringify(ref)} does not point into the schema`);
        return node;
    };
    // Check the schema once: every pattern compiles, every $ref resolves.
    const seen = new Set();
    const precheck = (node) => {
        if (node === null || typeof node !== 'object' || seen.has(node))
            return;
        seen.add(node);
        if (Array.isArray(node))
            return node.forEach(precheck);
        const s = node;
        if ('pattern' in s)
            regex(s.pattern);
        if ('$ref' in s)
            resolve(s.$ref);
        if (s.patternProperties && typeof s.patternProperties === 'object')
            for (const p of Object.keys(s.patternProperties))
                regex(p);
        for (const [key, value] of Object.entries(s))
            if (key !== 'enum' && key !== 'const')
                precheck(value);
    };
    precheck(root);
    const validate = (schema, value, depth) => {
        if (schema === true)
            return true;
        if (schema === false)
            return false;
        if (depth > MAX_DEPTH)
            return false;
        const s = schema;
        const sub = (x, v) => validate(x, v, depth + 1);
        if (s.$ref !== undefined && !sub(resolve(s.$ref), value))
            return false;
        if (s.type !== undefined) {
            const types = Array.isArray(s.type) ? s.type : [s.type];
            if (!types.some((t) => hasType(value, t)))
                return false;
        }
        if (s.enum !== undefined && !s.enum.some((option) => deepEqual(option, value)))
            return false;
        if ('const' in s && !deepEqual(s.const, value))
            return false;
        if (s.allOf !== undefined && !s.allOf.every((x) => sub(x, value)))
            return false;
        if (s.anyOf !== undefined && !s.anyOf.some((x) => sub(x, value)))
            return false;
        if (s.oneOf !== undefined && s.oneOf.filter((x) => sub(x, value)).length !== 1)
            return false;
        if (s.not !== undefined && sub(s.not, value))
            return false;
        if (s.if !== undefined) {
            if (sub(s.if, value)) {
                if (s.then !== undefined && !sub(s.then, value))
                    return false;
            }
            else if (s.else !== undefined && !sub(s.else, value))
                return false;
        }
        if (typeof value === 'number') {
            if (typeof s.minimum === 'number' && (s.exclusiveMinimum === true ? value <= s.minimum : value < s.minimum))
                return false;
            if (typeof s.maximum === 'number' && (s.exclusiveMaximum === true ? value >= s.maximum : value > s.maximum))
                return false;
            if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum)
                return false;
            if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum)
                return false;
            if (typeof s.multipleOf === 'number' && s.multipleOf > 0) {
                const q = value / s.multipleOf;
                if (Math.abs(q - Math.round(q)) > 1e-9 * Math.max(1, Math.abs(q)))
                    return false;
            }
        }
        else if (typeof value === 'string') {
            if (typeof s.minLength === 'number' || typeof s.maxLength === 'number') {
                const length = [...value].length;
                if (typeof s.minLength === 'number' && length < s.minLength)
                    return false;
                if (typeof s.maxLength === 'number' && length > s.maxLength)
                    return false;
            }
            if (s.pattern !== undefined && !regex(s.pattern).test(value))
                return false;
        }
        else if (Array.isArray(value)) {
            if (typeof s.minItems === 'number' && value.length < s.minItems)
                return false;
            if (typeof s.maxItems === 'number' && value.length > s.maxItems)
                return false;
            if (s.uniqueItems === true && new Set(value.map(canonical)).size !== value.length)
                return false;
            let prefix = 0;
            const tuple = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : undefined;
            if (tuple) {
                prefix = Math.min(tuple.length, value.length);
                for (let i = 0; i < prefix; i++)
                    if (!sub(tuple[i], value[i]))
                        return false;
                const rest = Array.isArray(s.items) ? s.additionalItems : s.items;
                if (rest !== undefined)
                    for (let i = prefix; i < value.length; i++)
                        if (!sub(rest, value[i]))
                            return false;
            }
            else if (s.items !== undefined) {
                for (const item of value)
                    if (!sub(s.items, item))
                        return false;
            }
            if (s.contains !== undefined) {
                const count = value.filter((item) => sub(s.contains, item)).length;
                const min = typeof s.minContains === 'number' ? s.minContains : 1;
                if (count < min || (typeof s.maxContains === 'number' && count > s.maxContains))
                    return false;
            }
        }
        else if (value !== null && typeof value === 'object') {
            const object = value;
            const keys = Object.keys(object);
            if (typeof s.minProperties === 'number' && keys.length < s.minProperties)
                return false;
            if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties)
                return false;
            if (Array.isArray(s.required) && !s.required.every((k) => Object.hasOwn(object, k)))
                return false;
            if (s.dependentRequired && typeof s.dependentRequired === 'object') {
                for (const [k, needs] of Object.entries(s.dependentRequired)) {
                    if (Object.hasOwn(object, k) && !needs.every((n) => Object.hasOwn(object, n)))
                        return false;
                }
            }
            const properties = (s.properties ?? {});
            const patternProperties = (s.patternProperties ?? {});
            for (const key of keys) {
                let matched = false;
                if (Object.hasOwn(properties, key)) {
                    matched = true;
                    if (!sub(properties[key], object[key]))
                        return false;
                }
                for (const [p, x] of Object.entries(patternProperties)) {
                    if (regex(p).test(key)) {
                        matched = true;
                        if (!sub(x, object[key]))
                            return false;
                    }
                }
                if (!matched && s.additionalProperties !== undefined && !sub(s.additionalProperties, object[key]))
                    return false;
                if (s.propertyNames !== undefined && !sub(s.propertyNames, key))
                    return false;
            }
        }
        return true;
    };
    return (value) => validate(root, value, 0);
}
function hasType(value, type) {
    switch (type) {
        case 'null': return value === null;
        case 'boolean': return typeof value === 'boolean';
        case 'number': return typeof value === 'number';
        case 'integer': return typeof value === 'number' && Number.isInteger(value);
        case 'string': return typeof value === 'string';
        case 'array': return Array.isArray(value);
        case 'object': return value !== null && typeof value === 'object' && !Array.isArray(value);
        default: return false;
    }
}
/** JSON equality, iterative (values may nest deeply). */
function deepEqual(a, b) {
    const stack = [[a, b]];
    while (stack.length > 0) {
        const [x, y] = stack.pop();
        if (x === y)
            continue;
        if (typeof x !== typeof y || x === null || y === null || typeof x !== 'object')
            return false;
        if (Array.isArray(x) !== Array.isArray(y))
            return false;
        if (Array.isArray(x)) {
            const yy = y;
            if (x.length !== yy.length)
                return false;
            for (let i = 0; i < x.length; i++)
                stack.push([x[i], yy[i]]);
        }
        else {
            const kx = Object.keys(x), ky = Object.keys(y);
            if (kx.length !== ky.length)
                return false;
            for (const k of kx) {
                if (!Object.hasOwn(y, k))
                    return false;
                stack.push([x[k], y[k]]);
            }
        }
    }
    return true;
}
/** A key equal for JSON-equal values (object keys sorted), for uniqueItems in linear time. */
function canonical(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'undefined';
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    const object = value;
    return `{${Object.keys(object).sort().map((k) => `${JSON.stringify(k)}:${canonical(object[k])}`).join(',')}}`;
}

;// CONCATENATED MODULE: ./build/shared/schema/pattern.js
// The `pattern` constraint: an XML Schema regular expression matched against
// the whole value in time linear in the cell. The pattern is parsed here (XML
// Schema syntax, plus the `^`/`$`, `(?:…)` and `\uXXXX` that Python and
// JavaScript users write) and emitted twice: for RE2 (re2js, linear time,
// always safe) and for V8 when the pattern provably cannot backtrack more than
// a constant factor per character — then the validator can match it in place
// in the chunk text, which is several times faster.

class PatternSyntaxError extends Error {
}
const CATEGORIES = new Set([
    'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
    'Z', 'Zs', 'Zl', 'Zp', 'S', 'Sm', 'Sc', 'Sk', 'So', 'C', 'Cc', 'Cf', 'Co', 'Cn',
]);
// XML 1.0 (fifth edition) NameStartChar and NameChar, for \i and \c.
const NAME_START = [
    [0x3a, 0x3a], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x2ff], [0x370, 0x37d], [0x37f, 0x1fff],
    [0x200c, 0x200d], [0x2070, 0x218f], [0x2c00, 0x2fef], [0x3001, 0xd7ff], [0xf900, 0xfdcf], [0xfdf0, 0xfffd], [0x10000, 0xeffff],
];
const NAME_CHAR = [...NAME_START, [0x2d, 0x2e], [0x30, 0x39], [0xb7, 0xb7], [0x300, 0x36f], [0x203f, 0x2040]];
const MAX_REPEAT = 1000;
const set = (ranges, negated = false, props = [], complements = []) => ({ kind: 'set', negated, ranges, props, complements });
class Parser {
    src;
    i = 0;
    constructor(src) {
        this.src = src;
    }
    parse() {
        const node = this.alternation();
        if (this.i < this.src.length)
            this.fail(this.src[this.i] === ')' ? 'unbalanced ")"' : `unexpected "${this.src[this.i]}"`);
        return node;
    }
    fail(message) {
        throw new PatternSyntaxError(`${message} at position ${this.i + 1}`);
    }
    peek() {
        return this.src[this.i];
    }
    alternation() {
        const branches = [this.sequence()];
        while (this.peek() === '|') {
            this.i++;
            branches.push(this.sequence());
        }
        return branches.length === 1 ? branches[0] : { kind: 'alt', branches };
    }
    sequence() {
        const items = [];
        while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
            const atom = this.atom();
            items.push(this.quantified(atom));
        }
        return items.length === 0 ? { kind: 'empty' } : items.length === 1 ? items[0] : { kind: 'seq', items };
    }
    quantified(atom) {
        let node = atom;
        for (;;) {
            const c = this.peek();
            let min, max;
            if (c === '?')
                [min, max] = [0, 1];
            else if (c === '*')
                [min, max] = [0, Infinity];
            else if (c === '+')
                [min, max] = [1, Infinity];
            else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.i))) {
                const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
                min = Number(m[1]);
                max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
                if (max < min)
                    this.fail(`quantifier {${m[1]},${m[3]}} has its maximum below its minimum`);
                if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT))
                    this.fail(`repetition counts above ${MAX_REPEAT} are not supported`);
                this.i += m[0].length - 1;
            }
            else
                return node;
            this.i++;
            if (node.kind === 'anchor' || node.kind === 'empty')
                this.fail('nothing to repeat');
            if (node.kind === 'repeat' && this.src[this.i - 1] === '?') {
                // A lazy quantifier (`*?`): the same language when the whole value must match.
                continue;
            }
            if (node.kind === 'repeat')
                this.fail('a quantifier cannot follow another quantifier');
            node = { kind: 'repeat', body: node, min, max };
        }
    }
    atom() {
        const c = this.src[this.i];
        if (c === '(') {
            this.i++;
            if (this.peek() === '?') {
                const rest = this.src.slice(this.i);
                if (rest.startsWith('?:'))
                    this.i += 2;
                else if (/^\?P?<[A-Za-z_][A-Za-z0-9_]*>/.test(rest))
                    this.i += /^\?P?<[A-Za-z_][A-Za-z0-9_]*>/.exec(rest)[0].length;
                else if (/^\?(=|!|<=|<!)/.test(rest))
                    this.fail('lookahead and lookbehind are not part of XML Schema regular expressions (and cannot be matched in linear time)');
                else
                    this.fail('unsupported group syntax "(?"');
            }
            const body = this.alternation();
            if (this.peek() !== ')')
                this.fail('missing ")"');
            this.i++;
            return { kind: 'group', body };
        }
        if (c === ')')
            this.fail('unbalanced ")"');
        if (c === '[')
            return this.charClass();
        if (c === '.') {
            this.i++;
            return set([[0x0a, 0x0a], [0x0d, 0x0d]], true);
        }
        if (c === '^' || c === '$') {
            this.i++;
            return { kind: 'anchor', which: c };
        }
        if (c === '*' || c === '+' || c === '?')
            this.fail('nothing to repeat');
        if (c === '\\')
            return this.escape(false);
        const cp = this.src.codePointAt(this.i);
        this.i += cp > 0xffff ? 2 : 1;
        return set([[cp, cp]]);
    }
    /** After a backslash: a single character (as a set of one), or a multi-character escape. */
    escape(inClass) {
        this.i++;
        const c = this.src[this.i];
        if (c === undefined)
            this.fail('pattern ends with a backslash');
        this.i++;
        const one = (cp) => set([[cp, cp]]);
        switch (c) {
            case 'n': return one(0x0a);
            case 'r': return one(0x0d);
            case 't': return one(0x09);
            case 's': return set([[0x20, 0x20], [0x09, 0x0a], [0x0d, 0x0d]]);
            case 'S': return set([[0x20, 0x20], [0x09, 0x0a], [0x0d, 0x0d]], true);
            case 'd': return set([], false, ['Nd']);
            case 'D': return set([], false, ['^Nd']);
            case 'w': return set([], false, [], [['P', 'Z', 'C']]);
            case 'W': return set([], false, ['P', 'Z', 'C']);
            case 'i': return set(NAME_START);
            case 'I': return set(NAME_START, true);
            case 'c': return set(NAME_CHAR);
            case 'C': return set(NAME_CHAR, true);
            case 'p':
            case 'P': {
                const m = /^\{([A-Za-z0-9_-]+)\}/.exec(this.src.slice(this.i));
                if (!m)
                    this.fail(`\\${c} needs a category in braces, e.g. \\${c}{Lu}`);
                this.i += m[0].length;
                const name = m[1];
                if (name.startsWith('Is'))
                    this.fail(`Unicode block escapes such as \\${c}{${name}} are not supported; write the block as a range, e.g. [\\u0000-\\u007F]`);
                if (!CATEGORIES.has(name))
                    this.fail(`unknown Unicode category "${name}"`);
                return set([], false, [c === 'p' ? name : `^${name}`]);
            }
            case 'u': {
                const m = /^(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{4}))/.exec(this.src.slice(this.i));
                if (!m)
                    this.fail('\\u needs four hexadecimal digits');
                this.i += m[0].length;
                return one(parseInt(m[1] ?? m[2], 16));
            }
            case 'x': {
                const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
                if (!m)
                    this.fail('\\x needs two hexadecimal digits');
                this.i += 2;
                return one(parseInt(m[0], 16));
            }
            default:
                if (/[0-9]/.test(c))
                    this.fail('back-references are not part of XML Schema regular expressions (and cannot be matched in linear time)');
                if (/[A-Za-z]/.test(c))
                    this.fail(`\\${c} is not an XML Schema regular expression escape`);
                // Any escaped punctuation or symbol stands for itself (XML Schema escapes .\?*+{}()[]|-^; `\/` and the like are harmless).
                void inClass;
                return one(this.src.codePointAt(this.i - 1));
        }
    }
    charClass() {
        this.i++;
        const negated = this.peek() === '^';
        if (negated)
            this.i++;
        const out = set([], negated);
        let first = true;
        for (;;) {
            const c = this.peek();
            if (c === undefined)
                this.fail('missing "]"');
            if (c === ']' && !first) {
                this.i++;
                break;
            }
            if (c === '-' && this.src[this.i + 1] === '[')
                this.fail('character class subtraction ([a-z-[aeiou]]) is not supported; list the remaining characters instead');
            if (c === '[')
                this.fail('a "[" inside a character class must be escaped as \\[');
            first = false;
            const lo = this.classAtom();
            if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.src[this.i + 1] !== '[' && this.src[this.i + 1] !== undefined) {
                this.i++;
                const hi = this.classAtom();
                const a = single(lo), b = single(hi);
                if (a === undefined || b === undefined)
                    this.fail('a range in a character class needs single characters at both ends');
                if (b < a)
                    this.fail('character class range out of order');
                out.ranges.push([a, b]);
            }
            else {
                out.ranges.push(...lo.ranges.filter(() => !lo.negated));
                if (lo.negated) {
                    // \S, \I, \C inside a class: the complement of their ranges, as ranges.
                    out.ranges.push(...complementRanges(lo.ranges));
                }
                out.props.push(...lo.props);
                out.complements.push(...lo.complements);
            }
        }
        if (negated && out.complements.length > 0)
            this.fail('\\w inside a negated character class is not supported; use \\W outside the class');
        return out;
    }
    classAtom() {
        if (this.peek() === '\\')
            return this.escape(true);
        const cp = this.src.codePointAt(this.i);
        this.i += cp > 0xffff ? 2 : 1;
        return set([[cp, cp]]);
    }
}
function single(s) {
    return !s.negated && s.props.length === 0 && s.complements.length === 0 && s.ranges.length === 1 && s.ranges[0][0] === s.ranges[0][1] ? s.ranges[0][0] : undefined;
}
function complementRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    let next = 0;
    for (const [lo, hi] of sorted) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = Math.max(next, hi + 1);
    }
    if (next <= 0x10ffff)
        out.push([next, 0x10ffff]);
    return out;
}
function emitChar(cp, dialect) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a))
        return String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase();
    return dialect === 'js' ? `\\u{${hex}}` : `\\x{${hex}}`;
}
function emitSetBody(s, dialect) {
    let body = '';
    for (const [lo, hi] of s.ranges)
        body += lo === hi ? emitChar(lo, dialect) : `${emitChar(lo, dialect)}-${emitChar(hi, dialect)}`;
    for (const p of s.props)
        body += p.startsWith('^') ? `\\P{${p.slice(1)}}` : `\\p{${p}}`;
    return body;
}
function emitSet(s, dialect) {
    const body = emitSetBody(s, dialect);
    const complements = s.complements.map((c) => `[^${c.map((p) => `\\p{${p}}`).join('')}]`);
    if (complements.length === 0)
        return body === '' ? (s.negated ? '[\\s\\S]' : '[^\\s\\S]') : `[${s.negated ? '^' : ''}${body}]`;
    const parts = body === '' ? complements : [`[${body}]`, ...complements];
    return parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
}
function emit(node, dialect) {
    switch (node.kind) {
        case 'empty': return '';
        case 'set': return emitSet(node, dialect);
        case 'anchor': return node.which;
        case 'seq': return node.items.map((n) => emit(n, dialect)).join('');
        case 'alt': return node.branches.map((n) => emit(n, dialect)).join('|');
        case 'group': return `(?:${emit(node.body, dialect)})`;
        case 'repeat': {
            const body = node.body.kind === 'set' || node.body.kind === 'group' ? emit(node.body, dialect) : `(?:${emit(node.body, dialect)})`;
            const q = node.min === 0 && node.max === Infinity ? '*' : node.min === 1 && node.max === Infinity ? '+' : node.min === 0 && node.max === 1 ? '?'
                : node.max === Infinity ? `{${node.min},}` : node.min === node.max ? `{${node.min}}` : `{${node.min},${node.max}}`;
            return body + q;
        }
    }
}
/**
 * How much a backtracking matcher may explore: `branching` bounds the ways a
 * fixed-length stretch can be matched, `unbounded` counts the unbounded
 * quantifiers on a path. With at most one unbounded quantifier, each on a
 * single character set, and little branching, an anchored match costs
 * O(n · branching · pattern length), so V8 may run it.
 */
function cost(node) {
    switch (node.kind) {
        case 'empty':
        case 'set':
        case 'anchor':
            return { branching: 1, unbounded: 0 };
        case 'group':
            return cost(node.body);
        case 'seq': {
            let branching = 1, unbounded = 0;
            for (const item of node.items) {
                const c = cost(item);
                branching *= c.branching;
                unbounded += c.unbounded;
            }
            return { branching, unbounded };
        }
        case 'alt': {
            let branching = 0, unbounded = 0;
            for (const b of node.branches) {
                const c = cost(b);
                branching += c.branching;
                unbounded = Math.max(unbounded, c.unbounded);
            }
            return { branching, unbounded };
        }
        case 'repeat': {
            const body = cost(node.body);
            if (node.max === Infinity) {
                return node.body.kind === 'set' ? { branching: 1, unbounded: 1 } : { branching: Infinity, unbounded: Infinity };
            }
            return { branching: body.branching ** node.max * (node.max - node.min + 1), unbounded: body.unbounded * node.max };
        }
    }
}
const SAFE_BRANCHING = 64;
const MAX_PATTERN_LENGTH = 10_000;
/** Compiles an XML Schema pattern for a whole-value match; throws PatternSyntaxError with a readable reason. */
function compilePattern(source) {
    if (source.length > MAX_PATTERN_LENGTH)
        throw new PatternSyntaxError(`patterns longer than ${MAX_PATTERN_LENGTH} characters are not supported`);
    const ast = new Parser(source).parse();
    let re2;
    try {
        re2 = build/* RE2JS */.L3.compile(`(?:${emit(ast, 're2')})`);
    }
    catch (error) {
        throw new PatternSyntaxError(error.message);
    }
    const c = cost(ast);
    const anchored = hasAnchor(ast);
    const v8Source = c.unbounded <= 1 && c.branching <= SAFE_BRANCHING ? emit(ast, 'js') : undefined;
    if (v8Source !== undefined) {
        const re = new RegExp(`^(?:${v8Source})$`, 'u');
        return { test: (value) => re.test(value), v8Source, anchored };
    }
    return { test: (value) => re2.matches(value), anchored };
}
function hasAnchor(node) {
    switch (node.kind) {
        case 'anchor': return true;
        case 'seq': return node.items.some(hasAnchor);
        case 'alt': return node.branches.some(hasAnchor);
        case 'group':
        case 'repeat': return hasAnchor(node.body);
        default: return false;
    }
}

;// CONCATENATED MODULE: ./build/shared/schema/temporal.js
// Dates and times as comparable numbers: dates as days since 1970-01-01,
// datetimes as milliseconds since the epoch (UTC; an offset is applied),
// times as milliseconds since midnight. Parsed by hand on the hot path.
const DIGIT0 = 48;
function digits(s, from, count) {
    let value = 0;
    for (let i = from; i < from + count; i++) {
        const d = s.charCodeAt(i) - DIGIT0;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** Days since the epoch for a proleptic Gregorian date (Howard Hinnant's algorithm). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (month + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** `YYYY-MM-DD` in text[from, to) → days since epoch, or undefined. */
function parseIsoDateRange(s, from, to) {
    if (to - from !== 10 || s.charCodeAt(from + 4) !== 45 || s.charCodeAt(from + 7) !== 45)
        return undefined;
    const year = digits(s, from, 4);
    const month = digits(s, from + 5, 2);
    const day = digits(s, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    return daysFromCivil(year, month, day);
}
function parseIsoDate(s) {
    return parseIsoDateRange(s, 0, s.length);
}
/** `HH:MM:SS[.fff…]` starting at `from`, ending by `to`; returns [ms, end index] or undefined. */
function parseClock(s, from, to, requireSeconds) {
    if (from + 5 > to)
        return undefined;
    const h = digits(s, from, 2);
    if (h < 0 || h > 23 || s.charCodeAt(from + 2) !== 58)
        return undefined;
    const m = digits(s, from + 3, 2);
    if (m < 0 || m > 59)
        return undefined;
    let end = from + 5;
    let sec = 0;
    if (end < to && s.charCodeAt(end) === 58) {
        if (end + 3 > to)
            return undefined;
        sec = digits(s, end + 1, 2);
        if (sec < 0 || sec > 60)
            return undefined;
        end += 3;
    }
    else if (requireSeconds)
        return undefined;
    let ms = 0;
    if (end < to && s.charCodeAt(end) === 46) {
        let scale = 100;
        let i = end + 1;
        while (i < to) {
            const d = s.charCodeAt(i) - DIGIT0;
            if (d < 0 || d > 9)
                break;
            ms += d * scale;
            scale /= 10;
            i++;
        }
        if (i === end + 1)
            return undefined;
        end = i;
    }
    return [((h * 60 + m) * 60 + sec) * 1000 + ms, end];
}
/** `HH:MM:SS[.fff][Z|±HH:MM|±HHMM|±HH]` → ms since midnight (UTC when an offset is given, wrapped into the day). */
function parseIsoTime(s) {
    const clock = parseClock(s, 0, s.length, true);
    if (!clock)
        return undefined;
    const [ms, end] = clock;
    if (end === s.length)
        return ms;
    const offset = parseOffset(s, end, s.length);
    if (offset === undefined)
        return undefined;
    return (((ms - offset * 60000) % 86400000) + 86400000) % 86400000;
}
/** A zone designator filling text[from, to): `Z`, `±HH:MM`, `±HHMM` or `±HH` → minutes east of UTC. */
function parseOffset(s, from, to) {
    const c = s.charCodeAt(from);
    if (c === 90)
        return from + 1 === to ? 0 : undefined;
    if (c !== 43 && c !== 45)
        return undefined;
    const oh = from + 3 <= to ? digits(s, from + 1, 2) : -1;
    let rest = from + 3;
    let om = 0;
    if (rest < to) {
        if (s.charCodeAt(rest) === 58)
            rest++;
        om = rest + 2 === to ? digits(s, rest, 2) : -1;
    }
    else if (rest !== to)
        return undefined;
    if (oh < 0 || oh > 23 || om < 0 || om > 59)
        return undefined;
    return (c === 43 ? 1 : -1) * (oh * 60 + om);
}
/** ISO 8601 `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]` in text[from, to) → ms since epoch (UTC). */
function parseIsoDatetimeRange(s, from, to, allowSpace = false) {
    if (to - from < 19)
        return undefined;
    const date = parseIsoDateRange(s, from, from + 10);
    if (date === undefined)
        return undefined;
    const sep = s.charCodeAt(from + 10);
    if (sep !== 84 && !(allowSpace && sep === 32))
        return undefined;
    const clock = parseClock(s, from + 11, to, true);
    if (!clock)
        return undefined;
    let [ms, end] = clock;
    if (end < to) {
        const c = s.charCodeAt(end);
        if (c === 90 && end === to - 1)
            end++;
        else if (c === 43 || c === 45) {
            const oh = end + 3 <= to ? digits(s, end + 1, 2) : -1;
            let rest = end + 3;
            if (rest < to && s.charCodeAt(rest) === 58)
                rest++;
            const om = rest + 2 <= to ? digits(s, rest, 2) : -1;
            if (oh < 0 || oh > 23 || om < 0 || om > 59 || rest + 2 !== to)
                return undefined;
            ms -= (c === 43 ? 1 : -1) * (oh * 60 + om) * 60000;
        }
        else
            return undefined;
    }
    return date * 86400000 + ms;
}
function parseIsoDatetime(s, allowSpace = false) {
    return parseIsoDatetimeRange(s, 0, s.length, allowSpace);
}
/** `YYYY-MM` → months since year 0. */
function parseYearMonth(s) {
    if (s.length !== 7 || s.charCodeAt(4) !== 45)
        return undefined;
    const year = digits(s, 0, 4);
    const month = digits(s, 5, 2);
    if (year < 0 || month < 1 || month > 12)
        return undefined;
    return year * 12 + month - 1;
}
const DURATION = /^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
/** ISO 8601 duration → seconds (years as 365.2425 days and months as a twelfth of that, for ordering only). */
function parseDuration(s) {
    const m = DURATION.exec(s);
    if (!m)
        return undefined;
    const [, y, mo, w, d, h, mi, sec] = m.map((v) => (v === undefined ? 0 : Number(v)));
    const day = 86400;
    return y * 365.2425 * day + mo * 30.436875 * day + w * 7 * day + d * day + h * 3600 + mi * 60 + sec;
}
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const alternatives = (names) => `(${names.join('|')})`;
/** Python's strptime directives (C locale), as its `_strptime.TimeRE` matches them. */
const DIRECTIVES = {
    d: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
    f: '([0-9]{1,6})',
    H: '(2[0-3]|[0-1]\\d|\\d)',
    I: '(1[0-2]|0[1-9]|[1-9])',
    G: '(\\d\\d\\d\\d)',
    j: '(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
    m: '(1[0-2]|0[1-9]|[1-9])',
    M: '([0-5]\\d|\\d)',
    S: '(6[0-1]|[0-5]\\d|\\d)',
    U: '(5[0-3]|[0-4]\\d|\\d)',
    W: '(5[0-3]|[0-4]\\d|\\d)',
    V: '(5[0-3]|0[1-9]|[1-4]\\d|\\d)',
    w: '([0-6])',
    u: '([1-7])',
    y: '(\\d\\d)',
    Y: '(\\d\\d\\d\\d)',
    z: '([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)',
    Z: '(utc|gmt)',
    p: '(am|pm)',
    A: alternatives(DAYS),
    a: alternatives(DAYS.map((d) => d.slice(0, 3))),
    B: alternatives(MONTHS),
    b: alternatives(MONTHS.map((m) => m.slice(0, 3))),
};
/** Composite directives in the C locale, as Python expands them. */
const COMPOSITES = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };
/**
 * Compiles a Python strptime pattern (Frictionless `format` for dates and
 * times) into a parser returning the same units as the ISO parsers. As
 * Python: the whole value must match, letters in any case, whitespace in the
 * pattern matches any run of whitespace, %p applies to %I only, %Z accepts
 * UTC and GMT, %z an offset (applied to datetimes).
 */
function compileStrptime(format, kind) {
    let expanded = '';
    for (let i = 0; i < format.length; i++) {
        if (format[i] === '%' && COMPOSITES[format[i + 1] ?? ''] !== undefined) {
            expanded += COMPOSITES[format[i + 1]];
            i++;
        }
        else if (format[i] === '%') {
            expanded += format.slice(i, i + 2);
            i++;
        }
        else
            expanded += format[i];
    }
    let source = '^';
    const directives = [];
    for (let i = 0; i < expanded.length; i++) {
        const c = expanded[i];
        if (c !== '%') {
            if (/\s/.test(c)) {
                while (i + 1 < expanded.length && /\s/.test(expanded[i + 1]))
                    i++;
                source += '\\s+';
            }
            else
                source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            continue;
        }
        const directive = expanded[++i];
        if (directive === '%') {
            source += '%';
            continue;
        }
        const re = directive === undefined ? undefined : DIRECTIVES[directive];
        if (re === undefined)
            throw new Error(`unsupported strptime directive %${directive ?? ''}`);
        source += re;
        directives.push(directive);
    }
    const regex = new RegExp(source + '$', 'i');
    return (s) => {
        const m = regex.exec(s);
        if (!m)
            return undefined;
        let year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0, offset = 0, yday = 0;
        let pm;
        let twelveHour = false;
        for (let k = 0; k < directives.length; k++) {
            const v = m[k + 1];
            switch (directives[k]) {
                case 'Y':
                    year = Number(v);
                    break;
                case 'y':
                    year = Number(v) + (Number(v) < 69 ? 2000 : 1900);
                    break;
                case 'm':
                    month = Number(v);
                    break;
                case 'd':
                    day = Number(v);
                    break;
                case 'H':
                    hour = Number(v);
                    break;
                case 'I':
                    hour = Number(v);
                    twelveHour = true;
                    break;
                case 'M':
                    minute = Number(v);
                    break;
                case 'S':
                    second = Number(v);
                    break;
                case 'f':
                    ms = Number(v.padEnd(6, '0')) / 1000;
                    break;
                case 'p':
                    pm = v.toLowerCase() === 'pm';
                    break;
                case 'b':
                case 'B':
                    month = MONTHS.findIndex((name) => name.startsWith(v.toLowerCase().slice(0, 3))) + 1;
                    break;
                case 'j':
                    yday = Number(v);
                    break;
                case 'z': {
                    if (v.toUpperCase() !== 'Z') {
                        const sign = v[0] === '-' ? -1 : 1;
                        const d = v.slice(1).replace(/:/g, '');
                        offset = sign * (Number(d.slice(0, 2)) * 60 + Number(d.slice(2, 4)) + Number(d.slice(4) || 0) / 60);
                    }
                    break;
                }
                // Weekdays, week numbers and %Z (UTC/GMT) are read and do not change the value, as in Python.
            }
        }
        if (twelveHour)
            hour = (hour % 12) + (pm ? 12 : 0);
        if (day > daysInMonth(year, month))
            return undefined;
        let days = daysFromCivil(year, month, day);
        if (yday > 0)
            days = daysFromCivil(year, 1, 1) + yday - 1;
        const clock = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
        if (kind === 'date')
            return days;
        if (kind === 'time')
            return clock;
        return days * 86400000 + clock - Math.round(offset * 60000);
    };
}

;// CONCATENATED MODULE: ./build/shared/schema/fields.js
// Field compilation: turns a field descriptor into a caster (cell → a
// comparable primitive, or INVALID) and constraint checks over cast values.
// Temporal values cast to numbers (see temporal.ts), so min/max/enum/unique
// are plain comparisons on the hot path.





const INVALID = Symbol('invalid');
const FAST_GENERIC = 0;
const FAST_STRING = 1;
const FAST_NUMBER = 2;
const FAST_INTEGER = 3;
const FAST_DATE = 4;
const FAST_DATETIME = 5;
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** An integer literal; surrounding whitespace is allowed, as Frictionless strips it (Number() does too). */
const INTEGER_PATTERN = /^\s*[+-]?\d+\s*$/;
const SPECIAL_NUMBERS = new Map([
    ['NaN', NaN], ['nan', NaN], ['NAN', NaN],
    ['INF', Infinity], ['+INF', Infinity], ['-INF', -Infinity],
    ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
    ['Infinity', Infinity], ['+Infinity', Infinity], ['-Infinity', -Infinity],
]);
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?!\/\/$)[^\s]+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Which constraints apply to which types (Table Schema v2, "Field Constraints"). */
const ORDERED = new Set(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const LENGTHY = new Set(['string', 'array', 'object', 'list']);
const PATTERNED = new Set(['string']);
const JSON_SCHEMA_TYPES = new Set(['array', 'object']);
function compileField(field, ctx) {
    const format = field.format ?? 'default';
    const cast = compileCaster(field, format, ctx);
    // An example must be a value of the field, as frictionless-py checks.
    if (field.example !== undefined && field.example !== null && (typeof field.example !== 'object' || field.type === 'object' || field.type === 'array' || field.type === 'geojson')) {
        if (cast(field.example) === INVALID) {
            throw new shared_errors/* ConfigurationError */.j1(`example ${JSON.stringify(field.example)} is not a valid ${field.type} for field "${field.name}"`, { file: ctx.file, key: `${ctx.key}.example` });
        }
    }
    const c = field.constraints ?? {};
    const at = (name) => `${ctx.key}.constraints.${name}`;
    const castBound = (name) => {
        const raw = c[name];
        if (raw === undefined)
            return undefined;
        if (!ORDERED.has(field.type)) {
            throw new shared_errors/* ConfigurationError */.j1(`${name} does not apply to type ${field.type}`, { file: ctx.file, key: at(name) });
        }
        const value = cast(typeof raw === 'number' && field.type !== 'number' && field.type !== 'integer' && field.type !== 'year' ? String(raw) : raw);
        if (value === INVALID || (typeof value !== 'number' && typeof value !== 'string')) {
            throw new shared_errors/* ConfigurationError */.j1(`${JSON.stringify(raw)} is not a valid ${field.type} for field "${field.name}"`, { file: ctx.file, key: at(name) });
        }
        return value;
    };
    const minimum = castBound('minimum');
    const maximum = castBound('maximum');
    const exclusiveMinimum = castBound('exclusiveMinimum');
    const exclusiveMaximum = castBound('exclusiveMaximum');
    if ((c.minLength !== undefined || c.maxLength !== undefined) && !LENGTHY.has(field.type)) {
        throw new shared_errors/* ConfigurationError */.j1(`minLength/maxLength do not apply to type ${field.type}`, { file: ctx.file, key: at(c.minLength !== undefined ? 'minLength' : 'maxLength') });
    }
    let pattern;
    if (c.pattern !== undefined) {
        if (!PATTERNED.has(field.type))
            throw new shared_errors/* ConfigurationError */.j1(`pattern does not apply to type ${field.type} (only to string)`, { file: ctx.file, key: at('pattern') });
        try {
            pattern = compilePattern(c.pattern);
        }
        catch (error) {
            if (!(error instanceof PatternSyntaxError))
                throw error;
            throw new shared_errors/* ConfigurationError */.j1(`invalid regular expression: ${error.message}`, { file: ctx.file, key: at('pattern') });
        }
    }
    let jsonSchema;
    if (c.jsonSchema !== undefined) {
        if (!JSON_SCHEMA_TYPES.has(field.type))
            throw new shared_errors/* ConfigurationError */.j1(`jsonSchema does not apply to type ${field.type} (only to array and object)`, { file: ctx.file, key: at('jsonSchema') });
        try {
            jsonSchema = compileJsonSchema(c.jsonSchema);
        }
        catch (error) {
            if (!(error instanceof JsonSchemaError))
                throw error;
            throw new shared_errors/* ConfigurationError */.j1(`invalid JSON Schema: ${error.message}`, { file: ctx.file, key: at('jsonSchema') });
        }
    }
    let allowed;
    const enumByKey = field.type === 'object' || field.type === 'array' || field.type === 'list' || field.type === 'geojson' || field.type === 'any';
    if (c.enum) {
        allowed = new Set();
        c.enum.forEach((option, i) => {
            if (option === null)
                return;
            const value = cast((typeof option === 'string' ? option : field.type === 'string' ? String(option) : option));
            if (value === INVALID) {
                throw new shared_errors/* ConfigurationError */.j1(`${JSON.stringify(option)} is not a valid ${field.type}`, { file: ctx.file, key: `${at('enum')}[${i}]` });
            }
            allowed.add(enumByKey ? uniqueKeyOf(value) : value);
        });
    }
    const { minLength, maxLength } = c;
    const checks = [];
    if (minimum !== undefined)
        checks.push((v) => (v < minimum ? 'minimum' : undefined));
    if (maximum !== undefined)
        checks.push((v) => (v > maximum ? 'maximum' : undefined));
    if (exclusiveMinimum !== undefined)
        checks.push((v) => (v <= exclusiveMinimum ? 'exclusiveMinimum' : undefined));
    if (exclusiveMaximum !== undefined)
        checks.push((v) => (v >= exclusiveMaximum ? 'exclusiveMaximum' : undefined));
    if (minLength !== undefined)
        checks.push((v) => (lengthOf(v) < minLength ? 'minLength' : undefined));
    if (maxLength !== undefined)
        checks.push((v) => (lengthOf(v) > maxLength ? 'maxLength' : undefined));
    if (pattern) {
        const re = pattern;
        checks.push((v, raw) => (re.test(typeof raw === 'string' ? raw : typeof v === 'string' ? v : String(raw)) ? undefined : 'pattern'));
    }
    if (allowed) {
        const set = allowed;
        checks.push((v) => (set.has(enumByKey ? uniqueKeyOf(v) : v) ? undefined : 'enum'));
    }
    if (jsonSchema) {
        const conforms = jsonSchema;
        checks.push((v) => (conforms(v) ? undefined : 'jsonSchema'));
    }
    const checkConstraints = checks.length === 0
        ? undefined
        : checks.length === 1
            ? checks[0]
            : (value, raw) => {
                for (let i = 0; i < checks.length; i++) {
                    const broken = checks[i](value, raw);
                    if (broken)
                        return broken;
                }
                return undefined;
            };
    const ext = field['x-holdout'];
    const plainNumber = !field.groupChar && (field.decimalChar ?? '.') === '.' && (field.bareNumber ?? true);
    const categorised = field.categories !== undefined;
    const fastKind = categorised ? FAST_GENERIC :
        field.type === 'string' && format === 'default' ? FAST_STRING
            : field.type === 'number' && plainNumber ? FAST_NUMBER
                : field.type === 'integer' && !field.groupChar && (field.bareNumber ?? true) ? FAST_INTEGER
                    : field.type === 'date' && format === 'default' ? FAST_DATE
                        : field.type === 'datetime' && format === 'default' ? FAST_DATETIME
                            : FAST_GENERIC;
    const num = (v) => (typeof v === 'number' ? v : undefined);
    return {
        fastKind,
        limits: {
            minimum: num(minimum), maximum: num(maximum), exclusiveMinimum: num(exclusiveMinimum), exclusiveMaximum: num(exclusiveMaximum),
            minLength, maxLength, pattern, enum: allowed, enumByKey, jsonSchema,
            stickyPattern: pattern?.v8Source === undefined || pattern.anchored ? undefined : stickyFactory(pattern.v8Source),
        },
        name: field.name,
        type: field.type,
        format,
        typeLabel: `${field.type}/${format}`,
        missingValues: new Set(field.missingValues ? missingValueStrings(field.missingValues) : ctx.schemaMissingValues),
        required: c.required === true,
        unique: c.unique === true,
        cast,
        checkConstraints,
        constraintValue: (name) => c[name],
        maxMissingRate: ext?.maxMissingRate,
        mostly: ext?.mostly,
    };
}
function stickyFactory(source) {
    const cache = new Map();
    return (delimiter) => {
        let re = cache.get(delimiter);
        if (!re) {
            const escaped = delimiter.replace(/[\\\]^-]/g, '\\$&');
            re = new RegExp(`(?:${source})(?=[${escaped}"\\r\\n]|$)`, 'uy');
            cache.set(delimiter, re);
        }
        return re;
    };
}
function lengthOf(value) {
    if (typeof value === 'string') {
        // Count code points, as Frictionless (Python len) does; fast path for BMP text.
        let surrogates = 0;
        for (let i = 0; i < value.length; i++) {
            const c = value.charCodeAt(i);
            if (c >= 0xdc00 && c <= 0xdfff)
                surrogates++;
        }
        return value.length - surrogates;
    }
    if (Array.isArray(value))
        return value.length;
    if (typeof value === 'object')
        return Object.keys(value).length;
    return String(value).length;
}
/** A value's identity for unique/enum checks: equal cast values, equal keys. */
function uniqueKeyOf(value) {
    if (typeof value === 'string')
        return 's' + value;
    if (typeof value === 'number')
        return 'n' + (Object.is(value, -0) ? 0 : value);
    if (typeof value === 'boolean')
        return value ? 'b1' : 'b0';
    return 'j' + JSON.stringify(value);
}
/** The strings of a `missingValues` list (v2 allows `{ value, label }` objects). */
function missingValueStrings(list) {
    return list.map((item) => (typeof item === 'string' ? item : item.value));
}
function compileCaster(field, format, ctx) {
    const cast = compileTypeCaster(field, format, ctx);
    if (field.categories === undefined)
        return cast;
    // v2 categories: a value outside them is not a value of this field.
    if (field.type !== 'string' && field.type !== 'integer') {
        throw new shared_errors/* ConfigurationError */.j1(`categories apply to string and integer fields, not ${field.type}`, { file: ctx.file, key: `${ctx.key}.categories` });
    }
    const allowed = new Set();
    field.categories.forEach((category, i) => {
        const raw = typeof category === 'object' ? category.value : category;
        const value = cast(field.type === 'string' ? String(raw) : raw);
        if (value === INVALID || (field.type === 'string') !== (typeof raw === 'string')) {
            throw new shared_errors/* ConfigurationError */.j1(`category ${JSON.stringify(raw)} is not a valid ${field.type}`, { file: ctx.file, key: `${ctx.key}.categories[${i}]` });
        }
        allowed.add(value);
    });
    return (cell) => {
        const value = cast(cell);
        return value === INVALID || allowed.has(value) ? value : INVALID;
    };
}
function compileTypeCaster(field, format, ctx) {
    const badFormat = () => new shared_errors/* ConfigurationError */.j1(`format "${format}" is not known for type ${field.type}`, { file: ctx.file, key: `${ctx.key}.format` });
    switch (field.type) {
        case 'string':
            return stringCaster(format, badFormat);
        case 'number':
            return numberCaster(field);
        case 'integer':
            return integerCaster(field);
        case 'year':
            // XML Schema gYear as Frictionless reads it: four digits, 0–9999.
            return (cell) => {
                if (typeof cell === 'number')
                    return Number.isInteger(cell) && cell >= 0 && cell <= 9999 ? cell : INVALID;
                if (typeof cell === 'bigint')
                    return cell >= 0n && cell <= 9999n ? Number(cell) : INVALID;
                return typeof cell === 'string' && /^\d{4}$/.test(cell) ? Number(cell) : INVALID;
            };
        case 'boolean':
            return booleanCaster(field.trueValues, field.falseValues);
        case 'date':
        case 'datetime':
        case 'time':
            return temporalCaster(field.type, format, badFormat);
        case 'yearmonth':
            return (cell) => {
                if (typeof cell === 'string')
                    return parseYearMonth(cell) ?? INVALID;
                // A JSON [year, month] pair, as frictionless-py reads it.
                if (Array.isArray(cell) && cell.length === 2 && Number.isInteger(cell[0]) && Number.isInteger(cell[1])) {
                    const [year, month] = cell;
                    return year >= 0 && year <= 9999 && month >= 1 && month <= 12 ? year * 12 + month - 1 : INVALID;
                }
                return INVALID;
            };
        case 'duration':
            return (cell) => (typeof cell === 'string' ? parseDuration(cell) ?? INVALID : INVALID);
        case 'object':
            if (format !== 'default')
                throw badFormat();
            return (cell) => {
                const value = typeof cell === 'string' ? parseJson(cell) : cell;
                return isPlainObject(value) && withinJsonDepth(value) ? value : INVALID;
            };
        case 'geojson': {
            if (format !== 'default' && format !== 'topojson')
                throw badFormat();
            const valid = format === 'topojson' ? isTopoJson : isGeoJson;
            return (cell) => {
                const value = typeof cell === 'string' ? parseJson(cell) : cell;
                return isPlainObject(value) && withinJsonDepth(value) && valid(value) ? value : INVALID;
            };
        }
        case 'array':
            if (format !== 'default')
                throw badFormat();
            return (cell) => {
                const value = typeof cell === 'string' ? parseJson(cell) : cell;
                return Array.isArray(value) && withinJsonDepth(value) ? value : INVALID;
            };
        case 'list':
            if (format !== 'default')
                throw badFormat();
            return listCaster(field);
        case 'geopoint':
            return geopointCaster(format, badFormat);
        case 'any':
            return (cell) => (cell === null || !withinJsonDepth(cell) ? INVALID : cell);
    }
}
/**
 * JSON values nest at most this deep: deeper ones are not values of the field
 * (JSON.parse reads any depth, but comparing or hashing them recursively
 * would overflow the stack).
 */
const MAX_JSON_DEPTH = 256;
/** Whether a JSON value nests no deeper than MAX_JSON_DEPTH; iterative. */
function withinJsonDepth(value) {
    if (value === null || typeof value !== 'object')
        return true;
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (depth > MAX_JSON_DEPTH)
            return false;
        const children = Array.isArray(node) ? node : Object.values(node);
        for (const child of children)
            if (child !== null && typeof child === 'object')
                stack.push([child, depth + 1]);
    }
    return true;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function booleanCaster(trueList, falseList) {
    const trueValues = new Set(trueList ?? ['true', 'True', 'TRUE', '1']);
    const falseValues = new Set(falseList ?? ['false', 'False', 'FALSE', '0']);
    // JSON true/false are booleans; JSON numbers are not (0 and 1 are numbers, as in frictionless-py).
    return (cell) => {
        if (typeof cell === 'boolean')
            return cell;
        if (typeof cell !== 'string')
            return INVALID;
        if (trueValues.has(cell))
            return true;
        if (falseValues.has(cell))
            return false;
        return INVALID;
    };
}
/** `format: email`: one `@`, no whitespace, a dot inside the domain; checked in one pass (a regex here was quadratic). */
function isEmail(s) {
    const at = s.indexOf('@');
    if (at <= 0 || s.indexOf('@', at + 1) !== -1)
        return false;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)
            return false;
    }
    const dot = s.indexOf('.', at + 2);
    return dot !== -1 && dot < s.length - 1;
}
function stringCaster(format, badFormat) {
    const formats = {
        default: undefined,
        email: isEmail,
        uuid: (s) => UUID.test(s),
        uri: (s) => URI.test(s),
        binary: (s) => s.length % 4 === 0 && BASE64.test(s),
        // Well-Known Text geometry: a frictionless-py extension of the spec's formats.
        wkt: isWkt,
    };
    if (!(format in formats))
        throw badFormat();
    const valid = formats[format];
    if (!valid)
        return (cell) => (typeof cell === 'string' ? cell : INVALID);
    return (cell) => (typeof cell === 'string' && valid(cell) ? cell : INVALID);
}
/** NaN, INF, -INF and Infinity in any case, as the spec and Python's Decimal accept them. */
function specialNumber(s) {
    if (s.length > 9)
        return undefined;
    return SPECIAL_NUMBERS.get(s) ?? SPECIAL_LOWER.get(s.toLowerCase());
}
const SPECIAL_LOWER = new Map([
    ['nan', NaN], ['+nan', NaN], ['-nan', NaN], ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
    ['infinity', Infinity], ['+infinity', Infinity], ['-infinity', -Infinity],
]);
function numberCaster(field) {
    const group = field.groupChar || undefined;
    const decimal = field.decimalChar ?? '.';
    const bare = field.bareNumber ?? true;
    const plain = !group && decimal === '.' && bare;
    return (cell) => {
        if (typeof cell === 'number')
            return cell;
        if (typeof cell === 'bigint')
            return Number(cell);
        if (typeof cell !== 'string')
            return INVALID;
        if (plain && NUMBER_PATTERN.test(cell))
            return Number(cell);
        // As frictionless-py: strip whitespace, then (bareNumber: false) leading and trailing
        // non-numeric text, drop group characters; with another decimalChar a "." is not a number.
        let s = cell.trim();
        if (!bare)
            s = stripNonNumeric(s);
        if (group)
            s = s.split(group).join('');
        if (decimal !== '.') {
            if (s.includes('.'))
                return INVALID;
            s = s.split(decimal).join('.');
        }
        if (NUMBER_PATTERN.test(s))
            return Number(s);
        const special = specialNumber(s);
        return special === undefined ? INVALID : special;
    };
}
function integerCaster(field) {
    const group = field.groupChar || undefined;
    const bare = field.bareNumber ?? true;
    return (cell) => {
        if (typeof cell === 'number')
            return Number.isInteger(cell) ? cell : INVALID;
        if (typeof cell === 'bigint')
            return Number(cell);
        if (typeof cell !== 'string')
            return INVALID;
        let s = cell;
        if (!bare)
            s = stripNonNumeric(s.trim());
        if (group)
            s = s.split(group).join('');
        return INTEGER_PATTERN.test(s) ? Number(s) : INVALID;
    };
}
/** bareNumber: false — leading text other than a sign or digit, and trailing non-digits, are dropped (frictionless-py's rule). */
function stripNonNumeric(s) {
    // By hand: a trailing /[^0-9]+$/ retried at every start is quadratic on a long run of text before a digit.
    let from = 0;
    let to = s.length;
    while (from < to && !isDigitOrMinus(s.charCodeAt(from)))
        from++;
    while (to > from && !isDigit(s.charCodeAt(to - 1)))
        to--;
    return s.slice(from, to);
}
const isDigit = (c) => c >= 48 && c <= 57;
const isDigitOrMinus = (c) => isDigit(c) || c === 45;
/** v2 `list`: items split on the delimiter and cast with the item type's default format; an empty item is a missing item. */
function listCaster(field) {
    const delimiter = field.delimiter ?? ',';
    const itemType = field.itemType ?? 'string';
    const item = itemType === 'string' ? (cell) => (typeof cell === 'string' ? cell : INVALID)
        : itemType === 'integer' ? integerCaster({ name: '', type: 'integer' })
            : itemType === 'number' ? numberCaster({ name: '', type: 'number' })
                : itemType === 'boolean' ? booleanCaster(undefined, undefined)
                    : temporalCaster(itemType, 'default', () => new Error('unreachable'));
    const castItems = (items) => {
        const out = new Array(items.length);
        for (let i = 0; i < items.length; i++) {
            const raw = items[i];
            if (raw === null || (raw === '' && itemType !== 'string')) {
                out[i] = null;
                continue;
            }
            const value = item(raw);
            if (value === INVALID)
                return INVALID;
            out[i] = value;
        }
        return out;
    };
    return (cell) => {
        if (typeof cell === 'string')
            return castItems(cell.split(delimiter));
        if (Array.isArray(cell))
            return cell.every((v) => v === null || typeof v !== 'object') ? castItems(cell) : INVALID;
        return INVALID;
    };
}
function temporalCaster(type, format, badFormat) {
    let parse;
    if (format === 'default') {
        parse = type === 'date' ? parseIsoDate : type === 'time' ? parseIsoTime : (s) => parseIsoDatetime(s);
    }
    else if (format === 'any') {
        parse = (s) => {
            const iso = type === 'date' ? parseIsoDate(s) : type === 'time' ? parseIsoTime(s) : parseIsoDatetime(s, true);
            return iso !== undefined ? iso : parseAnyTemporal(s, type);
        };
    }
    else {
        try {
            parse = compileStrptime(format.startsWith('fmt:') ? format.slice(4) : format, type);
        }
        catch {
            throw badFormat();
        }
    }
    return (cell) => {
        if (typeof cell === 'string')
            return parse(cell) ?? INVALID;
        if (cell instanceof Date) {
            const ms = cell.getTime();
            if (Number.isNaN(ms))
                return INVALID;
            if (type === 'date')
                return Math.floor(ms / 86400000);
            if (type === 'time')
                return ((ms % 86400000) + 86400000) % 86400000;
            return ms;
        }
        return INVALID;
    };
}
/**
 * `format: any` beyond ISO: the common forms dateutil reads — ordinal days
 * (`10th Jan 1969`), month names, `9 am` / `3:00 pm` — read in UTC (never the
 * machine's zone) unless the text gives a zone. A date or datetime needs a
 * four-digit year, so a bare number is not taken for a date.
 */
function parseAnyTemporal(s, type) {
    if (s.length > 64)
        return undefined;
    const text = s.trim()
        .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, '$1')
        .replace(/\b(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])/gi, (_m, h, m, sec, ap) => Number(h) < 1 || Number(h) > 12 ? _m : `${String((Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0)).padStart(2, '0')}:${m ?? '00'}:${sec ?? '00'}`);
    if (type === 'time') {
        const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
        if (!m)
            return undefined;
        const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
        return h <= 23 && min <= 59 && sec <= 60 ? ((h * 60 + min) * 60 + sec) * 1000 : undefined;
    }
    if (!/\d{4}/.test(text))
        return undefined;
    const zoned = /(?:\b(?:UTC|GMT)|[+-]\d{2}:?\d{2}|\dZ)$/i.test(text);
    const ms = Date.parse(zoned ? text : `${text} UTC`);
    if (Number.isNaN(ms))
        return undefined;
    return type === 'date' ? Math.floor(ms / 86400000) : ms;
}
function geopointCaster(format, badFormat) {
    if (format !== 'default' && format !== 'array' && format !== 'object')
        throw badFormat();
    const valid = (lon, lat) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    return (cell) => {
        let lon, lat;
        if (format === 'default' && typeof cell === 'string') {
            const parts = cell.split(',');
            if (parts.length !== 2)
                return INVALID;
            const a = parts[0].trim(), b = parts[1].trim();
            if (!NUMBER_PATTERN.test(a) || !NUMBER_PATTERN.test(b))
                return INVALID;
            lon = Number(a);
            lat = Number(b);
        }
        else {
            const value = typeof cell === 'string' ? parseJson(cell) : cell;
            if (format === 'object') {
                // A JSON object with exactly the keys lon and lat.
                if (!isPlainObject(value) || Object.keys(value).length !== 2)
                    return INVALID;
                ({ lon, lat } = value);
            }
            else if (Array.isArray(value) && value.length === 2) {
                // A [lon, lat] pair: the array format, or a JSON value of any format (as frictionless-py reads native pairs).
                [lon, lat] = value;
            }
            else
                return INVALID;
        }
        if (typeof lon !== 'number' || typeof lat !== 'number')
            return INVALID;
        return valid(lon, lat) ? `${lon},${lat}` : INVALID;
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/shared/vocabulary/drift.js
var drift = __webpack_require__(3990);
;// CONCATENATED MODULE: ./build/shared/schema/model.js
// The table schema format: Frictionless Table Schema plus `x-holdout`
// extensions. Strict objects, so a misspelt key is reported (with a
// suggestion) instead of silently ignored; other `x-` keys are allowed.


const FIELD_TYPES = [
    'string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year',
    'yearmonth', 'duration', 'object', 'array', 'list', 'geopoint', 'geojson', 'any',
];
const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
/** Item types of a v2 `list` field (the spec's list; its "datetme" is read as datetime). */
const LIST_ITEM_TYPES = ['string', 'integer', 'boolean', 'number', 'datetime', 'date', 'time'];
/**
 * A descriptor object: the spec lets a field or a schema carry any other
 * property, so unknown keys are dropped — except one that looks like a
 * misspelling of a key we know (`tpye`, `maximun`, `rowcount`), which stays so
 * the strict object below reports it with a suggestion. `x-…` keys other than
 * ours are vendor extensions and are dropped too.
 */
function extensible(shape) {
    const known = Object.keys(shape);
    return schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
        .transform((value) => {
        const out = {};
        for (const [key, v] of Object.entries(value)) {
            if (key.startsWith('x-') ? key === 'x-holdout' : known.includes(key) || looksMisspelt(key, known))
                out[key] = v;
        }
        return out;
    })
        .pipe(schemas/* strictObject */.rej(shape));
}
/** One edit (or a swap of neighbours, or only case) away from a known key; a known key plus "s" is taken as meant. */
function looksMisspelt(key, known) {
    const word = key.toLowerCase();
    if (word.length < 4)
        return false;
    return known.some((candidate) => {
        const c = candidate.toLowerCase();
        if (word === c + 's')
            return false;
        return osaDistance(word, c) <= 1;
    });
}
function osaDistance(a, b) {
    if (Math.abs(a.length - b.length) > 1)
        return 2;
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** `missingValues`: strings, or (v2) `{ value, label }` objects. */
const missingValuesSchema = schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* strictObject */.rej({ value: schemas/* string */.YjP(), label: schemas/* string */.YjP().optional() })], { message: 'a missing value is a string or { value, label }' }));
const constraintsSchema = schemas/* strictObject */.rej({
    required: schemas/* boolean */.zMY().optional(),
    unique: schemas/* boolean */.zMY().optional(),
    minimum: scalar.optional(),
    maximum: scalar.optional(),
    exclusiveMinimum: scalar.optional(),
    exclusiveMaximum: scalar.optional(),
    minLength: schemas/* number */.aig().int().nonnegative().optional(),
    maxLength: schemas/* number */.aig().int().nonnegative().optional(),
    pattern: schemas/* string */.YjP().optional(),
    enum: schemas/* array */.YOg(schemas/* unknown */.L5J()).min(1).optional(),
    jsonSchema: schemas/* union */.KCZ([schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), schemas/* boolean */.zMY()]).optional(),
});
/** A drift check: the method and the levels at which it warns and fails (distances: ≥ level; p-values: < level). */
const driftSettingsSchema = schemas/* strictObject */.rej({
    method: schemas/* enum */.k5n(drift/* DRIFT_METHOD_CHOICES */.zi, { message: `unknown drift method; use one of ${drift/* DRIFT_METHOD_CHOICES */.zi.join(', ')}` }).optional(),
    warn: schemas/* number */.aig().nonnegative().optional(),
    fail: schemas/* number */.aig().nonnegative().optional(),
});
/** Levels for a share compared against the reference (a change in missing rate, the share of unseen categories): status when above. */
const shareLevelsSchema = schemas/* strictObject */.rej({
    warn: schemas/* number */.aig().min(0).max(1).optional(),
    fail: schemas/* number */.aig().min(0).max(1).optional(),
});
const fieldExtensionSchema = schemas/* strictObject */.rej({
    /** Largest tolerated share of missing values, 0..1. */
    maxMissingRate: schemas/* number */.aig().min(0).max(1).optional(),
    /** Share of non-missing values that must satisfy the type and constraints (Great Expectations' `mostly`). */
    mostly: schemas/* number */.aig().min(0).max(1).optional(),
    /** Drift check of this column against the reference; false leaves the column out. */
    drift: schemas/* union */.KCZ([schemas/* literal */.euz(false), driftSettingsSchema]).optional(),
    missingRateChange: schemas/* union */.KCZ([schemas/* literal */.euz(false), shareLevelsSchema]).optional(),
    unseenCategories: schemas/* union */.KCZ([schemas/* literal */.euz(false), shareLevelsSchema]).optional(),
});
const fieldSchema = extensible({
    name: schemas/* string */.YjP().min(1, 'a field needs a non-empty name'),
    type: schemas/* enum */.k5n(FIELD_TYPES, { message: `unknown type; use one of ${FIELD_TYPES.join(', ')}` }).default('string'),
    format: schemas/* string */.YjP().optional(),
    title: schemas/* string */.YjP().optional(),
    description: schemas/* string */.YjP().optional(),
    example: schemas/* unknown */.L5J().optional(),
    rdfType: schemas/* string */.YjP().optional(),
    constraints: constraintsSchema.optional(),
    missingValues: missingValuesSchema.optional(),
    trueValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    falseValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    decimalChar: schemas/* string */.YjP().min(1, 'decimalChar cannot be empty').optional(),
    /** `""` means no grouping, as if absent. */
    groupChar: schemas/* string */.YjP().optional(),
    bareNumber: schemas/* boolean */.zMY().optional(),
    /** frictionless-py's: numbers as floats instead of decimals; the same values here. */
    floatNumber: schemas/* boolean */.zMY().optional(),
    /** `list`: the item separator (default `,`) and the item type (default `string`). */
    delimiter: schemas/* string */.YjP().min(1, 'delimiter cannot be empty').optional(),
    itemType: schemas/* enum */.k5n(LIST_ITEM_TYPES, { message: `unknown itemType; use one of ${LIST_ITEM_TYPES.join(', ')}` }).optional(),
    /** v2 categories (string and integer fields): values, or `{ value, label }` objects. */
    categories: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* strictObject */.rej({ value: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]), label: schemas/* string */.YjP().optional() })])).optional(),
    categoriesOrdered: schemas/* boolean */.zMY().optional(),
    'x-holdout': fieldExtensionSchema.optional(),
});
const tableExtensionSchema = schemas/* strictObject */.rej({
    rowCount: schemas/* strictObject */.rej({ min: schemas/* number */.aig().int().nonnegative().optional(), max: schemas/* number */.aig().int().nonnegative().optional() })
        .optional(),
    /** Defaults for every column's drift check. */
    drift: driftSettingsSchema.optional(),
    /** The table drifts when this share of the compared columns fails its drift check (Evidently's dataset drift). */
    datasetDrift: schemas/* strictObject */.rej({ share: schemas/* number */.aig().min(0).max(1) }).optional(),
    missingRateChange: shareLevelsSchema.optional(),
    unseenCategories: shareLevelsSchema.optional(),
});
const keyList = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]);
/** A foreign key as the spec gives it; whether the values exist is checked against the data package's tables. */
const foreignKeySchema = extensible({
    fields: keyList,
    reference: extensible({ resource: schemas/* string */.YjP().optional(), fields: keyList }),
});
const tableSchemaSchema = extensible({
    $schema: schemas/* string */.YjP().optional(),
    profile: schemas/* string */.YjP().optional(),
    name: schemas/* string */.YjP().optional(),
    title: schemas/* string */.YjP().optional(),
    description: schemas/* string */.YjP().optional(),
    fields: schemas/* array */.YOg(fieldSchema).min(1, 'a schema needs at least one field'),
    missingValues: missingValuesSchema.optional(),
    primaryKey: keyList.optional(),
    uniqueKeys: schemas/* array */.YOg(keyList).optional(),
    foreignKeys: schemas/* array */.YOg(foreignKeySchema).optional(),
    fieldsMatch: schemas/* enum */.k5n(['exact', 'equal', 'subset', 'superset', 'partial']).optional(),
    'x-holdout': tableExtensionSchema.optional(),
});

;// CONCATENATED MODULE: ./build/shared/schema/load.js
// loadTableSchema: reads a schema file (JSON or YAML), validates it and
// compiles its fields. Every mistake names the schema file and the key.





async function loadTableSchema(file) {
    return compileTableSchema(await (0,load/* readConfigText */.im)(file), file.display);
}
function compileTableSchema(text, file) {
    const parsed = (0,load/* parseConfigText */.Bu)(text, file);
    checkMisplacedConstraints(parsed, file);
    const descriptor = (0,load/* validateConfig */.$r)(tableSchemaSchema, parsed, file);
    const v1 = descriptor.$schema !== undefined && /\/1\.0\/tableschema\.json$/.test(descriptor.$schema);
    const checkMissingValues = (list, path) => {
        if (list === undefined)
            return;
        const key = formatKey(path);
        const seenValues = new Set();
        const seenLabels = new Set();
        for (const item of list) {
            if (typeof item === 'string')
                continue;
            if (v1)
                throw new shared_errors/* ConfigurationError */.j1('missing values in object form ({ value, label }) need Table Schema v2; this schema declares v1', { file, key, line: parsed.lineOf(path) });
            if (seenValues.has(item.value))
                throw new shared_errors/* ConfigurationError */.j1(`missing value ${JSON.stringify(item.value)} is not unique`, { file, key, line: parsed.lineOf(path) });
            seenValues.add(item.value);
            if (item.label !== undefined) {
                if (seenLabels.has(item.label))
                    throw new shared_errors/* ConfigurationError */.j1(`missing value label ${JSON.stringify(item.label)} is not unique`, { file, key, line: parsed.lineOf(path) });
                seenLabels.add(item.label);
            }
        }
    };
    checkMissingValues(descriptor.missingValues, ['missingValues']);
    const schemaMissingValues = descriptor.missingValues ? missingValueStrings(descriptor.missingValues) : [''];
    // Duplicate field names are a valid schema (v1 allowed them, and v2 tells consumers not to refuse them); the
    // table check reports duplicate labels, and keys name the first field of a name.
    const names = new Set();
    const fields = descriptor.fields.map((field, index) => {
        const key = `fields[${index}]`;
        names.add(field.name);
        checkMissingValues(field.missingValues, ['fields', index, 'missingValues']);
        try {
            return compileField(field, { file, key, schemaMissingValues });
        }
        catch (error) {
            if (error instanceof shared_errors/* ConfigurationError */.j1 && error.key && !error.line) {
                throw new shared_errors/* ConfigurationError */.j1(error.reason, { file, key: error.key, line: parsed.lineOf(keyToPath(error.key)) });
            }
            throw error;
        }
    });
    const keyGroups = [];
    const fieldList = (value, key) => {
        const list = typeof value === 'string' ? [value] : value;
        for (const name of list) {
            if (!names.has(name)) {
                throw new shared_errors/* ConfigurationError */.j1(`"${name}" is not a field of this schema`, { file, key, line: parsed.lineOf(keyToPath(key)) });
            }
        }
        return list;
    };
    if (descriptor.primaryKey !== undefined)
        keyGroups.push({ kind: 'primaryKey', fields: fieldList(descriptor.primaryKey, 'primaryKey') });
    descriptor.uniqueKeys?.forEach((group, i) => keyGroups.push({ kind: 'uniqueKey', fields: fieldList(group, `uniqueKeys[${i}]`) }));
    descriptor.foreignKeys?.forEach((fk, i) => {
        const own = fieldList(fk.fields, `foreignKeys[${i}].fields`);
        const referenced = typeof fk.reference.fields === 'string' ? [fk.reference.fields] : fk.reference.fields;
        if (referenced.length !== own.length) {
            throw new shared_errors/* ConfigurationError */.j1(`the reference names ${referenced.length} field${referenced.length === 1 ? '' : 's'} for ${own.length}`, { file, key: `foreignKeys[${i}].reference.fields`, line: parsed.lineOf(['foreignKeys', i, 'reference', 'fields']) });
        }
        // A self-reference (no resource, or v1's ""): the referenced fields are this schema's.
        if (!fk.reference.resource)
            fieldList(fk.reference.fields, `foreignKeys[${i}].reference.fields`);
    });
    const rowCount = descriptor['x-holdout']?.rowCount;
    if (rowCount?.min !== undefined && rowCount.max !== undefined && rowCount.min > rowCount.max) {
        throw new shared_errors/* ConfigurationError */.j1('min is larger than max', { file, key: 'x-holdout.rowCount', line: parsed.lineOf(['x-holdout', 'rowCount']) });
    }
    return {
        file,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'),
        descriptor,
        fields,
        fieldsMatch: descriptor.fieldsMatch ?? 'exact',
        keyGroups,
        rowCount,
    };
}
const CONSTRAINT_KEYS = ['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'enum', 'jsonSchema'];
/** `required: true` (and the like) written on the field instead of under `constraints`: a mistake, as frictionless-py says. */
function checkMisplacedConstraints(parsed, file) {
    const fields = parsed.value?.fields;
    if (!Array.isArray(fields))
        return;
    fields.forEach((field, index) => {
        if (field === null || typeof field !== 'object')
            return;
        for (const name of CONSTRAINT_KEYS) {
            if (Object.hasOwn(field, name)) {
                throw new shared_errors/* ConfigurationError */.j1(`"${name}" belongs under constraints: write constraints.${name}`, { file, key: `fields[${index}].${name}`, line: parsed.lineOf(['fields', index, name]) });
            }
        }
    });
}
function formatKey(path) {
    return path.reduce((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}
function keyToPath(key) {
    const path = [];
    for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        path.push(match[2] !== undefined ? Number(match[2]) : match[1]);
    return path;
}

;// CONCATENATED MODULE: ./build/shared/stats/distributions.js
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
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
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
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
/** Survival function of χ² with `df` degrees of freedom. */
function chiSquareSf(x, df) {
    return gammaQ(df / 2, x / 2);
}

;// CONCATENATED MODULE: ./build/shared/stats/drift.js
// Drift statistics between a reference and a current distribution, each as
// defined by the library a user would check against: PSI (Evidently's, with
// empty bins floored at 0.0001), Jensen–Shannon distance (scipy, natural log
// by default) and divergence (log2, as TFDV), Wasserstein distance (scipy)
// normalised by the reference's standard deviation, the two-sample KS
// statistic (scipy's ks_2samp D), Pearson's χ² against the reference's
// frequencies, the two-proportion z test and the L∞ distance.


/** Floor for empty bins in PSI, as Evidently does (without it PSI is infinite). */
const PSI_EMPTY_BIN = 0.0001;
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
    let sum = 0;
    for (let i = 0; i < r.length; i++) {
        const ri = r[i] === 0 ? PSI_EMPTY_BIN : r[i];
        const ci = c[i] === 0 ? PSI_EMPTY_BIN : c[i];
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
    return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
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
;// CONCATENATED MODULE: ./build/shared/validate/format.js
// Number and value formatting for validation messages: counts with
// thousands separators, rates as percentages, cast values back in the type's
// own notation (dates as ISO, not as day numbers).

function formatRate(rate) {
    const pct = rate * 100;
    if (pct === 0 || pct === 100)
        return `${pct}%`;
    const digits = pct < 0.01 ? 4 : pct < 1 ? 3 : 2;
    return `${Number(pct.toPrecision(digits))}%`;
}
const MAX_CELL = 200;
function truncateCell(cell) {
    const text = typeof cell === 'string' ? cell : cell instanceof Date ? cell.toISOString() : typeof cell === 'bigint' ? cell.toString() : JSON.stringify(cell) ?? String(cell);
    return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
}
function formatCastValue(field, value) {
    switch (field.type) {
        case 'date':
            return new Date(value * 86400000).toISOString().slice(0, 10);
        case 'datetime':
            return new Date(value).toISOString();
        case 'time':
            return new Date(value).toISOString().slice(11, 23);
        case 'yearmonth':
            return `${String(Math.floor(value / 12)).padStart(4, '0')}-${String((value % 12) + 1).padStart(2, '0')}`;
        default:
            return value;
    }
}

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
// values) compare value by value. Other numeric columns compare on the
// reference's deciles (PSI, Jensen–Shannon, χ², L∞) or its 100-quantile grid
// (KS, Wasserstein), with open tails. Empty bins: PSI floors a share of 0 at
// 0.0001 (Evidently); Jensen–Shannon needs no floor; χ² drops bins empty in
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
/** Evidently's get_default_stattest: by type, the number of distinct values and the reference's size. */
function autoMethod(reference, current) {
    const nRef = finiteCount(reference);
    const unique = distinctCount(reference, current);
    const numeric = reference.kind === 'numeric' && unique > profile/* DISTINCT_CAP */.WF;
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
        title: `Dataset drift: share of drifted columns (fails at ${formatRate(share)})`,
        status: datasetStatus,
        observed: compared === 0 ? 0 : drifted / compared,
        expected: `< ${formatRate(share)}`,
        message: compared === 0 ? 'no column could be compared with the reference' : `${drifted} of ${compared} column${compared === 1 ? '' : 's'} drifted (${formatRate(drifted / compared)})`,
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
    const values = valueBins(ref, cur);
    const numericFew = ref.kind === 'numeric' && values !== undefined && values.labels.length <= profile/* DISTINCT_CAP */.WF;
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
            const std = Math.sqrt((0,profile/* columnMoments */._i)(ref).variance);
            let raw;
            if (bins.kind === 'values') {
                raw = valuesWasserstein(bins.labels.map(Number), bins.reference, bins.current);
            }
            else {
                const support = gridSupports(ref, cur);
                const g = gridWasserstein(ref.grid.edges, { counts: bins.reference, min: ref.min, max: ref.max, ...support?.reference }, { counts: bins.current, min: cur.min, max: cur.max, ...support?.current });
                raw = g.distance;
                bound = std > 0 ? g.bound / std : undefined;
            }
            statistic = std > 0 ? raw / std : raw === 0 ? 0 : Infinity;
            detail = `, reference std ${formatStat(std)}`;
            break;
        }
        default:
            return (0,shared_errors/* assertNever */.xb)(method, 'drift method');
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
    return [levels.warn !== undefined ? `warn > ${formatRate(levels.warn)}` : '', levels.fail !== undefined ? `fail > ${formatRate(levels.fail)}` : ''].filter(Boolean).join(', ');
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
        expected: `|change| ≤ ${formatRate(levels.fail ?? levels.warn ?? 0)}`,
        message: `missing ${formatRate(curRate)} now, ${formatRate(refRate)} in the reference (${change >= 0 ? '+' : '−'}${formatRate(Math.abs(change))}; ${describeShareLevels(levels)})`,
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
        expected: `≤ ${formatRate(levels.fail ?? levels.warn ?? 0)}`,
        message: unseen === 0
            ? `every value was seen in the reference (${describeShareLevels(levels)})`
            : `${(0,count/* formatCount */.B)(unseen)} of ${(0,count/* formatCount */.B)(cur.count)} values (${formatRate(share)}) never occur in the reference, e.g. ${examples.join(', ')}${unseen > 0 && examples.length === 0 ? 'values beyond the category cap' : ''} (${describeShareLevels(levels)})`,
        count: unseen,
        locations: [],
    };
}

;// CONCATENATED MODULE: ./build/shared/schema/numbers.js
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
/**
 * Parses `[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?` in text[from, to),
 * surrounding whitespace allowed; undefined when the text is not of that form.
 */
function parseDecimalRange(text, from, to) {
    if (from < to && (isSpace(text.charCodeAt(from)) || isSpace(text.charCodeAt(to - 1)))) {
        while (from < to && isSpace(text.charCodeAt(from)))
            from++;
        while (to > from && isSpace(text.charCodeAt(to - 1)))
            to--;
    }
    let i = from;
    let negative = false;
    let c = text.charCodeAt(i);
    if (c === 43 || c === 45) {
        negative = c === 45;
        i++;
    }
    let mantissa = 0;
    let significant = 0;
    let scale = 0;
    let exact = true;
    const intStart = i;
    while (i < to) {
        const d = text.charCodeAt(i) - 48;
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
        i++;
    }
    const intDigits = i - intStart;
    let fracDigits = 0;
    if (i < to && text.charCodeAt(i) === 46) {
        i++;
        const fracStart = i;
        while (i < to) {
            const d = text.charCodeAt(i) - 48;
            if (d < 0 || d > 9)
                break;
            if (mantissa !== 0 || d !== 0) {
                if (significant < 15) {
                    mantissa = mantissa * 10 + d;
                    significant++;
                    scale--;
                }
                else
                    exact = false;
            }
            else
                scale--;
            i++;
        }
        fracDigits = i - fracStart;
    }
    if (intDigits === 0 && fracDigits === 0)
        return undefined;
    let exponent = 0;
    if (i < to) {
        c = text.charCodeAt(i);
        if (c !== 101 && c !== 69)
            return undefined;
        i++;
        let expNegative = false;
        c = text.charCodeAt(i);
        if (c === 43 || c === 45) {
            expNegative = c === 45;
            i++;
        }
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
    if (from < to && (isSpace(text.charCodeAt(from)) || isSpace(text.charCodeAt(to - 1)))) {
        while (from < to && isSpace(text.charCodeAt(from)))
            from++;
        while (to > from && isSpace(text.charCodeAt(to - 1)))
            to--;
    }
    let i = from;
    let negative = false;
    const c = text.charCodeAt(i);
    if (c === 43 || c === 45) {
        negative = c === 45;
        i++;
    }
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

// EXTERNAL MODULE: ./build/shared/profile/hashset.js
var hashset = __webpack_require__(1038);
;// CONCATENATED MODULE: ./build/shared/validate/table.js
// validateTable: streams one table through a compiled schema. Every cell is
// counted (no sample limit on counts); only the error details kept for the
// report are capped. Split in two so a sharded run can merge: tallyTable
// counts (and profiles) in one pass, finishTable turns the counts — one
// table's, or the sum of its shards' — into the verdict. Table-level checks
// (row count, keys, missing rates, `mostly`) always run on the full counts.








/** A tuple of cast values as one key: the same on both sides of a foreign key (missing or invalid: a marker). */
function tupleKey(states, r) {
    let key = '';
    let any = false;
    for (let k = 0; k < states.length; k++) {
        const value = states[k].values[r];
        if (k > 0)
            key += '\u0000';
        if (value === undefined)
            key += '\u0001';
        else {
            any = true;
            key += uniqueKeyOf(value);
        }
    }
    // All missing: no reference (Frictionless skips it, as it skips such rows of the referenced table).
    return any ? key : undefined;
}
const NUMERIC_ORDERED = new Set(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const CATEGORICAL = new Set(['string', 'boolean']);
/** Validates and, if asked, profiles one table in one pass; the verdict is `finishTable` of the tally. */
async function validateTable(table, schema, options = {}) {
    const { tally } = await tallyTable(table, schema, options);
    return finishTable(tally, schema, options);
}
/** Row order for error samples and locations: file-level (no row) first, then by row and line. */
function byRowOrder(a, b) {
    return (a.row ?? 0) - (b.row ?? 0) || (a.line ?? 0) - (b.line ?? 0);
}
/**
 * The first `max` errors in row order, ties in the order they were found.
 * Cells are checked a column at a time within each batch, so "first found"
 * is not "first by row"; keeping the first by row makes a shard's sample the
 * part of the unsharded sample its rows hold, so merged samples agree.
 * Holds at most 2·max errors; past the cut, an error costs one comparison.
 */
class FirstErrors {
    max;
    items = [];
    cutRow = Infinity;
    constructor(max) {
        this.max = max;
    }
    add(error) {
        if (this.max <= 0)
            return;
        // Full and at or past the last kept row: it would sort after every kept error (found later, no smaller row).
        if ((error.row ?? 0) >= this.cutRow)
            return;
        this.items.push(error);
        if (this.items.length >= 2 * this.max)
            this.cut();
    }
    cut() {
        this.items.sort(byRowOrder); // stable: equal rows stay in the order found
        if (this.max > 0 && this.items.length >= this.max) {
            this.items.length = this.max;
            this.cutRow = this.items[this.max - 1].row ?? 0;
        }
    }
    toArray() {
        this.cut();
        return this.items;
    }
}
/** One pass over a table: every count the verdict needs, the error samples, and the profile. */
async function tallyTable(table, schema, options = {}) {
    const maxSamples = options.maxErrorSamples ?? 1000;
    const maxLocations = options.maxLocationsPerCheck ?? 50;
    const file = table.info.display;
    const errors = new FirstErrors(maxSamples);
    const checks = [];
    const errorCounts = { file: {}, rows: {} };
    const newCheck = (id, title, kind, extra = {}) => {
        const check = { id: `${file}#${id}`, title, scope: kind === 'header' ? 'file' : 'rows', kind, tolerable: false, count: 0, locations: [], ...extra };
        checks.push(check);
        return check;
    };
    const record = (check, error) => {
        check.count++;
        const counts = errorCounts[check.scope];
        counts[error.type] = (counts[error.type] ?? 0) + 1;
        if (check.locations.length < maxLocations) {
            check.locations.push({ file, line: error.line, row: error.row, field: error.field });
        }
        errors.add({ ...error, file, severity: 'fail' });
    };
    // Header against the schema.
    const headerCheck = newCheck('header', `Header matches the schema (fieldsMatch: ${schema.fieldsMatch})`, 'header');
    const fieldStates = matchHeader(table, schema, (type, message, field) => record(headerCheck, { type, message, field, line: table.headerLine }));
    const byName = new Map(fieldStates.map((state) => [state.field.name, state]));
    // Row shape (blank rows, extra and missing cells): counted per row, so per shard; a check only once a row breaks it.
    let rowsCheck;
    const rowsCheckOf = () => {
        if (!rowsCheck) {
            rowsCheck = { id: `${file}#${ROWS_CHECK}`, title: ROWS_CHECK_TITLE, scope: 'rows', kind: 'header', tolerable: false, count: 0, locations: [] };
            checks.splice(checks.indexOf(headerCheck) + 1, 0, rowsCheck);
        }
        return rowsCheck;
    };
    for (const state of fieldStates) {
        const f = state.field;
        const tolerable = f.mostly !== undefined;
        if (f.type !== 'any')
            state.typeCheck = newCheck(`field:${f.name}:type`, `${f.name}: values are ${f.typeLabel}`, 'type', { field: f.name, tolerable });
        if (f.required)
            state.requiredCheck = newCheck(`field:${f.name}:required`, `${f.name}: required (no missing values)`, 'required', { field: f.name, constraint: 'required' });
        for (const name of CONSTRAINT_ORDER) {
            if (f.constraintValue(name) === undefined)
                continue;
            state.constraintChecks.set(name, newCheck(`field:${f.name}:${name}`, `${f.name}: ${describeConstraint(name, f.constraintValue(name))}`, 'constraint', { field: f.name, constraint: name, tolerable }));
        }
        if (f.unique) {
            state.uniqueCheck = newCheck(`field:${f.name}:unique`, `${f.name}: values are unique`, 'unique', { field: f.name, constraint: 'unique', keyFields: [f.name] });
            state.unique = new hashset/* ValueHashSet */.K(1 << 16);
        }
        if (options.profile && (NUMERIC_ORDERED.has(f.type) || CATEGORICAL.has(f.type))) {
            // An identifier's values are all different: its profile counts them but keeps no categories (drift leaves it out).
            const identifier = f.unique || schema.keyGroups.some((g) => g.kind === 'primaryKey' && g.fields.length === 1 && g.fields[0] === f.name);
            state.profile = options.profile.accumulator(f.name, f.type, NUMERIC_ORDERED.has(f.type) ? 'numeric' : identifier ? 'identifier' : 'categorical');
        }
    }
    const keyGroups = schema.keyGroups
        .map((group) => ({
        ...group,
        states: group.fields.map((name) => byName.get(name)),
        set: new hashset/* ValueHashSet */.K(1 << 16),
        check: newCheck(group.kind === 'primaryKey' ? 'primaryKey' : `uniqueKey:${group.fields.join(',')}`, `${group.kind === 'primaryKey' ? 'Primary key' : 'Unique key'} (${group.fields.join(', ')}) is unique${group.kind === 'primaryKey' ? ' and complete' : ''}`, 'key', { keyFields: [...group.fields], constraint: group.kind }),
    }))
        .filter((group) => {
        if (group.states.some((s) => s === undefined)) {
            // The header check already reports the missing column; the key cannot be checked.
            group.check.unavailable = true;
            return false;
        }
        if (group.states.length === 1) {
            const state = group.states[0];
            // A field both unique and the primary key shares one hash set: a duplicate is both errors.
            if (group.kind === 'primaryKey')
                state.primaryKey = { set: state.unique ?? group.set, check: group.check };
            else if (!state.unique) {
                state.unique = group.set;
                state.uniqueCheck = group.check;
            }
            else
                checks.splice(checks.indexOf(group.check), 1); // the field's own unique check covers it
            return false;
        }
        for (const s of group.states)
            s.keepValues = true;
        return true;
    });
    // Foreign keys: this table's tuples looked up in the referenced table's; and the tuples it provides to others.
    const provided = (options.provide ?? []).flatMap((entry) => {
        const states = entry.fields.map((name) => byName.get(name));
        if (states.some((st) => st === undefined)) {
            entry.unavailable = true;
            return [];
        }
        for (const st of states)
            st.keepValues = true;
        return [{ entry, states: states }];
    });
    const foreignKeys = (options.foreignKeys ?? []).flatMap((fk, i) => {
        const target = fk.resource === '' ? 'this table' : `"${fk.resource}"`;
        const check = newCheck(`foreignKey:${i}`, `Foreign key (${fk.fields.join(', ')}) references ${target} (${fk.referenceFields.join(', ')})`, 'key', { constraint: 'foreignKey' });
        const states = fk.fields.map((name) => byName.get(name));
        if (fk.set === undefined || states.some((st) => st === undefined)) {
            check.unavailable = true;
            return [];
        }
        for (const st of states)
            st.keepValues = true;
        return [{ fk, check, set: fk.set, states: states }];
    });
    const shard = options.rows;
    let shardColumn;
    if (shard?.by !== undefined) {
        shardColumn = byName.get(shard.by);
        if (!shardColumn)
            throw new shared_errors/* ConfigurationError */.j1(`shard-by column "${shard.by}" is not a column of the file and the schema`, { file });
    }
    let rows = 0;
    let reserved = false;
    for await (const batch of table.batches) {
        const mask = shard ? shardMask(batch, shard.index, shard.count, shardColumn) : undefined;
        rows += mask ? countKept(mask) : batch.size;
        if (!reserved) {
            // Size the hash sets once from the first batch's bytes per row.
            reserved = true;
            const expected = table.estimateRows?.(batch);
            if (expected !== undefined) {
                const sets = new Set();
                for (const state of fieldStates) {
                    if (state.unique)
                        sets.add(state.unique);
                    if (state.primaryKey)
                        sets.add(state.primaryKey.set);
                }
                for (const group of keyGroups)
                    sets.add(group.set);
                const share = shard ? shard.count : 1;
                for (const set of sets)
                    set.reserve(Math.ceil((expected / share) * 1.05));
            }
        }
        if (batch.issues !== undefined)
            reportRowIssues(batch, table.header, rowsCheckOf, record, mask, shard);
        for (const state of fieldStates)
            validateColumn(state, batch, record, mask);
        for (const group of keyGroups)
            checkKeyGroup(group, batch, record, mask);
        for (const { entry, states } of provided) {
            for (let r = 0; r < batch.size; r++) {
                const key = tupleKey(states, r);
                if (key !== undefined)
                    entry.set.add(key);
            }
        }
        for (const { fk, check, set, states } of foreignKeys) {
            for (let r = 0; r < batch.size; r++) {
                if (mask !== undefined && mask[r] === 0)
                    continue;
                const key = tupleKey(states, r);
                if (key === undefined || set.has(key))
                    continue;
                const row = batch.firstRow + r;
                const shown = states.map((st) => JSON.stringify(truncateCell(cellText(batch, st.column, r)))).join(', ');
                record(check, {
                    type: 'foreign-key', row, line: batch.lines?.[r], ...(fk.fields.length === 1 ? { field: fk.fields[0] } : {}),
                    message: `row ${row}: (${fk.fields.join(', ')}) = (${shown}) is not a key (${fk.referenceFields.join(', ')}) of ${fk.resource === '' ? 'this table' : `resource "${fk.resource}"`}`,
                });
            }
        }
        options.onBatch?.(batch.firstRow + batch.size - 1);
    }
    const digest = table.digest();
    const tally = {
        file,
        format: table.info.format + (table.info.gzip ? '+gzip' : ''),
        rows,
        sha256: digest.sha256,
        bytes: digest.bytes,
        checks,
        fields: fieldStates.map((s) => ({ name: s.field.name, missing: s.missing, failed: s.failed, min: Number.isFinite(s.min) ? s.min : null, max: Number.isFinite(s.max) ? s.max : null })),
        errors: errors.toArray(),
        errorCounts,
    };
    if (options.profile)
        options.profile.rows += rows;
    return { tally };
}
const ROWS_CHECK = 'rows';
const ROWS_CHECK_TITLE = 'Rows have the header\'s cells (no blank rows, no extra or missing cells)';
/** Blank rows, extra and missing cells as Frictionless reports them; a blank row (not a record) belongs to the shard of the record after it. */
function reportRowIssues(batch, header, checkOf, record, mask, shard) {
    for (const issue of batch.issues) {
        if (shard !== undefined) {
            if (issue.index !== undefined ? mask[issue.index] === 0 : shard.by !== undefined ? shard.index !== 0 : (issue.row - 1) % shard.count !== shard.index)
                continue;
        }
        const { row, line } = issue;
        const check = checkOf();
        if (issue.type === 'blank-row') {
            record(check, { type: 'blank-row', row, line, message: `line ${line} is a blank row` });
        }
        else if (issue.type === 'extra-cell') {
            for (let k = header.length; k < issue.cells; k++) {
                record(check, {
                    type: 'extra-cell', row, line, ...(k === header.length && issue.cell !== undefined ? { cell: issue.cell } : {}),
                    message: `row ${row} has ${issue.cells} cells, the header ${header.length}: cell ${k + 1} has no column`,
                });
            }
        }
        else {
            for (let k = issue.cells; k < header.length; k++) {
                record(check, { type: 'missing-cell', row, line, field: header[k], message: `row ${row} has ${issue.cells} cell${issue.cells === 1 ? '' : 's'}, the header ${header.length}: no cell for column ${k + 1} ("${header[k]}")` });
            }
        }
    }
}
/** Which rows of a batch belong to the shard: by row number, or by a hash of the shard-by value (equal values, one shard). */
function shardMask(batch, index, count, by) {
    const mask = new Uint8Array(batch.size);
    if (!by) {
        for (let r = 0; r < batch.size; r++)
            mask[r] = (batch.firstRow + r - 1) % count === index ? 1 : 0;
        return mask;
    }
    const numeric = NUMERIC_ORDERED.has(by.field.type);
    for (let r = 0; r < batch.size; r++) {
        let raw = cellText(batch, by.column, r).trim();
        if (numeric) {
            // 1, 1.0 and 01 are one key: hash the cast number where there is one.
            const value = by.field.cast(raw);
            if (typeof value === 'number')
                raw = String(value);
        }
        mask[r] = (0,hashset/* fnv1a */.P)(raw) % count === index ? 1 : 0;
    }
    return mask;
}
function cellText(batch, column, r) {
    if (batch.text)
        return textCell(batch.text, batch.text.starts.length, column, r);
    const cell = batch.columns[column][r];
    return cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell : truncateCell(cell);
}
function countKept(mask) {
    let n = 0;
    for (let i = 0; i < mask.length; i++)
        n += mask[i];
    return n;
}
/**
 * Sums the tallies of one file's row shards: row counts add up, file-level
 * counts (the header) are the same in every shard and taken once, error
 * samples and locations interleave back into row order.
 */
function mergeTallies(tallies, options = {}) {
    const maxSamples = options.maxErrorSamples ?? 1000;
    const maxLocations = options.maxLocationsPerCheck ?? 50;
    const first = tallies[0];
    for (const t of tallies) {
        if (t.sha256 !== first.sha256)
            throw new shared_errors/* ConfigurationError */.j1(`the shards read different contents of ${first.file} (sha256 ${first.sha256?.slice(0, 12)} and ${t.sha256?.slice(0, 12)})`, { file: first.file });
    }
    // A check a shard made only when its rows broke it (row shape) may be missing from the first shard.
    const all = [...first.checks];
    for (const t of tallies) {
        t.checks.forEach((check, k) => {
            if (all.some((c) => c.id === check.id))
                return;
            const after = k === 0 ? -1 : all.findIndex((c) => c.id === t.checks[k - 1].id);
            all.splice(after + 1, 0, check);
        });
    }
    const checks = all.map((check) => {
        if (check.scope === 'file')
            return structuredClone(check);
        const parts = tallies.map((t) => t.checks.find((c) => c.id === check.id)).filter((c) => c !== undefined);
        return { ...structuredClone(check), count: parts.reduce((s, c) => s + c.count, 0), locations: parts.flatMap((c) => c.locations).sort(byRowOrder).slice(0, maxLocations) };
    });
    const fields = first.fields.map((field) => {
        const parts = tallies.map((t) => t.fields.find((f) => f.name === field.name)).filter((f) => f !== undefined);
        const mins = parts.map((p) => p.min).filter((v) => v !== null);
        const maxes = parts.map((p) => p.max).filter((v) => v !== null);
        return { name: field.name, missing: parts.reduce((s, p) => s + p.missing, 0), failed: parts.reduce((s, p) => s + p.failed, 0), min: mins.length ? Math.min(...mins) : null, max: maxes.length ? Math.max(...maxes) : null };
    });
    const rowErrorCounts = {};
    for (const t of tallies)
        for (const [k, v] of Object.entries(t.errorCounts.rows))
            rowErrorCounts[k] = (rowErrorCounts[k] ?? 0) + v;
    const fileErrors = first.errors.filter((e) => e.row === undefined);
    const rowErrors = tallies.flatMap((t) => t.errors.filter((e) => e.row !== undefined)).sort(byRowOrder);
    return {
        file: first.file,
        format: first.format,
        rows: tallies.reduce((s, t) => s + t.rows, 0),
        sha256: first.sha256,
        bytes: first.bytes,
        checks,
        fields,
        errors: [...fileErrors, ...rowErrors].slice(0, maxSamples),
        errorCounts: { file: { ...first.errorCounts.file }, rows: rowErrorCounts },
    };
}
/** The verdict of a (possibly merged) tally: statuses, table-level checks, `mostly`, messages. */
function finishTable(tally, schema, options = {}) {
    const maxSamples = options.maxErrorSamples ?? 1000;
    const file = tally.file;
    const rows = tally.rows;
    const errors = tally.errors.map((e) => ({ ...e }));
    const errorCounts = {};
    for (const counts of [tally.errorCounts.file, tally.errorCounts.rows])
        for (const [k, v] of Object.entries(counts))
            errorCounts[k] = (errorCounts[k] ?? 0) + v;
    let errorCount = Object.values(errorCounts).reduce((a, b) => a + b, 0);
    const addError = (error) => {
        errorCount++;
        errorCounts[error.type] = (errorCounts[error.type] ?? 0) + 1;
        if (errors.length < maxSamples)
            errors.push(error);
    };
    const fieldOf = new Map(schema.fields.map((f) => [f.name, f]));
    const stats = new Map(tally.fields.map((f) => [f.name, f]));
    const tolerated = new Set();
    for (const s of tally.fields) {
        const mostly = fieldOf.get(s.name)?.mostly;
        const nonMissing = rows - s.missing;
        if (mostly !== undefined && s.failed > 0 && nonMissing > 0 && 1 - s.failed / nonMissing >= mostly)
            tolerated.add(s.name);
    }
    for (const error of errors) {
        if (error.field !== undefined && tolerated.has(error.field) && (error.type === 'type-error' || (error.type === 'constraint-error' && error.constraint !== 'required'))) {
            error.severity = 'warn';
        }
    }
    const finished = [];
    for (const check of tally.checks) {
        const field = check.field === undefined ? undefined : fieldOf.get(check.field);
        const s = check.field === undefined ? undefined : stats.get(check.field);
        if (check.unavailable) {
            const why = check.constraint === 'foreignKey' ? 'a key column is missing, or the referenced table could not be read' : 'a key column is missing from the file';
            finished.push({ id: check.id, title: check.title, status: 'fail', message: `cannot be checked: ${why}`, count: 0, locations: [] });
            continue;
        }
        const unverifiable = check.keyFields ? options.unverifiableKey?.(check.keyFields) : undefined;
        let status = check.count === 0 ? 'pass' : 'fail';
        let message = check.count === 0 ? 'no errors' : `${(0,count/* formatCount */.B)(check.count)} error${check.count === 1 ? '' : 's'}`;
        let observed = check.count;
        let expected = 0;
        if (unverifiable !== undefined) {
            status = check.count === 0 ? 'error' : 'fail';
            message = `${check.count === 0 ? 'cannot be verified' : `${message} within shards; the rest cannot be verified`}: ${unverifiable}`;
        }
        else if (field && s && check.tolerable && field.mostly !== undefined) {
            const nonMissing = rows - s.missing;
            const share = nonMissing === 0 ? 1 : 1 - s.failed / nonMissing;
            observed = share;
            expected = `≥ ${formatRate(field.mostly)} valid`;
            if (check.count > 0) {
                status = tolerated.has(field.name) ? 'pass' : 'fail';
                message = `${(0,count/* formatCount */.B)(check.count)} of ${(0,count/* formatCount */.B)(nonMissing)} values break it; ${formatRate(share)} of the field is valid, ${status === 'pass' ? 'within' : 'below'} mostly ${formatRate(field.mostly)}`;
            }
        }
        else if (field && s && (check.constraint === 'minimum' || check.constraint === 'exclusiveMinimum') && s.min !== null) {
            observed = formatCastValue(field, s.min);
            expected = `${check.constraint === 'minimum' ? '≥' : '>'} ${String(field.constraintValue(check.constraint))}`;
        }
        else if (field && s && (check.constraint === 'maximum' || check.constraint === 'exclusiveMaximum') && s.max !== null) {
            observed = formatCastValue(field, s.max);
            expected = `${check.constraint === 'maximum' ? '≤' : '<'} ${String(field.constraintValue(check.constraint))}`;
        }
        finished.push({ id: check.id, title: check.title, status, observed, expected, message, count: check.count, locations: check.locations });
    }
    // Table-level checks over the full counts.
    const rowCount = schema.rowCount;
    if (rowCount && !options.partial) {
        const range = describeRange(rowCount.min, rowCount.max);
        const ok = (rowCount.min === undefined || rows >= rowCount.min) && (rowCount.max === undefined || rows <= rowCount.max);
        finished.push({ id: `${file}#rowCount`, title: `Row count is ${range}`, status: ok ? 'pass' : 'fail', observed: rows, expected: range, message: ok ? `${(0,count/* formatCount */.B)(rows)} rows` : `${(0,count/* formatCount */.B)(rows)} rows, expected ${range}`, count: ok ? 0 : 1, locations: [] });
        if (!ok)
            addError({ type: 'row-count', file, message: `the table has ${(0,count/* formatCount */.B)(rows)} rows, expected ${range}`, severity: 'fail' });
    }
    for (const s of tally.fields) {
        const field = fieldOf.get(s.name);
        if (field?.maxMissingRate === undefined)
            continue;
        const rate = rows === 0 ? 0 : s.missing / rows;
        const limit = field.maxMissingRate;
        const ok = rate <= limit;
        finished.push({ id: `${file}#field:${field.name}:maxMissingRate`, title: `${field.name}: missing rate ≤ ${formatRate(limit)}`, status: ok ? 'pass' : 'fail', observed: rate, expected: `≤ ${formatRate(limit)}`, message: `${(0,count/* formatCount */.B)(s.missing)} of ${(0,count/* formatCount */.B)(rows)} values missing (${formatRate(rate)})`, count: ok ? 0 : 1, locations: [] });
        if (!ok)
            addError({ type: 'missing-rate', file, field: field.name, message: `${formatRate(rate)} of "${field.name}" is missing, more than the ${formatRate(limit)} allowed`, severity: 'fail' });
    }
    errors.sort(byRowOrder);
    const failedChecks = finished.filter((c) => c.status === 'fail' || c.status === 'error').length;
    return {
        summary: {
            file,
            format: tally.format,
            status: (0,results_status/* worstStatus */.A4)(finished.map((c) => c.status)),
            rows,
            sha256: tally.sha256,
            bytes: tally.bytes,
            errorCount,
            errorCounts,
            failedChecks,
        },
        checks: finished,
        errors,
    };
}
const CONSTRAINT_ORDER = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'enum', 'jsonSchema'];
function describeConstraint(name, value) {
    switch (name) {
        case 'minimum': return `≥ ${String(value)}`;
        case 'maximum': return `≤ ${String(value)}`;
        case 'exclusiveMinimum': return `> ${String(value)}`;
        case 'exclusiveMaximum': return `< ${String(value)}`;
        case 'minLength': return `length ≥ ${String(value)}`;
        case 'maxLength': return `length ≤ ${String(value)}`;
        case 'pattern': return `matches /${String(value)}/`;
        case 'jsonSchema': return 'conforms to its JSON Schema';
        case 'enum': {
            const list = value.map((v) => JSON.stringify(v));
            return `one of ${list.length > 6 ? `${list.slice(0, 6).join(', ')}, … (${list.length})` : list.join(', ')}`;
        }
    }
}
function constraintMessage(name, cell, limit) {
    const shown = JSON.stringify(cell);
    switch (name) {
        case 'minimum': return `${shown} is less than the minimum ${String(limit)}`;
        case 'maximum': return `${shown} is greater than the maximum ${String(limit)}`;
        case 'exclusiveMinimum': return `${shown} is not greater than the exclusive minimum ${String(limit)}`;
        case 'exclusiveMaximum': return `${shown} is not less than the exclusive maximum ${String(limit)}`;
        case 'minLength': return `${shown} is shorter than minLength ${String(limit)}`;
        case 'maxLength': return `${shown} is longer than maxLength ${String(limit)}`;
        case 'pattern': return `${shown} does not match the pattern ${String(limit)}`;
        case 'jsonSchema': return `${shown} does not conform to the field's JSON Schema`;
        case 'enum': return `${shown} is not one of ${limit.map(String).join(', ')}`;
    }
}
function describeRange(min, max) {
    if (min !== undefined && max !== undefined)
        return `between ${(0,count/* formatCount */.B)(min)} and ${(0,count/* formatCount */.B)(max)}`;
    if (min !== undefined)
        return `at least ${(0,count/* formatCount */.B)(min)}`;
    if (max !== undefined)
        return `at most ${(0,count/* formatCount */.B)(max)}`;
    return 'any';
}
/**
 * Matches the header against the schema as Frictionless does (frictionless-py
 * table/header.py). `exact` matches by position: labels past the fields are
 * extra-label, fields past the labels missing-label, and at each position a
 * blank-label, a duplicate-label or an incorrect-label. Every other mode
 * matches by name: unmatched labels are extra-label (not under subset or
 * partial), unmatched fields missing-label (under superset and partial only
 * the required and primary-key fields), and partial with no label matched is
 * unmatched-header. A duplicate label is reported (Frictionless refuses the
 * table) and its first column is the field's. Cells of the matched columns
 * are checked whatever the header errors.
 */
function matchHeader(table, schema, report) {
    const header = table.header;
    // Records keyed by name (JSON Lines, inline objects) have no column order: exact means equal.
    const mode = table.unexpectedKeys !== undefined && schema.fieldsMatch === 'exact' ? 'equal' : schema.fieldsMatch;
    const states = [];
    const make = (field, column) => ({
        field, column, missing: 0, failed: 0, min: Infinity, max: -Infinity, constraintChecks: new Map(), keepValues: false, values: [],
    });
    const firstAt = new Map();
    const duplicateOf = header.map((label, i) => {
        const before = firstAt.get(label);
        if (before === undefined)
            firstAt.set(label, i);
        return label === '' ? undefined : before;
    });
    if (table.noHeader) {
        // No header row: the columns are the fields by position; a field past the last column is absent.
        schema.fields.forEach((field, i) => {
            if (i < header.length)
                states.push(make(field, i));
            else
                report('missing-label', `field "${field.name}" (position ${i + 1}) has no column: the rows have ${header.length} cell${header.length === 1 ? '' : 's'}`, field.name);
        });
    }
    else if (mode === 'exact') {
        schema.fields.forEach((field, i) => {
            if (i >= header.length)
                report('missing-label', `field "${field.name}" (position ${i + 1}) is missing from the header`, field.name);
        });
        header.forEach((label, i) => {
            const field = schema.fields[i];
            if (!field) {
                report('extra-label', `column ${label === '' ? i + 1 : `"${label}" (position ${i + 1})`} is not in the schema`, label === '' ? undefined : label);
                return;
            }
            const before = duplicateOf[i];
            if (label === '')
                report('blank-label', `column ${i + 1} has a blank header (the schema expects "${field.name}")`, field.name);
            else if (before !== undefined)
                report('duplicate-label', `column ${i + 1} repeats the label "${label}" of column ${before + 1}`, field.name);
            else if (label !== field.name)
                report('incorrect-label', `column ${i + 1} is "${label}", the schema expects "${field.name}"`, field.name);
            states.push(make(field, i));
        });
    }
    else {
        const names = new Set(schema.fields.map((f) => f.name));
        const primaryKey = new Set(schema.keyGroups.filter((g) => g.kind === 'primaryKey').flatMap((g) => g.fields));
        const allowExtra = mode === 'subset' || mode === 'partial';
        const allowMissing = mode === 'superset' || mode === 'partial';
        header.forEach((label, i) => {
            const before = duplicateOf[i];
            if (before !== undefined)
                report('duplicate-label', `column ${i + 1} repeats the label "${label}" of column ${before + 1}: fields are matched by name (fieldsMatch: ${mode}), so column ${before + 1} is "${label}"`, names.has(label) ? label : undefined);
            else if (!allowExtra && !names.has(label))
                report('extra-label', `column ${label === '' ? i + 1 : `"${label}" (position ${i + 1})`} is not in the schema`, label === '' ? undefined : label);
        });
        if (mode === 'partial' && schema.fields.length > 0 && !schema.fields.some((f) => firstAt.has(f.name))) {
            report('unmatched-header', `no column of the file is a field of the schema (labels: ${header.slice(0, 8).map((l) => JSON.stringify(l)).join(', ')}${header.length > 8 ? ', …' : ''})`);
        }
        for (const field of schema.fields) {
            const column = firstAt.get(field.name);
            if (column !== undefined)
                states.push(make(field, column));
            else if (!allowMissing)
                report('missing-label', `field "${field.name}" is missing from the header`, field.name);
            else if (field.required || primaryKey.has(field.name)) {
                report('missing-label', `field "${field.name}" is missing from the header, and it is ${field.required ? 'required' : 'in the primary key'} (fieldsMatch: ${mode} allows only optional fields to be absent)`, field.name);
            }
        }
    }
    const unexpected = table.unexpectedKeys;
    if (unexpected && mode !== 'subset' && mode !== 'partial') {
        const originalBatches = table.batches;
        // JSON Lines can reveal extra keys only while reading; report them after the last batch.
        table.batches = (async function* () {
            yield* originalBatches;
            for (const [key, line] of unexpected()) {
                if (!schema.fields.some((f) => f.name === key))
                    report('extra-label', `key "${key}" (first seen on line ${line}) is not in the schema`, key);
            }
        })();
    }
    return states;
}
/** Marks a string value left in the chunk text (text[start, end)), not materialized. */
const IN_TEXT = Symbol('in-text');
function validateColumn(state, batch, record, mask) {
    // One tight loop per column. For CSV/TSV cells are offsets into the chunk:
    // numbers, dates and most string checks run on the text without making a
    // string per cell. The common casts and every constraint are inlined (a
    // closure call per cell would be megamorphic across fields).
    const { field } = state;
    const cells = batch.text;
    const text = cells?.text ?? '';
    const starts = cells?.starts[state.column];
    const ends = cells?.ends[state.column];
    const special = cells?.special;
    const absent = cells?.absent;
    const width = cells?.starts.length ?? 0;
    const column = cells ? undefined : batch.columns[state.column];
    const lines = batch.lines;
    const missingValues = field.missingValues;
    const missingList = [...missingValues];
    const onlyEmptyMissing = missingList.length === 1 && missingList[0] === '';
    // Hashing every cell for Set.has is costly; missing markers are short, so test length first.
    let longestMissing = 0;
    for (const m of missingList)
        longestMissing = Math.max(longestMissing, m.length);
    const cast = field.cast;
    const kind = field.fastKind;
    const L = field.limits;
    const hasMin = L.minimum !== undefined, min = L.minimum ?? 0;
    const hasMax = L.maximum !== undefined, max = L.maximum ?? 0;
    const hasExMin = L.exclusiveMinimum !== undefined, exMin = L.exclusiveMinimum ?? 0;
    const hasExMax = L.exclusiveMaximum !== undefined, exMax = L.exclusiveMaximum ?? 0;
    const hasMinLength = L.minLength !== undefined, minLength = L.minLength ?? 0;
    const hasMaxLength = L.maxLength !== undefined, maxLength = L.maxLength ?? 0;
    const pattern = L.pattern;
    const allowed = L.enum;
    const enumByKey = L.enumByKey;
    // A small set of allowed strings is matched in place; a large one needs the string for Set.has.
    const enumList = allowed && allowed.size <= 16 && [...allowed].every((v) => typeof v === 'string') ? [...allowed] : undefined;
    const jsonSchema = L.jsonSchema;
    const anyConstraint = hasMin || hasMax || hasExMin || hasExMax || hasMinLength || hasMaxLength || pattern !== undefined || allowed !== undefined || jsonSchema !== undefined;
    const ordered = NUMERIC_ORDERED.has(field.type);
    const unique = state.unique;
    const primaryKey = state.primaryKey;
    const keep = state.keepValues;
    const sticky = cells && L.stickyPattern ? L.stickyPattern(cells.delimiter) : undefined;
    const needString = (pattern !== undefined && sticky === undefined) || (allowed !== undefined && enumList === undefined) || keep;
    const values = state.values;
    if (keep)
        values.length = batch.size;
    let seenMin = state.min;
    let seenMax = state.max;
    const profile = state.profile;
    const profileNumbers = profile !== undefined && profile.kind === 'numeric';
    const profileCountOnly = profile !== undefined && profile.countOnly;
    for (let r = 0; r < batch.size; r++) {
        if (mask !== undefined && mask[r] === 0)
            continue;
        let cell;
        let s = 0;
        let e = 0;
        let isMissing;
        if (column === undefined) {
            s = starts[r];
            e = ends[r];
            cell = special === undefined ? undefined : special.get(r * width + state.column);
            if (cell === undefined) {
                const length = e - s;
                isMissing = length === 0 && (missingValues.has('') || (absent !== undefined && absent.has(r * width + state.column)));
                if (!isMissing && !onlyEmptyMissing && length <= longestMissing) {
                    for (let k = 0; k < missingList.length; k++) {
                        const m = missingList[k];
                        if (m.length === length && text.startsWith(m, s))
                            isMissing = true;
                    }
                }
            }
            else
                isMissing = missingValues.has(cell);
        }
        else {
            cell = column[r];
            isMissing = cell === null || cell === undefined || (typeof cell === 'string' && (onlyEmptyMissing ? cell === '' : cell.length <= longestMissing && missingValues.has(cell)));
        }
        if (isMissing) {
            state.missing++;
            if (profile !== undefined)
                profile.missing++;
            if (keep)
                values[r] = undefined;
            if (state.requiredCheck) {
                record(state.requiredCheck, { type: 'constraint-error', constraint: 'required', field: field.name, row: batch.firstRow + r, line: lines?.[r], message: `missing value in required field "${field.name}"` });
            }
            if (primaryKey)
                record(primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: lines?.[r], message: `row ${batch.firstRow + r} has no primary key "${field.name}"` });
            continue;
        }
        let value;
        if (cell === undefined) {
            if (kind === FAST_STRING)
                value = needString ? (cell = text.slice(s, e)) : IN_TEXT;
            else if (kind === FAST_NUMBER) {
                const parsed = parseDecimalRange(text, s, e);
                value = parsed !== undefined ? parsed : cast((cell = text.slice(s, e)));
            }
            else if (kind === FAST_INTEGER)
                value = parseIntegerRange(text, s, e) ?? INVALID;
            else if (kind === FAST_DATE)
                value = parseIsoDateRange(text, s, e) ?? INVALID;
            else if (kind === FAST_DATETIME)
                value = parseIsoDatetimeRange(text, s, e) ?? INVALID;
            else
                value = cast((cell = text.slice(s, e)));
        }
        else if (typeof cell === 'string' && kind !== 0) {
            if (kind === FAST_STRING)
                value = cell;
            else if (kind === FAST_NUMBER)
                value = NUMBER_PATTERN.test(cell) ? +cell : cast(cell);
            else if (kind === FAST_INTEGER)
                value = INTEGER_PATTERN.test(cell) ? +cell : INVALID;
            else if (kind === FAST_DATE)
                value = parseIsoDate(cell) ?? INVALID;
            else if (kind === FAST_DATETIME)
                value = parseIsoDatetime(cell) ?? INVALID;
            else
                value = cast(cell);
        }
        else
            value = cast(cell);
        if (value === INVALID) {
            state.failed++;
            if (profile !== undefined)
                profile.typeErrors++;
            if (keep)
                values[r] = undefined;
            const shown = truncateCell(cell ?? text.slice(s, e));
            if (state.typeCheck) {
                record(state.typeCheck, { type: 'type-error', field: field.name, row: batch.firstRow + r, line: lines?.[r], cell: shown, message: `${JSON.stringify(shown)} is not a valid ${field.typeLabel}` });
            }
            if (primaryKey)
                record(primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: lines?.[r], message: `row ${batch.firstRow + r} has an invalid primary key "${field.name}"` });
            continue;
        }
        if (keep)
            values[r] = value;
        if (ordered) {
            if (value < seenMin)
                seenMin = value;
            if (value > seenMax)
                seenMax = value;
        }
        if (anyConstraint) {
            let broken;
            if (hasMin && value < min)
                broken = 'minimum';
            else if (hasMax && value > max)
                broken = 'maximum';
            else if (hasExMin && value <= exMin)
                broken = 'exclusiveMinimum';
            else if (hasExMax && value >= exMax)
                broken = 'exclusiveMaximum';
            else if (hasMinLength && (value === IN_TEXT ? rangeShorterThan(text, s, e, minLength) : shorterThan(value, minLength)))
                broken = 'minLength';
            else if (hasMaxLength && (value === IN_TEXT ? rangeLongerThan(text, s, e, maxLength) : longerThan(value, maxLength)))
                broken = 'maxLength';
            else if (pattern !== undefined) {
                let matches;
                if (cell === undefined && sticky !== undefined) {
                    // In place: a match must end where the cell ends; one ending elsewhere is checked on the string.
                    sticky.lastIndex = s;
                    matches = sticky.test(text) && (sticky.lastIndex === e || pattern.test(text.slice(s, e)));
                }
                else {
                    matches = pattern.test(typeof cell === 'string' ? cell : cell === undefined ? text.slice(s, e) : typeof value === 'string' ? value : truncateCell(cell));
                }
                if (!matches)
                    broken = 'pattern';
            }
            else if (allowed !== undefined) {
                if (value === IN_TEXT) {
                    let found = false;
                    for (let k = 0; k < enumList.length && !found; k++) {
                        const option = enumList[k];
                        found = option.length === e - s && text.startsWith(option, s);
                    }
                    if (!found)
                        broken = 'enum';
                }
                else if (!allowed.has(enumByKey ? uniqueKeyOf(value) : value))
                    broken = 'enum';
            }
            if (broken === undefined && jsonSchema !== undefined && !jsonSchema(value))
                broken = 'jsonSchema';
            if (broken !== undefined) {
                state.failed++;
                if (profile !== undefined)
                    profile.constraintErrors++;
                const shown = truncateCell(cell ?? text.slice(s, e));
                record(state.constraintChecks.get(broken), {
                    type: 'constraint-error', constraint: broken, field: field.name, row: batch.firstRow + r, line: lines?.[r], cell: shown,
                    message: constraintMessage(broken, shown, field.constraintValue(broken)),
                });
            }
        }
        if (profile !== undefined) {
            if (profileNumbers)
                profile.addNumber(value);
            else if (profileCountOnly)
                profile.count++;
            else if (value === IN_TEXT)
                profile.addCategoryRange(text, s, e);
            else
                profile.addCategory(typeof value === 'string' ? value : String(value));
        }
        const fresh = unique === undefined ? true : value === IN_TEXT ? unique.addRange(text, s, e) : addValue(unique, value);
        if (!fresh) {
            const shown = truncateCell(cell ?? text.slice(s, e));
            record(state.uniqueCheck, { type: 'unique-error', constraint: 'unique', field: field.name, row: batch.firstRow + r, line: lines?.[r], cell: shown, message: `${JSON.stringify(shown)} repeats an earlier value of unique field "${field.name}"` });
        }
        if (primaryKey !== undefined && !(primaryKey.set === unique ? fresh : value === IN_TEXT ? primaryKey.set.addRange(text, s, e) : addValue(primaryKey.set, value))) {
            const shown = truncateCell(cell ?? text.slice(s, e));
            record(primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: lines?.[r], cell: shown, message: `row ${batch.firstRow + r} repeats the primary key "${field.name}" = ${JSON.stringify(shown)} of an earlier row` });
        }
    }
    state.min = seenMin;
    state.max = seenMax;
}
function codePointsInRange(text, from, to) {
    let surrogates = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff)
            surrogates++;
    }
    return to - from - surrogates;
}
function rangeShorterThan(text, from, to, limit) {
    const length = to - from;
    if (length < limit)
        return true;
    if (length >= 2 * limit)
        return false;
    return codePointsInRange(text, from, to) < limit;
}
function rangeLongerThan(text, from, to, limit) {
    const length = to - from;
    if (length <= limit)
        return false;
    if (length > 2 * limit)
        return true;
    return codePointsInRange(text, from, to) > limit;
}
// A string's code-point count lies between length/2 and length: count only when that range straddles the limit.
function shorterThan(value, limit) {
    if (typeof value === 'string') {
        if (value.length < limit)
            return true;
        if (value.length >= 2 * limit)
            return false;
    }
    return lengthOf(value) < limit;
}
function longerThan(value, limit) {
    if (typeof value === 'string') {
        if (value.length <= limit)
            return false;
        if (value.length > 2 * limit)
            return true;
    }
    return lengthOf(value) > limit;
}
function addValue(set, value) {
    if (typeof value === 'string')
        return set.add(value);
    if (typeof value === 'number')
        return set.addNumber(value);
    return set.add(uniqueKeyOf(value));
}
function checkKeyGroup(group, batch, record, mask) {
    const states = group.states;
    for (let r = 0; r < batch.size; r++) {
        if (mask !== undefined && mask[r] === 0)
            continue;
        let key = '';
        let incomplete = false;
        for (let k = 0; k < states.length; k++) {
            const value = states[k].values[r];
            if (value === undefined) {
                incomplete = true;
                break;
            }
            key += (k > 0 ? '\u0000' : '') + uniqueKeyOf(value);
        }
        const row = batch.firstRow + r;
        const line = batch.lines?.[r];
        const shown = group.fields.length === 1 ? `"${group.fields[0]}"` : `(${group.fields.join(', ')})`;
        if (incomplete) {
            // Missing or invalid key values: a primary key must be complete; a unique key skips them.
            if (group.kind === 'primaryKey')
                record(group.check, { type: 'primary-key', row, line, message: `row ${row} has a missing or invalid primary key ${shown}` });
            continue;
        }
        if (!group.set.add(key)) {
            record(group.check, {
                type: group.kind === 'primaryKey' ? 'primary-key' : 'unique-error',
                row, line,
                message: `row ${row} repeats the ${group.kind === 'primaryKey' ? 'primary' : 'unique'} key ${shown} of an earlier row`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./build/shared/package/datapackage.js
// Frictionless Data Packages (v1 and v2): datapackage.json (or .yaml) read
// into its resources, each with its own data (a path relative to the
// package, or inline rows), Table Schema (inline or a path), Table Dialect
// (inline or a path) and foreign keys. Every mistake names the package file,
// the key (`resources[1].schema.fields[0].type`) and its line.







/**
 * A data file named .json, .yaml or .yml is a data package descriptor
 * (`datapackage.json`, frictionless-py's `<name>.package.yaml`): no table
 * format holdout reads has those extensions.
 */
function isDataPackagePath(path) {
    return /\.(json|ya?ml)$/i.test(path);
}
const datapackage_keyList = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]);
const list = (value) => (typeof value === 'string' ? [value] : [...value]);
const foreignKeysSchema = schemas/* array */.YOg(schemas/* looseObject */._H3({
    fields: datapackage_keyList,
    reference: schemas/* looseObject */._H3({ resource: schemas/* string */.YjP().optional(), fields: datapackage_keyList }),
}));
const dialectSchema = schemas/* looseObject */._H3({
    delimiter: schemas/* string */.YjP().optional(),
    quoteChar: schemas/* string */.YjP().optional(),
    doubleQuote: schemas/* boolean */.zMY().optional(),
    escapeChar: schemas/* string */.YjP().optional(),
    header: schemas/* boolean */.zMY().optional(),
    headerRows: schemas/* array */.YOg(schemas/* number */.aig().int().positive()).optional(),
    headerJoin: schemas/* string */.YjP().optional(),
    commentChar: schemas/* string */.YjP().optional(),
    commentRows: schemas/* array */.YOg(schemas/* number */.aig().int().positive()).optional(),
    skipInitialSpace: schemas/* boolean */.zMY().optional(),
    lineTerminator: schemas/* string */.YjP().optional(),
    nullSequence: schemas/* string */.YjP().optional(),
    caseSensitiveHeader: schemas/* boolean */.zMY().optional(),
    csvddfVersion: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
    // v1 (frictionless-py) nests the CSV options under `csv`.
    csv: schemas/* looseObject */._H3({}).optional(),
});
const resourceSchema = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().optional(),
    path: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]).optional(),
    data: schemas/* unknown */.L5J().optional(),
    format: schemas/* string */.YjP().optional(),
    compression: schemas/* string */.YjP().optional(),
    encoding: schemas/* string */.YjP().optional(),
    profile: schemas/* string */.YjP().optional(),
    type: schemas/* string */.YjP().optional(),
    schema: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* looseObject */._H3({})]).optional(),
    dialect: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* looseObject */._H3({})]).optional(),
});
const packageSchema = schemas/* looseObject */._H3({
    resources: schemas/* array */.YOg(schemas/* looseObject */._H3({})).min(1, 'a data package needs at least one resource'),
});
const FORMATS = { csv: 'csv', tsv: 'tsv', jsonl: 'jsonl', ndjson: 'jsonl', parquet: 'parquet' };
/** Reads a data package and each of its tabular resources' schema and dialect. */
async function loadDataPackage(file, baseDir) {
    const text = await (0,load/* readConfigText */.im)(file);
    const parsed = (0,load/* parseConfigText */.Bu)(text, file.display);
    (0,load/* validateConfig */.$r)(packageSchema, parsed, file.display);
    const root = (0,external_node_path_.dirname)(file.path);
    const descriptor = parsed.value;
    const resources = [];
    const problems = [];
    const names = new Map();
    for (let index = 0; index < descriptor.resources.length; index++) {
        try {
            const resource = await loadResource(descriptor.resources[index], index, { file, parsed, root, baseDir });
            if (!resource)
                continue;
            const before = names.get(resource.name);
            if (before !== undefined) {
                throw located(`resource name "${resource.name}" is also the name of resources[${before}]`, { file, parsed }, ['resources', index, 'name']);
            }
            names.set(resource.name, index);
            resources.push(resource);
        }
        catch (error) {
            if (!(error instanceof shared_errors/* ConfigurationError */.j1))
                throw error;
            problems.push(error);
        }
    }
    // Every foreign key names a resource of the package and fields of both schemas.
    for (const resource of resources) {
        resource.foreignKeys.forEach((fk, k) => {
            const target = fk.resource === '' ? resource : resources.find((r) => r.name === fk.resource);
            const at = ['resources', resource.index, 'schema', 'foreignKeys', k, 'reference'];
            if (!target) {
                if (!names.has(fk.resource))
                    problems.push(located(`references resource "${fk.resource}", which is not in the package`, { file, parsed }, [...at, 'resource']));
                return;
            }
            if (fk.referenceFields.length !== fk.fields.length) {
                problems.push(located(`has ${fk.referenceFields.length} field${fk.referenceFields.length === 1 ? '' : 's'}, the foreign key ${fk.fields.length}`, { file, parsed }, [...at, 'fields']));
                return;
            }
            const missing = target.schema ? fk.referenceFields.find((f) => !target.schema.fields.some((g) => g.name === f)) : undefined;
            if (missing !== undefined)
                problems.push(located(`"${missing}" is not a field of resource "${target.name}"`, { file, parsed }, [...at, 'fields']));
        });
    }
    return { file, sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'), resources, problems };
}
function located(reason, context, path) {
    const key = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    return new shared_errors/* ConfigurationError */.j1(reason, { file: context.file.display, key, line: context.parsed.lineOf(path) });
}
async function loadResource(raw, index, context) {
    const at = (...rest) => ['resources', index, ...rest];
    const resource = (0,load/* validateConfig */.$r)(resourceSchema, context.parsed, context.file.display, ['resources', index]);
    const name = resource.name ?? `resource${index + 1}`;
    let data;
    if (resource.path !== undefined) {
        if (Array.isArray(resource.path)) {
            throw located('a multipart resource (path as a list) is not read: join the parts into one file', context, at('path'));
        }
        data = { kind: 'file', file: resourceFile(resource.path, context, at('path')), format: formatOf(resource, context, index) };
        if (data.format === undefined && !/\.(csv|tsv|tab|jsonl|ndjson|parquet|pq)(\.gz|\.gzip)?$/i.test(resource.path)) {
            // Not a table holdout reads (a PDF, a JSON document, a spreadsheet): left out, as Frictionless leaves non-tabular resources.
            if (resource.schema === undefined && resource.type !== 'table' && resource.profile !== 'tabular-data-resource')
                return undefined;
        }
    }
    else if (resource.data !== undefined) {
        if (!Array.isArray(resource.data))
            throw located('inline data must be a list of rows (arrays with a header row first, or objects)', context, at('data'));
        data = { kind: 'inline', name: `${context.file.display}#resources[${index}].data`, rows: resource.data, header: true };
    }
    else
        throw located('a resource needs a path or inline data', context, at());
    const encoding = resource.encoding?.toLowerCase().replace('_', '-');
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'ascii' && encoding !== 'us-ascii') {
        throw located(`encoding "${resource.encoding}" is not read: re-encode the file as UTF-8`, context, at('encoding'));
    }
    if (resource.compression !== undefined && !/^(gz|gzip)$/i.test(resource.compression)) {
        throw located(`compression "${resource.compression}" is not read (gzip is)`, context, at('compression'));
    }
    let schema;
    let foreignKeys = [];
    if (typeof resource.schema === 'string') {
        const schemaFile = resourceFile(resource.schema, context, at('schema'));
        const text = await (0,load/* readConfigText */.im)(schemaFile);
        schema = compileTableSchema(text, schemaFile.display);
        foreignKeys = foreignKeysOf(schema, (reason, key) => new shared_errors/* ConfigurationError */.j1(reason, { file: schemaFile.display, key, line: (0,load/* parseConfigText */.Bu)(text, schemaFile.display).lineOf(keyPath(key)) }));
    }
    else if (resource.schema !== undefined) {
        try {
            schema = compileTableSchema(JSON.stringify(resource.schema), context.file.display);
        }
        catch (error) {
            if (!(error instanceof shared_errors/* ConfigurationError */.j1))
                throw error;
            // Errors in an inline schema point into the package file: its key path and line there.
            const inner = error.key ? keyPath(error.key) : [];
            throw located(error.reason, context, at('schema', ...inner));
        }
        foreignKeys = foreignKeysOf(schema, (reason, key) => located(reason, context, at('schema', ...keyPath(key))));
    }
    const dialect = await dialectOf(resource.dialect, context, index);
    if (data.kind === 'inline' && dialect?.header === false)
        data = { ...data, header: false };
    return { index, name, data, dialect, schema, foreignKeys };
}
function formatOf(resource, context, index) {
    if (resource.format === undefined)
        return undefined;
    const format = FORMATS[resource.format.toLowerCase()];
    if (!format)
        throw located(`format "${resource.format}" is not a table holdout reads (csv, tsv, jsonl/ndjson, parquet)`, context, ['resources', index, 'format']);
    return format;
}
/** A path in the package: relative to the package's folder, never absolute, never climbing out of it (the spec's rule for safety). */
function resourceFile(path, context, at) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path))
        throw located(`"${path}" is remote: holdout reads local files only; download it next to the package`, context, at);
    if ((0,external_node_path_.isAbsolute)(path) || path.split(/[\\/]/).includes('..'))
        throw located(`"${path}" must be a relative path inside the package's folder`, context, at);
    const absolute = (0,external_node_path_.resolve)(context.root, path);
    const found = (0,user_file/* foundFile */.X)(context.baseDir, absolute);
    return { ...found, written: path };
}
function foreignKeysOf(schema, fail) {
    const raw = schema.descriptor.foreignKeys;
    if (raw === undefined)
        return [];
    const result = foreignKeysSchema.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        const key = ['foreignKeys', ...issue.path].map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
        throw fail(issue.message, key);
    }
    return result.data.map((fk, k) => {
        const fields = list(fk.fields);
        for (const name of fields) {
            if (!schema.fields.some((f) => f.name === name))
                throw fail(`"${name}" is not a field of this schema`, `foreignKeys[${k}].fields`);
        }
        return { fields, resource: fk.reference.resource ?? '', referenceFields: list(fk.reference.fields) };
    });
}
/** A resource's dialect: inline or a path, v1 CSV Dialect or v2 Table Dialect (frictionless-py's `{csv: {…}}` too). */
async function dialectOf(raw, context, index) {
    if (raw === undefined)
        return undefined;
    let value = raw;
    let where = { file: context.file.display, parsed: context.parsed, prefix: ['resources', index, 'dialect'] };
    if (typeof raw === 'string') {
        const dialectFile = resourceFile(raw, context, ['resources', index, 'dialect']);
        const parsed = (0,load/* parseConfigText */.Bu)(await (0,load/* readConfigText */.im)(dialectFile), dialectFile.display);
        value = parsed.value;
        where = { file: dialectFile.display, parsed, prefix: [] };
    }
    const fail = (reason, key) => {
        const path = [...where.prefix, ...key];
        const shown = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
        return new shared_errors/* ConfigurationError */.j1(reason, { file: where.file, key: shown || undefined, line: where.parsed.lineOf(path) });
    };
    const result = dialectSchema.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw fail(issue.message, issue.path);
    }
    const d = { ...result.data, ...result.data.csv };
    if (d.lineTerminator !== undefined && !['\n', '\r\n', '\r'].includes(d.lineTerminator))
        throw fail('lineTerminator must be \\n, \\r\\n or \\r', ['lineTerminator']);
    if (d.commentChar === '')
        throw fail('must be one or more characters', ['commentChar']);
    for (const key of ['delimiter', 'quoteChar', 'escapeChar']) {
        const v = d[key];
        if (v !== undefined && v.length !== 1)
            throw fail('must be one character', [key]);
    }
    return {
        ...(d.delimiter !== undefined ? { delimiter: d.delimiter } : {}),
        ...(d.quoteChar !== undefined ? { quoteChar: d.quoteChar } : {}),
        ...(d.doubleQuote !== undefined ? { doubleQuote: d.doubleQuote } : {}),
        ...(d.escapeChar !== undefined ? { escapeChar: d.escapeChar } : {}),
        ...(d.header !== undefined ? { header: d.header } : {}),
        ...(d.headerRows !== undefined ? { headerRows: d.headerRows } : {}),
        ...(d.headerJoin !== undefined ? { headerJoin: d.headerJoin } : {}),
        ...(d.commentChar !== undefined ? { commentChar: d.commentChar } : {}),
        ...(d.commentRows !== undefined ? { commentRows: d.commentRows } : {}),
        ...(d.skipInitialSpace !== undefined ? { skipInitialSpace: d.skipInitialSpace } : {}),
    };
}
function keyPath(key) {
    const path = [];
    for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        path.push(match[2] !== undefined ? Number(match[2]) : match[1]);
    return path;
}
/** A schema for a resource without one: every header label an `any` field (blank or repeated labels named field<n>), matched exactly. */
function anySchema(header, file) {
    const seen = new Set();
    const fields = header.map((label, i) => {
        let name = label === '' || seen.has(label) ? `field${i + 1}` : label;
        while (seen.has(name))
            name = `${name}_`;
        seen.add(name);
        return { name, type: 'any' };
    });
    return compileTableSchema(JSON.stringify({ fields: fields.length > 0 ? fields : [{ name: 'field1', type: 'any' }] }), file);
}

;// CONCATENATED MODULE: ./build/shared/data/inline.js
// Inline data of a data package resource (`data: [...]`): rows of arrays with
// the header first, or objects (keys as columns, like JSON Lines), as one
// column batch. Rows whose shape is not the header's are reported as the CSV
// reader reports them (blank-row, extra-cell, missing-cell). The "line" of an
// inline row is its position in the list (the header row is 1), which is
// Frictionless' row number.


/** `header: false` (the resource's dialect): list rows are all data, the columns named field1, field2, … */
function openInlineTable(name, rows, header = true) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(rows)).digest('hex');
    const info = { written: name, display: name, path: name, format: 'inline', gzip: false };
    const digest = () => ({ sha256, bytes: 0 });
    if (rows.length === 0)
        throw new shared_errors/* ConfigurationError */.j1('inline data has no rows (not even a header)', { file: name });
    if (Array.isArray(rows[0])) {
        const first = rows[0];
        const labels = header ? first.map((label) => (label === null || label === undefined ? '' : String(label))) : first.map((_, k) => `field${k + 1}`);
        if (!header)
            rows = [labels, ...rows];
        const columns = labels.map(() => []);
        const offset = header ? 1 : 0; // the line of rows[k]: its position in the given list
        const issues = [];
        const lines = [];
        let size = 0;
        for (let k = 1; k < rows.length; k++) {
            const row = rows[k];
            if (!Array.isArray(row))
                throw new shared_errors/* ConfigurationError */.j1(`inline data row ${k + offset} is not a list, like the header row`, { file: name });
            if (row.every((cell) => cell === null || cell === undefined || cell === '')) {
                issues.push({ type: 'blank-row', row: size + 1, line: k + offset, cells: row.length });
                continue;
            }
            if (row.length > labels.length)
                issues.push({ type: 'extra-cell', row: size + 1, line: k + offset, index: size, cells: row.length, cell: String(row[labels.length]) });
            else if (row.length < labels.length)
                issues.push({ type: 'missing-cell', row: size + 1, line: k + offset, index: size, cells: row.length });
            for (let c = 0; c < labels.length; c++)
                columns[c].push(c < row.length ? inline_toCell(row[c]) : null);
            lines.push(k + offset);
            size++;
        }
        const batch = { columns, size, firstRow: 1, lines, ...(issues.length > 0 ? { issues } : {}) };
        return { header: labels, info, digest, batches: one(batch), ...(header ? {} : { noHeader: true }) };
    }
    if (rows.some((row) => row === null || typeof row !== 'object' || Array.isArray(row))) {
        throw new shared_errors/* ConfigurationError */.j1('inline data mixes objects with other rows: give lists (header first) or objects', { file: name });
    }
    const keys = Object.keys(rows[0]);
    const index = new Map(keys.map((key, i) => [key, i]));
    const unexpected = new Map();
    const columns = keys.map(() => new Array(rows.length).fill(null));
    rows.forEach((row, r) => {
        for (const [key, value] of Object.entries(row)) {
            const at = index.get(key);
            if (at === undefined) {
                if (!unexpected.has(key))
                    unexpected.set(key, r + 1);
            }
            else
                columns[at][r] = inline_toCell(value);
        }
    });
    return { header: keys, info, digest, batches: one({ columns, size: rows.length, firstRow: 1, lines: rows.map((_, r) => r + 1) }), unexpectedKeys: () => unexpected };
}
async function* one(batch) {
    yield batch;
}
function inline_toCell(value) {
    return value === undefined ? null : value;
}

;// CONCATENATED MODULE: ./build/shared/results/problems.js
// A step's problems as it meets them: each user mistake (ConfigurationError)
// becomes an `error` check naming the file and line, and is kept for the
// step's annotations, so a complete results document is always written.

/** The `error` check a user mistake becomes. */
function problemCheck(id, title, error) {
    return { id, title, status: 'error', message: error.message, count: 1, locations: error.file ? [{ file: error.file, line: error.line }] : [] };
}
class ProblemLog {
    problems = [];
    checks = [];
    /** Records a ConfigurationError as an `error` check; anything else is a bug and is thrown on. */
    fail(error, id, title) {
        if (!(error instanceof shared_errors/* ConfigurationError */.j1))
            throw error;
        this.problems.push(error);
        this.checks.push(problemCheck(id, title, error));
    }
    /** Runs `read`; a user mistake in it is recorded (as `fail`) and gives undefined. */
    async attempt(read, id, title) {
        try {
            return await read();
        }
        catch (error) {
            this.fail(error, id, title);
            return undefined;
        }
    }
}
/** A data run's log: its problems, and the tables and data errors it reports. */
class DataRunLog extends ProblemLog {
    tables = [];
    errors = [];
    /** A data file that cannot be read: an `error` check and a table that says why. */
    unreadableTable(file, error) {
        this.fail(error, `${file}#readable`, `${file} is readable`);
        this.tables.push({ file, format: 'unknown', status: 'error', rows: 0, errorCount: 0, errorCounts: {}, failedChecks: 1, problem: error.message });
    }
}

// EXTERNAL MODULE: ./build/shared/validate/shard.js
var shard = __webpack_require__(3679);
;// CONCATENATED MODULE: ./build/shared/validate/run.js
// validateData: the validate-data step as a pure function of its inputs:
// data files + schema (+ a reference) → one results document. Bad input
// (unreadable file, bad schema) does not throw: it becomes an `error` check,
// so a complete document is always written, and is returned as `problems`
// for the entry to turn into exit status 2 / a failed step.
//
// Three shapes of run: a whole dataset; one shard of it (`shard`), whose
// document carries the tallies and profile a merge needs; and the merge of
// every shard's document (`merge`), which gives the verdict the unsharded
// run gives.


















async function validateData(input, hooks = {}) {
    if (!input.merge && input.data.some((path) => isDataPackagePath(path)))
        return validatePackage(input, hooks);
    if (!input.schema) {
        const error = new shared_errors/* ConfigurationError */.j1('no table schema given: name the schema file (or validate a data package, datapackage.json)', { key: 'schema' });
        const document = emptyDocument(input, [problemCheck('schema', 'Schema is given', error)], 'schema');
        return { document, problems: [error] };
    }
    const schemaFile = input.schema;
    const log = new DataRunLog();
    const { problems, checks, tables, errors } = log;
    const fail = log.fail.bind(log);
    const maxSamples = input.options?.maxErrorSamples ?? 1000;
    const schemaShown = schemaFile.display;
    let schema;
    try {
        schema = await loadTableSchema(schemaFile);
    }
    catch (error) {
        fail(error, `${schemaShown}#schema`, 'Schema is valid');
    }
    let reference;
    if (schema && input.reference !== undefined) {
        try {
            reference = await loadReference(input.reference, input.baseDir, schema);
        }
        catch (error) {
            fail(error, 'reference', 'Reference is readable');
        }
    }
    if (input.shard && input.merge)
        fail(new shared_errors/* ConfigurationError */.j1('shard and merge cannot be combined: shards validate, the merge combines their documents'), 'shard', 'Shard settings are valid');
    const wantProfile = reference !== undefined || input.profile === true || input.shard !== undefined;
    let shard;
    let tallies = [];
    let profile;
    let unverifiableKey;
    let files = [];
    if (schema && input.merge && problems.length === 0) {
        try {
            const keep = (column) => new Set(Object.keys(reference?.profile.columns[column]?.categories?.counts ?? {}));
            const merged = await mergeShardDocuments(input.merge, input.baseDir, schema, keep, input.options);
            tallies = merged.tallies;
            profile = merged.profile;
            unverifiableKey = merged.unverifiableKey;
            if (reference && merged.reference && merged.reference.sha256 !== reference.sha256) {
                throw new shared_errors/* ConfigurationError */.j1(`the shards were profiled against reference ${merged.reference.path} (sha256 ${merged.reference.sha256?.slice(0, 12)}), not ${reference.path}`);
            }
        }
        catch (error) {
            fail(error, 'merge', 'Shard documents merge');
        }
    }
    else if (schema && problems.length === 0) {
        try {
            files = await expandPaths(input.data, input.baseDir);
            if (files.length === 0)
                throw new shared_errors/* ConfigurationError */.j1('no data files were given');
        }
        catch (error) {
            fail(error, 'data', 'Data files are found');
        }
        if (input.shard) {
            const { index, count, by } = input.shard;
            const mode = by === undefined && files.length >= count ? 'files' : 'rows';
            shard = { index, count, mode, ...(by !== undefined ? { by } : {}) };
            // Whole files per shard when there are enough of them (every key check stays exact); else rows, split.
            // Contiguous runs of files, so the merge (in shard order) lists the files in their given order.
            if (mode === 'files')
                files = files.filter((_, k) => Math.floor((k * count) / files.length) === index);
        }
        const profiler = wantProfile ? currentProfiler(reference, input.shard !== undefined) : undefined;
        let foreignKeys = [];
        try {
            foreignKeys = schemaForeignKeys(schema);
        }
        catch (error) {
            fail(error, `${schemaShown}#schema`, 'Schema is valid');
            files = [];
        }
        for (const file of files) {
            try {
                // A self-referencing foreign key: the file's own key tuples, read first in a pass of their own.
                const fkChecks = [];
                if (foreignKeys.length > 0) {
                    const provide = foreignKeys.map((fk) => ({ fields: fk.referenceFields, set: new hashset/* ValueHashSet */.K(1 << 12) }));
                    await tallyTable(await openTable(file), schema, { provide, maxErrorSamples: 0, maxLocationsPerCheck: 0 });
                    foreignKeys.forEach((fk, k) => fkChecks.push({ ...fk, set: provide[k].unavailable ? undefined : provide[k].set }));
                }
                const table = await openTable(file);
                const onProgress = hooks.onProgress;
                const { tally } = await tallyTable(table, schema, {
                    ...input.options,
                    foreignKeys: fkChecks,
                    profile: profiler,
                    rows: shard?.mode === 'rows' ? shard : undefined,
                    onBatch: onProgress ? (rows) => onProgress({ file: file.display, rows }) : undefined,
                });
                tallies.push(tally);
            }
            catch (error) {
                log.unreadableTable(file.display, error);
            }
        }
        profile = profiler?.toProfile();
    }
    for (const tally of tallies) {
        const result = finishTable(tally, schema, { ...input.options, partial: shard !== undefined, unverifiableKey });
        tables.push(result.summary);
        checks.push(...result.checks);
        for (const e of result.errors)
            if (errors.length < maxSamples)
                errors.push(e);
    }
    let drift;
    if (schema && reference && profile && !shard && problems.length === 0) {
        const compared = compareProfiles({ schema: schema.descriptor, reference: reference.profile, referenceInfo: { path: reference.path, sha256: reference.sha256 }, current: profile });
        checks.push(...compared.checks);
        drift = compared.drift;
    }
    const status = (0,results_status/* worstStatus */.A4)(checks.map((c) => c.status));
    const rows = tables.reduce((sum, t) => sum + t.rows, 0);
    const errorCount = tables.reduce((sum, t) => sum + t.errorCount, 0);
    const baseTitle = input.title ?? 'Data validation';
    const document = {
        holdout: results_schema/* RESULTS_VERSION */.kI,
        kind: 'validate-data',
        title: shard ? `${baseTitle} (shard ${shard.index + 1}/${shard.count})` : baseTitle,
        status,
        createdAt: (input.now ?? new Date()).toISOString(),
        subject: {
            files: tables.map((t) => ({ path: t.file, sha256: t.sha256, bytes: t.bytes })),
            gitSha: input.gitSha,
            schema: schema ? { path: schemaShown, sha256: schema.sha256 } : { path: schemaShown },
            ...(reference ? { reference: { path: reference.path, sha256: reference.sha256 } } : {}),
        },
        checks,
        data: {
            tables, rows, errorCount, errors,
            ...(drift ? { drift } : {}),
            ...(shard ? { shard, tallies, profile } : {}),
        },
    };
    return { document, profile, problems };
}
/** The current data's profiler: binned on the reference's edges; on its own (a reference in the making) unless sharded. */
function currentProfiler(reference, sharded) {
    if (reference) {
        const columns = reference.profile.columns;
        return new profile/* DatasetProfiler */.ib((column) => {
            const edges = (0,profile/* frozenEdgesOf */.qf)(columns[column]);
            return edges ? { edges } : 'none';
        }, (column) => new Set(Object.keys(columns[column]?.categories?.counts ?? {})));
    }
    // Shards without a reference cannot agree on edges: they profile without histograms.
    return new profile/* DatasetProfiler */.ib(() => (sharded ? 'none' : 'own'));
}
/** Uniqueness survives a row split only when rows sharing a key share a shard: shard-by one of the key's columns. */
function keyVerifier(shard) {
    return (fields) => shard.by !== undefined && fields.includes(shard.by)
        ? undefined
        : `rows are split across shards ${shard.by === undefined ? 'by position' : `by "${shard.by}"`}, so a duplicate may sit in two shards; shard with shard-by: ${fields[0]} to check (${fields.join(', ')}) exactly`;
}
async function loadReference(path, baseDir, schema) {
    const files = await expandPaths([path], baseDir, 'reference');
    const contents = [];
    for (const file of files) {
        try {
            contents.push(await (0,promises_.readFile)(file.path));
        }
        catch (error) {
            throw new shared_errors/* ConfigurationError */.j1(`cannot read the reference: ${(0,load/* describeFsError */.TQ)(error)}`, { file: file.display });
        }
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const bytes of contents)
        hash.update(bytes);
    const sha256 = hash.digest('hex');
    const shown = files.map((f) => f.display).join(', ');
    const profiles = contents.map((bytes) => (0,profile/* looksLikeProfile */.hE)(bytes.subarray(0, 64).toString('utf8')));
    if (profiles.some(Boolean)) {
        if (files.length > 1)
            throw new shared_errors/* ConfigurationError */.j1(`a reference profile is one file; "${path}" matches ${files.length} (merge shard profiles with holdout merge-profiles first)`);
        return { profile: (0,profile/* parseProfile */.jZ)(contents[0].toString('utf8'), files[0].display), path: shown, sha256 };
    }
    // A dataset (one or more files): profiled on its own edges, through the same schema (its own errors are not this run's verdict).
    const profiler = new profile/* DatasetProfiler */.ib(() => 'own');
    for (const file of files) {
        const table = await openTable(file);
        await tallyTable(table, schema, { profile: profiler, maxErrorSamples: 0, maxLocationsPerCheck: 0 });
    }
    return { profile: profiler.toProfile(), path: shown, sha256 };
}
/** Reads the shard documents, checks they are one complete set, and sums them. */
async function mergeShardDocuments(patterns, baseDir, schema, keep, options) {
    const { documents, problems } = await collectResults(patterns, baseDir);
    if (problems.length > 0)
        throw problems[0];
    const shards = [];
    for (const { file, document } of documents) {
        if (document.kind !== 'validate-data' || !document.data.shard || !document.data.tallies) {
            throw new shared_errors/* ConfigurationError */.j1('is not a shard document of validate-data (run validate-data with shard: i/n)', { file });
        }
        const reference = document.subject.reference;
        shards.push({ file, shard: document.data.shard, tallies: document.data.tallies, profile: document.data.profile, schemaSha: document.subject.schema?.sha256, reference });
    }
    if (shards.length === 0)
        throw new shared_errors/* ConfigurationError */.j1('no shard documents to merge');
    const { count, mode, by } = shards[0].shard;
    const seen = new Map();
    for (const s of shards) {
        if (s.shard.count !== count || s.shard.mode !== mode || s.shard.by !== by)
            throw new shared_errors/* ConfigurationError */.j1(`shard ${s.shard.index + 1}/${s.shard.count} (${s.shard.mode}) does not belong with ${shards[0].file} (${count} shards, ${mode})`, { file: s.file });
        if (seen.has(s.shard.index))
            throw new shared_errors/* ConfigurationError */.j1(`shard ${s.shard.index + 1}/${count} appears twice (also in ${seen.get(s.shard.index)})`, { file: s.file });
        if (s.schemaSha !== schema.sha256)
            throw new shared_errors/* ConfigurationError */.j1(`was validated with a different schema (sha256 ${s.schemaSha?.slice(0, 12)}) than ${schema.file}`, { file: s.file });
        if (s.reference?.sha256 !== shards[0].reference?.sha256)
            throw new shared_errors/* ConfigurationError */.j1('was profiled against a different reference than the other shards', { file: s.file });
        seen.set(s.shard.index, s.file);
    }
    const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
    if (missing.length > 0)
        throw new shared_errors/* ConfigurationError */.j1(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i + 1}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the verdict needs every shard`);
    shards.sort((a, b) => a.shard.index - b.shard.index);
    const byFile = new Map();
    for (const s of shards)
        for (const t of s.tallies)
            byFile.set(t.file, [...(byFile.get(t.file) ?? []), t]);
    const tallies = [...byFile.values()].map((group) => {
        if (mode === 'rows' && group.length !== count)
            throw new shared_errors/* ConfigurationError */.j1(`${group[0].file} was read by ${group.length} of the ${count} shards`);
        return group.length === 1 ? group[0] : mergeTallies(group, options);
    });
    const profiles = shards.map((s) => s.profile).filter((p) => p !== undefined);
    return {
        tallies,
        profile: profiles.length === shards.length ? (0,profile/* mergeProfiles */.Ns)(profiles, keep) : undefined,
        unverifiableKey: mode === 'rows' ? keyVerifier(shards[0].shard) : undefined,
        reference: shards[0].reference,
    };
}
/** The foreign keys of a schema on its own: self-references only (others need the data package that holds both tables). */
function schemaForeignKeys(schema) {
    const raw = schema.descriptor.foreignKeys;
    if (raw === undefined)
        return [];
    const parsed = foreignKeysSchema.safeParse(raw);
    if (!parsed.success)
        throw new shared_errors/* ConfigurationError */.j1(parsed.error.issues[0].message, { file: schema.file, key: 'foreignKeys' });
    const list = (v) => (typeof v === 'string' ? [v] : [...v]);
    return parsed.data.map((fk, k) => {
        const resource = fk.reference.resource ?? '';
        if (resource !== '') {
            throw new shared_errors/* ConfigurationError */.j1(`references resource "${resource}": validate the data package (datapackage.json) that holds both tables to check it`, { file: schema.file, key: `foreignKeys[${k}].reference.resource` });
        }
        const fields = list(fk.fields);
        const referenceFields = list(fk.reference.fields);
        for (const name of [...fields, ...referenceFields]) {
            if (!schema.fields.some((f) => f.name === name))
                throw new shared_errors/* ConfigurationError */.j1(`"${name}" is not a field of this schema`, { file: schema.file, key: `foreignKeys[${k}]` });
        }
        if (fields.length !== referenceFields.length)
            throw new shared_errors/* ConfigurationError */.j1('the key and the referenced key have different numbers of fields', { file: schema.file, key: `foreignKeys[${k}]` });
        return { fields, resource, referenceFields };
    });
}
function emptyDocument(input, checks, schemaPath) {
    return {
        holdout: results_schema/* RESULTS_VERSION */.kI,
        kind: 'validate-data',
        title: input.title ?? 'Data validation',
        status: 'error',
        createdAt: (input.now ?? new Date()).toISOString(),
        subject: { files: [], gitSha: input.gitSha, schema: { path: schemaPath } },
        checks,
        data: { tables: [], rows: 0, errorCount: 0, errors: [] },
    };
}
/**
 * A Frictionless data package: every tabular resource validated against its
 * own schema (an `any` schema from its header when it has none) and read with
 * its own dialect; foreign keys looked up in the referenced resource's key
 * tuples, read in a pass of their own when that resource comes later (or is
 * the resource itself), else gathered while it is validated.
 */
async function validatePackage(input, hooks) {
    const problems = [];
    const checks = [];
    const tables = [];
    const errors = [];
    const maxSamples = input.options?.maxErrorSamples ?? 1000;
    const shownPaths = input.data.join(', ');
    const refuse = (reason, key) => {
        const error = new shared_errors/* ConfigurationError */.j1(reason, key ? { key } : {});
        return { document: emptyDocument(input, [problemCheck('data', 'Data package is readable', error)], shownPaths), problems: [error] };
    };
    if (input.data.length !== 1)
        return refuse(`validate one data package at a time, without other data files (got ${shownPaths})`, 'data');
    if (input.schema)
        return refuse('a data package carries its resources\' schemas: leave schema out', 'schema');
    if (input.reference !== undefined)
        return refuse('drift against a reference is not checked for a data package: validate the resource\'s file with its schema and reference', 'reference');
    if (input.shard)
        return refuse('a data package is not validated in shards: validate it whole', 'shard');
    const packageFile = (await expandPaths(input.data, input.baseDir))[0];
    let pkg;
    try {
        pkg = await loadDataPackage(packageFile, input.baseDir);
    }
    catch (error) {
        if (!(error instanceof shared_errors/* ConfigurationError */.j1))
            throw error;
        return { document: emptyDocument(input, [problemCheck(`${packageFile.display}#package`, 'Data package is valid', error)], packageFile.display), problems: [error] };
    }
    for (const problem of pkg.problems) {
        problems.push(problem);
        checks.push(problemCheck(`${problem.file ?? packageFile.display}#${problem.key ?? 'package'}`, 'Data package resource is valid', problem));
    }
    const broken = new Set(pkg.problems.map((p) => /^resources\[(\d+)\]/.exec(p.key ?? '')?.[1]).filter((i) => i !== undefined).map(Number));
    const resources = pkg.resources.filter((r) => !broken.has(r.index));
    const byName = new Map(resources.map((r) => [r.name, r]));
    const displayOf = (r) => (r.data.kind === 'file' ? r.data.file.display : r.data.name);
    const open = async (r) => {
        const table = r.data.kind === 'file' ? await openTable(r.data.file, { format: r.data.format, dialect: r.dialect }) : openInlineTable(r.data.name, r.data.rows, r.data.header);
        return { table, schema: r.schema ?? anySchema(table.header, displayOf(r)) };
    };
    // Referenced key tuples, by resource name and fields.
    const keySets = new Map();
    const keyId = (name, fields) => `${name}\u0000${fields.join('\u0000')}`;
    const wanted = (parent) => [...keySets.entries()].filter(([id, k]) => id.startsWith(`${parent.name}\u0000`) && !k.done).map(([, k]) => k);
    for (const r of resources) {
        for (const fk of r.foreignKeys) {
            const parent = fk.resource === '' ? r : byName.get(fk.resource);
            if (!parent)
                continue;
            const id = keyId(parent.name, fk.referenceFields);
            if (!keySets.has(id))
                keySets.set(id, { provided: { fields: fk.referenceFields, set: new hashset/* ValueHashSet */.K(1 << 12) }, done: false, failed: false });
        }
    }
    const results = [];
    for (const r of resources) {
        const shown = displayOf(r);
        try {
            // Referenced tables not read yet (later in the package, or this one): a pass for their keys first.
            const fkChecks = [];
            for (const fk of r.foreignKeys) {
                const parent = fk.resource === '' ? r : byName.get(fk.resource);
                const keys = parent ? keySets.get(keyId(parent.name, fk.referenceFields)) : undefined;
                if (parent && keys && !keys.done && !keys.failed) {
                    const pending = wanted(parent);
                    try {
                        const { table, schema } = await open(parent);
                        await tallyTable(table, schema, { provide: pending.map((k) => k.provided), maxErrorSamples: 0, maxLocationsPerCheck: 0 });
                        for (const k of pending)
                            k.done = true;
                    }
                    catch (error) {
                        if (!(error instanceof shared_errors/* ConfigurationError */.j1))
                            throw error;
                        for (const k of pending)
                            k.failed = true; // the parent's own check reports why
                    }
                }
                const usable = keys && keys.done && !keys.failed && !keys.provided.unavailable;
                fkChecks.push({ ...fk, set: usable ? keys.provided.set : undefined });
            }
            const provide = wanted(r);
            const { table, schema } = await open(r);
            const onProgress = hooks.onProgress;
            const { tally } = await tallyTable(table, schema, {
                ...input.options,
                foreignKeys: fkChecks,
                provide: provide.map((k) => k.provided),
                onBatch: onProgress ? (rows) => onProgress({ file: shown, rows }) : undefined,
            });
            for (const k of provide)
                k.done = true;
            results.push({ tally, schema });
        }
        catch (error) {
            if (!(error instanceof shared_errors/* ConfigurationError */.j1))
                throw error;
            for (const k of wanted(r))
                k.failed = true;
            problems.push(error);
            checks.push(problemCheck(`${shown}#readable`, `${shown} is readable`, error));
            tables.push({ file: shown, format: 'unknown', status: 'error', rows: 0, errorCount: 0, errorCounts: {}, failedChecks: 1, problem: error.message });
        }
    }
    for (const { tally, schema } of results) {
        const result = finishTable(tally, schema, input.options);
        tables.push(result.summary);
        checks.push(...result.checks);
        for (const e of result.errors)
            if (errors.length < maxSamples)
                errors.push(e);
    }
    const document = {
        holdout: results_schema/* RESULTS_VERSION */.kI,
        kind: 'validate-data',
        title: input.title ?? 'Data validation',
        status: (0,results_status/* worstStatus */.A4)(checks.map((c) => c.status)),
        createdAt: (input.now ?? new Date()).toISOString(),
        subject: {
            files: tables.map((t) => ({ path: t.file, sha256: t.sha256, bytes: t.bytes })),
            gitSha: input.gitSha,
            schema: { path: pkg.file.display, sha256: pkg.sha256 },
        },
        checks,
        data: { tables, rows: tables.reduce((sum, t) => sum + t.rows, 0), errorCount: tables.reduce((sum, t) => sum + t.errorCount, 0), errors },
    };
    return { document, problems };
}


/***/ })

};
