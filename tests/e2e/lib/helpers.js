// Helpers for suites that run inside the extension host. They wait on VS Code events or on
// file-system notifications, never on fixed sleeps: every wait is "until this is true, or fail
// after a timeout with a message that says what was being waited for and what was seen".
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

/**
 * Resolve once `check()` returns something truthy (with that value). `check` runs now and again
 * every time one of `events` fires; after `timeout` ms the promise rejects with `what` and
 * `describe()` (the state last seen) in the message.
 *
 * @template T
 * @param {() => T | undefined | null | false} check
 * @param {vscode.Event<unknown>[]} events
 * @param {{ timeout?: number, what?: string, describe?: () => string }} [options]
 * @returns {Promise<T>}
 */
function waitFor(check, events, { timeout = 20_000, what = 'a condition', describe } = {}) {
  return new Promise((resolve, reject) => {
    /** @type {vscode.Disposable[]} */
    const subs = [];
    let done = false;
    const finish = (/** @type {() => void} */ settle) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
      settle();
    };
    const evaluate = () => {
      try {
        const value = check();
        if (value) finish(() => resolve(/** @type {T} */ (value)));
      } catch (err) {
        finish(() => reject(err));
      }
    };
    const timer = setTimeout(() => {
      const seen = describe ? `; last seen: ${describe()}` : '';
      finish(() => reject(new Error(`timed out after ${timeout} ms waiting for ${what}${seen}`)));
    }, timeout);
    for (const event of events) subs.push(event(evaluate));
    evaluate();
  });
}

/**
 * Wait until the diagnostics VS Code holds for `uri` satisfy `predicate` (by default: there is at
 * least one), and return them.
 *
 * @param {vscode.Uri} uri
 * @param {(diagnostics: vscode.Diagnostic[]) => boolean} [predicate]
 * @param {{ timeout?: number }} [options]
 * @returns {Promise<vscode.Diagnostic[]>}
 */
async function waitForDiagnostics(uri, predicate = (d) => d.length > 0, { timeout = 30_000 } = {}) {
  const current = () => vscode.languages.getDiagnostics(uri);
  return waitFor(() => (predicate(current()) ? current() : undefined), [vscode.languages.onDidChangeDiagnostics], {
    timeout,
    what: `diagnostics on ${uri.toString()}`,
    describe: () => JSON.stringify(current().map(compactDiagnostic)),
  });
}

/**
 * A diagnostic as a small comparable object (the shape vscode-stylelint's e2e tests compare):
 * code, 0-based range, message, severity name, source.
 *
 * @param {vscode.Diagnostic} d
 */
function compactDiagnostic(d) {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  return {
    code,
    range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
    message: d.message,
    severity: vscode.DiagnosticSeverity[d.severity],
    source: d.source,
  };
}

/**
 * Wait until the extension with this id is installed, check that it is the copy the launcher meant
 * (for the extension under test: the installed VSIX in a `--vsix` run, the source folder in an
 * `--extension` run), activate it and return its exports.
 *
 * @param {string} [id] publisher.name; by default the extension under test (E2E_EXTENSION_ID)
 * @param {{ timeout?: number }} [options]
 */
async function activateExtension(id = process.env.E2E_EXTENSION_ID, { timeout = 30_000 } = {}) {
  if (!id) throw new Error('activateExtension: no id given and E2E_EXTENSION_ID is not set');
  const ext = await waitFor(() => vscode.extensions.getExtension(id), [vscode.extensions.onDidChange], {
    timeout,
    what: `extension ${id} to be installed`,
    describe: () => vscode.extensions.all.map((e) => e.id).filter((x) => !x.startsWith('vscode.')).join(', '),
  });
  if (id.toLowerCase() === process.env.E2E_EXTENSION_ID?.toLowerCase()) {
    const real = (/** @type {string} */ p) => {
      try {
        return fs.realpathSync(p);
      } catch {
        return path.resolve(p);
      }
    };
    const where = real(ext.extensionPath);
    const mode = process.env.E2E_EXTENSION_MODE;
    if (mode === 'vsix') {
      const dir = real(process.env.E2E_EXTENSIONS_DIR ?? '');
      if (!where.startsWith(dir + path.sep)) throw new Error(`${id} should be the VSIX installed under ${dir}, but was loaded from ${where}`);
    } else if (mode === 'development') {
      const dev = real(process.env.E2E_DEVELOPMENT_PATH ?? '');
      if (where !== dev) throw new Error(`${id} should be the development copy at ${dev}, but was loaded from ${where}`);
    }
    console.log(`E2E extension under test: ${id} ${ext.packageJSON?.version ?? ''} from ${where} (${mode ?? 'unknown mode'})`);
  }
  return ext.isActive ? ext.exports : ext.activate();
}

/** The first workspace folder's path; every e2e run opens exactly one folder. */
function workspaceRoot() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e launcher opened no workspace folder');
  return folder.uri.fsPath;
}

/**
 * Open a file of the workspace (path relative to its root) in an editor and return the editor.
 *
 * @param {string} relativePath
 */
async function openInEditor(relativePath) {
  const doc = await vscode.workspace.openTextDocument(path.join(workspaceRoot(), relativePath));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Ask the launcher for a screenshot of the whole workbench, and wait until it is taken.
 *
 * Protocol (file based, because the suite and the launcher share a file system but no other
 * channel in both launchers): the suite writes `<E2E_SCREENSHOT_DIR>/<name>.request.json`; the
 * launcher waits until every `waitFor` entry is visible in the workbench DOM (or its own timeout
 * passes), saves `<name>.png`, and answers with `<name>.result.json`:
 * `{ ok, file?, skipped?, reason?, missing? }`. A launcher that cannot take screenshots (test-electron
 * without a display) answers `{ ok: false, skipped: true, reason }` at once.
 *
 * @param {string} name file-name-safe: letters, digits, `.`, `_`, `-`
 * @param {{ waitFor?: { selector: string, text?: string }[], timeout?: number }} [options]
 *   `waitFor`: workbench elements that must be visible first (CSS selector, optionally containing
 *   `text`), so the picture shows the state the suite just produced and not one a frame earlier.
 * @returns {Promise<{ ok: boolean, file?: string, skipped?: boolean, reason?: string, missing?: string[] }>}
 */
async function requestScreenshot(name, { waitFor: waitForDom = [], timeout = 60_000 } = {}) {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be file-name safe: ${name}`);
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (!dir) {
    console.log(`E2E_SCREENSHOT ${name}: skipped (no E2E_SCREENSHOT_DIR; not run by an e2e launcher)`);
    return { ok: false, skipped: true, reason: 'E2E_SCREENSHOT_DIR is not set' };
  }
  fs.mkdirSync(dir, { recursive: true });
  const resultFile = path.join(dir, `${name}.result.json`);
  fs.rmSync(resultFile, { force: true });

  // Watch before writing the request, so the answer cannot slip by between the two.
  const answered = new Promise((resolve, reject) => {
    const read = () => {
      try {
        return JSON.parse(fs.readFileSync(resultFile, 'utf8'));
      } catch {
        return undefined; // not there yet (the launcher renames it into place whole)
      }
    };
    const watcher = fs.watch(dir, () => {
      const result = read();
      if (result) finish(() => resolve(result));
    });
    const timer = setTimeout(
      () => finish(() => reject(new Error(`timed out after ${timeout} ms waiting for the launcher to take screenshot ${name}`))),
      timeout,
    );
    const finish = (/** @type {() => void} */ settle) => {
      clearTimeout(timer);
      watcher.close();
      settle();
    };
    const early = read();
    if (early) finish(() => resolve(early));
  });

  const request = { name, waitFor: waitForDom, requestedAt: new Date().toISOString() };
  const tmp = path.join(dir, `.${name}.request.json.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(request));
  fs.renameSync(tmp, path.join(dir, `${name}.request.json`));
  console.log(`E2E_SCREENSHOT ${name}: requested`);
  const result = await answered;
  console.log(`E2E_SCREENSHOT ${name}: ${result.ok ? result.file : `not taken (${result.reason})`}`);
  return result;
}

/**
 * Wait until `doc`'s text satisfies `predicate` (after a quick fix or a snippet, say) and return it.
 *
 * @param {vscode.TextDocument} doc
 * @param {(text: string) => boolean} predicate
 * @param {{ timeout?: number, what?: string }} [options]
 */
function waitForText(doc, predicate, { timeout = 20_000, what = 'the document text to change' } = {}) {
  return waitFor(() => (predicate(doc.getText()) ? doc.getText() : undefined), [vscode.workspace.onDidChangeTextDocument], {
    timeout,
    what: `${what} (${doc.uri.toString()})`,
    describe: () => JSON.stringify(doc.getText().slice(0, 400)),
  });
}

/**
 * The hovers every provider gives at `position`, as plain Markdown strings.
 *
 * @param {vscode.Uri} uri
 * @param {vscode.Position} position
 * @returns {Promise<string[]>}
 */
async function hoverTexts(uri, position) {
  const hovers = /** @type {vscode.Hover[]} */ (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position));
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value));
}

/**
 * The code actions offered for `range` (optionally only of `kind`, e.g. 'quickfix').
 *
 * @param {vscode.Uri} uri
 * @param {vscode.Range} range
 * @param {string} [kind]
 * @returns {Promise<vscode.CodeAction[]>}
 */
async function codeActions(uri, range, kind) {
  return /** @type {vscode.CodeAction[]} */ (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, kind));
}

/**
 * Apply a code action as the light bulb would: its edit first, then its command.
 *
 * @param {vscode.CodeAction} action
 */
async function applyCodeAction(action) {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`the edit of "${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/**
 * The code lenses of a document, resolved (so each has its command and title).
 *
 * @param {vscode.Uri} uri
 * @returns {Promise<vscode.CodeLens[]>}
 */
async function codeLenses(uri) {
  // The second argument asks VS Code to resolve up to that many lenses.
  return /** @type {vscode.CodeLens[]} */ (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri, 100));
}

module.exports = {
  waitForText,
  hoverTexts,
  codeActions,
  applyCodeAction,
  codeLenses,
  waitFor,
  waitForDiagnostics,
  compactDiagnostic,
  activateExtension,
  workspaceRoot,
  openInEditor,
  requestScreenshot,
};
