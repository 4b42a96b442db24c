/**
 * Contractions written out ("we're" → "we are", "didn't" → "did not"), straight or curly
 * apostrophe, so a heading asked as a reader would ask it ("How do we know we're making a
 * difference?", "What we've learnt") meets the same synonyms as its formal wording.
 */

const NOT = /\b(ca|wo|do|does|did|is|are|was|were|has|have|had|should|could|would|must|need)n['’]t\b/gi;
const PRONOUN = /\b(we|you|they|i|it|that|what|who|there|here|he|she|let)['’](re|ve|ll|d|s|m)\b/gi;
const SUFFIX: Record<string, string> = { re: 'are', ve: 'have', ll: 'will', d: 'would', s: 'is', m: 'am' };

export function expandContractions(text: string): string {
  if (!/['’]/.test(text)) return text;
  return text
    .replace(NOT, (_, verb: string) => `${/^ca$/i.test(verb) ? 'can' : /^wo$/i.test(verb) ? 'will' : verb} not`)
    .replace(PRONOUN, (_, who: string, suffix: string) => (/^let$/i.test(who) ? `${who} us` : `${who} ${SUFFIX[suffix.toLowerCase()]}`));
}
