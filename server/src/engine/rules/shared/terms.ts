/**
 * Outdated-term rules: find a term in prose, skip historical sentences ("replaced the former
 * LSCB in 2019"), report the exact span, and offer a replacement that keeps the author's case.
 */
import type { Block, DocumentModel } from '../../parse/model.js';
import { CURRENT_MARKERS, passageOf } from '../../read/passages.js';
import { isHardWrap } from '../../text/sentences.js';
import { HISTORY_MARKERS, isHistoricalSentence } from '../../text/history.js';
import type { Fix, RuleMeta } from '../../types.js';
import { defineRule, type Rule } from '../rule.js';

export interface TermSpec {
  /** Global, case-insensitive pattern for the outdated term. */
  pattern: RegExp;
  /** The message for a match, e.g. `"CCG" is outdated: clinical commissioning groups were replaced…`. */
  message(match: string): string;
  /** The replacement for a match, when there is a safe one (it invents nothing: `--fix` applies it). */
  replacement?(match: string): string | undefined;
  /**
   * A replacement the author must complete (an editor quick fix, never `--fix`): a snippet for the
   * match and the proper name before it (`name`, "Wrenfield " in "Wrenfield CCG"), used instead of
   * `replacement` where swapping the term would make up a name or rewrite the past.
   */
  suggestion?(match: string, name: string): { title: string; snippet: string };
  /** Extra context that makes a sentence not about the partnership's current arrangements. */
  exempt?: RegExp;
  /**
   * The term's successor ("ICB", "partnership chair"). A sentence that names both is describing
   * the change ("paid by the CCGs until June 2022 and by the ICB from July"), not using the old term.
   */
  successor?: RegExp;
  /** The term is legitimate in the adults' sections of joint children and adults documents (the SAB's independent chair). */
  notInAdultsSections?: boolean;
}

/** Words that mark a sentence as history, not current practice (one list: text/history.ts). */
export const HISTORICAL = HISTORY_MARKERS;

/** The last block's text with hard-wrapped line breaks read as spaces (a block has many matches). */
let unwrapped: { text: string; value: string } | undefined;

/** `text` with hard-wrapped line breaks (converted documents) read as spaces: they do not end a sentence. */
function unwrap(text: string): string {
  // The cache first: a block with 16,000 matches must not be scanned for a line break 16,000 times.
  if (unwrapped?.text === text) return unwrapped.value;
  const value = text.includes('\n') ? text.replace(/\n/g, (nl, at: number) => (isHardWrap(text, at) ? ' ' : nl)) : text;
  unwrapped = { text, value };
  return value;
}

const SENTENCE_START = /(?:[.!?]["')\]]?\s+|\n|;\s+)(?=[^.!?\n]*$)/;
const SENTENCE_END = /[.!?](?=\s|$)|\n/g;

/**
 * Sentences of a block's text, as [start, end) offsets. Linear in the text around `index`, not
 * in the block, so a block with thousands of matches (a 50,000-row table) stays fast.
 */
export function sentenceAt(text: string, index: number): [number, number] {
  const t = unwrap(text);
  // The sentence starts after the last terminator before `index`: only a match that reaches past
  // it can have no terminator after it, and such a match starts at most two characters before the
  // whitespace that precedes that terminator. Searching from there finds what a search of the
  // whole text would, without re-reading the block for every match.
  let k = Math.min(index, t.length) - 1;
  while (k >= 0 && !'.!?\n'.includes(t[k]!)) k--;
  let from = 0;
  if (k >= 0) {
    let j = k;
    while (j > 0 && /\s/.test(t[j - 1]!)) j--;
    from = Math.max(0, j - 2);
  }
  const startMatch = SENTENCE_START.exec(t.slice(from, index));
  const start = startMatch ? from + startMatch.index + startMatch[0].length : 0;
  SENTENCE_END.lastIndex = index;
  const rest = SENTENCE_END.exec(t);
  const end = rest ? rest.index + 1 : t.length;
  return [start, end];
}

/** Headings of glossaries, where an entry is read as a whole ("LSCB. The body that … until 2019"). */
const GLOSSARY = /\b(glossary|abbreviations|acronyms|definitions|terms used|jargon|key terms|words (?:we use|used)|what (?:do )?(?:the |these )?words|meaning of)\b/i;

/**
 * The text that decides whether a mention is historical: its sentence; for a table cell, its
 * whole row; for a glossary entry, the whole entry.
 */
function contexts(block: Block, index: number): string[] {
  const [s, e] = sentenceAt(block.text.value, index);
  const out = [block.text.value.slice(s, e)];
  if (block.row) out.push(block.row.texts.join(' | '));
  for (let sec = block.section; sec; sec = sec.parent) {
    if (GLOSSARY.test(sec.heading)) {
      out.push(block.text.value);
      break;
    }
  }
  return out;
}

export function isHistorical(block: Block, index: number, exempt?: RegExp, successor?: RegExp, doc?: DocumentModel, presentTenseDocument = false): boolean {
  const [sentence, ...wider] = contexts(block, index);
  if (successor?.test(sentence!)) return true;
  if (isHistoricalSentence(sentence!, { presentTenseDocument }) && !CURRENT_MARKERS.test(sentence!)) return true;
  if ([sentence!, ...wider].some((c) => HISTORICAL.test(c) || (exempt ? exempt.test(c) : false))) return true;
  // In a history section, a version-history table or a "former arrangements" column, or quoting
  // someone: not the document's current use, unless the sentence itself says it is about now.
  return doc !== undefined && passageOf(doc, block) !== 'current' && !CURRENT_MARKERS.test(sentence!);
}

/** Keeps the case style of `original` on `replacement`: "CCG"->"ICB", "Clinical Commissioning Group"->"Integrated Care Board". */
export function matchCase(original: string, replacement: string): string {
  if (original === original.toUpperCase() && /[A-Z]{2}/.test(original)) return replacement.toUpperCase() === replacement ? replacement : replacement;
  const words = original.split(/\s+/);
  const titleCase = words.length > 1 && words.filter((w) => w.length > 3).every((w) => /^[A-Z]/.test(w));
  if (titleCase) return replacement.replace(/\b([a-z])([a-z]*)/g, (_m, a: string, b: string) => (['and', 'of', 'the', 'to'].includes(a + b) ? a + b : a.toUpperCase() + b));
  if (/^[A-Z]/.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Documents that say how things are now; a yearly report tells its own year in the past tense. */
const PRESENT_TENSE_TYPES = new Set<string>(['arrangements', 'threshold', 'local-protocol']);

export function termRule(meta: RuleMeta, spec: TermSpec): Rule {
  return defineRule({ ...meta, fixable: spec.replacement ? 'text' : spec.suggestion ? 'suggestion' : undefined }, (ctx) => {
    const presentTense = PRESENT_TENSE_TYPES.has(ctx.type);
    for (const block of ctx.doc.blocks) {
      if (block.kind === 'code') continue;
      if (spec.notInAdultsSections && block.adultsOnly) continue;
      const text = block.text.value;
      spec.pattern.lastIndex = 0;
      for (let m = spec.pattern.exec(text); m; m = spec.pattern.exec(text)) {
        if (isHistorical(block, m.index, spec.exempt, spec.successor, ctx.doc, presentTense)) continue;
        const start = block.text.sourceOffset(m.index);
        const end = block.text.sourceEndOffset(m.index + m[0].length);
        const range = ctx.doc.rangeOf(start, end);
        // Only offer a fix when the source span is exactly the matched text (no markup inside).
        const exact = ctx.doc.text.slice(start, end) === m[0];
        const name = exact ? properNameBefore(ctx.doc.text, start) : '';
        // A term inside a proper name ("Wrenfield Secure College") or a sentence in the past tense
        // ("the CCG funded it in 2021") is not swapped unasked: that would make up a name or
        // rewrite what happened. The editor can still offer a suggestion to complete.
        // (In a present-tense document isHistorical has already ruled the past-tense sentence out.)
        const past = !presentTense && !!spec.replacement && isHistoricalSentence(sentenceOf(block, m.index), { presentTenseDocument: true });
        const replacement = !name && !past ? spec.replacement?.(m[0]) : undefined;
        const suggestion = exact ? spec.suggestion?.(m[0], name) : undefined;
        const edit = replacement && exact ? changedPart(m[0], replacement) : undefined;
        const fix: Fix | undefined =
          replacement && edit
            ? { kind: 'text', title: `Replace "${m[0]}" with "${replacement}"`, edits: [{ range: ctx.doc.rangeOf(start + edit.from, start + edit.to), text: edit.text }] }
            : suggestion
              ? { kind: 'snippet', title: suggestion.title, range: ctx.doc.rangeOf(start - name.length, end), snippet: suggestion.snippet }
              : undefined;
        ctx.report({ message: spec.message(m[0]), range, fix });
      }
    }
  });
}

/**
 * The words of `original` that `replacement` changes, as an edit of `original`: the words both
 * start and end with are kept (any whitespace matching any whitespace), so a term broken over
 * two lines ("Working Together to Safeguard Children⏎2018") keeps its line break and only "2018"
 * is replaced. Undefined when the changed words themselves span a line break: the fix would
 * change the document's lines, so none is offered.
 */
export function changedPart(original: string, replacement: string): { from: number; to: number; text: string } | undefined {
  const same = (a: string | undefined, b: string | undefined) => a === b || (a !== undefined && b !== undefined && /\s/.test(a) && /\s/.test(b));
  // Common prefix, backed up to a word start.
  let p = 0;
  while (p < original.length && p < replacement.length && same(original[p], replacement[p])) p++;
  while (p > 0 && !/\s/.test(original[p - 1]!)) p--;
  // Common suffix after the prefix, backed up to a word end.
  let q = 0;
  while (q < original.length - p && q < replacement.length - p && same(original[original.length - 1 - q], replacement[replacement.length - 1 - q])) q++;
  while (q > 0 && !/\s/.test(original[original.length - q]!)) q--;
  const from = p;
  const to = original.length - q;
  if (/[\r\n\u2028\u2029]/.test(original.slice(from, to))) return undefined;
  return { from, to, text: replacement.slice(p, replacement.length - q) };
}

/** The sentence of a block's text around `index`. */
function sentenceOf(block: Block, index: number): string {
  const [s, e] = sentenceAt(block.text.value, index);
  return block.text.value.slice(s, e);
}

/** Words that start a sentence or a phrase, not a name: "The CCG", "Our CCG". */
const NOT_A_NAME = /^(?:the|our|this|that|these|those|a|an|each|every|any|all|no|its|their|his|her|your|my|in|on|at|by|for|from|of|to|and|or|with|both|former|local|new|old|each|which|where|when|if|as|is|was)$/i;

/**
 * The proper name written just before `offset` on its line ("NHS Wrenfield " before "CCG"):
 * capitalised words, up to four, not a sentence's first word such as "The". Empty when there is none.
 */
export function properNameBefore(text: string, offset: number): string {
  const line = text.slice(Math.max(0, offset - 120), offset).split(/[\r\n]/).pop() ?? '';
  const m = /((?:(?:NHS|[A-Z][\p{L}'’&.-]*) ){1,4})$/u.exec(line);
  if (!m) return '';
  const words = m[1]!.trim().split(' ');
  while (words.length && NOT_A_NAME.test(words[0]!)) words.shift();
  return words.length ? `${words.join(' ')} ` : '';
}
