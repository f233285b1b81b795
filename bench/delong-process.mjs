// One whole process for the DeLong benchmark: read y,a,b from a CSV, run
// holdout's paired DeLong test, print z and p. Timed from process start to
// exit (module loading and reading included, no warm-up), like Rscript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [build, file] = process.argv.slice(2);
const { pairedDeLong } = await import(join(build, 'shared/stats/delong.js'));
const text = readFileSync(file, 'latin1');
let n = 0;
for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
n -= 1; // header
const y = new Uint8Array(n), a = new Float64Array(n), b = new Float64Array(n);
let pos = text.indexOf('\n') + 1;
for (let i = 0; i < n; i++) {
  const c1 = text.indexOf(',', pos);
  const c2 = text.indexOf(',', c1 + 1);
  let end = text.indexOf('\n', c2 + 1);
  if (end < 0) end = text.length;
  y[i] = text.charCodeAt(pos) === 49 ? 1 : 0;
  a[i] = Number(text.slice(c1 + 1, c2));
  b[i] = Number(text.slice(c2 + 1, end));
  pos = end + 1;
}
const r = pairedDeLong(y, a, b);
process.stdout.write(`${r.z} ${r.pValue ?? r.p}\n`);
