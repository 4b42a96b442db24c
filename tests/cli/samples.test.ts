/**
 * The CLI over the shipped samples (written by others and still changing): assert what holds
 * whatever the rules find, i.e. every sample is linted, every range points at real text, the
 * outdated-term ranges cover exactly the term, and CRLF + BOM copies give the same positions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, makeTree, parseJson, removeTree, runCliAsync, type JsonFile } from './helpers.js';

const SAMPLES = path.join(ROOT, 'samples');
const names = fs.existsSync(SAMPLES) ? fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.md')).sort() : [];
let copy: string;

beforeAll(async () => {
  await ensureBuilt();
  const files: Record<string, Buffer> = {};
  for (const n of names) {
    const text = fs.readFileSync(path.join(SAMPLES, n), 'utf8').replace(/\r?\n/g, '\r\n');
    files[n] = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  }
  copy = makeTree(files);
}, 120_000);
afterAll(() => removeTree(copy));

function covered(lines: string[], m: JsonFile['messages'][number]): string {
  return m.line === m.endLine ? lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1) : '';
}

describe.skipIf(names.length === 0)('the samples', () => {
  let report: JsonFile[];
  it('are all linted, and every finding points inside its file', async () => {
    const r = await runCliAsync(['--format', 'json', 'samples'], ROOT);
    console.log(`samples (${names.length} files) linted in ${Math.round(r.ms)} ms (child process, wall clock)`);
    expect([0, 1]).toContain(r.code);
    report = parseJson(r.stdout);
    expect(report.map((f) => path.basename(f.filePath)).sort()).toEqual(names);
    for (const f of report) {
      const lines = fs.readFileSync(f.filePath, 'utf8').split(/\r?\n/);
      for (const m of f.messages) {
        const where = `${path.basename(f.filePath)}:${m.line}:${m.column} ${m.ruleId}`;
        expect(m.line, where).toBeGreaterThanOrEqual(1);
        expect(m.line, where).toBeLessThanOrEqual(lines.length);
        expect(m.column, where).toBeLessThanOrEqual(lines[m.line - 1]!.length + 1);
        expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column), `${where}: the range ends before it starts`).toBe(true);
        if (m.ruleId === 'terminology/ccg') expect(covered(lines, m), where).toMatch(/^(CCGs?|clinical commissioning groups?)$/i);
        if (m.ruleId === 'terminology/lscb') expect(covered(lines, m), where).toMatch(/^(LSCBs?|local safeguarding children(?:'s)? boards?)$/i);
      }
    }
  }, 300_000);

  it('give the same findings at the same positions with CRLF line endings and a BOM', async () => {
    const r = await runCliAsync(['--format', 'json', '.'], copy);
    const crlf = parseJson(r.stdout);
    const strip = (files: JsonFile[]) => files.map((f) => ({ ...f, filePath: path.basename(f.filePath) })).sort((a, b) => a.filePath.localeCompare(b.filePath));
    expect(strip(crlf)).toEqual(strip(report));
  }, 300_000);
});
