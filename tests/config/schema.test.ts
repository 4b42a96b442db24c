/** The committed JSON Schema is generated from the rule metadata and must not drift from it. */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ALL_META, DOC_TYPES } from '../../server/src/engine/index.js';
import { buildConfigSchema, serializeSchema } from '../../server/src/engine/config/index.js';

const committed = path.join(__dirname, '..', '..', 'schemas', 'safeguardinglintrc.schema.json');

describe('configuration schema', () => {
  it('is in sync with the rules (run npm run schema)', () => {
    const expected = serializeSchema(buildConfigSchema(ALL_META));
    const actual = fs.existsSync(committed) ? fs.readFileSync(committed, 'utf8') : '';
    expect(actual === expected, 'schemas/safeguardinglintrc.schema.json is out of date: run npm run schema').toBe(true);
  });

  it('knows every rule id, severity, preset and document type', () => {
    const schema = buildConfigSchema(ALL_META) as { properties: Record<string, { properties?: Record<string, { enum?: string[] }>; enum?: string[] }> };
    expect(Object.keys(schema.properties.rules!.properties!).sort()).toEqual(ALL_META.map((m) => m.id).sort());
    expect(schema.properties.rules!.properties!['terminology/ccg']!.enum).toEqual(['off', 'info', 'warning', 'error']);
    expect(schema.properties.extends!.enum).toEqual(['wt2023:recommended', 'wt2023:strict', 'reforms-2025']);
    const overrides = schema.properties.overrides as unknown as { items: { properties: { type: { enum: string[] } } } };
    expect(overrides.items.properties.type.enum).toEqual([...DOC_TYPES]);
  });

  it('is a valid draft-07 schema that accepts a full example', () => {
    const ajv = new Ajv({ strict: true });
    ajv.addKeyword('markdownDescription');
    const validate = ajv.compile(buildConfigSchema(ALL_META));
    const example = {
      $schema: './schemas/safeguardinglintrc.schema.json',
      root: true,
      extends: 'wt2023:strict',
      rules: { 'terminology/ccg': 'error' },
      overrides: [{ files: ['yearly-reports/*.md'], type: 'yearly-report', rules: { 'content/placeholder': 'warning' } }],
      ignorePatterns: ['archive/'],
    };
    expect(validate(example) ? [] : validate.errors).toEqual([]);
  });
});
