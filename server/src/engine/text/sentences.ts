/** Sentence boundaries, shared by the parser (evidence) and the rules. */
import { TextMemo } from './memo.js';

/** Sentences of a text as [start, end) pairs; "Dr." and "e.g." do not end a sentence. */
export function sentences(text: string): Array<[number, number]> {
  // Rules ask for the same blocks' sentences many times in one lint, and again on every keystroke.
  return sentenceMemo.get(text, splitSentences);
}

const sentenceMemo = new TextMemo<Array<[number, number]>>();

/** Empties the memo of sentence splits (the editor closed a document: see forgetParsed). */
export function clearSentenceCache(): void {
  sentenceMemo.clear();
}

function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const re = /([.!?])["'’”)\]]*(?=\s+["'“(*_]*[A-Z0-9])|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '\n' && isHardWrap(text, m.index)) continue;
    const before = text.slice(Math.max(0, m.index - 6), m.index + 1);
    if (/\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|Cllr|Supt|Insp|Det|e\.g|i\.e|etc|approx|Ch|para|paras|fn)\.$/i.test(before)) continue;
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) out.push([start, end]);
    start = end;
  }
  if (text.slice(start).trim()) out.push([start, text.length]);
  return out;
}

/**
 * A line break that only wraps a long line (text converted from PDF or Word is hard-wrapped at
 * 70–90 characters): the line before is long and does not end a sentence or a clause.
 */
export function isHardWrap(text: string, newline: number): boolean {
  const lineStart = text.lastIndexOf('\n', newline - 1) + 1;
  const line = text.slice(lineStart, newline).trimEnd();
  if (line.length < HARD_WRAP_MIN || /[.!?:;]["'’”)\]]*$/.test(line)) return false;
  // Lines that each stand alone (a signature block, "Name, Post, Agency" per line) are not wraps:
  // a wrap goes on in lower case, or breaks after a word no sentence ends on.
  const next = text.slice(newline + 1).trimStart();
  return /^[a-z(£\d]/.test(next) || CONTINUES.test(line);
}

/** Words a wrapped line can end on but a sentence or an entry cannot. */
const CONTINUES = /\b(?:and|or|but|nor|the|a|an|of|to|in|for|with|by|on|at|from|as|into|than|that|which|who|whose|its|their|our|his|her|is|are|was|were|be|been|has|have|had|not|this|these|those|each|every|all|any|both|between|under|over|through|about|after|before|within|without|including|such)$/i;

/** Shorter lines are written that way (addresses, signature blocks, short list-like lines). */
const HARD_WRAP_MIN = 50;

/** The [start, end) of the sentence of `text` that holds offset `index`. */
export function sentenceAround(text: string, index: number): [number, number] {
  for (const span of sentences(text)) if (index >= span[0] && index < span[1]) return span;
  return [0, text.length];
}
