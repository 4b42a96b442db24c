/**
 * Applies the safe text fixes findings carry (`--fix`), by the engine's plan (engine/fixes/
 * text-fixes.ts, which the editor's fix-all uses too). Template fixes (section templates) and
 * snippet fixes (a name to complete) are never applied: an author must write them.
 */
import { applyTextEdits, planTextFixes } from '../engine/fixes/text-fixes.js';
import type { Finding } from '../engine/types.js';

export interface FixOutcome {
  text: string;
  /** Findings whose fix was applied. */
  applied: number;
  /** Findings with a text fix that overlapped another and was not applied. */
  skipped: number;
}

export function applyTextFixes(text: string, findings: readonly Finding[]): FixOutcome {
  const plan = planTextFixes(findings, text.length);
  return { text: applyTextEdits(text, plan.edits), applied: plan.applied, skipped: plan.skipped };
}
