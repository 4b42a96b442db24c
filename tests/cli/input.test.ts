/** Inputs a docs repository really has: broken front matter, odd encodings, big files, non-safeguarding Markdown, ignore files. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CCG_DOC, ensureBuilt, makeTree, parseJson, positionsOf, removeTree, runCli, runCliAsync } from './helpers.js';

const dirs: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const d = makeTree(files);
  dirs.push(d);
  return d;
}

beforeAll(ensureBuilt, 120_000);
afterAll(() => dirs.forEach(removeTree));

describe('front matter', () => {
  it('reports YAML that does not parse at the exact line and column', () => {
    const dir = tree({ 'a.md': '---\ntype: arrangements\ntype: threshold\n---\n# Westmere Safeguarding Children Partnership: our arrangements\n' });
    const report = parseJson(runCli(['--format', 'json', 'a.md'], dir).stdout);
    expect(positionsOf(report, 'a.md', 'frontmatter/invalid')).toEqual(['3:1-3:2']);
    expect(report[0]!.messages.find((m) => m.ruleId === 'frontmatter/invalid')!.message).toContain('Map keys must be unique');
  });

  it('reports an unclosed quoted value where the YAML parser stops', () => {
    const dir = tree({ 'a.md': '---\ntype: arrangements\ntitle: "Unclosed\n---\n# Westmere Safeguarding Children Partnership: our arrangements\n' });
    const r = runCli(['--format', 'json', 'a.md'], dir);
    const report = parseJson(r.stdout);
    expect(positionsOf(report, 'a.md', 'frontmatter/invalid')[0]).toMatch(/^3:/);
    expect(r.code).toBe(1);
  });

  it('reports an unknown type and suggests the nearest', () => {
    const dir = tree({ 'a.md': CCG_DOC.replace('  type: arrangements', '  type: arrangments') });
    const report = parseJson(runCli(['--format', 'json', 'a.md'], dir).stdout);
    const m = report[0]!.messages.find((x) => x.ruleId === 'frontmatter/unknown-type')!;
    expect(m.line).toBe(3);
    expect(m.message).toContain('"arrangements"');
  });
});

describe('encodings and line endings', () => {
  const lf = CCG_DOC;
  const crlf = CCG_DOC.replace(/\n/g, '\r\n');
  it.each([
    ['LF', Buffer.from(lf)],
    ['CRLF', Buffer.from(crlf)],
    ['BOM + LF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf)])],
    ['BOM + CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)])],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')])],
  ])('%s: the same findings at the same lines and columns', (_name, bytes) => {
    const dir = tree({ 'a.md': bytes });
    const report = parseJson(runCli(['--format', 'json', 'a.md'], dir).stdout);
    expect(positionsOf(report, 'a.md', 'terminology/ccg')).toEqual(['7:14-7:17', '9:5-9:8']);
  });

  it('an empty file is not an error', () => {
    const dir = tree({ 'empty.md': '' });
    const r = runCli(['empty.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('No safeguarding documents found in empty.md');
  });

  it('an empty file declared as a safeguarding document is linted', () => {
    const dir = tree({ 'a.md': '---\ntype: yearly-report\n---\n' });
    const r = runCli(['--format', 'json', 'a.md'], dir);
    expect(r.code).toBe(1);
    expect(parseJson(r.stdout)[0]!.errorCount).toBeGreaterThan(0);
  });
});

describe('binary files', () => {
  const binary = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64), Buffer.from('binary')]);

  it('named alone: skipped with one line on stderr, exit 2 (nothing could be linted)', () => {
    const dir = tree({ 'scan.md': binary });
    const r = runCli(['scan.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('scan.md: skipped: not a text file (it has NUL bytes in its first 8 KB)');
    expect(r.stderr).not.toMatch(/\bat .+\.js:\d+/);
  });

  it('named with documents: skipped with a note, and the exit code is that of the documents', () => {
    const dir = tree({ 'scan.md': binary, 'a.md': CCG_DOC });
    const r = runCli(['--format', 'json', 'scan.md', 'a.md'], dir);
    expect(r.code).toBe(1);
    expect(parseJson(r.stdout).map((f) => path.basename(f.filePath))).toEqual(['a.md']);
    expect(r.stderr).toContain('scan.md: skipped: not a text file');
  });

  it('found in a folder: skipped with a note, not an error', () => {
    const dir = tree({ 'docs/scan.md': binary, 'docs/readme.md': '# Notes\n' });
    const r = runCli(['docs'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('docs/scan.md: skipped: not a text file');
  });
});

describe('which files are linted', () => {
  it('skips Markdown that is not a safeguarding document, saying why under --verbose', () => {
    const dir = tree({ 'README.md': '# Our docs repository\n\nRun `make` to build the site.\n', 'a.md': CCG_DOC });
    const r = runCli(['--format', 'json', '--verbose', '.'], dir);
    expect(parseJson(r.stdout).map((f) => path.basename(f.filePath))).toEqual(['a.md']);
    expect(r.stderr).toContain("README.md: skipped: not a partnership's own safeguarding document: it is the folder's README page");
    const quiet = runCli(['README.md'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr.trim()).toBe('No safeguarding documents found in README.md (1 Markdown file is not a safeguarding document; --verbose says why)');
  });

  it('searches folders for .md and .markdown, skipping node_modules and dot-folders', () => {
    const dir = tree({
      'docs/a.md': CCG_DOC,
      'docs/b.markdown': CCG_DOC,
      'docs/c.txt': CCG_DOC,
      'node_modules/pkg/d.md': CCG_DOC,
      '.github/e.md': CCG_DOC,
    });
    const r = runCli(['--format', 'json'], dir);
    expect(parseJson(r.stdout).map((f) => path.relative(dir, f.filePath)).sort()).toEqual([path.join('docs', 'a.md'), path.join('docs', 'b.markdown')]);
  });

  it('honours nested .gitignore files (with negation) and .safeguardinglintignore', () => {
    const dir = tree({
      '.gitignore': 'build/\n*.draft.md\n',
      'docs/.gitignore': '!keep.draft.md\nlocal.md\n',
      '.safeguardinglintignore': 'archive/\n',
      'build/a.md': CCG_DOC,
      'docs/x.draft.md': CCG_DOC,
      'docs/keep.draft.md': CCG_DOC,
      'docs/local.md': CCG_DOC,
      'docs/ok.md': CCG_DOC,
      'archive/2019.md': CCG_DOC,
    });
    const r = runCli(['--format', 'json', '--verbose'], dir);
    const linted = parseJson(r.stdout).map((f) => path.relative(dir, f.filePath).split(path.sep).join('/')).sort();
    expect(linted).toEqual(['docs/keep.draft.md', 'docs/ok.md']);
    expect(r.stderr).toContain('archive/: ignored (.safeguardinglintignore)');
    expect(r.stderr).toContain('docs/local.md: ignored (docs/.gitignore)');
    // Globs are filtered the same way.
    const g = runCli(['--format', 'json', '**/*.md'], dir);
    expect(parseJson(g.stdout).map((f) => path.basename(f.filePath)).sort()).toEqual(['keep.draft.md', 'ok.md']);
    // A file named explicitly is linted despite .gitignore, but .safeguardinglintignore still applies.
    const named = runCli(['--format', 'json', 'docs/local.md', 'archive/2019.md'], dir);
    expect(parseJson(named.stdout).map((f) => path.basename(f.filePath))).toEqual(['local.md']);
  });

  it('expands globs; a glob that matches nothing is not an error', () => {
    const dir = tree({ 'reports/2023.md': CCG_DOC, 'reports/2024.md': CCG_DOC, 'other/x.md': CCG_DOC });
    const r = runCli(['--format', 'json', 'reports/*.md'], dir);
    expect(parseJson(r.stdout).map((f) => path.basename(f.filePath))).toEqual(['2023.md', '2024.md']);
    const none = runCli(['nothing/**/*.md'], dir);
    expect(none.code).toBe(0);
    expect(none.stderr.trim()).toBe('No safeguarding documents found in nothing/**/*.md');
  });

  it('lints each file once when paths overlap', () => {
    const dir = tree({ 'docs/a.md': CCG_DOC });
    const r = runCli(['--format', 'json', 'docs', 'docs/a.md', 'docs/*.md'], dir);
    expect(parseJson(r.stdout)).toHaveLength(1);
  });
});

describe('size', () => {
  it('lints a 5 MB document', async () => {
    // What long real documents are made of: headings, prose, lists and tables (appendices repeated).
    const section = (i: number) =>
      `## Appendix ${i}\n\nThe Westmere partners meet every month to review the multi-agency dataset, including early help, and agree actions. The CCG is named here on purpose.\n\n- Item one for appendix ${i}\n- Item two for appendix ${i}\n\n| Partner | Contribution |\n|---|---|\n| Westmere Council | £120,000 |\n| Police | £60,000 |\n\n`;
    const parts = [CCG_DOC];
    let size = CCG_DOC.length;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const s = section(i);
      parts.push(s);
      size += s.length;
    }
    const dir = tree({ 'big.md': parts.join('') });
    expect(fs.statSync(path.join(dir, 'big.md')).size).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const r = await runCliAsync(['--format', 'json', 'big.md'], dir);
    expect(r.code).toBe(1);
    const report = parseJson(r.stdout);
    expect(positionsOf(report, 'big.md', 'terminology/ccg').slice(0, 2)).toEqual(['7:14-7:17', '9:5-9:8']);
    console.log(`5 MB document linted in ${Math.round(r.ms)} ms (child process, wall clock)`);
  }, 300_000);
});
