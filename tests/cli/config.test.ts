/** Configuration as a user meets it on the command line. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CCG_DOC, ensureBuilt, makeTree, parseJson, removeTree, runCli } from './helpers.js';

/** No front matter, and a title that does not say what it is: only configuration can type it. */
const UNTYPED = '# Westmere 2023 to 2024\n\nThe CCG contributed to the partnership this year.\n';

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const d = makeTree(files);
  dirs.push(d);
  return d;
}

beforeAll(ensureBuilt, 120_000);
afterAll(() => dirs.forEach(removeTree));

describe('configuration on the command line', () => {
  it('an override assigns a type by glob, so an untyped document is linted as that type', () => {
    const dir = tree({
      '.safeguardinglintrc.yaml': 'root: true\noverrides:\n  - files: ["reports/*.md"]\n    type: yearly-report\n',
      'reports/2023-24.md': UNTYPED,
      'other/2023-24.md': UNTYPED,
    });
    const r = runCli(['--format', 'json', '--verbose', '.'], dir);
    const report = parseJson(r.stdout);
    expect(report.map((f) => path.relative(dir, f.filePath).split(path.sep).join('/'))).toEqual(['reports/2023-24.md']);
    expect(report[0]!.messages.some((m) => m.ruleId.startsWith('yearly-report/'))).toBe(true);
    expect(report[0]!.messages.some((m) => m.ruleId.startsWith('arrangements/'))).toBe(false);
    expect(r.stderr).toContain('reports/2023-24.md: yearly-report (from the configuration overrides)');
    expect(r.stderr).toContain('other/2023-24.md: skipped: declares no safeguarding document type');
  });

  it('--type lints every file as that type', () => {
    const dir = tree({ 'a.md': UNTYPED });
    const report = parseJson(runCli(['--format', 'json', '--type', 'threshold', 'a.md'], dir).stdout);
    expect(report[0]!.messages.some((m) => m.ruleId.startsWith('threshold/'))).toBe(true);
  });

  it('front matter wins over an override type', () => {
    const dir = tree({ '.safeguardinglintrc.yaml': 'overrides:\n  - files: ["*.md"]\n    type: threshold\n', 'a.md': CCG_DOC });
    const report = parseJson(runCli(['--format', 'json', 'a.md'], dir).stdout);
    expect(report[0]!.messages.some((m) => m.ruleId.startsWith('arrangements/'))).toBe(true);
    expect(report[0]!.messages.some((m) => m.ruleId.startsWith('threshold/'))).toBe(false);
  });

  it('an unknown key is reported with its line and column, and nothing is linted', () => {
    const dir = tree({ 'docs/.safeguardinglintrc.yml': 'root: true\nrules:\n  terminology/ccg: error\nignore:\n  - archive/\n', 'docs/a.md': CCG_DOC });
    const r = runCli(['docs'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'docs/.safeguardinglintrc.yml:4:1: unknown key "ignore"; did you mean "ignorePatterns"?\nsafeguarding-lint: invalid configuration (1 problem); nothing was linted\n',
    );
  });

  it('severities from the nearest config apply; the strict preset raises "consider" items to warnings', () => {
    const dir = tree({
      '.safeguardinglintrc.yaml': 'root: true\nrules:\n  terminology/ccg: error\n',
      'strict/.safeguardinglintrc.yaml': 'extends: wt2023:strict\n',
      'a.md': CCG_DOC,
      'strict/a.md': CCG_DOC,
    });
    const report = parseJson(runCli(['--format', 'json', '.'], dir).stdout);
    const top = report.find((f) => path.relative(dir, f.filePath) === 'a.md')!;
    const strict = report.find((f) => f.filePath.includes(`strict${path.sep}`))!;
    expect(top.messages.find((m) => m.ruleId === 'terminology/ccg')!.severity).toBe('error');
    expect(top.messages.find((m) => m.ruleId === 'arrangements/vcse-sports')?.severity).toBe('info');
    // A nearer `extends` resets to its preset, as in ESLint: the parent's ccg: error is replaced.
    expect(strict.messages.find((m) => m.ruleId === 'terminology/ccg')!.severity).toBe('warning');
    expect(strict.messages.find((m) => m.ruleId === 'arrangements/vcse-sports')?.severity).toBe('warning');
  });

  it('--print-config prints the resolved configuration of a file as JSON', () => {
    const dir = tree({ '.safeguardinglintrc.yaml': 'root: true\nrules:\n  terminology/ccg: off\noverrides:\n  - files: ["reports/"]\n    type: yearly-report\n' });
    const r = runCli(['--print-config', 'reports/2024.md'], dir);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as { filePath: string; configFiles: string[]; type: string; rules: Record<string, string>; ignored: boolean; preset: string };
    expect(c.filePath).toBe(path.join(dir, 'reports', '2024.md'));
    expect(c.configFiles).toEqual([path.join(dir, '.safeguardinglintrc.yaml')]);
    expect(c.type).toBe('yearly-report');
    expect(c.rules['terminology/ccg']).toBe('off');
    expect(c.rules['terminology/lscb']).toBe('warning');
    expect(c.ignored).toBe(false);
    expect(c.preset).toBe('wt2023:recommended');
  });

  it('--config names the configuration file; a missing one is exit 2', () => {
    const dir = tree({ 'ci/lint.yaml': 'rules:\n  terminology/ccg: error\n', 'a.md': CCG_DOC });
    const report = parseJson(runCli(['--format', 'json', '--config', 'ci/lint.yaml', 'a.md'], dir).stdout);
    expect(report[0]!.messages.find((m) => m.ruleId === 'terminology/ccg')!.severity).toBe('error');
    const missing = runCli(['--config', 'ci/nope.yaml', 'a.md'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('safeguarding-lint: configuration file not found: ci/nope.yaml');
  });

  it('an inline suppression with a reason silences its line only', () => {
    const doc = CCG_DOC.replace('The CCG chairs', '<!-- safeguarding-lint-disable-next-line terminology/ccg -- quoted from the 2021 minutes -->\nThe CCG chairs');
    const dir = tree({ 'a.md': doc });
    const report = parseJson(runCli(['--format', 'json', 'a.md'], dir).stdout);
    const ccg = report[0]!.messages.filter((m) => m.ruleId === 'terminology/ccg');
    expect(ccg.map((m) => m.line)).toEqual([7]);
  });
});
