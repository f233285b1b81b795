// The value set of a unique or primary-key check, with a fast path for keys
// that arrive in order.
//
// Identifiers usually come sorted (row ids, C00000001, C00000002, …). While
// every key is strictly greater than the one before, no key can repeat an
// earlier one, and that is decided exactly by one comparison with the
// previous key: no hash-table probe (a cache miss per row on a table of tens
// of megabytes), no false duplicate from a hash collision. The keys' 64-bit
// hashes are appended to a flat log meanwhile (8 bytes a key, sequential
// writes). The moment the order breaks — or a caller needs the set as a
// table (the byte ranges of one file merge their key states) — the log is
// turned into a ValueHashSet with exactly the hashes that set would hold, and
// every later key takes the general path. Verdicts and error rows are those
// of ValueHashSet alone: a key the ordered path accepts is new, and a
// ValueHashSet would accept it too unless its hash collided.

import { HASH, hashNumber, hashRange, ValueHashSet, type HashSetState } from '../profile/hashset.js';

/** What the validator needs of a key set (ValueHashSet and KeyHashSet both are one). */
export interface KeySet {
  /** Adds the value; false if it (its hash) was already present. */
  add(value: string): boolean;
  /** Adds text[from, to) without making a substring; same as add() of that string. */
  addRange(text: string, from: number, to: number): boolean;
  /** Adds a number by its bits (-0 as 0). */
  addNumber(value: number): boolean;
  /** Sizes the set for `expected` values now. */
  reserve(expected: number): void;
  readonly size: number;
}

/** a[aFrom, aTo) > b[bFrom, bTo) in code-unit order (JavaScript's string <). */
function rangeGreater(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): boolean {
  const n = Math.min(aTo - aFrom, bTo - bFrom);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(aFrom + i);
    const y = b.charCodeAt(bFrom + i);
    if (x !== y) return x > y;
  }
  return aTo - aFrom > bTo - bFrom;
}

const NONE = 0;
const NUMBER = 1;
const STRING = 2;

export class KeyHashSet implements KeySet {
  /** The general path, once taken; undefined while the keys arrive in order. */
  private table: ValueHashSet | undefined;
  /** Ordered path: the hashes so far, two words a key, in arrival order. */
  private log: Uint32Array;
  private count = 0;
  private expected = 0;
  private previous = NONE;
  private previousNumber = 0;
  private previousText = '';
  private previousFrom = 0;
  private previousTo = 0;
  /** The first key of the ordered run (a string is copied once). */
  private first: number | string | undefined;

  constructor(initialCapacity = 1024) {
    this.log = new Uint32Array(2 * Math.max(16, initialCapacity));
  }

  /** Continues from a key state: in order after its last key, or from its table (used as is, not copied). */
  static fromKeyState(state: KeyState): KeyHashSet {
    if (state.kind === 'table') {
      const set = new KeyHashSet(16);
      set.table = ValueHashSet.fromState(state.table);
      set.log = new Uint32Array(0);
      return set;
    }
    const set = new KeyHashSet(Math.max(16, state.count));
    set.log.set(state.log.subarray(0, state.count * 2));
    set.count = state.count;
    set.first = state.first;
    if (typeof state.last === 'number') {
      set.previous = NUMBER;
      set.previousNumber = state.last;
    } else if (typeof state.last === 'string') {
      set.previous = STRING;
      set.previousText = state.last;
      set.previousFrom = 0;
      set.previousTo = state.last.length;
    }
    return set;
  }

  /**
   * The set as plain data (see KeyState). An ordered run's log is the set's
   * own array, not a copy (its first `count` pairs; later keys are written
   * past them or to a new array, so the state stays as it was): a byte range
   * hands it to the calling thread by moving the buffer, after which the set
   * is not used again.
   */
  toKeyState(): KeyState {
    if (this.table !== undefined) return { kind: 'table', table: this.table.toState() };
    const last = this.previous === NUMBER ? this.previousNumber : this.previous === STRING ? this.previousText.slice(this.previousFrom, this.previousTo) : undefined;
    return {
      kind: 'ordered',
      count: this.count,
      ...(this.first !== undefined ? { first: this.first } : {}),
      ...(last !== undefined ? { last } : {}),
      log: this.log,
    };
  }

  /** Whether every key so far arrived in strictly increasing order (no table was built). */
  get ordered(): boolean {
    return this.table === undefined;
  }

  get size(): number {
    return this.table ? this.table.size : this.count;
  }

  reserve(expected: number): void {
    this.expected = Math.max(this.expected, expected);
    if (this.table) this.table.reserve(expected);
    else if (expected * 2 > this.log.length) this.growLog(expected);
  }

  addNumber(value: number): boolean {
    if (this.table === undefined) {
      if (this.previous === NONE || (this.previous === NUMBER && value > this.previousNumber)) {
        if (this.previous === NONE) this.first = value;
        this.previous = NUMBER;
        this.previousNumber = value;
        hashNumber(value);
        this.append();
        return true;
      }
      this.materialize();
    }
    return this.table!.addNumber(value);
  }

  add(value: string): boolean {
    return this.addRange(value, 0, value.length);
  }

  addRange(text: string, from: number, to: number): boolean {
    if (this.table === undefined) {
      if (this.previous === NONE || (this.previous === STRING && rangeGreater(text, from, to, this.previousText, this.previousFrom, this.previousTo))) {
        // Holds a reference to the chunk text until the next key, not a copy.
        if (this.previous === NONE) this.first = text.slice(from, to);
        this.previous = STRING;
        this.previousText = text;
        this.previousFrom = from;
        this.previousTo = to;
        hashRange(text, from, to);
        this.append();
        return true;
      }
      this.materialize();
    }
    return this.table!.addRange(text, from, to);
  }

  /** Whether the value (its hash) is present. */
  has(value: string): boolean {
    return this.toTable().has(value);
  }

  /** The general-path table (built from the log if the keys were in order so far). */
  toTable(): ValueHashSet {
    if (this.table === undefined) this.materialize();
    return this.table!;
  }

  private append(): void {
    const at = this.count * 2;
    if (at + 2 > this.log.length) this.growLog(this.count * 1.5 + 1024);
    this.log[at] = HASH[0]!;
    this.log[at + 1] = HASH[1]!;
    this.count++;
  }

  private growLog(keys: number): void {
    const log = new Uint32Array(2 * Math.ceil(keys));
    log.set(this.log.subarray(0, this.count * 2));
    this.log = log;
  }

  /** Builds the ValueHashSet of the logged hashes (its layout: linear probing from h1 & mask, load ≤ 0.7). */
  private materialize(): void {
    const wanted = Math.max(this.count, this.expected);
    let capacity = 1024;
    while (capacity * 0.7 < wanted || (capacity - 1) * 0.7 < this.count + 1) capacity *= 2;
    const slots = new Uint32Array(capacity * 2);
    const mask = capacity - 1;
    const log = this.log;
    let count = 0;
    for (let k = 0; k < this.count; k++) {
      const h1 = log[2 * k]!;
      const h2 = log[2 * k + 1]!;
      let index = h1 & mask;
      for (;;) {
        const at = index * 2;
        const stored = slots[at + 1]!;
        if (stored === 0) {
          slots[at] = h1;
          slots[at + 1] = h2;
          count++;
          break;
        }
        // Two distinct keys of the ordered run with one hash: the table holds the hash once, as ValueHashSet would.
        if (stored === h2 && slots[at] === h1) break;
        index = (index + 1) & mask;
      }
    }
    this.table = ValueHashSet.fromState({ slots, count });
    this.log = new Uint32Array(0);
    this.count = 0;
    this.previousText = '';
  }
}

/**
 * A key set as plain data, to cross a thread boundary: the byte ranges of one
 * file each fill a set and hand it over. While a range's keys were in order
 * its state is the ordered run (first and last key, the hashes in order):
 * ranges whose runs follow each other (each range's first key above the last
 * key before it) share no key, which is decided without building any table.
 */
export type KeyState =
  | { kind: 'ordered'; count: number; first?: number | string; last?: number | string; /** The hashes, two words a key: the first `count` pairs. */ log: Uint32Array }
  | { kind: 'table'; table: HashSetState };

/** The earlier run ends strictly below where the later one starts (same kind of key). */
function before(a: number | string | undefined, b: number | string | undefined): boolean {
  if (a === undefined || b === undefined) return a === undefined || b === undefined;
  return typeof a === typeof b && a < b;
}

function tableOf(state: KeyState): ValueHashSet {
  if (state.kind === 'table') return ValueHashSet.fromState(state.table);
  return KeyHashSet.fromKeyState(state).toTable();
}

/**
 * Whether two key states may share a key: false is exact (ordered runs that
 * follow each other, or no common 64-bit hash); true may be a hash collision,
 * which costs a range read again from the union, never a wrong verdict.
 */
export function keyStatesMeet(earlier: KeyState, later: KeyState): boolean {
  if (earlier.kind === 'ordered' && later.kind === 'ordered') {
    if (earlier.count === 0 || later.count === 0) return false;
    if (before(earlier.last, later.first)) return false;
  }
  return tableOf(earlier).intersects(tableOf(later));
}

/**
 * The union of two key states as a pure function (neither input changes): the
 * set a single pass holds after reading `earlier`'s rows, then `later`'s.
 * Ordered runs that follow each other stay one ordered run.
 */
export function mergeKeyStates(earlier: KeyState, later: KeyState): KeyState {
  if (earlier.kind === 'ordered' && later.kind === 'ordered' && (earlier.count === 0 || later.count === 0 || before(earlier.last, later.first))) {
    const log = new Uint32Array((earlier.count + later.count) * 2);
    log.set(earlier.log.subarray(0, earlier.count * 2));
    log.set(later.log.subarray(0, later.count * 2), earlier.count * 2);
    return {
      kind: 'ordered',
      count: earlier.count + later.count,
      ...(earlier.count > 0 ? { first: earlier.first } : later.count > 0 ? { first: later.first } : {}),
      ...(later.count > 0 ? { last: later.last } : earlier.count > 0 ? { last: earlier.last } : {}),
      log,
    };
  }
  const union = tableOf(earlier);
  const copy = earlier.kind === 'table' ? ValueHashSet.fromState({ slots: union.toState().slots.slice(), count: union.size }) : union;
  copy.addAll(tableOf(later));
  return { kind: 'table', table: copy.toState() };
}
