// The distribution of the two-sided one-sample Kolmogorov–Smirnov statistic
// D_n (scipy's kstwo), and the two-sample p-value scipy's ks_2samp gives:
// exact lattice-path counting up to 10,000 rows a side, beyond that
// kstwo.sf(D, round(m·n/(m + n))). The algorithm choice follows Simard &
// L'Ecuyer (2011) as scipy does: Ruben–Gambino at the ends, the Durbin matrix
// (Marsaglia–Tsang–Wang) and Pomeranz recursions for small n·d², Pelz–Good's
// expansion for large n, and twice the one-sided Smirnov tail (Birnbaum–
// Tingey sum, here in log space) where that is exact or nearly so.

import { ksExactPValue } from './drift.js';

const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const MIN_LOG = -708.3964185322641; // log of the smallest normal double, cephes' MINLOG
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;

/** P(D_n⁺ ≥ x): the one-sided Smirnov survival function (scipy.special.smirnov). */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  let nxFloor = Math.floor(nx);
  let alpha = nx - nxFloor;
  if (alpha >= 1) {
    nxFloor += 1;
    alpha = 0;
  }
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    // x ≤ 1/n: sf = 1 − x(1 + x)^(n−1).
    return Math.min(1, Math.max(0, 1 - x * Math.exp((n - 1) * Math.log1p(x))));
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxFloor >= n - 1) return Math.exp(n * Math.log1p(-x));
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  // sf = x Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v): positive terms, summed in log space
  // scaled by the largest so far. The last term is left out when n·x is an integer (it is 0).
  const last = n - nxFloor - (alpha === 0 ? 1 : 0);
  let logC = 0;
  let logCError = 0; // Kahan compensation: log C(n, v) is a sum of up to n logarithms
  let scale = -Infinity;
  let sum = 0;
  for (let v = 0; v <= last; v++) {
    if (v > 0) {
      const y = Math.log((n - v + 1) / v) - logCError;
      const next = logC + y;
      logCError = next - logC - y;
      logC = next;
    }
    const low = 1 - x - v / n;
    if (low <= 0) break;
    const logTerm = logC + (n - v) * Math.log1p(-x - v / n) + (v - 1) * Math.log(x + v / n);
    if (logTerm > scale) {
      sum = sum * Math.exp(scale - logTerm) + 1;
      scale = logTerm;
    } else {
      const t = Math.exp(logTerm - scale);
      sum += t;
      // The terms rise to one peak and fall off: stop once the rest cannot matter.
      if (4 * (last - v) * t < Number.EPSILON * sum && v !== last) break;
    }
  }
  return Math.min(1, Math.max(0, x * sum * Math.exp(scale)));
}

/** P(D_n ≤ d) by the Durbin matrix, computed as Marsaglia, Tsang and Wang do (with scaling). */
function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H: Float64Array = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1]!;
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;
  let power: Float64Array | undefined; // undefined = identity
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  while (nn > 0) {
    if (nn % 2) {
      power = power ? matmul(power, H, m) : H.slice();
      exponent += hExponent;
    }
    H = matmul(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]!) > E128) {
      for (let i = 0; i < H.length; i++) H[i]! /= E128;
      hExponent += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = power![(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      exponent -= 128;
    }
  }
  return clip(p * 2 ** exponent);
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const ail = a[i * m + l]!;
      if (ail === 0) continue;
      const row = l * m;
      const o = i * m;
      for (let j = 0; j < m; j++) out[o + j]! += ail * b[row + j]!;
    }
  }
  return out;
}

function pomeranzBounds(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** P(D_n ≤ x) by Pomeranz's recursion (1974), as scipy's _kolmogn_Pomeranz. */
function kolmogorovCdfPomeranz(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const size = 2 * (ll + 1);
  const gpower = new Float64Array(size);
  const twogpower = new Float64Array(size);
  const onem2gpower = new Float64Array(size);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1;
  for (let k = 1; k < size; k++) {
    gpower[k] = (gpower[k - 1]! * (g / n)) / k;
    twogpower[k] = (twogpower[k - 1]! * ((2 * g) / n)) / k;
    onem2gpower[k] = (onem2gpower[k - 1]! * ((1 - 2 * g) / n)) / k;
  }
  let V0 = new Float64Array(size);
  let V1 = new Float64Array(size);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const powers = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const length = j2 - k1 + 1;
    if (length > 0) {
      const from = j1 - k1;
      const count = j2 - j1 + 1;
      let max = 0;
      for (let c = 0; c < count; c++) {
        // conv[from + c] of V0[k1 − V0s …] with powers.
        const index = from + c;
        let s = 0;
        for (let a = Math.max(0, index - (length - 1)); a <= Math.min(index, length - 1); a++) s += V0[k1 - V0s + a]! * powers[index - a]!;
        V1[c] = s;
        if (s > max) max = s;
      }
      if (max > 0 && max < EM128) {
        for (let c = 0; c < count; c++) V1[c]! *= E128;
        exponent -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let answer = V1[n - V1s]!;
  for (let k = 1; k <= n; k++) {
    if (Math.abs(answer) > E128) {
      answer *= EM128;
      exponent += 128;
    }
    answer *= k;
  }
  return clip(answer * 2 ** exponent);
}

/** Pelz–Good's asymptotic expansion of P(D_n ≤ x) (1976), as scipy's _kolmogn_PelzGood. */
function kolmogorovCdfPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
  const pi2 = Math.PI ** 2, pi4 = pi2 * pi2, pi6 = pi4 * pi2;
  const qlog = -pi2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2, k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4, k2b = ((2 * z4 - 5 * z2) * pi2) / 4, k2c = (pi4 * (1 - 2 * z2)) / 16;
  const k3d = (pi6 * (5 - 30 * z2)) / 64, k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16, k3b = (pi2 * (135 * z4 - 96 * z6)) / 4, k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m, m4 = m2 * m2, m6 = m4 * m2;
    const qp = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i]! * qp + coeffs[i]!;
  }
  const sqrt2pi = Math.sqrt(2 * Math.PI);
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * sqrt2pi) / divisors[i]!;
  q = Math.exp(-pi2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = q ** k2;
    k2extra += k2 * qp;
    k3extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qp;
  }
  K[2]! += (k2extra * pi2 * sqrt2pi) / (-36 * z3);
  K[3]! += (k3extra * pi2 * sqrt2pi) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i]! / n ** (i / 2);
  return sum;
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}

function logFactorialOverPower(n: number): number {
  // log(n! / n^n) by Stirling's series, as scipy's _log_nfactorial_div_n_pow_n.
  const coefficients = [-2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2];
  const rn = 1 / n;
  let poly = 0;
  for (const c of coefficients) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}

/** P(D_n > x) for the two-sided one-sample KS statistic (scipy.stats.kstwo.sf). */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    const cdf = n <= 140 ? productCdf(n, t) : Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) return clip(1 - kolmogorovCdfDurbin(n, x));
    if (nx2 <= 4) return clip(1 - kolmogorovCdfPomeranz(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = nx2 >= 18 ? 1 : n <= 100000 && n * x ** 1.5 <= 1.4 ? kolmogorovCdfDurbin(n, x) : kolmogorovCdfPelzGood(n, x);
  return clip(1 - cdf);
}

function productCdf(n: number, t: number): number {
  let p = 1;
  for (let i = 1; i <= n; i++) p *= (i / n) * (2 * t - 1);
  return p;
}

/** Sizes up to which the two-sample p-value is exact, as scipy's ks_2samp(method='auto'). */
export const KS_EXACT_MAX_N = 10000;

/** The two-sided two-sample KS p-value scipy's ks_2samp(method='auto') reports. */
export function ksTwoSamplePValue(m: number, n: number, d: number): { pValue: number; method: 'exact' | 'asymptotic' } {
  if (Math.max(m, n) <= KS_EXACT_MAX_N) return { pValue: ksExactPValue(m, n, d), method: 'exact' };
  const en = (m * n) / (m + n);
  return { pValue: clip(kolmogorovSf(roundHalfEven(en), d)), method: 'asymptotic' };
}

/** numpy's round: halves go to the even neighbour (m = n = 10001 gives 5000, not 5001). */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}
