/** Exit codes a CI job relies on: 0 clean (info allowed), 1 errors or too many warnings, 2 could not run. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_META } from '../../server/src/engine/index.js';
import { CCG_DOC, ensureBuilt, makeTree, onlyRules, removeTree, runCli } from './helpers.js';

const ids = ALL_META.map((m) => m.id);
const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const d = makeTree(files);
  dirs.push(d);
  return d;
}

beforeAll(ensureBuilt, 120_000);
afterAll(() => dirs.forEach(removeTree));

describe('exit codes', () => {
  it('0 when the only findings are information', () => {
    const dir = tree({ 'a.md': CCG_DOC, '.safeguardinglintrc.yaml': onlyRules(ids, { 'terminology/ccg': 'info' }) });
    const r = runCli(['a.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/7:14\s+info\s+"CCG" is outdated/);
    expect(r.stderr).toBe('');
  });

  it('0 with warnings when --max-warnings is not exceeded, 1 when it is', () => {
    const dir = tree({ 'a.md': CCG_DOC, '.safeguardinglintrc.yaml': onlyRules(ids, { 'terminology/ccg': 'warning' }) });
    expect(runCli(['a.md'], dir).code).toBe(0);
    expect(runCli(['--max-warnings', '2', 'a.md'], dir).code).toBe(0);
    const over = runCli(['--max-warnings', '1', 'a.md'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (2; maximum 1)');
    expect(runCli(['--max-warnings', '-1', 'a.md'], dir).code).toBe(0);
  });

  it('1 when there are errors; --quiet hides warnings but keeps errors', () => {
    const dir = tree({ 'a.md': CCG_DOC, '.safeguardinglintrc.yaml': onlyRules(ids, { 'terminology/ccg': 'error', 'content/placeholder': 'warning' }) });
    const r = runCli(['a.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2 problems (2 errors, 0 warnings, 0 info)');
    const warnOnly = tree({ 'a.md': `${CCG_DOC}\nThe budget is TBC.\n`, '.safeguardinglintrc.yaml': onlyRules(ids, { 'terminology/ccg': 'error', 'content/placeholder': 'warning' }) });
    const quiet = runCli(['--quiet', 'a.md'], warnOnly);
    expect(quiet.stdout).not.toContain('content/placeholder');
    expect(quiet.stdout).toContain('terminology/ccg');
  });

  it('2 for a bad configuration, printing file:line:col: message', () => {
    const dir = tree({ 'a.md': CCG_DOC, '.safeguardinglintrc.yaml': 'rules:\n  terminology/cgg: warning\n' });
    const r = runCli(['a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.safeguardinglintrc.yaml:2:3: unknown rule "terminology/cgg"; did you mean "terminology/ccg"?');
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\bat .+\.js:\d+/); // no stack trace
  });

  it('2 for a path that does not exist', () => {
    const dir = tree({ 'a.md': CCG_DOC });
    const r = runCli(['a.md', 'missing.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('safeguarding-lint: no such file or folder: "missing.md"');
  });

  it('2 for a bad option or option value, with a one-line reason', () => {
    const dir = tree({ 'a.md': CCG_DOC });
    const unknown = runCli(['--fixx', 'a.md'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--fixx'");
    expect(unknown.stderr).toContain('--fix');
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    const format = runCli(['--format', 'xml', 'a.md'], dir);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Allowed choices are stylish, json, sarif, junit, github');
    const max = runCli(['--max-warnings', 'lots', 'a.md'], dir);
    expect(max.code).toBe(2);
    expect(max.stderr).toContain('Expected a whole number');
    const type = runCli(['--type', 'arangements', 'a.md'], dir);
    expect(type.code).toBe(2);
    expect(type.stderr).toContain('did you mean "arrangements"?');
  });

  it('--explain prints a rule, and 2 with a suggestion for an unknown id', () => {
    const dir = tree({});
    const ok = runCli(['--explain', 'terminology/ccg'], dir);
    expect(ok.code).toBe(0);
    const meta = ALL_META.find((m) => m.id === 'terminology/ccg')!;
    expect(ok.stdout).toContain(meta.title);
    expect(ok.stdout).toContain(meta.citation);
    expect(ok.stdout).toContain(meta.example.split('\n')[0]);
    expect(ok.stdout).toMatch(/Level:\s+should \(default severity: warning\)/);
    const bad = runCli(['--explain', 'terminology/cgg'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('safeguarding-lint: unknown rule "terminology/cgg": did you mean "terminology/ccg"?');
  });

  it('--version and --help exit 0', () => {
    const dir = tree({});
    const v = runCli(['--version'], dir);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const h = runCli(['--help'], dir);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage: safeguarding-lint');
    expect(h.stdout).toContain('--max-warnings');
  });

  it('a folder with no Markdown exits 0 and says so', () => {
    const dir = tree({ 'notes.txt': 'hello', 'sub/data.csv': 'a,b' });
    const r = runCli(['.'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('No safeguarding documents found in the current folder');
  });
});
