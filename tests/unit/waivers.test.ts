/** The engine's waiver matching (engine/waivers.ts) and the file format's schema. */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { META_BY_ID, type Finding } from '../../server/src/engine/index.js';
import { applyWaivers, isCalendarDate, parseWaivers, prune, serializeWaivers, suppress, WAIVERS_SCHEMA, type Waivers } from '../../server/src/engine/waivers.js';

const IDS = new Set(META_BY_ID.keys());

function finding(ruleId: string, offset: number, severity: Finding['severity'] = 'error'): Finding {
  const p = { line: 1, column: offset + 1, offset };
  return { ruleId, severity, message: `${ruleId} at ${offset}`, range: { start: p, end: { ...p, column: p.column + 1, offset: offset + 1 } }, citation: 'WT2023', url: 'u' };
}

describe('applyWaivers', () => {
  it('covers the first `count` findings of a rule in document order and reports the rest', () => {
    const out = applyWaivers([finding('terminology/ccg', 30), finding('terminology/ccg', 10), finding('content/placeholder', 20)], { 'terminology/ccg': { count: 1, reason: 'r' } }, '2025-01-01');
    expect(out.waived.map((f) => f.range.start.offset)).toEqual([10]);
    expect(out.reported.map((f) => `${f.ruleId}@${f.range.start.offset}`)).toEqual(['content/placeholder@20', 'terminology/ccg@30']);
    expect(out.unused).toEqual({});
  });

  it('holds through its expiry day, and turns covered findings into errors naming the waiver the day after', () => {
    const w = { 'terminology/ccg': { count: 1, reason: 'Quoted', expires: '2025-03-31' } };
    const warn = [finding('terminology/ccg', 0, 'warning')];
    expect(applyWaivers(warn, w, '2025-03-31').waived).toHaveLength(1);
    const after = applyWaivers(warn, w, '2025-04-01');
    expect(after.waived).toEqual([]);
    expect(after.reported[0]!.severity).toBe('error');
    expect(after.reported[0]!.message).toBe('Waiver expired on 2025-03-31 (reason: "Quoted"): terminology/ccg at 0');
  });

  it('counts what no longer occurs', () => {
    expect(applyWaivers([finding('terminology/ccg', 0)], { 'terminology/ccg': { count: 3, reason: 'r' }, 'terminology/lscb': { count: 1, reason: 'r' } }, '2025-01-01').unused).toEqual({
      'terminology/ccg': 2,
      'terminology/lscb': 1,
    });
  });
});

describe('suppress and prune', () => {
  const current = new Map([['a.md', [finding('terminology/ccg', 0), finding('terminology/ccg', 5), finding('content/placeholder', 9, 'warning'), finding('arrangements/funding', 2, 'info')]]]);

  it('suppress writes current counts for errors and warnings (not info), keeping existing reasons', () => {
    const existing: Waivers = { 'a.md': { 'terminology/ccg': { count: 1, reason: 'old', expires: '2030-01-01' } } };
    const { waivers, added, updated } = suppress(existing, current, { reason: 'new', expires: '2026-01-01' });
    expect(waivers).toEqual({
      'a.md': { 'terminology/ccg': { count: 2, reason: 'old', expires: '2030-01-01' }, 'content/placeholder': { count: 1, reason: 'new', expires: '2026-01-01' } },
    });
    expect([added, updated]).toEqual([1, 1]);
    expect(existing['a.md']!['terminology/ccg']!.count).toBe(1); // not mutated
    expect(Object.keys(suppress({}, current, { reason: 'r', rules: ['content/placeholder'] }).waivers['a.md']!)).toEqual(['content/placeholder']);
  });

  it('prune lowers counts, drops what is gone, and leaves files outside the run alone', () => {
    const existing: Waivers = {
      'a.md': { 'terminology/ccg': { count: 5, reason: 'r' }, 'terminology/lscb': { count: 1, reason: 'r' } },
      'gone.md': { 'terminology/ccg': { count: 1, reason: 'r' } },
    };
    const { waivers, removed, reduced } = prune(existing, new Map([...current, ['gone.md', []]]));
    expect(waivers).toEqual({ 'a.md': { 'terminology/ccg': { count: 2, reason: 'r' } } });
    expect([removed, reduced]).toEqual([2, 1]);
    expect(prune(existing, new Map()).waivers).toEqual(existing);
  });

  it('serialises with sorted keys and a fixed key order, so the file diffs well', () => {
    const text = serializeWaivers({ 'b.md': { 'x/y': { reason: 'r', count: 1 } as never }, 'a.md': { 'terminology/lscb': { expires: '2030-01-01', reason: 'r', count: 2 } as never, 'terminology/ccg': { count: 1, reason: 'q' } } });
    expect(text).toBe(
      '{\n  "a.md": {\n    "terminology/ccg": {\n      "count": 1,\n      "reason": "q"\n    },\n    "terminology/lscb": {\n      "count": 2,\n      "reason": "r",\n      "expires": "2030-01-01"\n    }\n  },\n  "b.md": {\n    "x/y": {\n      "count": 1,\n      "reason": "r"\n    }\n  }\n}\n',
    );
  });
});

describe('parseWaivers', () => {
  it('reads a valid file, and an empty one as no waivers', () => {
    expect(parseWaivers('{ "docs/a.md": { "terminology/ccg": { "count": 2, "reason": "r", "expires": "2025-03-31" } } }', 'w.json', IDS)).toEqual({
      waivers: { 'docs/a.md': { 'terminology/ccg': { count: 2, reason: 'r', expires: '2025-03-31' } } },
      errors: [],
    });
    expect(parseWaivers('  \n', 'w.json', IDS)).toEqual({ waivers: {}, errors: [] });
  });

  it('reports every problem with its position and waives nothing', () => {
    const text = '{\n  "a.md": {\n    "terminology/ccg": { "count": 0, "reason": "" },\n    "terminology/lscb": { "count": 1, "reason": "r", "expires": "2025-02-30" }\n  },\n  "b.md": []\n}';
    const { waivers, errors } = parseWaivers(text, 'w.json', IDS);
    expect(waivers).toEqual({});
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '3:35 "count" must be a whole number of at least 1',
      '3:48 "reason" must be a non-empty text',
      '4:65 "expires" must be a date written YYYY-MM-DD (for example "2025-03-31")',
      '6:11 the entry for "b.md" must be an object of rule ids',
    ]);
  });

  it('isCalendarDate refuses dates that do not exist', () => {
    expect(['2024-02-29', '2025-12-31'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '25-01-01', 20250101].map(isCalendarDate)).toEqual([false, false, false, false]);
  });
});

describe('the schema (schemas/safeguarding-lint-suppressions.schema.json)', () => {
  const committed = path.join(__dirname, '..', '..', 'schemas', 'safeguarding-lint-suppressions.schema.json');

  it('is current: run npm run schema after changing WAIVERS_SCHEMA', () => {
    expect(fs.readFileSync(committed, 'utf8')).toBe(`${JSON.stringify(WAIVERS_SCHEMA, null, 2)}\n`);
  });

  it('agrees with the parser on what a valid file is', () => {
    const validate = new Ajv({ allErrors: true, strict: true, addUsedSchema: false }).addKeyword('markdownDescription').compile(WAIVERS_SCHEMA);
    const samples = [
      '{ "docs/a.md": { "terminology/ccg": { "count": 2, "reason": "r", "expires": "2025-03-31" } } }',
      '{}',
      '{ "a.md": { "terminology/ccg": { "count": 1 } } }',
      '{ "a.md": { "terminology/ccg": { "count": 1, "reason": "   " } } }',
      '{ "a.md": { "terminology/ccg": { "count": 0, "reason": "r" } } }',
      '{ "a.md": { "terminology/ccg": { "count": 1, "reason": "r", "note": "x" } } }',
      '{ "a.md": { "terminology/ccg": { "count": 1, "reason": "r", "expires": "soon" } } }',
      '{ "C:/a.md": { "terminology/ccg": { "count": 1, "reason": "r" } } }',
      '{ "docs\\\\a.md": { "terminology/ccg": { "count": 1, "reason": "r" } } }',
      '{ "a.md": { "Not A Rule": { "count": 1, "reason": "r" } } }',
    ];
    for (const s of samples) {
      const parsed = parseWaivers(s, 'w.json', IDS);
      expect(validate(JSON.parse(s)), s).toBe(parsed.errors.length === 0);
    }
  });
});
