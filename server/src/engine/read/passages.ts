/**
 * What kind of passage a block sits in, decided once per document and read by every rule that
 * must not take history or quotation for current practice: a "What has changed since 2019"
 * section, a version-history table, the "former arrangements" column of an old-versus-new table,
 * a block quote of the guidance. Sentence-level history ("replaced the LSCB in 2019") is the
 * sentence's own business (see `HISTORICAL` in rules/shared/terms.ts); this is the wider frame.
 */
import type { Block, DocumentModel, Section, Table } from '../parse/model.js';
import { CONTENTS_HEADING } from '../parse/recover-structure.js';

export type PassageKind = 'historical' | 'quoted' | 'current';

/** Headings of sections about the past or about what changed. */
const HISTORY_HEADING =
  /\b(?:history|historical|what(?:['’]s| has| have)? changed|changes (?:since|from|to (?:our|the) arrangements)|how (?:we|things|(?:the|our) (?:arrangements|partnership)) (?:have |has )?changed|previous arrangements|former arrangements|old arrangements|our journey|transition(?:al)? arrangements|moving from|before (?:19|20)\d\d|our story(?: so far)?|how we got here|where we (?:have )?come from|looking back|from the (?:LSCB|local safeguarding children board)|version (?:history|control)|document (?:control|history)|revision history|change ?log|amendments?|background to the (?:changes|new arrangements))\b/i;

/** Header cells of a column about the past ("Former arrangements", "Before 2024", "Until March 2024"). */
const HISTORY_COLUMN = /\b(?:former|previous(?:ly)?|old|before|prior|pre-?\s?(?:19|20)\d\d|until|then|was|were|legacy|historic(?:al)?|used to)\b|\b20(?:1\d|0\d)\b/i;

/** Tables that record the document's own history (version, date, what changed). */
const VERSION_HEADER = /\bversion\b|\brevision\b|\bchanges? made\b|\bamendments?\b|\bsummary of changes?\b/i;

/** A heading or a contents entry reduced to its words: no number, no page, no dots. */
function entryKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s\d.)]+/, '')
    .replace(/[.\s]*\d+\s*$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const cache = new WeakMap<DocumentModel, Map<Block, PassageKind>>();

/** The passage kind of every block that is not current, for one document (computed once). */
function passages(doc: DocumentModel): Map<Block, PassageKind> {
  const known = cache.get(doc);
  if (known) return known;
  const out = new Map<Block, PassageKind>();
  const historicalSections = new Set<Section>();
  for (const s of doc.sections) if (HISTORY_HEADING.test(s.heading) || (s.parent && historicalSections.has(s.parent))) historicalSections.add(s);
  const historyHeadings = new Set<string>();
  for (const s of historicalSections) {
    if (s.headingBlock) out.set(s.headingBlock, 'historical');
    historyHeadings.add(entryKey(s.heading));
  }
  for (const b of doc.blocks) {
    if (b.quoted) out.set(b, 'quoted');
    else if (b.section && historicalSections.has(b.section)) out.set(b, 'historical');
    // A contents entry that names a history section ("2. Our story so far: from the LSCB…") is that section's title again.
    else if (b.section && CONTENTS_HEADING.test(b.section.heading.replace(/^\W+|\W+$/g, '')) && historyHeadings.has(entryKey(b.text.value))) out.set(b, 'historical');
  }
  for (const t of doc.tables) markHistoricalCells(t, out);
  cache.set(doc, out);
  return out;
}

function markHistoricalCells(t: Table, out: Map<Block, PassageKind>): void {
  const header = t.header.texts;
  if (header.some((h) => VERSION_HEADER.test(h)) && header.some((h) => /\bdate\b|\bwhen\b/i.test(h))) {
    for (const r of t.rows) for (const c of r.cells) out.set(c.block, 'historical');
    return;
  }
  // Only a table that also has a current column is an old-versus-new comparison.
  const past = header.map((h) => HISTORY_COLUMN.test(h));
  if (!past.some(Boolean) || past.every(Boolean)) return;
  for (const r of [t.header, ...t.rows]) r.cells.forEach((c, i) => past[i] && out.set(c.block, 'historical'));
}

export function passageOf(doc: DocumentModel, block: Block): PassageKind {
  return passages(doc).get(block) ?? 'current';
}

/** Words that say a sentence is about now, even inside a history section ("we still have an LSCB"). */
export const CURRENT_MARKERS = /\b(?:currently|at present|presently|still|continues? to|today|this year)\b/i;
