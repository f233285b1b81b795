// A seeded PRNG (xoshiro128**, seeded through splitmix32) so that bootstrap
// resamples are reproducible run to run and machine to machine. It can jump
// ahead any number of draws, so that threads each drawing a part of a
// stream draw exactly what one thread would.

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /**
   * One bootstrap resample of a stratum: `size` uniform draws from [0, size), each adding one to
   * `counts[from + draw]` (multinomial counts that sum to `size`). The same stream as `size` calls of
   * nextUint32, with the state in locals for the loop. size · u32 < 2⁵³: the arithmetic is exact.
   */
  drawCounts(counts: Uint16Array, from: number, size: number): void {
    let a = this.a;
    let b = this.b;
    let c = this.c;
    let d = this.d;
    const scale = size / 4294967296;
    for (let j = 0; j < size; j++) {
      const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = rotl(d, 11);
      counts[from + Math.floor(r * scale)]!++;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }

  /**
   * Advances the stream by `draws` uint32 draws (a non-negative safe integer) in O(log draws): the
   * state after it is the state after `draws` calls of nextUint32. The state update is linear over
   * GF(2), so advancing is a product with powers of its 128 × 128 bit matrix.
   */
  jump(draws: number): void {
    if (!Number.isSafeInteger(draws) || draws < 0) throw new RangeError(`cannot jump ${draws} draws`);
    const state = new Uint32Array([this.a, this.b, this.c, this.d]);
    for (let bit = 0; draws > 0; bit++, draws = Math.floor(draws / 2)) {
      if (draws % 2 === 1) applyMatrix(stepPower(bit), state, state);
    }
    [this.a, this.b, this.c, this.d] = state as unknown as [number, number, number, number];
  }

  /** A uniform integer in [0, n), n ≤ 2³², without modulo bias worth noting (Lemire's multiply). */
  nextIndex(n: number): number {
    return Math.floor((this.nextUint32() / 4294967296) * n);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * A 128 × 128 bit matrix over GF(2) acting on a state (a, b, c, d) as 128 bits: column j (4 words at
 * 4j) is the image of the state with only bit j set (bit j is bit j % 32 of word ⌊j / 32⌋).
 */
type BitMatrix = Uint32Array;

/** The state update of nextUint32 (without its output), in place. */
function step(s: Uint32Array): void {
  let [a, b, c, d] = s as unknown as [number, number, number, number];
  const t = b << 9;
  c ^= a;
  d ^= b;
  b ^= c;
  a ^= d;
  c ^= t;
  d = rotl(d, 11);
  s[0] = a;
  s[1] = b;
  s[2] = c;
  s[3] = d;
}

/** out = m · v (out may be v). */
function applyMatrix(m: BitMatrix, v: Uint32Array, out: Uint32Array): void {
  let r0 = 0, r1 = 0, r2 = 0, r3 = 0;
  for (let j = 0; j < 128; j++) {
    if (((v[j >>> 5]! >>> (j & 31)) & 1) === 0) continue;
    r0 ^= m[4 * j]!;
    r1 ^= m[4 * j + 1]!;
    r2 ^= m[4 * j + 2]!;
    r3 ^= m[4 * j + 3]!;
  }
  out[0] = r0;
  out[1] = r1;
  out[2] = r2;
  out[3] = r3;
}

/** stepPowers[k]: the update applied 2^k times. Built on first use, kept for the process. */
const stepPowers: BitMatrix[] = [];

function stepPower(k: number): BitMatrix {
  if (stepPowers.length === 0) {
    const one = new Uint32Array(512);
    const column = new Uint32Array(4);
    for (let j = 0; j < 128; j++) {
      column.fill(0);
      column[j >>> 5] = (1 << (j & 31)) >>> 0;
      step(column);
      one.set(column, 4 * j);
    }
    stepPowers.push(one);
  }
  while (stepPowers.length <= k) {
    const last = stepPowers[stepPowers.length - 1]!;
    const squared = new Uint32Array(512);
    for (let j = 0; j < 128; j++) applyMatrix(last, last.subarray(4 * j, 4 * j + 4), squared.subarray(4 * j, 4 * j + 4));
    stepPowers.push(squared);
  }
  return stepPowers[k]!;
}
