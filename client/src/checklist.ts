/**
 * The Working Together checklist view (Explorer): each requirement of the active document as
 * met / partial / missing. Selecting one jumps to its evidence, or to where it should go.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChecklistEntry, ChecklistResult } from '../../server/src/lsp/protocol';
import { requestChecklist } from './requests';

const ICONS: Record<ChecklistEntry['status'], vscode.ThemeIcon> = {
  met: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  partial: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  missing: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
};

export const REVEAL_COMMAND = 'safeguardingLint.revealRequirement';

export class ChecklistProvider implements vscode.TreeDataProvider<ChecklistEntry>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: ChecklistResult | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.refreshSoon();
      }),
    );
  }

  /** The last checklist shown (for the status bar and tests). */
  get current(): ChecklistResult | undefined {
    return this.result;
  }

  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 150);
  }

  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown' || !this.client.isRunning()) {
      this.result = undefined;
    } else {
      try {
        this.result = await requestChecklist(this.client, doc.uri.toString());
      } catch {
        this.result = undefined;
      }
    }
    this.changed.fire();
  }

  getTreeItem(entry: ChecklistEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(entry.title, vscode.TreeItemCollapsibleState.None);
    item.id = entry.ruleId;
    item.description = `${entry.status} · ${entry.citation}`;
    item.iconPath = ICONS[entry.status];
    item.tooltip = new vscode.MarkdownString(`**${entry.title}** (\`${entry.ruleId}\`, ${entry.level})\n\n${entry.detail ?? (entry.status === 'met' ? 'Met.' : '')}`);
    item.contextValue = entry.status;
    if (this.result && entry.range) {
      item.command = { title: 'Go to requirement', command: REVEAL_COMMAND, arguments: [this.result.uri, entry.range] };
    }
    return item;
  }

  getChildren(entry?: ChecklistEntry): ChecklistEntry[] {
    if (entry || !this.result) return [];
    // Missing first, then partial, then met: what needs work is at the top.
    const order = { missing: 0, partial: 1, met: 2 } as const;
    return [...this.result.entries].sort((a, b) => order[a.status] - order[b.status]);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
