/**
 * Bytes of a text file → a string, for every loader of `eventstudy/node` (issue 20, class 4).
 * Browser-safe: it only uses `TextDecoder`.
 *
 * Why not `readFile(path, 'utf8')`: Node replaces every invalid UTF-8 byte with U+FFFD, so a
 * Latin-1 or Windows-1252 file (`Nestlé` written as the byte 0xE9) is read without a word as
 * `Nestl�`. Here the text is decoded strictly:
 * - valid UTF-8 (a BOM is dropped) is read as is;
 * - an `encoding` given by the caller (any WHATWG label: `'windows-1252'`, `'latin1'`,
 *   `'gbk'`, `'shift_jis'`, …) is used, strictly too;
 * - otherwise bytes that are not UTF-8 but read as Western text (each byte ≥ 0x80 alone
 *   between ASCII characters, as é or ü are in Windows-1252; none of the five bytes Windows-1252
 *   leaves undefined; no control byte) are decoded as Windows-1252, when the caller can record
 *   that (`detect: true`; `loadPrices` says so in `source.encoding`);
 * - anything else is a {@link CsvFormatError} that names the first invalid byte, its line and
 *   column, and what to do.
 *
 * Why Windows-1252 and not ISO-8859-1 for detection: WHATWG (and so every browser) reads the
 * label `latin1` as Windows-1252, whose 0x80–0x9F are printable (€, “, ”) where ISO-8859-1 has
 * control characters that no CSV holds. Runs of several bytes ≥ 0x80 are what multi-byte
 * encodings (GBK, Shift-JIS, EUC-KR) write, so they are not guessed as Western text.
 */

import { CsvFormatError } from '../errors';

/** The outcome of {@link decodeText}. */
export interface DecodedText {
  text: string;
  /** `'utf-8'`, the declared encoding, or `'windows-1252'` when detected. */
  encoding: string;
  /** Whether the encoding was detected (not UTF-8 and not declared). */
  detected: boolean;
}

/** Options of {@link decodeText}. */
export interface DecodeTextOptions {
  /** The file's encoding, a WHATWG label such as `'windows-1252'`; default: UTF-8. */
  encoding?: string;
  /** Whether an undeclared Windows-1252 file may be decoded (the caller records it), or is an error. */
  detect?: boolean;
  /** File name for messages. */
  file?: string;
}

/** The text of valid UTF-8 bytes, or `undefined` when they are not (WHATWG's fatal decoder). */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes that Windows-1252 leaves undefined. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * The index of the first byte that is not part of a valid UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or `-1` when all are valid.
 *
 * @param bytes - The bytes.
 * @param end - Stop here; a sequence cut by `end` is valid when `partial` (more bytes follow).
 * @param partial - Whether bytes follow `end` (streaming).
 * @returns The index, or `-1`.
 * @example
 * ```ts
 * firstInvalidUtf8(new TextEncoder().encode('Nestlé')) // -1
 * firstInvalidUtf8(Uint8Array.of(0x4e, 0xe9, 0x2c)) // 1
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array, end = bytes.length, partial = false): number {
  let i = 0;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= end) {
      // a sequence cut by the end: invalid at the end of a file; in a chunk the next one may
      // complete it, so only its bytes so far are checked
      if (!partial) return i;
      for (let k = i + 1; k < end; k++) if ((bytes[k]! & 0xc0) !== 0x80) return i;
      return -1;
    }
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based, in bytes) of byte `at`. */
function bytePosition(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

/** Whether non-UTF-8 bytes read as Western Windows-1252 text (see the file comment). */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
    if (b < 0x80) continue;
    if (UNDEFINED_1252.has(b)) return false;
    if (i + 1 < bytes.length && bytes[i + 1]! >= 0x80) return false;
  }
  return true;
}

function decoderFor(encoding: string, file: string | undefined): TextDecoder {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new CsvFormatError(
      `unknown text encoding ${JSON.stringify(encoding)}: expected a label such as 'utf-8', 'windows-1252', 'latin1', 'gbk' or 'shift_jis'`,
      { file },
    );
  }
}

/**
 * Decodes a whole file's bytes (see the file comment for the rules).
 *
 * @param bytes - The file's bytes.
 * @param options - Declared `encoding`, whether to `detect` Windows-1252, `file` for messages.
 * @returns The text (without a BOM) and the encoding used.
 * @throws CsvFormatError for bytes that are not valid in the declared encoding, or not UTF-8
 *   (and not detected as Windows-1252), with the line and column of the first bad byte.
 * @example
 * ```ts
 * decodeText(Uint8Array.of(0x4e, 0x65, 0x73, 0x74, 0x6c, 0xe9), { detect: true }) // { text: 'Nestlé', encoding: 'windows-1252', detected: true }
 * ```
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  const { file } = options;
  const declared = options.encoding;
  if (declared !== undefined && !/^utf-?8$/i.test(declared.trim())) {
    const decoder = decoderFor(declared, file);
    try {
      return { text: stripBom(decoder.decode(bytes)), encoding: declared, detected: false };
    } catch {
      throw new CsvFormatError(`the file is not valid ${declared}: pass the encoding it is written in`, {
        file,
      });
    }
  }
  // the platform's strict decoder first (native, so a valid file costs one pass); only text
  // that is not UTF-8 is walked byte by byte to say where and what it is
  const valid = strictUtf8(bytes);
  if (valid !== undefined) return { text: stripBom(valid), encoding: 'utf-8', detected: false };
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0)
    return { text: stripBom(new TextDecoder('utf-8').decode(bytes)), encoding: 'utf-8', detected: false };
  const western = looksLikeWindows1252(bytes);
  if (western && options.detect && declared === undefined) {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', detected: true };
  }
  throw invalidUtf8(bytes, bad, western, declared !== undefined, file);
}

/**
 * The error for invalid UTF-8 at byte `at`, with what the bytes look like and what to do.
 *
 * @param bytes - The bytes (a file or a chunk of it).
 * @param at - Index of the first invalid byte.
 * @param western - Whether they read as Windows-1252.
 * @param declared - Whether UTF-8 was declared.
 * @param file - File name.
 * @param lineOffset - Lines before `bytes` (a chunk of a file).
 * @returns The error.
 * @example
 * ```ts
 * throw invalidUtf8(bytes, 12, true, false, 'events.csv')
 * ```
 */
export function invalidUtf8(
  bytes: Uint8Array,
  at: number,
  western: boolean,
  declared: boolean,
  file: string | undefined,
  lineOffset = 0,
): CsvFormatError {
  const { line, column } = bytePosition(bytes, at);
  const byte = `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
  const looks = western
    ? `; it reads as Windows-1252 (Latin-1): pass encoding: 'windows-1252', or convert the file to UTF-8`
    : `; it is not Windows-1252 either (runs of bytes above 0x7F, as GBK or Shift-JIS write, or control bytes): pass the file's encoding (such as 'gbk'), or convert it to UTF-8`;
  return new CsvFormatError(
    `invalid UTF-8${declared ? ' (the declared encoding)' : ''}: byte ${byte} is not part of a UTF-8 character${looks}`,
    { file, line: line + lineOffset, column },
  );
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A decoder of a file read in chunks, strict like {@link decodeText}. */
export interface ChunkDecoder {
  /**
   * The text of the next chunk (a character cut by the chunk's end is kept for the next);
   * `linesBefore`, the lines of the file before this chunk, places an error's line.
   */
  decode(chunk: Uint8Array, linesBefore?: number): string;
  /** The text left at the end of the file. */
  end(): string;
  /** The encoding in use. */
  readonly encoding: string;
}

/** Where an incomplete UTF-8 sequence at the end of `bytes[from, …)` starts, else its length. */
function completeEnd(bytes: Uint8Array, from: number): number {
  const n = bytes.length;
  for (let i = n - 1; i >= Math.max(from, n - 3); i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    if (b < 0xc0) return n; // ASCII: nothing cut
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return i + length > n ? i : n;
  }
  return n;
}

/**
 * A strict decoder for a file read in chunks: UTF-8 unless `encoding` is given. A file too large
 * to hold is not searched for its encoding: invalid UTF-8 is an error naming the line.
 *
 * Why UTF-8 chunks are cut by hand: a fatal `TextDecoder` in streaming mode is several times
 * slower than one whole-buffer decode, so each chunk is decoded up to its last complete
 * character and the (at most 3) bytes of a character cut in two wait for the next chunk.
 *
 * @param options - Declared `encoding`, `file` for messages.
 * @returns The decoder.
 * @throws CsvFormatError (from `decode` and `end`) at the first invalid byte.
 * @example
 * ```ts
 * const decoder = createChunkDecoder({ file: 'big.csv' });
 * const text = decoder.decode(chunk) + decoder.end();
 * ```
 */
export function createChunkDecoder(options: { encoding?: string; file?: string } = {}): ChunkDecoder {
  const utf8 = options.encoding === undefined || /^utf-?8$/i.test(options.encoding.trim());
  const encoding = utf8 ? 'utf-8' : options.encoding!;
  const decoder = decoderFor(encoding, options.file);
  // Lines before the current chunk, when the caller counts them (no second count here); else
  // an error says the byte offset in the file instead of a line.
  let lines: number | undefined;
  let consumed = 0; // bytes of the file before the current chunk
  let first = true;
  let carry = new Uint8Array(0);
  const fail = (bytes: Uint8Array, base: number): never => {
    const at = utf8 ? Math.max(0, firstInvalidUtf8(bytes, bytes.length, true)) : 0;
    if (lines !== undefined) throw invalidUtf8(bytes, at, false, !utf8, options.file, lines);
    const error = invalidUtf8(bytes, at, false, !utf8, undefined);
    const message = error.message.replace(/^line \d+, column \d+: /, '');
    throw new CsvFormatError(`${message} (at byte ${(base + at).toLocaleString('en-US')} of the file)`, {
      file: options.file,
    });
  };
  const strict = (bytes: Uint8Array, stream: boolean, base: number): string => {
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      return fail(bytes, base);
    }
  };
  const counted = (text: string): string => {
    const out = first ? stripBom(text) : text;
    first = false;
    return out;
  };
  return {
    encoding,
    decode(chunk, linesBefore) {
      if (linesBefore !== undefined) lines = linesBefore;
      const start = consumed;
      consumed += chunk.length;
      if (!utf8) return counted(strict(chunk, true, start));
      let bytes = chunk;
      if (carry.length > 0) {
        // the character cut at the end of the last chunk, completed by this one's first bytes
        const joined = new Uint8Array(carry.length + Math.min(chunk.length, 3));
        joined.set(carry);
        joined.set(chunk.subarray(0, joined.length - carry.length), carry.length);
        const cut = completeEnd(joined, 0);
        const used = cut - carry.length;
        if (used <= 0) {
          carry = joined.slice(0, carry.length + chunk.length);
          return '';
        }
        const head = strict(joined.subarray(0, cut), false, start - carry.length);
        carry = new Uint8Array(0);
        bytes = chunk.subarray(used);
        const cutBody = completeEnd(bytes, 0);
        const body = strict(bytes.subarray(0, cutBody), false, start + used);
        carry = bytes.slice(cutBody);
        return counted(head + body);
      }
      const cut = completeEnd(bytes, 0);
      const text = strict(bytes.subarray(0, cut), false, start);
      carry = bytes.slice(cut);
      return counted(text);
    },
    end() {
      if (utf8) {
        if (carry.length > 0) return fail(carry, consumed - carry.length);
        return '';
      }
      try {
        return decoder.decode();
      } catch {
        throw new CsvFormatError(
          'the file ends inside a character: it is cut short or not in its declared encoding',
          { file: options.file, ...(lines !== undefined ? { line: lines + 1 } : {}) },
        );
      }
    },
  };
}
