/** A CLI run over a partnership's folder checks its documents against each other. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, makeTree, parseJson, removeTree, runCliAsync } from './helpers.js';

const sample = (n: string) => fs.readFileSync(path.join(ROOT, 'samples', n), 'utf8');
let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = makeTree({
    'docs/arrangements-complete.md': sample('arrangements-complete.md').replace(/\(threshold-complete\.md\)/g, '(thresholds/levels-of-need.md)'),
    'docs/yearly-report-complete.md': sample('yearly-report-complete.md').replace(/Rachel Tennant/g, 'Simon Okoro'),
  });
}, 120_000);
afterAll(() => removeTree(dir));

describe('checks across documents', () => {
  it('reports a broken link to the threshold document and a different police lead partner', async () => {
    const run = await runCliAsync(['docs', '--format', 'json', '--max-warnings', '0'], dir);
    expect(run.code).toBe(1);
    const report = parseJson(run.stdout);
    const arrangements = report.find((f) => f.filePath.endsWith('arrangements-complete.md'))!;
    const broken = arrangements.messages.filter((m) => m.ruleId === 'arrangements/threshold-alignment');
    expect(broken.length).toBeGreaterThan(0);
    expect(broken[0]!.message).toContain('The link to the threshold document ("thresholds/levels-of-need.md") does not resolve');
    const yearly = report.find((f) => f.filePath.endsWith('yearly-report-complete.md'))!;
    const people = yearly.messages.filter((m) => m.ruleId === 'cross-document/people-agree');
    expect(people.map((m) => m.message)).toContain(
      "The police's lead safeguarding partner is Simon Okoro here but Rachel Tennant in the arrangements (arrangements-complete.md): update whichever is out of date (WT2023 ¶104, ¶107)",
    );
    const line = fs.readFileSync(path.join(dir, 'docs', 'yearly-report-complete.md'), 'utf8').split('\n')[people[0]!.line - 1]!;
    expect(line.slice(people[0]!.column - 1)).toContain('Simon Okoro');
  });
});

describe('--no-ignore', () => {
  it('lints a folder that .gitignore leaves out only when asked', async () => {
    const tree = makeTree({
      '.gitignore': 'generated/\n',
      'generated/arrangements.md': '---\ntype: arrangements\n---\n\n# Arrangements\n\nThe CCG funds a third.\n',
    });
    try {
      const plain = await runCliAsync(['generated'], tree);
      expect(plain.code).toBe(0);
      expect(plain.stderr).toContain('No safeguarding documents found in generated (1 ignored (--no-ignore lints what ignore files leave out)');
      const all = await runCliAsync(['generated', '--no-ignore', '--format', 'json'], tree);
      const report = parseJson(all.stdout);
      expect(report.map((f) => path.basename(f.filePath))).toEqual(['arrangements.md']);
      expect(report[0]!.messages.some((m) => m.ruleId === 'terminology/ccg' && m.line === 7 && m.column === 5)).toBe(true);
    } finally {
      removeTree(tree);
    }
  });
});
