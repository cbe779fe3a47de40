#!/usr/bin/env python3
"""Independent reference numbers for the Xiaomi / Great Wall study (2021-03-26).

Written without the library's code or layout: reads the real CSVs with the csv module, builds
the design matrices and takes C_t = 1 + x_t'(X'X)^-1 x_t and Var(CAR) = s^2 (L + i'X_w (X'X)^-1
X_w'i) straight from the matrix formulas of METHODS.md section 3 (the library uses centred
closed forms instead), and the cross-event tests of section 4 with scipy's distributions.

Run: python3 test/reference/xiaomi_reference.py   (numpy + scipy)
Writes test/reference/xiaomi_reference.json, read by test/study/xiaomi-reference.test.ts.
"""
import csv
import json
import math
import os

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', 'data')


def read_yfinance(path):
    with open(path, newline='') as f:
        rows = list(csv.reader(f))
    out = {}
    for row in rows[3:]:
        if row and row[1] not in ('', 'null', 'NA'):
            out[row[0]] = (float(row[1]), None)
    return out


def read_cn_vendor(path):
    with open(path, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    header = rows[1]
    date_col, close_col, prev_col = header.index('交易日期'), header.index('收盘价'), header.index('前收盘价')
    return {r[date_col]: (float(r[close_col]), float(r[prev_col])) for r in rows[2:] if r}


def returns_on(calendar, prices):
    out = []
    for t, date in enumerate(calendar):
        if t == 0 or date not in prices or calendar[t - 1] not in prices:
            out.append(math.nan)
            continue
        price, prev_close = prices[date]
        base = prev_close if prev_close is not None else prices[calendar[t - 1]][0]
        out.append(price / base - 1)
    return np.array(out)


def study(listing, benchmark, model, day0='2021-03-26', window=(-5, 5), est_end=-11, est_len=250,
          car_windows=((-1, 1), (0, 0), (-5, 5))):
    calendar = sorted(benchmark)
    r = returns_on(calendar, listing)
    rm = returns_on(calendar, benchmark)
    z = calendar.index(day0)
    est = [t for t in range(max(1, z + est_end - est_len + 1), z + est_end + 1)
           if not math.isnan(r[t]) and not math.isnan(rm[t])]
    m = len(est)
    if model == 'market':
        X = np.column_stack([np.ones(m), rm[est]])
        y = r[est]
        k = 2
    elif model == 'mean-adjusted':
        X = np.ones((m, 1))
        y = r[est]
        k = 1
    else:  # market-adjusted
        X = None
        y = r[est] - rm[est]
        k = 0
    if X is not None:
        coef, *_ = np.linalg.lstsq(X, y, rcond=None)
        resid = y - X @ coef
        df = m - k if k > 1 else m - 1
        s2 = resid @ resid / df
        xtx_inv = np.linalg.inv(X.T @ X)
    else:
        coef = np.array([])
        df = m - 1
        s2 = np.var(y, ddof=1)
    days = list(range(window[0], window[1] + 1))
    idx = [z + d for d in days]

    def row(t):
        return np.array([1.0, rm[t]]) if model == 'market' else np.array([1.0])

    def expected(t):
        if model == 'market':
            return coef[0] + coef[1] * rm[t]
        if model == 'mean-adjusted':
            return coef[0]
        return rm[t]

    ar = np.array([r[t] - expected(t) for t in idx])
    c = np.array([1 + row(t) @ xtx_inv @ row(t) if X is not None else 1.0 for t in idx])
    sar = ar / np.sqrt(s2 * c)
    p = 2 * stats.t.sf(np.abs(sar), df)
    est_ar = (y - X @ coef) if X is not None else y
    cars = []
    for a, b in car_windows:
        sel = [z + d for d in range(a, b + 1)]
        L = len(sel)
        car = float(sum(r[t] - expected(t) for t in sel))
        if X is not None:
            Xw = np.array([row(t) for t in sel])
            ones = np.ones(L)
            var = s2 * (L + ones @ Xw @ xtx_inv @ Xw.T @ ones)
        else:
            var = s2 * L
        scar = car / math.sqrt(var)
        bhar = float(np.prod([1 + r[t] for t in sel]) - np.prod([1 + expected(t) for t in sel]))
        cars.append({'window': [a, b], 'car': car, 'variance': float(var), 'scar': scar, 'bhar': bhar,
                     'pValue': float(2 * stats.t.sf(abs(scar), df))})
    return {
        'model': model, 'm': m, 'df': df, 'sigma': math.sqrt(s2),
        'alpha': float(coef[0]) if len(coef) else None,
        'beta': float(coef[1]) if len(coef) > 1 else None,
        'returns': [float(r[t]) for t in idx], 'marketReturns': [float(rm[t]) for t in idx],
        'ar': ar.tolist(), 'c': c.tolist(), 'sar': sar.tolist(), 'pValue': p.tolist(), 'cars': cars,
        'estimationAr': est_ar.tolist(),
    }


def cross_tests(events, key_values, key_std):
    """Daily (or CAR) cross-event tests over events; values are lists per event."""
    vals = np.array(key_values)
    std = np.array(key_std)
    n = vals.shape[0]
    d = np.array([e['df'] for e in events], dtype=float)
    csect = math.sqrt(n) * vals.mean(0) / vals.std(0, ddof=1)
    patell = std.sum(0) / math.sqrt((d / (d - 2)).sum())
    bmp = math.sqrt(n) * std.mean(0) / std.std(0, ddof=1)
    pos = (vals > 0).sum(0)
    nonzero = (vals != 0).sum(0)
    sign = (pos - nonzero / 2) / (np.sqrt(nonzero) / 2)
    phat = np.mean([np.mean(np.array(e['estimationAr']) > 0) for e in events])
    gsign = (pos - n * phat) / math.sqrt(n * phat * (1 - phat))
    two_t = lambda x: (2 * stats.t.sf(np.abs(x), n - 1)).tolist()
    two_n = lambda x: (2 * stats.norm.sf(np.abs(x))).tolist()
    return {
        'csect': {'statistic': np.atleast_1d(csect).tolist(), 'pValue': np.atleast_1d(two_t(csect)).tolist()},
        'patell': {'statistic': np.atleast_1d(patell).tolist(), 'pValue': np.atleast_1d(two_n(patell)).tolist()},
        'bmp': {'statistic': np.atleast_1d(bmp).tolist(), 'pValue': np.atleast_1d(two_t(bmp)).tolist()},
        'sign': {'statistic': np.atleast_1d(sign).tolist(), 'pValue': np.atleast_1d(two_n(sign)).tolist()},
        'generalizedSign': {'statistic': np.atleast_1d(gsign).tolist(), 'pValue': np.atleast_1d(two_n(gsign)).tolist()},
    }


def main():
    hsi = read_yfinance(os.path.join(DATA, 'indices', 'HSI.csv'))
    sse = read_yfinance(os.path.join(DATA, 'indices', '000001.SS.csv'))
    xiaomi = read_yfinance(os.path.join(DATA, 'hk', '1810.HK.csv'))
    gwm_h = read_yfinance(os.path.join(DATA, 'hk', '2333.HK.csv'))
    gwm_a = read_cn_vendor(os.path.join(DATA, 'cn', 'sh601633.csv'))
    out = {}
    for model in ('market', 'mean-adjusted', 'market-adjusted'):
        events = [study(xiaomi, hsi, model), study(gwm_h, hsi, model), study(gwm_a, sse, model)]
        daily = cross_tests(events, [e['ar'] for e in events], [e['sar'] for e in events])
        car_tests = []
        for w in range(3):
            car_tests.append(cross_tests(events, [[e['cars'][w]['car']] for e in events],
                                         [[e['cars'][w]['scar']] for e in events]))
        for e in events:
            del e['estimationAr']
        out[model] = {'events': events, 'daily': daily, 'cars': car_tests}
    with open(os.path.join(HERE, 'xiaomi_reference.json'), 'w') as f:
        json.dump(out, f, indent=1)


if __name__ == '__main__':
    main()
