// What both launchers share: argument parsing, the isolated directories, VSIX packaging, the
// stand-in development extension for VSIX runs, and the closing summary line.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/e2e/ */
export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Exit codes of the launchers (the project's convention: 0 clean, 1 findings, 2 could not run). */
export const EXIT = { PASS: 0, TESTS_FAILED: 1, HARNESS: 2 };

/** A failure of the harness itself (not of a test): printed without a stack, exits 2. */
export class HarnessError extends Error {}

export function log(prefix, ...args) {
  console.log(`[${prefix}]`, ...args);
}

const USAGE = `
  --extension DIR     extension folder to test from source (extensionDevelopmentPath)
  --vsix FILE         a packaged extension: installed into the run's own extensions dir and
                      tested as installed (a stand-in extensionDevelopmentPath hosts the suite)
  --vsix-from DIR     package DIR with vsce first (into artifacts/), then as --vsix
  --tests FILE        the suite's compiled index.js (extensionTestsPath; exports run())
  --folder DIR        workspace folder to open
  --settings FILE     JSON merged into the isolated user settings.json
  --grep PATTERN      only tests whose title matches (mocha grep; E2E_GREP)
  --timeout SECONDS   overall limit for the whole run (default 300)
  --artifacts DIR     screenshots, logs, VSIX files (default tests/e2e/artifacts)
  --work-dir DIR      isolated HOME/XDG/TMPDIR, user-data and extensions dirs; emptied at
                      start (default tests/e2e/.work/<launcher>)
  --keep-work-dir     do not delete the work dir after a passing run
`;

/**
 * Parse the shared command line. Relative paths resolve against the current directory.
 *
 * @param {string[]} argv
 * @param {string} launcher short name, for defaults and messages
 * @param {string} extraUsage launcher-specific options, for --help
 * @param {Record<string, 'value' | 'flag'>} extraOptions launcher-specific options
 */
export function parseArgs(argv, launcher, extraUsage = '', extraOptions = {}) {
  const spec = {
    extension: 'value',
    vsix: 'value',
    'vsix-from': 'value',
    tests: 'value',
    folder: 'value',
    settings: 'value',
    grep: 'value',
    timeout: 'value',
    artifacts: 'value',
    'work-dir': 'value',
    'keep-work-dir': 'flag',
    help: 'flag',
    ...extraOptions,
  };
  /** @type {Record<string, string | boolean>} */
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!m || !(m[1] in spec)) throw new HarnessError(`unknown argument ${arg}\nusage: ${launcher} [options]${USAGE}${extraUsage}`);
    const [, key, inline] = m;
    if (spec[key] === 'flag') o[key] = true;
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new HarnessError(`--${key} needs a value`);
      o[key] = value;
    }
  }
  if (o.help) {
    console.log(`usage: ${launcher} [options]${USAGE}${extraUsage}`);
    process.exit(0);
  }
  const abs = (/** @type {unknown} */ p) => (typeof p === 'string' ? path.resolve(p) : undefined);
  const sources = ['extension', 'vsix', 'vsix-from'].filter((k) => o[k]);
  if (sources.length !== 1) throw new HarnessError('give exactly one of --extension, --vsix, --vsix-from');
  if (!o.tests) throw new HarnessError('--tests FILE (the suite index.js) is required');
  if (!o.folder) throw new HarnessError('--folder DIR (the workspace to open) is required');
  const opts = {
    extension: abs(o.extension),
    vsix: abs(o.vsix),
    vsixFrom: abs(o['vsix-from']),
    tests: abs(o.tests),
    folder: abs(o.folder),
    settings: abs(o.settings),
    grep: typeof o.grep === 'string' ? o.grep : undefined,
    timeoutMs: Number(o.timeout ?? 300) * 1000,
    artifacts: abs(o.artifacts) ?? path.join(E2E_DIR, 'artifacts'),
    workDir: abs(o['work-dir']) ?? path.join(E2E_DIR, '.work', launcher),
    keepWorkDir: Boolean(o['keep-work-dir']),
    raw: o,
  };
  if (!(opts.timeoutMs > 0)) throw new HarnessError('--timeout must be a positive number of seconds');
  mustExist(opts.tests, 'file', '--tests');
  mustExist(opts.folder, 'dir', '--folder');
  if (opts.extension) mustExist(path.join(opts.extension, 'package.json'), 'file', '--extension (its package.json)');
  if (opts.vsix) mustExist(opts.vsix, 'file', '--vsix');
  if (opts.vsixFrom) mustExist(path.join(opts.vsixFrom, 'package.json'), 'file', '--vsix-from (its package.json)');
  if (opts.settings) mustExist(opts.settings, 'file', '--settings');
  return opts;
}

function mustExist(p, kind, what) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    throw new HarnessError(`${what}: ${p} does not exist`);
  }
  if (kind === 'dir' ? !st.isDirectory() : !st.isFile()) throw new HarnessError(`${what}: ${p} is not a ${kind === 'dir' ? 'folder' : 'file'}`);
}

/**
 * Empty and lay out the run's work dir: one set of HOME, XDG_* and TMPDIR per process family, so nothing
 * reads or writes the machine's own ~/.config, ~/.local, ~/.cache or /tmp.
 *
 * @param {string} workDir
 * @param {string[]} roles e.g. ['code-server', 'chromium', 'suite']
 * @returns {{ envs: Record<string, Record<string, string>>, removeRuntimeDirs: () => void }}
 */
export function prepareWorkDir(workDir, roles) {
  const marker = path.join(workDir, '.e2e-work-dir');
  // Emptying a folder someone typed by mistake (--work-dir .) would be a disaster: only ever
  // delete a folder this harness made (it carries the marker) or an empty one.
  if (fs.existsSync(workDir) && fs.readdirSync(workDir).length > 0 && !fs.existsSync(marker)) {
    throw new HarnessError(`--work-dir ${workDir} is not empty and was not made by this harness; refusing to empty it`);
  }
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  fs.writeFileSync(marker, 'made by tests/e2e; emptied at the start of every run\n');
  // XDG_RUNTIME_DIR holds Unix sockets (VS Code's IPC hooks), whose paths must stay under 108
  // bytes: a folder inside a deep checkout is too long, so these live in a short one in /tmp.
  const runtimeBase = fs.mkdtempSync(path.join(fs.existsSync('/tmp') ? '/tmp' : os.tmpdir(), 'e2e-rt-'));
  /** @type {Record<string, Record<string, string>>} */
  const envs = {};
  for (const [i, role] of roles.entries()) {
    const base = path.join(workDir, role);
    const env = {
      HOME: path.join(base, 'home'),
      TMPDIR: path.join(base, 'tmp'),
      XDG_CONFIG_HOME: path.join(base, 'xdg-config'),
      XDG_DATA_HOME: path.join(base, 'xdg-data'),
      XDG_CACHE_HOME: path.join(base, 'xdg-cache'),
      XDG_STATE_HOME: path.join(base, 'xdg-state'),
      XDG_RUNTIME_DIR: path.join(runtimeBase, String(i)),
    };
    for (const dir of Object.values(env)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    envs[role] = env;
  }
  return { envs, removeRuntimeDirs: () => fs.rmSync(runtimeBase, { recursive: true, force: true }) };
}

/** The suite's own HOME/XDG/TMPDIR, handed over as E2E_SUITE_* (lib/run-mocha.js adopts them). */
export function suiteEnv(env) {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [`E2E_SUITE_${k}`, v]));
}

/** Settings that keep a fresh profile quiet: no welcome page, no update or marketplace checks. */
export function userSettings(extraFile) {
  const base = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'window.commandCenter': false,
    // Built-in task detection (npm, typescript, gulp…) keeps the extension host busy on a 2-core
    // machine and only adds "Timed out getting tasks" noise.
    'task.autoDetect': 'off',
    'typescript.tsc.autoDetect': 'off',
    'npm.autoDetect': 'off',
  };
  const extra = extraFile ? JSON.parse(fs.readFileSync(extraFile, 'utf8')) : {};
  return { ...base, ...extra };
}

/**
 * Run a command to completion, streaming its output with a prefix; reject on a non-zero exit.
 *
 * @param {string} prefix
 * @param {string} cmd
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 */
export function runToEnd(prefix, cmd, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    pipeLines(child.stdout, prefix);
    pipeLines(child.stderr, prefix);
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(undefined) : reject(new HarnessError(`${prefix}: ${cmd} ${args.join(' ')} exited ${code ?? signal}`)),
    );
  });
}

/**
 * Print a stream line by line with a prefix; `onLine` sees each line too.
 *
 * @param {NodeJS.ReadableStream | null} stream
 * @param {string} prefix
 * @param {(line: string) => void} [onLine]
 */
export function pipeLines(stream, prefix, onLine) {
  if (!stream) return;
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buf += chunk;
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl).replace(/\r$/, '');
      buf = buf.slice(nl + 1);
      console.log(`[${prefix}] ${line}`);
      onLine?.(line);
    }
  });
  stream.on('end', () => {
    if (buf) {
      console.log(`[${prefix}] ${buf}`);
      onLine?.(buf);
    }
  });
}

/**
 * Package an extension folder with this harness's own vsce into `outDir`, returning the VSIX path.
 * `--no-dependencies`: the project bundles with esbuild, so node_modules stays out of the VSIX.
 *
 * @param {string} extensionDir
 * @param {string} outDir
 */
export async function packageVsix(extensionDir, outDir) {
  const vsce = path.join(E2E_DIR, 'node_modules', '@vscode', 'vsce', 'vsce');
  if (!fs.existsSync(vsce)) throw new HarnessError(`vsce is not installed in ${E2E_DIR}; run: bash ${path.join(E2E_DIR, 'setup.sh')}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `${manifest.name}-${manifest.version}.vsix`);
  fs.rmSync(out, { force: true });
  await runToEnd('vsce', process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], {
    cwd: extensionDir,
    env: process.env,
  });
  return out;
}

/**
 * VS Code runs extension tests only in a window that has an extension under development. A VSIX
 * run therefore points extensionDevelopmentPath at this empty stand-in (different id, no code),
 * so the extension under test is the installed one.
 *
 * @param {string} workDir
 */
export function writeSuiteHostExtension(workDir) {
  const dir = path.join(workDir, 'suite-host-extension');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'e2e-suite-host',
        displayName: 'e2e suite host (stand-in, no code)',
        publisher: 'safeguarding-lint-e2e',
        version: '0.0.0',
        engines: { vscode: '*' },
      },
      null,
      2,
    ),
  );
  return dir;
}

/**
 * Follow the suite's `E2E_RESULT passes=… failures=… pending=…` line and print the closing
 * "N passed, N failed" line that CI reads.
 */
export function resultTracker() {
  /** @type {{ passes: number, failures: number, pending: number } | undefined} */
  let result;
  return {
    /** @param {string} text */
    see(text) {
      const m = /E2E_RESULT passes=(\d+) failures=(\d+) pending=(\d+)/.exec(text);
      if (m) result = { passes: Number(m[1]), failures: Number(m[2]), pending: Number(m[3]) };
    },
    get result() {
      return result;
    },
    summary() {
      return result ? `e2e: ${result.passes} passed, ${result.failures} failed, ${result.pending} skipped` : undefined;
    },
  };
}

/** Wait for `promise`, or reject with `message` after `ms`. */
export function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new HarnessError(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** `publisher.name` from an extension folder's package.json. */
export function extensionIdOf(dir) {
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (!m.publisher || !m.name) throw new HarnessError(`${dir}/package.json has no publisher or name`);
  return `${m.publisher}.${m.name}`;
}

/**
 * The extension ids installed in `extensionsDir` (each `<publisher>.<name>-<version>` folder's
 * package.json); the VSIX's id is the one that was not there before its install.
 */
export function installedExtensionIds(extensionsDir) {
  const ids = new Set();
  for (const entry of fs.readdirSync(extensionsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      ids.add(extensionIdOf(path.join(extensionsDir, entry.name)));
    } catch {}
  }
  return ids;
}
