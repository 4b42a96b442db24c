/**
 * A minimal LSP client for protocol tests: starts the bundled server (dist/server.js) over
 * stdio and speaks JSON-RPC to it, recording what it publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = path.join(__dirname, '..', '..', 'dist', 'server.js');

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcess;
  initializeResult: InitializeResult;
  published: PublishDiagnosticsParams[];
  /** Resolves with the exit code (null when killed by a signal) once the server process has exited. */
  exited: Promise<number | null>;
  /** True while the server process is running. */
  alive(): boolean;
  /** Writes bytes to the server's stdin as they are, bypassing the JSON-RPC framing (malformed-input tests). */
  writeRaw(data: string | Buffer): void;
  /** With `heapProbe`: the server's heapUsed in bytes, after forcing garbage collection. */
  heapUsed(): Promise<number>;
  /** Resolves with the next publishDiagnostics for `uri` that satisfies `test`. */
  waitForDiagnostics(uri: string, test?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, text: string, version: number): void;
  close(uri: string): void;
  stop(): Promise<void>;
}

export interface ClientOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  workspaceFolders?: Array<{ uri: string; name: string }> | null;
  /** Answers workspace/configuration; may be async to simulate a slow client. */
  configuration?: (params: { items: Array<{ scopeUri?: string; section?: string }> }) => unknown[] | Promise<unknown[]>;
  /**
   * Starts the server with `--expose-gc` and `heap-probe.cjs` preloaded, which answers heapUsed
   * over a Node IPC channel: the server itself carries no test-only request.
   */
  heapProbe?: boolean;
}

const HEAP_PROBE = path.join(__dirname, 'heap-probe.cjs');

export async function startClient(options: ClientOptions = {}): Promise<TestClient> {
  const nodeArgs = options.heapProbe ? ['--expose-gc', '--require', HEAP_PROBE] : [];
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: options.heapProbe ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Drain stderr so a chatty server never blocks on a full pipe.
  child.stderr!.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.test(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params) => (options.configuration ? options.configuration(params) : params.items.map(() => null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('window/showDocument', () => ({ success: true }));
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: options.capabilities ?? {},
    initializationOptions: options.initializationOptions,
    workspaceFolders: options.workspaceFolders ?? null,
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    initializeResult,
    published,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
    writeRaw(data) {
      child.stdin!.write(data);
    },
    heapUsed() {
      if (!options.heapProbe) return Promise.reject(new Error('start the client with heapProbe: true'));
      return new Promise((resolve) => {
        child.once('message', (m: { heapUsed: number }) => resolve(m.heapUsed));
        child.send('heapUsed');
      });
    },
    waitForDiagnostics(uri, test = () => true, timeoutMs = 10_000) {
      const already = published.find((p) => p.uri === uri && test(p));
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    open(uri, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    change(uri, text, version) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    close(uri) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    async stop() {
      const alive = () => child.exitCode === null && child.signalCode === null;
      if (alive()) {
        // A server that does not answer (a test may have broken it) is killed after a while.
        const gone = new Promise<void>((resolve) => setTimeout(resolve, 2_000).unref());
        try {
          await Promise.race([connection.sendRequest('shutdown'), gone]);
          if (alive()) await connection.sendNotification('exit');
        } catch {
          /* the server may be on its way out */
        }
        await Promise.race([exited, gone]);
      }
      connection.dispose();
      if (alive()) child.kill();
    },
  };
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: Array<{ range: Diagnostic['range']; newText: string }>): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
