// `holdout infer-schema` (a draft table schema, and a profile, from data) and
// `holdout merge-profiles` (shard profiles into one, with a drift check);
// loaded only when the command is one of them.

import { resolve } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { writeFileAtomic } from '../shared/io/atomic.js';
import { readProfile, writeProfile } from '../shared/profile/io.js';
import { mergeProfiles, type Profile } from '../shared/profile/profile.js';
import { compareProfiles } from '../shared/validate/drift.js';
import { loadTableSchema } from '../shared/schema/load.js';
import { DEFAULT_MISSING_MARKERS, inferSchema } from '../shared/schema/infer.js';
import { openTable } from '../shared/data/table.js';
import { expandPaths } from '../shared/data/paths.js';
import { userFile } from '../shared/io/user-file.js';
import { formatCount } from '../shared/count.js';
import { sanitizeTerminal } from './text.js';
import { EXIT, parse, UsageError, type CliIo } from './common.js';

const INFER_USAGE = `Usage: holdout infer-schema <data...> [options]

Reads the data once and writes a DRAFT table schema — types, required,
missing-value markers, the sign of numeric columns (their ranges with
--ranges), enums only for low-cardinality columns whose every value repeats,
primary key candidates — and, with --profile-out, the data's profile to use
as the drift reference. Review the draft before relying on it.

Options:
  --out <file>              write the schema here (.yaml/.yml or .json); default: standard output (YAML)
  --profile-out <file>      write the data's profile here
  --missing-values <list>   cells read as missing, comma-separated (an empty item is the empty cell);
                            default ${JSON.stringify(DEFAULT_MISSING_MARKERS.join(','))}
  --delimiter <char>        the CSV delimiter (default: sniffed)
  --ranges                  write each numeric column's observed range, widened by 10% each side
  -h, --help                show this help`;

export async function inferSchemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string' }, 'profile-out': { type: 'string' }, 'missing-values': { type: 'string' }, delimiter: { type: 'string' }, ranges: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(INFER_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('infer-schema needs at least one data file');
  const delimiter = values.delimiter as string | undefined;
  if (delimiter !== undefined && delimiter.length !== 1) throw new UsageError('--delimiter must be one character');
  const files = await expandPaths(positionals, io.cwd);
  const tables = [];
  for (const file of files) tables.push(await openTable(file, delimiter ? { dialect: { delimiter } } : {}));
  const profileOut = values['profile-out'] as string | undefined;
  const missingValues = typeof values['missing-values'] === 'string' ? values['missing-values'].split(',') : undefined;
  const inferred = await inferSchema(tables, files.map((f) => f.display).join(', '), { missingValues, ranges: values.ranges === true, profile: profileOut !== undefined });
  const out = values.out as string | undefined;
  const json = out !== undefined && out.endsWith('.json');
  const text = json
    ? JSON.stringify(inferred.schema, null, 2) + '\n'
    : `# DRAFT table schema inferred by holdout infer-schema — review before use.\n${toYaml(inferred.schema, { lineWidth: 0 })}`;
  if (out !== undefined) await writeFileAtomic(resolve(io.cwd, out), text);
  else io.stdout(text);
  if (profileOut !== undefined) await writeProfile(resolve(io.cwd, profileOut), inferred.profile);
  for (const warning of inferred.warnings) io.stderr(`holdout: warning: ${warning}\n`);
  const fields = (inferred.schema.fields as unknown[]).length;
  io.stderr(`holdout: drafted ${fields} field${fields === 1 ? '' : 's'} from ${formatCount(inferred.rows)} rows${inferred.primaryKeyCandidates.length ? `; primary key candidates: ${inferred.primaryKeyCandidates.join(', ')}` : ''}${out ? ` → ${out}` : ''}${profileOut ? `; profile → ${profileOut}` : ''}\n`);
  return EXIT.ok;
}

const MERGE_USAGE = `Usage: holdout merge-profiles <profiles...> --out <file> [options]

Merges profiles written by validate --profile-out (or infer-schema) on parts
of one dataset — shards of a matrix — into the profile of the whole: counts,
bounds, moments and histograms exactly. With --schema and --reference it
also checks the merged profile's drift and exits 1 on a failed check. (To
merge shard results documents into the full verdict, use validate --merge.)

Options:
  --out <file>          write the merged profile here
  --schema <file>       table schema, for drift settings
  --reference <file>    reference profile to check drift against
  -h, --help            show this help`;

export async function mergeProfilesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, schema: { type: 'string' }, reference: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(MERGE_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('merge-profiles needs the profiles to merge');
  if ((values.reference === undefined) !== (values.schema === undefined)) throw new UsageError('--reference and --schema go together');
  if (values.out === undefined && values.reference === undefined) throw new UsageError('merge-profiles needs --out <file> (or --schema and --reference to check drift)');
  const files = await expandPaths(positionals, io.cwd, 'profile');
  const profiles: Profile[] = [];
  for (const file of files) profiles.push(await readProfile(file));
  const reference = typeof values.reference === 'string' ? await readProfile(userFile(io.cwd, values.reference)) : undefined;
  const merged = mergeProfiles(profiles, (column) => new Set(Object.keys(reference?.columns[column]?.categories?.counts ?? {})));
  if (typeof values.out === 'string') await writeProfile(resolve(io.cwd, values.out), merged);
  io.stderr(`holdout: merged ${profiles.length} profile${profiles.length === 1 ? '' : 's'} (${formatCount(merged.rows)} rows)${values.out ? ` → ${String(values.out)}` : ''}\n`);
  if (!reference) return EXIT.ok;
  const schema = await loadTableSchema(userFile(io.cwd, values.schema as string));
  const { checks } = compareProfiles({ schema: schema.descriptor, reference, referenceInfo: { path: values.reference as string }, current: merged });
  for (const check of checks) io.stdout(sanitizeTerminal(`${check.status.toUpperCase().padEnd(5)} ${check.title}: ${check.message}`) + '\n');
  return checks.some((c) => c.status === 'fail' || c.status === 'error') ? EXIT.failed : EXIT.ok;
}
