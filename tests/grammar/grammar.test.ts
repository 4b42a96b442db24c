/**
 * The TextMate injection grammars: runs the syntax tests (tests/grammar/*.test.md) with
 * vscode-tmgrammar-test, and checks that the test configuration injects the grammars the way
 * the extension manifest does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG, ROOT, grammarEntries } from './textmate.js';

const BIN = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vscode-tmgrammar-test.cmd' : 'vscode-tmgrammar-test');

describe('TextMate grammars', () => {
  it('pass the syntax tests in tests/grammar/*.test.md', () => {
    // The same command as `npm run test:grammar`; the tool expands the glob itself.
    const run = spawnSync(BIN, ['--config', path.relative(ROOT, CONFIG), 'tests/grammar/*.test.md'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });

  it('are injected by the syntax tests exactly as package.json contributes them', () => {
    const ours = (file: string) =>
      grammarEntries(file)
        .filter((g) => g.scopeName.startsWith('safeguarding.'))
        .map((g) => ({ scopeName: g.scopeName, path: path.relative(ROOT, g.path), injectTo: g.injectTo }))
        .sort((a, b) => a.scopeName.localeCompare(b.scopeName));
    const tested = ours(CONFIG);
    expect(tested.length).toBeGreaterThan(0);
    expect(ours(path.join(ROOT, 'package.json')), 'package.json contributes.grammars must list these injections').toEqual(tested);
  });

  it('name each grammar file with the scope it declares', () => {
    for (const g of grammarEntries(CONFIG)) {
      const raw = JSON.parse(readFileSync(g.path, 'utf8')) as { scopeName?: string; injectionSelector?: string };
      expect(raw.scopeName, g.path).toBe(g.scopeName);
      if (g.injectTo) expect(raw.injectionSelector, g.path).toMatch(/^L:text\.html\.markdown /);
    }
  });
});
