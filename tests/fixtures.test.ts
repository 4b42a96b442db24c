/**
 * The data-driven rule suite: every `tests/fixtures/<rule-id>/{pass,fail}*.md` is linted and
 * its findings OF THAT RULE are compared with the `expect:` markers in it (range, id, message).
 * pass* fixtures must produce no finding of their rule; fail* fixtures must mark at least one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe as suite, expect, it } from 'vitest';
import { defaultSeverity, levelToSeverity, lint, META_BY_ID, RULES } from '../server/src/engine/index.js';
import { compare, describe, parseExpectations } from './helpers/expectations.js';

const root = path.join(__dirname, 'fixtures');
const files = fg.sync('**/{pass,fail}*.md', { cwd: root }).sort();

function ruleIdOf(file: string): string {
  return path.dirname(file).split(path.sep).join('/');
}

suite('rule fixtures', () => {
  for (const file of files) {
    const ruleId = ruleIdOf(file);
    it(`${ruleId}: ${path.basename(file)}`, () => {
      const text = readFileSync(path.join(root, file), 'utf8');
      // An opt-in rule (off by default) is switched on for its own fixtures.
      const meta = META_BY_ID.get(ruleId);
      const rules = meta && defaultSeverity(meta) === 'off' ? { [ruleId]: levelToSeverity(meta.level) } : undefined;
      const result = lint(text, { filePath: path.join(root, file), ...(rules ? { rules } : {}) });
      const findings = result.findings.filter((f) => f.ruleId === ruleId);
      const expectations = parseExpectations(text).filter((e) => e.ruleId === ruleId);
      if (path.basename(file).startsWith('pass')) {
        expect(expectations, 'a pass fixture marks no expected finding of its rule').toEqual([]);
        expect(findings.map((f) => describe(text, f))).toEqual([]);
      } else {
        expect(expectations.length, 'a fail fixture marks at least one expected finding').toBeGreaterThan(0);
        expect(compare(text, findings, expectations)).toEqual([]);
      }
    });
  }

  it('every rule has at least one passing and one failing fixture', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      const mine = files.filter((f) => ruleIdOf(f) === rule.meta.id).map((f) => path.basename(f));
      if (!mine.some((f) => f.startsWith('pass'))) missing.push(`${rule.meta.id}: no pass fixture`);
      if (!mine.some((f) => f.startsWith('fail'))) missing.push(`${rule.meta.id}: no fail fixture`);
    }
    expect(missing).toEqual([]);
  });

  it('every fixture folder names a rule that exists', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    const unknown = [...new Set(files.map(ruleIdOf))].filter((id) => !ids.has(id));
    expect(unknown).toEqual([]);
  });
});
