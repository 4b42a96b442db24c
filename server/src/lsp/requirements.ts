/** The catalogue rules built as requirement rules (a heading or body evidence), by type. */
import { RULES, type DocType, type Rule } from '../engine/index.js';
import type { RequirementSpec } from '../engine/rules/shared/requirement.js';

export type RequirementRule = Rule & { spec: RequirementSpec };

export function isRequirementRule(rule: Rule): rule is RequirementRule {
  return 'spec' in rule && typeof (rule as RequirementRule).spec === 'object' && Array.isArray((rule as RequirementRule).spec.headings);
}

export function requirementRules(type: DocType | undefined): RequirementRule[] {
  if (!type) return [];
  return RULES.filter(isRequirementRule).filter((r) => r.meta.appliesTo !== 'any' && r.meta.appliesTo.includes(type));
}
