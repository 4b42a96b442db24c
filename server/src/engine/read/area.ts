/**
 * The place a partnership serves, read from how it names itself ("Harrowmere Safeguarding Children
 * Partnership", "the Fenshire SCP", "Northwick and Dale Children's Partnership"), once per document.
 * Rules use it to tell "the secure children's home in Harrowmere" (here) from a place elsewhere.
 */
import type { DocumentModel } from '../parse/model.js';

/** One to four capitalised words before a partnership's name; "and" may join two places. */
const PARTNERSHIP_NAME =
  /\b((?:[A-Z][\w'’-]+[ \t]+)(?:(?:and|&)[ \t]+)?(?:[A-Z][\w'’-]+[ \t]+){0,3}?)(?:Safeguarding Children(?:'s)? Partnership|Children(?:'s)? Safeguarding Partnership|Safeguarding Partnership|Children(?:'s)? Partnership|SCP|SCPs|LSCP)\b/g;
/** Words a name can begin with that are not the place. */
const NOT_PLACE = /^(?:The|Our|This|A|An|Local|Multi-agency|Welcome|Dear|Yearly|Annual)$/i;

const cache = new WeakMap<DocumentModel, readonly string[]>();

/** The place names the document gives its partnership, most frequent first (may be empty). */
export function areaNames(doc: DocumentModel): readonly string[] {
  const known = cache.get(doc);
  if (known) return known;
  const counts = new Map<string, number>();
  // Capitals on a cover page ("HARROWMERE SAFEGUARDING CHILDREN PARTNERSHIP") read as a name.
  const text = doc.text.replace(/\b[A-Z][A-Z'’-]{2,}\b/g, (w) => (/^(?:SCP|SCPS|LSCP|ICB|LSCB|MASA)$/.test(w) ? w : w[0] + w.slice(1).toLowerCase()));
  for (const m of text.matchAll(PARTNERSHIP_NAME)) {
    const words = m[1]!.trim().split(/\s+/);
    while (words.length && NOT_PLACE.test(words[0]!)) words.shift();
    const place = words.join(' ');
    if (place) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  const names = [...counts].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  cache.set(doc, names);
  return names;
}
