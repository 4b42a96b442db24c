/**
 * Hover: on a finding, the guidance's own words for the requirement, what was found or is
 * missing, and a link to the rule's docs; on a section heading the catalogue recognises, which
 * requirement the section answers and whether it is met.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { META_BY_ID, docsUrl, type Finding, type RuleMeta } from '../engine/index.js';
import { checklist } from '../engine/coverage.js';
import { GUIDANCE_EDITION, quotes } from '../engine/guidance/index.js';
import { requirementRules } from './requirements.js';
import { normalizeHeading } from '../engine/rules/shared/requirement.js';
import { toLspRange } from './convert.js';
import type { DocumentLint } from './linter.js';

const MAX_QUOTE = 700;

export function hover(lint: DocumentLint, position: Position): Hover | null {
  if (lint.silent) return null;
  const line = position.line + 1;
  const column = position.character + 1;
  const at = (f: Finding) => within(f.range, line, column);
  const findings = lint.result.findings.filter(at);
  if (findings.length) {
    const parts = findings.map(findingHover);
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toLspRange(findings[0]!.range) };
  }
  const section = lint.result.model.sections.find((s) => within(s.headingRange, line, column));
  if (!section) return null;
  const heading = normalizeHeading(section.heading);
  const answers = requirementRules(lint.result.type).filter((r) => r.spec.headings.some((p) => p.test(heading)));
  if (!answers.length) return null;
  const list = checklist(lint.result);
  const parts = answers.map((r) => {
    const item = list.items.find((i) => i.ruleId === r.meta.id);
    const status = item ? { met: '✅ met', partial: '🟡 partly met', missing: '❌ missing' }[item.status] : '';
    return [`**This section answers \`${r.meta.id}\`** — ${r.meta.title} (${r.meta.citation}) ${status}`, guidanceQuote(r.meta), docsLink(r.meta.id)].filter(Boolean).join('\n\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toLspRange(section.headingRange) };
}

function findingHover(f: Finding): string {
  const meta = META_BY_ID.get(f.ruleId);
  const head = `**${f.message}**\n\n\`${f.ruleId}\` · ${f.severity}${meta ? ` · ${meta.title}` : ''}`;
  return [head, meta ? guidanceQuote(meta) : '', docsLink(f.ruleId)].filter(Boolean).join('\n\n');
}

/** The guidance's words for a rule, quoted with ¶ and edition. */
export function guidanceQuote(meta: RuleMeta): string {
  const q = quotes(meta.paragraphs);
  if (!q.length) return '';
  const body = q
    .map(({ paragraph, text }) => {
      const clipped = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE).replace(/\s+\S*$/, '')} …` : text;
      return clipped
        .split('\n')
        .map((l, i) => `> ${i === 0 ? `**¶${paragraph}** ` : ''}${l}`.trimEnd())
        .join('\n');
    })
    .join('\n>\n');
  return `${body}\n\n*${GUIDANCE_EDITION}. Open Government Licence v3.0.*`;
}

function docsLink(ruleId: string): string {
  return `[Rule documentation](${docsUrl(ruleId)})`;
}

function within(range: { start: { line: number; column: number }; end: { line: number; column: number } }, line: number, column: number): boolean {
  if (line < range.start.line || line > range.end.line) return false;
  if (line === range.start.line && column < range.start.column) return false;
  if (line === range.end.line && column > range.end.column) return false;
  return true;
}
