// Step options, defined once. Each step declares its options here — name,
// description, default, range (a zod schema), and the name it has on each
// surface: the action input, the all-in-one config key, the CLI flag. From
// that one declaration come the action-input reader, the config section's
// zod schema and the CLI's parseArgs table; a test holds every action.yml to
// it. Values arrive as text from inputs and flags, natively typed from YAML.

import { z } from 'zod';
import { ConfigurationError } from '../errors.js';

/** How text (an action input, a flag) becomes a value. */
export type TextKind = 'string' | 'list' | 'number' | 'integer' | 'boolean';

export interface SurfaceName {
  name: string;
  /** Required on this surface though optional in general (a config key the section cannot do without). */
  required?: boolean;
}

export interface OptionSpec<T = unknown, D extends boolean = boolean> {
  description: string;
  text: TextKind;
  /** The typed value's schema: type and range, without default. */
  schema: z.ZodType<T>;
  default?: T;
  /** Whether a value must be given (on every surface the option appears on). */
  required: boolean;
  /** Action input name (kebab-case); false when the option is not an input. */
  input: string | false;
  /** Config key path inside the step's section, dotted (`columns.id`); false when not in the config. */
  config: SurfaceName | false;
  /** CLI flag without dashes; 'positional' for the command's arguments; false when no flag. */
  flag: string | false;
  /** Phantom: whether the value is always present after parsing. */
  readonly present?: D;
}

export type OptionsSpec = Record<string, OptionSpec>;

export type OptionsOf<S extends OptionsSpec> = {
  [K in keyof S]: S[K] extends OptionSpec<infer T, infer D> ? (D extends true ? T : T | undefined) : never;
};

interface Declare<T> {
  description: string;
  default?: T;
  required?: boolean;
  /** Surface names; defaults: input and flag = the key, config = snake_case(key). */
  input?: string | false;
  config?: string | SurfaceName | false;
  flag?: string | false;
}

type Declared<T, O> = OptionSpec<T, O extends { default: unknown } ? true : O extends { required: true } ? true : false>;

function declare<T>(text: TextKind, schema: z.ZodType<T>) {
  return <O extends Declare<T>>(o: O): Declared<T, O> =>
    ({
      description: o.description,
      text,
      schema,
      default: o.default,
      required: o.required ?? false,
      input: o.input === undefined ? '' : o.input,
      config: o.config === undefined ? { name: '' } : typeof o.config === 'string' ? { name: o.config } : o.config,
      flag: o.flag === undefined ? '' : o.flag,
    }) as Declared<T, O>;
}

/** Option builders. Names left empty are filled from the option's key by `defineOptions`. */
export const option = {
  string: <O extends Declare<string>>(o: O) => declare('string', z.string().min(1))(o),
  list: <O extends Declare<string[]>>(o: O) => declare('list', z.array(z.string().min(1)))(o),
  enum: <const V extends readonly [string, ...string[]]>(values: V) => <O extends Declare<V[number]>>(o: O) => declare<V[number]>('string', z.enum(values) as unknown as z.ZodType<V[number]>)(o),
  number: <O extends Declare<number>>(schema: z.ZodType<number>, o: O) => declare('number', schema)(o),
  integer: <O extends Declare<number>>(schema: z.ZodType<number>, o: O) => declare('integer', schema)(o),
  boolean: <O extends Declare<boolean>>(o: O) => declare('boolean', z.boolean())(o),
};

const snake = (kebab: string) => kebab.replaceAll('-', '_');

/** Fills in each option's surface names from its key. */
export function defineOptions<S extends OptionsSpec>(spec: S): S {
  for (const [key, o] of Object.entries(spec)) {
    if (o.input === '') o.input = key;
    if (o.flag === '') o.flag = key;
    if (o.config !== false && o.config.name === '') o.config = { ...o.config, name: snake(key) };
  }
  return spec;
}

/** The default as an action.yml writes it (text), or undefined. */
export function defaultText(o: OptionSpec): string | undefined {
  // An empty list is what an input left out gives: action.yml writes no default for it.
  if (o.default === undefined || (Array.isArray(o.default) && o.default.length === 0)) return undefined;
  return Array.isArray(o.default) ? o.default.join('\n') : String(o.default);
}

// ---------------------------------------------------------------- text → value

function fromText(o: OptionSpec, raw: string, where: string): unknown {
  const text = raw.trim();
  switch (o.text) {
    case 'string':
      return text;
    case 'list':
      return text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== '');
    case 'number': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) throw new ConfigurationError(`${where}: expected a number, got "${text}"`);
      return n;
    }
    case 'integer':
      if (!/^[+-]?\d+$/.test(text)) throw new ConfigurationError(`${where}: expected a whole number, got "${text}"`);
      return Number(text);
    case 'boolean':
      if (['true', 'True', 'TRUE'].includes(text)) return true;
      if (['false', 'False', 'FALSE'].includes(text)) return false;
      throw new ConfigurationError(`${where}: expected true or false, got "${text}"`);
  }
}

/** Says what a schema accepts, in a user's words, from its zod checks. */
export function describeRange(o: OptionSpec): string {
  const def = (o.schema as unknown as { def: { type: string; entries?: Record<string, string>; checks?: unknown[] } }).def;
  if (def.type === 'enum') return `one of ${Object.values(def.entries ?? {}).join(', ')}`;
  const parts: string[] = [];
  for (const check of def.checks ?? []) {
    const c = (check as { _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } } })._zod.def;
    if (c.check === 'greater_than') parts.push(`${c.inclusive ? '≥' : '>'} ${c.value}`);
    if (c.check === 'less_than') parts.push(`${c.inclusive ? '≤' : '<'} ${c.value}`);
    if (c.check === 'number_format' && c.format === 'safeint') parts.unshift('a whole number');
  }
  const kind = o.text === 'integer' ? 'a whole number' : o.text === 'number' ? 'a number' : o.text === 'boolean' ? 'true or false' : 'a value';
  const bounds = parts.filter((p) => p !== 'a whole number');
  return `${kind}${bounds.length ? ` ${bounds.join(' and ')}` : ''}`;
}

function checked(o: OptionSpec, value: unknown, where: string, shown: string): unknown {
  const result = o.schema.safeParse(value);
  if (result.success) return result.data;
  throw new ConfigurationError(`${where}: expected ${describeRange(o)}, got ${shown}`);
}

/**
 * Reads a step's options from text sources: action inputs (`surface: 'input'`)
 * or CLI flags (`'flag'`). `get` returns the raw text of a name, or undefined
 * when it was not given (blank counts as not given).
 */
export function optionsFromText<S extends OptionsSpec>(spec: S, surface: 'input' | 'flag', get: (name: string) => string | undefined): OptionsOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, o] of Object.entries(spec)) {
    const name = surface === 'input' ? o.input : o.flag;
    if (name === false || name === 'positional') {
      out[key] = o.default;
      continue;
    }
    const where = surface === 'input' ? `input ${name}` : `--${name}`;
    const raw = get(name);
    if (raw === undefined || raw.trim() === '') {
      if (o.required) throw new ConfigurationError(surface === 'input' ? `Input required and not supplied: ${name}` : `--${name} is required`);
      out[key] = o.default;
      continue;
    }
    out[key] = checked(o, fromText(o, raw, where), where, JSON.stringify(raw.trim()));
  }
  return out as OptionsOf<S>;
}

// ---------------------------------------------------------------- config

function configValueSchema(o: OptionSpec): z.ZodType {
  // A list may be written as one string or as a YAML list.
  const base = o.text === 'list' ? z.union([z.string().min(1), z.array(z.string().min(1))]).transform((v) => (Array.isArray(v) ? v : [v])).pipe(o.schema as z.ZodType<string[], string[]>) : o.schema;
  const required = o.required || (o.config !== false && o.config.required === true);
  if (required) return base;
  return o.default !== undefined ? base.default(o.default as never) : base.optional();
}

/**
 * The zod schema of a step's section of the all-in-one config, with the
 * config's key names (nested where a name is dotted). `extra` adds keys that
 * belong to the config only (a check's name, the gate's `enabled`).
 */
export function configSectionSchema(spec: OptionsSpec, extra: Record<string, z.ZodType> = {}): z.ZodType {
  interface Node { leaves: Record<string, z.ZodType>; children: Record<string, Node> }
  const root: Node = { leaves: {}, children: {} };
  for (const o of Object.values(spec)) {
    if (o.config === false) continue;
    const parts = o.config.name.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) node = node.children[part] ??= { leaves: {}, children: {} };
    node.leaves[parts.at(-1)!] = configValueSchema(o);
  }
  const build = (node: Node): z.ZodObject => {
    const shape: Record<string, z.ZodType> = { ...node.leaves };
    for (const [name, child] of Object.entries(node.children)) shape[name] = build(child).prefault({});
    return z.strictObject(shape);
  };
  const section = build(root);
  return Object.keys(extra).length ? section.extend(extra) : section;
}

/** Maps a parsed config section (config names) back to the step's options (option keys). */
export function optionsFromConfig<S extends OptionsSpec>(spec: S, section: Record<string, unknown>): OptionsOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, o] of Object.entries(spec)) {
    if (o.config === false) {
      out[key] = o.default;
      continue;
    }
    let value: unknown = section;
    for (const part of o.config.name.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
    out[key] = value;
  }
  return out as OptionsOf<S>;
}

// ---------------------------------------------------------------- CLI

/** parseArgs options for a step's flags. */
export function flagTable(spec: OptionsSpec): Record<string, { type: 'string' }> {
  const table: Record<string, { type: 'string' }> = {};
  for (const o of Object.values(spec)) if (o.flag !== false && o.flag !== 'positional') table[o.flag] = { type: 'string' };
  return table;
}

/** The option lines of a command's --help, from the spec. */
export function flagHelp(spec: OptionsSpec): string {
  const rows: Array<[string, string]> = [];
  for (const o of Object.values(spec)) {
    if (o.flag === false || o.flag === 'positional') continue;
    const value = o.text === 'list' ? '<a,b>' : o.text === 'boolean' ? '<true|false>' : `<${o.text === 'string' ? 'value' : o.text}>`;
    const notes = [o.required ? 'required' : '', defaultText(o) !== undefined ? `default ${defaultText(o)!.replaceAll('\n', ',')}` : ''].filter(Boolean).join('; ');
    rows.push([`--${o.flag} ${value}`, `${firstSentence(o.description)}${notes ? ` (${notes})` : ''}`]);
  }
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n');
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end);
}
