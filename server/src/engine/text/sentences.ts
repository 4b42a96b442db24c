/** Sentence boundaries, shared by the parser (evidence) and the rules. */

/** Sentences of a text as [start, end) pairs; "Dr." and "e.g." do not end a sentence. */
export function sentences(text: string): Array<[number, number]> {
  // Rules ask for the same blocks' sentences many times in one lint: remember recent answers.
  const known = sentenceCache.get(text);
  if (known) return known;
  const out = splitSentences(text);
  if (sentenceCache.size > 20_000) sentenceCache.clear();
  sentenceCache.set(text, out);
  return out;
}

const sentenceCache = new Map<string, Array<[number, number]>>();

function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const re = /([.!?])["'’”)\]]*(?=\s+["'“(*_]*[A-Z0-9])|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index + 1);
    if (/\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|Cllr|Supt|Insp|Det|e\.g|i\.e|etc|approx|Ch|para|paras|fn)\.$/i.test(before)) continue;
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) out.push([start, end]);
    start = end;
  }
  if (text.slice(start).trim()) out.push([start, text.length]);
  return out;
}

/** The [start, end) of the sentence of `text` that holds offset `index`. */
export function sentenceAround(text: string, index: number): [number, number] {
  for (const span of sentences(text)) if (index >= span[0] && index < span[1]) return span;
  return [0, text.length];
}
