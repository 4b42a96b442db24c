/** `-` reads the document from standard input; `--stdin-filename` says which path it stands for. */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_META } from '../../server/src/engine/index.js';
import { CCG_DOC, CLI, ensureBuilt, makeTree, onlyRules, parseJson, removeTree } from './helpers.js';

const ids = ALL_META.map((m) => m.id);
const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const d = makeTree(files);
  dirs.push(d);
  return d;
}

function runWithInput(args: string[], cwd: string, input: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(ensureBuilt, 120_000);
afterAll(() => dirs.forEach(removeTree));

describe('standard input', () => {
  it('lints `-` and reports it as <stdin>', () => {
    const dir = tree({ '.safeguardinglintrc.yaml': onlyRules(ids, { 'terminology/ccg': 'error' }) });
    const r = runWithInput(['--format', 'json', '-'], dir, CCG_DOC);
    expect(r.code).toBe(1);
    const [file] = parseJson(r.stdout);
    expect(file!.filePath).toBe('<stdin>');
    expect(file!.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)).toEqual(['terminology/ccg@7:14', 'terminology/ccg@9:5']);
    expect(runWithInput(['-'], dir, CCG_DOC).stdout).toMatch(/^<stdin>\n/);
  });

  it('--stdin-filename picks the configuration (per-glob overrides and type) and names the report', () => {
    const config = `${onlyRules(ids, { 'terminology/ccg': 'error' })}overrides:\n  - files: ["reports/**"]\n    rules:\n      terminology/ccg: warning\n`;
    const dir = tree({ '.safeguardinglintrc.yaml': config });
    const r = runWithInput(['--format', 'json', '--stdin-filename', 'reports/2024.md', '-'], dir, CCG_DOC);
    expect(r.code).toBe(0);
    const [file] = parseJson(r.stdout);
    expect(file!.filePath).toBe(`${dir}/reports/2024.md`);
    expect(file!.messages.map((m) => m.severity)).toEqual(['warning', 'warning']);
  });

  it('--stdin-filename honours .safeguardinglintignore, as for a file named on the command line', () => {
    const dir = tree({ '.safeguardinglintrc.yaml': onlyRules(ids, { 'terminology/ccg': 'error' }), '.safeguardinglintignore': 'drafts/\n' });
    const r = runWithInput(['--verbose', '--stdin-filename', 'drafts/a.md', '-'], dir, CCG_DOC);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('drafts/a.md: ignored (.safeguardinglintignore)');
  });

  it('applies waivers by the --stdin-filename path', () => {
    const dir = tree({
      '.safeguardinglintrc.yaml': onlyRules(ids, { 'terminology/ccg': 'error' }),
      'safeguarding-lint-suppressions.json': JSON.stringify({ 'docs/a.md': { 'terminology/ccg': { count: 2, reason: 'Quoted' } } }),
    });
    expect(runWithInput(['--stdin-filename', 'docs/a.md', '-'], dir, CCG_DOC).code).toBe(0);
    expect(runWithInput(['--stdin-filename', 'docs/b.md', '-'], dir, CCG_DOC).code).toBe(1);
  });

  it('refuses what cannot work: `-` with other paths, --fix, --stdin-filename without `-`', () => {
    const dir = tree({ 'a.md': CCG_DOC });
    expect(runWithInput(['-', 'a.md'], dir, CCG_DOC)).toMatchObject({ code: 2, stderr: expect.stringContaining('"-" (standard input) cannot be combined with other paths') });
    expect(runWithInput(['--fix', '-'], dir, CCG_DOC)).toMatchObject({ code: 2, stderr: expect.stringContaining('--fix cannot write its fixes back to standard input') });
    expect(runWithInput(['--stdin-filename', 'x.md', 'a.md'], dir, '')).toMatchObject({ code: 2, stderr: expect.stringContaining('--stdin-filename only applies') });
  });

  it('empty input is not a safeguarding document: exit 0 with a note', () => {
    const dir = tree({});
    const r = runWithInput(['-'], dir, '');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('No safeguarding documents found in standard input');
  });
});
