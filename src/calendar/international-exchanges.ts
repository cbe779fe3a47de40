/**
 * The exchanges added for international studies (issue 14), with their regular sessions.
 *
 * The conventions are those of `exchanges.ts`: `open` is the start of continuous trading (an
 * opening auction before it is pre-open, priced at the open of the same day); `close` is the end
 * of continuous trading, so a story during the closing auction (Euronext 17:30–17:35, SIX
 * 17:20–17:30, KRX 15:20–15:30, …) is dated to the next trading day; times are local wall-clock
 * times in the exchange's IANA zone and daylight saving comes from the IANA rules. Half days,
 * holidays and exceptional closures are not here (holidays come from the data). Each session
 * cites where it is published; `history` keeps the changes that fall inside the years the
 * bundled data covers (2010 on) where they are known.
 *
 * B3 is special: its session follows New York, not São Paulo. The open stays at 10:00 local,
 * but the end of continuous trading is 16:55 local while the United States keeps daylight time
 * and 17:55 otherwise, i.e. 15:55 in New York all year (`closeIn`). Brazil itself has had no
 * daylight saving since 2019.
 */

import type { Exchange } from './exchanges.js';

/** Codes of the exchanges of this file. */
export type InternationalExchangeCode =
  | 'B3'
  | 'EURONEXT-PARIS'
  | 'EURONEXT-AMSTERDAM'
  | 'EURONEXT-BRUSSELS'
  | 'EURONEXT-LISBON'
  | 'EURONEXT-MILAN'
  | 'EURONEXT-OSLO'
  | 'BME'
  | 'SIX'
  | 'NASDAQ-STOCKHOLM'
  | 'NASDAQ-HELSINKI'
  | 'NASDAQ-COPENHAGEN'
  | 'TSX'
  | 'ASX'
  | 'KRX'
  | 'KOSDAQ'
  | 'NSE'
  | 'BSE'
  | 'TWSE'
  | 'SGX'
  | 'JSE';

/** Euronext's harmonised cash-market day (Euronext, "Trading hours and holidays": continuous 09:00–17:30 CET, closing auction to 17:35). */
const EURONEXT_CET = { open: '09:00', close: '17:30' } as const;

/**
 * The international exchanges by code (also reachable through `EXCHANGES`).
 *
 * @example
 * ```ts
 * INTERNATIONAL_EXCHANGES.ASX.timeZone // 'Australia/Sydney'
 * INTERNATIONAL_EXCHANGES.SGX.lunch // { start: '12:00', end: '13:00' }
 * ```
 */
export const INTERNATIONAL_EXCHANGES: Readonly<Record<InternationalExchangeCode, Exchange>> = Object.freeze({
  // B3, "Horário de negociação" (b3.com.br, circulars of 2024-03 and 2024-10): cash equities
  // continuous 10:00–16:55 (US daylight time) or 10:00–17:55, closing call to 17:00 / 18:00.
  B3: {
    code: 'B3',
    name: 'B3 (Brasil Bolsa Balcão)',
    timeZone: 'America/Sao_Paulo',
    open: '10:00',
    close: '16:55',
    closeIn: { time: '15:55', timeZone: 'America/New_York' },
  },
  // Euronext Paris, Amsterdam, Brussels: the harmonised Euronext day above.
  'EURONEXT-PARIS': {
    code: 'EURONEXT-PARIS',
    name: 'Euronext Paris',
    timeZone: 'Europe/Paris',
    ...EURONEXT_CET,
  },
  'EURONEXT-AMSTERDAM': {
    code: 'EURONEXT-AMSTERDAM',
    name: 'Euronext Amsterdam',
    timeZone: 'Europe/Amsterdam',
    ...EURONEXT_CET,
  },
  'EURONEXT-BRUSSELS': {
    code: 'EURONEXT-BRUSSELS',
    name: 'Euronext Brussels',
    timeZone: 'Europe/Brussels',
    ...EURONEXT_CET,
  },
  // Euronext Lisbon trades the same hours one zone west: 08:00–16:30 WET (Euronext trading hours).
  'EURONEXT-LISBON': {
    code: 'EURONEXT-LISBON',
    name: 'Euronext Lisbon',
    timeZone: 'Europe/Lisbon',
    open: '08:00',
    close: '16:30',
  },
  // Borsa Italiana (Euronext Milan), "Trading hours" of Euronext Milan: continuous 09:00–17:30,
  // closing auction 17:30–17:35.
  'EURONEXT-MILAN': {
    code: 'EURONEXT-MILAN',
    name: 'Borsa Italiana (Euronext Milan)',
    timeZone: 'Europe/Rome',
    ...EURONEXT_CET,
  },
  // Oslo Børs (Euronext Oslo), Euronext trading hours: continuous 09:00–16:20, closing auction to 16:25.
  'EURONEXT-OSLO': {
    code: 'EURONEXT-OSLO',
    name: 'Oslo Børs (Euronext Oslo)',
    timeZone: 'Europe/Oslo',
    open: '09:00',
    close: '16:20',
  },
  // BME (Bolsa de Madrid), SIBE "Horario de mercado": open auction 08:30–09:00, continuous
  // 09:00–17:30, closing auction 17:30–17:35.
  BME: {
    code: 'BME',
    name: 'BME Spanish Exchanges (Bolsa de Madrid)',
    timeZone: 'Europe/Madrid',
    ...EURONEXT_CET,
  },
  // SIX Swiss Exchange, "Trading hours" (six-group.com): continuous 09:00–17:20, closing auction to 17:30.
  SIX: { code: 'SIX', name: 'SIX Swiss Exchange', timeZone: 'Europe/Zurich', open: '09:00', close: '17:20' },
  // Nasdaq Nordic, "Trading hours" (nasdaq.com/european-market-activity): Stockholm continuous
  // 09:00–17:25, closing call to 17:30; Helsinki 10:00–18:25 local (the same instant);
  // Copenhagen 09:00–16:55, closing call to 17:00.
  'NASDAQ-STOCKHOLM': {
    code: 'NASDAQ-STOCKHOLM',
    name: 'Nasdaq Stockholm',
    timeZone: 'Europe/Stockholm',
    open: '09:00',
    close: '17:25',
  },
  'NASDAQ-HELSINKI': {
    code: 'NASDAQ-HELSINKI',
    name: 'Nasdaq Helsinki',
    timeZone: 'Europe/Helsinki',
    open: '10:00',
    close: '18:25',
  },
  'NASDAQ-COPENHAGEN': {
    code: 'NASDAQ-COPENHAGEN',
    name: 'Nasdaq Copenhagen',
    timeZone: 'Europe/Copenhagen',
    open: '09:00',
    close: '16:55',
  },
  // TSX, "Trading hours" (tsx.com): continuous 09:30–16:00 Eastern.
  TSX: {
    code: 'TSX',
    name: 'Toronto Stock Exchange',
    timeZone: 'America/Toronto',
    open: '09:30',
    close: '16:00',
  },
  // ASX, "Trading hours" (asx.com.au): staggered open from 10:00, normal trading to 16:00, closing
  // single price auction 16:10.
  ASX: {
    code: 'ASX',
    name: 'Australian Securities Exchange',
    timeZone: 'Australia/Sydney',
    open: '10:00',
    close: '16:00',
  },
  // KRX, "Trading hours" (global.krx.co.kr): continuous 09:00–15:20, closing auction to 15:30;
  // the close moved from 15:00 (continuous to 14:50) on 2016-08-01. KOSDAQ keeps the same day.
  KRX: {
    code: 'KRX',
    name: 'Korea Exchange (KOSPI)',
    timeZone: 'Asia/Seoul',
    open: '09:00',
    close: '15:20',
    history: [{ until: '2016-08-01', open: '09:00', close: '14:50' }],
  },
  KOSDAQ: {
    code: 'KOSDAQ',
    name: 'Korea Exchange (KOSDAQ)',
    timeZone: 'Asia/Seoul',
    open: '09:00',
    close: '15:20',
    history: [{ until: '2016-08-01', open: '09:00', close: '14:50' }],
  },
  // NSE, "Market timings" (nseindia.com): pre-open 09:00–09:08, normal market 09:15–15:30 IST;
  // BSE keeps the same hours (bseindia.com, "Trading hours").
  NSE: {
    code: 'NSE',
    name: 'National Stock Exchange of India',
    timeZone: 'Asia/Kolkata',
    open: '09:15',
    close: '15:30',
  },
  BSE: {
    code: 'BSE',
    name: 'BSE (Bombay Stock Exchange)',
    timeZone: 'Asia/Kolkata',
    open: '09:15',
    close: '15:30',
  },
  // TWSE, "Trading hours" (twse.com.tw): continuous 09:00–13:25, closing call 13:25–13:30.
  TWSE: {
    code: 'TWSE',
    name: 'Taiwan Stock Exchange',
    timeZone: 'Asia/Taipei',
    open: '09:00',
    close: '13:25',
  },
  // SGX, "Trading hours" (sgx.com, securities): 09:00–12:00, mid-day break 12:00–13:00,
  // 13:00–17:00, closing routine to 17:06. The break was scrapped in 2011 and restored on
  // 2017-11-13 (SGX announcement of 2017-07-18); before, 09:00–17:00 straight.
  SGX: {
    code: 'SGX',
    name: 'Singapore Exchange',
    timeZone: 'Asia/Singapore',
    open: '09:00',
    close: '17:00',
    lunch: { start: '12:00', end: '13:00' },
    history: [{ until: '2017-11-13', open: '09:00', close: '17:00' }],
  },
  // JSE, "Trading hours" (jse.co.za): continuous 09:00–16:50, closing auction 16:50–17:00.
  JSE: {
    code: 'JSE',
    name: 'Johannesburg Stock Exchange',
    timeZone: 'Africa/Johannesburg',
    open: '09:00',
    close: '16:50',
  },
});

/** ISO 10383 market identifier codes (MIC) accepted as aliases of the codes above and of the built-in eight. */
export const MIC_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  BVMF: 'B3',
  XPAR: 'EURONEXT-PARIS',
  XAMS: 'EURONEXT-AMSTERDAM',
  XBRU: 'EURONEXT-BRUSSELS',
  XLIS: 'EURONEXT-LISBON',
  XMIL: 'EURONEXT-MILAN',
  XOSL: 'EURONEXT-OSLO',
  XMAD: 'BME',
  XSWX: 'SIX',
  XSTO: 'NASDAQ-STOCKHOLM',
  XHEL: 'NASDAQ-HELSINKI',
  XCSE: 'NASDAQ-COPENHAGEN',
  XTSE: 'TSX',
  XASX: 'ASX',
  XKRX: 'KRX',
  XKOS: 'KOSDAQ',
  XNSE: 'NSE',
  XBOM: 'BSE',
  XTAI: 'TWSE',
  XSES: 'SGX',
  XJSE: 'JSE',
  XHKG: 'HKEX',
  XSHG: 'SSE',
  XSHE: 'SZSE',
  XTKS: 'TSE',
  XNYS: 'NYSE',
  XNAS: 'NASDAQ',
  XLON: 'LSE',
  XETR: 'XETRA',
});

/** Yahoo ticker suffixes of the exchanges above. */
export const INTERNATIONAL_SUFFIXES: Readonly<Record<string, InternationalExchangeCode>> = Object.freeze({
  SA: 'B3',
  PA: 'EURONEXT-PARIS',
  AS: 'EURONEXT-AMSTERDAM',
  BR: 'EURONEXT-BRUSSELS',
  LS: 'EURONEXT-LISBON',
  MI: 'EURONEXT-MILAN',
  OL: 'EURONEXT-OSLO',
  MC: 'BME',
  SW: 'SIX',
  ST: 'NASDAQ-STOCKHOLM',
  HE: 'NASDAQ-HELSINKI',
  CO: 'NASDAQ-COPENHAGEN',
  TO: 'TSX',
  AX: 'ASX',
  KS: 'KRX',
  KQ: 'KOSDAQ',
  NS: 'NSE',
  BO: 'BSE',
  TW: 'TWSE',
  SI: 'SGX',
  JO: 'JSE',
});
