/**
 * Applies the safe text fixes findings carry (`--fix`). Template fixes (section templates) are
 * never applied: they insert prose an author must write. Each edit replaces exactly its span;
 * a fix whose edits overlap an edit already accepted is left for the next run, and the accepted
 * edits (non-overlapping, all against the original text) are spliced in one pass.
 */
import type { Finding, TextEdit } from '../engine/types.js';

export interface FixOutcome {
  text: string;
  /** Findings whose fix was applied. */
  applied: number;
  /** Findings with a text fix that overlapped another and was not applied. */
  skipped: number;
}

export function applyTextFixes(text: string, findings: readonly Finding[]): FixOutcome {
  const fixes = findings
    .map((f) => f.fix)
    .filter((f): f is Extract<NonNullable<Finding['fix']>, { kind: 'text' }> => f?.kind === 'text' && f.edits.length > 0)
    .map((f) => [...f.edits].sort((a, b) => a.range.start.offset - b.range.start.offset))
    .sort((a, b) => a[0]!.range.start.offset - b[0]!.range.start.offset);

  const accepted: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  for (const edits of fixes) {
    const valid = edits.every((e) => e.range.start.offset >= 0 && e.range.end.offset <= text.length && e.range.start.offset <= e.range.end.offset);
    const selfOverlap = edits.some((e, i) => i > 0 && overlaps(edits[i - 1]!, e));
    if (!valid || selfOverlap || edits.some((e) => accepted.some((a) => overlaps(a, e)))) {
      skipped++;
      continue;
    }
    accepted.push(...edits);
    applied++;
  }

  // Equivalent to applying the edits from the end backwards, in one pass over the text.
  const parts: string[] = [];
  let at = 0;
  for (const e of accepted.sort((a, b) => a.range.start.offset - b.range.start.offset)) {
    parts.push(text.slice(at, e.range.start.offset), e.text);
    at = e.range.end.offset;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied, skipped };
}

/** Spans overlap when they share a character; two insertions at the same point also conflict. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const [as, ae, bs, be] = [a.range.start.offset, a.range.end.offset, b.range.start.offset, b.range.end.offset];
  return (as < be && bs < ae) || as === bs;
}
