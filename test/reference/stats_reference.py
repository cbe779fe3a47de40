#!/usr/bin/env python3
"""Independent reference values for the default cross-event tests (METHODS.md section 4).

Builds a small but real panel from the estudy2 fixture's abnormal returns (7 US stocks,
2019-2020), computes csect, cda, patell, bmp, kp, sign, generalizedSign, rank and wilcoxon
straight from the formulas with numpy/scipy (no code shared with the TypeScript library), plus
Wilcoxon signed-rank p-values from scipy on generated samples, and writes
test/reference/stats_reference.json, which test/stats/reference.test.ts compares to 1e-10.

Run: python3 test/reference/stats_reference.py
(then `npx biome format --write test/reference/stats_reference.json` to keep the committed layout;
the numbers are deterministic, so an unchanged panel gives an unchanged file).
"""
import csv
import json
import math
import os
from datetime import date

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "fixtures", "estudy2", "expected_abnormal_returns_all_days.csv")

with open(FIXTURE, newline="") as f:
    rows = list(csv.reader(f))
tickers = rows[0][1:]
dates = [r[0] for r in rows[1:]]
ar_all = np.array([[float("nan") if v == "NA" else float(v) for v in r[1:]] for r in rows[1:]])

DAYS = [-2, -1, 0, 1, 2]
EST_LEN = 60  # estimation relative days -62 .. -3
# Event day 0 per ticker (row index of the date): a same-date cluster of four events on
# 2020-03-16 and three events whose windows overlap it partially.
day0_dates = ["2020-03-16", "2020-03-16", "2020-03-16", "2020-03-16", "2020-03-12", "2020-03-12", "2020-03-18"]
CAR_WINDOWS = [(-1, 1), (0, 0), (-2, 2)]


def epoch_day(iso):
    return (date.fromisoformat(iso) - date(1970, 1, 1)).days


events = []
for i, ticker in enumerate(tickers):
    z = dates.index(day0_dates[i])
    est_rows = list(range(z - 2 - EST_LEN, z - 2))
    est = [(r - z, epoch_day(dates[r]), ar_all[r, i]) for r in est_rows]
    if i == 1:  # a listing with five unusable estimation days
        est = [e for k, e in enumerate(est) if k % 12 != 5]
    win = [(d, epoch_day(dates[z + d]), ar_all[z + d, i]) for d in DAYS]
    events.append({"est": est, "win": win})
# An unusable window day (possible under trade-to-trade): event 2, relative day 1.
events[2]["win"][3] = (1, events[2]["win"][3][1], float("nan"))

N, T = len(events), len(DAYS)
ar = np.array([[w[2] for w in e["win"]] for e in events])
window_date = np.array([[w[1] for w in e["win"]] for e in events])
m = np.array([len(e["est"]) for e in events], dtype=float)
df = m - 2
sigma = np.array([math.sqrt(sum(x[2] ** 2 for x in e["est"]) / (len(e["est"]) - 2)) for e in events])
# SAR with a prediction-error factor C = 1 + 1/M (any positive factor works for the tests).
sar = ar / (sigma[:, None] * np.sqrt(1 + 1 / m[:, None]))
car = np.array([[np.nansum(ar[i, DAYS.index(a): DAYS.index(b) + 1]) for i in range(N)] for a, b in CAR_WINDOWS])
scar = np.array(
    [[car[w, i] / (sigma[i] * math.sqrt((b - a + 1) * (1 + 1 / m[i]))) for i in range(N)] for w, (a, b) in enumerate(CAR_WINDOWS)]
)


def two_t(s, d):
    return float(2 * stats.t.sf(abs(s), d))


def two_n(s):
    return float(2 * stats.norm.sf(abs(s)))


def finite(x):
    x = np.asarray(x, dtype=float)
    return x[np.isfinite(x)]


def t_cross(x):
    x = finite(x)
    n = len(x)
    s = math.sqrt(n) * x.mean() / x.std(ddof=1)
    return s, two_t(s, n - 1)


out = {}

# csect and bmp
out["csect"] = {"daily": [t_cross(ar[:, j]) for j in range(T)], "cars": [t_cross(car[w]) for w in range(len(CAR_WINDOWS))]}
out["bmp"] = {"daily": [t_cross(sar[:, j]) for j in range(T)], "cars": [t_cross(scar[w]) for w in range(len(CAR_WINDOWS))]}

# cda: sd of the estimation-window AAR series over relative days
by_day = {}
for e in events:
    for d, _, v in e["est"]:
        by_day.setdefault(d, []).append(v)
aar_est = np.array([np.mean(v) for _, v in sorted(by_day.items())])
sd_aar = aar_est.std(ddof=1)
t_e = len(aar_est)
aar = np.array([np.mean(finite(ar[:, j])) for j in range(T)])
cda_daily = [(aar[j] / sd_aar, two_t(aar[j] / sd_aar, t_e - 1)) for j in range(T)]
cda_cars = []
for a, b in CAR_WINDOWS:
    days = range(DAYS.index(a), DAYS.index(b) + 1)
    s = sum(aar[j] for j in days) / (math.sqrt(len(days)) * sd_aar)
    cda_cars.append((s, two_t(s, t_e - 1)))
out["cda"] = {"daily": cda_daily, "cars": cda_cars}

# patell
weights = df / (df - 2)


def patell_of(x):
    ok = np.isfinite(x)
    s = x[ok].sum() / math.sqrt(weights[ok].sum())
    return s, two_n(s)


out["patell"] = {"daily": [patell_of(sar[:, j]) for j in range(T)], "cars": [patell_of(scar[w]) for w in range(len(CAR_WINDOWS))]}


# kp: r-bar on calendar dates, pairwise
def rho(i, j):
    a = {d: v for _, d, v in events[i]["est"]}
    b = {d: v for _, d, v in events[j]["est"]}
    common = sorted(set(a) & set(b))
    if len(common) < 30:
        return 0.0
    return float(np.corrcoef([a[d] for d in common], [b[d] for d in common])[0, 1])


def rbar(members, windows):
    n = len(members)
    total = 0.0
    for i in members:
        for j in members:
            if i != j:
                shared = len(set(windows[i]) & set(windows[j]))
                total += shared / len(windows[i]) * rho(i, j)
    return total / (n * (n - 1))


def kp_of(bmp_stat, rb, n):
    s = bmp_stat * math.sqrt((1 - rb) / (1 + (n - 1) * rb))
    return s, two_t(s, n - 1), rb


kp_daily = []
for j in range(T):
    members = [i for i in range(N) if np.isfinite(sar[i, j])]
    rb = rbar(members, {i: [window_date[i, j]] for i in members})
    kp_daily.append(kp_of(out["bmp"]["daily"][j][0], rb, len(members)))
kp_cars = []
for w, (a, b) in enumerate(CAR_WINDOWS):
    members = [i for i in range(N) if np.isfinite(scar[w, i])]
    cols = range(DAYS.index(a), DAYS.index(b) + 1)
    rb = rbar(members, {i: [window_date[i, c] for c in cols] for i in members})
    kp_cars.append(kp_of(out["bmp"]["cars"][w][0], rb, len(members)))
out["kp"] = {"daily": kp_daily, "cars": kp_cars}


# sign (zeros dropped) and generalized sign (p-hat = mean of per-event shares)
def sign_of(x):
    x = finite(x)
    x = x[x != 0]
    n = len(x)
    s = ((x > 0).sum() - n / 2) / (math.sqrt(n) / 2)
    return s, two_n(s)


p_hat = float(np.mean([np.mean([v > 0 for _, _, v in e["est"]]) for e in events]))


def gsign_of(x):
    x = finite(x)
    n = len(x)
    s = ((x > 0).sum() - n * p_hat) / math.sqrt(n * p_hat * (1 - p_hat))
    return s, two_n(s)


out["sign"] = {"daily": [sign_of(ar[:, j]) for j in range(T)], "cars": [sign_of(car[w]) for w in range(len(CAR_WINDOWS))]}
out["generalizedSign"] = {
    "daily": [gsign_of(ar[:, j]) for j in range(T)],
    "cars": [gsign_of(car[w]) for w in range(len(CAR_WINDOWS))],
}

# rank: Corrado & Zivney (1992) standardized ranks over estimation + event window
u_by_day = {}
for i, e in enumerate(events):
    sample = [(d, v) for d, _, v in e["est"]] + [(d, v) for d, _, v in e["win"] if np.isfinite(v)]
    k = stats.rankdata([v for _, v in sample])
    for (d, _), kk in zip(sample, k):
        u_by_day.setdefault(d, []).append(kk / (len(sample) + 1) - 0.5)
s_day = {d: sum(u) / math.sqrt(len(u)) for d, u in u_by_day.items()}
sigma_u = math.sqrt(sum(v * v for v in s_day.values()) / len(s_day))
rank_daily = [(s_day[d] / sigma_u, two_n(s_day[d] / sigma_u)) for d in DAYS]
rank_cars = []
for a, b in CAR_WINDOWS:
    ds = [d for d in DAYS if a <= d <= b and d in s_day]
    s = sum(s_day[d] for d in ds) / (math.sqrt(len(ds)) * sigma_u)
    rank_cars.append((s, two_n(s)))
out["rank"] = {"daily": rank_daily, "cars": rank_cars}


# wilcoxon: W+ by hand, p from scipy (exact for n <= 25 without ties, else normal, no continuity)
def wilcoxon_of(x):
    x = finite(x)
    x = x[x != 0]
    r = stats.rankdata(np.abs(x))
    w_plus = float(r[x > 0].sum())
    ties = len(np.unique(np.abs(x))) < len(x)
    method = "exact" if len(x) <= 25 and not ties else "approx"
    p = float(stats.wilcoxon(x, zero_method="wilcox", correction=False, method=method).pvalue)
    return w_plus, p


out["wilcoxon"] = {
    "daily": [wilcoxon_of(ar[:, j]) for j in range(T)],
    "cars": [wilcoxon_of(car[w]) for w in range(len(CAR_WINDOWS))],
}

# Wilcoxon on generated samples: exact (n <= 25, no ties), normal (n > 25), ties (normal).
rng = np.random.default_rng(20240601)
samples = []
for n in list(range(1, 26)) + [26, 30, 40]:
    x = np.round(rng.normal(0.3, 1.0, n), 6)
    samples.append(x)
for n in [6, 12, 30]:
    samples.append(np.round(rng.normal(0.2, 1.0, n), 0) + 0.5)  # ties
wilcoxon_samples = []
for x in samples:
    w, p = wilcoxon_of(x)
    wilcoxon_samples.append({"x": [float(v) for v in x], "statistic": w, "pValue": p})


def clean(v):
    if isinstance(v, (list, tuple)):
        return [clean(u) for u in v]
    if isinstance(v, dict):
        return {k: clean(u) for k, u in v.items()}
    if isinstance(v, (float, np.floating)):
        return None if not math.isfinite(float(v)) else float(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    return v


def as_value(t):
    d = {"statistic": t[0], "pValue": t[1]}
    if len(t) > 2:
        d["rbar"] = t[2]
    return d


tests = {name: {"daily": [as_value(t) for t in r["daily"]], "cars": [as_value(t) for t in r["cars"]]} for name, r in out.items()}

est_offsets = [0]
est_ar, est_day, est_date = [], [], []
for e in events:
    for d, dt, v in e["est"]:
        est_day.append(d)
        est_date.append(dt)
        est_ar.append(v)
    est_offsets.append(len(est_ar))

panel = {
    "events": N,
    "days": DAYS,
    "ar": ar.flatten().tolist(),
    "sar": sar.flatten().tolist(),
    "windowDate": window_date.flatten().tolist(),
    "df": df.tolist(),
    "m": m.tolist(),
    "sigma": sigma.tolist(),
    "estimation": {"offsets": est_offsets, "ar": est_ar, "day": est_day, "date": est_date},
    "carWindows": [{"window": [a, b], "first": DAYS.index(a), "last": DAYS.index(b)} for a, b in CAR_WINDOWS],
    "car": car.flatten().tolist(),
    "scar": scar.flatten().tolist(),
    "bhar": car.flatten().tolist(),
}

with open(os.path.join(HERE, "stats_reference.json"), "w") as f:
    json.dump(clean({"panel": panel, "tests": tests, "wilcoxonSamples": wilcoxon_samples}), f, indent=1)
print("wrote stats_reference.json")
