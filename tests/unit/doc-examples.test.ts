/**
 * Every rule's documented "Passes" example (docs/rules/<id>.md, generated from `meta.example`)
 * really passes its rule: linted as a document of each type the rule applies to, with the checks
 * across documents (links must resolve) run on it alone, the rule does not fire.
 */
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_META, DOC_TYPES, lint, type DocType } from '../../server/src/engine/index.js';
import { crossDocumentFindings, projectFile } from '../../server/src/engine/project/index.js';

// A folder with nothing in it, so a link to a local file in an example would not resolve.
const EMPTY = fs.mkdtempSync(path.join(os.tmpdir(), 'sgl-examples-'));
/**
 * The one rule whose passing case is, by definition, a link to a file that exists: its example
 * is linted beside that file. Every other example must pass on its own.
 */
const BESIDE: Record<string, string[]> = { 'cross-document/broken-link': ['threshold.md'] };
const WITH_FILES = fs.mkdtempSync(path.join(os.tmpdir(), 'sgl-examples-'));
for (const f of Object.values(BESIDE).flat()) fs.writeFileSync(path.join(WITH_FILES, f), '# A file\n');

function findingsOf(example: string, type: DocType, ruleId: string): string[] {
  const filePath = path.join(BESIDE[ruleId] ? WITH_FILES : EMPTY, 'example.md');
  const result = lint(example, { type, filePath });
  expect(result.skipped, `${ruleId}: the example was not linted as ${type}`).toBeUndefined();
  const summary = projectFile(filePath, result);
  const across = summary ? (crossDocumentFindings([summary], { exists: (p) => fs.existsSync(p) }).get(filePath) ?? []) : [];
  return [...result.findings, ...across].filter((f) => f.ruleId === ruleId).map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`);
}

describe("each rule's documented passing example", () => {
  for (const meta of ALL_META) {
    const types = meta.appliesTo === 'any' ? DOC_TYPES : meta.appliesTo;
    it(`${meta.id} does not fire on its own example`, () => {
      for (const type of types) expect(findingsOf(meta.example, type, meta.id), `as ${type}`).toEqual([]);
    });
  }

  it('the check can fail: an example that breaks its rule is caught', () => {
    // The CCG rule's own example with the outdated term put back.
    expect(findingsOf('The Westmere CCG funds a third of the budget.', 'arrangements', 'terminology/ccg')).toHaveLength(1);
    expect(findingsOf('Read our [protocol](protocol.md).', 'arrangements', 'cross-document/broken-link')).toHaveLength(1);
  });
});
