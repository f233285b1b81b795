export const id = 639;
export const ids = [639];
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


/***/ })

};
