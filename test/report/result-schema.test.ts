import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { eventStudy, RESULT_JSON_VERSION, toJson } from '../../src/index';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

const schemaPath = join(import.meta.dirname, '..', '..', 'src', 'schema', 'result.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

/** The same schema with `additionalProperties: false` on every object that lists its properties. */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = strict(value);
  if ('properties' in out && !('additionalProperties' in out)) out['additionalProperties'] = false;
  return out;
}

const result = eventStudy({
  prices: xiaomiPrices(),
  events: [...xiaomiEvents, { id: 'typo', ticker: 'HSI', date: '2021-03-26', group: 'g' }],
});
const document = JSON.parse(toJson(result)) as Record<string, unknown>;

describe('src/schema/result.schema.json', () => {
  test('is a valid 2020-12 schema whose version matches RESULT_JSON_VERSION', () => {
    const ajv = new Ajv2020({ allErrors: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect((schema['properties'] as Record<string, { const?: unknown }>)['version']!.const).toBe(
      RESULT_JSON_VERSION,
    );
  });

  test('accepts a real result, with an exclusion and a null statistic', () => {
    const single = JSON.parse(toJson(eventStudy({ prices: xiaomiPrices(), events: [xiaomiEvents[0]!] })));
    expect(single.tests.csect.statistic[0]).toBeNull();
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    for (const doc of [document, single]) {
      const ok = validate(doc);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  test('documents every field the library writes (no undocumented property)', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(strict(schema) as Record<string, unknown>);
    validate(document);
    expect(validate.errors ?? []).toEqual([]);
  });

  test('documents the overlap fields: entries, removed days, overlapping-event exclusions, unplaced confounders', () => {
    const xiaomi = { ticker: '1810.HK', market: '^HSI' };
    const overlapping = eventStudy({
      prices: xiaomiPrices(),
      events: [
        { ...xiaomi, date: '2021-03-26' },
        { ...xiaomi, date: '2021-03-30' },
        { ...xiaomi, date: '2021-08-02' },
      ],
      confounders: [
        { ...xiaomi, id: 'results', date: '2021-05-27' },
        { ticker: 'NOPE', date: '2021-05-27' },
      ],
      overlaps: 'exclude',
    });
    const doc = JSON.parse(toJson(overlapping));
    expect(doc.excluded.map((e: { code: string }) => e.code)).toEqual([
      'overlapping-event',
      'overlapping-event',
    ]);
    expect(doc.events[0].estimation.removed).toBeGreaterThan(0);
    expect(doc.overlaps.confounders.unplaced.length).toBe(1);
    const validate = new Ajv2020({ allErrors: true }).compile(strict(schema) as Record<string, unknown>);
    validate(doc);
    expect(validate.errors ?? []).toEqual([]);
  });

  test('rejects a document of another shape', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate({ ...document, version: 2 })).toBe(false);
    expect(validate({ ...document, aar: ['1 %'] })).toBe(false);
    const { caar: _caar, ...withoutCaar } = document;
    expect(validate(withoutCaar)).toBe(false);
  });

  test('ships in the package as eventstudy/result.schema.json', () => {
    const root = join(import.meta.dirname, '..', '..');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      files: string[];
      exports: Record<string, unknown>;
    };
    expect(pkg.files).toContain('dist');
    expect(pkg.exports['./result.schema.json']).toBe('./dist/result.schema.json');
    // tsup copies src/schema into dist (publicDir)
    expect(readFileSync(join(root, 'tsup.config.ts'), 'utf8')).toContain("publicDir: 'src/schema'");
  });
});
