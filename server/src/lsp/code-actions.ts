/**
 * Code actions, built only from what each diagnostic carries (`Diagnostic.data`) and the
 * document's current lint: fix, fix all of this rule, insert a section template, suppress on
 * this line / in this file, open the rule's docs. `source.fixAll.safeguardingLint` applies
 * text fixes only: it never inserts templates unasked.
 */
import { CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, TextEdit } from '../engine/index.js';
import { META_BY_ID, docsUrl } from '../engine/index.js';
import { snippetToPlainText } from '../engine/fixes/snippet.js';
import { planTextFixes } from '../engine/fixes/text-fixes.js';
import { isOurs, toLspRange } from './convert.js';
import type { DocumentLint } from './linter.js';
import { OPEN_RULE_DOCS_COMMAND, SNIPPET_COMMAND, type SnippetCommandArgs } from './protocol.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.safeguardingLint`;

export interface CodeActionOptions {
  /** The client runs SNIPPET_COMMAND: templates become real snippets. */
  snippetCommand: boolean;
}

export function codeActions(doc: TextDocument, lint: DocumentLint, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];

  if (wants(FIX_ALL_KIND) && only?.some((k) => FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.SourceFixAll))) {
    const edits = textEditsOf(lint.result.findings, doc.getText().length);
    if (edits.length) actions.push(editAction('Fix all safeguarding-lint text problems', FIX_ALL_KIND, doc.uri, edits));
    return actions;
  }
  if (!wants(CodeActionKind.QuickFix)) return actions;

  const seenRules = new Set<string>();
  for (const diagnostic of params.context.diagnostics) {
    if (!isOurs(diagnostic)) continue;
    // Shown from an older, longer version of the text (the editor may still hold it): its lines
    // are gone, so nothing is offered rather than edits past the end of the document.
    if (diagnostic.range.start.line >= doc.lineCount || diagnostic.range.end.line >= doc.lineCount) continue;
    const { ruleId, fix } = diagnostic.data;
    if (fix?.kind === 'text') {
      const action = editAction(fix.title, CodeActionKind.QuickFix, doc.uri, fix.edits, diagnostic);
      action.isPreferred = true;
      actions.push(action);
    } else if (fix?.kind === 'template') {
      actions.push(templateAction(doc, fix, diagnostic, options));
    } else if (fix?.kind === 'snippet') {
      actions.push(replacementAction(doc, fix, diagnostic, options));
    }
    if (!seenRules.has(ruleId)) {
      seenRules.add(ruleId);
      const sameRule = lint.result.findings.filter((f) => f.ruleId === ruleId && f.fix?.kind === 'text');
      if (sameRule.length > 1) {
        actions.push(editAction(`Fix all "${ruleId}" problems in this document`, CodeActionKind.QuickFix, doc.uri, textEditsOf(sameRule, doc.getText().length)));
      }
    }
    actions.push(...suppressActions(doc, lint, diagnostic, ruleId, options));
    actions.push({
      title: `Show documentation for ${ruleId}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Open rule documentation', command: OPEN_RULE_DOCS_COMMAND, arguments: [docsUrl(ruleId)] },
    });
  }
  return actions;
}

/** Text edits of all findings' safe fixes, by the plan `--fix` uses: whole fixes, never overlapping. */
export function textEditsOf(findings: Finding[], textLength: number): TextEdit[] {
  return planTextFixes(findings, textLength).edits;
}

function toLspEdits(edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toLspRange(e.range), newText: e.text }));
}

function editAction(title: string, kind: string, uri: string, edits: TextEdit[], diagnostic?: Diagnostic): CodeAction {
  const action = CodeAction.create(title, { changes: { [uri]: toLspEdits(edits) } }, kind);
  if (diagnostic) action.diagnostics = [diagnostic];
  return action;
}

/**
 * A replacement the author must complete (the real name of the body that replaced a CCG): a
 * snippet over the span when the client runs our snippet command, else the placeholder text,
 * which content/placeholder then flags until it is filled in.
 */
function replacementAction(doc: TextDocument, fix: Extract<Fix, { kind: 'snippet' }>, diagnostic: Diagnostic, options: CodeActionOptions): CodeAction {
  const range = toLspRange(fix.range);
  if (options.snippetCommand) {
    const args: SnippetCommandArgs = [doc.uri, range.start.line, range.start.character, fix.snippet, range.end.line, range.end.character];
    return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: fix.title, command: SNIPPET_COMMAND, arguments: args } };
  }
  const action = CodeAction.create(fix.title, { changes: { [doc.uri]: [{ range, newText: snippetToPlainText(fix.snippet) }] } }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  return action;
}

function templateAction(doc: TextDocument, fix: Extract<Fix, { kind: 'template' }>, diagnostic: Diagnostic, options: CodeActionOptions): CodeAction {
  const position = { line: fix.at.start.line - 1, character: fix.at.start.column - 1 };
  if (options.snippetCommand) {
    const args: SnippetCommandArgs = [doc.uri, position.line, position.character, fix.snippet];
    return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: fix.title, command: SNIPPET_COMMAND, arguments: args } };
  }
  const text = snippetToPlainText(fix.snippet);
  return CodeAction.create(fix.title, { changes: { [doc.uri]: [{ range: { start: position, end: position }, newText: text }] } }, CodeActionKind.QuickFix);
}

/**
 * "Suppress on this line" appends an inline comment at the end of the finding's line: unlike a
 * comment line inserted above, it cannot split a paragraph, a list or a table, so the rendered
 * document does not change. Findings in front matter can only be suppressed for the file.
 */
function suppressActions(doc: TextDocument, lint: DocumentLint, diagnostic: Diagnostic, ruleId: string, options: CodeActionOptions): CodeAction[] {
  const out: CodeAction[] = [];
  const fm = lint.result.model.frontMatter;
  const line = diagnostic.range.start.line;
  const inFrontMatter = fm !== undefined && line + 1 >= fm.range.start.line && line + 1 <= fm.range.end.line;
  const reason = (n: number) => (options.snippetCommand ? `\${${n}:reason}` : '');
  const label = META_BY_ID.get(ruleId)?.id ?? ruleId;
  if (!inFrontMatter) {
    const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
    const at = { line, character: lineText.length };
    const snippet = ` <!-- safeguarding-lint-disable-line ${label} -- ${reason(1)} -->`;
    out.push(insertion(doc, `Suppress ${label} on this line`, at, snippet, diagnostic, options));
  }
  // For the file: after the front matter, else at the top.
  const fileLine = fm ? fm.range.end.line : 0;
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  const fileAt = { line: fileLine, character: 0 };
  const prefix = fm && fileLine >= doc.lineCount ? eol : '';
  const fileSnippet = `${prefix}<!-- safeguarding-lint-disable-file ${label} -- ${reason(1)} -->${eol}`;
  out.push(insertion(doc, `Suppress ${label} in this file`, fileAt, fileSnippet, diagnostic, options));
  return out;
}

function insertion(doc: TextDocument, title: string, at: { line: number; character: number }, snippet: string, diagnostic: Diagnostic, options: CodeActionOptions): CodeAction {
  if (options.snippetCommand) {
    const args: SnippetCommandArgs = [doc.uri, at.line, at.character, snippet];
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: SNIPPET_COMMAND, arguments: args } };
  }
  const action = CodeAction.create(title, { changes: { [doc.uri]: [{ range: { start: at, end: at }, newText: snippetToPlainText(snippet) }] } }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  return action;
}
