// A table read in one thread and checked in another (data/remote.ts), over a
// real MessageChannel (both ends in this thread here; the CLI bundle's e2e
// test runs them in two): validate-data gives the document it gives reading
// the file itself — random gzip-compressed CSVs with quoted fields, doubled
// quotes, ragged and blank rows, CRLF; an unterminated quote fails at the
// same line; the reader stays at most a few batches ahead of a slow checker
// and stops when the checker closes the table.
import { MessageChannel, type Transferable } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receiveTable, sendTable } from '../../shared/data/remote.js';
import { detectFormat } from '../../shared/data/source.js';
import { openTable } from '../../shared/data/table.js';
import { userFile, type UserFile } from '../../shared/io/user-file.js';
import { validateData } from '../../shared/validate/run.js';
import { tempDir, writeFiles } from '../helpers.js';

const SCHEMA = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true } },
    { name: 'name', type: 'string', constraints: { maxLength: 6 } },
    { name: 'score', type: 'number', constraints: { minimum: 0 } },
    { name: 'day', type: 'date' },
  ],
  primaryKey: 'id',
};

const cell = (value: string, quote: boolean) => (quote || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const text = fc.array(fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é', '1'), { maxLength: 8 }).map((parts) => parts.join(''));
const row = fc.record({
  id: fc.oneof(fc.integer({ min: 0, max: 20 }).map(String), fc.constantFrom('', 'x')),
  name: text,
  score: fc.oneof(fc.double({ min: -2, max: 50, noNaN: true }).map((v) => v.toFixed(2)), fc.constantFrom('', 'n/a')),
  day: fc.constantFrom('2026-01-02', '2026-02-30', ''),
  quote: fc.boolean(),
  shape: fc.constantFrom('ok', 'ok', 'ok', 'ok', 'blank', 'extra', 'short'),
});
const table = fc.record({ rows: fc.array(row, { minLength: 1, maxLength: 30 }), crlf: fc.boolean() });

function toCsv({ rows, crlf }: { rows: ReadonlyArray<Record<string, unknown>>; crlf: boolean }): string {
  const lines = ['id,name,score,day', ...rows.map((r) => {
    if (r.shape === 'blank') return '';
    const cells = [cell(r.id as string, r.quote as boolean), cell(r.name as string, r.quote as boolean), r.score as string, r.day as string];
    return (r.shape === 'extra' ? [...cells, 'more'] : r.shape === 'short' ? cells.slice(0, 2) : cells).join(',');
  })];
  return lines.join(crlf ? '\r\n' : '\n') + '\n';
}

/** The table of `file` read through a MessageChannel, as tablesBeside opens it (the reading end here too). */
async function openRemote(file: UserFile) {
  const { port1, port2 } = new MessageChannel();
  const reading = sendTable(() => openTable(file), port2);
  return receiveTable(detectFormat(file), port1, reading);
}

const now = new Date('2026-12-01T00:00:00Z');
const validate = (dir: string, remote: boolean) =>
  validateData({ data: ['data.csv.gz'], baseDir: dir, schema: userFile(dir, 'schema.json'), now }, remote ? { tables: openRemote } : {}).then(({ document, problems }) => ({ document, problems: problems.map((p) => p.message) }));

describe('a table read in another thread (data/remote.ts)', () => {
  it('gives validate-data the document of reading the file itself', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA) });
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        await writeFiles(dir, { 'data.csv.gz': gzipSync(toCsv(t)) });
        const remote = await validate(dir, true);
        expect(remote).toEqual(await validate(dir, false));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('fails an unterminated quoted field at the same line, and a corrupt gzip file the same way', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'data.csv.gz': gzipSync('id,name,score,day\n1,a,1,2026-01-02\n2,"open,1,2026-01-02\n3,c,1,2026-01-02\n') });
    const remote = await validate(dir, true);
    expect(remote).toEqual(await validate(dir, false));
    expect(JSON.stringify(remote.document)).toMatch(/unterminated quoted field/);
    await writeFiles(dir, { 'data.csv.gz': Buffer.concat([gzipSync('id,name,score,day\n'.repeat(1000)).subarray(0, 60), Buffer.alloc(40, 7)]) });
    const corrupt = await validate(dir, true);
    expect(corrupt).toEqual(await validate(dir, false));
    expect(JSON.stringify(corrupt.document)).toMatch(/gzip/);
  });

  it('reads at most a few batches ahead of a slow checker, and stops when the checker closes the table', async () => {
    const dir = await tempDir();
    const lines = ['id,name,score,day'];
    for (let i = 1; i <= 400_000; i++) lines.push(`${i},n${i % 7},${(i % 100) / 10},2026-01-02`);
    await writeFiles(dir, { 'data.csv.gz': gzipSync(lines.join('\n') + '\n') });
    const file = userFile(dir, 'data.csv.gz');
    let posted = 0;
    const { port1, port2 } = new MessageChannel();
    const post = port2.postMessage.bind(port2);
    port2.postMessage = (message: { kind: string }, transfer?: readonly Transferable[]) => {
      if (message.kind === 'batch') posted++;
      post(message, transfer as never);
    };
    let readerDone = false;
    const reading = sendTable(() => openTable(file), port2).then(() => (readerDone = true));
    const remote = await receiveTable(detectFormat(file), port1, reading);
    const local = await openTable(file);
    let localBatches = 0;
    let localRows = 0;
    for await (const batch of local.batches) {
      localBatches++;
      localRows += batch.size;
    }
    expect(localBatches).toBeGreaterThan(8);
    let taken = 0;
    let rows = 0;
    for await (const batch of remote.batches) {
      taken++;
      rows += batch.size;
      await new Promise((resolve) => setTimeout(resolve, 20)); // a slow checker
      expect(posted - taken).toBeLessThanOrEqual(4);
    }
    // (Batch boundaries follow the inflated chunks, whose sizes vary from run to run.)
    expect(rows).toBe(localRows);
    expect(taken).toBeGreaterThan(8);
    expect(remote.digest()).toEqual(local.digest());
    await reading;

    // Closing after two batches ends the reader without reading the rest.
    const channel = new MessageChannel();
    let postedBeforeClose = 0;
    const post2 = channel.port2.postMessage.bind(channel.port2);
    channel.port2.postMessage = (message: { kind: string }, transfer?: readonly Transferable[]) => {
      if (message.kind === 'batch') postedBeforeClose++;
      post2(message, transfer as never);
    };
    readerDone = false;
    const reading2 = sendTable(() => openTable(file), channel.port2).then(() => (readerDone = true));
    const early = await receiveTable(detectFormat(file), channel.port1, reading2);
    let n = 0;
    for await (const _batch of early.batches) if (++n === 2) break;
    await reading2;
    expect(readerDone).toBe(true);
    expect(postedBeforeClose).toBeLessThanOrEqual(2 + 4);
  }, 60_000);
});
