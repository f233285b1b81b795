export const id = 255;
export const ids = [255];
export const modules = {

/***/ 4255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   cd: () => (/* binding */ chiSquare1Sf),
/* harmony export */   ey: () => (/* binding */ binomialHalfCdf),
/* harmony export */   nG: () => (/* binding */ normalSf),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony export normalPdf */
// Normal and binomial distributions to full double precision, without
// tables of magic constants: the normal CDF by its Taylor series near zero
// and Laplace's continued fraction in the tails; the quantile by Newton
// steps on that CDF; log-gamma by Lanczos (g = 7).
const SQRT2PI = Math.sqrt(2 * Math.PI);
function normalPdf(x) {
    return Math.exp(-0.5 * x * x) / SQRT2PI;
}
/** Upper tail Q(x) = P(Z > x), accurate in relative terms far into the tail. */
function normalSf(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x < 0)
        return 1 - normalSf(-x);
    if (x < 3)
        return 0.5 - lowerHalf(x);
    if (x > 40)
        return 0;
    // Laplace's continued fraction for the Mills ratio, evaluated by Lentz's method.
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 500; k++) {
        d = x + k * d;
        d = d === 0 ? tiny : d;
        c = x + k / c;
        c = c === 0 ? tiny : c;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return normalPdf(x) / f;
}
/** Φ(x) − 1/2 for 0 ≤ x < 3 by the series φ(x)·Σ x^(2k+1)/(2k+1)!!. */
function lowerHalf(x) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let k = 1; k < 200; k++) {
        term *= x2 / (2 * k + 1);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return normalPdf(x) * sum;
}
function normalCdf(x) {
    return normalSf(-x);
}
/** The p-quantile of the standard normal. */
function normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p > 0.5)
        return -normalQuantile(1 - p);
    // Start from Abramowitz & Stegun 26.2.23, then Newton steps on the lower tail.
    const t = Math.sqrt(-2 * Math.log(p));
    let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
    for (let i = 0; i < 8; i++) {
        const err = normalCdf(x) - p;
        const step = err / normalPdf(x);
        // Halley's correction: Φ'' = −xφ.
        x -= step / (1 + (x * step) / 2);
        if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x)))
            break;
    }
    return x;
}
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    x -= 1;
    let a = LANCZOS[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/** P(X ≤ k) for X ~ Binomial(n, 1/2), summed down from the largest term. */
function binomialHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (k > n / 2)
        return 1 - binomialHalfCdf(n - k - 1, n);
    let ratio = 1;
    let sum = 1;
    for (let j = k; j >= 1; j--) {
        ratio *= j / (n - j + 1);
        sum += ratio;
        if (ratio < sum * 1e-17)
            break;
    }
    const logTerm = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) - n * Math.LN2;
    return Math.min(1, Math.exp(logTerm) * sum);
}
/** Survival function of χ² with one degree of freedom. */
function chiSquare1Sf(x) {
    return x <= 0 ? 1 : 2 * normalSf(Math.sqrt(x));
}


/***/ })

};
