/**
 * The fuzz suite's fixed-seed sample: mutated samples, corpus and fixtures, and the named
 * monsters once each. `npm run fuzz -- --runs 100000` runs the same property for longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL, hostileFrontMatter } from './arbitraries.js';
import { checkDocument } from './invariants.js';
import { fuzzProperty } from './property.js';

const FM = '---\nsafeguarding:\n  type: arrangements\n---\n# Westmere Safeguarding Children Partnership arrangements\n\n';

const MONSTERS: Record<string, string> = {
  '10,000-deep list on one line': `${FM}${'- '.repeat(10_000)}The CCG pays.\n`,
  '10,000-deep block quote on one line': `${FM}${'> '.repeat(10_000)}The CCG pays.\n`,
  '10,000-deep quotes and lists': `${FM}${'> 1. '.repeat(5_000)}The CCG pays.\n`,
  '50,000-row table': `${FM}| Partner | Contribution (£) |\n|---|---:|\n${Array.from({ length: 50_000 }, (_, i) => `| Westmere CCG ${i} | £${i} |`).join('\n')}\n`,
  '10,000-character heading': `${FM}## ${'Funding and the CCG '.repeat(500)}\n\nThe partners pay.\n`,
  'unterminated HTML comment': `${FM}<!-- safeguarding-lint-disable terminology/ccg\n${'The CCG pays.\n'.repeat(2000)}`,
  'unterminated code fence': `${FM}\`\`\`\n${'The CCG pays.\n'.repeat(2000)}`,
  'lone surrogates, NUL, RTL and zero-width characters': `${FM}The \uD800CCG\uDFFF pays\0 the \u202ELSCB\u200B \u2067 and \uFEFF.\n`,
  // Found by the long run: the "not yet" sentences of a section were cut out by a regex quadratic in a sentence's length.
  '200,000-character paragraph without a full stop under relevant agencies': `${FM}## Relevant agencies\n\n${'schools and the probation service and the fire service work with us and '.repeat(2_800)}\n`,
  // Found by the long fix-safety run: the contents-entry regex was cubic in a long run of spaces (13 s).
  '362 lines of growing nesting and indentation': `${FM}${Array.from({ length: 362 }, (_, i) => `${'> '.repeat(i)}${'  '.repeat(i % 20)}- item ${i}`).join('\n')}\n`,
  'CR line endings only': `${FM}## Funding\n\nThe CCG pays.\n`.replace(/\n/g, '\r'),
};

describe('the engine on hostile documents', () => {
  for (const [name, text] of Object.entries(MONSTERS)) {
    it(`${name}: no throw, within budget, ranges inside, reports valid`, () => {
      expect(checkDocument(text)).toBeUndefined();
    });
  }

  it('hostile front matter: alias bombs, 10,000 keys, duplicates, tabs, non-mapping roots, huge scalars', () => {
    const all = fc.sample(hostileFrontMatter({ nesting: 10_000, tableRows: 50_000, headingChars: 10_000, keys: 10_000, scalarChars: 1_000_000 }), { seed: 7, numRuns: 40 });
    const names = new Set<string>();
    for (const fm of all) {
      names.add(fm.name.replace(/^\d+/, 'N'));
      expect(checkDocument(`${fm.text}# Westmere arrangements\n\nThe CCG pays.\n`), fm.name).toBeUndefined();
    }
    expect(names.size).toBeGreaterThan(8);
  });

  it('a fixed-seed sample of mutated samples, corpus documents and fixtures keeps every invariant', () => {
    fc.assert(fuzzProperty(SMALL), { seed: 20231215, numRuns: 250 });
  }, 120_000);
});
