// The `pattern` constraint: an XML Schema regular expression matched against
// the whole value in time linear in the cell. The pattern is parsed here (XML
// Schema syntax, plus the `^`/`$`, `(?:…)` and `\uXXXX` that Python and
// JavaScript users write) and emitted twice: for RE2 (re2js, linear time,
// always safe) and for V8 when the pattern provably cannot backtrack more than
// a constant factor per character — then the validator can match it in place
// in the chunk text, which is several times faster.

import type { RE2JS } from 're2js';
import { re2 as re2Engine } from './re2.js';

/** A compiled pattern: whole-value match. */
export interface PatternMatcher {
  test(value: string): boolean;
  /** The pattern for V8, when it is safe to run there (no super-linear backtracking). */
  readonly v8Source?: string;
  /** The pattern uses `^` or `$`, so it cannot be matched in place inside a larger text. */
  readonly anchored: boolean;
}

export class PatternSyntaxError extends Error {}

type Range = [number, number];
interface CharSet {
  kind: 'set';
  negated: boolean;
  ranges: Range[];
  /** Unicode general categories, `P` for \p{P} and `^P` for \P{P}. */
  props: string[];
  /** Sets given as the complement of a union of categories (XML Schema's \w is [^\p{P}\p{Z}\p{C}]). */
  complements: string[][];
}
type Node =
  | { kind: 'empty' }
  | CharSet
  | { kind: 'anchor'; which: '^' | '$' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; branches: Node[] }
  | { kind: 'group'; body: Node }
  | { kind: 'repeat'; body: Node; min: number; max: number };

const CATEGORIES = new Set([
  'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
  'Z', 'Zs', 'Zl', 'Zp', 'S', 'Sm', 'Sc', 'Sk', 'So', 'C', 'Cc', 'Cf', 'Co', 'Cn',
]);

// XML 1.0 (fifth edition) NameStartChar and NameChar, for \i and \c.
const NAME_START: Range[] = [
  [0x3a, 0x3a], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x2ff], [0x370, 0x37d], [0x37f, 0x1fff],
  [0x200c, 0x200d], [0x2070, 0x218f], [0x2c00, 0x2fef], [0x3001, 0xd7ff], [0xf900, 0xfdcf], [0xfdf0, 0xfffd], [0x10000, 0xeffff],
];
const NAME_CHAR: Range[] = [...NAME_START, [0x2d, 0x2e], [0x30, 0x39], [0xb7, 0xb7], [0x300, 0x36f], [0x203f, 0x2040]];
const MAX_REPEAT = 1000;

const set = (ranges: Range[], negated = false, props: string[] = [], complements: string[][] = []): CharSet => ({ kind: 'set', negated, ranges, props, complements });

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) this.fail(this.src[this.i] === ')' ? 'unbalanced ")"' : `unexpected "${this.src[this.i]}"`);
    return node;
  }

  private fail(message: string): never {
    throw new PatternSyntaxError(`${message} at position ${this.i + 1}`);
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alt', branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 0 ? { kind: 'empty' } : items.length === 1 ? items[0]! : { kind: 'seq', items };
  }

  private quantified(atom: Node): Node {
    let node = atom;
    for (;;) {
      const c = this.peek();
      let min: number, max: number;
      if (c === '?') [min, max] = [0, 1];
      else if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.i))) {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i))!;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (max < min) this.fail(`quantifier {${m[1]},${m[3]}} has its maximum below its minimum`);
        if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) this.fail(`repetition counts above ${MAX_REPEAT} are not supported`);
        this.i += m[0].length - 1;
      } else return node;
      this.i++;
      if (node.kind === 'anchor' || node.kind === 'empty') this.fail('nothing to repeat');
      if (node.kind === 'repeat' && this.src[this.i - 1] === '?' ) {
        // A lazy quantifier (`*?`): the same language when the whole value must match.
        continue;
      }
      if (node.kind === 'repeat') this.fail('a quantifier cannot follow another quantifier');
      node = { kind: 'repeat', body: node, min, max };
    }
  }

  private atom(): Node {
    const c = this.src[this.i]!;
    if (c === '(') {
      this.i++;
      if (this.peek() === '?') {
        const rest = this.src.slice(this.i);
        if (rest.startsWith('?:')) this.i += 2;
        else if (/^\?P?<[A-Za-z_][A-Za-z0-9_]*>/.test(rest)) this.i += /^\?P?<[A-Za-z_][A-Za-z0-9_]*>/.exec(rest)![0].length;
        else if (/^\?(=|!|<=|<!)/.test(rest)) this.fail('lookahead and lookbehind are not part of XML Schema regular expressions (and cannot be matched in linear time)');
        else this.fail('unsupported group syntax "(?"');
      }
      const body = this.alternation();
      if (this.peek() !== ')') this.fail('missing ")"');
      this.i++;
      return { kind: 'group', body };
    }
    if (c === ')') this.fail('unbalanced ")"');
    if (c === '[') return this.charClass();
    if (c === '.') {
      this.i++;
      return set([[0x0a, 0x0a], [0x0d, 0x0d]], true);
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'anchor', which: c };
    }
    if (c === '*' || c === '+' || c === '?') this.fail('nothing to repeat');
    if (c === '\\') return this.escape(false);
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return set([[cp, cp]]);
  }

  /** After a backslash: a single character (as a set of one), or a multi-character escape. */
  private escape(inClass: boolean): CharSet {
    this.i++;
    const c = this.src[this.i];
    if (c === undefined) this.fail('pattern ends with a backslash');
    this.i++;
    const one = (cp: number) => set([[cp, cp]]);
    switch (c) {
      case 'n': return one(0x0a);
      case 'r': return one(0x0d);
      case 't': return one(0x09);
      case 's': return set([[0x20, 0x20], [0x09, 0x0a], [0x0d, 0x0d]]);
      case 'S': return set([[0x20, 0x20], [0x09, 0x0a], [0x0d, 0x0d]], true);
      case 'd': return set([], false, ['Nd']);
      case 'D': return set([], false, ['^Nd']);
      case 'w': return set([], false, [], [['P', 'Z', 'C']]);
      case 'W': return set([], false, ['P', 'Z', 'C']);
      case 'i': return set(NAME_START);
      case 'I': return set(NAME_START, true);
      case 'c': return set(NAME_CHAR);
      case 'C': return set(NAME_CHAR, true);
      case 'p':
      case 'P': {
        const m = /^\{([A-Za-z0-9_-]+)\}/.exec(this.src.slice(this.i));
        if (!m) this.fail(`\\${c} needs a category in braces, e.g. \\${c}{Lu}`);
        this.i += m[0].length;
        const name = m[1]!;
        if (name.startsWith('Is')) this.fail(`Unicode block escapes such as \\${c}{${name}} are not supported; write the block as a range, e.g. [\\u0000-\\u007F]`);
        if (!CATEGORIES.has(name)) this.fail(`unknown Unicode category "${name}"`);
        return set([], false, [c === 'p' ? name : `^${name}`]);
      }
      case 'u': {
        const m = /^(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{4}))/.exec(this.src.slice(this.i));
        if (!m) this.fail('\\u needs four hexadecimal digits');
        this.i += m[0].length;
        return one(parseInt(m[1] ?? m[2]!, 16));
      }
      case 'x': {
        const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
        if (!m) this.fail('\\x needs two hexadecimal digits');
        this.i += 2;
        return one(parseInt(m[0], 16));
      }
      default:
        if (/[0-9]/.test(c)) this.fail('back-references are not part of XML Schema regular expressions (and cannot be matched in linear time)');
        if (/[A-Za-z]/.test(c)) this.fail(`\\${c} is not an XML Schema regular expression escape`);
        // Any escaped punctuation or symbol stands for itself (XML Schema escapes .\?*+{}()[]|-^; `\/` and the like are harmless).
        void inClass;
        return one(this.src.codePointAt(this.i - 1)!);
    }
  }

  private charClass(): CharSet {
    this.i++;
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const out = set([], negated);
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('missing "]"');
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      if (c === '-' && this.src[this.i + 1] === '[') this.fail('character class subtraction ([a-z-[aeiou]]) is not supported; list the remaining characters instead');
      if (c === '[') this.fail('a "[" inside a character class must be escaped as \\[');
      first = false;
      const lo = this.classAtom();
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.src[this.i + 1] !== '[' && this.src[this.i + 1] !== undefined) {
        this.i++;
        const hi = this.classAtom();
        const a = single(lo), b = single(hi);
        if (a === undefined || b === undefined) this.fail('a range in a character class needs single characters at both ends');
        if (b < a) this.fail('character class range out of order');
        out.ranges.push([a, b]);
      } else {
        out.ranges.push(...lo.ranges.filter(() => !lo.negated));
        if (lo.negated) {
          // \S, \I, \C inside a class: the complement of their ranges, as ranges.
          out.ranges.push(...complementRanges(lo.ranges));
        }
        out.props.push(...lo.props);
        out.complements.push(...lo.complements);
      }
    }
    if (negated && out.complements.length > 0) this.fail('\\w inside a negated character class is not supported; use \\W outside the class');
    return out;
  }

  private classAtom(): CharSet {
    if (this.peek() === '\\') return this.escape(true);
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return set([[cp, cp]]);
  }
}

function single(s: CharSet): number | undefined {
  return !s.negated && s.props.length === 0 && s.complements.length === 0 && s.ranges.length === 1 && s.ranges[0]![0] === s.ranges[0]![1] ? s.ranges[0]![0] : undefined;
}

function complementRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

type Dialect = 'js' | 're2';

function emitChar(cp: number, dialect: Dialect): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCodePoint(cp);
  const hex = cp.toString(16).toUpperCase();
  return dialect === 'js' ? `\\u{${hex}}` : `\\x{${hex}}`;
}

function emitSetBody(s: CharSet, dialect: Dialect): string {
  let body = '';
  for (const [lo, hi] of s.ranges) body += lo === hi ? emitChar(lo, dialect) : `${emitChar(lo, dialect)}-${emitChar(hi, dialect)}`;
  for (const p of s.props) body += p.startsWith('^') ? `\\P{${p.slice(1)}}` : `\\p{${p}}`;
  return body;
}

function emitSet(s: CharSet, dialect: Dialect): string {
  const body = emitSetBody(s, dialect);
  const complements = s.complements.map((c) => `[^${c.map((p) => `\\p{${p}}`).join('')}]`);
  if (complements.length === 0) return body === '' ? (s.negated ? '[\\s\\S]' : '[^\\s\\S]') : `[${s.negated ? '^' : ''}${body}]`;
  const parts = body === '' ? complements : [`[${body}]`, ...complements];
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

function emit(node: Node, dialect: Dialect): string {
  switch (node.kind) {
    case 'empty': return '';
    case 'set': return emitSet(node, dialect);
    case 'anchor': return node.which;
    case 'seq': return node.items.map((n) => emit(n, dialect)).join('');
    case 'alt': return node.branches.map((n) => emit(n, dialect)).join('|');
    case 'group': return `(?:${emit(node.body, dialect)})`;
    case 'repeat': {
      const body = node.body.kind === 'set' || node.body.kind === 'group' ? emit(node.body, dialect) : `(?:${emit(node.body, dialect)})`;
      const q = node.min === 0 && node.max === Infinity ? '*' : node.min === 1 && node.max === Infinity ? '+' : node.min === 0 && node.max === 1 ? '?'
        : node.max === Infinity ? `{${node.min},}` : node.min === node.max ? `{${node.min}}` : `{${node.min},${node.max}}`;
      return body + q;
    }
  }
}

/**
 * How much a backtracking matcher may explore: `branching` bounds the ways a
 * fixed-length stretch can be matched, `unbounded` counts the unbounded
 * quantifiers on a path. With at most one unbounded quantifier, each on a
 * single character set, and little branching, an anchored match costs
 * O(n · branching · pattern length), so V8 may run it.
 */
function cost(node: Node): { branching: number; unbounded: number } {
  switch (node.kind) {
    case 'empty':
    case 'set':
    case 'anchor':
      return { branching: 1, unbounded: 0 };
    case 'group':
      return cost(node.body);
    case 'seq': {
      let branching = 1, unbounded = 0;
      for (const item of node.items) {
        const c = cost(item);
        branching *= c.branching;
        unbounded += c.unbounded;
      }
      return { branching, unbounded };
    }
    case 'alt': {
      let branching = 0, unbounded = 0;
      for (const b of node.branches) {
        const c = cost(b);
        branching += c.branching;
        unbounded = Math.max(unbounded, c.unbounded);
      }
      return { branching, unbounded };
    }
    case 'repeat': {
      const body = cost(node.body);
      if (node.max === Infinity) {
        return node.body.kind === 'set' ? { branching: 1, unbounded: 1 } : { branching: Infinity, unbounded: Infinity };
      }
      return { branching: body.branching ** node.max * (node.max - node.min + 1), unbounded: body.unbounded * node.max };
    }
  }
}

const SAFE_BRANCHING = 64;
const MAX_PATTERN_LENGTH = 10_000;

/** Compiles an XML Schema pattern for a whole-value match; throws PatternSyntaxError with a readable reason. */
export function compilePattern(source: string): PatternMatcher {
  if (source.length > MAX_PATTERN_LENGTH) throw new PatternSyntaxError(`patterns longer than ${MAX_PATTERN_LENGTH} characters are not supported`);
  const ast = new Parser(source).parse();
  const engine = re2Engine();
  let re2: RE2JS;
  try {
    re2 = engine.compile(`(?:${emit(ast, 're2')})`);
  } catch (error) {
    throw new PatternSyntaxError((error as Error).message);
  }
  const c = cost(ast);
  const anchored = hasAnchor(ast);
  const v8Source = c.unbounded <= 1 && c.branching <= SAFE_BRANCHING ? emit(ast, 'js') : undefined;
  if (v8Source !== undefined) {
    const re = new RegExp(`^(?:${v8Source})$`, 'u');
    return { test: (value) => re.test(value), v8Source, anchored };
  }
  return { test: (value) => re2.matches(value), anchored };
}

function hasAnchor(node: Node): boolean {
  switch (node.kind) {
    case 'anchor': return true;
    case 'seq': return node.items.some(hasAnchor);
    case 'alt': return node.branches.some(hasAnchor);
    case 'group':
    case 'repeat': return hasAnchor(node.body);
    default: return false;
  }
}
