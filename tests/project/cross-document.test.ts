/** Checks across a partnership's documents: links resolve, people agree, dates agree. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';
import { crossDocumentFindings, projectFile, type ProjectFile } from '../../server/src/engine/project/index.js';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const read = (name: string) => readFileSync(path.join(SAMPLES, name), 'utf8');
const file = (name: string, text = read(name)): ProjectFile => {
  const filePath = path.join(SAMPLES, name);
  return projectFile(filePath, lint(text, { filePath }))!;
};
const host = { exists: (p: string) => existsSync(p) };
const brief = (map: Map<string, import('../../server/src/engine/index.js').Finding[]>, text: string, name: string) =>
  (map.get(path.join(SAMPLES, name)) ?? []).map((f) => `${f.ruleId} ${f.range.start.line}: "${text.slice(f.range.start.offset, f.range.end.offset)}" ${f.message}`);

describe('cross-document checks on the samples', () => {
  it('the complete samples agree with each other and their links resolve', () => {
    const found = crossDocumentFindings(
      ['arrangements-complete.md', 'yearly-report-complete.md', 'threshold-complete.md', 'local-protocol-complete.md'].map((n) => file(n)),
      host,
    );
    expect([...found.values()].flat()).toEqual([]);
  });

  it('a yearly report naming a different ICB lead partner is reported, naming both people', () => {
    const text = read('yearly-report-complete.md').replace(/Dr Anil Rao/g, 'Dr Priya Natarajan');
    const found = crossDocumentFindings([file('arrangements-complete.md'), file('yearly-report-complete.md', text)], host);
    const lines = brief(found, text, 'yearly-report-complete.md').filter((l) => l.startsWith('cross-document/people-agree'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toContain("The ICB's lead safeguarding partner is Priya Natarajan here but Anil Rao in the arrangements (arrangements-complete.md)");
  });

  it('a broken link from the arrangements to the threshold document is reported at the link', () => {
    const text = read('arrangements-complete.md').replace(/\(threshold-complete\.md\)/g, '(threshold-2023.md)');
    const found = crossDocumentFindings([file('arrangements-complete.md', text)], host);
    const lines = brief(found, text, 'arrangements-complete.md');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith('arrangements/threshold-alignment'))).toBe(true);
    expect(lines[0]).toMatch(/: "\[.*\]\(threshold-2023\.md\)" The link to the threshold document \("threshold-2023\.md"\) does not resolve: there is no file threshold-2023\.md \(WT2023 ¶104\)$/);
  });

  it('a report saying the arrangements were updated after their last_updated date is reported', () => {
    const text = read('yearly-report-complete.md') + '\nOur arrangements were updated in September 2025 to add the new escalation policy.\n';
    const found = crossDocumentFindings([file('arrangements-complete.md'), file('yearly-report-complete.md', text)], host);
    const lines = brief(found, text, 'yearly-report-complete.md').filter((l) => l.startsWith('cross-document/arrangements-updated'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('arrangements were updated in September 2025');
    expect(lines[0]).toContain('arrangements-complete.md was last updated 2025-06-30');
  });

  it('a suppression comment in the file silences its cross-document finding', () => {
    const text = read('arrangements-complete.md').replace(
      /\(threshold-complete\.md\)/g,
      '(threshold-2023.md) <!-- safeguarding-lint-disable-line arrangements/threshold-alignment -- the new document is published next week -->',
    );
    const found = crossDocumentFindings([file('arrangements-complete.md', text)], host);
    expect(brief(found, text, 'arrangements-complete.md')).toEqual([]);
  });
});
