// validateData: the validate-data step as a pure function of its inputs:
// data files + schema (+ a reference) → one results document. Bad input
// (unreadable file, bad schema) does not throw: it becomes an `error` check,
// so a complete document is always written, and is returned as `problems`
// for the entry to turn into exit status 2 / a failed step.
//
// Three shapes of run: a whole dataset; one shard of it (`shard`), whose
// document carries the tallies and profile a merge needs; and the merge of
// every shard's document (`merge`), which gives the verdict the unsharded
// run gives.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { describeFsError } from '../io/fs-error.js';
import { openTable } from '../data/table.js';
import { expandPaths } from '../data/paths.js';
import type { UserFile } from '../io/user-file.js';
import { collectResults } from '../results/collect.js';
import { documentHead } from '../results/head.js';
import { type Check, type DataError, type DriftSummary, type Shard, type TableSummary, type TableTally, type ValidateDataResults } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import { loadTableSchema, type CompiledSchema } from '../schema/load.js';
import { compareProfiles } from './drift.js';
import { DatasetProfiler, frozenEdgesOf, looksLikeProfile, mergeProfiles, parseProfile, type Binning, type Profile } from '../profile/profile.js';
import type { ShardSpec } from './shard.js';
import { finishTable, mergeTallies, tallyTable, type ForeignKeyCheck, type ProvidedKeys, type ValidateOptions } from './table.js';
import { anySchema, foreignKeysSchema, isDataPackagePath, loadDataPackage, type DataPackage, type ForeignKey, type PackageResource } from '../package/datapackage.js';
import { openInlineTable } from '../data/inline.js';
import { ValueHashSet } from '../profile/hashset.js';
import type { OpenTable } from '../data/table.js';
import { DataRunLog, problemCheck } from '../results/problems.js';
import { offsetTally, openShardRange, tallyInRanges, type RangeRunner } from './parallel.js';


export type { ShardSpec };
export { parseShard } from './shard.js';

export interface ValidateDataInput {
  /** Paths or globs of the data files (or, with `merge`, unused). */
  data: readonly string[];
  /** Directory the data paths are relative to (the workspace); display paths are relative to it. */
  baseDir: string;
  /** The Table Schema file (not with a data package, whose resources carry their own). */
  schema?: UserFile;
  /** A reference dataset or saved profile (relative to baseDir) to check drift against. */
  reference?: string;
  /** Build the data's profile (for profile-out) even without a reference. */
  profile?: boolean;
  shard?: ShardSpec;
  /** Shard documents (paths or globs) to merge into one verdict instead of reading data. */
  merge?: readonly string[];
  title?: string;
  gitSha?: string;
  now?: Date;
  options?: ValidateOptions;
}

export interface ValidateDataOutcome {
  document: ValidateDataResults;
  /** The data's profile, when a reference or `profile` asked for one. */
  profile?: Profile;
  /** User mistakes met on the way (each already recorded as an `error` check). */
  problems: ConfigurationError[];
}

/** Reading progress, reported after each batch. */
export interface ValidateProgress {
  file: string;
  rows: number;
}

export interface ValidateHooks {
  onProgress?: (progress: ValidateProgress) => void;
  /** Worker threads for the byte ranges of a large CSV file (validate/parallel.ts); without them every file is read in this thread. */
  ranges?: RangeRunner;
  /** Opens a file whose reading runs in another thread (a compressed CSV), or undefined to open it here. */
  tables?: (file: UserFile) => Promise<OpenTable | undefined>;
}

interface Reference {
  profile: Profile;
  path: string;
  sha256?: string;
}

export async function validateData(input: ValidateDataInput, hooks: ValidateHooks = {}): Promise<ValidateDataOutcome> {
  if (!input.merge && input.data.some((path) => isDataPackagePath(path))) return validatePackage(input, hooks);
  if (!input.schema) {
    const error = new ConfigurationError('no table schema given: name the schema file (or validate a data package, datapackage.json)', { key: 'schema' });
    const document = emptyDocument(input, [problemCheck('schema', 'Schema is given', error)], 'schema');
    return { document, problems: [error] };
  }
  const schemaFile = input.schema;
  const log = new DataRunLog();
  const { problems, checks, tables, errors } = log;
  const fail = log.fail.bind(log);
  const maxSamples = input.options?.maxErrorSamples ?? 1000;
  const schemaShown = schemaFile.display;

  let schema: CompiledSchema | undefined;
  try {
    schema = await loadTableSchema(schemaFile);
  } catch (error) {
    fail(error, `${schemaShown}#schema`, 'Schema is valid');
  }
  let reference: Reference | undefined;
  if (schema && input.reference !== undefined) {
    try {
      reference = await loadReference(input.reference, input.baseDir, schema);
    } catch (error) {
      fail(error, 'reference', 'Reference is readable');
    }
  }
  if (input.shard && input.merge) fail(new ConfigurationError('shard and merge cannot be combined: shards validate, the merge combines their documents'), 'shard', 'Shard settings are valid');

  const wantProfile = reference !== undefined || input.profile === true || input.shard !== undefined;
  let shard: Shard | undefined;
  let tallies: TableTally[] = [];
  let profile: Profile | undefined;
  let unverifiableKey: ((fields: readonly string[]) => string | undefined) | undefined;
  let files: UserFile[] = [];

  if (schema && input.merge && problems.length === 0) {
    try {
      const keep = (column: string) => new Set(Object.keys(reference?.profile.columns[column]?.categories?.counts ?? {}));
      const merged = await mergeShardDocuments(input.merge, input.baseDir, schema, keep, input.options);
      tallies = merged.tallies;
      profile = merged.profile;
      unverifiableKey = merged.unverifiableKey;
      if (reference && merged.reference && merged.reference.sha256 !== reference.sha256) {
        throw new ConfigurationError(`the shards were profiled against reference ${merged.reference.path} (sha256 ${merged.reference.sha256?.slice(0, 12)}), not ${reference.path}`);
      }
    } catch (error) {
      fail(error, 'merge', 'Shard documents merge');
    }
  } else if (schema && problems.length === 0) {
    try {
      files = await expandPaths(input.data, input.baseDir);
      if (files.length === 0) throw new ConfigurationError('no data files were given');
    } catch (error) {
      fail(error, 'data', 'Data files are found');
    }
    if (input.shard) {
      const { index, count, by } = input.shard;
      const mode = by === undefined && files.length >= count ? 'files' : 'rows';
      shard = { index, count, mode, ...(by !== undefined ? { by } : {}) };
      // Whole files per shard when there are enough of them (every key check stays exact); else rows, split.
      // Contiguous runs of files, so the merge (in shard order) lists the files in their given order.
      if (mode === 'files') files = files.filter((_, k) => Math.floor((k * count) / files.length) === index);
    }
    const profiler = wantProfile ? currentProfiler(reference, input.shard !== undefined) : undefined;
    let foreignKeys: ForeignKey[] = [];
    try {
      foreignKeys = schemaForeignKeys(schema);
    } catch (error) {
      fail(error, `${schemaShown}#schema`, 'Schema is valid');
      files = [];
    }
    for (const file of files) {
      try {
        // A self-referencing foreign key: the file's own key tuples, read first in a pass of their own.
        const fkChecks: ForeignKeyCheck[] = [];
        if (foreignKeys.length > 0) {
          const provide = foreignKeys.map((fk) => ({ fields: fk.referenceFields, set: new ValueHashSet(1 << 12) }) as ProvidedKeys);
          await tallyTable(await openTable(file), schema, { provide, maxErrorSamples: 0, maxLocationsPerCheck: 0 });
          foreignKeys.forEach((fk, k) => fkChecks.push({ ...fk, set: provide[k]!.unavailable ? undefined : provide[k]!.set }));
        }
        const onProgress = hooks.onProgress;
        if (shard?.mode === 'rows' && shard.by === undefined && fkChecks.length === 0) {
          // Rows by position: this shard's byte range of the file, not every row read and every n-th kept.
          const part = await openShardRange(file, shard.index, shard.count);
          if (part) {
            const { tally } = await tallyTable(part.table, schema, {
              ...input.options,
              profile: profiler,
              onBatch: onProgress ? (rows) => onProgress({ file: file.display, rows }) : undefined,
            });
            const { sha256, bytes, newlines } = await part.digest;
            // Its lines are the file's (annotations point at them); its rows count from the range, until the merge.
            tallies.push({ ...offsetTally(tally, 0, newlines), sha256, bytes });
            (shard.ranges ??= []).push(part.range());
            continue;
          }
        }
        if (hooks.ranges && !shard && fkChecks.length === 0) {
          const tally = await tallyInRanges(file, schemaFile, { validate: input.options, profile: profiler, schema }, hooks.ranges);
          if (tally) {
            tallies.push(tally);
            onProgress?.({ file: file.display, rows: tally.rows });
            continue;
          }
        }
        const table = (await hooks.tables?.(file)) ?? (await openTable(file));
        const { tally } = await tallyTable(table, schema, {
          ...input.options,
          foreignKeys: fkChecks,
          profile: profiler,
          rows: shard?.mode === 'rows' ? shard : undefined,
          onBatch: onProgress ? (rows) => onProgress({ file: file.display, rows }) : undefined,
        });
        tallies.push(tally);
      } catch (error) {
        log.unreadableTable(file.display, error);
      }
    }
    profile = profiler?.toProfile();
  }

  for (const tally of tallies) {
    const result = finishTable(tally, schema!, { ...input.options, partial: shard !== undefined, unverifiableKey });
    tables.push(result.summary);
    checks.push(...result.checks);
    for (const e of result.errors) if (errors.length < maxSamples) errors.push(e);
  }

  let drift: DriftSummary | undefined;
  if (schema && reference && profile && !shard && problems.length === 0) {
    const compared = compareProfiles({ schema: schema.descriptor, reference: reference.profile, referenceInfo: { path: reference.path, sha256: reference.sha256 }, current: profile });
    checks.push(...compared.checks);
    drift = compared.drift;
  }

  const status = worstStatus(checks.map((c) => c.status));
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  const errorCount = tables.reduce((sum, t) => sum + t.errorCount, 0);
  const baseTitle = input.title ?? 'Data validation';
  const document: ValidateDataResults = {
    ...documentHead('validate-data', shard ? `${baseTitle} (shard ${shard.index + 1}/${shard.count})` : baseTitle, status, input.now),
    subject: {
      files: tables.map((t) => ({ path: t.file, sha256: t.sha256, bytes: t.bytes })),
      gitSha: input.gitSha,
      schema: schema ? { path: schemaShown, sha256: schema.sha256 } : { path: schemaShown },
      ...(reference ? { reference: { path: reference.path, sha256: reference.sha256 } } : {}),
    },
    checks,
    data: {
      tables, rows, errorCount, errors,
      ...(drift ? { drift } : {}),
      ...(shard ? { shard, tallies, profile } : {}),
    },
  };
  return { document, profile, problems };
}

/** The current data's profiler: binned on the reference's edges; on its own (a reference in the making) unless sharded. */
function currentProfiler(reference: Reference | undefined, sharded: boolean): DatasetProfiler {
  if (reference) {
    const columns = reference.profile.columns;
    return new DatasetProfiler(
      (column): Binning => {
        const edges = frozenEdgesOf(columns[column]);
        return edges ? { edges } : 'none';
      },
      (column) => new Set(Object.keys(columns[column]?.categories?.counts ?? {})),
    );
  }
  // Shards without a reference cannot agree on edges: they profile without histograms.
  return new DatasetProfiler(() => (sharded ? 'none' : 'own'));
}

/** Uniqueness survives a row split only when rows sharing a key share a shard: shard-by one of the key's columns. */
function keyVerifier(shard: Shard): (fields: readonly string[]) => string | undefined {
  return (fields) =>
    shard.by !== undefined && fields.includes(shard.by)
      ? undefined
      : `rows are split across shards ${shard.by === undefined ? 'by position' : `by "${shard.by}"`}, so a duplicate may sit in two shards; shard with shard-by: ${fields[0]} to check (${fields.join(', ')}) exactly`;
}

async function loadReference(path: string, baseDir: string, schema: CompiledSchema): Promise<Reference> {
  const files = await expandPaths([path], baseDir, 'reference');
  const contents: Buffer[] = [];
  for (const file of files) {
    try {
      contents.push(await readFile(file.path));
    } catch (error) {
      throw new ConfigurationError(`cannot read the reference: ${describeFsError(error)}`, { file: file.display });
    }
  }
  const hash = createHash('sha256');
  for (const bytes of contents) hash.update(bytes);
  const sha256 = hash.digest('hex');
  const shown = files.map((f) => f.display).join(', ');
  const profiles = contents.map((bytes) => looksLikeProfile(bytes.subarray(0, 64).toString('utf8')));
  if (profiles.some(Boolean)) {
    if (files.length > 1) throw new ConfigurationError(`a reference profile is one file; "${path}" matches ${files.length} (merge shard profiles with holdout merge-profiles first)`);
    return { profile: parseProfile(contents[0]!.toString('utf8'), files[0]!.display), path: shown, sha256 };
  }
  // A dataset (one or more files): profiled on its own edges, through the same schema (its own errors are not this run's verdict).
  const profiler = new DatasetProfiler(() => 'own');
  for (const file of files) {
    const table = await openTable(file);
    await tallyTable(table, schema, { profile: profiler, maxErrorSamples: 0, maxLocationsPerCheck: 0 });
  }
  return { profile: profiler.toProfile(), path: shown, sha256 };
}

/** Reads the shard documents, checks they are one complete set, and sums them. */
async function mergeShardDocuments(patterns: readonly string[], baseDir: string, schema: CompiledSchema, keep: (column: string) => ReadonlySet<string>, options: ValidateOptions | undefined) {
  const { documents, problems } = await collectResults(patterns, baseDir);
  if (problems.length > 0) throw problems[0]!;
  const shards: Array<{ file: string; shard: Shard; tallies: TableTally[]; profile?: Profile; schemaSha?: string; reference?: { path: string; sha256?: string } }> = [];
  for (const { file, document } of documents) {
    if (document.kind !== 'validate-data' || !document.data.shard || !document.data.tallies) {
      throw new ConfigurationError('is not a shard document of validate-data (run validate-data with shard: i/n)', { file });
    }
    const reference = (document.subject as { reference?: { path: string; sha256?: string } }).reference;
    shards.push({ file, shard: document.data.shard, tallies: document.data.tallies, profile: document.data.profile, schemaSha: document.subject.schema?.sha256, reference });
  }
  if (shards.length === 0) throw new ConfigurationError('no shard documents to merge');
  const { count, mode, by } = shards[0]!.shard;
  const seen = new Map<number, string>();
  for (const s of shards) {
    if (s.shard.count !== count || s.shard.mode !== mode || s.shard.by !== by) throw new ConfigurationError(`shard ${s.shard.index + 1}/${s.shard.count} (${s.shard.mode}) does not belong with ${shards[0]!.file} (${count} shards, ${mode})`, { file: s.file });
    if (seen.has(s.shard.index)) throw new ConfigurationError(`shard ${s.shard.index + 1}/${count} appears twice (also in ${seen.get(s.shard.index)})`, { file: s.file });
    if (s.schemaSha !== schema.sha256) throw new ConfigurationError(`was validated with a different schema (sha256 ${s.schemaSha?.slice(0, 12)}) than ${schema.file}`, { file: s.file });
    if (s.reference?.sha256 !== shards[0]!.reference?.sha256) throw new ConfigurationError('was profiled against a different reference than the other shards', { file: s.file });
    seen.set(s.shard.index, s.file);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new ConfigurationError(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i + 1}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the verdict needs every shard`);
  shards.sort((a, b) => a.shard.index - b.shard.index);
  const byFile = new Map<string, TableTally[]>();
  // Byte-range shards number rows and lines from their range's start: from the file's, after the shards before.
  const before = new Map<string, { rows: number; lines: number }>();
  for (const s of shards) {
    for (const t of s.tallies) {
      const range = s.shard.ranges?.find((r) => r.file === t.file);
      let tally = t;
      if (!range && shards.some((o) => o.shard.ranges?.some((r) => r.file === t.file))) {
        throw new ConfigurationError(`shard ${s.shard.index + 1}/${count} read ${t.file} by every ${count}-th row, but other shards read it by byte range: the shards split the file differently`, { file: s.file });
      }
      if (range) {
        const previous = shards[shards.indexOf(s) - 1]?.shard.ranges?.find((r) => r.file === t.file);
        if (s.shard.index > 0 && previous?.end !== range.start) {
          throw new ConfigurationError(`shard ${s.shard.index + 1}/${count} read ${t.file} from byte ${range.start}, but shard ${s.shard.index}/${count} ${previous ? `ended at byte ${previous.end}` : 'did not read it by byte range'}: the shards split the file differently (was it changed between them?)`, { file: s.file });
        }
        const offset = before.get(t.file) ?? { rows: 0, lines: 0 };
        tally = offsetTally(t, offset.rows, offset.lines - range.linesBefore);
        before.set(t.file, { rows: offset.rows + t.rows, lines: offset.lines + range.lines });
      }
      byFile.set(t.file, [...(byFile.get(t.file) ?? []), tally]);
    }
  }
  const tallies = [...byFile.values()].map((group) => {
    if (mode === 'rows' && group.length !== count) throw new ConfigurationError(`${group[0]!.file} was read by ${group.length} of the ${count} shards`);
    return group.length === 1 ? group[0]! : mergeTallies(group, options);
  });
  const profiles = shards.map((s) => s.profile).filter((p) => p !== undefined);
  return {
    tallies,
    profile: profiles.length === shards.length ? mergeProfiles(profiles, keep) : undefined,
    unverifiableKey: mode === 'rows' ? keyVerifier(shards[0]!.shard) : undefined,
    reference: shards[0]!.reference,
  };
}


/** The foreign keys of a schema on its own: self-references only (others need the data package that holds both tables). */
function schemaForeignKeys(schema: CompiledSchema): ForeignKey[] {
  const raw = (schema.descriptor as { foreignKeys?: unknown }).foreignKeys;
  if (raw === undefined) return [];
  const parsed = foreignKeysSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigurationError(parsed.error.issues[0]!.message, { file: schema.file, key: 'foreignKeys' });
  const list = (v: string | readonly string[]) => (typeof v === 'string' ? [v] : [...v]);
  return parsed.data.map((fk, k) => {
    const resource = fk.reference.resource ?? '';
    if (resource !== '') {
      throw new ConfigurationError(`references resource "${resource}": validate the data package (datapackage.json) that holds both tables to check it`, { file: schema.file, key: `foreignKeys[${k}].reference.resource` });
    }
    const fields = list(fk.fields);
    const referenceFields = list(fk.reference.fields);
    for (const name of [...fields, ...referenceFields]) {
      if (!schema.fields.some((f) => f.name === name)) throw new ConfigurationError(`"${name}" is not a field of this schema`, { file: schema.file, key: `foreignKeys[${k}]` });
    }
    if (fields.length !== referenceFields.length) throw new ConfigurationError('the key and the referenced key have different numbers of fields', { file: schema.file, key: `foreignKeys[${k}]` });
    return { fields, resource, referenceFields };
  });
}

function emptyDocument(input: ValidateDataInput, checks: Check[], schemaPath: string): ValidateDataResults {
  return {
    ...documentHead('validate-data', input.title ?? 'Data validation', 'error', input.now),
    subject: { files: [], gitSha: input.gitSha, schema: { path: schemaPath } },
    checks,
    data: { tables: [], rows: 0, errorCount: 0, errors: [] },
  };
}

/**
 * A Frictionless data package: every tabular resource validated against its
 * own schema (an `any` schema from its header when it has none) and read with
 * its own dialect; foreign keys looked up in the referenced resource's key
 * tuples, read in a pass of their own when that resource comes later (or is
 * the resource itself), else gathered while it is validated.
 */
async function validatePackage(input: ValidateDataInput, hooks: ValidateHooks): Promise<ValidateDataOutcome> {
  const problems: ConfigurationError[] = [];
  const checks: Check[] = [];
  const tables: TableSummary[] = [];
  const errors: DataError[] = [];
  const maxSamples = input.options?.maxErrorSamples ?? 1000;
  const shownPaths = input.data.join(', ');
  const refuse = (reason: string, key?: string) => {
    const error = new ConfigurationError(reason, key ? { key } : {});
    return { document: emptyDocument(input, [problemCheck('data', 'Data package is readable', error)], shownPaths), problems: [error] };
  };
  if (input.data.length !== 1) return refuse(`validate one data package at a time, without other data files (got ${shownPaths})`, 'data');
  if (input.schema) return refuse('a data package carries its resources\' schemas: leave schema out', 'schema');
  if (input.reference !== undefined) return refuse('drift against a reference is not checked for a data package: validate the resource\'s file with its schema and reference', 'reference');
  if (input.shard) return refuse('a data package is not validated in shards: validate it whole', 'shard');
  const packageFile = (await expandPaths(input.data, input.baseDir))[0]!;
  let pkg: DataPackage;
  try {
    pkg = await loadDataPackage(packageFile, input.baseDir);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return { document: emptyDocument(input, [problemCheck(`${packageFile.display}#package`, 'Data package is valid', error)], packageFile.display), problems: [error] };
  }
  for (const problem of pkg.problems) {
    problems.push(problem);
    checks.push(problemCheck(`${problem.file ?? packageFile.display}#${problem.key ?? 'package'}`, 'Data package resource is valid', problem));
  }
  const broken = new Set(pkg.problems.map((p) => /^resources\[(\d+)\]/.exec(p.key ?? '')?.[1]).filter((i) => i !== undefined).map(Number));
  const resources = pkg.resources.filter((r) => !broken.has(r.index));
  const byName = new Map(resources.map((r) => [r.name, r]));
  const displayOf = (r: PackageResource) => (r.data.kind === 'file' ? r.data.file.display : r.data.name);
  const open = async (r: PackageResource): Promise<{ table: OpenTable; schema: CompiledSchema }> => {
    const table = r.data.kind === 'file' ? await openTable(r.data.file, { format: r.data.format, dialect: r.dialect }) : openInlineTable(r.data.name, r.data.rows, r.data.header);
    return { table, schema: r.schema ?? anySchema(table.header, displayOf(r)) };
  };
  // Referenced key tuples, by resource name and fields.
  const keySets = new Map<string, { provided: ProvidedKeys; done: boolean; failed: boolean }>();
  const keyId = (name: string, fields: readonly string[]) => `${name}\u0000${fields.join('\u0000')}`;
  const wanted = (parent: PackageResource) => [...keySets.entries()].filter(([id, k]) => id.startsWith(`${parent.name}\u0000`) && !k.done).map(([, k]) => k);
  for (const r of resources) {
    for (const fk of r.foreignKeys) {
      const parent = fk.resource === '' ? r : byName.get(fk.resource);
      if (!parent) continue;
      const id = keyId(parent.name, fk.referenceFields);
      if (!keySets.has(id)) keySets.set(id, { provided: { fields: fk.referenceFields, set: new ValueHashSet(1 << 12) }, done: false, failed: false });
    }
  }
  const results: Array<{ tally: TableTally; schema: CompiledSchema }> = [];
  for (const r of resources) {
    const shown = displayOf(r);
    try {
      // Referenced tables not read yet (later in the package, or this one): a pass for their keys first.
      const fkChecks: ForeignKeyCheck[] = [];
      for (const fk of r.foreignKeys) {
        const parent = fk.resource === '' ? r : byName.get(fk.resource);
        const keys = parent ? keySets.get(keyId(parent.name, fk.referenceFields)) : undefined;
        if (parent && keys && !keys.done && !keys.failed) {
          const pending = wanted(parent);
          try {
            const { table, schema } = await open(parent);
            await tallyTable(table, schema, { provide: pending.map((k) => k.provided), maxErrorSamples: 0, maxLocationsPerCheck: 0 });
            for (const k of pending) k.done = true;
          } catch (error) {
            if (!(error instanceof ConfigurationError)) throw error;
            for (const k of pending) k.failed = true; // the parent's own check reports why
          }
        }
        const usable = keys && keys.done && !keys.failed && !keys.provided.unavailable;
        fkChecks.push({ ...fk, set: usable ? keys!.provided.set : undefined });
      }
      const provide = wanted(r);
      const { table, schema } = await open(r);
      const onProgress = hooks.onProgress;
      const { tally } = await tallyTable(table, schema, {
        ...input.options,
        foreignKeys: fkChecks,
        provide: provide.map((k) => k.provided),
        onBatch: onProgress ? (rows) => onProgress({ file: shown, rows }) : undefined,
      });
      for (const k of provide) k.done = true;
      results.push({ tally, schema });
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      for (const k of wanted(r)) k.failed = true;
      problems.push(error);
      checks.push(problemCheck(`${shown}#readable`, `${shown} is readable`, error));
      tables.push({ file: shown, format: 'unknown', status: 'error', rows: 0, errorCount: 0, errorCounts: {}, failedChecks: 1, problem: error.message });
    }
  }
  for (const { tally, schema } of results) {
    const result = finishTable(tally, schema, input.options);
    tables.push(result.summary);
    checks.push(...result.checks);
    for (const e of result.errors) if (errors.length < maxSamples) errors.push(e);
  }
  const document: ValidateDataResults = {
    ...documentHead('validate-data', input.title ?? 'Data validation', worstStatus(checks.map((c) => c.status)), input.now),
    subject: {
      files: tables.map((t) => ({ path: t.file, sha256: t.sha256, bytes: t.bytes })),
      gitSha: input.gitSha,
      schema: { path: pkg.file.display, sha256: pkg.sha256 },
    },
    checks,
    data: { tables, rows: tables.reduce((sum, t) => sum + t.rows, 0), errorCount: tables.reduce((sum, t) => sum + t.errorCount, 0), errors },
  };
  return { document, problems };
}
