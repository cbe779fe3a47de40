#!/usr/bin/env python3
"""Independent reference values for the second stage (METHODS.md sections 8-10).

Reads test/reference/second_stage_input.json (real S&P 500 CARs written by
second_stage_input.mts) and computes, with code that shares nothing with the TypeScript library:

- group comparisons with scipy.stats: ttest_ind(equal_var=False) (Welch), mannwhitneyu
  (use_continuity=False; exact for small groups without ties, asymptotic otherwise),
  f_oneway (ANOVA), kruskal (Kruskal-Wallis);
- cross-sectional regressions of CAR[0,1] on sector dummies (first sector in event order as the
  reference level) and the market-model beta with statsmodels OLS/WLS: classical, HC0-HC3,
  clustered by ticker, by date, and two-way (statsmodels' cov_cluster_2groups:
  V_a + V_b - V_ab, each with G/(G-1)(n-1)/(n-k)), t p-values on n-k or G-1 df, and the F test;
- the p-value adjustments with R's p.adjust (Rscript), NA kept, on real p-values.

Writes test/reference/second_stage_reference.json, which
test/stats/second-stage-reference.test.ts compares to 1e-10 relative.

Run: /usr/bin/python3 test/reference/second_stage_reference.py
"""
import json
import math
import os
import subprocess

import numpy as np
import statsmodels.api as sm
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "second_stage_input.json")) as f:
    data = json.load(f)


def num(x):
    x = float(x)
    return x if math.isfinite(x) else None


groups = data["groups"]
welch = stats.ttest_ind(groups["financials"], groups["utilities"], equal_var=False)
mw_large = stats.mannwhitneyu(groups["financials"], groups["utilities"], use_continuity=False,
                              alternative="two-sided", method="asymptotic")
mw_small = stats.mannwhitneyu(groups["financialsFirst12"], groups["utilitiesFirst9"], use_continuity=False,
                              alternative="two-sided", method="exact")
anova = stats.f_oneway(*groups["bySector"])
kruskal = stats.kruskal(*groups["bySector"])
comparisons = {
    "welch": {"statistic": num(welch.statistic), "pValue": num(welch.pvalue)},
    "mannWhitney": {"statistic": num(mw_large.statistic), "pValue": num(mw_large.pvalue)},
    "mannWhitneyExact": {"statistic": num(mw_small.statistic), "pValue": num(mw_small.pvalue)},
    "anova": {"statistic": num(anova.statistic), "pValue": num(anova.pvalue)},
    "kruskalWallis": {"statistic": num(kruskal.statistic), "pValue": num(kruskal.pvalue)},
}

rows = data["regression"]
y = np.array([r["car"] for r in rows])
sectors = []
for r in rows:
    if r["sector"] not in sectors:
        sectors.append(r["sector"])
names = ["(intercept)"] + [f"sector={s}" for s in sectors[1:]] + ["beta"]
X = np.column_stack([np.ones(len(rows))] + [np.array([1.0 if r["sector"] == s else 0.0 for r in rows]) for s in sectors[1:]]
                    + [np.array([r["beta"] for r in rows])])
ticker_codes = np.unique([r["ticker"] for r in rows], return_inverse=True)[1]
date_codes = np.unique([r["day0"] for r in rows], return_inverse=True)[1]
weights = np.array([(r["scar"] / r["car"]) ** 2 for r in rows])  # 1 / Var(CAR), Var = (CAR/SCAR)^2


def summarise(res, se, clusters=None, names=names):
    k = len(names)
    wald = res.f_test(np.eye(k)[1:])
    out = {
        "se": se,
        "names": names,
        "estimate": [num(v) for v in res.params],
        "stdError": [num(v) for v in res.bse],
        "t": [num(v) for v in res.tvalues],
        "pValue": [num(v) for v in res.pvalues],
        "r2": num(res.rsquared),
        "adjR2": num(res.rsquared_adj),
        "f": num(np.squeeze(wald.fvalue)),
        "fPValue": num(np.squeeze(wald.pvalue)),
        "fDf": [num(wald.df_num), num(wald.df_denom)],
        "df": num(getattr(res, "df_resid_inference", None) or res.df_resid),
    }
    if clusters is not None:
        out["clusters"] = clusters
    return out


regressions = {}
ols = sm.OLS(y, X)
regressions["classical"] = summarise(ols.fit(), "classical")
for hc in ["HC0", "HC1", "HC2", "HC3"]:
    regressions[hc.lower()] = summarise(ols.fit(cov_type=hc, use_t=True), hc.lower())
regressions["clusterTicker"] = summarise(
    ols.fit(cov_type="cluster", cov_kwds={"groups": ticker_codes}, use_t=True), "cluster",
    [int(ticker_codes.max() + 1)])
regressions["clusterDate"] = summarise(
    ols.fit(cov_type="cluster", cov_kwds={"groups": date_codes}, use_t=True), "cluster", [int(date_codes.max() + 1)])
regressions["clusterTwoWay"] = summarise(
    ols.fit(cov_type="cluster", cov_kwds={"groups": np.column_stack([ticker_codes, date_codes])}, use_t=True),
    "cluster", [int(ticker_codes.max() + 1), int(date_codes.max() + 1)])
wls = sm.WLS(y, X, weights=weights)
regressions["wlsClassical"] = summarise(wls.fit(), "classical")
regressions["wlsHc3"] = summarise(wls.fit(cov_type="HC3", use_t=True), "hc3")
regressions["wlsClusterTwoWay"] = summarise(
    wls.fit(cov_type="cluster", cov_kwds={"groups": np.column_stack([ticker_codes, date_codes])}, use_t=True),
    "cluster", [int(ticker_codes.max() + 1), int(date_codes.max() + 1)])
# Two regressors (beta, sigma): few enough slopes for a Wald F with five date clusters.
X_small = np.column_stack([np.ones(len(rows)), [r["beta"] for r in rows], [r["sigma"] for r in rows]])
names_small = ["(intercept)", "beta", "sigma"]
small = sm.OLS(y, X_small)
regressions["smallClusterDate"] = summarise(
    small.fit(cov_type="cluster", cov_kwds={"groups": date_codes}, use_t=True), "cluster", [int(date_codes.max() + 1)],
    names_small)
regressions["smallClusterTwoWay"] = summarise(
    small.fit(cov_type="cluster", cov_kwds={"groups": np.column_stack([ticker_codes, date_codes])}, use_t=True),
    "cluster", [int(ticker_codes.max() + 1), int(date_codes.max() + 1)], names_small)
regressions["smallWlsClusterTwoWay"] = summarise(
    sm.WLS(y, X_small, weights=weights).fit(cov_type="cluster", cov_kwds={"groups": np.column_stack([ticker_codes, date_codes])}, use_t=True),
    "cluster", [int(ticker_codes.max() + 1), int(date_codes.max() + 1)], names_small)
# The classical F is the usual R^2-based one; check statsmodels' Wald F agrees with it.
res = ols.fit()
f_r2 = (res.rsquared / (X.shape[1] - 1)) / ((1 - res.rsquared) / res.df_resid)
assert abs(f_r2 / regressions["classical"]["f"] - 1) < 1e-10

R_SCRIPT = """
p <- as.numeric(strsplit(readLines('stdin'), ',')[[1]])
out <- sapply(c('bonferroni', 'holm', 'hochberg', 'BH', 'BY'), function(m) p.adjust(p, m))
write.csv(out, stdout(), row.names = FALSE)
"""


def p_adjust(values):
    text = ",".join("NA" if v is None or (isinstance(v, float) and math.isnan(v)) else repr(float(v)) for v in values)
    done = subprocess.run(["Rscript", "-e", R_SCRIPT], input=text, capture_output=True, text=True, check=True)
    lines = done.stdout.strip().splitlines()
    header = [h.strip('"') for h in lines[0].split(",")]
    cols = {h: [] for h in header}
    for line in lines[1:]:
        for h, v in zip(header, line.split(",")):
            cols[h].append(None if v == "NA" else float(v))
    rename = {"bonferroni": "bonferroni", "holm": "holm", "hochberg": "hochberg", "BH": "bh", "BY": "by"}
    return {rename[h]: cols[h] for h in header}


adjusted = {name: {"p": values, "adjusted": p_adjust(values)} for name, values in data["pValues"].items()}

out = {"comparisons": comparisons, "regressions": regressions, "pAdjust": adjusted}
with open(os.path.join(HERE, "second_stage_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote second_stage_reference.json")
