// Generates the examples with a fixed seed, so they can be regenerated and
// checked: under examples/compare/ a churn-style binary task on 2,000 holdout
// rows in four regions, scored by the production model and by a candidate
// that is slightly better overall and worse in one region; under
// examples/drift/ the churn feature table (examples/validate/schema.yaml) as
// the model was trained on it (reference.csv, 3,000 customers) and as it is
// scored this month (current.csv, 2,000), where prices went up and more
// customers took the premium plan.
//   node scripts/make-examples.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
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

const drift = join(out, '../drift');
mkdirSync(drift, { recursive: true });
const PLANS = ['basic', 'standard', 'premium'];
const NAMES = ['ana', 'bo', 'chen', 'dara', 'eli', 'fatima', 'gus', 'hana', 'ivan', 'jo', 'kemal', 'lea'];
function customers(n, first, { planShares, priceFactor, tenureScale }) {
  const lines = ['customer_id,signup_date,age,plan,monthly_charges,tenure_months,email,churned'];
  for (let i = 0; i < n; i++) {
    const id = `C${String(first + i).padStart(6, '0')}`;
    const year = 2015 + Math.floor(rand() * 11);
    const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const age = rand() < 0.05 ? '' : String(Math.min(95, Math.max(18, Math.round(42 + 13 * gauss()))));
    let u = rand();
    let k = 0;
    while (k < 2 && u >= planShares[k]) u -= planShares[k++];
    const charges = (Math.max(5, 20 + 35 * k + 8 * gauss()) * priceFactor).toFixed(2);
    const tenure = Math.max(0, Math.round(-Math.log(1 - rand()) * 24 * tenureScale));
    const email = `${NAMES[Math.floor(rand() * NAMES.length)]}${first + i}@example.com`;
    const churned = rand() < sigmoid(-1.2 + 0.6 * k - tenure / 40) ? 'true' : 'false';
    lines.push([id, date, age, PLANS[k], charges, tenure, email, churned].join(','));
  }
  return lines.join('\n') + '\n';
}
writeFileSync(join(drift, 'reference.csv'), customers(3000, 1, { planShares: [0.5, 0.35, 0.15], priceFactor: 1, tenureScale: 1 }));
writeFileSync(join(drift, 'current.csv'), customers(2000, 100001, { planShares: [0.3, 0.35, 0.35], priceFactor: 1.15, tenureScale: 0.95 }));
console.log(`wrote the drift example (3,000 reference and 2,000 current customers) to ${drift}`);
