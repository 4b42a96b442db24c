/** The committed rule docs and README table must match the rule metadata. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_META } from '../../server/src/engine/rules/registry.js';
import { ruleDocPage, withRuleTable } from '../../server/src/engine/docs/rule-docs.js';

const root = path.join(__dirname, '..', '..');

describe('generated rule documentation', () => {
  it('README.md has an up-to-date rule table (run `npm run docs` to refresh it)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(withRuleTable(readme, ALL_META)).toBe(readme);
  });

  it('every rule has an up-to-date docs page (run `npm run docs`)', () => {
    const stale = ALL_META.filter((m) => {
      const file = path.join(root, 'docs', 'rules', `${m.id}.md`);
      return !existsSync(file) || readFileSync(file, 'utf8') !== ruleDocPage(m);
    }).map((m) => m.id);
    expect(stale).toEqual([]);
  });

  it('quotes the guidance for catalogue rules that cite a paragraph', () => {
    const page = ruleDocPage(ALL_META.find((m) => m.id === 'terminology/independent-chair')!);
    expect(page).toContain('> **¶62.**');
    expect(page).toContain('Open Government Licence');
  });
});
