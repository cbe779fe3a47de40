/**
 * The text of `eventstudy --help`.
 *
 * @example
 * ```ts
 * process.stdout.write(MAIN_HELP);
 * ```
 */
export const MAIN_HELP = `eventstudy — event studies on daily price CSVs

Usage:
  eventstudy run --prices <files|folders> --events <file> [options]
  eventstudy regress --prices <files|folders> --events <file> --on COLUMNS [options]
  eventstudy inspect <price files|folders…> [--events FILE]
  eventstudy <command> --help
  eventstudy --version

Commands:
  run       run an event study and print (or write) its tables, CSV, JSON or charts
  regress   run the study, then regress the events' CARs on their characteristics
  inspect   check price files: detected format, ticker, date range, rows, gaps, jumps;
            with --events, list the same-ticker events that overlap

Exit codes: 0 success, 1 data error (malformed file, no event could be studied),
2 usage error (unknown option, bad value, missing file).
`;

/**
 * The text of `eventstudy run --help`: every option of a study run.
 *
 * @example
 * ```ts
 * process.stdout.write(RUN_HELP);
 * ```
 */
export const RUN_HELP = `Usage: eventstudy run --prices <files|folders> --events <file> [options]

Runs an event study: for every event, day 0 on its calendar, the model fitted on the
estimation window, AR, CAR and BHAR with per-event tests; across events, AAR, CAAR and the
significance tests. Prints the report on stdout.

Inputs:
  -p, --prices PATH[=TICKER]  price or return files or folders (every .csv/.txt/.tsv, also
                              .gz, and .parquet inside; gzip and Parquet are told by their
                              first bytes): several after one flag (--prices data/hk
                              data/indices) or repeated. A return file (CRSP dsf/dsi) is told
                              by its columns: RET, ret, return, returns, VWRETD, SPRTRN, ….
                              PATH=TICKER renames the series of a one-series file, e.g.
                              --prices data/cn/sh601633.csv=601633.SS
  -e, --events FILE           events CSV: ticker,date[,id,market,group] (date YYYY-MM-DD or
                              ISO timestamp with offset)
      --factors PATH          Ken French factor file or folder, for capm/ff3/carhart/ff5;
                              repeatable (several files are joined on their common dates)
      --confounders FILE      other news in the events format (earnings, dividends…), never
                              studied: checked against the events' windows like events
      --delistings FILE       CRSP delisting returns (PERMNO,DLSTDT,DLRET) folded into the
                              returns series on the delisting date (Shumway 1997)
      --unknown-delistings R  a delisting of a PERMNO not in --prices: error (default) or
                              ignore (a full dsedelist file applied to a sample)

Reading prices (each flag applies to the --prices paths after it; detected when not given):
      --column KEY=NAME       the header of a column: date, close, volume, ticker or returns,
                              e.g. --column date=Stichtag --column close=Kassakurs; repeatable
      --date-format PATTERN   date-fns pattern of the date column, e.g. dd.MM.yyyy,
                              MM/dd/yyyy, yyyyMMdd, d-MMM-yyyy
      --decimal SEP           decimal separator: . or , (also point, comma)
      --price-format LAYOUT   force a layout: plain, wide, yahoo, yfinance, yfinance-history,
                              long, cn-vendor, eventstudytools (--format is the report's)
      --return-units UNITS    return columns in decimal (default) or percent
      --negative-prices RULE  error (default), abs (CRSP bid/ask midpoints as prices) or
                              missing (read as a missing price)
      --sheet NAME|N          the sheet of an .xlsx workbook (default: the first)

Study:
  -m, --market TICKER         benchmark of events whose file gives none (e.g. ^HSI)
      --benchmark KEY=TICKER  benchmark per ticker suffix or exchange, e.g. .HK=^HSI,
                              .SS=000001.SS, US=^GSPC; repeatable (an event's own market wins)
      --model NAME            market (default), market-adjusted, mean-adjusted, capm, ff3,
                              carhart, ff5, scholes-williams, dimson
  -w, --window A,B            event window in trading days (default -5,5)
      --estimation END,LENGTH estimation window: LENGTH trading days ending at day END
                              (default -11,250)
      --min-obs N             usable estimation days an event needs (default 100)
      --car A,B               CAR window; repeatable (default -1,1 and 0,0 and the window)
      --returns KIND          simple (default) or log: the returns the study uses (from a
                              return file's simple returns, log is ln(1 + r))
      --conventions NAME      default or estudy2 (reproduce the R package estudy2 0.10)
      --non-trading-day RULE  date-only events on a holiday: next (default), previous, skip
      --thin-trading RULE     exclude (default) events with a gap, or trade-to-trade
      --measure WHAT          returns (default) or volume (abnormal log volume)
      --overlaps POLICY       same-ticker events and confounders whose event windows meet an
                              event's windows: flag (default; listed, no number changes),
                              clean-estimation (their days leave the estimation window) or
                              exclude (also exclude events whose event windows meet)
      --tests NAMES           all, or a comma list: csect,cda,patell,bmp,kp,sign,
                              generalizedSign,rank,wilcoxon,bw1980,lamb,kpPatell,corradoRank,
                              corradoSign,grank,skewAdjusted,bootstrap (default: the first nine)
      --group-by COLUMN       subgroups by an events-file column (e.g. sector): each group's
                              AAR, CAAR and tests, and the groups compared (Welch and
                              Mann-Whitney for two, ANOVA and Kruskal-Wallis for more)
      --p-adjust METHOD       also show the daily p-values adjusted across the window's days:
                              bonferroni, holm, hochberg, bh or by (as R's p.adjust)

Output:
  -o, --out FILE              write the report to FILE instead of stdout; its extension
                              picks the format: .txt or none (table), .md, .csv, .json,
                              .xlsx (a workbook, one sheet per table), .tex (LaTeX)
  -f, --format FORMAT         table, md, csv, json, xlsx or latex (default: --out's extension,
                              else table)
      --table TABLE           with --format csv: events (default, one row per event and
                              day), days (AAR, CAAR and tests per day), cars (per CAR
                              window), groups (per group and CAR window) or overlaps (one
                              row per event with an overlap)
      --chart FILE            write the CAAR chart with its 95 % band: FILE.svg or FILE.png
      --car-chart FILE        write the per-event CAR chart (a percentile fan beyond 10
                              events): FILE.svg or FILE.png
  -q, --quiet                 no progress bar and no "wrote …" notes on stderr
  -h, --help                  show this help

Example:
  eventstudy run --prices data/hk --prices data/indices \\
    --prices data/cn/sh601633.csv=601633.SS --events examples/events/xiaomi.csv \\
    --car -1,1 --car 0,0 --chart caar.svg
  eventstudy run --prices data/indices/GSPC.csv --market ^GSPC --events events.csv \\
    --column date=Stichtag --decimal , --prices aapl-excel.csv=AAPL
`;

/**
 * The text of `eventstudy regress --help`.
 *
 * @example
 * ```ts
 * process.stdout.write(REGRESS_HELP);
 * ```
 */
export const REGRESS_HELP = `Usage: eventstudy regress --prices <files|folders> --events <file> --on COLUMNS [options]

Runs the study of 'eventstudy run' (every option of run applies; its event window is
--event-window here), then regresses the events' CARs of one CAR window on their
characteristics ([methods §9](../../docs/methods.md#9-cross-sectional-regression-of-cars)) and prints the coefficients, standard errors, t, p,
R-squared and the F test.

Regression:
      --on COLUMNS            comma list of regressors: events-file columns (numbers, or text
                              as column=level dummies against the first level), group, or the
                              fitted model's beta, sigma, r2, alpha
      --window A,B            the CAR window regressed (default: the study's first CAR window;
                              added to the CAR windows when it is not one of them)
      --se TYPE               classical, hc0, hc1 (default), hc2, hc3, or cluster
      --cluster F[,G]         cluster by ticker, day0, group, id, market or an events-file
                              column; two fields for two-way clustering (implies --se cluster)
      --weights W             none (default) or inverse-variance (WLS, 1 / Var(CAR))
      --dependent Y           car (default), scar or bhar
      --event-window A,B      the study's event window (run's --window; default -5,5)
  -f, --format FORMAT         table (default), md, json or latex

Example:
  eventstudy regress --prices data/us/sp500_5yr/individual_stocks_5yr \\
    --prices data/indices/GSPC.csv --market ^GSPC --events events.csv \\
    --on sector,beta --window 0,1 --se hc3
`;

/**
 * The text of `eventstudy inspect --help`.
 *
 * @example
 * ```ts
 * process.stdout.write(INSPECT_HELP);
 * ```
 */
export const INSPECT_HELP = `Usage: eventstudy inspect <price files|folders…> [--format table|json]
       eventstudy inspect <price files|folders…> --events FILE [overlap options]

Reads price files the way 'eventstudy run' does and reports, per series: the detected
format, ticker, first and last date, rows, rows with a missing price, gaps of more than
5 weekdays without a price, and suspicious jumps (|day-on-day return| > 25 %).

With --events, lists instead the same-ticker events (and confounders) whose event windows
meet another event's estimation or event window, for the window given: what
'eventstudy run --overlaps' would flag, clean or exclude. No model is fitted.

Options:
  -f, --format FORMAT         table (default) or json
  -e, --events FILE           events CSV (as for run): list overlapping events
      --confounders FILE      other news, checked against the events like events
  -w, --window A,B            event window in trading days (default -5,5)
      --estimation END,LENGTH estimation window (default -11,250)
  -m, --market TICKER         benchmark whose calendar places day 0 (as for run)
      --benchmark KEY=TICKER  benchmark per ticker suffix or exchange; repeatable
      --non-trading-day RULE  next (default), previous or skip
  -h, --help                  show this help

Example:
  eventstudy inspect data/us/sp500_5yr/individual_stocks_5yr/JPM_data.csv data/indices/GSPC.csv \\
    --events data/us/fomc-2014-2017.csv --market ^GSPC --window -1,1
`;
