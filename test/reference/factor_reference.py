#!/usr/bin/env python3
"""Independent least-squares reference for the CAPM and factor models (issue 4).

Reads the real S&P 500 panel files, the S&P 500 index and Ken French's daily factor files with
the csv module, and fits each model with numpy.linalg.lstsq on the UNCENTRED design matrix
(the library centres and uses Cholesky), taking C_t and Var(CAR) from (X'X)^-1 directly.

Run: python3 test/reference/factor_reference.py   (numpy + scipy)
Writes test/reference/factor_reference.json, read by test/study/factor-models.test.ts.
"""
import csv
import json
import math
import os

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', 'data')
PANEL = os.path.join(DATA, 'us', 'sp500_5yr', 'individual_stocks_5yr')

EVENTS = [('AAPL', '2016-11-09'), ('JPM', '2016-11-09'), ('XOM', '2016-11-09'), ('NVDA', '2017-05-10'),
          ('GS', '2017-06-01')]
MODELS = {
    'capm': None,
    'ff3': ['Mkt-RF', 'SMB', 'HML'],
    'carhart': ['Mkt-RF', 'SMB', 'HML', 'Mom'],
    'ff5': ['Mkt-RF', 'SMB', 'HML', 'RMW', 'CMA'],
}
WINDOW = (-5, 5)
CAR_WINDOWS = ((-1, 1), (0, 0), (-5, 5))


def read_french(name):
    out = {}
    with open(os.path.join(DATA, 'factors', name), newline='') as f:
        rows = list(csv.reader(f))
    header = None
    for row in rows:
        if header is None:
            if row and row[0].strip() == '' and len(row) > 1:
                header = [c.strip() for c in row]
            continue
        if not row or len(row[0].strip()) != 8:
            break
        out[row[0].strip()[:4] + '-' + row[0].strip()[4:6] + '-' + row[0].strip()[6:]] = {
            header[i]: float(row[i]) / 100 for i in range(1, len(header))}
    return out


def read_panel(ticker):
    with open(os.path.join(PANEL, f'{ticker}_data.csv'), newline='') as f:
        return {r['date']: float(r['close']) for r in csv.DictReader(f) if r['close']}


def read_gspc():
    with open(os.path.join(DATA, 'indices', 'GSPC.csv'), newline='') as f:
        rows = list(csv.reader(f))[3:]
    return {r[0]: float(r[1]) for r in rows if r and r[1]}


def returns_on(calendar, prices):
    out = np.full(len(calendar), math.nan)
    for t in range(1, len(calendar)):
        if calendar[t] in prices and calendar[t - 1] in prices:
            out[t] = prices[calendar[t]] / prices[calendar[t - 1]] - 1
    return out


def main():
    ff3 = read_french('F-F_Research_Data_Factors_daily.CSV')
    ff5 = read_french('F-F_Research_Data_5_Factors_2x3_daily.CSV')
    mom = read_french('F-F_Momentum_Factor_daily.CSV')
    gspc = read_gspc()
    calendar = sorted(gspc)
    rm = returns_on(calendar, gspc)

    # each model reads the files a user would join for it: ff5 from the 5-factor file alone
    # (its SMB differs from the 3-factor file's), carhart = 3 factors + momentum
    files = {'capm': (ff3,), 'ff3': (ff3,), 'carhart': (ff3, mom), 'ff5': (ff5,)}

    out = {}
    for model, names in MODELS.items():
        tables = files[model]
        common = set.intersection(*(set(t) for t in tables))

        def factor(name, date):
            if date not in common:
                return math.nan
            for table in tables:
                if name in table[date]:
                    return table[date][name]
            return math.nan

        results = []
        for ticker, date in EVENTS:
            r = returns_on(calendar, read_panel(ticker))
            z = calendar.index(date)
            rf = np.array([factor('RF', d) for d in calendar])

            def regressors(t):
                if names is None:
                    return [1.0, rm[t] - rf[t]]
                return [1.0] + [factor(n, calendar[t]) for n in names]

            est = [t for t in range(max(1, z - 260), z - 10)
                   if not math.isnan(r[t]) and not any(math.isnan(v) for v in regressors(t)) and not math.isnan(rf[t])]
            X = np.array([regressors(t) for t in est])
            y = np.array([r[t] - rf[t] for t in est])
            coef, *_ = np.linalg.lstsq(X, y, rcond=None)
            k = X.shape[1]
            m = len(est)
            resid = y - X @ coef
            s2 = resid @ resid / (m - k)
            inv = np.linalg.inv(X.T @ X)
            idx = list(range(z + WINDOW[0], z + WINDOW[1] + 1))
            ar = [r[t] - rf[t] - np.array(regressors(t)) @ coef for t in idx]
            sar = [ar[j] / math.sqrt(s2 * (1 + np.array(regressors(t)) @ inv @ np.array(regressors(t))))
                   for j, t in enumerate(idx)]
            cars = []
            for a, b in CAR_WINDOWS:
                sel = list(range(z + a, z + b + 1))
                Xw = np.array([regressors(t) for t in sel])
                ones = np.ones(len(sel))
                var = s2 * (len(sel) + ones @ Xw @ inv @ Xw.T @ ones)
                car = float(sum(r[t] - rf[t] - np.array(regressors(t)) @ coef for t in sel))
                expected = [rf[t] + np.array(regressors(t)) @ coef for t in sel]
                bhar = float(np.prod([1 + r[t] for t in sel]) - np.prod([1 + e for e in expected]))
                cars.append({'window': [a, b], 'car': car, 'scar': car / math.sqrt(var), 'bhar': bhar,
                             'pValue': float(2 * stats.t.sf(abs(car / math.sqrt(var)), m - k))})
            labels = ['alpha'] + (['market'] if names is None else names)
            results.append({'ticker': ticker, 'date': date, 'm': m, 'df': m - k, 'sigma': math.sqrt(s2),
                            'coefficients': dict(zip(labels, map(float, coef))),
                            'ar': [float(v) for v in ar], 'sar': [float(v) for v in sar], 'cars': cars})
        out[model] = results
    with open(os.path.join(HERE, 'factor_reference.json'), 'w') as f:
        json.dump(out, f, indent=1)


if __name__ == '__main__':
    main()
