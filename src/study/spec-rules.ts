/**
 * Small composable rules that check plain-JavaScript input field by field, for the table of
 * {@link validateStudySpec}. A rule knows what it accepts (for the message), whether a value has
 * its shape (so that a union can pick the branch a value was meant for) and how to check it;
 * every failure is a {@link ConfigError} whose message and `path` name the field
 * (`events[3].ticker must be a string, got number`).
 *
 * Why rules and not a schema library: the spec holds typed arrays and functions, messages must
 * name the path exactly as a user wrote it, and the table stays one line per field.
 */

import { ConfigError } from '../errors';
import { editDistance } from '../io/edit-distance';

/** One field's check. */
export interface Rule {
  /** What the rule accepts, as a message fragment: `'a string'`, `"one of 'simple', 'log'"`. */
  readonly expects: string;
  /** Whether `value` has the rule's shape (its type), so that {@link anyOf} can pick a branch. */
  shape(value: unknown): boolean;
  /** Throws a {@link ConfigError} naming `path` when `value` breaks the rule. */
  check(value: unknown, path: string): void;
}

/**
 * How a value is named in a message: its type (`number`, `null`, `an array`), and for a short
 * string or number its text too where that helps (`string 'csect'`).
 *
 * @param value - Any value.
 * @param withValue - Whether to show a primitive's value.
 * @returns E.g. `'number'`, `'null'`, `"string 'yes'"`, `'a Float64Array'`.
 * @example
 * ```ts
 * describeValue(601633) // 'number'
 * describeValue('yes', true) // "string 'yes'"
 * ```
 */
export function describeValue(value: unknown, withValue = false): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  const type = typeof value;
  if (withValue && type === 'string') {
    const text = value as string;
    return `string ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`;
  }
  if (withValue && (type === 'number' || type === 'boolean' || type === 'bigint'))
    return `${type} ${String(value)}`;
  if (type === 'object') return 'an object';
  return type;
}

/**
 * Throws the rule-failure error: `<path> must be <expects>, got <what>[; hint]`.
 *
 * @param path - The field's path.
 * @param expects - What the field accepts.
 * @param value - What it holds.
 * @param hint - A further sentence (a did-you-mean).
 * @returns Never.
 * @example
 * ```ts
 * fail('events[3].ticker', 'a string', 601633) // throws ConfigError 'events[3].ticker must be a string, got number'
 * ```
 */
export function fail(path: string, expects: string, value: unknown, hint = ''): never {
  throw new ConfigError(`${path} must be ${expects}, got ${describeValue(value, true)}${hint}`, { path });
}

/**
 * The closest of `known` names to `name` (edit distance 1 for names up to 4 characters, else 2),
 * as a ` (did you mean 'x'?)` hint, or `''`.
 *
 * @param name - A misspelt name.
 * @param known - The valid names.
 * @returns The hint, or `''` when nothing is close.
 * @example
 * ```ts
 * didYouMean('windw', ['window', 'market']) // " (did you mean 'window'?)"
 * ```
 */
export function didYouMean(name: string, known: readonly string[]): string {
  const limit = name.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase(), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : ` (did you mean '${best}'?)`;
}

/**
 * A rule from its parts; `check` runs only on values of the right shape.
 *
 * @param expects - Message fragment.
 * @param shape - Type test.
 * @param check - Further checks of a value of the right shape (optional).
 * @returns The rule.
 * @example
 * ```ts
 * const positive = rule('a positive number', (v) => typeof v === 'number', (v, path) => { if (!((v as number) > 0)) fail(path, 'a positive number', v) })
 * ```
 */
export function rule(
  expects: string,
  shape: (value: unknown) => boolean,
  check?: (value: unknown, path: string) => void,
): Rule {
  return {
    expects,
    shape,
    check(value, path) {
      if (!shape(value)) fail(path, expects, value);
      check?.(value, path);
    },
  };
}

/**
 * A string (`nonEmpty`: with a non-blank character).
 *
 * @param nonEmpty - Whether a blank string is refused.
 * @returns The rule.
 * @example
 * ```ts
 * text(true).check('', 'events[0].ticker') // throws: must be a non-empty string
 * ```
 */
export function text(nonEmpty = false): Rule {
  const expects = nonEmpty ? 'a non-empty string' : 'a string';
  return rule(
    expects,
    (v) => typeof v === 'string',
    (v, path) => {
      if (nonEmpty && (v as string).trim() === '') fail(path, expects, v);
    },
  );
}

/**
 * One of a list of literal values (strings or booleans), with a did-you-mean for a misspelt string.
 *
 * @param values - The allowed values.
 * @returns The rule.
 * @example
 * ```ts
 * oneOf(['simple', 'log']).check('lgo', 'returns') // throws … (did you mean 'log'?)
 * ```
 */
export function oneOf(values: readonly (string | boolean)[]): Rule {
  const expects =
    values.length === 1
      ? JSON.stringify(values[0]).replaceAll('"', "'")
      : `one of ${values.map((v) => JSON.stringify(v).replaceAll('"', "'")).join(', ')}`;
  const strings = values.filter((v): v is string => typeof v === 'string');
  const kinds = new Set(values.map((v) => typeof v));
  return {
    expects,
    shape: (v) => kinds.has(typeof v),
    check(v, path) {
      if (!values.includes(v as string | boolean)) {
        fail(path, expects, v, typeof v === 'string' ? didYouMean(v, strings) : '');
      }
    },
  };
}

/** A boolean. */
export const boolean: Rule = rule('true or false', (v) => typeof v === 'boolean');

/** A function. */
export const callable: Rule = rule('a function', (v) => typeof v === 'function');

/**
 * A safe integer (so `1e300` and `NaN` are refused), optionally within `[min, max]`.
 *
 * @param min - Smallest allowed value.
 * @param max - Largest allowed value.
 * @returns The rule.
 * @example
 * ```ts
 * integer(1).check(0, 'estimation.length') // throws: must be a whole number ≥ 1
 * ```
 */
export function integer(min?: number, max?: number): Rule {
  const bounds =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` ≥ ${min}`
        : max !== undefined
          ? ` ≤ ${max}`
          : '';
  const expects = `a whole number${bounds}`;
  return rule(
    expects,
    (v) => typeof v === 'number',
    (v, path) => {
      const n = v as number;
      if (!Number.isSafeInteger(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) {
        fail(path, expects, v);
      }
    },
  );
}

/**
 * An array whose every item passes `item` (paths `name[i]`).
 *
 * @param item - The items' rule.
 * @param expects - Message fragment; default `an array of <item>`.
 * @returns The rule.
 * @example
 * ```ts
 * arrayOf(text()).check(['a', 1], 'tickers') // throws: tickers[1] must be a string, got number
 * ```
 */
export function arrayOf(item: Rule, expects = `an array (of ${item.expects})`): Rule {
  return rule(expects, Array.isArray, (v, path) => {
    const items = v as unknown[];
    for (let i = 0; i < items.length; i++) item.check(items[i], `${path}[${i}]`);
  });
}

/**
 * A `[first, last]` pair of whole relative days with first ≤ last.
 *
 * @returns The rule.
 * @example
 * ```ts
 * dayWindow().check([5, -5], 'window') // throws
 * ```
 */
export function dayWindow(): Rule {
  const expects = '[first, last] whole relative days with first ≤ last';
  return rule(expects, Array.isArray, (v, path) => {
    const pair = v as unknown[];
    if (pair.length !== 2) fail(path, expects, v);
    integer().check(pair[0], `${path}[0]`);
    integer().check(pair[1], `${path}[1]`);
    if ((pair[0] as number) > (pair[1] as number)) {
      throw new ConfigError(`${path} must be ${expects}, got [${pair.join(', ')}]`, { path });
    }
  });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

/**
 * A record of any keys whose values pass `value` (paths `name.key`).
 *
 * @param value - The values' rule.
 * @param expects - Message fragment.
 * @returns The rule.
 * @example
 * ```ts
 * recordOf(text()).check({ '.HK': 1 }, 'benchmarks') // throws: benchmarks['.HK'] must be a string
 * ```
 */
export function recordOf(value: Rule, expects = `an object (of ${value.expects})`): Rule {
  return rule(expects, isPlainObject, (v, path) => {
    for (const [key, item] of Object.entries(v as Record<string, unknown>))
      value.check(item, member(path, key));
  });
}

/**
 * An object with known fields: each present field (not `undefined`) passes its rule, the
 * `required` ones must be present, and an unknown key is an error with a did-you-mean (unless
 * `open`, for objects that may carry more, such as an event's own columns).
 *
 * @param fields - Rule per field.
 * @param options - `required` fields, `open` to allow other keys, `expects` for messages.
 * @returns The rule.
 * @example
 * ```ts
 * objectOf({ end: integer() }).check({ edn: -11 }, 'estimation') // throws: unknown key estimation.edn (did you mean 'end'?)
 * ```
 */
export function objectOf(
  fields: Readonly<Record<string, Rule>>,
  options: { required?: readonly string[]; open?: boolean; expects?: string } = {},
): Rule {
  const known = Object.keys(fields);
  const expects = options.expects ?? `an object with ${known.join(', ')}`;
  return rule(expects, isPlainObject, (v, path) => {
    const object = v as Record<string, unknown>;
    for (const key of options.required ?? []) {
      if (object[key] === undefined) {
        throw new ConfigError(`${member(path, key)} is required (${fields[key]!.expects})`, {
          path: member(path, key),
        });
      }
    }
    for (const key of Object.keys(object)) {
      const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
      if (field === undefined) {
        if (options.open) continue;
        const where = member(path, key);
        throw new ConfigError(`unknown key ${where}${didYouMean(key, known)}; expected ${known.join(', ')}`, {
          path: where,
        });
      }
      if (object[key] !== undefined) field.check(object[key], member(path, key));
    }
  });
}

/**
 * The first of `rules` whose shape the value has, else an error listing what each accepts.
 *
 * @param rules - The alternatives.
 * @returns The rule.
 * @example
 * ```ts
 * anyOf(oneOf(['all']), arrayOf(text())).check('csect', 'tests') // throws: tests must be 'all' or an array …
 * ```
 */
export function anyOf(...rules: Rule[]): Rule {
  const expects = rules.map((r) => r.expects).join(' or ');
  return {
    expects,
    shape: (v) => rules.some((r) => r.shape(v)),
    check(v, path) {
      const matching = rules.filter((r) => r.shape(v));
      if (matching.length === 0) fail(path, expects, v);
      // Several branches of one shape (two string enums): the value must satisfy one of them.
      let first: unknown;
      for (const r of matching) {
        try {
          r.check(v, path);
          return;
        } catch (error) {
          first ??= error;
        }
      }
      if (matching.length > 1) fail(path, expects, v);
      // The one branch of the value's type failed on the field itself (not inside it): say
      // everything the field accepts, keeping the branch's hint (a did-you-mean).
      const only = matching[0]!;
      const head = `${path} must be ${only.expects}`;
      if (first instanceof ConfigError && first.path === path && first.message.startsWith(head)) {
        throw new ConfigError(`${path} must be ${expects}${first.message.slice(head.length)}`, { path });
      }
      throw first;
    },
  };
}

/** `path.key`, or `path['odd key']` for a key that is not an identifier; the bare key at the top. */
function member(path: string, key: string): string {
  const plain = /^[A-Za-z_$][\w$]*$/.test(key);
  if (path === '') return plain ? key : `[${JSON.stringify(key)}]`;
  return plain ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
