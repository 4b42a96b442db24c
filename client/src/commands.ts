/** Palette commands and the commands code actions and views call. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SHOW_CHECKLIST_COMMAND, SNIPPET_COMMAND } from '../../server/src/lsp/protocol';
import { REVEAL_COMMAND, type ChecklistProvider } from './checklist';
import { requestExplain, requestMissingSections } from './requests';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, checklist: ChecklistProvider, output: vscode.OutputChannel): void {
  const register = (id: string, fn: (...args: never[]) => unknown) =>
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: never[]) => {
        try {
          return await fn(...args);
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          output.appendLine(`${id} failed: ${message}`);
          void vscode.window.showErrorMessage(`Safeguarding Lint: ${message}`);
          return undefined;
        }
      }),
    );

  // Code actions insert section templates and suppressions as snippets (tab stops to fill in).
  register(SNIPPET_COMMAND, async (uri: string, line: number, character: number, snippet: string, endLine?: number, endCharacter?: number) => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = await vscode.window.showTextDocument(doc);
    const start = new vscode.Position(line, character);
    const where = endLine !== undefined && endCharacter !== undefined ? new vscode.Range(start, new vscode.Position(endLine, endCharacter)) : start;
    await editor.insertSnippet(new vscode.SnippetString(snippet), where);
  });

  register(SHOW_CHECKLIST_COMMAND, async () => {
    await vscode.commands.executeCommand('safeguardingLint.checklist.focus');
    await checklist.refresh();
  });

  register(REVEAL_COMMAND, async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    await vscode.window.showTextDocument(doc, { selection: r });
  });

  register('safeguardingLint.explainRule', async (ruleId?: string) => {
    let id = typeof ruleId === 'string' ? ruleId : undefined;
    if (!id) {
      const list = await requestExplain(client);
      const pick = await vscode.window.showQuickPick(
        list.rules.map((r) => ({ label: r.id, description: r.level, detail: r.title })),
        { placeHolder: 'Which rule?', matchOnDetail: true },
      );
      if (!pick) return;
      id = pick.label;
    }
    const result = await requestExplain(client, id);
    if (!result.markdown) throw new Error(`unknown rule "${id}"`);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
    await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
  });

  register('safeguardingLint.insertMissingSections', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) throw new Error('open a safeguarding document first');
    const result = await requestMissingSections(client, editor.document.uri.toString());
    if (!result.edits.length) {
      void vscode.window.showInformationMessage('No sections are missing from this document.');
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) {
      edit.insert(editor.document.uri, new vscode.Position(e.range.start.line, e.range.start.character), e.newText);
    }
    await vscode.workspace.applyEdit(edit);
    void vscode.window.showInformationMessage(`Inserted ${result.headings.length} section templates: fill in the [insert …] placeholders.`);
  });

  register('safeguardingLint.lintWorkspace', async () => {
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**');
    // Opening a document (without showing it) makes the server lint it and report in Problems.
    for (const file of files) await vscode.workspace.openTextDocument(file);
    void vscode.commands.executeCommand('workbench.actions.view.problems');
    output.appendLine(`Linted ${files.length} Markdown files of the workspace (non-safeguarding documents are skipped).`);
  });
}
