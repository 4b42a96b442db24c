/**
 * Waivers in the editor: the server reads safeguarding-lint-suppressions.json from the workspace
 * folder and shows waived findings as hints saying why, expired ones as errors. Spoken to over
 * stdio as an editor would (see server.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lsp-client.js';

const DOC = `---
safeguarding:
  type: arrangements
---

# Westmere Safeguarding Children Partnership arrangements

## Funding

The CCG pays a third of the budget. The CCG also hosts the team.
`;
const FILE = 'safeguarding-lint-suppressions.json';

let client: TestClient | undefined;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sgl-lsp-waivers-'));
});
afterEach(async () => {
  await client?.stop();
  client = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const ccg = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'terminology/ccg').map((d) => ({ severity: d.severity, at: `${d.range.start.line}:${d.range.start.character}`, message: d.message }));
const waive = (entry: object) => writeFileSync(path.join(dir, FILE), JSON.stringify({ 'docs/arrangements.md': { 'terminology/ccg': entry } }, null, 2));

async function open(): Promise<string> {
  client = await startClient({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
  const uri = pathToFileURL(path.join(dir, 'docs', 'arrangements.md')).toString();
  client.open(uri, DOC);
  return uri;
}

describe('waivers in the editor (push diagnostics)', () => {
  it('shows waived findings as hints that say they are waived and why; beyond the count they stay problems', async () => {
    waive({ count: 1, reason: 'Quoted from the 2019 arrangements', expires: '2999-12-31' });
    const uri = await open();
    const p = await client!.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'terminology/ccg'));
    expect(ccg(p.diagnostics)).toEqual([
      { severity: 2, at: '9:40', message: expect.stringMatching(/^"CCG" is outdated/) },
      { severity: 4, at: '9:4', message: expect.stringMatching(/^Waived \(Quoted from the 2019 arrangements, until 2999-12-31\): "CCG" is outdated/) },
    ]);
  });

  it('re-reads the file when the watcher says it changed: an expired waiver makes its findings errors naming it', async () => {
    waive({ count: 2, reason: 'Quoted' });
    const uri = await open();
    const first = await client!.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'terminology/ccg'));
    expect(ccg(first.diagnostics).map((d) => d.severity)).toEqual([4, 4]);
    waive({ count: 2, reason: 'Quoted', expires: '2001-01-31' });
    await client!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, FILE)).toString(), type: 2 }] });
    const after = await client!.waitForDiagnostics(uri, (x) => x !== first && ccg(x.diagnostics).every((d) => d.severity === 1) && ccg(x.diagnostics).length === 2);
    expect(ccg(after.diagnostics)[0]!.message).toMatch(/^Waiver expired on 2001-01-31 \(reason: "Quoted"\): "CCG" is outdated/);
  });

  it('notices a changed file on the next lint without a watcher (by modification time)', async () => {
    const uri = await open();
    const first = await client!.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'terminology/ccg'));
    expect(ccg(first.diagnostics).map((d) => d.severity)).toEqual([2, 2]);
    waive({ count: 2, reason: 'Quoted' });
    client!.change(uri, `${DOC}\n`, 2);
    const after = await client!.waitForDiagnostics(uri, (x) => x.version === 2);
    expect(ccg(after.diagnostics).map((d) => d.severity)).toEqual([4, 4]);
  });

  it('a malformed waivers file is reported on the file with its position, and waives nothing', async () => {
    writeFileSync(path.join(dir, FILE), '{\n  "docs/arrangements.md": {\n    "terminology/ccg": { "count": 2 }\n  }\n}\n');
    const uri = await open();
    const fileUri = pathToFileURL(path.join(dir, FILE)).toString();
    const onFile = await client!.waitForDiagnostics(fileUri);
    expect(onFile.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`)).toEqual([
      '2:23 the waiver for "terminology/ccg" has no "reason": say why these findings are accepted',
    ]);
    const doc = await client!.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'terminology/ccg'));
    expect(ccg(doc.diagnostics).map((d) => d.severity)).toEqual([2, 2]);
  });
});

describe('waivers in the editor (pull diagnostics)', () => {
  it('a changed waivers file is never answered "unchanged"', async () => {
    client = await startClient({
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } },
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
    });
    const uri = pathToFileURL(path.join(dir, 'docs', 'arrangements.md')).toString();
    client.open(uri, DOC);
    const pull = (previousResultId?: string) => client!.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId }) as Promise<{ kind: string; resultId: string; items?: Diagnostic[] }>;
    const first = await pull();
    expect(ccg(first.items!).map((d) => d.severity)).toEqual([2, 2]);
    expect((await pull(first.resultId)).kind).toBe('unchanged');
    waive({ count: 2, reason: 'Quoted' });
    const second = await pull(first.resultId);
    expect(second.kind).toBe('full');
    expect(ccg(second.items!).map((d) => d.severity)).toEqual([4, 4]);
  });
});
