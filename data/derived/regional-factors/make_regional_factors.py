#!/usr/bin/env python3
"""DERIVED factor tables for Example 06 and the per-exchange factor test (issue 14).

A market-plus-foreign two-factor table per exchange, built only from the real index files in
data/indices (Yahoo Finance via yfinance; see data/README.md). No FX series exists in the data,
so the second factor is the other region's market instead of HKD/CNY:

  Mkt      close-to-close return of the home index on the home trading date d
           (HK: ^HSI, Shanghai: 000001.SS SSE Composite, US: ^GSPC);
  Foreign  the compounded return of the other region's index over the sessions that closed
           between the home market's previous close and its open on d, i.e. news the home
           market had not priced at its last close:
             HK and Shanghai: S&P 500 sessions u with p <= u < d (a US session closes at
             04:00/05:00 Beijing time of the next calendar day); US: Hang Seng sessions h with
             p < h <= d (Hong Kong closes before New York opens). p is the previous home date;
             no such session gives 0.

Values are decimals (simple returns), one row per home trading date d whose previous home date
is on or after the foreign index's first return date. Run from anywhere:  /usr/bin/python3 data/derived/regional-factors/make_regional_factors.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
INDICES = os.path.join(HERE, '..', '..', 'indices')


def closes(name):
    """Date -> close of a yfinance three-line-header index file."""
    with open(os.path.join(INDICES, name), newline='') as f:
        rows = list(csv.reader(f))[3:]
    return {r[0][:10]: float(r[1]) for r in rows if r and r[1]}


def returns(series):
    dates = sorted(series)
    return {dates[i]: series[dates[i]] / series[dates[i - 1]] - 1 for i in range(1, len(dates))}, dates


def compound(rets, dates):
    out = 1.0
    for d in dates:
        out *= 1 + rets[d]
    return out - 1


def table(home_file, foreign_file, foreign_before_open):
    home_r, home_dates = returns(closes(home_file))
    foreign_r, foreign_dates = returns(closes(foreign_file))
    foreign_set = [d for d in foreign_dates if d in foreign_r]
    rows = []
    for i in range(1, len(home_dates)):
        p, d = home_dates[i - 1], home_dates[i]
        if p < foreign_set[0]:
            continue  # the foreign index's first return is not known yet
        if foreign_before_open:  # foreign sessions p <= u < d
            sel = [u for u in foreign_set if p <= u < d]
        else:  # foreign sessions p < h <= d
            sel = [h for h in foreign_set if p < h <= d]
        rows.append((d, home_r[d], compound(foreign_r, sel)))
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name), 'w', newline='') as f:
        f.write('date,Mkt,Foreign\n')
        for d, m, x in rows:
            f.write(f'{d},{m!r},{x!r}\n')


write('HK.csv', table('HSI.csv', 'GSPC.csv', True))
write('SS.csv', table('000001.SS.csv', 'GSPC.csv', True))
write('US.csv', table('GSPC.csv', 'HSI.csv', False))
