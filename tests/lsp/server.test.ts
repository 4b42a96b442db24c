/**
 * Server protocol tests: the bundled server is started over stdio and spoken to in LSP, as an
 * editor would. Run after `npm run build` (npm test does that).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientCapabilities, CodeAction, CompletionItem, Diagnostic, DocumentDiagnosticReport, Hover, CodeLens } from 'vscode-languageserver-protocol';
import { applyEdits, startClient, type TestClient } from './lsp-client.js';

import { ARRANGEMENTS, ROOT, uriOf } from './documents.js';

const FULL_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    completion: { completionItem: { snippetSupport: true } },
    hover: { contentFormat: ['markdown', 'plaintext'] as ('markdown' | 'plaintext')[] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
  workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
  window: { showDocument: { support: true } },
};

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const rules = (ds: Diagnostic[]) => ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

describe('a minimal client (no capabilities): push diagnostics', () => {
  it('publishes findings with rule ids, 0-based ranges and messages on open', async () => {
    client = await startClient();
    expect(client.initializeResult.capabilities.diagnosticProvider).toBeUndefined();
    const uri = uriOf('minimal.md');
    client.open(uri, ARRANGEMENTS);
    const p = await client.waitForDiagnostics(uri);
    const ccg = p.diagnostics.filter((d) => d.code === 'terminology/ccg');
    expect(rules(ccg)).toEqual(['terminology/ccg@9:44-9:47', 'terminology/ccg@13:4-13:7']);
    expect(ccg[0]!.message).toContain('integrated care boards');
    expect(ccg[0]!.source).toBe('safeguarding-lint');
    expect(ccg[0]!.codeDescription?.href).toMatch(/docs\/rules\/terminology\/ccg\.md$/);
    expect(p.version).toBe(1);
  });

  it('a newer version wins, and closing clears the diagnostics', async () => {
    client = await startClient();
    const uri = uriOf('versions.md');
    client.open(uri, ARRANGEMENTS, 1);
    client.change(uri, ARRANGEMENTS.replace(/CCG/g, 'ICB'), 2);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 2);
    expect(p.diagnostics.some((d) => d.code === 'terminology/ccg')).toBe(false);
    // Nothing is ever published for version 1 after version 2.
    const after = client.published.slice(client.published.indexOf(p));
    expect(after.every((x) => x.version !== 1)).toBe(true);
    client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length === 0 && x.version === undefined);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('an ordinary README gets no findings', async () => {
    client = await startClient();
    const uri = uriOf('README.md');
    client.open(uri, '# Our docs site\n\nRun `npm start` to preview. The CCG page is old.\n');
    const p = await client.waitForDiagnostics(uri);
    expect(p.diagnostics).toEqual([]);
  });

  it('templates fall back to plain text that the linter then flags as placeholders, and nothing else is new', async () => {
    client = await startClient();
    const uri = uriOf('template.md');
    client.open(uri, ARRANGEMENTS);
    const p = await client.waitForDiagnostics(uri);
    const missing = p.diagnostics.find((d) => d.code === 'arrangements/independent-scrutiny' || (typeof d.code === 'string' && d.message.startsWith('Missing')))!;
    expect(missing).toBeDefined();
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: missing.range,
      context: { diagnostics: [missing] },
    })) as CodeAction[];
    const insert = actions.find((a) => a.title.startsWith('Insert'))!;
    expect(insert.command).toBeUndefined();
    const edits = insert.edit!.changes![uri]!;
    const text = applyEdits(ARRANGEMENTS, edits);
    // The author's text is all still there, in order.
    expect(text.startsWith(ARRANGEMENTS.trimEnd())).toBe(true);
    expect(text).not.toMatch(/\$\{\d/);
    client.change(uri, text, 2);
    const after = await client.waitForDiagnostics(uri, (x) => x.version === 2);
    const before = new Set(p.diagnostics.map((d) => d.code));
    const added = after.diagnostics.filter((d) => !before.has(d.code)).map((d) => d.code);
    expect(new Set(added)).toEqual(new Set(['content/placeholder']));
    // The rule whose template was inserted no longer reports the requirement missing at the title.
    expect(after.diagnostics.filter((d) => d.code === missing.code && d.range.start.line === missing.range.start.line)).toEqual([]);
  });
});

describe('a full client: pull diagnostics, settings per document, snippets', () => {
  it('answers document diagnostic pulls, with unchanged reports for the same version', async () => {
    client = await startClient({ capabilities: FULL_CAPABILITIES, initializationOptions: { snippetCommand: true } });
    expect(client.initializeResult.capabilities.diagnosticProvider).toMatchObject({ workspaceDiagnostics: true });
    const uri = uriOf('pull.md');
    client.open(uri, ARRANGEMENTS);
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport & { items: Diagnostic[]; resultId: string };
    expect(report.kind).toBe('full');
    expect(rules(report.items.filter((d) => d.code === 'terminology/ccg'))).toEqual(['terminology/ccg@9:44-9:47', 'terminology/ccg@13:4-13:7']);
    const again = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId })) as DocumentDiagnosticReport;
    expect(again.kind).toBe('unchanged');
    // Pull clients are never pushed to.
    expect(client.published).toEqual([]);
  });

  it('a setting disables linting for one document only', async () => {
    const off = uriOf('off.md');
    client = await startClient({
      capabilities: FULL_CAPABILITIES,
      configuration: ({ items }) => items.map((i) => ({ enable: i.scopeUri !== off })),
    });
    client.open(off, ARRANGEMENTS);
    const on = uriOf('on.md');
    client.open(on, ARRANGEMENTS);
    const a = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: off } })) as { items: Diagnostic[] };
    const b = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: on } })) as { items: Diagnostic[] };
    expect(a.items).toEqual([]);
    expect(b.items.length).toBeGreaterThan(0);
  });

  it('a slow settings answer never lets an older version publish (push client with configuration)', async () => {
    let first = true;
    client = await startClient({
      capabilities: { workspace: { configuration: true } },
      configuration: async ({ items }) => {
        if (first) {
          first = false;
          await new Promise((r) => setTimeout(r, 300));
        }
        return items.map(() => ({}));
      },
    });
    const uri = uriOf('slow.md');
    client.open(uri, ARRANGEMENTS, 1);
    client.change(uri, ARRANGEMENTS.replace(/CCG/g, 'ICB'), 2);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 2);
    await new Promise((r) => setTimeout(r, 400));
    expect(client.published.filter((x) => x.uri === uri).map((x) => x.version)).toEqual([2]);
    expect(p.diagnostics.some((d) => d.code === 'terminology/ccg')).toBe(false);
  });

  it('quick fixes replace exactly the outdated term; fix-all and source.fixAll fix every one', async () => {
    client = await startClient({ capabilities: FULL_CAPABILITIES, initializationOptions: { snippetCommand: true } });
    const uri = uriOf('fix.md');
    const text = `${ARRANGEMENTS}\n## Guidance\n\nWe follow Working Together 2018, and our procedures cite WT2018.\n`;
    client.open(uri, text);
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    const wt = report.items.find((d) => d.code === 'terminology/working-together-2018')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: wt.range, context: { diagnostics: [wt] } })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual([
      'Replace "Working Together 2018" with "Working Together to Safeguard Children 2023"',
      'Fix all "terminology/working-together-2018" problems in this document',
      'Suppress terminology/working-together-2018 on this line',
      'Suppress terminology/working-together-2018 in this file',
      'Show documentation for terminology/working-together-2018',
    ]);
    const one = applyEdits(text, actions[0]!.edit!.changes![uri]!);
    expect(one).toBe(text.replace('Working Together 2018', 'Working Together to Safeguard Children 2023'));
    const all = applyEdits(text, actions[1]!.edit!.changes![uri]!);
    const safe = text.replace('Working Together 2018', 'Working Together to Safeguard Children 2023').replace('WT2018', 'WT2023');
    expect(all).toBe(safe);
    // The suppression is a snippet with a reason tab stop, appended to the end of the line.
    expect(actions[2]!.command?.arguments).toEqual([uri, 17, 64, ' <!-- safeguarding-lint-disable-line terminology/working-together-2018 -- ${1:reason} -->']);
    const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.safeguardingLint'] },
    })) as CodeAction[];
    expect(fixAll.map((a) => a.kind)).toEqual(['source.fixAll.safeguardingLint']);
    // fixAll makes only the safe replacements: never a CCG (it would make up an ICB's name), never a template.
    expect(applyEdits(text, fixAll[0]!.edit!.changes![uri]!)).toBe(safe);
  });

  it('an outdated CCG gets a quick fix to complete with the ICB\'s real name, never an automatic rename', async () => {
    const snippets = await startClient({ capabilities: FULL_CAPABILITIES, initializationOptions: { snippetCommand: true } });
    client = snippets;
    const uri = uriOf('ccg.md');
    snippets.open(uri, ARRANGEMENTS);
    const report = (await snippets.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    const [named, bare] = report.items.filter((d) => d.code === 'terminology/ccg');
    expect(named!.range).toEqual({ start: { line: 9, character: 44 }, end: { line: 9, character: 47 } });
    const actionsFor = async (d: Diagnostic) =>
      (await snippets.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const [replace, ...rest] = await actionsFor(named!);
    // "Westmere CCG" as a whole is replaced by a tab stop for the ICB's own name.
    expect(replace!.title).toBe('Replace "Westmere CCG" with the integrated care board (fill in its name)');
    expect(replace!.edit).toBeUndefined();
    expect(replace!.command?.arguments).toEqual([uri, 9, 35, "${1:[insert the integrated care board's name]}", 9, 47]);
    expect(rest.map((a) => a.title)).not.toContain('Fix all "terminology/ccg" problems in this document');
    // "The CCG": the tab stop's default is the term.
    const [replaceBare] = await actionsFor(bare!);
    expect(replaceBare!.command?.arguments).toEqual([uri, 13, 4, '${1:ICB}', 13, 7]);

    // A client without the snippet command gets the placeholder as plain text, which content/placeholder then flags.
    await snippets.stop();
    const plainClient = await startClient({ capabilities: FULL_CAPABILITIES });
    client = plainClient;
    plainClient.open(uri, ARRANGEMENTS);
    const plain = (await plainClient.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    const d = plain.items.find((x) => x.code === 'terminology/ccg')!;
    const [edit] = (await plainClient.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    expect(applyEdits(ARRANGEMENTS, edit!.edit!.changes![uri]!)).toBe(ARRANGEMENTS.replace('Westmere CCG', "[insert the integrated care board's name]"));
  });

  it('hover quotes the guidance with its paragraph on a finding', async () => {
    client = await startClient({ capabilities: FULL_CAPABILITIES });
    const uri = uriOf('hover.md');
    const text = ARRANGEMENTS.replace('## Funding', '## Leadership\n\nThe independent chair leads the partnership.\n\n## Funding');
    client.open(uri, text);
    const line = text.split('\n').findIndex((l) => l.includes('independent chair'));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 8 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('terminology/independent-chair');
    expect(value).toContain('**¶62**');
    expect(value).toContain('Working Together to Safeguard Children 2023');
    expect(value).toMatch(/\[Rule documentation\]\(https:.*independent-chair\.md\)/);
  });

  it('completes the four types in front matter', async () => {
    client = await startClient({ capabilities: FULL_CAPABILITIES });
    const uri = uriOf('complete.md');
    const text = '---\ntype: \n---\n\n# Title\n';
    client.open(uri, text);
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 6 } })) as CompletionItem[];
    expect(items.map((i) => i.label)).toEqual(['arrangements', 'yearly-report', 'threshold', 'local-protocol']);
  });

  it('shows a coverage code lens at the top of a safeguarding document', async () => {
    client = await startClient({ capabilities: FULL_CAPABILITIES });
    const uri = uriOf('lens.md');
    client.open(uri, readFileSync(path.join(ROOT, 'samples', 'arrangements-gaps.md'), 'utf8'));
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    expect(lenses).toHaveLength(1);
    expect(lenses[0]!.range.start.line).toBe(0);
    expect(lenses[0]!.command!.title).toMatch(/^Working Together 2023 · arrangements · \d+ of \d+ met · \d+ partial · \d+ missing$/);
  });
});

describe('the workspace: checks across documents', () => {
  it('reports a person who differs from the arrangements on disk, and workspace diagnostics cover unopened files', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sgl-ws-'));
    try {
      writeFileSync(path.join(dir, 'arrangements-complete.md'), readFileSync(path.join(ROOT, 'samples', 'arrangements-complete.md'), 'utf8'));
      const yearly = readFileSync(path.join(ROOT, 'samples', 'yearly-report-complete.md'), 'utf8').replace(/Dr Anil Rao/g, 'Dr Priya Natarajan');
      writeFileSync(path.join(dir, 'yearly-report-complete.md'), yearly);
      const folder = pathToFileURL(dir).toString();
      client = await startClient({ capabilities: FULL_CAPABILITIES, workspaceFolders: [{ uri: folder, name: 'docs' }] });
      const uri = pathToFileURL(path.join(dir, 'yearly-report-complete.md')).toString();
      client.open(uri, yearly);
      // The workspace's files are found in the background; pull until the cross-document finding is there.
      let items: Diagnostic[] = [];
      for (let i = 0; i < 50 && !items.some((d) => d.code === 'cross-document/people-agree'); i++) {
        items = ((await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;
        if (!items.some((d) => d.code === 'cross-document/people-agree')) await new Promise((r) => setTimeout(r, 100));
      }
      const people = items.filter((d) => d.code === 'cross-document/people-agree');
      expect(people.map((d) => d.message)).toContain(
        "The ICB's lead safeguarding partner is Priya Natarajan here but Anil Rao in the arrangements (arrangements-complete.md): update whichever is out of date (WT2023 ¶104, ¶107)",
      );
      const ws = (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: Array<{ uri: string; items: Diagnostic[] }> };
      expect(ws.items.map((i) => path.basename(i.uri))).toEqual(['arrangements-complete.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a configuration with errors', () => {
  it('is reported on the configuration file, with its position, not silently ignored', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sgl-cfg-'));
    try {
      writeFileSync(path.join(dir, '.safeguardinglintrc.yaml'), 'rules:\n  terminology/ccg: loud\n');
      client = await startClient();
      const uri = pathToFileURL(path.join(dir, 'arrangements.md')).toString();
      client.open(uri, ARRANGEMENTS);
      const configUri = pathToFileURL(path.join(dir, '.safeguardinglintrc.yaml')).toString();
      const p = await client.waitForDiagnostics(configUri);
      expect(p.diagnostics).toHaveLength(1);
      expect(p.diagnostics[0]!.range.start).toEqual({ line: 1, character: 19 });
      expect(p.diagnostics[0]!.message).toMatch(/loud/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
