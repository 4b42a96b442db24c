/** Contractions written out, so reader-voice headings meet the same synonyms as formal ones. */
import { describe, expect, it } from 'vitest';
import { expandContractions } from '../../server/src/engine/text/contractions.js';

describe('expandContractions', () => {
  it.each([
    ["How do we know we're making a difference", 'How do we know we are making a difference'],
    ['What we’ve learnt', 'What we have learnt'],
    ["Where we haven't made progress", 'Where we have not made progress'],
    ["What didn't go well", 'What did not go well'],
    ["What's changing nationally", 'What is changing nationally'],
    ["We can't do it alone and won't try", 'We can not do it alone and will not try'],
    ["Let's talk about money", 'Let us talk about money'],
    ["WE'RE LISTENING", 'WE are LISTENING'],
  ])('%s', (input, expected) => expect(expandContractions(input)).toBe(expected));

  it('leaves possessives and quotation marks alone', () => {
    expect(expandContractions("Children's voices and the partners' money")).toBe("Children's voices and the partners' money");
    expect(expandContractions("The 'front door' and Child M's review")).toBe("The 'front door' and Child M's review");
  });
});
