/** Abbreviations written out for reading evidence (text/abbreviations.ts). */
import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from '../../server/src/engine/text/abbreviations.js';

describe('expandAbbreviations', () => {
  it('writes an abbreviation out after itself, so patterns for either form match', () => {
    expect(expandAbbreviations('Signed: LA CEO and ICB CEO')).toBe('Signed: LA (local authority) CEO (chief executive) and ICB CEO (chief executive)');
    expect(expandAbbreviations('all RAs sign the ISA')).toBe('all RAs (relevant agencies) sign the ISA (information sharing agreement)');
  });

  it('replaces clipped words, so "info sharing" reads as "information sharing"', () => {
    expect(expandAbbreviations('Info sharing: recs tracked for 3 yrs')).toBe('information sharing: recommendations tracked for 3 years');
  });

  it('reads slide-deck separators as commas, and leaves table pipes alone', () => {
    expect(expandAbbreviations('audits · observations • data')).toBe('audits, observations, data');
    expect(expandAbbreviations('Partner | Amount')).toBe('Partner | Amount');
  });

  it('leaves words that only look like abbreviations alone (case matters)', () => {
    expect(expandAbbreviations('We tap into an ap and a la carte menu; the information is ready.')).toBe('We tap into an ap and a la carte menu; the information is ready.');
  });
});
