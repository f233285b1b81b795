// Generates the example predictions under examples/compare/ with a fixed
// seed, so they can be regenerated and checked: a churn-style binary task on
// 2,000 holdout rows in four regions, scored by the production model and by
// a candidate that is slightly better overall and worse in one region.
//   node scripts/make-examples.mjs
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '../examples/compare');
let state = 20261201;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const regions = ['north', 'south', 'east', 'west'];

const rows = [];
for (let i = 0; i < 2000; i++) {
  const region = regions[Math.floor(rand() * 4)];
  const signal = gauss();
  const label = rand() < sigmoid(1.6 * signal - 1.0) ? 1 : 0;
  const base = sigmoid(1.2 * signal - 1.0 + 0.8 * gauss());
  // The candidate sees the signal more clearly, except in the west.
  const noise = region === 'west' ? 1.3 : 0.55;
  const cand = sigmoid(1.4 * signal - 1.0 + noise * gauss());
  rows.push({ id: `c${String(i).padStart(5, '0')}`, region, label, base, cand });
}
const csv = (key) => 'id,label,score,region\n' + rows.map((r) => `${r.id},${r.label},${r[key].toFixed(6)},${r.region}`).join('\n') + '\n';
writeFileSync(join(out, 'baseline-predictions.csv'), csv('base'));
// The candidate file lists rows in another order: the join is by id.
writeFileSync(join(out, 'candidate-predictions.csv'), 'id,label,score,region\n' + [...rows].reverse().map((r) => `${r.id},${r.label},${r.cand.toFixed(6)},${r.region}`).join('\n') + '\n');
console.log(`wrote ${rows.length} rows to ${out}`);
