/**
 * Completion: in front matter, our keys and the four types; at a new heading, the sections
 * this document type still lacks, inserting the same templates as the quick fixes.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DOC_TYPES } from '../engine/index.js';
import { FRONT_MATTER_KEYS } from '../engine/rules/any/front-matter.js';
import { evaluateRequirement } from '../engine/rules/shared/requirement.js';
import { placeholderDefaults, snippetToPlainText } from '../engine/fixes/snippet.js';
import { requirementRules } from './requirements.js';
import type { DocumentLint } from './linter.js';

const TYPE_DESCRIPTIONS: Record<string, string> = {
  arrangements: 'Published multi-agency safeguarding arrangements (WT2023 ¶103–105)',
  'yearly-report': 'The partnership’s yearly report (WT2023 ¶106–109)',
  threshold: 'Threshold / levels-of-need document (WT2023 ¶116–117)',
  'local-protocol': 'Local protocol for assessment and support (WT2023 ¶141–142)',
};

export function completion(doc: TextDocument, lint: DocumentLint, position: Position, snippets: boolean): CompletionItem[] {
  const lineText = doc.getText({ start: { line: position.line, character: 0 }, end: position });
  const fm = lint.result.model.frontMatter;
  const line1 = position.line + 1;
  const inFrontMatter = fm ? line1 > fm.range.start.line && line1 < fm.range.end.line : position.line > 0 && /^---\s*$/.test(doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).trim());
  if (inFrontMatter) return frontMatterItems(lineText);
  const heading = /^(#{1,6})\s+(.*)$/.exec(lineText);
  if (heading) return headingItems(lint, position, heading[1]!.length, heading[2]!.length, snippets);
  return [];
}

function frontMatterItems(lineText: string): CompletionItem[] {
  if (/^\s*type\s*:\s*\S*$/.test(lineText)) {
    return DOC_TYPES.map((t) => ({ label: t, kind: CompletionItemKind.EnumMember, detail: TYPE_DESCRIPTIONS[t] }));
  }
  if (/^\s*[A-Za-z_]*$/.test(lineText)) {
    return Object.entries(FRONT_MATTER_KEYS).map(([key, kind]) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: kind,
      insertText: `${key}: `,
    }));
  }
  return [];
}

function headingItems(lint: DocumentLint, position: Position, level: number, typed: number, snippets: boolean): CompletionItem[] {
  const type = lint.result.type;
  if (!type) return [];
  const missing = requirementRules(type).filter((r) => evaluateRequirement(lint.result.model, r.spec).status !== 'met');
  const start = { line: position.line, character: position.character - typed };
  return missing.map((r, i) => {
    const body = placeholderDefaults(r.spec.templateBody);
    const text = `${r.spec.templateHeading}\n\n${body}\n`;
    return {
      label: r.spec.templateHeading,
      kind: CompletionItemKind.Snippet,
      detail: `${r.meta.id} · ${r.meta.citation}`,
      documentation: { kind: MarkupKind.Markdown, value: `Missing from this ${type}: ${r.spec.what}.\n\n\`\`\`markdown\n${'#'.repeat(level)} ${snippetToPlainText(text)}\`\`\`` },
      sortText: String(i).padStart(3, '0'),
      filterText: r.spec.templateHeading,
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: { start, end: position }, newText: snippets ? text : snippetToPlainText(text) },
    };
  });
}
