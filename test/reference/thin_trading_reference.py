#!/usr/bin/env python3
"""Independent reference for trade-to-trade (Maynes & Rumsey 1993), Dimson (1979),
Scholes & Williams (1977) and abnormal log volume, on the bundled real files.

Trade-to-trade: Great Wall A (601633, Shanghai) was suspended 2015-06-19 .. 2015-07-10; the
model R_t = a n_t + b Rm_t + e_t, Var(e_t) = n_t s^2 is fitted by numpy lstsq on rows divided
by sqrt(n_t); Var(AR_t) = s^2 (n_t + z_t'(Z*'Z*)^-1 z_t).

Run: python3 test/reference/thin_trading_reference.py   (numpy + scipy)
Writes test/reference/thin_trading_reference.json, read by test/study/thin-trading.test.ts.
"""
import csv
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', 'data')


def read_yfinance(path, column=1):
    rows = list(csv.reader(open(path, newline='')))[3:]
    return {r[0]: float(r[column]) for r in rows if r and r[column] not in ('', 'null')}


def read_cn():
    rows = list(csv.reader(open(os.path.join(DATA, 'cn', 'sh601633.csv'), newline='', encoding='utf-8')))
    h = rows[1]
    d, c, p = h.index('交易日期'), h.index('收盘价'), h.index('前收盘价')
    return {r[d]: (float(r[c]), float(r[p])) for r in rows[2:] if r}


def daily_returns(calendar, prices):
    out = np.full(len(calendar), math.nan)
    for t in range(1, len(calendar)):
        if calendar[t] in prices and calendar[t - 1] in prices:
            out[t] = prices[calendar[t]] / prices[calendar[t - 1]] - 1
    return out


def trade_to_trade(calendar, listing, market_returns, day0):
    r = np.full(len(calendar), math.nan)
    n = np.zeros(len(calendar))
    last = None
    for t, d in enumerate(calendar):
        if d not in listing:
            continue
        if last is not None:
            close, prev = listing[d]
            r[t] = close / prev - 1
            n[t] = t - last
        last = t
    rm = np.full(len(calendar), math.nan)
    for t in range(len(calendar)):
        if n[t] > 0:
            rm[t] = np.prod([1 + market_returns[u] for u in range(t - int(n[t]) + 1, t + 1)]) - 1
    z = calendar.index(day0)
    est = [t for t in range(max(1, z - 260), z - 10) if n[t] > 0 and not math.isnan(rm[t])]
    Z = np.array([[n[t], rm[t]] for t in est])
    w = np.sqrt(np.array([n[t] for t in est]))
    y = np.array([r[t] for t in est])
    coef, *_ = np.linalg.lstsq(Z / w[:, None], y / w, rcond=None)
    resid = (y - Z @ coef) / w
    s2 = resid @ resid / (len(est) - 2)
    inv = np.linalg.inv((Z / w[:, None]).T @ (Z / w[:, None]))
    days = range(z - 5, z + 6)
    ar, sar, span = [], [], []
    for t in days:
        span.append(float(n[t]))
        if n[t] == 0:
            ar.append(None)
            sar.append(None)
            continue
        zt = np.array([n[t], rm[t]])
        a = r[t] - zt @ coef
        ar.append(float(a))
        sar.append(float(a / math.sqrt(s2 * (n[t] + zt @ inv @ zt))))
    cars = []
    for a_, b_ in ((-1, 1), (0, 0), (-5, 5)):
        sel = [t for t in range(z + a_, z + b_ + 1) if n[t] > 0]
        v = np.sum([[n[t], rm[t]] for t in sel], axis=0)
        car = float(sum(r[t] - np.array([n[t], rm[t]]) @ coef for t in sel))
        var = s2 * (sum(n[t] for t in sel) + v @ inv @ v)
        cars.append({'window': [a_, b_], 'car': car, 'scar': car / math.sqrt(var)})
    return {'m': len(est), 'alpha': float(coef[0]), 'beta': float(coef[1]), 'sigma': math.sqrt(s2),
            'span': span, 'ar': ar, 'sar': sar, 'cars': cars,
            'estimationSpans': int(sum(1 for t in est if n[t] > 1))}


def lag_models(calendar, r, rm, day0):
    z = calendar.index(day0)
    lag = np.concatenate([[math.nan], rm[:-1]])
    lead = np.concatenate([rm[1:], [math.nan]])
    est = [t for t in range(max(1, z - 260), z - 10)
           if not any(math.isnan(v) for v in (r[t], rm[t], lag[t], lead[t]))]
    # Dimson: one regression on lag, current, lead
    X = np.array([[1, lag[t], rm[t], lead[t]] for t in est])
    y = r[est]
    coef, *_ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ coef
    s2 = resid @ resid / (len(est) - 4)
    inv = np.linalg.inv(X.T @ X)
    days = range(z - 5, z + 6)
    dimson = {'coefficients': coef.tolist(), 'sigma': math.sqrt(s2),
              'ar': [float(r[t] - np.array([1, lag[t], rm[t], lead[t]]) @ coef) for t in days],
              'sar': [float((r[t] - np.array([1, lag[t], rm[t], lead[t]]) @ coef)
                            / math.sqrt(s2 * (1 + np.array([1, lag[t], rm[t], lead[t]]) @ inv
                                              @ np.array([1, lag[t], rm[t], lead[t]])))) for t in days]}
    # Scholes-Williams: three simple slopes and the market's first-order autocorrelation
    slope = lambda x: np.polyfit(x, y, 1)[0]
    b_lag, b0, b_lead = slope(lag[est]), slope(rm[est]), slope(lead[est])
    rho = np.corrcoef(rm[est], lag[est])[0, 1]
    beta = (b_lag + b0 + b_lead) / (1 + 2 * rho)
    alpha = y.mean() - beta * rm[est].mean()
    res = y - alpha - beta * rm[est]
    s2sw = res @ res / (len(est) - 2)
    xm = rm[est].mean()
    smm = ((rm[est] - xm) ** 2).sum()
    sw = {'alpha': float(alpha), 'beta': float(beta), 'rho': float(rho), 'betas': [float(b_lag), float(b0), float(b_lead)],
          'sigma': math.sqrt(s2sw),
          'ar': [float(r[t] - alpha - beta * rm[t]) for t in days],
          'sar': [float((r[t] - alpha - beta * rm[t]) / math.sqrt(s2sw * (1 + 1 / len(est) + (rm[t] - xm) ** 2 / smm)))
                  for t in days]}
    return {'m': len(est), 'dimson': dimson, 'scholesWilliams': sw}


def volume(calendar, vol, day0):
    z = calendar.index(day0)
    y = np.array([math.log1p(vol[d]) if d in vol else math.nan for d in calendar])
    est = [t for t in range(max(1, z - 260), z - 10) if not math.isnan(y[t])]
    mean = y[est].mean()
    s2 = y[est].var(ddof=1)
    days = range(z - 5, z + 6)
    return {'m': len(est), 'mean': float(mean), 'sigma': math.sqrt(s2),
            'ar': [float(y[t] - mean) for t in days],
            'sar': [float((y[t] - mean) / math.sqrt(s2 * (1 + 1 / len(est)))) for t in days]}


def main():
    sse = read_yfinance(os.path.join(DATA, 'indices', '000001.SS.csv'))
    cal_sse = sorted(sse)
    rm_sse = daily_returns(cal_sse, sse)
    great_wall = read_cn()
    gspc = read_yfinance(os.path.join(DATA, 'indices', 'GSPC.csv'))
    cal_us = sorted(gspc)
    aapl = {r['date']: float(r['close']) for r in csv.DictReader(open(os.path.join(
        DATA, 'us', 'sp500_5yr', 'individual_stocks_5yr', 'AAPL_data.csv'))) if r['close']}
    hsi = read_yfinance(os.path.join(DATA, 'indices', 'HSI.csv'))
    xiaomi_volume = read_yfinance(os.path.join(DATA, 'hk', '1810.HK.csv'), column=5)
    out = {
        'tradeToTrade': {day0: trade_to_trade(cal_sse, great_wall, rm_sse, day0) for day0 in ('2015-07-13', '2016-03-01')},
        'lagModels': lag_models(cal_us, daily_returns(cal_us, aapl), daily_returns(cal_us, gspc), '2016-11-09'),
        'volume': volume(sorted(hsi), xiaomi_volume, '2021-03-26'),
    }
    json.dump(out, open(os.path.join(HERE, 'thin_trading_reference.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
