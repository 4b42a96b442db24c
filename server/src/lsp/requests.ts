/** Answers to the extension's custom requests that are not about one position. */
import { ALL_META, META_BY_ID } from '../engine/index.js';
import { ruleDocPage } from '../engine/docs/rule-docs.js';
import { snippetToPlainText } from '../engine/fixes/snippet.js';
import { toLspRange } from './convert.js';
import type { DocumentLint } from './linter.js';
import type { ExplainRuleResult, MissingSectionsResult } from './protocol.js';

export function explainRule(ruleId: string | undefined): ExplainRuleResult {
  const rules = ALL_META.map((m) => ({ id: m.id, title: m.title, level: m.level }));
  const meta = ruleId ? META_BY_ID.get(ruleId) : undefined;
  return { rules, markdown: meta ? ruleDocPage(meta) : null };
}

/**
 * Every missing section's template as one edit set. Templates that go to the same place are
 * joined in the guidance's order, so the edits never overlap.
 */
export function missingSectionsEdit(lint: DocumentLint): MissingSectionsResult {
  const byOffset = new Map<number, { range: ReturnType<typeof toLspRange>; texts: string[] }>();
  const headings: string[] = [];
  for (const f of lint.result.findings) {
    if (f.fix?.kind !== 'template') continue;
    const key = f.fix.at.start.offset;
    const entry = byOffset.get(key) ?? { range: toLspRange(f.fix.at), texts: [] };
    entry.texts.push(snippetToPlainText(f.fix.snippet));
    byOffset.set(key, entry);
    headings.push(f.fix.title.replace(/^Insert a "(.*)" section$/, '$1'));
  }
  const edits = [...byOffset.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => ({ range: e.range, newText: e.texts.join('') }));
  return { edits, headings };
}
