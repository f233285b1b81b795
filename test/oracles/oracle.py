"""Oracle for holdout's metric and test numbers: reads cases as JSON on
stdin, answers with scikit-learn, scipy and statsmodels (Debian's packages)
as JSON on stdout. Undefined results are reported as null, with the warning
or error sklearn gave."""
import json, sys, warnings
import numpy as np
from sklearn import metrics as M
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar


def guarded(fn):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            v = float(fn())
            return None if not np.isfinite(v) else v
        except Exception as e:  # UndefinedMetricWarning, ValueError for one class, ...
            return None


def binary(c):
    y = np.array(c["y"]); s = np.array(c["score"]); p = np.array(c["pred"])
    out = {
        "accuracy": guarded(lambda: M.accuracy_score(y, p)),
        "balanced_accuracy": guarded(lambda: M.balanced_accuracy_score(y, p)) if len(set(y)) == 2 else None,
        "precision": guarded(lambda: M.precision_score(y, p, zero_division="warn")),
        "recall": guarded(lambda: M.recall_score(y, p, zero_division="warn")),
        "f1": guarded(lambda: M.f1_score(y, p, zero_division="warn")),
        "mcc": guarded(lambda: M.matthews_corrcoef(y, p)) if len(set(y)) == 2 and len(set(p)) == 2 else None,
        "roc_auc": guarded(lambda: M.roc_auc_score(y, s)),
        "average_precision": guarded(lambda: M.average_precision_score(y, s)) if y.sum() > 0 else None,
        "log_loss": guarded(lambda: M.log_loss(y, s, labels=[0, 1])),
        "brier": guarded(lambda: M.brier_score_loss(y, s)),
    }
    return out


def multiclass(c):
    y = np.array(c["y"]); p = np.array(c["pred"]); proba = np.array(c["proba"]).T
    labels = list(range(proba.shape[1]))
    return {
        "accuracy": guarded(lambda: M.accuracy_score(y, p)),
        "macro_f1": guarded(lambda: M.f1_score(y, p, average="macro")),
        "weighted_f1": guarded(lambda: M.f1_score(y, p, average="weighted")),
        # sklearn's one-vs-rest macro AUC, without its check that rows sum to 1
        # (rounded probabilities do not): the mean of the per-class binary AUCs.
        "roc_auc_ovr": guarded(lambda: np.mean([M.roc_auc_score(y == k, proba[:, k]) for k in labels])),
        "roc_auc_ovr_sklearn": guarded(lambda: M.roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=labels)),
        "log_loss": guarded(lambda: M.log_loss(y, proba, labels=labels)),
    }


def regression(c):
    y = np.array(c["y"]); p = np.array(c["pred"])
    return {
        "mae": M.mean_absolute_error(y, p),
        "mse": M.mean_squared_error(y, p),
        "rmse": float(np.sqrt(M.mean_squared_error(y, p))),
        "r2": guarded(lambda: M.r2_score(y, p)) if np.var(y) > 0 else None,
        "mape": M.mean_absolute_percentage_error(y, p) if np.all(y != 0) else None,
        "wape": float(np.sum(np.abs(y - p)) / np.sum(np.abs(y))),
        "max_error": M.max_error(y, p),
    }


def mcnemar_case(c):
    b, d = c["candidate_only"], c["baseline_only"]
    table = [[0, d], [b, 0]]
    exact = mcnemar(table, exact=True)
    asym = mcnemar(table, exact=False, correction=True)
    return {"exact_p": float(exact.pvalue), "exact_stat": float(exact.statistic), "asymptotic_p": float(asym.pvalue), "asymptotic_stat": float(asym.statistic)}


def bootstrap_case(c):
    y = np.array(c["y"]); a = np.array(c["a"]); b = np.array(c["b"])
    metric = c["metric"]
    fn = {"roc_auc": M.roc_auc_score, "log_loss": lambda t, s: M.log_loss(t, s, labels=[0, 1]), "brier": M.brier_score_loss, "max_error": M.max_error}[metric]
    def diff(yy, aa, bb):
        return fn(yy, aa) - fn(yy, bb)
    out = {}
    for method in ("BCa", "percentile"):
        res = stats.bootstrap((y, a, b), diff, paired=True, vectorized=False, n_resamples=c["resamples"], confidence_level=c["confidence"], method=method, random_state=np.random.default_rng(c["seed"]))
        out[method] = [float(res.confidence_interval.low), float(res.confidence_interval.high)]
        out["standard_error"] = float(res.standard_error)
    out["estimate"] = float(diff(y, a, b))
    return out


def distributions(c):
    return {
        "norm_cdf": [float(stats.norm.cdf(x)) for x in c["x"]],
        "norm_sf": [float(stats.norm.sf(x)) for x in c["x"]],
        "norm_ppf": [float(stats.norm.ppf(q)) for q in c["q"]],
        "binom_cdf": [float(stats.binom.cdf(k, n, 0.5)) for k, n in c["binom"]],
        "chi2_sf": [float(stats.chi2.sf(x, 1)) for x in c["chi2"]],
    }


def evidently_fill(p):
    # evidently/legacy/calculations/stattests/utils.py, get_binned_data(feel_zeroes=True):
    # a zero share becomes the smallest non-zero share / 10**6 when that is <= 0.0001, else 0.0001.
    p = p.copy(); m = min(p[p != 0])
    np.place(p, p == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return p


def drift(c):
    from scipy.spatial.distance import jensenshannon
    from statsmodels.stats.proportion import proportions_ztest
    ref = np.array(c["ref_counts"], dtype=float); cur = np.array(c["cur_counts"], dtype=float)
    a = np.array(c["ref_values"]); b = np.array(c["cur_values"])
    r = ref / ref.sum(); q = cur / cur.sum()
    # Evidently's PSI: empty bins filled as its get_binned_data does (evidently_fill).
    rp = evidently_fill(r); qp = evidently_fill(q)
    keep = r > 0
    # A category the reference lacks but the current has: scipy cannot compare (holdout says infinite).
    chi = stats.chisquare(cur[keep], f_exp=r[keep] * cur.sum()) if cur[~keep].sum() == 0 else None
    z = proportions_ztest([c["z"][2], c["z"][0]], [c["z"][3], c["z"][1]])
    return {
        "psi": float(np.sum((qp - rp) * np.log(qp / rp))),
        "js_distance": float(jensenshannon(ref, cur)),
        "js_divergence_log2": float(jensenshannon(ref, cur, base=2) ** 2),
        "linf": float(np.max(np.abs(r - q))),
        "wasserstein": float(stats.wasserstein_distance(a, b)),
        "std": float(np.std(a)),
        "ks": float(stats.ks_2samp(a, b).statistic),
        "ks_exact_p": [float(stats.ks_2samp(x, y, method="exact").pvalue) for x, y in c.get("ks_pairs", [])],
        "chi2_stat": float(chi.statistic) if chi else None, "chi2_p": float(chi.pvalue) if chi else None,
        "chi2_sf": [float(stats.chi2.sf(x, df)) for x, df in c["chi2_sf"]],
        "z_stat": float(z[0]), "z_p": float(z[1]),
    }


def kolmogorov(c):
    from scipy.special import smirnov
    # kstwo.sf over every branch scipy's _kolmogn takes; ks_2samp beyond its exact limit (asymptotic).
    return {
        "kstwo_sf": [float(stats.kstwo.sf(x, n)) for n, x in c["kstwo"]],
        "smirnov": [float(smirnov(n, x)) for n, x in c["kstwo"]],
        "ks_2samp": [[float(r.statistic), float(r.pvalue)] for r in (stats.ks_2samp(np.array(a), np.array(b)) for a, b in c["samples"])],
    }


def drift_pipeline(c):
    """Drift of cur against ref as a user would compute it with pandas + scipy:
    numeric columns binned on the reference's numpy-linear deciles (open tails,
    x equal to an edge goes to the bin it opens), categories value by value;
    KS and Wasserstein on the raw samples."""
    import pandas as pd
    from scipy.spatial.distance import jensenshannon
    from statsmodels.stats.proportion import proportions_ztest
    ref = pd.read_csv(c["ref"]); cur = pd.read_csv(c["cur"])
    out = {}
    for col in c["numeric"] + c["categorical"]:
        a = ref[col].dropna(); b = cur[col].dropna()
        if col in c["numeric"]:
            edges = np.unique(np.quantile(a.to_numpy(dtype=float), np.arange(1, 10) / 10))
            rc = np.bincount(np.searchsorted(edges, a, side="right"), minlength=len(edges) + 1).astype(float)
            cc = np.bincount(np.searchsorted(edges, b, side="right"), minlength=len(edges) + 1).astype(float)
        else:
            a = a.astype(str).str.lower() if col in c.get("boolean", []) else a.astype(str)
            b = b.astype(str).str.lower() if col in c.get("boolean", []) else b.astype(str)
            keys = sorted(set(a) | set(b))
            va = a.value_counts(); vb = b.value_counts()
            rc = np.array([va.get(k, 0) for k in keys], dtype=float); cc = np.array([vb.get(k, 0) for k in keys], dtype=float)
        r = rc / rc.sum(); q = cc / cc.sum()
        rp = evidently_fill(r); qp = evidently_fill(q)
        keep = r > 0
        chi = stats.chisquare(cc[keep], f_exp=r[keep] * cc.sum()) if cc[~keep].sum() == 0 else None
        row = {
            "psi": float(np.sum((qp - rp) * np.log(qp / rp))),
            "jensenshannon": float(jensenshannon(rc, cc)),
            "js_divergence": float(jensenshannon(rc, cc, base=2) ** 2),
            "linf": float(np.max(np.abs(r - q))),
            "chisquare": [float(chi.statistic), float(chi.pvalue)] if chi else None,
        }
        if len(rc) == 2:
            z = proportions_ztest([cc[0], rc[0]], [cc.sum(), rc.sum()])
            row["z"] = [float(z[0]), float(z[1])]
        if col in c["numeric"]:
            ks = stats.ks_2samp(a, b)
            row["ks"] = [float(ks.statistic), float(ks.pvalue)]
            row["wasserstein"] = float(stats.wasserstein_distance(a, b) / np.std(a))
        out[col] = row
    return out


def multipletests_case(c):
    from statsmodels.stats.multitest import multipletests
    p = np.array(c["p"], dtype=float)
    return {m: [float(v) for v in multipletests(p, alpha=0.05, method=m)[1]] for m in ("holm", "fdr_bh")}


def eval_pair_case(c):
    # Pass/fail: McNemar on the discordant pairs computed here from the raw outcomes;
    # scores: scipy's paired BCa bootstrap of the mean difference.
    pc = np.array(c["pass_c"]); pb = np.array(c["pass_b"])
    b = int(np.sum((pc == 1) & (pb == 0))); d = int(np.sum((pc == 0) & (pb == 1)))
    exact = mcnemar([[0, d], [b, 0]], exact=True)
    sc = np.array(c["score_c"]); sb = np.array(c["score_b"])
    res = stats.bootstrap((sc, sb), lambda x, y: np.mean(x) - np.mean(y), paired=True, vectorized=False, n_resamples=c["resamples"], confidence_level=0.95, method="BCa", random_state=np.random.default_rng(1))
    return {"fail_to_pass": b, "pass_to_fail": d, "mcnemar_p": float(exact.pvalue), "bca": [float(res.confidence_interval.low), float(res.confidence_interval.high)], "se": float(res.standard_error), "diff": float(np.mean(sc) - np.mean(sb))}


HANDLERS = {"eval_pair": eval_pair_case, "multipletests": multipletests_case, "drift_pipeline": drift_pipeline, "kolmogorov": kolmogorov, "drift": drift, "binary": binary, "multiclass": multiclass, "regression": regression, "mcnemar": mcnemar_case, "bootstrap": bootstrap_case, "distributions": distributions}

cases = json.load(sys.stdin)
def finite(value):
    # JSON has no Infinity or NaN: report them as null.
    if isinstance(value, float) and not np.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [finite(v) for v in value]
    return value


json.dump([finite(HANDLERS[c["kind"]](c)) for c in cases], sys.stdout)
