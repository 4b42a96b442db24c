/**
 * The language server: wires LSP requests to the engine. It decides nothing about what is wrong;
 * it lints (through Linter), converts, and answers. Works with any client that follows the
 * specification and degrades when a capability is missing:
 * - pull diagnostics (LSP 3.17) when the client supports them, push otherwise;
 * - settings per document through workspace/configuration when supported, defaults otherwise;
 * - templates as snippets only when the client says it runs our snippet command.
 */
import {
  CodeActionKind,
  FileChangeType,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync } from 'node:fs';
import { checklist } from '../engine/index.js';
import { toDiagnostic, toLspRange, toWaivedDiagnostic } from './convert.js';
import { WaiverStore } from './waivers.js';
import { WAIVERS_FILE_NAME } from '../engine/waivers.js';
import { Linter, fsPath, type DocumentLint } from './linter.js';
import { SettingsCache } from './settings.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { hover } from './hover.js';
import { completion } from './completion.js';
import { codeLenses } from './code-lens.js';
import { findWorkspaceDocuments } from './workspace.js';
import { ProjectIndex } from './project.js';
import type { ConfigHost, ConfigResolver } from './engine-config.js';
import { CONFIG_FILE_NAMES, nodeHost, SCRIPT_CONFIG_NAMES } from '../engine/config/index.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  CHECKLIST_REQUEST,
  EXPLAIN_RULE_REQUEST,
  MISSING_SECTIONS_REQUEST,
  OPEN_RULE_DOCS_COMMAND,
  type ChecklistParams,
  type ChecklistResult,
  type ExplainRuleParams,
  type ExplainRuleResult,
  type InitializationOptions,
  type MissingSectionsParams,
  type MissingSectionsResult,
} from './protocol.js';
import { explainRule, missingSectionsEdit } from './requests.js';
import { URI } from 'vscode-uri';

/** The method a request received after `shutdown` is routed to (main.ts): it answers InvalidRequest. */
export const AFTER_SHUTDOWN = 'safeguardingLint/afterShutdown';

export interface ServerOptions {
  /** Makes the configuration resolver, given a host that reads open documents before the disk. */
  config: (host: ConfigHost) => ConfigResolver;
}

const CONFIG_NAMES: ReadonlySet<string> = new Set([...CONFIG_FILE_NAMES, ...SCRIPT_CONFIG_NAMES]);

/** A configuration file (or a script one, reported but never read) rather than a document to lint. */
function isConfigFileName(name: string): boolean {
  return CONFIG_NAMES.has(name);
}

export function startServer(connection: Connection, options: ServerOptions): void {
  // A change whose version is not newer than the document's is dropped: applying it would make
  // an older text current again (and incremental changes meant for another text corrupt it), so
  // diagnostics for an older version could follow newer ones.
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (doc, changes, version) => (version > doc.version ? TextDocument.update(doc, changes, version) : doc),
  });
  /** An open configuration document is read from its buffer, so its unsaved edits apply (and show). */
  const openText = (file: string): string | undefined => documents.all().find((d) => fsPath(d.uri) === file)?.getText();
  const host: ConfigHost = {
    readFile: (file) => openText(file) ?? nodeHost.readFile(file),
    exists: (file) => openText(file) !== undefined || existsSync(file),
  };
  const config = options.config(host);
  const linter = new Linter(config);
  /** True for an open configuration document: it is never linted as Markdown; its problems are shown from the resolver. */
  const isConfigDocument = (uri: string): boolean => isConfigFileName(uri.split('/').pop() ?? '');
  let pull = false;
  let configurationSupport = false;
  let snippetCommand = false;
  let snippetCompletion = false;
  let showDocument = false;
  let workspaceFolders: string[] = [];
  const settings = new SettingsCache(connection, () => configurationSupport);
  const project = new ProjectIndex(() => workspaceFolders, documents, linter);
  const waivers = new WaiverStore(() => workspaceFolders);
  /** Bumped whenever everything is linted afresh, so a pulled report is never "unchanged" across it. */
  let epoch = 0;
  /** Pending push lints, so a burst of changes lints once and a closed document's work is dropped. */
  const pending = new Map<string, ReturnType<typeof setImmediate>>();
  /** Bumped by every schedule: a publish that finds a newer generation after an await gives way. */
  const generation = new Map<string, number>();
  /** Diagnostics of the last saved version, for `run: onSave` under pull diagnostics. */
  const savedReports = new Map<string, ReturnType<typeof toDiagnostic>[]>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    pull = Boolean(caps.textDocument?.diagnostic);
    configurationSupport = Boolean(caps.workspace?.configuration);
    snippetCompletion = Boolean(caps.textDocument?.completion?.completionItem?.snippetSupport);
    showDocument = Boolean(caps.window?.showDocument?.support);
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    snippetCommand = init.snippetCommand === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: pull ? { identifier: 'safeguarding-lint', interFileDependencies: true, workspaceDiagnostics: true } : undefined,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['#', ' ', ':'] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [OPEN_RULE_DOCS_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'safeguarding-lint', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (configurationSupport) {
      // Dynamic registration is optional; clients without it still send the notification.
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'safeguardingLint' }).catch(() => undefined);
    }
    connection.workspace.onDidChangeWorkspaceFolders?.((e) => {
      workspaceFolders = workspaceFolders.filter((f) => !e.removed.some((r) => r.uri === f)).concat(e.added.map((a) => a.uri));
    });
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    linter.clear();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const name = change.uri.split('/').pop() ?? '';
      // A config or ignore file: configuration is resolved afresh for every document.
      if (name === WAIVERS_FILE_NAME) waivers.clear();
      else if (name.startsWith('.safeguardinglint') || isConfigFileName(name)) forgetConfiguration(change.uri);
      // A Markdown file created or deleted: the workspace's file list is found again. (A changed
      // file is re-read when its modification time differs.)
      else if (/\.(md|markdown)$/i.test(name) && change.type !== FileChangeType.Changed) project.invalidate();
    }
    refreshAll();
  });

  /**
   * A configuration file changed (on disk, or as an open document): everything is resolved afresh.
   * What was shown on config files is cleared, and the changed file's problems shown again at
   * once, even when no open document lies under it; the lints that follow report the rest.
   */
  function forgetConfiguration(changedUri?: string): void {
    linter.clear();
    for (const file of configReports.keys()) void connection.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics: [] });
    configReports.clear();
    const file = changedUri ? fsPath(changedUri) : undefined;
    if (file && isConfigFileName(path.basename(file))) {
      // A probe in the file's folder: its chain holds the file, if the file is the one that applies there.
      const own = config.resolve(path.join(path.dirname(file), '.safeguarding-lint-probe.md')).errors.filter((e) => e.file === file);
      reportFileErrors(own);
    }
  }

  function refreshAll(): void {
    epoch++;
    if (pull) connection.languages.diagnostics.refresh();
    else for (const doc of documents.all()) schedule(doc.uri);
  }

  /** Lints the current version of the document, if enabled and still current. */
  async function current(uri: string): Promise<{ doc: TextDocument; lint: DocumentLint } | undefined> {
    const doc = documents.get(uri);
    if (!doc || isConfigDocument(uri)) return undefined;
    const version = doc.version;
    const s = await settings.get(uri);
    const now = documents.get(uri);
    // A newer version or a close while settings were fetched: this work is stale.
    if (!now || now.version !== version || !s.enable) return undefined;
    return { doc: now, lint: linter.lint(now) };
  }

  /** Config files whose problems are on show, and what was last reported for each. */
  const configReports = new Map<string, string>();

  /**
   * A configuration (or waivers file) with errors is never silent: its problems are published on
   * the file itself (with line and column) and logged, whichever document brought them to light.
   */
  function reportConfigErrors(lint: DocumentLint): void {
    reportFileErrors(lint.configErrors);
  }

  function reportFileErrors(all: DocumentLint['configErrors'], clearFile?: string): void {
    const byFile = new Map<string, typeof all>();
    for (const e of all) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    // A waivers file that was wrong and is right now: clear what was shown on it.
    if (clearFile && !byFile.has(clearFile) && configReports.has(clearFile)) {
      configReports.delete(clearFile);
      void connection.sendDiagnostics({ uri: URI.file(clearFile).toString(), diagnostics: [] });
    }
    for (const [file, errors] of byFile) {
      const key = JSON.stringify(errors);
      if (configReports.get(file) === key) continue;
      configReports.set(file, key);
      connection.console.error(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
      void connection.sendDiagnostics({
        uri: URI.file(file).toString(),
        diagnostics: errors.map((e) => ({
          range: { start: { line: e.line - 1, character: e.column - 1 }, end: { line: e.endLine - 1, character: e.endColumn - 1 } },
          severity: 1,
          source: 'safeguarding-lint',
          message: e.message,
        })),
      });
    }
  }

  /**
   * The document's findings and, against the other documents of the workspace, the cross-document
   * ones; those a waiver covers are hints, and those of an expired waiver errors (the engine decides).
   */
  function diagnosticsOf(lint: DocumentLint) {
    reportConfigErrors(lint);
    if (lint.silent) return [];
    const applied = waivers.apply(fsPath(lint.uri), [...lint.result.findings, ...project.findingsFor(lint)]);
    reportFileErrors(applied.errors, applied.file);
    return [...applied.reported.map(toDiagnostic), ...applied.waived.map(toWaivedDiagnostic)];
  }

  /** What a pulled report depends on besides the text: a refresh, and the waivers file as it is now. */
  function resultIdOf(doc: TextDocument): string {
    const file = fsPath(doc.uri);
    const w = file ? waivers.fileFor(file) : undefined;
    return `${epoch}:${doc.version}:${w ? waivers.read(w).stamp : ''}`;
  }

  // --- push diagnostics -------------------------------------------------------------------
  function schedule(uri: string): void {
    if (pull || isConfigDocument(uri)) return;
    const existing = pending.get(uri);
    if (existing) clearImmediate(existing);
    const gen = (generation.get(uri) ?? 0) + 1;
    generation.set(uri, gen);
    pending.set(
      uri,
      setImmediate(() => {
        pending.delete(uri);
        void publish(uri, gen);
      }),
    );
  }

  async function publish(uri: string, gen: number): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const s = await settings.get(uri);
    const now = documents.get(uri);
    if (!now || now.version !== doc.version || generation.get(uri) !== gen) return;
    if (!s.enable) {
      await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const lint = linter.lint(now);
    await connection.sendDiagnostics({ uri, version: now.version, diagnostics: diagnosticsOf(lint) });
  }

  // An open configuration document: its buffer is the configuration (see `host`), so opening,
  // editing and closing it are configuration changes, as a save is through the file watcher.
  // (TextDocuments fires onDidChangeContent on open too.)
  documents.onDidChangeContent((e) => {
    if (!isConfigDocument(e.document.uri)) return;
    forgetConfiguration(e.document.uri);
    refreshAll();
  });
  documents.onDidOpen((e) => {
    if (isConfigDocument(e.document.uri)) return;
    // The workspace's other documents are found once, in the background, for the cross-document checks.
    void project.load().then((loaded) => {
      if (loaded) refreshAll();
    });
    schedule(e.document.uri);
  });
  documents.onDidChangeContent(async (e) => {
    if (pull || isConfigDocument(e.document.uri)) return;
    const s = await settings.get(e.document.uri);
    if (s.run === 'onType') schedule(e.document.uri);
  });
  documents.onDidSave(async (e) => {
    if (isConfigDocument(e.document.uri)) return;
    const s = await settings.get(e.document.uri);
    if (s.run !== 'onSave') return;
    if (pull) {
      const lint = linter.lint(e.document);
      savedReports.set(e.document.uri, diagnosticsOf(lint));
      connection.languages.diagnostics.refresh();
    } else schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    if (isConfigDocument(uri)) {
      // Back to the file on disk (the buffer is already forgotten when this event fires).
      forgetConfiguration(uri);
      refreshAll();
      return;
    }
    const timer = pending.get(uri);
    if (timer) clearImmediate(timer);
    pending.delete(uri);
    linter.forget(e.document);
    settings.forget(uri);
    generation.delete(uri);
    savedReports.delete(uri);
    if (!pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // --- pull diagnostics -------------------------------------------------------------------
  connection.languages.diagnostics.on(async (params) => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    // A configuration document's problems are published (push) by the resolver's reports, never pulled twice.
    if (!doc || isConfigDocument(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const s = await settings.get(uri);
    if (!s.enable) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (s.run === 'onSave') {
      const saved = savedReports.get(uri);
      if (saved) return { kind: DocumentDiagnosticReportKind.Full, items: saved };
    }
    // Closed while its settings were asked for: nothing to report, and nothing to cache for it.
    const now = documents.get(uri);
    if (!now) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const lint = linter.lint(now);
    const resultId = resultIdOf(now);
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(lint) };
  });

  connection.languages.diagnostics.onWorkspace(async () => {
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const folder of workspaceFolders) {
      const root = fsPath(folder);
      if (!root) continue;
      for (const file of await findWorkspaceDocuments(root)) {
        const uri = URI.file(file).toString();
        // Open documents are reported through document pulls, with their unsaved text.
        if (documents.get(uri)) continue;
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          continue;
        }
        const s = await settings.get(uri);
        if (!s.enable) continue;
        const unopened = TextDocument.create(uri, 'markdown', 0, text);
        const lint = linter.lint(unopened);
        linter.forget(unopened);
        if (lint.silent) continue;
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: diagnosticsOf(lint) });
      }
    }
    return { items };
  });

  // --- code actions, hover, completion, code lens, checklist -----------------------------
  connection.onCodeAction(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c || c.lint.silent) return [];
    return codeActions(c.doc, c.lint, params, { snippetCommand });
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === OPEN_RULE_DOCS_COMMAND && typeof params.arguments?.[0] === 'string') {
      if (showDocument) await connection.window.showDocument({ uri: params.arguments[0], external: true });
      else connection.window.showInformationMessage(`Rule documentation: ${params.arguments[0]}`);
    }
  });

  connection.onHover(async (params) => {
    const c = await current(params.textDocument.uri);
    return c ? hover(c.lint, params.position) : null;
  });

  connection.onCompletion(async (params) => {
    const c = await current(params.textDocument.uri);
    return c ? completion(c.doc, c.lint, params.position, snippetCompletion) : [];
  });

  connection.onCodeLens(async (params) => {
    const c = await current(params.textDocument.uri);
    return c && !c.lint.silent ? codeLenses(c.lint) : [];
  });

  connection.onRequest(CHECKLIST_REQUEST, async (params: ChecklistParams): Promise<ChecklistResult> => {
    const c = await current(params.uri);
    if (!c || c.lint.silent) return { uri: params.uri, type: null, entries: [], met: 0, partial: 0, missing: 0 };
    const list = checklist(c.lint.result);
    return {
      uri: params.uri,
      type: list.type ?? null,
      entries: list.items.map((i) => ({ ...i, range: i.range ? toLspRange(i.range) : null, detail: i.detail ?? null, level: i.level })),
      met: list.met,
      partial: list.partial,
      missing: list.missing,
    };
  });

  connection.onRequest(EXPLAIN_RULE_REQUEST, (params: ExplainRuleParams): ExplainRuleResult => explainRule(params.ruleId));

  connection.onRequest(MISSING_SECTIONS_REQUEST, async (params: MissingSectionsParams): Promise<MissingSectionsResult> => {
    const c = await current(params.uri);
    if (!c || c.lint.silent) return { edits: [], headings: [] };
    return missingSectionsEdit(c.lint);
  });

  connection.onRequest(AFTER_SHUTDOWN, () => new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down'));

  documents.listen(connection);
  connection.listen();
}

declare const __VERSION__: string | undefined;
const SERVER_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
