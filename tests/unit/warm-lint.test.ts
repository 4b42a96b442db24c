/**
 * A lint in the editor reuses what earlier lints learned (parsed chunks, answers remembered by
 * text: text/memo.ts). After any series of edits, its findings must be exactly those of a lint
 * that starts cold. Each document below is edited 25 times with a fixed seed (typing, deleting,
 * pasting sentences that change what rules decide), and every version is compared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';
import { resetCaches } from '../../server/src/engine/reset-caches.js';

const ROOT = path.join(__dirname, '..', '..');
const DOCS = [
  'samples/arrangements-complete.md',
  'samples/yearly-report-complete.md',
  'tests/corpus/arrangements-triborough-tables.md',
  'tests/corpus/arrangements-pdf-harrowmere.md',
  'tests/corpus/yearly-report-word-cattonby.md',
  'tests/corpus/arrangements-easyread-saltmarsh.md',
];

/** Sentences that flip decisions: history, plans, outdated terms, people, money, placeholders. */
const PASTES = [
  ' Until March 2024 the partnership had an independent chair.',
  ' We will publish the threshold document next year.',
  ' The CCG funds the business unit.',
  ' The partnership chair is Dr Ann Lee, the ICB delegated safeguarding partner.',
  ' Probation contributes £5,000 a year.',
  ' [insert date]',
  ' Independent scrutiny is provided by Sam Patel, who is not the partnership chair.',
  '\n\n## Relevant agencies\n\nTBC\n',
];

/** A small deterministic generator (mulberry32), so a failure names a reproducible edit. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const kind = Math.floor(next() * 3);
  if (kind === 0) return `${text.slice(0, at)}${next() < 0.5 ? ' x' : ' safeguarding'}${text.slice(at)}`;
  if (kind === 1) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 40)));
  const lineEnd = text.indexOf('\n', at);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return text.slice(0, end) + PASTES[Math.floor(next() * PASTES.length)]! + text.slice(end);
}

const view = (text: string, filePath: string) => {
  const r = lint(text, { filePath });
  return { type: r.type, skipped: r.skipped, findings: r.findings.map((f) => ({ id: f.ruleId, message: f.message, range: f.range, fix: f.fix })), coverage: r.coverage };
};

function cold(text: string, filePath: string) {
  resetCaches();
  return view(text, filePath);
}

describe('a warm lint after edits equals a cold lint', () => {
  for (const [n, rel] of DOCS.entries()) {
    it(`${rel}: 25 seeded edits, every version`, () => {
      const filePath = path.join(ROOT, rel);
      const next = random(1000 + n);
      let text = readFileSync(filePath, 'utf8');
      view(text, filePath);
      for (let i = 0; i < 25; i++) {
        text = edit(text, next);
        const warm = view(text, filePath);
        expect(warm, `edit ${i + 1}`).toEqual(cold(text, filePath));
        // Warm again, so the next edit starts from memos that saw this version.
        view(text, filePath);
      }
    });
  }
});
