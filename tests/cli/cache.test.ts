/**
 * `--cache`: a run from the cache reports exactly what a run without it reports (every format,
 * the exit code, the checks across documents), only unchanged files come from it (`--verbose`
 * says "N of M files from cache"), a configuration change invalidates it, `--fix` never fixes from
 * it, and a cache file that cannot be used is set aside with a one-line warning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CCG_DOC, ROOT, ensureBuilt, makeTree, parseJson, removeTree, runCliAsync, type RunResult } from './helpers.js';

const sample = (n: string) => fs.readFileSync(path.join(ROOT, 'samples', n), 'utf8');

/** A partnership folder with a broken link, a person the two documents disagree on, a fixable term and a README. */
const FILES: Record<string, string> = {
  'docs/arrangements-complete.md': sample('arrangements-complete.md').replace(/\(threshold-complete\.md\)/g, '(thresholds/levels-of-need.md)'),
  'docs/yearly-report-complete.md': sample('yearly-report-complete.md').replace(/Rachel Tennant/g, 'Simon Okoro'),
  'docs/ccg.md': `${CCG_DOC}\nOur procedures follow Working Together to Safeguard Children 2018.\n`,
  'docs/README.md': '# About this folder\n\nNotes for the web team.\n',
};

const dirs: string[] = [];
function tree(): string {
  const d = makeTree(FILES);
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach(removeTree));
beforeAll(() => ensureBuilt(), 120_000);

const fromCache = (r: RunResult) => /(\d+) of (\d+) files? from cache/.exec(r.stderr)?.slice(1, 3).join(' of ');
const same = (a: RunResult, b: RunResult) => {
  expect(a.stdout).toBe(b.stdout);
  expect(a.code).toBe(b.code);
};
const CACHE = ['--cache', '--cache-location', '.cache/sgl.json'];

describe('--cache', () => {
  let dir: string;
  beforeAll(() => {
    dir = tree();
  });

  it('a run from the cache gives the same report and exit code as one without it, in every format', async () => {
    const cold = await runCliAsync(['docs', ...CACHE, '--verbose', '--format', 'json'], dir);
    expect(fromCache(cold)).toBe('0 of 4');
    expect(fs.existsSync(path.join(dir, '.cache', 'sgl.json'))).toBe(true);
    for (const format of ['json', 'stylish', 'sarif', 'junit', 'github', 'markdown', 'eslint-json']) {
      const plain = await runCliAsync(['docs', '--format', format], dir);
      const warm = await runCliAsync(['docs', ...CACHE, '--verbose', '--format', format], dir);
      expect(fromCache(warm), format).toBe('4 of 4');
      same(warm, plain);
      if (format === 'json') same(cold, plain);
    }
    // What the checks across documents found is in the report, though both documents came from the cache.
    const report = parseJson((await runCliAsync(['docs', ...CACHE, '--format', 'json'], dir)).stdout);
    const rules = report.flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['arrangements/threshold-alignment', 'cross-document/people-agree']));
  }, 300_000);

  it('lints again only the file that changed, and the checks across documents use every file as it is now', async () => {
    const d = tree();
    await runCliAsync(['docs', ...CACHE], d);
    const yearly = path.join(d, 'docs', 'yearly-report-complete.md');
    fs.writeFileSync(yearly, FILES['docs/yearly-report-complete.md']!.replace(/Simon Okoro/g, 'Rachel Tennant'));
    const edited = await runCliAsync(['docs', ...CACHE, '--verbose', '--format', 'json'], d);
    expect(fromCache(edited)).toBe('3 of 4');
    same(edited, await runCliAsync(['docs', '--format', 'json'], d));
    expect(edited.stdout).not.toContain('cross-document/people-agree');

    // The arrangements change; the yearly report comes from the cache, and now disagrees with them.
    const arrangements = path.join(d, 'docs', 'arrangements-complete.md');
    fs.writeFileSync(arrangements, fs.readFileSync(arrangements, 'utf8').replace(/Rachel Tennant/g, 'Priya Chaudhry'));
    const other = await runCliAsync(['docs', ...CACHE, '--verbose', '--format', 'json'], d);
    expect(fromCache(other)).toBe('3 of 4');
    expect(other.stderr).toContain('docs/yearly-report-complete.md: yearly-report (declared in front matter), from cache');
    const people = parseJson(other.stdout)
      .find((f) => f.filePath.endsWith('yearly-report-complete.md'))!
      .messages.filter((m) => m.ruleId === 'cross-document/people-agree');
    expect(people.map((m) => m.message).join('\n')).toContain('Rachel Tennant here but Priya Chaudhry in the arrangements');
    same(other, await runCliAsync(['docs', '--format', 'json'], d));

    // The file a link names appears: the arrangements, from the cache, no longer have a broken link.
    fs.mkdirSync(path.join(d, 'docs', 'thresholds'));
    fs.writeFileSync(path.join(d, 'docs', 'thresholds', 'levels-of-need.md'), sample('threshold-complete.md'));
    const linked = await runCliAsync(['docs', ...CACHE, '--verbose', '--format', 'json'], d);
    expect(fromCache(linked)).toBe('4 of 5');
    const messages = parseJson(linked.stdout).flatMap((f) => f.messages.map((m) => m.message));
    expect(messages.filter((m) => m.includes('levels-of-need.md') && m.includes('does not resolve'))).toEqual([]);
    expect(parseJson(other.stdout).flatMap((f) => f.messages.map((m) => m.message)).filter((m) => m.includes('levels-of-need.md') && m.includes('does not resolve'))).not.toEqual([]);
    same(linked, await runCliAsync(['docs', '--format', 'json'], d));
  }, 300_000);

  it('is not used when the configuration changes, nor by --type', async () => {
    const d = tree();
    await runCliAsync(['docs', ...CACHE], d);
    fs.writeFileSync(path.join(d, '.safeguardinglintrc.yaml'), 'root: true\nrules:\n  terminology/ccg: off\n');
    const changed = await runCliAsync(['docs', ...CACHE, '--verbose', '--format', 'json'], d);
    expect(fromCache(changed)).toBe('0 of 4');
    same(changed, await runCliAsync(['docs', '--format', 'json'], d));
    expect(changed.stdout).not.toContain('terminology/ccg');
    const typed = await runCliAsync(['docs/ccg.md', ...CACHE, '--verbose', '--type', 'threshold', '--format', 'json'], d);
    expect(fromCache(typed)).toBe('0 of 1');
    same(typed, await runCliAsync(['docs/ccg.md', '--type', 'threshold', '--format', 'json'], d));
  }, 300_000);

  it('sets aside a corrupt, truncated or foreign cache file with a one-line warning, and writes a good one', async () => {
    const d = tree();
    const plain = await runCliAsync(['docs', '--format', 'json'], d);
    await runCliAsync(['docs', ...CACHE], d);
    const file = path.join(d, '.cache', 'sgl.json');
    const good = fs.readFileSync(file, 'utf8');
    const bad = {
      truncated: good.slice(0, Math.floor(good.length / 2)),
      garbage: '\u0000\u0001not json at all',
      foreign: JSON.stringify({ '/some/file.js': { size: 10, mtime: 1, hash: 'abc' } }),
      mangled: JSON.stringify({ ...JSON.parse(good), files: { [path.join(d, 'docs', 'ccg.md')]: { content: 1 } } }),
    };
    for (const [what, text] of Object.entries(bad)) {
      fs.writeFileSync(file, text);
      const r = await runCliAsync(['docs', ...CACHE, '--format', 'json'], d);
      same(r, plain);
      const warnings = r.stderr.split('\n').filter((l) => l.includes('cache'));
      expect(warnings, what).toHaveLength(1);
      expect(warnings[0], what).toMatch(/^safeguarding-lint: warning: ignoring the cache \.cache\/sgl\.json: .+; linting every file and writing a new one$/);
      const again = await runCliAsync(['docs', ...CACHE, '--verbose', '--format', 'json'], d);
      expect(fromCache(again), what).toBe('4 of 4');
      expect(again.stderr).not.toContain('warning');
    }
    // Written whole and renamed: no temporary file is left beside it.
    expect(fs.readdirSync(path.join(d, '.cache'))).toEqual(['sgl.json']);
  }, 300_000);

  it('--fix fixes a file whose cached result has something to fix, and caches the fixed file', async () => {
    const d = tree();
    const reference = tree();
    await runCliAsync(['docs', ...CACHE], d);
    const fixed = await runCliAsync(['docs', ...CACHE, '--fix', '--verbose', '--format', 'json'], d);
    const expected = await runCliAsync(['docs', '--fix', '--format', 'json'], reference);
    expect(fixed.stdout.replaceAll(d, '<dir>')).toBe(expected.stdout.replaceAll(reference, '<dir>'));
    expect(fixed.code).toBe(expected.code);
    expect(fixed.stderr).toContain('Fixed 1 problem.');
    expect(fromCache(fixed)).toBe('3 of 4');
    const text = fs.readFileSync(path.join(d, 'docs', 'ccg.md'), 'utf8');
    expect(text).toContain('Working Together to Safeguard Children 2023');
    expect(text).toBe(fs.readFileSync(path.join(reference, 'docs', 'ccg.md'), 'utf8'));
    // The fixed file's entry is of its new bytes: the next run takes it from the cache.
    const next = await runCliAsync(['docs', ...CACHE, '--verbose', '--format', 'json'], d);
    expect(fromCache(next)).toBe('4 of 4');
    same(next, await runCliAsync(['docs', '--format', 'json'], d));
  }, 300_000);

  it('lives in .safeguardinglintcache in the working directory by default, or in the folder --cache-location names', async () => {
    const d = tree();
    await runCliAsync(['docs/ccg.md', '--cache'], d);
    expect(fs.existsSync(path.join(d, '.safeguardinglintcache'))).toBe(true);
    fs.mkdirSync(path.join(d, 'tmp'));
    await runCliAsync(['docs/ccg.md', '--cache', '--cache-location', 'tmp'], d);
    expect(fs.existsSync(path.join(d, 'tmp', '.safeguardinglintcache'))).toBe(true);
    // Not without --cache.
    fs.rmSync(path.join(d, '.safeguardinglintcache'));
    await runCliAsync(['docs/ccg.md', '--cache-location', 'x.json'], d);
    expect(fs.existsSync(path.join(d, 'x.json'))).toBe(false);
    const help = await runCliAsync(['--help'], d);
    expect(help.stdout).toMatch(/--cache\s/);
    expect(help.stdout).toContain('--cache-location <path>');
  }, 120_000);
});
