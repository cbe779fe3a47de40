#!/usr/bin/env python3
"""Independent least-squares reference for custom factor models and factors per exchange (issue 14).

Two studies on real data, fitted with numpy.linalg.lstsq on the uncentred design matrix (the
library centres and uses Cholesky):

  A. model { factors: ['Mkt-RF', 'RMW', 'CMA'] } on Ken French's 5-factor file, excess returns
     (the default, the table has RF), S&P 500 panel events on the ^GSPC calendar.
  B. model { factors: ['Mkt', 'Foreign'], excessReturns: false } with one table per exchange,
     factors = { '.HK': HK.csv, US: US.csv } from data/derived/regional-factors (derived from the
     real index files), Hong Kong listings on the ^HSI calendar and US listings on ^GSPC's.

Prices are read with the csv module (yfinance Close for HK files, Adj Close for classic Yahoo
files). Run: /usr/bin/python3 test/reference/custom_factor_reference.py [OUT.json]  (numpy)
Writes test/reference/custom_factor_reference.json, read by test/study/custom-factors.test.ts.
"""
import csv
import json
import math
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', 'data')
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
        d = row[0].strip()
        out[f'{d[:4]}-{d[4:6]}-{d[6:]}'] = {header[i]: float(row[i]) / 100 for i in range(1, len(header))}
    return out


def read_plain_factors(path):
    with open(path, newline='') as f:
        return {r['date']: {k: float(v) for k, v in r.items() if k != 'date'} for r in csv.DictReader(f)}


def read_yfinance(path):
    with open(path, newline='') as f:
        rows = list(csv.reader(f))
    col = rows[0].index('Close')
    return {r[0][:10]: float(r[col]) for r in rows[3:] if r and r[col]}


def read_classic(path, column='Adj Close'):
    with open(path, newline='') as f:
        return {r['Date']: float(r[column]) for r in csv.DictReader(f) if r[column] not in ('', 'null')}


def read_panel(ticker):
    path = os.path.join(DATA, 'us', 'sp500_5yr', 'individual_stocks_5yr', f'{ticker}_data.csv')
    with open(path, newline='') as f:
        return {r['date']: float(r['close']) for r in csv.DictReader(f) if r['close']}


def returns_on(calendar, prices):
    out = np.full(len(calendar), math.nan)
    for t in range(1, len(calendar)):
        if calendar[t] in prices and calendar[t - 1] in prices:
            out[t] = prices[calendar[t]] / prices[calendar[t - 1]] - 1
    return out


def fit(calendar, r, table, names, excess, date):
    z = calendar.index(date)
    rf = np.array([table.get(d, {}).get('RF', math.nan) if excess else 0.0 for d in calendar])

    def x(t):
        row = table.get(calendar[t])
        return [1.0] + [row[n] if row else math.nan for n in names]

    est = [t for t in range(max(1, z - 260), z - 10)
           if not math.isnan(r[t]) and not math.isnan(rf[t]) and not any(math.isnan(v) for v in x(t))]
    X = np.array([x(t) for t in est])
    y = np.array([r[t] - rf[t] for t in est])
    coef, *_ = np.linalg.lstsq(X, y, rcond=None)
    m, k = X.shape
    resid = y - X @ coef
    s2 = resid @ resid / (m - k)
    inv = np.linalg.inv(X.T @ X)
    idx = range(z + WINDOW[0], z + WINDOW[1] + 1)
    ar = [r[t] - rf[t] - np.array(x(t)) @ coef for t in idx]
    sar = [a / math.sqrt(s2 * (1 + np.array(x(t)) @ inv @ np.array(x(t)))) for a, t in zip(ar, idx)]
    cars = []
    for a, b in CAR_WINDOWS:
        sel = list(range(z + a, z + b + 1))
        Xw = np.array([x(t) for t in sel])
        ones = np.ones(len(sel))
        var = s2 * (len(sel) + ones @ Xw @ inv @ Xw.T @ ones)
        car = float(sum(r[t] - rf[t] - np.array(x(t)) @ coef for t in sel))
        cars.append({'window': [a, b], 'car': car, 'scar': car / math.sqrt(var)})
    return {'m': int(m), 'sigma': math.sqrt(s2), 'coefficients': dict(zip(['alpha'] + names, map(float, coef))),
            'ar': [float(v) for v in ar], 'sar': [float(v) for v in sar], 'cars': cars}


def main():
    out = {}
    # A: a custom subset of the five factors, excess returns
    ff5 = read_french('F-F_Research_Data_5_Factors_2x3_daily.CSV')
    gspc = read_yfinance(os.path.join(DATA, 'indices', 'GSPC.csv'))
    calendar = sorted(gspc)
    names = ['Mkt-RF', 'RMW', 'CMA']
    out['A'] = [dict(ticker=t, date=d, **fit(calendar, returns_on(calendar, read_panel(t)), ff5, names, True, d))
                for t, d in [('AAPL', '2016-11-09'), ('JPM', '2016-11-09'), ('XOM', '2016-11-09'), ('NVDA', '2017-05-10')]]

    # B: one two-factor table per exchange, raw returns
    derived = os.path.join(DATA, 'derived', 'regional-factors')
    tables = {'HK': read_plain_factors(os.path.join(derived, 'HK.csv')),
              'US': read_plain_factors(os.path.join(derived, 'US.csv'))}
    hsi = sorted(read_yfinance(os.path.join(DATA, 'indices', 'HSI.csv')))
    events = [
        ('1810.HK', '2021-03-26', 'HK', hsi, read_yfinance(os.path.join(DATA, 'hk', '1810.HK.csv'))),
        ('2333.HK', '2021-03-26', 'HK', hsi, read_yfinance(os.path.join(DATA, 'hk', '2333.HK.csv'))),
        ('0175.HK', '2021-01-08', 'HK', hsi, read_yfinance(os.path.join(DATA, 'hk', '0175.HK.csv'))),
        ('BIDU', '2021-01-11', 'US', calendar, read_classic(os.path.join(DATA, 'us', 'BIDU.csv'))),
        ('NIO', '2021-03-30', 'US', calendar, read_classic(os.path.join(DATA, 'us', 'ev', 'NIO.csv'))),
    ]
    out['B'] = [dict(ticker=t, date=d, **fit(cal, returns_on(cal, prices), tables[key], ['Mkt', 'Foreign'], False, d))
                for t, d, key, cal, prices in events]
    # An output path on the command line is for test/study/custom-factors-numpy.test.ts, which
    # re-runs this script and compares its fresh output with the kept JSON.
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'custom_factor_reference.json')
    with open(target, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
