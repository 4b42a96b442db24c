#!/usr/bin/env node
// Runs an e2e suite inside a real VS Code on machines that cannot download VS Code: code-server
// (from the npm registry) serves the workbench, Debian's Chromium (driven by playwright-core)
// opens it, and the workbench URL's payload makes the remote Node extension host load the
// extension under development and run the suite. The workbench reports the suite's exit code
// through window.codeAutomationExit and its log lines through window.codeAutomationLog, which we
// expose to the page.
//
//   node tests/e2e/run-code-server.mjs --extension DIR --tests SUITE/index.js --folder DIR
//   node tests/e2e/run-code-server.mjs --vsix FILE.vsix --tests … --folder …
//
// Exit code: the suite's (0 passed, 1 tests failed), or 2 when the harness could not run it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import util from 'node:util';
import {
  E2E_DIR,
  EXIT,
  extensionIdOf,
  installedExtensionIds,
  HarnessError,
  log,
  packageVsix,
  parseArgs,
  pipeLines,
  prepareWorkDir,
  resultTracker,
  runToEnd,
  suiteEnv,
  userSettings,
  withTimeout,
  writeSuiteHostExtension,
} from './lib/launcher-common.mjs';
import { clearScreenshots, startScreenshotService } from './lib/screenshot-service.mjs';

const NAME = 'code-server';
const CODE_SERVER_ENTRY = path.join(E2E_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const EXTRA_USAGE = `
  --chromium PATH     browser to drive (default /usr/bin/chromium)
  --viewport WxH      browser window size (default 1600x1000)
`;
// The flags the probe of this machine found Chromium needs here: with no background networking,
// the closed network does not refuse Chromium's own connections many times a second.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @type {(() => Promise<void>)[]} cleanup steps, run last-in first-out */
const cleanups = [];

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2), NAME, EXTRA_USAGE, { chromium: 'value', viewport: 'value' });
  const chromiumPath = /** @type {string} */ (opts.raw.chromium ?? '/usr/bin/chromium');
  const [vw, vh] = String(opts.raw.viewport ?? '1600x1000').split('x').map(Number);
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new HarnessError(`code-server is not installed; run: bash ${path.join(E2E_DIR, 'setup.sh')}`);
  if (!fs.existsSync(chromiumPath)) throw new HarnessError(`${chromiumPath} not found; run: bash ${path.join(E2E_DIR, 'setup.sh')} (apt-get install chromium)`);

  // --- isolated directories -------------------------------------------------------------------
  const { envs, removeRuntimeDirs } = prepareWorkDir(opts.workDir, ['launcher', 'code-server', 'chromium', 'suite']);
  cleanups.push(async () => removeRuntimeDirs());
  // Our own temporary files (playwright's) go to the launcher's TMPDIR too.
  process.env.TMPDIR = envs.launcher.TMPDIR;
  const userDataDir = path.join(opts.workDir, 'user-data');
  const extensionsDir = path.join(opts.workDir, 'extensions');
  const chromiumProfile = path.join(opts.workDir, 'chromium-profile');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings(opts.settings), null, 2));
  const screenshotsDir = path.join(opts.artifacts, 'screenshots');
  clearScreenshots(screenshotsDir);
  const logsDir = path.join(opts.artifacts, 'logs', NAME);
  fs.rmSync(logsDir, { recursive: true, force: true });
  fs.mkdirSync(logsDir, { recursive: true });
  log(NAME, `work dir ${opts.workDir}`);

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const configFile = path.join(opts.workDir, 'code-server-config.yaml');
  // Written by us so code-server does not write a default one (with a random password) to HOME.
  fs.writeFileSync(configFile, `bind-addr: ${authority}\nauth: none\ncert: false\n`);
  const csArgs = [
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const csEnv = {
    ...process.env,
    ...envs['code-server'],
    // Seen by the extension host (a child of code-server), so by the suite:
    E2E_SCREENSHOT_DIR: screenshotsDir,
    E2E_ARTIFACTS_DIR: opts.artifacts,
    E2E_LAUNCHER: NAME,
    E2E_COLOR: process.stdout.isTTY ? '1' : '0',
    ...(opts.grep ? { E2E_GREP: opts.grep } : {}),
    ...suiteEnv(envs.suite),
  };
  delete csEnv.PASSWORD;
  delete csEnv.HASHED_PASSWORD;
  delete csEnv.PORT; // code-server would take it over --bind-addr
  delete csEnv.VSCODE_IPC_HOOK_CLI; // would make code-server talk to an editor this shell runs in

  // --- the extension under test: from source, or installed from a VSIX ---------------------------
  let developmentPath = opts.extension;
  let vsix = opts.vsix;
  if (opts.vsixFrom) {
    log(NAME, `packaging ${opts.vsixFrom}`);
    vsix = await packageVsix(opts.vsixFrom, path.join(opts.artifacts, 'vsix'));
  }
  if (vsix) {
    log(NAME, `installing ${vsix} into ${extensionsDir}`);
    const before = installedExtensionIds(extensionsDir);
    await runToEnd(`${NAME} install`, process.execPath, [CODE_SERVER_ENTRY, ...csArgs, '--install-extension', vsix, '--force'], {
      env: csEnv,
      cwd: envs['code-server'].HOME,
    });
    const added = [...installedExtensionIds(extensionsDir)].filter((id) => !before.has(id));
    if (added.length !== 1) throw new HarnessError(`installing ${vsix} added ${added.length} extensions (${added.join(', ')}), expected 1`);
    developmentPath = writeSuiteHostExtension(opts.workDir);
    Object.assign(csEnv, { E2E_EXTENSION_MODE: 'vsix', E2E_EXTENSION_ID: added[0], E2E_EXTENSIONS_DIR: extensionsDir });
  } else {
    Object.assign(csEnv, {
      E2E_EXTENSION_MODE: 'development',
      E2E_EXTENSION_ID: extensionIdOf(/** @type {string} */ (developmentPath)),
      E2E_DEVELOPMENT_PATH: developmentPath,
    });
  }

  // --- code-server -----------------------------------------------------------------------------
  const csArgv = [
    CODE_SERVER_ENTRY,
    ...csArgs,
    '--bind-addr', authority,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
  ];
  log(NAME, `starting code-server on http://${authority}/`);
  const server = spawn(process.execPath, csArgv, {
    env: csEnv,
    cwd: envs['code-server'].HOME,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so we can end it and the extension host it spawned together.
    detached: true,
  });
  const tracker = resultTracker();
  let serverExited = false;
  const serverExit = new Promise((resolve) =>
    server.on('exit', (code, signal) => {
      serverExited = true;
      resolve(`${code ?? signal}`);
    }),
  );
  cleanups.push(() => stopProcessGroup(server, () => serverExited, serverExit));
  const listening = new Promise((resolve) => {
    const onLine = (/** @type {string} */ line) => {
      tracker.see(line);
      if (/HTTP server listening on/.test(line)) resolve(undefined);
    };
    pipeLines(server.stdout, NAME, onLine);
    pipeLines(server.stderr, NAME, onLine);
  });
  await withTimeout(
    Promise.race([listening, serverExit.then((c) => Promise.reject(new HarnessError(`code-server exited (${c}) before listening`)))]),
    60_000,
    'code-server did not report "HTTP server listening" within 60 s',
  );

  // --- Chromium --------------------------------------------------------------------------------
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(chromiumProfile, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...envs.chromium },
    viewport: { width: vw || 1600, height: vh || 1000 },
    // No downloads, no permission prompts: keep the browser inert apart from the workbench.
    acceptDownloads: false,
  });
  cleanups.push(() => context.close().catch(() => {}));

  /** @type {(code: number) => void} */
  let reportExit = () => {};
  const suiteExit = new Promise((resolve) => {
    reportExit = resolve;
  });
  await context.exposeFunction('codeAutomationExit', async (/** @type {number} */ code, /** @type {unknown} */ logs) => {
    saveWorkbenchLogs(logs, path.join(logsDir, 'workbench'));
    reportExit(Number(code));
  });
  // The workbench's log lines in a test run, the forwarded extension host console (mocha's
  // reporter) among them.
  await context.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown[]} */ args) => {
    // Mocha's reporter logs printf-style ("✔ %s (%dms)", title, ms): format as Node would.
    const text = util.format(...(Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'object' && a !== null ? safeJson(a) : a)));
    for (const line of text.split('\n')) console.log(`[vscode ${type}] ${line}`);
    tracker.see(text);
  });

  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => {
    const text = msg.text();
    // "%c INFO color: …" lines are the workbench log service's console copy of what
    // codeAutomationLog already printed; everything else (failed loads, raw errors) is new.
    if (text.startsWith('%c ')) return;
    tracker.see(text);
    console.log(`[browser ${msg.type()}] ${text}`);
  });
  page.on('pageerror', (err) => console.log(`[browser pageerror] ${err.stack ?? err}`));
  page.on('crash', () => console.log('[browser] the page crashed'));

  const screenshots = startScreenshotService(
    screenshotsDir,
    async (name, waitFor, png) => {
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
      // Let the frame that shows the awaited elements reach the screen.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));
      await page.screenshot({ path: png });
      return missing.length ? { ok: false, file: png, missing, reason: 'some awaited elements never became visible' } : { ok: true, file: png };
    },
    (msg) => log(NAME, msg),
  );
  cleanups.push(() => screenshots.close());

  // --- open the workbench with the test payload ------------------------------------------------
  const remote = (/** @type {string} */ p) => `vscode-remote://${authority}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
  const payload = [
    ['extensionDevelopmentPath', remote(/** @type {string} */ (developmentPath))],
    ['extensionTestsPath', remote(opts.tests)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const url = `http://${authority}/?folder=${encodeURIComponent(opts.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log(NAME, `extension: ${csEnv.E2E_EXTENSION_ID} from ${vsix ? `${vsix} (installed)` : developmentPath}`);
  log(NAME, `suite: ${opts.tests}`);
  log(NAME, `folder: ${opts.folder}`);
  log(NAME, `opening ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  let code;
  try {
    code = await withTimeout(
      Promise.race([
        suiteExit,
        serverExit.then((c) => Promise.reject(new HarnessError(`code-server exited (${c}) before the suite finished`))),
      ]),
      Math.max(1, opts.timeoutMs - (Date.now() - started)),
      `the suite did not finish within ${opts.timeoutMs / 1000} s (no codeAutomationExit); see ${path.join(screenshotsDir, 'timeout.png')} and ${logsDir}`,
    );
  } catch (err) {
    await page.screenshot({ path: path.join(screenshotsDir, 'timeout.png') }).catch(() => {});
    throw err;
  } finally {
    copyDir(path.join(userDataDir, 'logs'), path.join(logsDir, 'server'));
  }

  const summary = tracker.summary();
  if (summary) console.log(summary);
  log(NAME, `suite exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${screenshotsDir}`);
  if (code === 0 && !summary) {
    // The suite claims success but never reported a result line: it ran no mocha at all.
    throw new HarnessError('the suite exited 0 without an E2E_RESULT line (did its index.js use lib/run-mocha.js?)');
  }
  if (code === 0 && !opts.keepWorkDir) cleanups.unshift(async () => fs.rmSync(opts.workDir, { recursive: true, force: true }));
  return code === 0 ? EXIT.PASS : code || EXIT.TESTS_FAILED;
}

/** A port the kernel says is free right now on 127.0.0.1. */
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

/** SIGTERM the group, then SIGKILL whatever is left if it has not exited within 10 s. */
async function stopProcessGroup(child, hasExited, exited) {
  if (hasExited() || !child.pid) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  try {
    await withTimeout(exited, 10_000, 'code-server did not stop');
  } catch {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }
}

function saveWorkbenchLogs(logs, dir) {
  if (!Array.isArray(logs)) return;
  for (const entry of logs) {
    if (!entry || typeof entry.relativePath !== 'string') continue;
    const target = path.join(dir, path.normalize(entry.relativePath).replace(/^(\.\.[/\\])+/, ''));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, String(entry.contents ?? ''));
  }
}

function copyDir(from, to) {
  try {
    fs.cpSync(from, to, { recursive: true });
  } catch {}
}

function safeJson(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
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
