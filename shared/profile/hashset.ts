// A set of 64-bit string hashes in flat typed arrays, for `unique` and
// primary-key checks over millions of rows at ~8 bytes a value instead of a
// Set of strings. Two distinct values share a 64-bit hash with probability
// about n²/2⁶⁵ (≈7·10⁻⁷ at 5M rows); such a collision would be reported as a
// duplicate. That is the price of flat memory, and it is documented.

/** 32-bit FNV-1a of text[start, end): shard assignment and category tables (not uniqueness, which needs 64 bits). */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);
/**
 * The last hash computed, as two 32-bit words: hashRange and hashNumber write it
 * here (no allocation per value). The key checks (validate/keys.ts) hash with
 * these same functions, so a key log becomes the table ValueHashSet would build.
 */
export const HASH = new Uint32Array(2);

/** cyrb53-style pair of 32-bit hashes of text[from, to), into HASH. */
export function hashRange(text: string, from: number, to: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  HASH[0] = h1 >>> 0;
  HASH[1] = h2 >>> 0 || 0x9e3779b9; // a zero second word marks an empty slot
}

/** A number's hash by its bits (-0 as 0), into HASH. */
export function hashNumber(value: number): void {
  FLOAT[0] = value === 0 ? 0 : value;
  let h1 = WORDS[0]! ^ 0x85ebca6b;
  let h2 = WORDS[1]! ^ 0xc2b2ae35;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  h1 = Math.imul(h1 ^ (h1 >>> 15), 2654435761);
  HASH[0] = h1 >>> 0;
  HASH[1] = h2 >>> 0 || 0x9e3779b9;
}

/** A ValueHashSet as structured-clonable data. */
export interface HashSetState {
  slots: Uint32Array;
  count: number;
}

export class ValueHashSet {
  private slots: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 1024;
    while (capacity < initialCapacity) capacity *= 2;
    this.slots = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /**
   * Sizes the table for `expected` values now, so that a large table is
   * allocated once instead of doubling through every smaller size (each
   * doubling briefly holds old and new tables: 1.5× the final memory).
   */
  reserve(expected: number): void {
    let capacity = this.mask + 1;
    while (capacity * 0.7 < expected) capacity *= 2;
    if (capacity > this.mask + 1) this.rehash(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds a number by its bits (-0 as 0); returns false if already present. */
  addNumber(value: number): boolean {
    hashNumber(value);
    return this.insert(HASH[0]!, HASH[1]!);
  }

  /** Adds the value; returns false if it (its hash) was already present. */
  add(value: string): boolean {
    return this.addRange(value, 0, value.length);
  }

  /** Adds text[from, to) without making a substring; same hash as add() of that string. */
  addRange(text: string, from: number, to: number): boolean {
    hashRange(text, from, to);
    return this.insert(HASH[0]!, HASH[1]!);
  }

  /** Whether the value (its hash) is present: a foreign key's lookup in the referenced keys. */
  has(value: string): boolean {
    hashRange(value, 0, value.length);
    return this.hasHash(HASH[0]!, HASH[1]!);
  }

  /** The table as plain data, to cross a thread boundary (fromState rebuilds it). */
  toState(): HashSetState {
    return { slots: this.slots, count: this.count };
  }

  static fromState(state: HashSetState): ValueHashSet {
    const set = new ValueHashSet(1024);
    set.slots = state.slots;
    set.mask = state.slots.length / 2 - 1;
    set.count = state.count;
    return set;
  }

  /** Adds every hash of `other` (a union, for merging the sets of a file's byte ranges). */
  addAll(other: ValueHashSet): void {
    this.reserve(this.count + other.count);
    const slots = other.slots;
    for (let at = 0; at < slots.length; at += 2) if (slots[at + 1] !== 0) this.insert(slots[at]!, slots[at + 1]!);
  }

  /** Whether the two sets share a hash. */
  intersects(other: ValueHashSet): boolean {
    const [small, large] = this.count <= other.count ? [this, other] : [other, this];
    const slots = small.slots;
    for (let at = 0; at < slots.length; at += 2) if (slots[at + 1] !== 0 && large.hasHash(slots[at]!, slots[at + 1]!)) return true;
    return false;
  }

  private hasHash(h1: number, h2: number): boolean {
    return this.slots[this.probe(h1, h2) + 1] !== 0;
  }

  private insert(h1: number, h2: number): boolean {
    const at = this.probe(h1, h2);
    const slots = this.slots;
    if (slots[at + 1] !== 0) return false;
    slots[at] = h1;
    slots[at + 1] = h2;
    this.count++;
    if (this.count > this.mask * 0.7) this.grow();
    return true;
  }

  /** Linear probing: the slot (word offset) holding this hash, or the empty slot where it would go. */
  private probe(h1: number, h2: number): number {
    const slots = this.slots;
    let index = h1 & this.mask;
    for (;;) {
      const at = index * 2;
      const stored = slots[at + 1]!;
      if (stored === 0 || (stored === h2 && slots[at] === h1)) return at;
      index = (index + 1) & this.mask;
    }
  }

  private grow(): void {
    this.rehash((this.mask + 1) * 2);
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    this.slots = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
    this.count = 0;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] !== 0) this.insert(old[at]!, old[at + 1]!);
    }
  }
}
