// Test helpers: temp directories and in-memory text streams.
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export async function tempDir(prefix = 'holdout-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), contents);
  }
}

export async function* chunksOf(text: string, sizes: readonly number[] | number): AsyncGenerator<string> {
  let at = 0;
  let k = 0;
  while (at < text.length) {
    const size = typeof sizes === 'number' ? sizes : Math.max(1, sizes[k++ % sizes.length]!);
    yield text.slice(at, at + size);
    at += size;
  }
}
