#!/usr/bin/env python3
"""Build the CRSP-layout files of data/crsp-derived/ from the bundled S&P 500 panel.

DERIVED, NOT CRSP: every number below comes from data/us/sp500_5yr (split-adjusted closes,
MIT licence) and data/indices/GSPC.csv; only the layout follows CRSP's daily stock file
(dsf: PERMNO, date as YYYYMMDD, EXCHCD, TICKER, PRC, VOL, RET) and its index file (SPRTRN).
What is invented, for testing the CRSP conventions, is listed in data/README.md:
PERMNOs, EXCHCD, a few missing-return codes on dates where the panel has no row, one negative
PRC, and the delisting file.

RET is the simple return over the previous row, computed in IEEE double exactly as the
library computes P_t / P_{t-1} - 1, and written with repr() (shortest round-trip text), so a
study from these returns must equal the study from the prices (test/io/returns-equivalence).

Run from the repository root:  /usr/bin/python3 data/crsp-derived/make_crsp_panel.py
"""
import csv
import gzip
import io
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
PANEL = os.path.join(ROOT, 'us', 'sp500_5yr', 'individual_stocks_5yr')
GSPC = os.path.join(ROOT, 'indices', 'GSPC.csv')
OUT = os.path.dirname(os.path.abspath(__file__))

# Illustrative exchange codes: 3 (Nasdaq) for these well-known Nasdaq listings, 1 (NYSE)
# otherwise. Not checked against any exchange record: a test input, not a fact about them.
NASDAQ = {
    'AAPL', 'MSFT', 'AMZN', 'GOOG', 'GOOGL', 'FB', 'INTC', 'CSCO', 'CMCSA', 'NVDA', 'ADBE',
    'NFLX', 'PYPL', 'COST', 'AMGN', 'GILD', 'QCOM', 'TXN', 'SBUX', 'BIIB', 'CELG', 'AVGO',
}
# CRSP missing-return codes written on dates where the panel has no row for a listing
# (a hole in the panel): each row says "no valid price that day", like the hole itself.
HOLE_CODES = ['-99', 'B', '.', '-77', 'A', '-88', 'S', 'T', 'P']
NEGATIVE_PRC = ('XOM', '2016-06-01')  # one bid/ask-midpoint style negative PRC (RET unchanged)


def compact(date):
    return date.replace('-', '')


def read_listing(path):
    with open(path, newline='') as f:
        rows = list(csv.DictReader(f))
    return [(r['date'], float(r['close']), r['volume']) for r in rows]


def main():
    files = sorted(n for n in os.listdir(PANEL) if n.endswith('_data.csv'))
    tickers = [n[: -len('_data.csv')] for n in files]
    with open(GSPC, newline='') as f:
        calendar = [r[0] for r in list(csv.reader(f))[3:]]
    out = io.StringIO()
    out.write('PERMNO,date,EXCHCD,TICKER,PRC,VOL,RET\n')
    permnos = []
    codes_used = 0
    for k, (ticker, name) in enumerate(zip(tickers, files)):
        permno = 10001 + k
        permnos.append((permno, ticker))
        exchcd = 3 if ticker in NASDAQ else 1
        rows = read_listing(os.path.join(PANEL, name))
        on = {d for d, _, _ in rows}
        previous = None
        last_date = None
        for date, close, volume in rows:
            if last_date is not None:
                # calendar dates between the listing's rows are holes: mark some with a code
                inside = [d for d in calendar if last_date < d < date and d not in on]
                for d in inside:
                    code = HOLE_CODES[codes_used % len(HOLE_CODES)]
                    codes_used += 1
                    out.write(f'{permno},{compact(d)},{exchcd},{ticker},,,{code}\n')
            ret = 'C' if previous is None else repr(close / previous - 1)
            prc = repr(close)
            if (ticker, date) == NEGATIVE_PRC:
                prc = repr(-close)
            out.write(f'{permno},{compact(date)},{exchcd},{ticker},{prc},{volume},{ret}\n')
            previous = close
            last_date = date
    data = out.getvalue().encode()
    with open(os.path.join(OUT, 'sp500_crsp_dsf.csv.gz'), 'wb') as f:
        with gzip.GzipFile(filename='', mode='wb', fileobj=f, mtime=0, compresslevel=9) as z:
            z.write(data)
    with open(os.path.join(OUT, 'sp500_crsp_permno.csv'), 'w') as f:
        f.write('PERMNO,TICKER\n')
        for permno, ticker in permnos:
            f.write(f'{permno},{ticker}\n')
    # the index file: S&P 500 return (SPRTRN, price index only) from GSPC's closes
    with open(GSPC, newline='') as f:
        index = [(r[0], float(r[1])) for r in list(csv.reader(f))[3:]]
    with open(os.path.join(OUT, 'sp500_crsp_dsi.csv'), 'w') as f:
        f.write('DATE,SPRTRN\n')
        for (d0, p0), (d1, p1) in zip(index, index[1:]):
            f.write(f'{compact(d1)},{repr(p1 / p0 - 1)}\n')
    # delistings (dsedelist layout): INVENTED values, to exercise applyDelistings.
    by_ticker = {t: p for p, t in permnos}
    with open(os.path.join(OUT, 'sp500_crsp_delist.csv'), 'w') as f:
        f.write('PERMNO,DLSTDT,DLSTCD,DLRET\n')
        f.write(f'{by_ticker["AAL"]},20180207,233,-0.25\n')  # on the last row: (1+RET)(1+DLRET)-1
        f.write(f'{by_ticker["ABC"]},20180208,331,0.05\n')  # after the last row: DLRET alone
        f.write(f'{by_ticker["ABT"]},20180207,500,S\n')  # missing DLRET: adds nothing, counted
    print(f'{len(tickers)} listings, {codes_used} hole codes, {len(data)} bytes uncompressed')


if __name__ == '__main__':
    main()
