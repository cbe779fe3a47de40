/**
 * Column names of price files in the languages of the major markets (issue 14), written as
 * `norm` in `detect-price-layout.ts` leaves them: lower case, runs of spaces, `_` and `.`
 * collapsed to one space. The English and mainland-Chinese vendor names stay in
 * `detect-price-layout.ts`; these are the spreadsheet and portal headers of German, French,
 * Spanish, Italian, Portuguese, Dutch, Japanese, Korean and (traditional) Chinese users, as
 * their Excel templates, brokers and finance portals label them. A name that is also a
 * different field elsewhere is left out (German `Umsatz` can be turnover in money, not shares).
 *
 * The README lists them; keep the two in step.
 */

/** Date column names. */
export const INTERNATIONAL_DATE: readonly string[] = [
  'datum', // de, nl
  'handelstag', // de
  'fecha', // es
  'data', // it, pt
  'date de séance', // fr (date alone is already English)
  '日付', // ja
  '年月日', // ja
  '날짜', // ko
  '일자', // ko
  '交易日', // zh
];

/** Close price column names. */
export const INTERNATIONAL_CLOSE: readonly string[] = [
  'schlusskurs', // de
  'schluss', // de
  'kurs', // de
  'letzter kurs', // de
  'clôture', // fr
  'cloture', // fr, without accent
  'dernier', // fr
  'cours de clôture', // fr
  'cierre', // es
  'precio de cierre', // es
  'último', // es, pt
  'ultimo', // es, it, pt without accent
  'chiusura', // it
  'prezzo di chiusura', // it
  'prezzo ufficiale', // it (Borsa Italiana's official price)
  'fechamento', // pt-BR
  'fecho', // pt-PT
  'preço de fechamento', // pt-BR
  'slot', // nl
  'slotkoers', // nl
  '終値', // ja
  '종가', // ko
  '收盤價', // zh-Hant
  '收市價', // zh-Hant (Hong Kong)
];

/** Adjusted close column names (used in preference to the close, like `Adj Close`). */
export const INTERNATIONAL_ADJ_CLOSE: readonly string[] = [
  'schlusskurs bereinigt', // de
  'bereinigter schlusskurs', // de
  'adj schlusskurs', // de
  'clôture ajustée', // fr
  'cloture ajustee', // fr, without accents
  'clôture ajustée*', // fr (Yahoo France marks it with an asterisk)
  'cierre ajustado', // es
  'cierre aj', // es
  'chiusura aggiustata', // it
  'chiusura rettificata', // it
  'fechamento ajustado', // pt-BR
  'fecho ajustado', // pt-PT
  'fech ajustado', // pt-BR (Fech. ajustado)
  'slotkoers aangepast', // nl
  'aangepaste slotkoers', // nl
  '調整後終値', // ja
  '수정종가', // ko
  '수정 종가', // ko
  '复权收盘价', // zh
  '後復權收盤價', // zh-Hant
  '调整后收盘价', // zh
];

/** Volume column names (shares, not money). */
export const INTERNATIONAL_VOLUME: readonly string[] = [
  'volumen', // de, es
  'stück', // de (shares)
  'volume', // fr, it, pt, nl (as in English)
  'volumen negociado', // es
  'volume negociado', // pt
  '出来高', // ja
  '거래량', // ko
  '成交股數', // zh-Hant
];

/** Other columns of price files (open, high, low) so a file with them is not read as a wide panel. */
export const INTERNATIONAL_OTHER: readonly string[] = [
  'eröffnung',
  'erster',
  'hoch',
  'tief',
  'tageshoch',
  'tagestief',
  'ouverture',
  'plus haut',
  'plus bas',
  'apertura',
  'máximo',
  'mínimo',
  'maximo',
  'minimo',
  'massimo',
  'abertura',
  'máxima',
  'mínima',
  'maxima',
  'minima',
  'openingskoers',
  'hoogste',
  'laagste',
  '始値',
  '高値',
  '安値',
  '시가',
  '고가',
  '저가',
  '開市價',
  '最高價',
  '最低價',
];
