/**
 * The real trading calendars bundled in data/indices (yfinance files: three header lines, then
 * one `date,close,…` row per trading day). Read with node:fs directly so these tests do not
 * depend on the price parser.
 */
import { readFileSync } from 'node:fs';

function readDates(file: string): string[] {
  const text = readFileSync(new URL(`../../data/indices/${file}`, import.meta.url), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(3)
    .filter((line) => line.length > 0)
    .map((line) => line.slice(0, line.indexOf(',')));
}

/** Hang Seng Index dates (HKEX calendar), 2010-01-04 … 2025-04-29. */
export const HK: readonly string[] = Object.freeze(readDates('HSI.csv'));
/** S&P 500 dates (NYSE calendar). */
export const US: readonly string[] = Object.freeze(readDates('GSPC.csv'));
/** SSE Composite dates (Shanghai calendar). */
export const SH: readonly string[] = Object.freeze(readDates('000001.SS.csv'));
