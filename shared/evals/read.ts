// Reading eval suites, one function per format, all to EvalSuite:
//   generic    holdout's JSONL/CSV form: an id column, boolean (pass/fail)
//              and numeric (score) columns, string columns as tags, optional
//              cost and latency_ms
//   promptfoo  `promptfoo eval -o results.json` (results.results[], v3+)
//   deepeval   a DeepEval test run (.deepeval/.latest_test_run.json)
//   gh-models  `gh models eval --json`
//   lm-eval    lm-evaluation-harness `--log_samples` (samples_<task>_<time>.jsonl)
// The format is recognised from the content unless given. A file is read
// whole, up to MAX_EVAL_BYTES: eval suites are thousands of cases, not
// millions, and the JSON formats cannot be streamed by record.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { describeFsError } from '../io/fs-error.js';
import { openCsvStream } from '../data/csv.js';
import { ConfigurationError } from '../errors.js';
import type { UserFile } from '../io/user-file.js';
import { CASE_OUTCOME, EVAL_FORMATS, type EvalCase, type EvalFormat, type EvalSuite } from './suite.js';

/** Larger eval files are refused (with the way out) rather than read. */
export const MAX_EVAL_BYTES = 256 * 1024 * 1024;

export interface EvalReadOptions {
  /** The format, or undefined to recognise it. */
  format?: EvalFormat;
  /** The id column of the generic form (default `id`). */
  idColumn?: string;
  /** In a promptfoo file with several providers or prompts: the one to read (a provider id or label, a prompt label, or `prompt <index>`). */
  variant?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an eval suite in any supported format. */
export async function readEvalSuite(file: UserFile, options: EvalReadOptions = {}): Promise<EvalSuite> {
  const bytes = await readBounded(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const lower = file.path.toLowerCase().replace(/\.(gz|gzip)$/, '');
  const raw = /\.(gz|gzip)$/i.test(file.path) ? gunzip(bytes, file) : bytes;
  const text = raw.toString('utf8');
  if (text.trim() === '') throw new ConfigurationError('is empty', { file: file.display });
  const at = { file: file.display };
  let read: { format: EvalFormat; cases: EvalCase[]; notes: string[] };
  if (/\.(csv|tsv)$/.test(lower)) {
    if (options.format && options.format !== 'generic') throw new ConfigurationError(`a CSV file is in holdout's generic eval form, not ${options.format}`, at);
    read = { format: 'generic', ...(await readGenericCsv(text, file.display, lower.endsWith('.tsv') ? '\t' : ',', options.idColumn ?? 'id')) };
  } else if (/\.(jsonl|ndjson)$/.test(lower)) {
    const records = jsonLines(text, file.display);
    const format = options.format ?? (records[0] && 'doc_id' in records[0].value && ('filtered_resps' in records[0].value || 'metrics' in records[0].value) ? 'lm-eval' : records[0] && 'gradingResult' in records[0].value ? 'promptfoo' : 'generic');
    read = { format, ...fromRecords(format, records, file.display, options) };
  } else {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ConfigurationError(`is not valid JSON: ${(error as Error).message}`, at);
    }
    const format = options.format ?? recognise(value);
    if (!format) throw new ConfigurationError(`is not an eval suite holdout reads (${EVAL_FORMATS.join(', ')}): see docs/evals.md`, at);
    if (format === 'generic' || format === 'lm-eval') {
      if (!Array.isArray(value)) throw new ConfigurationError(`a ${format} eval file in JSON is an array of case records`, at);
      read = { format, ...fromRecords(format, value.map((v, i) => ({ value: asObject(v, `[${i}]`, file.display), at: `[${i}]` })), file.display, options) };
    } else read = { format, ...readJsonFormat(format, value, file.display, options.variant) };
  }
  if (read.cases.length === 0) throw new ConfigurationError(`has no cases (read as ${read.format})`, at);
  return { file: file.display, sha256, format: read.format, cases: read.cases, notes: read.notes };
}

/** Which vendor format a parsed JSON document is, from its shape. */
export function recognise(value: unknown): EvalFormat | undefined {
  if (Array.isArray(value)) return value.length > 0 && isObject(value[0]) && 'doc_id' in value[0] ? 'lm-eval' : 'generic';
  if (!isObject(value)) return undefined;
  if (isObject(value.results) && Array.isArray(value.results.results)) return 'promptfoo';
  if (Array.isArray(value.testCases) || Array.isArray(value.conversationalTestCases)) return 'deepeval';
  if (Array.isArray(value.testResults)) return 'gh-models';
  return undefined;
}

async function readBounded(file: UserFile): Promise<Buffer> {
  try {
    const info = await stat(file.path);
    if (info.isDirectory()) throw new ConfigurationError('is a directory, not an eval file', { file: file.display });
    if (info.size > MAX_EVAL_BYTES) throw new ConfigurationError(`is ${(info.size / 2 ** 20).toFixed(0)} MiB; eval files are read whole up to ${MAX_EVAL_BYTES / 2 ** 20} MiB — split the suite or keep only the scores`, { file: file.display });
    return await readFile(file.path);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(describeFsError(error), { file: file.display });
  }
}

function gunzip(bytes: Buffer, file: UserFile): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_EVAL_BYTES });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ConfigurationError(`inflates past ${MAX_EVAL_BYTES / 2 ** 20} MiB; eval files are read whole — split the suite`, { file: file.display });
    throw new ConfigurationError(`is not readable gzip (${(error as Error).message})`, { file: file.display });
  }
}

function asObject(value: unknown, at: string, file: string): JsonObject {
  if (!isObject(value)) throw new ConfigurationError(`${at}: a case is an object`, { file });
  return value;
}

function jsonLines(text: string, file: string): Array<{ value: JsonObject; at: string; line: number }> {
  const out: Array<{ value: JsonObject; at: string; line: number }> = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ConfigurationError(`is not a JSON record: ${(error as Error).message}`, { file, line: i + 1 });
    }
    if (!isObject(value)) throw new ConfigurationError('a JSONL record is an object', { file, line: i + 1 });
    out.push({ value, at: `line ${i + 1}`, line: i + 1 });
  });
  return out;
}

function fromRecords(format: EvalFormat, records: Array<{ value: JsonObject; at: string; line?: number }>, file: string, options: EvalReadOptions) {
  switch (format) {
    case 'generic':
      return genericRecords(records, file, options.idColumn ?? 'id');
    case 'lm-eval':
      return lmEvalRecords(records, file);
    case 'promptfoo':
      return promptfooRows(records.map((r) => r.value), file, records.map((r) => r.at), options.variant);
    case 'deepeval':
    case 'gh-models':
      throw new ConfigurationError(`${format} writes one JSON document, not JSON lines`, { file });
  }
}

function readJsonFormat(format: 'promptfoo' | 'deepeval' | 'gh-models', value: unknown, file: string, variant?: string) {
  const doc = asObject(value, 'the document', file);
  switch (format) {
    case 'promptfoo': {
      const rows = isObject(doc.results) && Array.isArray(doc.results.results) ? doc.results.results : undefined;
      if (!rows) throw new ConfigurationError('results.results: a promptfoo output has its rows there', { file, key: 'results.results' });
      return promptfooRows(rows.map((r, i) => asObject(r, `results.results[${i}]`, file)), file, rows.map((_, i) => `results.results[${i}]`), variant);
    }
    case 'deepeval':
      return deepevalCases(doc, file);
    case 'gh-models':
      return ghModelsResults(doc, file);
  }
}

// ── generic ─────────────────────────────────────────────────────────────

const COST_KEYS = new Set(['cost', 'cost_usd']);
const LATENCY_KEYS = new Set(['latency_ms', 'latencyMs']);
const PASS_WORDS = new Map([['true', true], ['false', false], ['pass', true], ['fail', false], ['passed', true], ['failed', false]]);

function genericRecords(records: Array<{ value: JsonObject; at: string; line?: number }>, file: string, idColumn: string) {
  const cases: EvalCase[] = [];
  for (const { value, at, line } of records) {
    const where = { file, line, key: line === undefined ? at : undefined };
    const id = value[idColumn];
    if (typeof id !== 'string' && typeof id !== 'number') throw new ConfigurationError(`${line === undefined ? `${at}: ` : ''}has no "${idColumn}" (the case id)`, where);
    const tags: Record<string, string> = {};
    const passed = new Map<string, boolean>();
    const scores = new Map<string, number>();
    let cost: number | undefined;
    let latencyMs: number | undefined;
    const take = (key: string, v: Json, nested: boolean) => {
      if (typeof v === 'boolean') passed.set(key, v);
      else if (typeof v === 'number') {
        if (!Number.isFinite(v)) return;
        if (!nested && COST_KEYS.has(key)) cost = v;
        else if (!nested && LATENCY_KEYS.has(key)) latencyMs = v;
        else scores.set(key, v);
      } else if (typeof v === 'string') {
        const word = PASS_WORDS.get(v.toLowerCase());
        if (nested && word !== undefined) passed.set(key, word);
        else if (!nested) tags[key] = v;
      }
    };
    for (const [key, v] of Object.entries(value)) {
      if (key === idColumn) continue;
      if (key === 'tags' && isObject(v)) for (const [t, tv] of Object.entries(v)) tags[t] = String(tv);
      else if (key === 'tags' && Array.isArray(v)) for (const t of v) tags[String(t)] = 'tagged';
      else if ((key === 'scores' || key === 'passed' || key === 'assertions') && isObject(v)) for (const [s, sv] of Object.entries(v)) take(s, sv, true);
      else take(key, v, false);
    }
    cases.push({ id: String(id), at: line === undefined ? at : `line ${line}`, tags, passed, scores, cost, latencyMs });
  }
  return { cases, notes: [] };
}

async function readGenericCsv(text: string, file: string, delimiter: string, idColumn: string) {
  async function* once() {
    yield text;
  }
  const stream = await openCsvStream(once(), { displayPath: file, delimiter });
  const idAt = stream.header.indexOf(idColumn);
  if (idAt < 0) throw new ConfigurationError(`has no "${idColumn}" column (the case id; columns: ${stream.header.join(', ')})`, { file, line: stream.headerLine });
  const rows: Array<{ cells: string[]; line: number }> = [];
  for await (const batch of stream.batches) {
    for (let r = 0; r < batch.size; r++) rows.push({ cells: batch.columns.map((c) => (c[r] === null || c[r] === undefined ? '' : String(c[r]))), line: batch.lines?.[r] ?? 0 });
  }
  // A column's kind is decided by all its values: pass/fail words → outcome, numbers → score, anything else → tag.
  const kinds = stream.header.map((name, c) => {
    if (c === idAt) return 'id';
    const values = rows.map((r) => r.cells[c]!.trim()).filter((v) => v !== '');
    if (values.length > 0 && values.every((v) => PASS_WORDS.has(v.toLowerCase()))) return 'passed';
    if (values.length > 0 && values.every((v) => Number.isFinite(Number(v)))) return COST_KEYS.has(name) ? 'cost' : LATENCY_KEYS.has(name) ? 'latency' : 'score';
    return 'tag';
  });
  const cases: EvalCase[] = rows.map(({ cells, line }) => {
    const id = cells[idAt]!.trim();
    if (id === '') throw new ConfigurationError('has no case id', { file, line });
    const tags: Record<string, string> = {};
    const passed = new Map<string, boolean>();
    const scores = new Map<string, number>();
    let cost: number | undefined;
    let latencyMs: number | undefined;
    stream.header.forEach((name, c) => {
      const v = cells[c]!.trim();
      if (v === '') return;
      switch (kinds[c]) {
        case 'passed': passed.set(name, PASS_WORDS.get(v.toLowerCase())!); break;
        case 'score': scores.set(name, Number(v)); break;
        case 'cost': cost = Number(v); break;
        case 'latency': latencyMs = Number(v); break;
        case 'tag': tags[name] = v; break;
      }
    });
    return { id, at: `line ${line}`, tags, passed, scores, cost, latencyMs };
  });
  return { cases, notes: [] };
}

// ── promptfoo ───────────────────────────────────────────────────────────

/** Stable JSON (sorted keys), so the same vars give the same id in two runs. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** How a promptfoo row names its provider and prompt: every spelling a user may pick it by. */
function variantNames(row: JsonObject): { shown: string; names: string[] } {
  const provider = isObject(row.provider) ? row.provider : { id: row.provider ?? '' };
  const ids = [provider.label, provider.id].filter((v): v is string => typeof v === 'string' && v !== '');
  const prompt = isObject(row.prompt) && typeof row.prompt.label === 'string' ? row.prompt.label : undefined;
  const index = row.promptIdx !== undefined && row.promptIdx !== null ? `prompt ${String(row.promptIdx)}` : undefined;
  return { shown: [ids[0], index].filter(Boolean).join(' · '), names: [...ids, ...(prompt ? [prompt] : []), ...(index ? [index] : [])] };
}

function promptfooRows(allRows: JsonObject[], file: string, allWhere: string[], chosen?: string) {
  const notes: string[] = [];
  // Several prompts or providers in one file are several candidates: holdout compares one against one, so one is chosen.
  const named = allRows.map(variantNames);
  const variants = [...new Set(named.map((n) => n.shown))];
  let keep = allRows.map((_, i) => i);
  if (chosen !== undefined) {
    keep = keep.filter((i) => named[i]!.names.includes(chosen));
    if (keep.length === 0) throw new ConfigurationError(`has no provider or prompt "${chosen}" (it has: ${variants.join('; ')})`, { file });
    const left = new Set(keep.map((i) => named[i]!.shown));
    if (left.size > 1) throw new ConfigurationError(`"${chosen}" names ${left.size} provider/prompt combinations (${[...left].join('; ')}): name one (a provider id and prompt together are "prompt <index>" within one provider)`, { file });
  } else if (variants.length > 1) {
    throw new ConfigurationError(`holds ${variants.length} provider/prompt combinations (${variants.slice(0, 4).join('; ')}${variants.length > 4 ? '; …' : ''}): choose one (the candidate-variant / baseline-variant options), or run each into its own file`, { file });
  }
  const rows = keep.map((i) => allRows[i]!);
  const where = keep.map((i) => allWhere[i]!);
  const keyOf = (row: JsonObject): string => {
    const testCase = isObject(row.testCase) ? row.testCase : {};
    const metadata = isObject(testCase.metadata) ? testCase.metadata : isObject(row.metadata) ? row.metadata : {};
    if (typeof metadata.id === 'string' || typeof metadata.id === 'number') return String(metadata.id);
    if (typeof testCase.description === 'string' && testCase.description !== '') return testCase.description;
    return stableJson(testCase.vars ?? row.vars ?? {});
  };
  const keys = rows.map(keyOf);
  const counts = new Map<string, Set<string>>();
  rows.forEach((row, i) => {
    const set = counts.get(keys[i]!) ?? new Set<string>();
    set.add(String(row.testIdx ?? i));
    counts.set(keys[i]!, set);
  });
  let errors = 0;
  const cases = rows.map((row, i): EvalCase => {
    // Cases sharing a description (or vars) but not a test index are told apart by the index; repeats of one test share it.
    const id = counts.get(keys[i]!)!.size > 1 ? `${keys[i]} #${String(row.testIdx ?? i)}` : keys[i]!;
    const grading = isObject(row.gradingResult) ? row.gradingResult : undefined;
    const passed = new Map<string, boolean>();
    const scores = new Map<string, number>();
    const success = typeof row.success === 'boolean' ? row.success : typeof grading?.pass === 'boolean' ? grading.pass : undefined;
    if (success === undefined) throw new ConfigurationError(`${where[i]}: a promptfoo row has success or gradingResult.pass`, { file });
    passed.set(CASE_OUTCOME, success);
    if (row.failureReason === 2 || (typeof row.error === 'string' && row.error !== '' && !grading)) errors++;
    const score = typeof row.score === 'number' ? row.score : typeof grading?.score === 'number' ? grading.score : undefined;
    if (score !== undefined && Number.isFinite(score)) scores.set('score', score);
    const named = isObject(row.namedScores) ? row.namedScores : isObject(grading?.namedScores) ? grading.namedScores : {};
    for (const [name, v] of Object.entries(named)) if (typeof v === 'number' && Number.isFinite(v)) scores.set(name, v);
    const components = Array.isArray(grading?.componentResults) ? grading.componentResults : [];
    const seen = new Map<string, number>();
    for (const component of components) {
      if (!isObject(component) || typeof component.pass !== 'boolean') continue;
      const assertion = isObject(component.assertion) ? component.assertion : {};
      const base = String(assertion.metric ?? assertion.type ?? 'assertion');
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      passed.set(n === 1 ? base : `${base}#${n}`, component.pass);
    }
    const testCase = isObject(row.testCase) ? row.testCase : {};
    const metadata = isObject(testCase.metadata) ? testCase.metadata : {};
    const tags: Record<string, string> = {};
    for (const [k, v] of Object.entries(metadata)) if (k !== 'id' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) tags[k] = String(v);
    const cost = typeof row.cost === 'number' && Number.isFinite(row.cost) ? row.cost : undefined;
    const latencyMs = typeof row.latencyMs === 'number' && Number.isFinite(row.latencyMs) ? row.latencyMs : undefined;
    return { id, at: where[i], tags, passed, scores, cost, latencyMs };
  });
  if (errors > 0) notes.push(`${errors} case${errors === 1 ? '' : 's'} ended in a provider error (counted as failed, as promptfoo counts them)`);
  return { cases, notes };
}

// ── DeepEval ────────────────────────────────────────────────────────────

function deepevalCases(doc: JsonObject, file: string) {
  const notes: string[] = [];
  const all = [...(Array.isArray(doc.testCases) ? doc.testCases.map((c, i) => ({ c, at: `testCases[${i}]` })) : []), ...(Array.isArray(doc.conversationalTestCases) ? doc.conversationalTestCases.map((c, i) => ({ c, at: `conversationalTestCases[${i}]` })) : [])];
  const cases = all.map(({ c, at }): EvalCase => {
    const tc = asObject(c, at, file);
    const id = typeof tc.name === 'string' && tc.name !== '' ? tc.name : tc.order !== undefined && tc.order !== null ? `order ${String(tc.order)}` : undefined;
    if (id === undefined) throw new ConfigurationError(`${at}: a DeepEval test case has a name`, { file, key: `${at}.name` });
    const passed = new Map<string, boolean>();
    const scores = new Map<string, number>();
    if (typeof tc.success === 'boolean') passed.set(CASE_OUTCOME, tc.success);
    for (const metric of Array.isArray(tc.metricsData) ? tc.metricsData : []) {
      if (!isObject(metric) || typeof metric.name !== 'string') continue;
      if (typeof metric.success === 'boolean') passed.set(metric.name, metric.success);
      if (typeof metric.score === 'number' && Number.isFinite(metric.score)) scores.set(metric.name, metric.score);
    }
    const tags: Record<string, string> = {};
    for (const t of Array.isArray(tc.tags) ? tc.tags : []) tags[String(t)] = 'tagged';
    const cost = typeof tc.tokenCost === 'number' ? tc.tokenCost : undefined;
    // completionTime is the model's time for the case, in seconds.
    const latencyMs = typeof tc.completionTime === 'number' ? tc.completionTime * 1000 : undefined;
    return { id, at, tags, passed, scores, cost, latencyMs };
  });
  return { cases, notes };
}

// ── gh models eval --json ───────────────────────────────────────────────

function ghModelsResults(doc: JsonObject, file: string) {
  const results = doc.testResults as Json[];
  const cases = results.map((r, i): EvalCase => {
    const at = `testResults[${i}]`;
    const result = asObject(r, at, file);
    const testCase = isObject(result.testCase) ? result.testCase : {};
    const id = typeof testCase.id === 'string' || typeof testCase.id === 'number' ? String(testCase.id) : stableJson(testCase);
    const passed = new Map<string, boolean>();
    const scores = new Map<string, number>();
    let all = true;
    for (const e of Array.isArray(result.evaluationResults) ? result.evaluationResults : []) {
      if (!isObject(e) || typeof e.evaluatorName !== 'string') continue;
      if (typeof e.passed === 'boolean') {
        passed.set(e.evaluatorName, e.passed);
        all &&= e.passed;
      }
      if (typeof e.score === 'number' && Number.isFinite(e.score)) scores.set(`${e.evaluatorName}.score`, e.score);
    }
    // gh models counts a test case passed when every evaluator passed.
    passed.set(CASE_OUTCOME, all);
    return { id, at, tags: {}, passed, scores };
  });
  return { cases, notes: [] };
}

// ── lm-evaluation-harness --log_samples ─────────────────────────────────

function lmEvalRecords(records: Array<{ value: JsonObject; at: string; line?: number }>, file: string) {
  const filters = new Set(records.map((r) => String(r.value.filter ?? 'none')));
  // One record per document and filter; with several filters, a metric is named as the harness's results do: "acc,strict-match".
  const byDoc = new Map<string, { at: string; scores: Map<string, number>; passed: Map<string, boolean> }>();
  for (const { value, at, line } of records) {
    const docId = value.doc_id;
    if (typeof docId !== 'number' && typeof docId !== 'string') throw new ConfigurationError('an lm-eval sample has a doc_id', { file, line, key: line === undefined ? at : undefined });
    const id = String(docId);
    const entry = byDoc.get(id) ?? { at, scores: new Map<string, number>(), passed: new Map<string, boolean>() };
    byDoc.set(id, entry);
    const filter = String(value.filter ?? 'none');
    const names = Array.isArray(value.metrics) ? value.metrics.map(String) : Object.keys(value).filter((k) => typeof value[k] === 'number' && k !== 'doc_id');
    for (const name of names) {
      const v = value[name];
      const key = filters.size > 1 ? `${name},${filter}` : name;
      if (typeof v === 'boolean') entry.passed.set(key, v);
      else if (typeof v === 'number' && Number.isFinite(v)) entry.scores.set(key, v);
    }
  }
  const cases = [...byDoc].map(([id, e]): EvalCase => ({ id, at: e.at, tags: {}, passed: e.passed, scores: e.scores }));
  return { cases, notes: [] };
}
