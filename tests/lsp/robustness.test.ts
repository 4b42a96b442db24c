/**
 * Language-server robustness: what an editor (or a buggy client) may throw at the server, and
 * what the user must still see — a live server that answers, diagnostics for the newest text
 * only, nothing for closed documents, a clean exit, and memory given back after close.
 * Run after `npm run build` (the tests spawn dist/server.js).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientCapabilities, CodeAction, Diagnostic, DocumentDiagnosticReport, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startClient, type ClientOptions, type TestClient } from './lsp-client.js';

import { ARRANGEMENTS, ROOT, uriOf } from './documents.js';
/** The same document with the outdated terms gone: its findings differ from ARRANGEMENTS'. */
const ARRANGEMENTS_ICB = ARRANGEMENTS.replace(/CCG/g, 'ICB');

const PULL: ClientCapabilities = {
  textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { configuration: true, diagnostics: { refreshSupport: true } },
};

const clients: TestClient[] = [];
async function start(options: ClientOptions = {}): Promise<TestClient> {
  const c = await startClient(options);
  clients.push(c);
  return c;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

/** Rejects when `promise` has not settled within `ms`, naming what was awaited. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One JSON-RPC frame, as the base protocol writes it. */
const frame = (body: string | Buffer, length = Buffer.byteLength(body)) => Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), Buffer.from(body)]);
const didChange = (uri: string, version: number, text: string) =>
  JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text }] } });

async function pull(client: TestClient, uri: string, ms = 10_000): Promise<Diagnostic[]> {
  const report = (await within(client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), ms, `diagnostic pull for ${uri}`)) as DocumentDiagnosticReport & {
    items?: Diagnostic[];
  };
  expect(report.kind).toBe('full');
  return report.items ?? [];
}

/** Compact, comparable form of diagnostics: rule, range and message. */
const summary = (ds: Diagnostic[]) => ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);

/** Everything published for `uri` so far, in order. */
const publishedFor = (client: TestClient, uri: string) => client.published.filter((p) => p.uri === uri);

let sentinels = 0;
/**
 * Waits until the server has worked through everything sent before: a document opened now is
 * linted after every lint already scheduled (push lints run in the order they were scheduled).
 */
async function barrier(client: TestClient): Promise<void> {
  const uri = uriOf(`sentinel-${++sentinels}.md`);
  client.open(uri, '# Notes\n');
  await client.waitForDiagnostics(uri, () => true, 20_000);
  client.close(uri);
}

/** The diagnostics a fresh open of `text` gets (under another name, in the same server). */
async function freshDiagnostics(client: TestClient, text: string): Promise<Diagnostic[]> {
  const uri = uriOf(`fresh-${++sentinels}.md`);
  client.open(uri, text);
  const p = await client.waitForDiagnostics(uri, () => true, 20_000);
  client.close(uri);
  return p.diagnostics;
}

function expectNonDecreasingVersions(ps: PublishDiagnosticsParams[]): void {
  const versions = ps.filter((p) => p.version !== undefined).map((p) => p.version!);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
}

describe('malformed JSON-RPC on stdin', () => {
  const cases: Array<[string, (uri: string) => Buffer[]]> = [
    ['a Content-Length header with a body that is not JSON', () => [frame('{"jsonrpc": "2.0", "method": oops this is not JSON')]],
    ['a body that is not even text', () => [frame(Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x80, 0x7b, 0x7d]))]],
    ['a header without Content-Length', () => [Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}')]],
    ['a Content-Length that is not a number', () => [Buffer.from('Content-Length: lots\r\n\r\n{}')]],
    ['valid JSON that is not JSON-RPC: an object', () => [frame('{"hello": "world"}')]],
    ['valid JSON that is not JSON-RPC: an array, a number, null, a string', () => [frame('[1, 2, 3]'), frame('42'), frame('null'), frame('"textDocument/hover"')]],
    ['a response to a request never sent', () => [frame('{"jsonrpc": "2.0", "id": 987654, "result": {"surprise": true}}')]],
    ['a method that is not a string', () => [frame('{"jsonrpc": "2.0", "id": 77, "method": 12, "params": {}}'), frame('{"jsonrpc": "2.0", "method": {"a": 1}}')]],
    ['notifications with missing or wrongly typed params', (uri) => [
      frame('{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {}}'),
      frame('{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": null}'),
      frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 'x' }, contentChanges: 'nope' } })),
      frame('{"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": 5}}'),
      frame('{"jsonrpc": "2.0", "method": "workspace/didChangeWatchedFiles", "params": {"changes": null}}'),
    ]],
  ];

  it.each(cases)('%s: the server stays alive and answers the next request correctly', async (_, bytes) => {
    const client = await start({ capabilities: PULL });
    const uri = uriOf('malformed.md');
    client.open(uri, ARRANGEMENTS);
    const before = summary(await pull(client, uri));
    expect(before.some((d) => d.startsWith('terminology/ccg'))).toBe(true);
    for (const b of bytes(uri)) client.writeRaw(b);
    expect(summary(await pull(client, uri))).toEqual(before);
    expect(client.alive()).toBe(true);
  });

  it('a Content-Length shorter than the body: the valid message after it is still read', async () => {
    const client = await start({ capabilities: PULL });
    const uri = uriOf('short.md');
    client.open(uri, ARRANGEMENTS);
    await pull(client, uri);
    const body = didChange(uri, 2, ARRANGEMENTS);
    // The server reads 10 bytes too few; what is left over runs into the next message's header.
    client.writeRaw(frame(body, Buffer.byteLength(body) - 10));
    client.writeRaw(frame(didChange(uri, 3, ARRANGEMENTS_ICB)));
    // The change after the broken frame is applied: version 3's text has no CCG.
    expect(summary(await pull(client, uri))).toEqual(summary(await freshPull(client, ARRANGEMENTS_ICB)));
    expect(client.alive()).toBe(true);
  });

  it('a Content-Length longer than the body: the server loses what it swallowed, then reads on', async () => {
    const client = await start({ capabilities: PULL });
    const uri = uriOf('long.md');
    client.open(uri, ARRANGEMENTS);
    await pull(client, uri);
    const body = didChange(uri, 2, ARRANGEMENTS);
    // The server waits for 40 bytes more than the body, so the start of the next message is
    // swallowed into it; that message is lost, but the one after must be read.
    client.writeRaw(frame(body, Buffer.byteLength(body) + 40));
    client.writeRaw(frame(didChange(uri, 3, ARRANGEMENTS)));
    client.writeRaw(frame(didChange(uri, 4, ARRANGEMENTS_ICB)));
    expect(summary(await pull(client, uri))).toEqual(summary(await freshPull(client, ARRANGEMENTS_ICB)));
    expect(client.alive()).toBe(true);
  });

  it('requests with missing or malformed params get an answer or an error, never silence', async () => {
    const client = await start({ capabilities: PULL });
    const uri = uriOf('params.md');
    client.open(uri, ARRANGEMENTS);
    const before = summary(await pull(client, uri));
    const bad: Array<[string, unknown]> = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri }, position: 'here' }],
      ['textDocument/hover', { textDocument: { uri } }],
      ['textDocument/codeAction', { textDocument: { uri } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [{ source: 'safeguarding-lint', data: { ruleId: 'x' } }] } }],
      ['textDocument/completion', { textDocument: { uri } }],
      ['textDocument/codeLens', {}],
      ['textDocument/diagnostic', { textDocument: { uri: 42 } }],
      ['safeguardingLint/checklist', {}],
      ['safeguardingLint/explainRule', null],
      ['safeguardingLint/missingSectionsEdit', { uri: null }],
    ];
    for (const [method, params] of bad) {
      // Either outcome is fine for a malformed request, as long as it comes.
      await within(client.connection.sendRequest(method, params).catch((e: unknown) => e), 5_000, method);
    }
    expect(summary(await pull(client, uri))).toEqual(before);
    expect(client.alive()).toBe(true);
  });
});

/** A pull for `text` freshly opened under another name. */
async function freshPull(client: TestClient, text: string): Promise<Diagnostic[]> {
  const uri = uriOf(`fresh-pull-${++sentinels}.md`);
  client.open(uri, text);
  const items = await pull(client, uri);
  client.close(uri);
  return items;
}

describe('unknown methods', () => {
  it('an unknown request gets MethodNotFound (-32601); an unknown notification is ignored; the server goes on', async () => {
    const client = await start({ capabilities: PULL });
    const uri = uriOf('unknown.md');
    client.open(uri, ARRANGEMENTS);
    const before = summary(await pull(client, uri));
    await expect(client.connection.sendRequest('safeguardingLint/noSuchRequest', { uri })).rejects.toMatchObject({ code: -32601 });
    await expect(client.connection.sendRequest('textDocument/noSuchThing', { textDocument: { uri } })).rejects.toMatchObject({ code: -32601 });
    void client.connection.sendNotification('safeguardingLint/noSuchNotification', { uri });
    void client.connection.sendNotification('$/someClientExtension', { anything: [1, 2] });
    expect(summary(await pull(client, uri))).toEqual(before);
    expect(client.alive()).toBe(true);
  });
});

describe('stale and out-of-order versions', () => {
  it('a change with an older version never brings older diagnostics back (push)', async () => {
    const client = await start();
    const uri = uriOf('stale.md');
    client.open(uri, ARRANGEMENTS, 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    client.change(uri, ARRANGEMENTS_ICB, 5);
    await client.waitForDiagnostics(uri, (p) => p.version === 5);
    // Version 3 arrives late, after version 5.
    client.change(uri, ARRANGEMENTS, 3);
    await barrier(client);
    const ps = publishedFor(client, uri);
    expectNonDecreasingVersions(ps);
    expect(ps.at(-1)!.version).toBe(5);
    expect(summary(ps.at(-1)!.diagnostics)).toEqual(summary(await freshDiagnostics(client, ARRANGEMENTS_ICB)));
  });

  it('changes sent out of order in a burst: the newest version wins (push)', async () => {
    const client = await start();
    const uri = uriOf('burst-order.md');
    client.open(uri, ARRANGEMENTS, 1);
    client.change(uri, ARRANGEMENTS, 5);
    client.change(uri, ARRANGEMENTS, 3);
    client.change(uri, ARRANGEMENTS, 4);
    client.change(uri, ARRANGEMENTS_ICB, 6);
    client.change(uri, ARRANGEMENTS, 2);
    await barrier(client);
    const ps = publishedFor(client, uri);
    expectNonDecreasingVersions(ps);
    expect(ps.at(-1)!.version).toBe(6);
    expect(summary(ps.at(-1)!.diagnostics)).toEqual(summary(await freshDiagnostics(client, ARRANGEMENTS_ICB)));
  });

  it('a pull after an older version arrived reports the newest text', async () => {
    const client = await start({ capabilities: PULL });
    const uri = uriOf('stale-pull.md');
    client.open(uri, ARRANGEMENTS, 1);
    client.change(uri, ARRANGEMENTS_ICB, 5);
    expect(summary(await pull(client, uri))).toEqual(summary(await freshPull(client, ARRANGEMENTS_ICB)));
    client.change(uri, ARRANGEMENTS, 3);
    expect(summary(await pull(client, uri))).toEqual(summary(await freshPull(client, ARRANGEMENTS_ICB)));
  });
});

describe('positions and ranges outside the document', () => {
  it('hover, completion, code actions and code lens past the end answer null or nothing, and the server goes on', async () => {
    const client = await start({ capabilities: PULL });
    const uri = uriOf('past-end.md');
    client.open(uri, ARRANGEMENTS);
    const diagnostics = await pull(client, uri);
    const far = { line: 10_000, character: 10_000 };
    const send = (method: string, params: unknown) => within(client.connection.sendRequest(method, params), 5_000, method);

    expect(await send('textDocument/hover', { textDocument: { uri }, position: far })).toBeNull();
    expect(await send('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10_000 } })).toBeNull();
    expect(await send('textDocument/completion', { textDocument: { uri }, position: far })).toEqual([]);
    expect(await send('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [] } })).toEqual([]);
    // A range whose end precedes its start.
    const reversed = { start: { line: 12, character: 5 }, end: { line: 2, character: 0 } };
    expect(await send('textDocument/codeAction', { textDocument: { uri }, range: reversed, context: { diagnostics: [] } })).toEqual([]);
    expect(await send('textDocument/completion', { textDocument: { uri }, position: { line: 8, character: 10_000 } })).toEqual([]);
    // A diagnostic of ours the editor still shows from an older, longer version of the text: its
    // line is gone, so nothing (an edit past the end of the document) is offered for it.
    const stale = { ...diagnostics.find((d) => d.code === 'terminology/ccg')!, range: { start: far, end: { line: 10_000, character: 10_003 } } };
    expect(await send('textDocument/codeAction', { textDocument: { uri }, range: stale.range, context: { diagnostics: [stale] } })).toEqual([]);

    expect(summary(await pull(client, uri))).toEqual(summary(diagnostics));
    expect(client.alive()).toBe(true);
  });

  it('an incremental change with a range past the end is applied at the end, and linted', async () => {
    const client = await start({ capabilities: PULL });
    const uri = uriOf('past-end-change.md');
    client.open(uri, ARRANGEMENTS);
    await pull(client, uri);
    const far = { line: 10_000, character: 10_000 };
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: far, end: far }, text: '\nThe CCG also pays for training.\n' }],
    });
    expect(summary(await pull(client, uri))).toEqual(summary(await freshPull(client, `${ARRANGEMENTS}\nThe CCG also pays for training.\n`)));
  });
});

describe('a very large document', () => {
  it(
    'a 5 MB document gets diagnostics, and a small document edited afterwards still does',
    async () => {
      const client = await start();
      const sample = readFileSync(path.join(ROOT, 'samples', 'arrangements-complete.md'), 'utf8');
      const big = sample.repeat(Math.ceil((5 * 1024 * 1024) / sample.length));
      expect(big.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
      const bigUri = uriOf('five-megabytes.md');
      const started = Date.now();
      client.open(bigUri, big);
      const p = await client.waitForDiagnostics(bigUri, () => true, 150_000);
      console.info(`5 MB document: diagnostics after ${Date.now() - started} ms`);
      expect(p.version).toBe(1);
      expect(p.diagnostics.length).toBeGreaterThan(0);
      expect(client.alive()).toBe(true);
      const small = uriOf('after-big.md');
      client.open(small, ARRANGEMENTS);
      await client.waitForDiagnostics(small, (x) => x.version === 1, 30_000);
      client.change(small, ARRANGEMENTS_ICB, 2);
      const after = await client.waitForDiagnostics(small, (x) => x.version === 2, 30_000);
      expect(after.diagnostics.some((d) => d.code === 'terminology/ccg')).toBe(false);
    },
    240_000,
  );
});

describe('a burst of edits', () => {
  it('500 full-text changes sent without waiting: the last diagnostics are for the last version and equal a fresh open', async () => {
    const client = await start();
    const uri = uriOf('burst.md');
    client.open(uri, ARRANGEMENTS, 1);
    let text = ARRANGEMENTS;
    const EDITS = 500;
    for (let v = 2; v <= EDITS + 1; v++) {
      // Typing: a paragraph grows, now and then naming the CCG (a finding per mention).
      text += v % 50 === 0 ? ` The CCG funds item ${v}.` : ` w${v}`;
      client.change(uri, text, v);
    }
    const last = await client.waitForDiagnostics(uri, (p) => p.version === EDITS + 1, 60_000);
    await barrier(client);
    const ps = publishedFor(client, uri);
    expectNonDecreasingVersions(ps);
    expect(ps.at(-1)).toBe(last);
    expect(last.diagnostics.filter((d) => d.code === 'terminology/ccg').length).toBe(2 + 10);
    expect(summary(last.diagnostics)).toEqual(summary(await freshDiagnostics(client, text)));
  });
});

describe('after didClose', () => {
  it('requests on a closed document answer null or nothing, and nothing but the clearing is published for it', async () => {
    const client = await start();
    const uri = uriOf('closed.md');
    client.open(uri, ARRANGEMENTS);
    const opened = await client.waitForDiagnostics(uri);
    const ccg = opened.diagnostics.find((d) => d.code === 'terminology/ccg')!;
    client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    const from = client.published.indexOf(cleared);
    const position = ccg.range.start;
    const send = (method: string, params: unknown) => within(client.connection.sendRequest(method, params), 5_000, method);
    expect(await send('textDocument/hover', { textDocument: { uri }, position })).toBeNull();
    expect(await send('textDocument/codeAction', { textDocument: { uri }, range: ccg.range, context: { diagnostics: [ccg] } })).toEqual([]);
    expect(await send('textDocument/completion', { textDocument: { uri }, position })).toEqual([]);
    expect(await send('textDocument/codeLens', { textDocument: { uri } })).toEqual([]);
    expect(await send('safeguardingLint/checklist', { uri })).toMatchObject({ entries: [], type: null });
    expect(await send('safeguardingLint/missingSectionsEdit', { uri })).toEqual({ edits: [], headings: [] });
    // A buggy client changes and saves the closed document.
    client.change(uri, ARRANGEMENTS_ICB, 2);
    void client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await barrier(client);
    const after = client.published.slice(from).filter((p) => p.uri === uri);
    expect(after).toEqual([{ uri, diagnostics: [] }]);
    expect(client.alive()).toBe(true);
  });

  it('a pull on a closed document, or one closed while its pull waits for settings, reports nothing', async () => {
    let slow = false;
    const client = await start({
      capabilities: PULL,
      configuration: async ({ items }) => {
        if (slow) await new Promise((r) => setTimeout(r, 300));
        return items.map(() => ({}));
      },
    });
    const uri = uriOf('closed-pull.md');
    client.open(uri, ARRANGEMENTS);
    expect((await pull(client, uri)).length).toBeGreaterThan(0);
    client.close(uri);
    expect(await pull(client, uri)).toEqual([]);
    // Opened again; its settings are asked afresh (slowly), and it is closed before they come.
    slow = true;
    client.open(uri, ARRANGEMENTS);
    const pending = pull(client, uri);
    client.close(uri);
    expect(await pending).toEqual([]);
    expect(client.alive()).toBe(true);
  });
});

describe('shutdown and exit', () => {
  it('shutdown then exit: the process exits with code 0 promptly', async () => {
    const client = await start();
    expect(await client.connection.sendRequest('shutdown')).toBeNull();
    void client.connection.sendNotification('exit');
    expect(await within(client.exited, 5_000, 'exit')).toBe(0);
  });

  it('exit without shutdown: the process exits with code 1 (the LSP specification)', async () => {
    const client = await start();
    void client.connection.sendNotification('exit');
    expect(await within(client.exited, 5_000, 'exit')).toBe(1);
  });

  it('requests after shutdown get InvalidRequest (-32600), not a crash; exit still gives 0', async () => {
    const client = await start();
    const uri = uriOf('shutdown.md');
    client.open(uri, ARRANGEMENTS);
    await client.waitForDiagnostics(uri);
    await client.connection.sendRequest('shutdown');
    await expect(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 9, character: 45 } })).rejects.toMatchObject({ code: -32600 });
    await expect(client.connection.sendRequest('safeguardingLint/checklist', { uri })).rejects.toMatchObject({ code: -32600 });
    await expect(client.connection.sendRequest('shutdown')).rejects.toMatchObject({ code: -32600 });
    expect(client.alive()).toBe(true);
    void client.connection.sendNotification('exit');
    expect(await within(client.exited, 5_000, 'exit')).toBe(0);
  });

  it('the editor going away (stdin closed) ends the server', async () => {
    const client = await start();
    client.process.stdin!.end();
    expect(await within(client.exited, 5_000, 'exit')).not.toBeNull();
  });
});

describe('memory', () => {
  it('20 documents opened, edited and closed: the heap returns to within 20% of the baseline', async () => {
    const client = await start({ heapProbe: true });
    const files = [
      ...readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'samples', f)),
      ...readdirSync(path.join(ROOT, 'tests', 'corpus')).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'tests', 'corpus', f)),
    ].slice(0, 20);
    expect(files).toHaveLength(20);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

    /** Opens every text, edits each three times (appending a sentence), and closes them all. */
    async function openEditClose(round: string, docs: string[]): Promise<number> {
      const open = docs.map((text, i) => ({ uri: uriOf(`memory-${round}-${i}.md`), text }));
      for (const d of open) client.open(d.uri, d.text);
      for (const d of open) await client.waitForDiagnostics(d.uri, (p) => p.version === 1, 30_000);
      for (let v = 2; v <= 4; v++) for (const d of open) client.change(d.uri, `${d.text}\nEdit ${v}: the CCG agreed.\n`, v);
      for (const d of open) await client.waitForDiagnostics(d.uri, (p) => p.version === 4, 30_000);
      const withDocs = await client.heapUsed();
      for (const d of open) client.close(d.uri);
      for (const d of open) await client.waitForDiagnostics(d.uri, (p) => p.version === undefined && p.diagnostics.length === 0);
      await barrier(client);
      return withDocs;
    }

    // Warm-up with the same 20 documents, not one: V8 compiles the code of every rule, parser
    // path and regular expression the first time a document reaches it (some 13 MB of heap that
    // one document's warm-up leaves out), and that is not data kept for a document.
    await openEditClose('warm-up', texts);
    const baseline = await client.heapUsed();
    // The measured round: texts three times as long, and different in every section from the
    // warm-up's (every heading changed), so nothing of them can already be in a cache.
    const measured = texts.map((t) => [1, 2, 3].map((k) => t.replace(/^(#{1,6}[ \t].*)$/gm, `$1 (copy ${k})`)).join('\n\n'));
    const withDocs = await openEditClose('measured', measured);
    const after = await client.heapUsed();
    console.info(`heapUsed: baseline ${mb(baseline)}, 20 documents open ${mb(withDocs)}, all closed ${mb(after)}`);
    expect(withDocs).toBeGreaterThan(baseline);
    expect(after).toBeLessThanOrEqual(baseline * 1.2);
  }, 120_000);
});
