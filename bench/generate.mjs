// Generates the validate-data benchmark table: N rows × 12 columns (floats,
// integers, categories, dates, datetimes, booleans, free strings, nulls),
// seeded so every run measures the same bytes.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLANS = ['basic', 'standard', 'premium', 'enterprise'];
const REGIONS = ['north', 'south', 'east', 'west', 'central', 'apac', 'emea', 'latam'];
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];

export const HEADER = 'customer_id,age,income,score,plan,region,signup_date,last_seen,active,tenure_months,sessions,note';

export async function generateCsv(path, rows, seed = 42) {
  const rand = mulberry32(seed);
  const out = createWriteStream(path);
  out.write(HEADER + '\n');
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const id = 'C' + String(i).padStart(8, '0');
    const age = 18 + Math.floor(rand() * 70);
    const income = (20000 + rand() * 180000).toFixed(2);
    const score = rand() < 0.03 ? '' : rand().toFixed(6);
    const plan = PLANS[Math.floor(rand() * PLANS.length)];
    const region = rand() < 0.01 ? '' : REGIONS[Math.floor(rand() * REGIONS.length)];
    const y = 2015 + Math.floor(rand() * 10);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const hh = Math.floor(rand() * 24), mm = Math.floor(rand() * 60), ss = Math.floor(rand() * 60);
    const seen = `2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}Z`;
    const active = rand() < 0.7 ? 'true' : 'false';
    const tenure = Math.floor(rand() * 120);
    const sessions = Math.floor(rand() * 1000);
    const nWords = 1 + Math.floor(rand() * 4);
    let note = '';
    for (let k = 0; k < nWords; k++) note += (k ? ' ' : '') + WORDS[Math.floor(rand() * WORDS.length)];
    if (rand() < 0.1) note = `"${note}, ${WORDS[Math.floor(rand() * WORDS.length)]}"`;
    buffer += `${id},${age},${income},${score},${plan},${region},${date},${seen},${active},${tenure},${sessions},${note}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.write(buffer);
  out.end();
  await once(out, 'finish');
}

export const SCHEMA = {
  fields: [
    { name: 'customer_id', type: 'string', constraints: { required: true, unique: true, pattern: 'C[0-9]{8}', minLength: 9, maxLength: 9 } },
    { name: 'age', type: 'integer', constraints: { required: true, minimum: 18, maximum: 100 } },
    { name: 'income', type: 'number', constraints: { exclusiveMinimum: 0, exclusiveMaximum: 1000000 } },
    { name: 'score', type: 'number', constraints: { minimum: 0, maximum: 1 }, 'x-holdout': { maxMissingRate: 0.05 } },
    { name: 'plan', type: 'string', constraints: { required: true, enum: PLANS } },
    { name: 'region', type: 'string', constraints: { enum: REGIONS }, 'x-holdout': { maxMissingRate: 0.02 } },
    { name: 'signup_date', type: 'date', constraints: { minimum: '2015-01-01', maximum: '2026-12-31' } },
    { name: 'last_seen', type: 'datetime', constraints: { minimum: '2025-01-01T00:00:00Z' } },
    { name: 'active', type: 'boolean', constraints: { required: true } },
    { name: 'tenure_months', type: 'integer', constraints: { minimum: 0, maximum: 600 } },
    { name: 'sessions', type: 'integer', constraints: { minimum: 0 }, 'x-holdout': { mostly: 0.99 } },
    { name: 'note', type: 'string', constraints: { maxLength: 200, minLength: 1 } },
  ],
  missingValues: ['', 'NA'],
  primaryKey: 'customer_id',
  'x-holdout': { rowCount: { min: 1000 } },
};
