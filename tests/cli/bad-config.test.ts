/**
 * Every malformed configuration a user can write, as the command line meets it: exit code 2,
 * nothing on stdout, and on stderr the exact `path:line:col: message` line at the problem (then
 * the one-line summary). Nothing from the workspace is ever run: script configurations are
 * refused unread, and YAML tags that other libraries execute are rejected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CCG_DOC, ensureBuilt, makeTree, removeTree, runCli } from './helpers.js';

const dirs: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const d = makeTree({ 'a.md': CCG_DOC, ...files });
  dirs.push(d);
  return d;
}

beforeAll(ensureBuilt, 120_000);
afterAll(() => dirs.forEach(removeTree));

const Y = '.safeguardinglintrc.yaml';
const J = '.safeguardinglintrc.json';
const SEVERITIES = 'use off, info, warning or error';
const PRESETS = 'use wt2023:recommended, wt2023:strict or reforms-2025';
const OUTSIDE = "patterns are relative to this file's folder and cannot reach outside it; a pattern for files above belongs in a configuration file there";
const SCRIPT = 'JavaScript configuration is not supported, and safeguarding-lint never runs code from the workspace: write the settings in .safeguardinglintrc.yaml, .yml or .json';
const EXTENDS_FILE = (f: string) =>
  `"extends" names a preset, not a file ("${f}"): ${PRESETS}. Configuration files are not extended by name: each one applies on top of those in the folders above it, so shared settings belong in a parent folder's file`;
const TAG = (t: string) => `the YAML tag ${t} is not supported: write the value as plain text, true or false, a list or a mapping`;

/** "billion laughs": nine anchors, each a list of nine aliases to the one before (9^9 strings). */
function aliasBomb(): string {
  const lines = ['root: true', `a: &a [${Array(9).fill('"lol"').join(', ')}]`];
  let prev = 'a';
  for (const k of 'bcdefghi') {
    lines.push(`${k}: &${k} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    prev = k;
  }
  lines.push('rules: *i', '');
  return lines.join('\n');
}

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  args?: string[];
  /** The problem lines, exactly (or matching); the summary line follows them. */
  problems?: Array<string | RegExp>;
  /** A failure to run that is not in a file (a bad --config): the one stderr line. */
  fatal?: string;
}

const CASES: Case[] = [
  // Syntax
  { name: 'YAML syntax error', files: { [Y]: 'rules:\n  terminology/ccg: "off\n' }, problems: [`${Y}:2:20: invalid YAML: Missing closing "quote`] },
  { name: 'YAML unclosed flow list: at its [', files: { [Y]: 'rules:\n  terminology/ccg: [off\nroot: true\n' }, problems: [`${Y}:2:20: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`] },
  { name: 'YAML bad indentation', files: { [Y]: 'rules:\n  terminology/ccg: off\n terminology/lscb: off\n' }, problems: [`${Y}:3:1: invalid YAML: All mapping items must start at the same column`] },
  { name: 'JSON syntax error (trailing comma)', files: { [J]: '{\n  "rules": {\n    "terminology/ccg": "off",\n  }\n}\n' }, problems: [`${J}:4:3: invalid JSON: Expected double-quoted property name`] },
  { name: 'JSON with text after the value', files: { [J]: '{"root": true}}\n' }, problems: [`${J}:1:15: invalid JSON: Unexpected non-whitespace character after the end of the value`] },
  { name: 'duplicate keys in YAML', files: { [Y]: 'rules:\n  terminology/ccg: off\n  terminology/ccg: error\n' }, problems: [`${Y}:3:3: invalid YAML: Map keys must be unique`] },
  { name: 'duplicate keys in JSON (JSON.parse keeps the last; we refuse)', files: { [J]: '{\n  "root": true,\n  "root": false\n}\n' }, problems: [`${J}:3:3: invalid JSON: Map keys must be unique`] },
  // Keys and rule ids
  { name: 'unknown top-level key', files: { [Y]: 'root: true\nrule:\n  terminology/ccg: off\n' }, problems: [`${Y}:2:1: unknown key "rule"; did you mean "rules"?`] },
  { name: 'unknown rule id, with a did-you-mean', files: { [Y]: 'rules:\n  terminology/cgg: off\n' }, problems: [`${Y}:2:3: unknown rule "terminology/cgg"; did you mean "terminology/ccg"?`] },
  // Severities: ESLint's numbers and "warn" are not accepted, but translated in the hint
  { name: 'severity "loud"', files: { [Y]: 'rules:\n  terminology/ccg: loud\n' }, problems: [`${Y}:2:20: invalid severity "loud" for "terminology/ccg": ${SEVERITIES}`] },
  { name: 'severity 2 (ESLint)', files: { [Y]: 'rules:\n  terminology/ccg: 2\n' }, problems: [`${Y}:2:20: invalid severity 2 for "terminology/ccg": ${SEVERITIES}; did you mean "error"?`] },
  { name: 'severity "warn" (ESLint)', files: { [Y]: 'rules:\n  terminology/ccg: warn\n' }, problems: [`${Y}:2:20: invalid severity "warn" for "terminology/ccg": ${SEVERITIES}; did you mean "warning"?`] },
  { name: 'severity as ESLint\'s [level, options] list', files: { [Y]: 'rules:\n  terminology/ccg: [2]\n' }, problems: [`${Y}:2:20: invalid severity a list for "terminology/ccg": ${SEVERITIES}`] },
  // Wrong types
  { name: 'rules as a list', files: { [Y]: 'rules:\n  - terminology/ccg\n' }, problems: [`${Y}:2:3: "rules" must be a mapping (key: value), not a list`] },
  { name: 'root: "yes"', files: { [Y]: 'root: "yes"\n' }, problems: [`${Y}:1:7: "root" must be true or false, not "yes"`] },
  { name: 'root: yes (a string in YAML 1.2)', files: { [Y]: 'root: yes\n' }, problems: [`${Y}:1:7: "root" must be true or false, not "yes"`] },
  { name: 'overrides not a list', files: { [Y]: 'overrides:\n  files: ["*.md"]\n' }, problems: [`${Y}:2:3: "overrides" must be a list, not a mapping`] },
  { name: 'an override without files', files: { [Y]: 'overrides:\n  - type: threshold\n' }, problems: [`${Y}:2:5: an override needs "files": the patterns of the files it applies to`] },
  { name: 'the whole file a list', files: { [Y]: '- root: true\n' }, problems: [`${Y}:1:1: the configuration must be a mapping of keys (root, extends, rules, overrides, ignorePatterns)`] },
  // extends: presets only
  { name: 'extends a file that does not exist', files: { [Y]: 'extends: ./base.yaml\n' }, problems: [`${Y}:1:10: ${EXTENDS_FILE('./base.yaml')}`] },
  // base.yaml is not valid configuration: had it been read, its own error would show.
  { name: 'extends a file that exists (not read)', files: { [Y]: 'extends: ./base.yaml\n', 'base.yaml': 'rules: [not, read]\n' }, problems: [`${Y}:1:10: ${EXTENDS_FILE('./base.yaml')}`] },
  { name: 'extends a package (ESLint habit)', files: { [Y]: 'extends: "@acme/safeguarding-config"\n' }, problems: [`${Y}:1:10: ${EXTENDS_FILE('@acme/safeguarding-config')}`] },
  { name: 'extends a list (ESLint habit)', files: { [Y]: 'extends: [wt2023:strict]\n' }, problems: [`${Y}:1:10: "extends" names one preset, not a list: ${PRESETS}; did you mean "wt2023:strict"?`] },
  { name: 'unknown preset', files: { [Y]: 'extends: wt2023:strct\n' }, problems: [`${Y}:1:10: unknown preset "wt2023:strct": ${PRESETS}; did you mean "wt2023:strict"?`] },
  // Document types
  {
    name: 'override type not one of the four',
    files: { [Y]: 'overrides:\n  - files: ["*.md"]\n    type: annual-report\n' },
    problems: [`${Y}:3:11: unknown document type "annual-report": use arrangements, yearly-report, threshold or local-protocol`],
  },
  // Patterns that reach outside the file's folder
  { name: 'ignore pattern ../**', files: { [Y]: 'ignorePatterns: ["../**"]\n' }, problems: [`${Y}:1:18: "../**" (item 1 of "ignorePatterns"): ${OUTSIDE}`] },
  { name: 'ignore pattern ..\\x (a Windows separator)', files: { [Y]: 'ignorePatterns:\n  - archive/\n  - ..\\x\n' }, problems: [`${Y}:3:5: "..\\\\x" (item 2 of "ignorePatterns"): ${OUTSIDE}`] },
  { name: 'ignore pattern C:/x (a Windows drive)', files: { [Y]: 'ignorePatterns: ["C:/x/**"]\n' }, problems: [`${Y}:1:18: "C:/x/**" (item 1 of "ignorePatterns"): ${OUTSIDE}`] },
  { name: 'negated, in braces, deeper: !{a,../b}', files: { [Y]: 'ignorePatterns: ["!{a,../b}"]\n' }, problems: [`${Y}:1:18: "!{a,../b}" (item 1 of "ignorePatterns"): ${OUTSIDE}`] },
  {
    name: 'override files ../../reports/*.md',
    files: { [Y]: 'overrides:\n  - files: [reports/*.md, ../../reports/*.md]\n    type: yearly-report\n' },
    problems: [`${Y}:2:27: "../../reports/*.md" (item 2 of "files"): ${OUTSIDE}`],
  },
  { name: 'outside pattern in JSON', files: { [J]: '{\n  "ignorePatterns": [\n    "../**"\n  ]\n}\n' }, problems: [`${J}:3:5: "../**" (item 1 of "ignorePatterns"): ${OUTSIDE}`] },
  // BOM and CRLF: positions count neither
  { name: 'BOM and CRLF, YAML', files: { [Y]: '\ufeffroot: true\r\nrules:\r\n  terminology/ccg: loud\r\n' }, problems: [`${Y}:3:20: invalid severity "loud" for "terminology/ccg": ${SEVERITIES}`] },
  { name: 'BOM and CRLF, JSON syntax', files: { [J]: '\ufeff{\r\n  "rules": {\r\n    "terminology/ccg": "off",\r\n  }\r\n}\r\n' }, problems: [`${J}:4:3: invalid JSON: Expected double-quoted property name`] },
  // YAML tags other libraries execute
  { name: '!!js/function tag', files: { [Y]: 'rules:\n  terminology/ccg: !!js/function "function () { return \'off\' }"\n' }, problems: [`${Y}:2:20: ${TAG('!!js/function')}`] },
  { name: '!!python/object tag', files: { [Y]: 'root: !!python/object/apply:os.system ["touch MARKER"]\n' }, problems: [`${Y}:1:7: ${TAG('!!python/object/apply:os.system')}`] },
  { name: 'a YAML 1.1 tag (!!binary)', files: { [Y]: 'rules: !!binary aGk=\n' }, problems: [`${Y}:1:8: ${TAG('!!binary')}`] },
  // Aliases
  { name: 'an alias to no anchor', files: { [Y]: 'root: true\nrules: *shared\n' }, problems: [`${Y}:2:8: an alias names an anchor that is not defined before it: "*shared"`] },
  {
    name: 'billion laughs',
    files: { [Y]: aliasBomb() },
    problems: [`${Y}:4:8: aliases here would copy values more than 50 times (a guard against files that expand without end): write the values out`],
  },
  { name: 'huge file', files: { [Y]: `ignorePatterns:\n${'  - "some/folder/**"\n'.repeat(20_000)}` }, problems: [`${Y}:1:1: the configuration file is too large (411 KB): a configuration is at most 256 KB`] },
  // Where the library runs out of stack (column ~800) depends on the stack size, so the column is not pinned.
  { name: 'nesting too deep', files: { [Y]: `rules: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n` }, problems: [/^\.safeguardinglintrc\.yaml:1:\d+: invalid YAML: lists or mappings are nested too deeply$/] },
  // --config
  { name: '--config to a missing file', files: {}, args: ['--config', 'ci/nope.yaml'], fatal: 'safeguarding-lint: configuration file not found: ci/nope.yaml' },
  { name: '--config to a folder', files: { 'ci/x.md': '' }, args: ['--config', 'ci'], fatal: 'safeguarding-lint: --config names a folder, not a file: ci (give the path of a .safeguardinglintrc.yaml, .yml or .json)' },
  { name: '--config with errors', files: { 'ci/lint.yml': 'rules:\n  terminology/ccg: loud\n' }, args: ['--config', 'ci/lint.yml'], problems: [`ci/lint.yml:2:20: invalid severity "loud" for "terminology/ccg": ${SEVERITIES}`] },
];

describe('a malformed configuration: exit 2, nothing linted, the problem at its line and column', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const dir = tree(c.files);
    const r = runCli([...(c.args ?? []), 'a.md'], dir);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    if (c.fatal) expect(r.stderr).toBe(`${c.fatal}\n`);
    else {
      const n = c.problems!.length;
      const lines = r.stderr.split('\n');
      expect(lines.slice(n)).toEqual([`safeguarding-lint: invalid configuration (${n} problem${n === 1 ? '' : 's'}); nothing was linted`, '']);
      c.problems!.forEach((p, i) => (typeof p === 'string' ? expect(lines[i]).toBe(p) : expect(lines[i]).toMatch(p)));
    }
    expect(r.ms).toBeLessThan(10_000);
  });
});

describe('configurations that are valid', () => {
  const none = () => runCli(['--format', 'json', 'a.md'], tree({}));

  it.each([
    ['an empty file', ''],
    ['only comments', '# settings to come\n# (none yet)\n'],
    ['a BOM and CRLF line endings', '\ufeff# shared\r\nrules:\r\n  terminology/lscb: warning\r\n'],
    ['empty sections', 'rules:\noverrides:\nignorePatterns:\n'],
  ])('%s: linted as with no configuration', (_name, text) => {
    const expected = none();
    const r = runCli(['--format', 'json', 'a.md'], tree({ [Y]: text }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(expected.code);
    expect(r.stdout.replace(/"filePath": "[^"]*"/g, '')).toBe(expected.stdout.replace(/"filePath": "[^"]*"/g, ''));
  });

  it('a leading / anchors a pattern to the file\'s folder (gitignore), so "/etc/**" is inside it', () => {
    const dir = tree({ [Y]: 'root: true\nignorePatterns: ["/etc/**"]\n', 'etc/a.md': CCG_DOC });
    const r = runCli(['--format', 'json', '.'], dir);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>).map((f) => path.relative(dir, f.filePath))).toEqual(['a.md']);
  });
});

describe('nothing from the workspace is executed', () => {
  /** Code that, if it ever ran, would leave MARKER next to itself. */
  const cjs = "require('fs').writeFileSync(require('path').join(__dirname, 'MARKER'), 'ran');\nmodule.exports = { rules: {} };\n";
  const esm = "import fs from 'node:fs';\nfs.writeFileSync(new URL('./MARKER', import.meta.url), 'ran');\nexport default { rules: {} };\n";
  const scripts: Record<string, string> = {
    '.safeguardinglintrc.js': cjs,
    '.safeguardinglintrc.cjs': cjs,
    '.safeguardinglintrc.mjs': esm,
    'safeguarding-lint.config.js': cjs,
  };

  it.each(Object.entries(scripts))('%s is reported, never run', (name, code) => {
    const dir = tree({ [name]: code });
    const r = runCli(['a.md'], dir);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `${name}:1:1: ${SCRIPT}\nsafeguarding-lint: invalid configuration (1 problem); nothing was linted\n`,
    });
    expect(fs.existsSync(path.join(dir, 'MARKER'))).toBe(false);
  });

  it('beside a YAML configuration, a script one is still reported (its settings would be silently missing)', () => {
    const dir = tree({ [Y]: 'root: true\n', 'docs/.safeguardinglintrc.cjs': cjs, 'docs/b.md': CCG_DOC });
    const r = runCli(['docs/b.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`docs/.safeguardinglintrc.cjs:1:1: ${SCRIPT}\nsafeguarding-lint: invalid configuration (1 problem); nothing was linted\n`);
    expect(fs.existsSync(path.join(dir, 'docs', 'MARKER'))).toBe(false);
  });

  it.each(['lint.js', 'lint.cjs', 'lint.mjs', 'lint.ts'])('--config %s is refused unread', (name) => {
    const dir = tree({ [name]: name.endsWith('.mjs') ? esm : cjs });
    const r = runCli(['--config', name, 'a.md'], dir);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 2, stdout: '', stderr: `safeguarding-lint: --config ${name}: ${SCRIPT}\n` });
    expect(fs.existsSync(path.join(dir, 'MARKER'))).toBe(false);
  });

  it('--print-config does not run a script configuration either', () => {
    const dir = tree({ '.safeguardinglintrc.js': cjs });
    const r = runCli(['--print-config', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'MARKER'))).toBe(false);
  });
});
