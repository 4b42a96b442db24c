/**
 * Custom messages between the language server and the VS Code extension, defined once and
 * imported by both sides. Standard LSP covers everything else; a client that knows none of
 * these still gets diagnostics, code actions, hover, completion and code lenses.
 */
import type { Range } from 'vscode-languageserver-types';

/** Settings under the `safeguardingLint` section, asked for per document. */
export interface EditorSettings {
  enable: boolean;
  /** Lint as you type, or only when the document is saved. */
  run: 'onType' | 'onSave';
}

export const DEFAULT_SETTINGS: EditorSettings = { enable: true, run: 'onType' };

/** Options the client passes in `initialize`. */
export interface InitializationOptions {
  /**
   * The client runs `safeguardingLint.insertSnippet` (see SnippetCommand), so templates can be
   * offered as real snippets with tab stops. Without it, templates are inserted as plain text.
   */
  snippetCommand?: boolean;
}

export const SNIPPET_COMMAND = 'safeguardingLint.insertSnippet';
/** Arguments of SNIPPET_COMMAND: insert `snippet` at `position` in `uri`, replacing up to the end position when one is given. */
export type SnippetCommandArgs = [uri: string, line: number, character: number, snippet: string, endLine?: number, endCharacter?: number];

export const OPEN_RULE_DOCS_COMMAND = 'safeguardingLint.openRuleDocs';
export const SHOW_CHECKLIST_COMMAND = 'safeguardingLint.showChecklist';

/** One requirement of the checklist, with LSP (0-based) ranges. */
export interface ChecklistEntry {
  ruleId: string;
  title: string;
  level: string;
  citation: string;
  status: 'met' | 'partial' | 'missing';
  range: Range | null;
  detail: string | null;
}

export interface ChecklistResult {
  uri: string;
  /** Undefined when the document is not a safeguarding document. */
  type: string | null;
  entries: ChecklistEntry[];
  met: number;
  partial: number;
  missing: number;
}

/** Request: the Working Together checklist of one document. */
export const CHECKLIST_REQUEST = 'safeguardingLint/checklist';
export interface ChecklistParams {
  uri: string;
}

/** Request: a rule's documentation page (Markdown), for "Explain rule". */
export const EXPLAIN_RULE_REQUEST = 'safeguardingLint/explainRule';
export interface ExplainRuleParams {
  /** Omit to get the list of rules. */
  ruleId?: string;
}
export interface ExplainRuleResult {
  rules: Array<{ id: string; title: string; level: string }>;
  markdown: string | null;
}

/** Request: one edit inserting a template for every missing section of a document (plain text). */
export const MISSING_SECTIONS_REQUEST = 'safeguardingLint/missingSectionsEdit';
export interface MissingSectionsParams {
  uri: string;
}
export interface MissingSectionsResult {
  /** Text edits for the document (non-overlapping), empty when nothing is missing. */
  edits: Array<{ range: Range; newText: string }>;
  headings: string[];
}
