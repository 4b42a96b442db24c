/** Each output format, read back the way its consumer would read it. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_META } from '../../server/src/engine/index.js';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github.js';
import { CCG_DOC, ROOT, ensureBuilt, makeTree, onlyRules, parseJson, positionsOf, removeTree, runCli } from './helpers.js';
import { parseXml } from './xml.js';

const ids = ALL_META.map((m) => m.id);
/** A placeholder ("<name>"), an ampersand and a per cent sign: every format must escape them. */
const AWKWARD_DOC = CCG_DOC.replace('The CCG chairs the health subgroup.', 'The chair is <name> & the ICB pays 50% of the budget.');
const CONFIG = onlyRules(ids, { 'terminology/ccg': 'warning', 'content/placeholder': 'error', 'document/type-inferred': 'info' });
const NO_TYPE = '# Westmere Safeguarding Children Partnership: multi-agency safeguarding arrangements\n\nThe local safeguarding children partnership.\n';

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = makeTree({
    'docs/arrangements.md': CCG_DOC,
    'docs/report, 2024: final & <draft>.md': AWKWARD_DOC,
    'docs/clean.md': '---\ntype: threshold\n---\n# Westmere threshold document\n\nNothing outdated here.\n',
    'docs/inferred-arrangements.md': NO_TYPE,
    '.safeguardinglintrc.yaml': CONFIG,
  });
}, 120_000);
afterAll(() => removeTree(dir));

describe('--format json', () => {
  it('lists every linted file with 1-based positions, severities and citations', () => {
    const r = runCli(['--format', 'json', 'docs'], dir);
    expect(r.code).toBe(1);
    const report = parseJson(r.stdout);
    expect(report.map((f) => path.basename(f.filePath)).sort()).toEqual(['arrangements.md', 'clean.md', 'inferred-arrangements.md', 'report, 2024: final & <draft>.md']);
    expect(report.every((f) => path.isAbsolute(f.filePath))).toBe(true);
    expect(positionsOf(report, 'arrangements.md', 'terminology/ccg')).toEqual(['7:14-7:17', '9:5-9:8']);
    const ccg = report.find((f) => f.filePath.endsWith(`${path.sep}arrangements.md`))!.messages.find((m) => m.ruleId === 'terminology/ccg')!;
    expect(ccg).toMatchObject({ severity: 'warning', citation: 'WT2023 summary of changes' });
    expect(ccg.message).toContain('"CCG" is outdated');
    const awkward = report.find((f) => f.filePath.includes('draft'))!;
    expect(awkward.messages.find((m) => m.ruleId === 'content/placeholder')).toMatchObject({ severity: 'error', line: 9, column: 14, endLine: 9, endColumn: 20 });
    expect(awkward.errorCount).toBe(awkward.messages.filter((m) => m.severity === 'error').length);
    const clean = report.find((f) => f.filePath.endsWith('clean.md'))!;
    expect(clean).toMatchObject({ messages: [], errorCount: 0, warningCount: 0, infoCount: 0 });
    const inferred = report.find((f) => f.filePath.endsWith('inferred-arrangements.md'))!;
    expect(inferred.messages.find((m) => m.ruleId === 'document/type-inferred')).toMatchObject({ severity: 'info', line: 1, column: 1 });
  });

  it('prints an empty array when nothing was linted', () => {
    const empty = makeTree({ 'README.md': '# Tools\n\nHow to build.\n' });
    const r = runCli(['--format', 'json'], empty);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('No safeguarding documents found in the current folder');
    removeTree(empty);
  });
});

describe('--format stylish', () => {
  it('groups findings by file with line:column, severity, message and rule id, then a summary', () => {
    const r = runCli(['docs/arrangements.md'], dir);
    expect(r.stdout).toContain('docs/arrangements.md\n');
    expect(r.stdout).toMatch(/\n\s+7:14\s+warning\s+"CCG" is outdated: .+\s+terminology\/ccg\n/);
    expect(r.stdout).toContain('2 problems (0 errors, 2 warnings, 0 info)');
    // An outdated CCG is not renamed by --fix (that would make up an organisation's name).
    expect(r.stdout).not.toContain('potentially fixable');
  });

  it('counts the findings --fix would fix', () => {
    const d = makeTree({ 'a.md': `${CCG_DOC}\nOur procedures follow Working Together to Safeguard Children 2018.\n` });
    try {
      const r = runCli(['a.md'], d);
      expect(r.stdout).toMatch(/\n\s+11:23\s+warning\s+.*Working Together to Safeguard Children 2018.*terminology\/working-together-2018\n/);
      expect(r.stdout).toContain('1 problem potentially fixable with the `--fix` option.');
    } finally {
      removeTree(d);
    }
  });

  it('colours only for a terminal or FORCE_COLOR, never with NO_COLOR or --no-color', () => {
    const esc = '\u001b[';
    expect(runCli(['docs/arrangements.md'], dir, { NO_COLOR: '' }).stdout).not.toContain(esc); // a pipe is not a terminal
    expect(runCli(['docs/arrangements.md'], dir, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toContain(esc);
    expect(runCli(['docs/arrangements.md'], dir, { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toContain(esc);
    expect(runCli(['--no-color', 'docs/arrangements.md'], dir, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).not.toContain(esc);
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, with escaped properties and message', () => {
    const r = runCli(['--format', 'github', 'docs'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::.+$/.test(l))).toBe(true);
    expect(lines).toContain(
      '::warning file=docs/arrangements.md,line=7,col=14,endLine=7,endColumn=17,title=terminology/ccg::"CCG" is outdated: clinical commissioning groups were replaced by integrated care boards (ICBs) in July 2022',
    );
    const placeholder = lines.find((l) => l.includes('title=content/placeholder'))!;
    expect(placeholder.startsWith('::error file=docs/report%2C 2024%3A final & <draft>.md,line=9,col=14,endLine=9,endColumn=20,')).toBe(true);
    expect(lines.some((l) => l.startsWith('::notice file=docs/inferred-arrangements.md,line=1,col=1,'))).toBe(true);
  });

  it('escapes as the Actions toolkit does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a, b: c%\n')).toBe('a%2C b%3A c%25%0A');
  });
});

describe('--format junit', () => {
  it('writes well-formed XML: a testsuite per file, a testcase per finding, one passing testcase for a clean file', () => {
    const r = runCli(['--format', 'junit', 'docs'], dir);
    expect(r.code).toBe(1);
    const root = parseXml(r.stdout);
    expect(root.name).toBe('testsuites');
    const suites = root.children;
    expect(suites.every((s) => s.name === 'testsuite')).toBe(true);
    expect(suites.map((s) => s.attrs.name).sort()).toEqual(['docs/arrangements.md', 'docs/clean.md', 'docs/inferred-arrangements.md', 'docs/report, 2024: final & <draft>.md']);
    for (const s of suites) expect(Number(s.attrs.tests)).toBe(s.children.length);
    expect(Number(root.attrs.tests)).toBe(suites.reduce((n, s) => n + s.children.length, 0));

    const clean = suites.find((s) => s.attrs.name === 'docs/clean.md')!;
    expect(clean.children).toHaveLength(1);
    expect(clean.children[0]!.children).toEqual([]);

    const awkward = suites.find((s) => s.attrs.name!.includes('draft'))!;
    const placeholder = awkward.children.find((c) => c.attrs.name!.startsWith('content/placeholder: '))!;
    expect(placeholder.attrs.name).not.toMatch(/\d+:\d+/);
    const failure = placeholder.children.find((c) => c.name === 'failure')!;
    expect(failure.attrs.type).toBe('error');
    expect(failure.attrs.message).toContain('"<name>"');
    expect(failure.text).toContain('docs/report, 2024: final & <draft>.md:9:14 error content/placeholder');

    const inferred = suites.find((s) => s.attrs.name === 'docs/inferred-arrangements.md')!;
    const note = inferred.children.find((c) => c.attrs.name!.startsWith('document/type-inferred'))!;
    expect(note.children.map((c) => c.name)).toEqual(['system-out']);
    expect(Number(inferred.attrs.failures)).toBe(inferred.children.filter((c) => c.children.some((x) => x.name === 'failure')).length);
  });
});

describe('--format junit: names that survive edits', () => {
  it('keeps every test name when lines are inserted above the findings; positions move to the body', () => {
    const names = (text: string) => {
      const d = makeTree({ 'a.md': text, '.safeguardinglintrc.yaml': CONFIG });
      try {
        const suite = parseXml(runCli(['--format', 'junit', 'a.md'], d).stdout).children[0]!;
        return suite.children.map((c) => ({ name: c.attrs.name!, body: c.children[0]?.text ?? '' }));
      } finally {
        removeTree(d);
      }
    };
    const before = names(CCG_DOC);
    const after = names(CCG_DOC.replace('\nThe Westmere CCG', '\nA new paragraph.\n\nAnother one.\n\nThe Westmere CCG'));
    expect(before.map((t) => t.name)).toEqual(after.map((t) => t.name));
    // The same finding twice in one file gets a number, so names stay unique.
    expect(before.map((t) => t.name).filter((n) => n.startsWith('terminology/ccg'))).toEqual([
      expect.stringMatching(/^terminology\/ccg: "CCG" is outdated.*[^)]$/),
      expect.stringMatching(/^terminology\/ccg: "CCG" is outdated.* \(2\)$/),
    ]);
    expect(before.find((t) => t.name.startsWith('terminology/ccg'))!.body).toContain('a.md:7:14 warning terminology/ccg');
    expect(after.find((t) => t.name.startsWith('terminology/ccg'))!.body).toContain('a.md:11:14 warning terminology/ccg');
  });
});

describe('--format eslint-json', () => {
  it("writes ESLint's result shape: numeric severity, ESLint's counts, waived findings as suppressedMessages", () => {
    const d = makeTree({
      'a.md': `${CCG_DOC}\nThe chair is <name>.\n`,
      '.safeguardinglintrc.yaml': onlyRules(ids, { 'terminology/ccg': 'warning', 'content/placeholder': 'error', 'document/type-inferred': 'info' }),
      'safeguarding-lint-suppressions.json': JSON.stringify({ 'a.md': { 'terminology/ccg': { count: 1, reason: 'Quoted from 2019' } } }),
    });
    try {
      const r = runCli(['--format', 'eslint-json', 'a.md'], d);
      expect(r.code).toBe(1);
      const [file] = JSON.parse(r.stdout) as Array<Record<string, unknown> & { messages: Array<Record<string, unknown>>; suppressedMessages: Array<Record<string, unknown>> }>;
      expect(Object.keys(file!)).toEqual(
        expect.arrayContaining(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules']),
      );
      expect(file!.filePath).toBe(path.join(d, 'a.md'));
      const compact = file!.messages.map((m) => `${m.ruleId} ${m.severity} ${m.level} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
      expect(compact).toEqual(['terminology/ccg 1 warning 9:5-9:8', 'content/placeholder 2 error 11:14-11:20']);
      expect([file!.errorCount, file!.warningCount, file!.fatalErrorCount, file!.fixableWarningCount]).toEqual([1, 1, 0, 0]);
      expect(file!.suppressedMessages).toMatchObject([{ ruleId: 'terminology/ccg', line: 7, severity: 1, suppressions: [{ kind: 'file', justification: 'Quoted from 2019' }] }]);
    } finally {
      removeTree(d);
    }
  });
});

describe('--format sarif', () => {
  const out = () => path.join(dir, 'out', 'safeguarding.sarif');

  it('writes SARIF 2.1.0 with every rule described and results located relative to %SRCROOT%', () => {
    const r = runCli(['--format', 'sarif', '--output', 'out/safeguarding.sarif', 'docs'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const log = JSON.parse(fs.readFileSync(out(), 'utf8')) as Log;
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules!;
    expect(rules.map((d) => d.id)).toEqual(ids);
    const ccgRule = rules.find((d) => d.id === 'terminology/ccg')!;
    const meta = ALL_META.find((m) => m.id === 'terminology/ccg')!;
    expect(ccgRule.shortDescription!.text).toContain(meta.title);
    expect(ccgRule.help!.markdown).toContain(meta.example);
    expect(ccgRule.helpUri).toMatch(/^https:\/\/.+terminology\/ccg\.md$/);
    expect(ccgRule.defaultConfiguration!.level).toBe('warning');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(`${new URL(`file://${fs.realpathSync(dir)}/`).href}`);

    const ccg = run.results!.filter((x) => x.ruleId === 'terminology/ccg');
    const first = ccg.find((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri === 'docs/arrangements.md')!;
    expect(first.level).toBe('warning');
    expect(rules[first.ruleIndex!]!.id).toBe('terminology/ccg');
    expect(first.locations![0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'docs/arrangements.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 14, endLine: 7, endColumn: 17 },
    });
    const awkward = run.results!.find((x) => x.ruleId === 'content/placeholder')!;
    expect(awkward.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('docs/report%2C%202024%3A%20final%20%26%20%3Cdraft%3E.md');
    expect(awkward.level).toBe('error');
    expect(run.results!.find((x) => x.ruleId === 'document/type-inferred')!.level).toBe('note');
  });

  it("passes Microsoft's SARIF validator and the SARIF 2.1.0 JSON schema", async () => {
    const tool = path.join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux');
    const validated = path.join(dir, 'out', 'validation.sarif');
    // Its exit code is 0 whatever it finds: its own SARIF log says what it found.
    await promisify(execFile)(path.join(tool, 'Sarif.Multitool'), ['validate', out(), '-o', validated, '--log', 'ForceOverwrite'], { timeout: 180_000 });
    const report = JSON.parse(fs.readFileSync(validated, 'utf8')) as Log;
    const problems = (report.runs[0]!.results ?? []).filter((x) => x.level === 'error').map((x) => `${x.ruleId}: ${JSON.stringify(x.message)}`);
    expect(problems).toEqual([]);

    // The validator silently reports nothing for a log it cannot deserialise (e.g. a bad enum),
    // so the schema it ships is checked too.
    const schema = JSON.parse(fs.readFileSync(path.join(tool, 'sarif-2.1.0.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i).addFormat('uri-reference', true).addFormat('date-time', true).addFormat('uuid', true);
    const validate = ajv.compile(schema);
    const valid = validate(JSON.parse(fs.readFileSync(out(), 'utf8')));
    expect(valid ? [] : validate.errors).toEqual([]);
  }, 240_000);
});
