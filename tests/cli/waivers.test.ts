/**
 * Waivers (safeguarding-lint-suppressions.json), as a user runs them: write a baseline, lint
 * against it, let findings come back when it expires, prune what no longer occurs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_META } from '../../server/src/engine/index.js';
import { CCG_DOC, ensureBuilt, makeTree, onlyRules, parseJson, removeTree, runCli } from './helpers.js';

const ids = ALL_META.map((m) => m.id);
const FILE = 'safeguarding-lint-suppressions.json';
const CONFIG = onlyRules(ids, { 'terminology/ccg': 'error', 'content/placeholder': 'warning' });
/** Two "CCG" errors (7:14, 9:5) and one placeholder warning (11:15). */
const DOC = `${CCG_DOC}\nThe budget is TBC.\n`;

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const d = makeTree(files);
  dirs.push(d);
  return d;
}
const read = (dir: string, name = FILE) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Record<string, Record<string, { count: number; reason: string; expires?: string }>>;
const write = (dir: string, data: unknown, name = FILE) => fs.writeFileSync(path.join(dir, name), JSON.stringify(data, null, 2));

beforeAll(ensureBuilt, 120_000);
afterAll(() => dirs.forEach(removeTree));

describe('--suppress-all and --suppress-rule', () => {
  it('refuses without --reason (exit 2, nothing written)', () => {
    const dir = tree({ 'docs/a.md': DOC, '.safeguardinglintrc.yaml': CONFIG });
    const r = runCli(['--suppress-all', 'docs'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--suppress-all needs --reason');
    expect(fs.existsSync(path.join(dir, FILE))).toBe(false);
    expect(runCli(['--suppress-rule', 'terminology/ccg', '--reason', '  ', 'docs'], dir).stderr).toContain('--suppress-rule needs --reason');
  });

  it('writes per file (posix path) and rule a count and the reason; the next run is clean', () => {
    const dir = tree({ 'docs/a.md': DOC, '.safeguardinglintrc.yaml': CONFIG });
    const w = runCli(['--suppress-all', '--reason', 'Quotes the 2019 report', '--expires', '2999-12-31', 'docs'], dir);
    expect(w.code).toBe(0);
    expect(w.stderr).toContain(`Wrote ${FILE}: 2 new waivers`);
    expect(read(dir)).toEqual({
      'docs/a.md': {
        'content/placeholder': { count: 1, reason: 'Quotes the 2019 report', expires: '2999-12-31' },
        'terminology/ccg': { count: 2, reason: 'Quotes the 2019 report', expires: '2999-12-31' },
      },
    });
    const again = runCli(['--max-warnings', '0', 'docs'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
  });

  it('--suppress-rule waives only the rules named; the others still fail the run', () => {
    const dir = tree({ 'a.md': DOC, '.safeguardinglintrc.yaml': CONFIG });
    expect(runCli(['--suppress-rule', 'content/placeholder', '--reason', 'Budget not agreed yet', 'a.md'], dir).code).toBe(1);
    expect(Object.keys(read(dir)['a.md']!)).toEqual(['content/placeholder']);
    const r = runCli(['a.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('terminology/ccg');
    expect(r.stdout).not.toContain('content/placeholder');
  });

  it('an unknown --suppress-rule id is refused with a suggestion', () => {
    const dir = tree({ 'a.md': DOC });
    const r = runCli(['--suppress-rule', 'terminology/cgg', '--reason', 'x', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule id "terminology/cgg" (did you mean "terminology/ccg"?)');
  });

  it('keeps the reason and expiry of waivers already in the file, and updates their counts', () => {
    const dir = tree({ 'a.md': DOC, '.safeguardinglintrc.yaml': CONFIG });
    write(dir, { 'a.md': { 'terminology/ccg': { count: 1, reason: 'Hand-written reason', expires: '2999-01-01' } } });
    runCli(['--suppress-all', '--reason', 'Bulk', 'a.md'], dir);
    expect(read(dir)['a.md']).toEqual({
      'terminology/ccg': { count: 2, reason: 'Hand-written reason', expires: '2999-01-01' },
      'content/placeholder': { count: 1, reason: 'Bulk' },
    });
  });

  it('--suppressions-location writes elsewhere, with paths relative to that file', () => {
    const dir = tree({ 'docs/a.md': DOC, '.safeguardinglintrc.yaml': CONFIG });
    runCli(['--suppress-all', '--reason', 'r', '--suppressions-location', 'docs/waivers.json', 'docs'], dir);
    expect(Object.keys(read(dir, 'docs/waivers.json'))).toEqual(['a.md']);
    expect(runCli(['--suppressions-location', 'docs/waivers.json', 'docs'], dir).code).toBe(0);
    // The default file is not there, so a run without the option reports everything.
    expect(runCli(['docs'], dir).code).toBe(1);
  });
});

describe('linting against waivers', () => {
  it('covers up to the count per file and rule: a new finding beyond it is reported', () => {
    const dir = tree({ 'a.md': DOC, '.safeguardinglintrc.yaml': CONFIG });
    write(dir, { 'a.md': { 'terminology/ccg': { count: 1, reason: 'r' } } });
    const r = runCli(['--format', 'json', 'a.md'], dir);
    expect(r.code).toBe(1);
    const ccg = parseJson(r.stdout)[0]!.messages.filter((m) => m.ruleId === 'terminology/ccg');
    // The first in document order is waived; the second is the one beyond the count.
    expect(ccg.map((m) => `${m.line}:${m.column}`)).toEqual(['9:5']);
  });

  it('an expired waiver brings its findings back as errors that name the waiver', () => {
    const dir = tree({ 'a.md': DOC, '.safeguardinglintrc.yaml': CONFIG });
    write(dir, { 'a.md': { 'content/placeholder': { count: 1, reason: 'Budget not agreed yet', expires: '2001-03-31' } } });
    const r = runCli(['--format', 'json', 'a.md'], dir);
    const placeholder = parseJson(r.stdout)[0]!.messages.filter((m) => m.ruleId === 'content/placeholder');
    expect(placeholder).toHaveLength(1);
    expect(placeholder[0]!.severity).toBe('error');
    expect(placeholder[0]!.message).toMatch(/^Waiver expired on 2001-03-31 \(reason: "Budget not agreed yet"\): /);
    // Even under --quiet, which shows errors only: it is an error now.
    expect(runCli(['--quiet', '--suppress-rule', 'terminology/ccg', '--reason', 'r', 'a.md'], dir).code).toBe(1);
    const quiet = runCli(['--quiet', 'a.md'], dir);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('Waiver expired on 2001-03-31');
  });

  it('says when waived findings no longer occur; --prune-suppressions removes and reduces them', () => {
    const dir = tree({ 'a.md': DOC.replace('The CCG chairs', 'The ICB chairs'), 'b.md': DOC, '.safeguardinglintrc.yaml': CONFIG });
    write(dir, {
      'a.md': { 'terminology/ccg': { count: 2, reason: 'r', expires: '2999-01-01' }, 'content/placeholder': { count: 1, reason: 'p' } },
      'b.md': { 'content/placeholder': { count: 1, reason: 'p' } },
      'elsewhere/c.md': { 'terminology/ccg': { count: 1, reason: 'not in this run' } },
    });
    fs.writeFileSync(path.join(dir, 'a.md'), DOC.replace('The CCG chairs', 'The ICB chairs').replace('is TBC', 'is agreed'));
    const r = runCli(['a.md', 'b.md'], dir);
    expect(r.stderr).toContain(`${FILE}: 2 waived findings no longer occur; --prune-suppressions removes their waivers.`);
    const p = runCli(['--prune-suppressions', 'a.md', 'b.md'], dir);
    expect(p.stderr).toContain('1 waiver removed, 1 reduced');
    expect(read(dir)).toEqual({
      'a.md': { 'terminology/ccg': { count: 1, reason: 'r', expires: '2999-01-01' } },
      'b.md': { 'content/placeholder': { count: 1, reason: 'p' } },
      // A document the run did not lint is left alone.
      'elsewhere/c.md': { 'terminology/ccg': { count: 1, reason: 'not in this run' } },
    });
  });

  it('JSON output lists waived findings apart, with their waiver, and does not count them', () => {
    const dir = tree({ 'a.md': DOC, '.safeguardinglintrc.yaml': CONFIG });
    write(dir, { 'a.md': { 'terminology/ccg': { count: 2, reason: 'Quotes the 2019 report' } } });
    const [file] = JSON.parse(runCli(['--format', 'json', 'a.md'], dir).stdout) as Array<{ errorCount: number; waived: Array<{ ruleId: string; line: number; waiver: { reason: string } }> }>;
    expect(file!.errorCount).toBe(0);
    expect(file!.waived.map((w) => `${w.ruleId}@${w.line}: ${w.waiver.reason}`)).toEqual(['terminology/ccg@7: Quotes the 2019 report', 'terminology/ccg@9: Quotes the 2019 report']);
  });
});

describe('a malformed waivers file', () => {
  const cases: Array<[string, string, string]> = [
    ['invalid JSON', '{\n  "a.md": {\n    "terminology/ccg": { "count": 1, }\n  }\n}\n', `${FILE}:3:38: invalid JSON`],
    ['no reason', '{\n  "a.md": {\n    "terminology/ccg": { "count": 1 }\n  }\n}\n', `${FILE}:3:24: the waiver for "terminology/ccg" has no "reason"`],
    ['a count that is not a whole number', '{ "a.md": { "terminology/ccg": { "count": 1.5, "reason": "r" } } }', `${FILE}:1:43: "count" must be a whole number of at least 1`],
    ['an unknown rule', '{ "a.md": {\n  "terminology/cgg": { "count": 1, "reason": "r" } } }', `${FILE}:2:3: unknown rule id "terminology/cgg" (did you mean "terminology/ccg"?)`],
    ['a date that is not a date', '{ "a.md": { "terminology/ccg": { "count": 1, "reason": "r", "expires": "31/03/2025" } } }', `${FILE}:1:72: "expires" must be a date written YYYY-MM-DD`],
    ['an unknown key', '{ "a.md": { "terminology/ccg": { "count": 1, "reason": "r", "until": "2025-01-01" } } }', `${FILE}:1:61: unknown key "until" in a waiver`],
    ['a Windows path', '{ "docs\\\\a.md": { "terminology/ccg": { "count": 1, "reason": "r" } } }', `${FILE}:1:3: "docs\\a.md" is not a document path`],
  ];
  for (const [what, text, expected] of cases) {
    it(`${what}: exit 2 with file:line:col, nothing linted`, () => {
      const dir = tree({ 'a.md': DOC, [FILE]: text });
      const r = runCli(['a.md'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(expected);
      expect(r.stderr).toContain('invalid waivers file');
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\bat .+\.js:\d+/);
    });
  }

  it('--suppress-all does not overwrite a malformed file', () => {
    const dir = tree({ 'a.md': DOC, [FILE]: '{ "a.md": ' });
    expect(runCli(['--suppress-all', '--reason', 'r', 'a.md'], dir).code).toBe(2);
    expect(fs.readFileSync(path.join(dir, FILE), 'utf8')).toBe('{ "a.md": ');
  });
});
