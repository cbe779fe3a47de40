#!/usr/bin/env python3
"""Independent reference values for four optional cross-event tests (METHODS.md section 4):
kpPatell, grank, skewAdjusted and bootstrap, every window day and every CAR window, under the
default conventions.

Input: the panel that test/reference/stats_reference.py builds from the estudy2 fixture's real
abnormal returns (7 US stocks, 2019-2020: a same-date cluster of four events, partially overlapping
windows, an unusable window day, a listing with unusable estimation days). It is read back from
test/reference/stats_reference.json, the very panel that test/stats/reference-panel.ts hands to
the TypeScript library, so both sides see identical ARs, SARs, CARs and SCARs. The output records
a fingerprint of that panel so the vitest side can tell if the two JSON files drift apart.

Everything below is written from the papers / METHODS.md with numpy and scipy; no code is shared
with (or translated from) the TypeScript library.

kpPatell  Kolari & Pynnonen (2010, RFS 23(11)) adjustment of the Patell (1976) z:
          z_patell = sum_i SAR_it / sqrt(sum_i d_i/(d_i - 2)) (CAR window: SCAR_i),
          z = z_patell * sqrt((1 - rbar) / (1 + (N - 1) rbar)), two-sided N(0,1) p-value.
          rbar = sum_{i != j} omega_ij rho_ij / (N(N - 1)): rho_ij the Pearson correlation of the
          two events' estimation ARs on their common calendar dates (0 below 30 common dates),
          omega_ij = (number of calendar dates the tested windows share) / L.
grank     Kolari & Pynnonen (2011), "Nonparametric rank tests for event studies", Journal of
          Empirical Finance 18(5), 953-971, GRANK-T: the tested quantity (SAR_it on a day, SCAR_i
          on a CAR window) is divided by its cross-sectional sd (N - 1) and becomes the
          "cumulative event day" 0 of event i's generalized standardized abnormal returns; the
          other GSARs are the estimation ARs / s_i. U_it = rank(GSAR_it)/(T_i + 1) - 1/2 (T_i =
          number of GSARs of event i, ties averaged), U0bar = mean_i U_i0,
          S_U^2 = (1/T) sum_{t in estimation days and day 0} (N_t / N) Ubar_t^2 (Ubar_t the mean
          over the N_t events with a value on t), Z = U0bar / S_U,
          t = Z sqrt((T - 2) / (T - 1 - Z^2)) against t(T - 2), T = estimation days + 1.
skewAdj.  Hall (1992) / Lyon, Barber & Tsai (1999, JF 54(1)) skewness-adjusted t:
          t_sa = sqrt(N) (S + gamma S^2 / 3 + gamma / (6N)), S = mean / sd, gamma =
          sum (x - mean)^3 / (N sd^3), sd with N - 1; x = AR_it on a day, CAR_i on a window;
          two-sided t(N - 1) p-value.
bootstrap Efron & Tibshirani (1993, section 16.4) bootstrap of the cross-sectional t
          sqrt(n) mean / sd (sd with n - 1): centre the sample on its mean (imposing the null),
          draw `samples` = 999 resamples with replacement, p = (1 + #{|t*| >= |t|}) / (samples + 1);
          a resample whose values are all equal has no t* and does not count.
          The generator is Mulberry32 (Tommy Ettinger, 2017), written here with explicit 32-bit
          arithmetic. The JSDoc of src/stats/bootstrap.ts only says that "each day and window has
          its own stream", which is not enough to reproduce the resamples, so the PROCEDURE (not
          the statistic) was read from its code: the stream of window-day column j is seeded with
          seed * 7919 + j, that of CAR window w with seed * 7919 + 104729 + w (seed = 1 by
          default); the sample is the finite values in event order; each resample draws n indices
          in order, index = floor(u * n), u the next uniform of the stream.

Run: python3 test/reference/optional_tests_reference.py (writes
test/reference/optional_tests_reference.json; the numbers are deterministic, so an unchanged panel
gives an unchanged file).
"""
import json
import math
import os

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "stats_reference.json")) as f:
    P = json.load(f)["panel"]


def arr(v):
    return np.array([np.nan if x is None else x for x in v], dtype=float)


N = P["events"]
DAYS = P["days"]
T = len(DAYS)
AR = arr(P["ar"]).reshape(N, T)
SAR = arr(P["sar"]).reshape(N, T)
WDATE = np.array(P["windowDate"]).reshape(N, T)
DF = np.array(P["df"], dtype=float)
SIGMA = np.array(P["sigma"], dtype=float)
W = len(P["carWindows"])
CAR = arr(P["car"]).reshape(W, N)
SCAR = arr(P["scar"]).reshape(W, N)
off = P["estimation"]["offsets"]
EST = [
    {
        "ar": arr(P["estimation"]["ar"][off[i] : off[i + 1]]),
        "day": P["estimation"]["day"][off[i] : off[i + 1]],
        "date": P["estimation"]["date"][off[i] : off[i + 1]],
    }
    for i in range(N)
]
WINDOWS = [(c["first"], c["last"]) for c in P["carWindows"]]


def two_t(s, d):
    return float(2 * stats.t.sf(abs(s), d))


def two_n(s):
    return float(2 * stats.norm.sf(abs(s)))


# ---------------------------------------------------------------- kpPatell (KP 2010 on Patell)
def rho(i, j):
    a = {d: v for d, v in zip(EST[i]["date"], EST[i]["ar"]) if np.isfinite(v)}
    b = {d: v for d, v in zip(EST[j]["date"], EST[j]["ar"]) if np.isfinite(v)}
    common = sorted(set(a) & set(b))
    if len(common) < 30:
        return 0.0
    x = np.array([a[d] for d in common])
    y = np.array([b[d] for d in common])
    x = x - x.mean()
    y = y - y.mean()
    return float((x * y).sum() / math.sqrt((x * x).sum() * (y * y).sum()))


def rbar_of(members, dates_of, length):
    n = len(members)
    total = 0.0
    for i in members:
        for j in members:
            if i != j:
                total += len(set(dates_of[i]) & set(dates_of[j])) / length * rho(i, j)
    return total / (n * (n - 1))


def kp_patell(values, members, dates_of, length):
    d = DF[members]
    z = values[members].sum() / math.sqrt((d / (d - 2)).sum())
    rb = rbar_of(members, dates_of, length)
    n = len(members)
    s = z * math.sqrt((1 - rb) / (1 + (n - 1) * rb))
    return {"statistic": s, "pValue": two_n(s), "rbar": rb}


kp_daily = []
for j in range(T):
    members = [i for i in range(N) if np.isfinite(SAR[i, j])]
    kp_daily.append(kp_patell(SAR[:, j], members, {i: [WDATE[i, j]] for i in members}, 1))
kp_cars = []
for w, (a, b) in enumerate(WINDOWS):
    members = [i for i in range(N) if np.isfinite(SCAR[w, i])]
    kp_cars.append(kp_patell(SCAR[w], members, {i: list(WDATE[i, a : b + 1]) for i in members}, b - a + 1))


# ---------------------------------------------------------------- grank (KP 2011 GRANK-T)
def grank(tested):
    members = [i for i in range(N) if np.isfinite(tested[i])]
    n = len(members)
    g0 = tested[members]
    sd = g0.std(ddof=1)
    u_day = {}  # relative day -> list of U_it
    u0 = []
    for i, g in zip(members, g0):
        ok = np.isfinite(EST[i]["ar"])
        gsar = np.concatenate([EST[i]["ar"][ok] / SIGMA[i], [g / sd]])
        days = [d for d, k in zip(EST[i]["day"], ok) if k]
        t_i = len(gsar)
        u = stats.rankdata(gsar) / (t_i + 1) - 0.5
        for d, v in zip(days, u[:-1]):
            u_day.setdefault(d, []).append(v)
        u0.append(u[-1])
    ubar0 = float(np.mean(u0))
    big_t = len(u_day) + 1
    s2 = (ubar0**2 + sum(len(v) / n * np.mean(v) ** 2 for v in u_day.values())) / big_t
    z = ubar0 / math.sqrt(s2)
    s = z * math.sqrt((big_t - 2) / (big_t - 1 - z * z))
    return {"statistic": s, "pValue": two_t(s, big_t - 2)}


# ---------------------------------------------------------------- skewness-adjusted t (LBT 1999)
def skew_adjusted(x):
    x = x[np.isfinite(x)]
    n = len(x)
    m = x.mean()
    sd = x.std(ddof=1)
    gamma = ((x - m) ** 3).sum() / (n * sd**3)
    s = m / sd
    t = math.sqrt(n) * (s + gamma * s * s / 3 + gamma / (6 * n))
    return {"statistic": t, "pValue": two_t(t, n - 1)}


# ---------------------------------------------------------------- bootstrap (Mulberry32)
M32 = 0xFFFFFFFF


def mulberry32(seed):
    state = seed & M32

    def nxt():
        nonlocal state
        state = (state + 0x6D2B79F5) & M32
        z = state
        z = ((z ^ (z >> 15)) * (z | 1)) & M32  # Math.imul, as an unsigned bit pattern
        z = z ^ ((z + (((z ^ (z >> 7)) * (z | 61)) & M32)) & M32)
        return ((z ^ (z >> 14)) & M32) / 4294967296.0

    return nxt


def t_stat(x):
    return math.sqrt(len(x)) * x.mean() / x.std(ddof=1)


def bootstrap_t(x, samples, random):
    x = np.asarray(x, dtype=float)
    x = x[np.isfinite(x)]
    n = len(x)
    t_obs = t_stat(x)
    centred = x - x.mean()
    exceed = 0
    for _ in range(samples):
        idx = [math.floor(random() * n) for _ in range(n)]
        if len(set(idx)) == 1:
            continue  # every value equal: no t*
        if abs(t_stat(centred[idx])) >= abs(t_obs):
            exceed += 1
    return {"statistic": t_obs, "pValue": (1 + exceed) / (samples + 1), "exceed": exceed}


SEED, SAMPLES = 1, 999
boot_daily = [bootstrap_t(AR[:, j], SAMPLES, mulberry32(SEED * 7919 + j)) for j in range(T)]
boot_cars = [bootstrap_t(CAR[w], SAMPLES, mulberry32(SEED * 7919 + 104729 + w)) for w in range(W)]

tests = {
    "kpPatell": {"daily": kp_daily, "cars": kp_cars},
    "grank": {"daily": [grank(SAR[:, j]) for j in range(T)], "cars": [grank(SCAR[w]) for w in range(W)]},
    "skewAdjusted": {
        "daily": [skew_adjusted(AR[:, j]) for j in range(T)],
        "cars": [skew_adjusted(CAR[w]) for w in range(W)],
    },
    "bootstrap": {"daily": boot_daily, "cars": boot_cars},
}

# Generated samples for the per-sample functions (skewAdjustedT, bootstrapT with a given stream)
# and the first draws of the generator, including the documented mulberry32(42)() = 0.6011037519201636.
rng = np.random.default_rng(20240611)
generated = []
for k, n in enumerate([3, 4, 7, 12, 25, 60, 150]):
    x = np.round(rng.standard_t(3, n) * 0.02 + 0.004, 8)
    seed = 1000 + 37 * k
    b = bootstrap_t(x, 499, mulberry32(seed))
    generated.append(
        {
            "x": [float(v) for v in x],
            "seed": seed,
            "samples": 499,
            "bootstrap": {"statistic": b["statistic"], "pValue": b["pValue"]},
            "skewAdjusted": skew_adjusted(x)["statistic"],
        }
    )
streams = []
for seed in [0, 1, 42, 7919, 4294967295, -1, 2**32 + 5]:
    r = mulberry32(seed)
    streams.append({"seed": seed, "draws": [r() for _ in range(5)]})
assert streams[2]["draws"][0] == 0.6011037519201636

fingerprint = {
    "events": N,
    "days": DAYS,
    "arSum": float(np.nansum(AR)),
    "sarSum": float(np.nansum(SAR)),
    "scarSum": float(np.nansum(SCAR)),
    "estimationArSum": float(np.nansum(arr(P["estimation"]["ar"]))),
    "estimationLength": len(P["estimation"]["ar"]),
}


def clean(v):
    if isinstance(v, dict):
        return {k: clean(u) for k, u in v.items()}
    if isinstance(v, (list, tuple)):
        return [clean(u) for u in v]
    if isinstance(v, (float, np.floating)):
        return None if not math.isfinite(float(v)) else float(v)
    if isinstance(v, np.integer):
        return int(v)
    return v


with open(os.path.join(HERE, "optional_tests_reference.json"), "w") as f:
    json.dump(
        clean(
            {
                "conventions": {"bootstrapSeed": SEED, "bootstrapSamples": SAMPLES},
                "panelFingerprint": fingerprint,
                "tests": tests,
                "generated": generated,
                "mulberry32": streams,
            }
        ),
        f,
        indent=1,
    )
print("wrote optional_tests_reference.json")
