/** `--fix`: only safe text fixes, exactly their spans, the file's encoding and line endings kept. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, makeTree, parseJson, removeTree, runCli } from './helpers.js';

const BEFORE = [
  '---',
  'safeguarding:',
  '  type: arrangements',
  '---',
  '# Westmere Safeguarding Children Partnership: our arrangements',
  '',
  'The Westmere CCG funds a third of the budget; the CCG chairs the health subgroup.',
  '',
  'In 2019 the partnership replaced the former LSCB, and the ICB replaced the CCG in 2022.',
  '',
  'Our procedures follow Working Together to Safeguard Children 2018. The Clinical Commissioning Groups of the area meet monthly.',
  '',
  'Children from Westmere are placed in a secure college or a secure children\'s home.',
  '',
  'Oakhill Secure College takes two of our children.',
  '',
  'The budget is TBC.',
  '',
].join('\n');

/**
 * BEFORE with exactly the safe term replacements made; nothing else (no section templates, no
 * placeholder). A CCG is never renamed (an ICB is not a renamed CCG: that would make up an
 * organisation), nor a term inside a proper name ("Oakhill Secure College").
 */
const AFTER = BEFORE.replace('Working Together to Safeguard Children 2018', 'Working Together to Safeguard Children 2023').replace(
  'a secure college',
  'a secure school',
);

const dirs: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const d = makeTree(files);
  dirs.push(d);
  return d;
}

beforeAll(ensureBuilt, 120_000);
afterAll(() => dirs.forEach(removeTree));

describe('--fix', () => {
  it('replaces exactly the outdated terms and nothing else, then reports what is left', () => {
    const dir = tree({ 'a.md': BEFORE });
    const r = runCli(['--fix', '--format', 'json', 'a.md'], dir);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(AFTER);
    const report = parseJson(r.stdout);
    const ids = report[0]!.messages.map((m) => m.ruleId);
    expect(ids).not.toContain('terminology/working-together-2018');
    // Not fixable by --fix: still reported, at their places in the fixed text.
    const ccg = report[0]!.messages.filter((m) => m.ruleId === 'terminology/ccg');
    expect(ccg.map((m) => [m.line, m.column])).toEqual([
      [7, 14],
      [7, 51],
      [11, 72],
    ]);
    expect(report[0]!.messages.filter((m) => m.ruleId === 'terminology/secure-college').map((m) => [m.line, m.column])).toEqual([[15, 9]]);
    expect(report[0]!.messages.find((m) => m.ruleId === 'content/placeholder')).toMatchObject({ line: 17, column: 15 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Fixed 2 problems.');
  });

  it('a second run changes nothing', () => {
    const dir = tree({ 'a.md': BEFORE });
    runCli(['--fix', 'a.md'], dir);
    const once = fs.readFileSync(path.join(dir, 'a.md'));
    const again = runCli(['--fix', 'a.md'], dir);
    expect(fs.readFileSync(path.join(dir, 'a.md')).equals(once)).toBe(true);
    expect(again.stderr).not.toContain('Fixed');
  });

  it('keeps a BOM and CRLF line endings, and fixes the right columns', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const dir = tree({ 'a.md': Buffer.concat([bom, Buffer.from(BEFORE.replace(/\n/g, '\r\n'))]) });
    runCli(['--fix', 'a.md'], dir);
    expect(fs.readFileSync(path.join(dir, 'a.md')).equals(Buffer.concat([bom, Buffer.from(AFTER.replace(/\n/g, '\r\n'))]))).toBe(true);
  });

  it('keeps UTF-16', () => {
    const dir = tree({ 'a.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BEFORE, 'utf16le')]) });
    runCli(['--fix', 'a.md'], dir);
    expect(fs.readFileSync(path.join(dir, 'a.md')).equals(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AFTER, 'utf16le')]))).toBe(true);
  });

  it('does not write back a file that is not valid UTF-8 (decoding it lost bytes)', () => {
    const bytes = Buffer.concat([Buffer.from(BEFORE), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]);
    const dir = tree({ 'a.md': bytes });
    const r = runCli(['--fix', 'a.md'], dir);
    expect(fs.readFileSync(path.join(dir, 'a.md')).equals(bytes)).toBe(true);
    expect(r.stderr).toContain('a.md: not fixed: the file is not valid UTF-8');
  });

  it('leaves files alone when the rule is off, and never touches files that are not linted', () => {
    const readme = '# Tools\n\nThe CCG script builds the site.\n';
    const dir = tree({ 'a.md': BEFORE, 'README.md': readme, '.safeguardinglintrc.yaml': 'rules:\n  terminology/ccg: off\n' });
    runCli(['--fix', '.'], dir);
    const fixed = fs.readFileSync(path.join(dir, 'a.md'), 'utf8');
    expect(fixed).toContain('Westmere CCG funds');
    expect(fixed).toContain('Working Together to Safeguard Children 2023');
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(readme);
  });
});
