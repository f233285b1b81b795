// Loading user-written config files (table schemas, policies, the all-in-one
// config): YAML or JSON, validated by a zod schema, with every mistake turned
// into a ConfigurationError that names the file, the line and the key path.

import { readFile } from 'node:fs/promises';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import type { UserFile } from '../io/user-file.js';
import { describeFsError } from '../io/fs-error.js';

export interface ParsedConfig {
  value: unknown;
  /** Finds the 1-based line of a key path, when the source is known. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Deepest nesting a config may have (block and flow collections together); real configs stay under 20. */
export const MAX_CONFIG_DEPTH = 64;
/** How often one alias may be expanded (YAML's own guard against alias bombs, "billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/** Parses YAML or JSON text (JSON is read as YAML 1.2, so both keep line numbers). */
export function parseConfigText(text: string, file: string): ParsedConfig {
  // The YAML composer recurses per level (deep nesting exhausts the stack or
  // the heap), so the depth is checked on the text first, in one linear pass.
  const deep = nestingBeyond(text, MAX_CONFIG_DEPTH);
  if (deep !== undefined) {
    throw new ConfigurationError(`is nested more than ${MAX_CONFIG_DEPTH} levels deep; a config or schema needs far fewer`, { file, line: deep });
  }
  const lineCounter = new LineCounter();
  let doc: Document;
  let value: unknown;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
      const first = doc.errors[0]!;
      const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
      throw new ConfigurationError(`cannot parse: ${first.message.split('\n')[0]}`, { file, line });
    }
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new ConfigurationError('expands its YAML aliases (*name) too many times (an alias bomb?): write the values out, or use fewer aliases', { file });
    }
    if (error instanceof RangeError) throw new ConfigurationError('is nested too deeply to read', { file });
    throw error;
  }
  return { value, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
}

/**
 * The first line at which block indentation levels plus open flow brackets
 * (`[`, `{`) exceed `max`, or undefined. Quoted strings and comments are
 * skipped; an estimate that never undercounts real nesting by much, in one
 * pass over the text.
 */
export function nestingBeyond(text: string, max: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line: its indentation (block context only) and leading "- " markers.
    let indent = 0;
    while (i < n && text.charCodeAt(i) === 0x20) {
      indent++;
      i++;
    }
    const c0 = text.charCodeAt(i);
    if (flow === 0 && i < n && c0 !== 0x0a && c0 !== 0x0d && c0 !== 0x23) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      while (i + 1 < n && text.charCodeAt(i) === 0x2d && text.charCodeAt(i + 1) === 0x20) {
        dashes++;
        i += 2;
        while (i < n && text.charCodeAt(i) === 0x20) i++;
      }
      if (indents.length + dashes > max) return line;
    }
    // The rest of the line.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        line++;
        i++;
        break;
      }
      const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
      if ((c === 0x22 || c === 0x27) && (before === 0x20 || before === 0x09 || before === 0x0a || before === 0x5b || before === 0x7b || before === 0x2c)) {
        // A quoted scalar: to its closing quote (\ escapes in "…", '' in '…'), counting its lines.
        i++;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d === 0x0a) line++;
          if (c === 0x22 && d === 0x5c) i += 2;
          else if (d === c) {
            if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) i += 2;
            else break;
          } else i++;
        }
        i++;
        continue;
      }
      if (c === 0x23 && (before === 0x20 || before === 0x09 || before === 0x0a)) {
        // A comment: to the end of the line.
        while (i < n && text.charCodeAt(i) !== 0x0a) i++;
        continue;
      }
      if (c === 0x5b || c === 0x7b) {
        flow++;
        if (flow + indents.length > max) return line;
      } else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
      i++;
    }
  }
  return undefined;
}

/**
 * Reads a config file's text; a missing or blank file is a ConfigurationError
 * naming it as the user wrote it (a UserFile), or by the path given.
 */
export async function readConfigText(file: string | UserFile): Promise<string> {
  const { path, display } = typeof file === 'string' ? { path: file, display: file } : file;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(describeFsError(error), { file: display });
  }
  if (text.trim() === '') throw new ConfigurationError('is empty', { file: display });
  return text;
}

/**
 * Validates a parsed config — or the part of it at key path `at` (a policy
 * embedded in the all-in-one config) — against a zod schema; the first issue
 * becomes the error, with the file's own line and the full key path.
 */
export function validateConfig<S extends z.ZodType>(schema: S, parsed: ParsedConfig, file: string, at: readonly PropertyKey[] = []): z.output<S> {
  let value = parsed.value;
  for (const part of at) value = (value as Record<PropertyKey, unknown> | undefined)?.[part as string];
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = [...at, ...(issue.path as PropertyKey[])];
  let reason = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    const unknown = keys[0]!;
    const fullPath = [...path, unknown];
    const known = knownKeysOf(schema, issue.path as PropertyKey[], value);
    const hint = suggest(unknown, known);
    reason = `unknown key${hint ? ` (did you mean "${hint}"?)` : ''}`;
    throw new ConfigurationError(reason, { file, key: formatKeyPath(fullPath), line: parsed.lineOf(fullPath) ?? parsed.lineOf(path) });
  }
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) reason = 'is required';
  const key = formatKeyPath(path);
  throw new ConfigurationError(reason, { file, key: key || undefined, line: parsed.lineOf(path) });
}


export function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}


function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  // Walk down as far as the path exists; report the deepest node found.
  let node: unknown = doc.contents;
  let line: number | undefined;
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const k = item.key as { value?: unknown } | null;
        return k !== null && typeof k === 'object' && String(k.value) === String(part);
      });
      if (!pair) break;
      line = lineAt((pair.key as { range?: [number, number, number] }).range?.[0]) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      line = lineAt(item.range?.[0]) ?? line;
      node = item;
    } else break;
  }
  return line;
}

function knownKeysOf(schema: z.ZodType, path: readonly PropertyKey[], value: unknown): string[] {
  // Resolve the object schema at `path` well enough to offer a suggestion.
  let current: unknown = schema;
  let data: unknown = value;
  for (const part of path) {
    current = unwrap(current);
    const def = (current as { def?: Record<string, unknown> }).def;
    if (!def) return [];
    data = (data as Record<PropertyKey, unknown> | undefined)?.[part as string];
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(part)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return [];
  }
  current = unwrap(current);
  const def = (current as { def?: Record<string, unknown> }).def;
  if (def?.type === 'object') return Object.keys(def.shape as object);
  return [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: Record<string, unknown> } | undefined;
  for (let i = 0; i < 10 && current?.def; i++) {
    const t = current.def.type;
    if (t === 'optional' || t === 'nullable' || t === 'default' || t === 'readonly' || t === 'prefault' || t === 'catch') {
      current = current.def.innerType as typeof current;
    } else if (t === 'pipe') {
      // A pipe that pre-processes into an object schema: suggestions come from the object.
      const out = unwrap(current.def.out) as typeof current;
      current = (out?.def?.type === 'object' ? out : current.def.in) as typeof current;
      if (out?.def?.type === 'object') break;
    }
    else if (t === 'lazy') current = (current.def.getter as () => typeof current)();
    else break;
  }
  return current;
}

/** The known key closest to `word` by edit distance, if it is close enough to be a typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
