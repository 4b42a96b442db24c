// Proof of the harness with the throwaway fixture extension (fixtures/hello-extension): a
// diagnostic, a command, a hover, the Problems panel, and a screenshot of all of it in the real
// workbench. The real suite (../suite/) follows the same shape against safeguarding-lint.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const {
  activateExtension,
  compactDiagnostic,
  hoverTexts,
  openInEditor,
  requestScreenshot,
  waitFor,
  waitForDiagnostics,
  workspaceRoot,
} = require('../lib/helpers');

const EXTENSION_ID = 'safeguarding-lint-e2e.hello-extension';
const MESSAGE_PREFIX = 'Hello from the e2e fixture';

/** The sample to open: arrangements-gaps.md when the folder is samples/, else the first .md. */
function pickMarkdownFile() {
  const files = fs.readdirSync(workspaceRoot()).filter((f) => f.endsWith('.md')).sort();
  assert.ok(files.length > 0, `no Markdown file in the workspace folder ${workspaceRoot()}`);
  return files.includes('arrangements-gaps.md') ? 'arrangements-gaps.md' : files[0];
}

describe('harness proof (hello-extension)', function () {
  /** @type {vscode.TextEditor} */
  let editor;
  let headingLine = -1;

  before(async function () {
    editor = await openInEditor(pickMarkdownFile());
    headingLine = editor.document.getText().split(/\r?\n/).findIndex((l) => /^#{1,6}\s/.test(l));
    assert.ok(headingLine >= 0, 'the sample has a heading');
    await activateExtension(EXTENSION_ID);
  });

  it('reports a diagnostic on the first heading', async function () {
    const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) =>
      ds.some((d) => d.source === 'hello-e2e'),
    );
    const ours = diagnostics.filter((d) => d.source === 'hello-e2e').map(compactDiagnostic);
    const lineText = editor.document.lineAt(headingLine).text;
    assert.deepEqual(ours, [
      {
        code: 'hello/first-heading',
        range: [headingLine, 0, headingLine, lineText.length],
        message: `${MESSAGE_PREFIX}: first heading of ${editor.document.uri.path.split('/').pop()}`,
        severity: 'Warning',
        source: 'hello-e2e',
      },
    ]);
  });

  it('runs the contributed command', async function () {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('helloE2e.sayHello'), 'helloE2e.sayHello is registered');
    assert.equal(await vscode.commands.executeCommand('helloE2e.sayHello'), 'hello from the e2e fixture');
  });

  it('provides a hover on a heading', async function () {
    const text = (await hoverTexts(editor.document.uri, new vscode.Position(headingLine, 2))).join('\n');
    assert.match(text, /Hello E2E\*\* hover/);
  });

  it('shows the Problems panel and the hover in the workbench (screenshot)', async function () {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // The Problems view took focus; give it back to the editor so the hover can show there.
    editor = await vscode.window.showTextDocument(editor.document, { preview: false, preserveFocus: false });
    const pos = new vscode.Position(headingLine, 3);
    editor.selection = new vscode.Selection(pos, pos);
    await waitFor(() => editor.selection.active.isEqual(pos), [vscode.window.onDidChangeTextEditorSelection], {
      what: 'the cursor on the heading',
    });
    await vscode.commands.executeCommand('editor.action.showHover');

    const shot = await requestScreenshot('smoke-workbench', {
      waitFor: [
        { selector: '.markers-panel', text: MESSAGE_PREFIX },
        { selector: '.monaco-hover', text: 'Hello E2E' },
      ],
    });
    if (shot.skipped) this.skip(); // a launcher without screenshots (test-electron with no display)
    assert.ok(shot.ok, `screenshot taken with everything visible: ${JSON.stringify(shot)}`);
  });
});
