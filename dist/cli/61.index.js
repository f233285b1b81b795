export const id = 61;
export const ids = [61];
export const modules = {

/***/ 3061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openParquetFile: () => (/* binding */ openParquetFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2123);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2005);
// Parquet reader on hyparquet (pure JS): the footer first, then one row group
// at a time, each read from the file by its byte ranges, so memory is bounded
// by the largest row group, not the file. INT64 values that fit a double
// become numbers; timestamps and dates arrive as Date.






const MAGIC = 'PAR1';
/** Opens a Parquet file on disk: reads its footer, then streams its row groups. */
async function openParquetFile(path, size, displayPath) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('is not a Parquet file (no PAR1 magic bytes)', { file: displayPath });
    }
    const file = { byteLength: size, slice: (start, end) => readRange(start, end ?? size) };
    let metadata;
    try {
        metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_5__/* .parquetMetadataAsync */ .Ei)(file);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`is not a readable Parquet file: ${error.message}`, { file: displayPath });
    }
    const header = (0,hyparquet__WEBPACK_IMPORTED_MODULE_5__/* .parquetSchema */ .YR)(metadata).children.map((child) => child.element.name);
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
                    await (0,hyparquet__WEBPACK_IMPORTED_MODULE_6__/* .parquetRead */ .bA)({
                        file,
                        metadata,
                        compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_3__/* .compressors */ .Vm,
                        rowStart,
                        rowEnd: rowStart + groupRows,
                        rowFormat: 'array',
                        onComplete: (data) => {
                            rows = data;
                        },
                    });
                }
                catch (error) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`cannot decode row group starting at row ${rowStart + 1}: ${error.message}`, { file: displayPath });
                }
                const columns = header.map(() => new Array(rows.length));
                for (let r = 0; r < rows.length; r++) {
                    const row = rows[r];
                    for (let c = 0; c < header.length; c++)
                        columns[c][r] = toCell(row[c]);
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
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
function toCell(value) {
    if (value === undefined)
        return null;
    if (typeof value === 'bigint') {
        return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value;
    }
    return value;
}


/***/ })

};
