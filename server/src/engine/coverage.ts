/**
 * The checklist of a document: every catalogue requirement for its type, with met / partial /
 * missing. Rules that record coverage (`ctx.cover`) are taken at their word; for the others the
 * findings decide (a finding of the rule means the requirement is not fully met).
 */
import type { LintResult } from './lint.js';
import { RULES } from './rules/registry.js';
import type { CoverageStatus, Range, RuleMeta } from './types.js';

export interface ChecklistItem {
  ruleId: string;
  title: string;
  level: RuleMeta['level'];
  citation: string;
  status: Exclude<CoverageStatus, 'not-applicable'>;
  /** The evidence (met), or where the requirement should go (partial / missing). */
  range: Range | undefined;
  /** What was found or what is missing, in a few words. */
  detail: string | undefined;
}

export interface Checklist {
  type: string | undefined;
  items: ChecklistItem[];
  met: number;
  partial: number;
  missing: number;
}

const RANK: Record<CoverageStatus, number> = { missing: 0, partial: 1, met: 2, 'not-applicable': 3 };

export function checklist(result: LintResult): Checklist {
  const type = result.type;
  const items: ChecklistItem[] = [];
  if (type) {
    for (const rule of RULES) {
      // Opt-in checks of proposed reforms are not WT2023 requirements: they report findings only.
      if (rule.meta.optIn || rule.meta.appliesTo === 'any' || !rule.meta.appliesTo.includes(type)) continue;
      const item = itemFor(rule.meta, result);
      if (item) items.push(item);
    }
  }
  return {
    type,
    items,
    met: items.filter((i) => i.status === 'met').length,
    partial: items.filter((i) => i.status === 'partial').length,
    missing: items.filter((i) => i.status === 'missing').length,
  };
}

function itemFor(meta: RuleMeta, result: LintResult): ChecklistItem | undefined {
  const recorded = result.coverage.filter((c) => c.ruleId === meta.id);
  const findings = result.findings.filter((f) => f.ruleId === meta.id);
  const base = { ruleId: meta.id, title: meta.title, level: meta.level, citation: meta.citation };
  if (recorded.length) {
    // A rule may record several entries (one per agency, say): the worst one stands for the rule.
    const worst = [...recorded].sort((a, b) => RANK[a.status] - RANK[b.status])[0]!;
    if (worst.status === 'not-applicable') return undefined;
    // A met record with findings of the same rule is only partly met.
    const status = worst.status === 'met' && findings.length ? 'partial' : worst.status;
    return { ...base, status, range: worst.range ?? findings[0]?.range, detail: worst.detail ?? findings[0]?.message };
  }
  if (!findings.length) return { ...base, status: 'met', range: undefined, detail: undefined };
  const missing = findings.some((f) => /^Missing\b/i.test(f.message));
  return { ...base, status: missing ? 'missing' : 'partial', range: findings[0]!.range, detail: findings.map((f) => f.message).join('; ') };
}
