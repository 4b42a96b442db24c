// The safeguarding-lint extension inside a real VS Code (code-server): diagnostics with ids,
// ranges and messages; a quick-fix that inserts a section template as a snippet; hover with the
// guidance's words; the coverage code lens; the Working Together checklist view; and a
// screenshot of all of it. Every wait is on an event, never a fixed sleep.
'use strict';

const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  activateExtension,
  applyCodeAction,
  codeActions,
  codeLenses,
  compactDiagnostic,
  hoverTexts,
  openInEditor,
  requestScreenshot,
  waitFor,
  waitForDiagnostics,
  waitForText,
} = require('../lib/helpers');

const EXTENSION_ID = 'safeguarding-lint.safeguarding-lint';
const SAMPLE = 'arrangements-gaps.md';
const ours = (ds) => ds.filter((d) => d.source === 'safeguarding-lint');
const codeOf = (d) => (typeof d.code === 'object' ? d.code.value : d.code);

/** The 0-based line and columns of the first occurrence of `needle` in the document. */
function find(doc, needle) {
  const lines = doc.getText().split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `"${needle}" is in ${doc.uri.path}`);
  const character = lines[line].indexOf(needle);
  return { line, character, end: character + needle.length };
}

describe('safeguarding-lint in VS Code', function () {
  /** @type {vscode.TextEditor} */
  let editor;
  let api;

  before(async function () {
    editor = await openInEditor(SAMPLE);
    api = await activateExtension(EXTENSION_ID);
    console.log(`E2E_METRIC activation_ms ${api.activationMs}`);
  });

  after(async function () {
    // Leave the sample as it is on disk.
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('reports findings with rule ids, exact ranges and messages', async function () {
    const doc = editor.document;
    const started = Date.now();
    const all = await waitForDiagnostics(doc.uri, (ds) => ours(ds).length > 0, { timeout: 60_000 });
    console.log(`E2E_METRIC first_diagnostics_ms ${Date.now() - started}`);
    const diagnostics = ours(all);
    const chair = find(doc, 'Independent Chair and Scrutineer');
    const wanted = diagnostics.filter((d) => codeOf(d) === 'terminology/independent-chair' && d.range.start.line === chair.line).map(compactDiagnostic);
    assert.deepEqual(wanted, [
      {
        code: 'terminology/independent-chair',
        range: [chair.line, chair.character, chair.line, chair.character + 'Independent Chair'.length],
        message: '"Independent Chair": WT2023 replaces the independent chair with a partnership chair who is a delegated safeguarding partner, and separate independent scrutiny (WT2023 ¶61–63)',
        severity: 'Warning',
        source: 'safeguarding-lint',
      },
    ]);
    // Every finding names a catalogue rule and cites the guidance or the house rule it comes from.
    for (const d of diagnostics) assert.match(String(codeOf(d)), /^[a-z-]+\/[a-z0-9-]+$/);
    assert.ok(diagnostics.some((d) => codeOf(d) === 'content/placeholder' && d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('shows the guidance on hover', async function () {
    const chair = find(editor.document, 'Independent Chair and Scrutineer');
    const text = (await hoverTexts(editor.document.uri, new vscode.Position(chair.line, chair.character + 3))).join('\n');
    assert.match(text, /terminology\/independent-chair/);
    assert.match(text, /¶62/);
    assert.match(text, /Working Together to Safeguard Children 2023/);
  });

  it('shows the coverage code lens at the top', async function () {
    const lenses = await codeLenses(editor.document.uri);
    const titles = lenses.map((l) => l.command && l.command.title).filter(Boolean);
    assert.equal(titles.length, 1, `one lens: ${JSON.stringify(titles)}`);
    assert.match(titles[0], /^Working Together 2023 · arrangements · \d+ of \d+ met · \d+ partial · \d+ missing$/);
    assert.equal(lenses[0].range.start.line, 0);
  });

  it('lists the requirements in the Working Together checklist view', async function () {
    await vscode.commands.executeCommand('safeguardingLint.showChecklist');
    const list = await waitFor(() => {
      const c = api.checklist();
      return c && c.uri === editor.document.uri.toString() && c.entries.length ? c : undefined;
    }, [vscode.languages.onDidChangeDiagnostics, vscode.window.onDidChangeActiveTextEditor], { what: 'the checklist of the sample', timeout: 30_000 });
    assert.equal(list.type, 'arrangements');
    assert.equal(list.entries.length, 25);
    assert.equal(list.met + list.partial + list.missing, 25);
    assert.ok(list.missing > 0 && list.met > 0, `a gaps sample has both: ${list.met} met, ${list.missing} missing`);
    const lens = (await codeLenses(editor.document.uri))[0].command.title;
    assert.ok(lens.includes(`${list.met} of 25 met`), `lens and checklist agree: ${lens}`);
  });

  it('a quick fix inserts a section template as a snippet, and its placeholders are then flagged', async function () {
    const doc = editor.document;
    const diagnostics = ours(vscode.languages.getDiagnostics(doc.uri));
    const missing = diagnostics.find((d) => codeOf(d) === 'arrangements/vcse-sports') ?? diagnostics.find((d) => d.message.startsWith('Missing:'));
    assert.ok(missing, 'a "Missing:" finding exists');
    const actions = await codeActions(doc.uri, missing.range, 'quickfix');
    const insert = actions.find((a) => a.title.startsWith('Insert a "'));
    assert.ok(insert, `a template action among: ${actions.map((a) => a.title).join(' | ')}`);
    const heading = /^Insert a "(.*)" section$/.exec(insert.title)[1];
    const before = doc.getText();
    await vscode.window.showTextDocument(doc);
    await applyCodeAction(insert);
    const after = await waitForText(doc, (t) => t.includes(heading) && t.length > before.length, { what: `the "${heading}" template` });
    assert.doesNotMatch(after, /\$\{\d/, 'snippet syntax was expanded, not inserted as text');
    // Nothing the author wrote was lost: the old text is the new text minus one inserted block.
    const at = after.indexOf(`# ${heading}`);
    assert.ok(at > 0);
    const inserted = after.length - before.length;
    const start = after.lastIndexOf('\n', at - 2);
    assert.equal(after.slice(0, start) + after.slice(start + inserted), before);
    const flagged = await waitForDiagnostics(doc.uri, (ds) => ours(ds).some((d) => codeOf(d) === 'content/placeholder' && d.range.start.line > doc.positionAt(at).line));
    assert.ok(flagged.length > 0);
  });

  it('shows Problems, a hover and the checklist in the workbench (screenshot)', async function () {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('safeguardingLint.showChecklist');
    editor = await vscode.window.showTextDocument(editor.document, { preview: false, preserveFocus: false });
    const chair = find(editor.document, 'Independent Chair and Scrutineer');
    const pos = new vscode.Position(chair.line, chair.character + 3);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    await waitFor(() => editor.selection.active.isEqual(pos), [vscode.window.onDidChangeTextEditorSelection], { what: 'the cursor on the finding' });
    await vscode.commands.executeCommand('editor.action.showHover');
    const shot = await requestScreenshot('extension-workbench', {
      waitFor: [
        { selector: '.markers-panel', text: 'terminology/independent-chair' },
        { selector: '.monaco-hover', text: '¶62' },
        { selector: '.pane-header', text: 'Working Together checklist' },
      ],
    });
    if (shot.skipped) this.skip();
    assert.ok(shot.ok, `screenshot with everything visible: ${JSON.stringify(shot)}`);
  });
});
