/** Builds what the reports need from one engine result, keeping the outline rather than the whole model. */
import { checklist } from '../engine/coverage.js';
import { RULES } from '../engine/rules/registry.js';
import type { LintResult } from '../engine/lint.js';
import type { DocumentInfo } from './formatters/types.js';
import { describeDecision } from './type-decision.js';

export function documentInfo(result: LintResult): DocumentInfo {
  const { model } = result;
  const list = checklist(result);
  const listed = new Set(list.items.map((i) => i.ruleId));
  // The checklist leaves out what the engine recorded as not applicable; the reports name those too.
  const notApplicable = RULES.filter((r) => result.type && !r.meta.optIn && r.meta.appliesTo !== 'any' && r.meta.appliesTo.includes(result.type) && !listed.has(r.meta.id)).map((r) => ({
    ruleId: r.meta.id,
    title: r.meta.title,
    citation: r.meta.citation,
    detail: result.coverage.find((c) => c.ruleId === r.meta.id && c.status === 'not-applicable')?.detail,
  }));
  return {
    type: result.type,
    typeSource: result.typeDecision.source,
    typeDecision: describeDecision(result.typeDecision),
    checklist: list,
    notApplicable,
    outline: model.sections.filter((s) => s.level > 0).map((s) => ({ heading: s.heading, level: s.level, line: s.headingRange.start.line })),
    title: model.title?.heading,
    text: model.text,
  };
}
