/** Builds what the reports need from one engine result, keeping the outline rather than the whole model. */
import { checklist } from '../engine/coverage.js';
import type { LintResult } from '../engine/lint.js';
import type { DocumentInfo } from './formatters/types.js';
import { describeDecision } from './type-decision.js';

export function documentInfo(result: LintResult): DocumentInfo {
  const { model } = result;
  return {
    type: result.type,
    typeSource: result.typeDecision.source,
    typeDecision: describeDecision(result.typeDecision),
    checklist: checklist(result),
    outline: model.sections.filter((s) => s.level > 0).map((s) => ({ heading: s.heading, level: s.level, line: s.headingRange.start.line })),
    title: model.title?.heading,
    text: model.text,
  };
}
