/**
 * Fix safety: --fix, each editor quick fix and source.fixAll keep the author's text outside the
 * span they name, keep line endings and the BOM, never overlap, leave nothing fixable and change
 * nothing the second time (the properties are in fix-safety.ts). On every sample, corpus document
 * and fixture, and on a fixed-seed sample of those with outdated terms put in at random places;
 * `npm run fuzz -- --fixes --runs 10000` runs the same property for longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/lint.js';
import { applyTextFixes } from '../../server/src/cli/fix.js';
import { planTextFixes } from '../../server/src/engine/fixes/text-fixes.js';
import { changedPart } from '../../server/src/engine/rules/shared/terms.js';
import type { Finding } from '../../server/src/engine/types.js';
import { SMALL } from './arbitraries.js';
import { checkFixes } from './fix-safety.js';
import { fixProperty } from './property.js';
import { seeds } from './seeds.js';

const FM = '---\nsafeguarding:\n  type: arrangements\n---\n# Westmere Safeguarding Children Partnership arrangements\n\n';

describe('fix safety', () => {
  it('holds on every sample, corpus document and fixture', () => {
    const failures = seeds().flatMap((s) => {
      const v = checkFixes(s.text);
      return v ? [`${s.name}: ${v}`] : [];
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it('holds on a fixed-seed sample of documents with outdated terms put in at random places', () => {
    fc.assert(fixProperty(SMALL), { seed: 20261207, numRuns: 150 });
  }, 120_000);

  it('a term broken over two lines keeps its line break: only the changed word is replaced', () => {
    const text = `${FM}Our procedures follow Working Together to Safeguard Children\n2018 and the local procedures.\n`;
    const [f] = lint(text).findings.filter((x) => x.ruleId === 'terminology/working-together-2018');
    expect(f!.range.start).toMatchObject({ line: 7, column: 23 });
    expect(f!.range.end).toMatchObject({ line: 8, column: 5 });
    expect(f!.message).toBe(
      '"Working Together to Safeguard Children\n2018" is cited as current guidance: Working Together to Safeguard Children 2023 replaced the 2018 edition (WT2023 ¶2)',
    );
    expect(applyTextFixes(text, [f!]).text).toBe(text.replace('Children\n2018', 'Children\n2023'));
  });

  it('a changed part that itself spans a line break gets no fix, so the lines never change', () => {
    expect(changedPart('Working Together to Safeguard Children\n2018', 'Working Together to Safeguard Children 2023')).toEqual({ from: 39, to: 43, text: '2023' });
    expect(changedPart('Working Together 2018', 'Working Together to Safeguard Children 2023')).toEqual({ from: 17, to: 21, text: 'to Safeguard Children 2023' });
    expect(changedPart('WT\n2018', 'Working Together to Safeguard Children 2023')).toBeUndefined();
  });

  it('an unknown type is marked on its value, the span its fix replaces', () => {
    const text = '---\ntype: threshhold\n---\n\n# Levels of need\n\nLevel 1 is universal services.\n';
    const [f] = lint(text).findings.filter((x) => x.ruleId === 'frontmatter/unknown-type');
    expect([f!.range.start.line, f!.range.start.column, f!.range.end.column]).toEqual([2, 7, 17]);
    expect(f!.message).toMatch(/^Unknown document type "threshhold": checked as "threshold"/);
    expect(applyTextFixes(text, [f!]).text).toBe(text.replace('threshhold', 'threshold'));
  });

  it('of two overlapping fixes only the first is applied, and a fix of several edits is applied whole or not at all', () => {
    const text = 'aaaa bbbb cccc dddd';
    const at = (s: number, e: number) => ({ start: { line: 1, column: s + 1, offset: s }, end: { line: 1, column: e + 1, offset: e } });
    const finding = (edits: Array<[number, number, string]>): Finding =>
      ({ ruleId: 'x/y', message: 'm', severity: 'warning', level: 'should', url: '', citation: '', range: at(edits[0]![0], edits[0]![1]), fix: { kind: 'text', title: 't', edits: edits.map(([s, e, t]) => ({ range: at(s, e), text: t })) } }) as Finding;
    const first = finding([[0, 4, 'A']]);
    const overlapping = finding([[2, 7, 'B']]);
    // Its second edit overlaps the first fix: none of it is applied, not even the free first edit.
    const several = finding([[10, 14, 'C'], [3, 5, 'D']]);
    const plan = planTextFixes([first, overlapping, several], text.length);
    expect(plan).toMatchObject({ applied: 1, skipped: 2 });
    expect(applyTextFixes(text, [first, overlapping, several]).text).toBe('A bbbb cccc dddd');
  });
});
