export const id = 548;
export const ids = [548];
export const modules = {

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
