#!/usr/bin/env node
// Runs the same e2e suite in desktop VS Code through @vscode/test-electron's runTests, for machines
// that can download VS Code (or have one: --vscode-executable). Where the download cannot happen
// (no route to the VS Code update service, as on this project's own machines) it fails within
// --download-timeout with a message that says so, instead of hanging.
//
//   node tests/e2e/run-electron.mjs --extension DIR --tests SUITE/index.js --folder DIR
//   node tests/e2e/run-electron.mjs --vsix FILE.vsix --tests … --folder …
//
// Screenshots: VS Code is started with a remote-debugging port and playwright-core attaches to its
// window over CDP, so suite screenshot requests are served as under code-server (DOM waits
// included). When that attach fails, requests are answered "skipped" and the suite goes on.
// On Linux without $DISPLAY an Xvfb (Debian package xvfb) is started for VS Code.
//
// Exit code: the suite's (0 passed, 1 tests failed), or 2 when the harness could not run it.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  E2E_DIR,
  EXIT,
  extensionIdOf,
  installedExtensionIds,
  HarnessError,
  log,
  packageVsix,
  parseArgs,
  prepareWorkDir,
  resultTracker,
  runToEnd,
  suiteEnv,
  userSettings,
  withTimeout,
  writeSuiteHostExtension,
} from './lib/launcher-common.mjs';
import { clearScreenshots, startScreenshotService } from './lib/screenshot-service.mjs';

const NAME = 'electron';
const EXTRA_USAGE = `
  --vscode-version V        VS Code to download: "stable" (default), "insiders" or 1.x.y
                            (also E2E_VSCODE_VERSION)
  --vscode-executable PATH  use this VS Code instead of downloading one (also VSCODE_EXECUTABLE)
  --download-timeout SECS   give up on the download after this long (default 120)
  --cache-path DIR          where test-electron keeps downloads (default tests/e2e/.vscode-test)
`;

/** @type {(() => Promise<void>)[]} */
const cleanups = [];

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2), NAME, EXTRA_USAGE, {
    'vscode-version': 'value',
    'vscode-executable': 'value',
    'download-timeout': 'value',
    'cache-path': 'value',
  });
  const testElectronEntry = path.join(E2E_DIR, 'node_modules', '@vscode', 'test-electron', 'out', 'index.js');
  if (!fs.existsSync(testElectronEntry)) throw new HarnessError(`@vscode/test-electron is not installed; run: bash ${path.join(E2E_DIR, 'setup.sh')}`);
  const { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } = await import('@vscode/test-electron');

  const { envs, removeRuntimeDirs } = prepareWorkDir(opts.workDir, ['launcher', 'vscode', 'suite']);
  cleanups.push(async () => removeRuntimeDirs());
  process.env.TMPDIR = envs.launcher.TMPDIR;
  const userDataDir = path.join(opts.workDir, 'user-data');
  const extensionsDir = path.join(opts.workDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings(opts.settings), null, 2));
  const screenshotsDir = path.join(opts.artifacts, 'screenshots');
  clearScreenshots(screenshotsDir);

  // --- VS Code: given, or downloaded (the step that cannot work on a closed network) -------------
  let executable = /** @type {string | undefined} */ (opts.raw['vscode-executable'] ?? process.env.VSCODE_EXECUTABLE);
  if (executable) {
    executable = path.resolve(executable);
    if (!fs.existsSync(executable)) throw new HarnessError(`--vscode-executable ${executable} does not exist`);
  } else {
    const version = String(opts.raw['vscode-version'] ?? process.env.E2E_VSCODE_VERSION ?? 'stable');
    const cachePath = path.resolve(String(opts.raw['cache-path'] ?? path.join(E2E_DIR, '.vscode-test')));
    const limit = Number(opts.raw['download-timeout'] ?? 120) * 1000;
    log(NAME, `downloading VS Code ${version} into ${cachePath} (giving up after ${limit / 1000} s)`);
    try {
      executable = await withTimeout(
        // timeout: test-electron's own per-request stall limit; ours bounds the whole download.
        downloadAndUnzipVSCode({ version, cachePath, timeout: Math.min(limit, 30_000) }),
        limit,
        `no VS Code after ${limit / 1000} s`,
      );
    } catch (err) {
      throw new HarnessError(
        `could not download VS Code ${version}: ${err?.message ?? err}\n` +
          '  Machines that reach only the npm registry and Debian (this project\'s own) cannot download VS Code.\n' +
          '  There, run the same suite through code-server:  node tests/e2e/run-code-server.mjs …same options…\n' +
          '  or point this launcher at an installed VS Code:  --vscode-executable /path/to/code',
      );
    }
  }
  log(NAME, `VS Code: ${executable}`);

  const vscodeEnv = {
    ...envs.vscode,
    E2E_SCREENSHOT_DIR: screenshotsDir,
    E2E_ARTIFACTS_DIR: opts.artifacts,
    E2E_LAUNCHER: NAME,
    E2E_COLOR: '0',
    E2E_EXTENSIONS_DIR: extensionsDir,
    ...(opts.grep ? { E2E_GREP: opts.grep } : {}),
    ...suiteEnv(envs.suite),
  };

  // --- the extension under test ------------------------------------------------------------------
  let developmentPath = opts.extension;
  let vsix = opts.vsix;
  if (opts.vsixFrom) vsix = await packageVsix(opts.vsixFrom, path.join(opts.artifacts, 'vsix'));
  if (vsix) {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable);
    log(NAME, `installing ${vsix} into ${extensionsDir}`);
    const before = installedExtensionIds(extensionsDir);
    await runToEnd(`${NAME} install`, cli, [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'], {
      env: { ...process.env, ...envs.vscode },
    });
    const added = [...installedExtensionIds(extensionsDir)].filter((id) => !before.has(id));
    if (added.length !== 1) throw new HarnessError(`installing ${vsix} added ${added.length} extensions (${added.join(', ')}), expected 1`);
    developmentPath = writeSuiteHostExtension(opts.workDir);
    Object.assign(vscodeEnv, { E2E_EXTENSION_MODE: 'vsix', E2E_EXTENSION_ID: added[0] });
  } else {
    Object.assign(vscodeEnv, {
      E2E_EXTENSION_MODE: 'development',
      E2E_EXTENSION_ID: extensionIdOf(/** @type {string} */ (developmentPath)),
      E2E_DEVELOPMENT_PATH: developmentPath,
    });
  }

  // --- a display for Electron --------------------------------------------------------------------
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    vscodeEnv.DISPLAY = await startXvfb();
    log(NAME, `started Xvfb on ${vscodeEnv.DISPLAY}`);
  }

  // --- screenshots through CDP -------------------------------------------------------------------
  const cdpPort = await freePort();
  const screenshots = startScreenshotService(screenshotsDir, cdpScreenshotTaker(cdpPort), (m) => log(NAME, m));
  cleanups.push(() => screenshots.close());

  // --- run -----------------------------------------------------------------------------------------
  const tracker = resultTracker();
  const write = process.stdout.write.bind(process.stdout);
  // runTests copies VS Code's stdout (where the extension host's console ends up in a CLI test run)
  // to ours; read the suite's result line on the way.
  process.stdout.write = (chunk, ...rest) => {
    tracker.see(String(chunk));
    return write(chunk, ...rest);
  };
  let code;
  try {
    code = await withTimeout(
      runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: /** @type {string} */ (developmentPath),
        extensionTestsPath: opts.tests,
        extensionTestsEnv: vscodeEnv,
        launchArgs: [
          opts.folder,
          '--user-data-dir', userDataDir,
          '--extensions-dir', extensionsDir,
          '--disable-telemetry',
          '--disable-gpu',
          `--remote-debugging-port=${cdpPort}`,
        ],
      }).then(
        () => 0,
        (err) => (typeof err?.code === 'number' ? err.code : Promise.reject(err)),
      ),
      Math.max(1, opts.timeoutMs - (Date.now() - started)),
      `the suite did not finish within ${opts.timeoutMs / 1000} s`,
    );
  } catch (err) {
    killOwnChildren();
    throw err;
  } finally {
    process.stdout.write = write;
  }
  const summary = tracker.summary();
  if (summary) console.log(summary);
  log(NAME, `suite exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (code === 0 && !summary) throw new HarnessError('the suite exited 0 without an E2E_RESULT line (did its index.js use lib/run-mocha.js?)');
  if (code === 0 && !opts.keepWorkDir) cleanups.unshift(async () => fs.rmSync(opts.workDir, { recursive: true, force: true }));
  return code === 0 ? EXIT.PASS : code || EXIT.TESTS_FAILED;
}

/**
 * Attach playwright-core to VS Code's window over CDP (lazily, at the first request) and take
 * screenshots there; answer "skipped" when that is impossible.
 *
 * @param {number} port
 */
function cdpScreenshotTaker(port) {
  /** @type {Promise<import('playwright-core').Page | undefined> | undefined} */
  let pagePromise;
  let whyNot = '';
  const connect = async () => {
    try {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { timeout: 20_000 });
      cleanups.push(() => browser.close().catch(() => {}));
      const pages = browser.contexts().flatMap((c) => c.pages());
      const page = pages.find((p) => /workbench/.test(p.url())) ?? pages[0];
      if (!page) whyNot = 'no VS Code window found over CDP';
      return page;
    } catch (err) {
      whyNot = `cannot attach to VS Code over CDP: ${err?.message ?? err}`;
      return undefined;
    }
  };
  return async (/** @type {string} */ _name, /** @type {{selector: string, text?: string}[]} */ waitFor, /** @type {string} */ png) => {
    pagePromise ??= connect();
    const page = await pagePromise;
    if (!page) return { ok: false, skipped: true, reason: whyNot };
    const missing = [];
    for (const w of waitFor) {
      let locator = page.locator(w.selector);
      if (w.text) locator = locator.filter({ hasText: w.text });
      try {
        await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
      } catch {
        missing.push(w.text ? `${w.selector} with "${w.text}"` : w.selector);
      }
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));
    await page.screenshot({ path: png });
    return missing.length ? { ok: false, file: png, missing, reason: 'some awaited elements never became visible' } : { ok: true, file: png };
  };
}

/** Start Xvfb on a display number it picks itself (-displayfd), for this run only. */
async function startXvfb() {
  let xvfb;
  try {
    xvfb = execFileSync('sh', ['-c', 'command -v Xvfb'], { encoding: 'utf8' }).trim();
  } catch {
    throw new HarnessError('no $DISPLAY and no Xvfb: install the Debian package xvfb (or run under xvfb-run)');
  }
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  const display = await withTimeout(
    new Promise((resolve, reject) => {
      let out = '';
      child.stdio[3].on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      child.on('exit', (c) => reject(new HarnessError(`Xvfb exited (${c}) before reporting its display`)));
    }),
    20_000,
    'Xvfb did not report a display within 20 s',
  );
  return /** @type {string} */ (display);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * runTests keeps the VS Code process to itself; after our own timeout, end it and everything it
 * started: our direct children (by pid, as `ps` lists them) and their descendants.
 */
function killOwnChildren() {
  const childrenOf = (/** @type {number} */ pid) => {
    try {
      return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
        .split('\n')
        .map((s) => Number(s.trim()))
        .filter(Boolean);
    } catch {
      return [];
    }
  };
  const all = [];
  const walk = (/** @type {number} */ pid) => childrenOf(pid).forEach((c) => (all.push(c), walk(c)));
  walk(process.pid);
  for (const pid of all.reverse()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
}

let exitCode = EXIT.HARNESS;
try {
  exitCode = await main();
} catch (err) {
  if (err instanceof HarnessError) console.error(`[${NAME}] ERROR: ${err.message}`);
  else console.error(`[${NAME}] ERROR:`, err);
  exitCode = EXIT.HARNESS;
} finally {
  for (const step of cleanups.reverse()) await step().catch(() => {});
}
process.exit(exitCode);
