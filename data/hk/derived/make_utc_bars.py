"""Derive data/hk/derived/1810.HK.csv: the real yfinance history of 1810.HK
(data/hk/alt/1810.HK.history.csv, stamped at Hong Kong midnight, +08:00) re-stamped in UTC the
way pandas writes a frame after `index.tz_convert('UTC')`: the session of 2021-03-26 becomes
`2021-03-25 16:00:00+00:00`. Same rows and prices, only the time stamps change. Used by
test/io/utc-daily-bars.test.ts (issue 20, class 1).

Run from the repository root with Debian's Python: /usr/bin/python3 data/hk/derived/make_utc_bars.py
"""
import pandas as pd

source = "data/hk/alt/1810.HK.history.csv"
frame = pd.read_csv(source, index_col="Date", dtype=str)
frame.index = pd.to_datetime(frame.index).tz_convert("UTC")
frame.to_csv("data/hk/derived/1810.HK.csv")
