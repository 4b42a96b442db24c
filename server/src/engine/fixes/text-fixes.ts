/**
 * Which safe text fixes to apply together, and applying them: one plan shared by `--fix` and the
 * editor's fix-all actions, so both change the same spans. Template and snippet fixes are never
 * part of it: they insert text an author must write or complete.
 *
 * A fix is applied whole or not at all: a fix with an edit that is out of range, overlaps one of
 * its own edits or overlaps an edit already accepted is skipped (the next `--fix` run picks it up
 * from a fresh lint). Accepted edits are all against the original text and never overlap.
 */
import type { Finding, TextEdit } from '../types.js';

export interface TextFixPlan {
  /** The edits to apply, in document order, non-overlapping, all against the original text. */
  edits: TextEdit[];
  /** Findings whose fix is in the plan. */
  applied: number;
  /** Findings with a text fix left out because it overlapped another (or was out of range). */
  skipped: number;
}

export function planTextFixes(findings: readonly Finding[], textLength: number): TextFixPlan {
  const fixes = findings
    .map((f) => f.fix)
    .filter((f): f is Extract<NonNullable<Finding['fix']>, { kind: 'text' }> => f?.kind === 'text' && f.edits.length > 0)
    .map((f) => [...f.edits].sort((a, b) => a.range.start.offset - b.range.start.offset))
    .sort((a, b) => a[0]!.range.start.offset - b[0]!.range.start.offset);

  const accepted: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  for (const edits of fixes) {
    const valid = edits.every((e) => e.range.start.offset >= 0 && e.range.end.offset <= textLength && e.range.start.offset <= e.range.end.offset);
    const selfOverlap = edits.some((e, i) => i > 0 && overlaps(edits[i - 1]!, e));
    if (!valid || selfOverlap || edits.some((e) => accepted.some((a) => overlaps(a, e)))) {
      skipped++;
      continue;
    }
    accepted.push(...edits);
    applied++;
  }
  return { edits: accepted.sort((a, b) => a.range.start.offset - b.range.start.offset), applied, skipped };
}

/** `text` with `edits` (non-overlapping, in document order, against `text`) applied in one pass. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.range.start.offset), e.text);
    at = e.range.end.offset;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Spans overlap when they share a character; two insertions at the same point also conflict. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const [as, ae, bs, be] = [a.range.start.offset, a.range.end.offset, b.range.start.offset, b.range.end.offset];
  return (as < be && bs < ae) || as === bs;
}
