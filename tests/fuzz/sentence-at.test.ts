/**
 * sentenceAt was rewritten to be linear around the match (the fuzz suite's 50,000-row table took
 * minutes): it must give exactly what the straightforward whole-block search gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../server/src/engine/rules/shared/terms.js';
import { isHardWrap } from '../../server/src/engine/text/sentences.js';

/** The definition, as it was written before: re-reads the whole text for every match. */
function reference(text: string, index: number): [number, number] {
  const t = text.includes('\n') ? text.replace(/\n/g, (nl, at: number) => (isHardWrap(text, at) ? ' ' : nl)) : text;
  const before = t.slice(0, index);
  const startMatch = /(?:[.!?]["')\]]?\s+|\n|;\s+)(?=[^.!?\n]*$)/.exec(before);
  const start = startMatch ? startMatch.index + startMatch[0].length : 0;
  const rest = /[.!?](?=\s|$)|\n/.exec(t.slice(index));
  const end = rest ? index + rest.index + 1 : t.length;
  return [start, end];
}

describe('sentenceAt', () => {
  it('agrees with the whole-text search on any text and index', () => {
    const piece = fc.constantFrom('The CCG', ' pays', '.', '!', '?', ';', ' ', '  ', '\n', '\n\n', '"', ')', ']', "'", 'a', 'ICB', '\t', 'Mr.', '1.', 'x;y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), (pieces, n) => {
        const text = pieces.join('');
        const index = text.length ? n % (text.length + 1) : 0;
        expect(sentenceAt(text, index)).toEqual(reference(text, index));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });

  it('finds "the CCG" sentence in a long table-like text quickly', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `CCG ${i} | £${i}`).join('\n');
    const started = performance.now();
    for (let at = text.indexOf('CCG'); at >= 0; at = text.indexOf('CCG', at + 1)) sentenceAt(text, at);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(sentenceAt(text, text.indexOf('CCG 5 '))).toEqual(reference(text, text.indexOf('CCG 5 ')));
  });
});
