/**
 * The VS Code extension: starts the language server and adds what only an editor has — the
 * Working Together checklist view, the status bar item and the commands. Thin: every judgement
 * comes from the server (and so from the engine).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/lsp/protocol';
import { ChecklistProvider } from './checklist';
import { registerCommands } from './commands';
import { StatusItem } from './status';

let client: LanguageClient | undefined;

/** What the extension exports to other extensions (and to its end-to-end tests). */
export interface SafeguardingLintApi {
  /** Milliseconds from activation start to a running language server. */
  activationMs: number | undefined;
  /** The checklist the view shows for the active document. */
  checklist(): import('../../server/src/lsp/protocol').ChecklistResult | undefined;
  /** Refresh the checklist view now. */
  refreshChecklist(): Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<SafeguardingLintApi> {
  const started = Date.now();
  const output = vscode.window.createOutputChannel('Safeguarding Lint');
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = { snippetCommand: true };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: {
      fileEvents: [
        // Script configurations too: never run, but reported on themselves so they are not silently ignored.
        vscode.workspace.createFileSystemWatcher('**/.safeguardinglintrc{,.yaml,.yml,.json,.js,.cjs,.mjs,.ts}'),
        vscode.workspace.createFileSystemWatcher('**/safeguarding-lint.config.{js,cjs,mjs,ts}'),
        vscode.workspace.createFileSystemWatcher('**/.safeguardinglintignore'),
        // Waivers: their findings are shown as hints, so an edit to the file changes what is shown.
        vscode.workspace.createFileSystemWatcher('**/safeguarding-lint-suppressions.json'),
        // Other documents on disk matter to the checks across documents (links, people).
        vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}'),
      ],
    },
    initializationOptions,
    outputChannel: output,
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
  };
  client = new LanguageClient('safeguardingLint', 'Safeguarding Lint', serverOptions, clientOptions);

  const checklist = new ChecklistProvider(client);
  const status = new StatusItem(client);
  context.subscriptions.push(
    vscode.window.createTreeView('safeguardingLint.checklist', { treeDataProvider: checklist, showCollapseAll: false }),
    status,
    checklist,
  );
  registerCommands(context, client, checklist, output);
  const api: SafeguardingLintApi = { activationMs: undefined, checklist: () => checklist.current, refreshChecklist: () => checklist.refresh() };

  try {
    await client.start();
    output.appendLine(`Safeguarding Lint started in ${Date.now() - started} ms`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    output.appendLine(`The Safeguarding Lint server failed to start: ${message}`);
    void vscode.window.showErrorMessage(`Safeguarding Lint could not start its language server: ${message}`, 'Show output').then((pick) => {
      if (pick) output.show();
    });
    return api;
  }
  api.activationMs = Date.now() - started;
  void checklist.refresh();
  void status.refresh();
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
