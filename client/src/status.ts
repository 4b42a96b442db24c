/** Status bar item: the active document's type and Working Together score. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { requestChecklist } from './requests';
import { SHOW_CHECKLIST_COMMAND } from '../../server/src/lsp/protocol';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('safeguardingLint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Safeguarding Lint';
    this.item.command = SHOW_CHECKLIST_COMMAND;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.languages.onDidChangeDiagnostics(() => void this.refresh()),
    );
  }

  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown' || !this.client.isRunning()) return this.item.hide();
    try {
      const r = await requestChecklist(this.client, doc.uri.toString());
      if (!r.type) return this.item.hide();
      const total = r.entries.length;
      this.item.text = `$(shield) ${r.type} ${r.met}/${total}`;
      this.item.tooltip = `Working Together 2023 · ${r.type}: ${r.met} met, ${r.partial} partial, ${r.missing} missing`;
      this.item.show();
    } catch {
      this.item.hide();
    }
  }

  dispose(): void {
    this.item.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
