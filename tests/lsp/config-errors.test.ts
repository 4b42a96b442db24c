/**
 * A malformed configuration in the editor: its problems are diagnostics on the configuration file
 * at their position, and fixing the file clears them, whether the fix is saved (the client's file
 * watcher sends workspace/didChangeWatchedFiles) or typed into the open configuration document
 * (textDocument/didChange: the server reads the buffer). Nothing from the workspace is run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientCapabilities, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lsp-client.js';

const ARRANGEMENTS = `---
safeguarding:
  type: arrangements
---

# Westmere Safeguarding Children Partnership arrangements

The partners are Westmere Council, Westmere CCG and Westmere Police.
`;

const CHANGED = 2;
const CREATED = 1;

let client: TestClient | undefined;
let dir: string;
/** The project folder; its parent holds `root: true`, so nothing above the test's folder applies. */
let proj: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgl-lsp-cfg-'));
  proj = path.join(dir, 'proj');
  fs.mkdirSync(proj);
  fs.writeFileSync(path.join(dir, '.safeguardinglintrc.yaml'), 'root: true\n');
});

afterEach(async () => {
  await client?.stop();
  client = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const uri = (file: string) => pathToFileURL(path.join(proj, file)).toString();
const CONFIG = '.safeguardinglintrc.yaml';
const hasCcg = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'terminology/ccg');

/** Compact entries: `line:col-line:col message` (1-based, as the CLI prints them). */
function entries(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`);
}

/** Writes the config on disk, and tells the server as the client's file watcher would. */
async function save(c: TestClient, text: string, type = CHANGED): Promise<void> {
  fs.writeFileSync(path.join(proj, CONFIG), text);
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(CONFIG), type }] });
}

const FIXED = 'rules:\n  terminology/ccg: "off"\n';

describe.each([
  {
    problem: 'a YAML syntax error',
    text: 'rules:\n  terminology/ccg: "off\n',
    expected: ['2:20-2:24 invalid YAML: Missing closing "quote'],
  },
  {
    problem: 'an unknown rule id',
    text: 'rules:\n  terminology/cgg: "off"\n',
    expected: ['2:3-2:18 unknown rule "terminology/cgg"; did you mean "terminology/ccg"?'],
  },
  {
    problem: 'a pattern outside the folder',
    text: 'ignorePatterns:\n  - drafts/\n  - ../shared/**\n',
    expected: [
      "3:5-3:17 \"../shared/**\" (item 2 of \"ignorePatterns\"): patterns are relative to this file's folder and cannot reach outside it; a pattern for files above belongs in a configuration file there",
    ],
  },
])('$problem', ({ text, expected }) => {
  it('is a diagnostic on the configuration file at its position, cleared when the fix is saved', async () => {
    fs.writeFileSync(path.join(proj, CONFIG), text);
    client = await startClient();
    client.open(uri('arrangements.md'), ARRANGEMENTS);
    const shown = await client.waitForDiagnostics(uri(CONFIG));
    expect(entries(shown)).toEqual(expected);
    expect(shown.diagnostics.every((d) => d.severity === 1 && d.source === 'safeguarding-lint')).toBe(true);

    const before = client.published.length;
    await save(client, FIXED);
    const cleared = await client.waitForDiagnostics(uri(CONFIG), (p) => client!.published.indexOf(p) >= before && p.diagnostics.length === 0);
    expect(cleared.diagnostics).toEqual([]);
    // The fixed configuration applies: the CCG is no longer reported in the document.
    await client.waitForDiagnostics(uri('arrangements.md'), (p) => client!.published.indexOf(p) >= before && !hasCcg(p));
    // And nothing shows the old problem again.
    await new Promise((r) => setTimeout(r, 300));
    expect(client.published.slice(client.published.indexOf(cleared) + 1).filter((p) => p.uri === uri(CONFIG) && p.diagnostics.length)).toEqual([]);
  });

  it('is shown and cleared as the open configuration document is edited, before any save', async () => {
    fs.writeFileSync(path.join(proj, CONFIG), 'rules: {}\n');
    client = await startClient();
    client.open(uri('arrangements.md'), ARRANGEMENTS);
    await client.waitForDiagnostics(uri('arrangements.md'), hasCcg);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(CONFIG), languageId: 'yaml', version: 1, text: 'rules: {}\n' } });
    const before = client.published.length;
    client.change(uri(CONFIG), text, 2);
    const shown = await client.waitForDiagnostics(uri(CONFIG), (p) => client!.published.indexOf(p) >= before && p.diagnostics.length > 0);
    expect(entries(shown)).toEqual(expected);
    const fixing = client.published.length;
    client.change(uri(CONFIG), FIXED, 3);
    await client.waitForDiagnostics(uri(CONFIG), (p) => client!.published.indexOf(p) >= fixing && p.diagnostics.length === 0);
    // The unsaved buffer is the configuration: the document is linted with it.
    await client.waitForDiagnostics(uri('arrangements.md'), (p) => client!.published.indexOf(p) >= fixing && !hasCcg(p));
    // The configuration document itself is never linted as Markdown.
    expect(client.published.filter((p) => p.uri === uri(CONFIG)).flatMap((p) => p.diagnostics.map((d) => d.code)).filter(Boolean)).toEqual([]);
  });
});

describe('the configuration document in the editor', () => {
  it('closing it unsaved goes back to the file on disk', async () => {
    fs.writeFileSync(path.join(proj, CONFIG), 'rules:\n  terminology/cgg: "off"\n');
    client = await startClient();
    client.open(uri('arrangements.md'), ARRANGEMENTS);
    await client.waitForDiagnostics(uri(CONFIG), (p) => p.diagnostics.length === 1);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(CONFIG), languageId: 'yaml', version: 1, text: FIXED } });
    await client.waitForDiagnostics(uri(CONFIG), (p) => p.diagnostics.length === 0);
    const before = client.published.length;
    client.close(uri(CONFIG));
    const back = await client.waitForDiagnostics(uri(CONFIG), (p) => client!.published.indexOf(p) >= before && p.diagnostics.length === 1);
    expect(back.diagnostics[0]!.message).toMatch(/unknown rule "terminology\/cgg"/);
  });

  it('with pull diagnostics, the problems are still published on the configuration file, once', async () => {
    const capabilities: ClientCapabilities = { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } };
    fs.writeFileSync(path.join(proj, CONFIG), 'rules:\n  terminology/ccg: loud\n');
    client = await startClient({ capabilities });
    client.open(uri('arrangements.md'), ARRANGEMENTS);
    await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('arrangements.md') } });
    const shown = await client.waitForDiagnostics(uri(CONFIG));
    expect(entries(shown)).toEqual(['2:20-2:24 invalid severity "loud" for "terminology/ccg": use off, info, warning or error']);
    // A pull for the configuration document returns nothing, so the problem is not shown twice.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(CONFIG), languageId: 'yaml', version: 1, text: 'rules:\n  terminology/ccg: loud\n' } });
    const pulled = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(CONFIG) } })) as { items: unknown[] };
    expect(pulled.items).toEqual([]);
  });
});

describe('nothing from the workspace is executed by the server', () => {
  const code = "require('fs').writeFileSync(require('path').join(__dirname, 'MARKER'), 'ran');\nmodule.exports = {};\n";

  it.each(['.safeguardinglintrc.js', '.safeguardinglintrc.cjs', '.safeguardinglintrc.mjs', 'safeguarding-lint.config.js'])('%s is reported on itself, never run', async (name) => {
    client = await startClient();
    client.open(uri('arrangements.md'), ARRANGEMENTS);
    await client.waitForDiagnostics(uri('arrangements.md'), hasCcg);
    // Created while the editor is open: the watcher's event makes the server look again.
    fs.writeFileSync(path.join(proj, name), code);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type: CREATED }] });
    const shown = await client.waitForDiagnostics(uri(name), (p) => p.diagnostics.length > 0);
    expect(entries(shown)).toEqual([
      '1:1-1:1 JavaScript configuration is not supported, and safeguarding-lint never runs code from the workspace: write the settings in .safeguardinglintrc.yaml, .yml or .json',
    ]);
    // The document is still linted with the rest of the configuration.
    await client.waitForDiagnostics(uri('arrangements.md'), hasCcg);
    expect(fs.existsSync(path.join(proj, 'MARKER'))).toBe(false);
  });
});
