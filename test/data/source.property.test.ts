// openByteStream's uncompressed path (every byte, the digest, an early stop, a
// vanished file), and decodeUtf8 against a whole-input TextDecoder: any bytes (ASCII runs, multi-
// byte characters, byte order marks, invalid sequences), cut into arbitrary
// chunks, decode to the same text — or fail as not UTF-8, naming a line —
// whichever chunks take the ASCII fast path and whichever the decoder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { decodeUtf8, detectFormat, openByteStream } from '../../shared/data/source.js';
import { ConfigurationError } from '../../shared/errors.js';
import { userFile } from '../../shared/io/user-file.js';
import { tempDir, writeFiles } from '../helpers.js';

const BOM = [0xef, 0xbb, 0xbf];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...Buffer.from('ab,1.5\n"x"\r\n'))) },
  { weight: 2, arbitrary: fc.constantFrom('é', '✓', '𝄞', '\uFEFF').map((c) => [...Buffer.from(c)]) },
  { weight: 1, arbitrary: fc.constant(BOM) },
  // Invalid: a lone continuation byte, a truncated sequence, an overlong form.
  { weight: 1, arbitrary: fc.constantFrom([0x80], [0xe2, 0x9c], [0xc0, 0xaf], [0xff]) },
);

const input = fc.record({
  bytes: fc.array(piece, { maxLength: 30 }).map((parts) => Buffer.from(parts.flat())),
  cuts: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 10 }),
});

function chunked(bytes: Buffer, cuts: number[]): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = cuts[k % cuts.length]!;
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

async function decodeAll(chunks: Buffer[]): Promise<string | ConfigurationError> {
  async function* source() {
    yield* chunks;
  }
  let text = '';
  try {
    for await (const part of decodeUtf8(source(), 'data.csv')) text += part;
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  return text;
}

describe('decodeUtf8', () => {
  it('decodes any chunking of any bytes as one whole-input decode does, or refuses invalid UTF-8 naming the file and a line', async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ bytes, cuts }) => {
        let expected: string | undefined;
        try {
          expected = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          expected = undefined;
        }
        const got = await decodeAll(chunked(bytes, cuts));
        if (expected === undefined) {
          expect(got).toBeInstanceOf(ConfigurationError);
          const error = got as ConfigurationError;
          expect(error.file).toBe('data.csv');
          expect(error.reason).toMatch(/is not valid UTF-8/);
          expect(error.line).toBeGreaterThanOrEqual(1);
        } else expect(got).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops a byte order mark only at the start, also when ASCII chunks come before a multi-byte one', async () => {
    expect(await decodeAll([Buffer.from([...BOM, 0x61])])).toBe('a');
    // ASCII first (fast path), then a chunk with a mark: the mark is text there.
    expect(await decodeAll([Buffer.from('a,b\n'), Buffer.from([...BOM, 0x63])])).toBe('a,b\n\uFEFFc');
    expect(await decodeAll([Buffer.from('a'), Buffer.from('é'), Buffer.from([...BOM])])).toBe('aé\uFEFF');
  });

  it('does not read an ASCII chunk alone after a chunk that ended inside a character', async () => {
    // "é" is C3 A9: cut after C3, the next chunk A9 is not ASCII; a truncated C3 then ASCII is invalid.
    expect(await decodeAll([Buffer.from([0x61, 0xc3]), Buffer.from([0xa9, 0x62])])).toBe('aéb');
    const error = await decodeAll([Buffer.from('x\ny\n'), Buffer.from([0x61, 0xc3]), Buffer.from('bc\n')]);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).line).toBe(3);
  });
});

describe('openByteStream of an uncompressed file', () => {
  it('yields every byte in order and the sha256 of the file, across many chunks and when stopped early', async () => {
    const dir = await tempDir();
    // ~1 MB of varied bytes: several 120 KiB chunks and a short last one.
    const content = Buffer.from(Array.from({ length: 1_000_003 }, (_, i) => (i * 7919 + (i >> 9)) & 0xff));
    await writeFiles(dir, { 'data.csv': content });
    const info = detectFormat(userFile(dir, 'data.csv'));
    const whole = await openByteStream(info);
    const parts: Buffer[] = [];
    for await (const chunk of whole.chunks) parts.push(Buffer.from(chunk));
    expect(parts.length).toBeGreaterThan(5);
    expect(Buffer.concat(parts).equals(content)).toBe(true);
    expect(whole.digest()).toEqual({ sha256: createHash('sha256').update(content).digest('hex'), bytes: content.length });
    // Stopped after one chunk (a read is in flight): no error, and no digest (the file was not read to its end).
    const early = await openByteStream(info);
    for await (const chunk of early.chunks) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    expect(() => early.digest()).toThrow(/before the stream was read to the end/);
  });

  it('names the file in one line when it disappears before it is read', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'gone.csv': 'a\n1\n' });
    const stream = await openByteStream(detectFormat(userFile(dir, 'gone.csv')));
    await rm(`${dir}/gone.csv`);
    const read = async () => {
      for await (const _ of stream.chunks) void _;
    };
    await expect(read()).rejects.toBeInstanceOf(ConfigurationError);
    await expect(read()).resolves.toBeUndefined(); // a finished generator: nothing more
  });
});
