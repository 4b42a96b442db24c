// Shared entry for every e2e suite: VS Code loads a suite's index.js in the extension host and
// awaits its exported run(); this builds that run() around mocha.
//
// CommonJS on purpose: the extension host loads `extensionTestsPath` with require() in both
// launchers (code-server's remote Node host and test-electron's Electron host).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

/**
 * The launchers run the suite inside the extension host that code-server (or VS Code) spawns, so
 * it inherits that process's isolated HOME/XDG/TMPDIR. When a launcher names separate ones for the
 * suite (E2E_SUITE_HOME, …), adopt them here, before any test runs, so that whatever the extension
 * under test spawns (its language server, say) writes only there.
 */
function adoptSuiteEnvironment() {
  const map = {
    E2E_SUITE_HOME: 'HOME',
    E2E_SUITE_TMPDIR: 'TMPDIR',
    E2E_SUITE_XDG_CONFIG_HOME: 'XDG_CONFIG_HOME',
    E2E_SUITE_XDG_DATA_HOME: 'XDG_DATA_HOME',
    E2E_SUITE_XDG_CACHE_HOME: 'XDG_CACHE_HOME',
    E2E_SUITE_XDG_STATE_HOME: 'XDG_STATE_HOME',
    E2E_SUITE_XDG_RUNTIME_DIR: 'XDG_RUNTIME_DIR',
  };
  for (const [from, to] of Object.entries(map)) {
    const dir = process.env[from];
    if (dir) {
      fs.mkdirSync(dir, { recursive: true });
      process.env[to] = dir;
    }
  }
}

/**
 * Build the `run()` that VS Code calls for a suite folder: every `*.test.js` directly in
 * `testsRoot` (sorted, so the order is stable), in one mocha run with the BDD interface.
 *
 * @param {string} testsRoot folder holding the suite's `*.test.js` files
 * @param {{ timeout?: number, grep?: string }} [options] per-test timeout (ms); a grep filter
 *   (also taken from the E2E_GREP environment variable)
 * @returns {() => Promise<void>}
 */
function createRun(testsRoot, options = {}) {
  return async function run() {
    adoptSuiteEnvironment();
    const mocha = new Mocha({
      ui: 'bdd',
      // The extension host's console is forwarded line by line to the launcher; ANSI colours
      // survive that trip (the launcher prints them to a terminal) but not log files, so follow
      // the launcher's wish.
      color: process.env.E2E_COLOR === '1',
      timeout: options.timeout ?? Number(process.env.E2E_TEST_TIMEOUT_MS || 60_000),
      grep: options.grep ?? process.env.E2E_GREP ?? undefined,
      // One failure should not hide the rest: the suite is slow to start, so report everything.
      bail: false,
    });
    // A failed test leaves a picture of the workbench as it was (artifacts/screenshots/failed-*.png).
    mocha.suite.afterEach(async function () {
      const test = this.currentTest;
      if (test?.state !== 'failed' || !process.env.E2E_SCREENSHOT_DIR) return;
      const name = `failed-${test.fullTitle().replace(/[^\w.-]+/g, '_').slice(0, 100)}`;
      try {
        // Required lazily: helpers.js needs the `vscode` module, which only the extension host has.
        await require('./helpers').requestScreenshot(name, { timeout: 30_000 });
      } catch (err) {
        console.log(`E2E_SCREENSHOT ${name}: ${err}`);
      }
    });

    const files = fs
      .readdirSync(testsRoot)
      .filter((f) => f.endsWith('.test.js'))
      .sort();
    if (files.length === 0) throw new Error(`no *.test.js files in ${testsRoot}`);
    for (const f of files) mocha.addFile(path.join(testsRoot, f));

    await new Promise((resolve, reject) => {
      try {
        const runner = mocha.run((failures) => {
          // A parseable line the launchers turn into their closing "N passed, N failed" line.
          const s = runner.stats ?? { passes: 0, failures, pending: 0 };
          console.log(`E2E_RESULT passes=${s.passes} failures=${s.failures} pending=${s.pending}`);
          if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
          else resolve(undefined);
        });
      } catch (err) {
        reject(err);
      }
    });
  };
}

module.exports = { createRun, adoptSuiteEnvironment };
