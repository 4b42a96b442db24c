/**
 * A small readability measure for English prose: words per sentence, syllables per word and
 * the Flesch reading ease score (206.835 − 1.015 × words/sentence − 84.6 × syllables/word;
 * 60–70 is plain English, under 30 is very hard). Heuristic, like every syllable counter:
 * good for telling plain text from dense text, not for fine comparisons.
 */

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Average words per sentence. */
  averageSentenceLength: number;
  /** Flesch reading ease (higher is easier; can go below 0). */
  fleschReadingEase: number;
  /** Sentences of more than `longAt` words. */
  longSentences: number;
}

const WORD = /[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*/g;

/** Leading paragraph numbering ("5.2.1", "(a)", "1.") is not part of the sentence. */
function stripNumbering(text: string): string {
  return text.replace(/^\s*(?:\(?[0-9]+(?:\.[0-9]+)*[.)]?|\([a-z]{1,3}\))\s+/, '');
}

/**
 * Sentences of a block of prose. A block without end punctuation (a list item, a table phrase)
 * is one sentence. Abbreviations followed by a lower-case word ("e.g. the") do not end one.
 */
export function sentencesOf(text: string): string[] {
  const t = stripNumbering(text.replace(/\s+/g, ' ').trim());
  if (!t) return [];
  return t
    .split(/(?<=[.!?])["'”’)\]]*\s+(?=["'“‘(*]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Syllables in one word, by vowel groups with the usual English corrections. */
export function countSyllables(word: string): number {
  if (/^[0-9]/.test(word)) return Math.max(1, Math.min(3, word.replace(/[^0-9]/g, '').length));
  // Abbreviations are read letter by letter ("MASH" is read as a word, but most are spelt out).
  if (/^[A-Z]{2,5}s?$/.test(word)) return word.replace(/s$/, '').length;
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.charAt(0)).replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Readability of a list of prose blocks (paragraphs and list items). */
export function readability(blocks: readonly string[], longAt = 40): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  let longSentences = 0;
  for (const b of blocks) {
    for (const s of sentencesOf(b)) {
      const ws = wordsOf(s);
      sentences++;
      words += ws.length;
      if (ws.length > longAt) longSentences++;
      for (const w of ws) syllables += countSyllables(w);
    }
  }
  const asl = sentences ? words / sentences : 0;
  const spw = words ? syllables / words : 0;
  return {
    words,
    sentences,
    syllables,
    averageSentenceLength: asl,
    fleschReadingEase: words ? 206.835 - 1.015 * asl - 84.6 * spw : 100,
    longSentences,
  };
}

/** Abbreviations (2–6 capitals, optional plural s) used in a text, in order of first use. */
export function abbreviationsIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b([A-Z][A-Z0-9]{1,5})s?\b/g)) {
    const a = m[1]!;
    if (/^[0-9]/.test(a)) continue;
    out.add(a);
  }
  return [...out];
}

/**
 * Abbreviations the document explains somewhere: "Multi-Agency Safeguarding Hub (MASH)",
 * "MASH (Multi-Agency Safeguarding Hub)", "MASH means …", "MASH – the front door", or a glossary row.
 */
export function explainedAbbreviations(fullText: string): Set<string> {
  const out = new Set<string>();
  for (const m of fullText.matchAll(/\(([A-Z][A-Z0-9]{1,5})s?\)/g)) out.add(m[1]!);
  for (const m of fullText.matchAll(/\b([A-Z][A-Z0-9]{1,5})s?\s*(?:\((?=[a-z ]*[A-Za-z])|means\b|stands for\b|is short for\b|[–—:]\s|\|\s*[A-Z][a-z])/g)) out.add(m[1]!);
  return out;
}
