/**
 * The one list of every rule. Loading it validates the metadata, so a rule with a bad id,
 * level or citation fails at start-up (and in the tests), not in a user's report.
 */
import type { RuleMeta } from '../types.js';
import { DOC_TYPES } from '../types.js';
import type { Rule } from './rule.js';
import { rules as arrangements } from './arrangements/index.js';
import { rules as yearlyReport } from './yearly-report/index.js';
import { rules as threshold } from './threshold/index.js';
import { rules as localProtocol } from './local-protocol/index.js';
import { rules as anyDocument } from './any/index.js';
import { rules as reforms2025 } from './reforms-2025/index.js';
import { houseRules } from './house.js';
import { crossDocumentMeta } from '../project/meta.js';

/** Catalogue rules, then the opt-in checks of proposed reforms (off unless their preset is used). */
export const RULES: readonly Rule[] = [...arrangements, ...yearlyReport, ...threshold, ...localProtocol, ...anyDocument, ...reforms2025];

/** Metadata of every id the engine can report: catalogue rules and house rules. */
export const ALL_META: readonly RuleMeta[] = [...RULES.map((r) => r.meta), ...crossDocumentMeta, ...houseRules];

export const META_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(ALL_META.map((m) => [m.id, m]));

export const DOCS_BASE_URL = 'https://github.com/safeguarding-lint/safeguarding-lint/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

const OPT_IN_FAMILIES = new Set(['reforms-2025']);

export function validateMeta(all: readonly RuleMeta[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const m of all) {
    // Families are words, or a preset's name such as `reforms-2025`.
    if (!/^[a-z][a-z0-9-]*\/[a-z0-9-]+$/.test(m.id)) problems.push(`${m.id}: id is not family/name`);
    const family = m.id.split('/')[0]!;
    if (m.optIn && family !== m.optIn) problems.push(`${m.id}: an opt-in rule's id starts with its preset (${m.optIn}/)`);
    if (!m.optIn && OPT_IN_FAMILIES.has(family)) problems.push(`${m.id}: rules under ${family}/ must be opt-in`);
    if (seen.has(m.id)) problems.push(`${m.id}: duplicate id`);
    seen.add(m.id);
    if (!['must', 'should', 'consider', 'error', 'warning', 'info'].includes(m.level)) problems.push(`${m.id}: bad level ${m.level}`);
    if (m.appliesTo !== 'any' && !m.appliesTo.every((t) => (DOC_TYPES as readonly string[]).includes(t))) problems.push(`${m.id}: bad appliesTo`);
    if (!m.title || !m.description || !m.example) problems.push(`${m.id}: title, description and example are required`);
    if (m.paragraphs.length && !m.citation.includes('¶')) problems.push(`${m.id}: citation must cite a ¶`);
  }
  return problems;
}

const problems = validateMeta(ALL_META);
if (problems.length) throw new Error(`invalid rule metadata:\n${problems.join('\n')}`);
