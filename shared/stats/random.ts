// A seeded PRNG (xoshiro128**, seeded through splitmix32) so that bootstrap
// resamples are reproducible run to run and machine to machine.

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

  /** A uniform integer in [0, n), n ≤ 2³², without modulo bias worth noting (Lemire's multiply). */
  nextIndex(n: number): number {
    return Math.floor((this.nextUint32() / 4294967296) * n);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
