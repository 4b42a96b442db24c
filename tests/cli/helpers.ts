/**
 * Runs the built CLI (dist/cli.js) as a child process in throwaway folders, as a user would.
 * `npm test` builds first; when dist/cli.js is older than the sources (e.g. `vitest` run alone),
 * `ensureBuilt` bundles the CLI entry on its own so other entries' work in progress cannot break it.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

export async function ensureBuilt(): Promise<void> {
  const built = fs.existsSync(CLI) ? fs.statSync(CLI).mtimeMs : 0;
  if (built >= newestMtime(path.join(ROOT, 'server', 'src'))) return;
  const { build } = await import('esbuild');
  // Same settings as scripts/build.mjs; written aside, then renamed, so parallel test files never read half a file.
  const tmp = `${CLI}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(ROOT, 'server', 'src', 'cli', 'main.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  });
  fs.chmodSync(tmp, 0o755);
  fs.renameSync(tmp, CLI);
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `safeguarding-lint args…` in `cwd`, without colour unless `env` says otherwise. */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

/** Like `runCli`, without blocking the test worker (vitest's RPC times out if a worker blocks for a minute). */
export function runCliAsync(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started }),
    );
  });
}

/** A fresh folder with the given files (text or bytes); paths may contain folders. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgl-cli-'));
  writeTree(dir, files);
  return dir;
}

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
}

export function removeTree(dir: string | undefined): void {
  // Undefined when the suite's setup failed before making it.
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The `--format json` contract as the issue states it, written out here on purpose rather than
 * imported from the formatter: a change to the formatter's shape must fail these tests.
 */
export interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  citation: string;
}

export interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function parseJson(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[];
}

/** The messages of one rule in one file of a JSON report, as compact `line:col-endLine:endCol` entries. */
export function positionsOf(report: JsonFile[], file: string, ruleId: string): string[] {
  const f = report.find((r) => r.filePath.endsWith(file));
  return (f?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
}

/**
 * A small arrangements document. Line 7 says "Westmere CCG", so `terminology/ccg` is reported
 * at 7:14-7:17; line 9 says "The CCG" again (7:… and 9:5-9:8).
 */
export const CCG_DOC = [
  '---',
  'safeguarding:',
  '  type: arrangements',
  '---',
  '# Westmere Safeguarding Children Partnership: our arrangements',
  '',
  'The Westmere CCG funds a third of the budget.',
  '',
  'The CCG chairs the health subgroup.',
  '',
].join('\n');

/** A config that turns every rule off except those given: keeps exit-code tests independent of the rule set. */
export function onlyRules(ids: readonly string[], rules: Record<string, string>): string {
  const lines = ['root: true', 'rules:'];
  for (const id of ids) lines.push(`  ${id}: ${rules[id] ?? 'off'}`);
  return `${lines.join('\n')}\n`;
}
