/**
 * threshold/accessible: the threshold document should be transparent, accessible and easily
 * understood (¶117). Per section, a readability figure from the section's own prose (tables
 * and headings excluded); only sections that are clearly hard are reported, with the figures.
 */
import type { DocumentModel, Section } from '../../parse/model.js';
import { defineRule } from '../rule.js';
import { abbreviationsIn, explainedAbbreviations, readability, type Readability } from '../shared/readability.js';

/** Below this much prose a section's figures say little. */
const MIN_WORDS = 60;
/** Clearly hard: long sentences on average and a low reading ease, both. */
const HARD_SENTENCE_LENGTH = 30;
const HARD_READING_EASE = 35;
/** What the message asks for. */
const AIM_SENTENCE_LENGTH = 25;
const LONG_SENTENCE = 40;

/** Abbreviations every reader knows, and Roman numerals. */
const COMMON = new Set(['NHS', 'GP', 'UK', 'TV', 'OK', 'ID', 'PE', 'BSL', 'II', 'III', 'IV', 'VI', 'XI', 'FAQ', 'CV', 'AM', 'PM']);

export interface SectionReadability {
  section: Section;
  figures: Readability;
  /** Abbreviations used in the section that the document never explains. */
  unexplained: string[];
}

/** Readability of every section with enough prose of its own. */
export function sectionReadability(doc: DocumentModel): SectionReadability[] {
  const explained = explainedAbbreviations([doc.root.fullText, ...doc.tables.flatMap((t) => t.rows.map((r) => r.texts.join(' | ')))].join('\n'));
  const out: SectionReadability[] = [];
  for (const s of doc.sections) {
    const prose = s.blocks.filter((b) => b.kind === 'paragraph' && b.substantive).map((b) => b.evidence);
    const figures = readability(prose, LONG_SENTENCE);
    if (figures.words < MIN_WORDS) continue;
    const unexplained = abbreviationsIn(prose.join('\n')).filter((a) => !explained.has(a) && !COMMON.has(a));
    out.push({ section: s, figures, unexplained });
  }
  return out;
}

/** More than one and a half syllables a word on average: a lot of long words. */
function longWords(f: Readability): boolean {
  return f.words > 0 && f.syllables / f.words >= 1.6;
}

export function isClearlyHard(f: Readability): boolean {
  return f.averageSentenceLength >= HARD_SENTENCE_LENGTH && f.fleschReadingEase < HARD_READING_EASE;
}

export const accessible = defineRule(
  {
    id: 'threshold/accessible',
    level: 'consider',
    appliesTo: ['threshold'],
    paragraphs: ['117'],
    citation: 'WT2023 ¶117',
    title: 'Transparent, accessible and easily understood',
    description: `Measures each section's own prose (paragraphs and list items; tables and headings are left out) with two readability figures: the average sentence length and the Flesch reading ease score. A section with at least ${MIN_WORDS} words is reported only when it is clearly hard on both counts (sentences averaging ${HARD_SENTENCE_LENGTH} words or more and reading ease under ${HARD_READING_EASE}); the message says in plain words what makes it hard: the average sentence length, whether there are many long words, the number of sentences over ${LONG_SENTENCE} words and abbreviations the document never explains. Plain-English sections with the odd long sentence are not reported.`,
    example:
      '## Level 2: Early help\n\nThe child has extra needs. These are usually short term. One service, sometimes with one other service, can meet them. Talk to the child and family about your worries, and agree what might help.',
  },
  (ctx) => {
    const all = sectionReadability(ctx.doc);
    const hard = all.filter((r) => isClearlyHard(r.figures));
    for (const r of hard) {
      const f = r.figures;
      const hints: string[] = [];
      if (f.longSentences) hints.push(`${f.longSentences} sentence${f.longSentences === 1 ? '' : 's'} over ${LONG_SENTENCE} words`);
      if (r.unexplained.length) hints.push(`unexplained abbreviations: ${r.unexplained.slice(0, 6).join(', ')}`);
      ctx.report({
        // Plain English for the author: what makes it hard, not a raw score (the score is in the docs).
        message: `Hard to read: long sentences, ${Math.round(f.averageSentenceLength)} words on average (aim for under ${AIM_SENTENCE_LENGTH})${longWords(f) ? ', and many long words' : ''}${hints.length ? `; ${hints.join('; ')}` : ''}`,
        range: r.section.headingRange,
      });
    }
    if (!all.length) ctx.cover('not-applicable', undefined, 'too little prose to measure');
    else if (hard.length) ctx.cover('partial', hard[0]!.section.headingRange, `${hard.length} of ${all.length} sections are hard to read`);
    else ctx.cover('met', undefined, `${all.length} sections measured`);
  },
);
