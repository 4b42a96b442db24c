#!/usr/bin/env node
/**
 * Is lint time linear in the input? Lints documents of growing size and hostile shapes with the
 * engine in-process (dist/engine.js: no process start-up in the figures) and prints the time per
 * MB of each against the 100 KB document's, in one run so the ratios are fair on a shared machine.
 *
 *   npm run build && node bench/scaling.mjs [--runs 3]
 *
 * Documents: 100 KB, 400 KB and 1.6 MB arrangements built from the corpus's own documents (their
 * sections one after another under one front matter), a 1 MB single line, a 50,000-row table,
 * 5,000 headings and 100,000 "TBC"s. Goal (issue 10): none over 2x the 100 KB document's time per
 * MB, none over 10 s. Exit 1 when a document misses it, so a regression is visible in CI logs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE = path.join(ROOT, 'dist', 'engine.js');
if (!fs.existsSync(ENGINE)) {
  console.error('dist/engine.js is missing: run `npm run build` first');
  process.exit(2);
}
const { lint, resetCaches } = createRequire(import.meta.url)(ENGINE);
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

const FM = '---\nsafeguarding:\n  type: arrangements\n---\n\n# Westmere Safeguarding Children Partnership: multi-agency safeguarding arrangements\n\n';

/** The bodies of the corpus's documents (front matter and title dropped), headings pushed down a level. */
function corpusBodies() {
  const dir = path.join(ROOT, 'tests', 'corpus');
  const files = [...fs.readdirSync(dir).map((f) => path.join(dir, f)), ...fs.readdirSync(path.join(dir, 'holdout')).map((f) => path.join(dir, 'holdout', f))];
  return files
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) =>
      fs
        .readFileSync(f, 'utf8')
        .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
        .replace(/^# .*$/m, '')
        .replace(/^(#{1,5}) /gm, '#$1 '),
    );
}

/** An arrangements document of about `bytes`, made of corpus sections in turn. */
function sized(bytes) {
  const bodies = corpusBodies();
  const parts = [FM];
  let size = FM.length;
  for (let i = 0; size < bytes; i++) {
    const body = `## Part ${i + 1}\n\n${bodies[i % bodies.length]}\n`;
    parts.push(body);
    size += body.length;
  }
  return parts.join('').slice(0, bytes);
}

const documents = [
  ['100 KB arrangements', () => sized(100 * 1024)],
  ['400 KB arrangements', () => sized(400 * 1024)],
  ['1.6 MB arrangements', () => sized(1600 * 1024)],
  ['1 MB single line', () => `${FM}${'The CCG pays a third of the budget and the police pay a third. '.repeat(16_000)}\n`],
  ['50,000-row table', () => `${FM}## Funding\n\n| Partner | Contribution (£) |\n|---|---:|\n${Array.from({ length: 50_000 }, (_, i) => `| Westmere partner ${i} | £${i * 100} |`).join('\n')}\n`],
  ['5,000 headings', () => `${FM}${Array.from({ length: 5_000 }, (_, i) => `## Section ${i + 1}\n\nThe partners meet every quarter to review this.\n`).join('\n')}`],
  ['100,000 TBCs', () => `${FM}## Funding\n\n${Array.from({ length: 10_000 }, () => 'TBC TBC TBC TBC TBC TBC TBC TBC TBC TBC').join('\n\n')}\n`],
];

// Warm up the engine (compilation, caches of the vocabulary) on a small document.
lint(sized(20 * 1024));

const rows = [];
for (const [name, make] of documents) {
  const text = make();
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    // Each run cold: the engine remembers answers by text, which would time a repeat, not a lint.
    resetCaches();
    const t0 = performance.now();
    lint(text);
    best = Math.min(best, performance.now() - t0);
  }
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  rows.push({ name, mb, ms: best, perMb: best / mb });
}

const base = rows[0].perMb;
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
console.log(`${pad('document', 22)}${padL('size', 10)}${padL('time', 10)}${padL('ms per MB', 12)}${padL('x 100 KB', 10)}`);
let failed = 0;
for (const r of rows) {
  const ratio = r.perMb / base;
  const bad = ratio > 2 || r.ms > 10_000;
  if (bad) failed++;
  console.log(`${pad(r.name, 22)}${padL(`${r.mb >= 1 ? r.mb.toFixed(2) + ' MB' : Math.round(r.mb * 1024) + ' KB'}`, 10)}${padL(`${Math.round(r.ms)} ms`, 10)}${padL(Math.round(r.perMb), 12)}${padL(ratio.toFixed(2), 10)}${bad ? '  over the goal (2x, 10 s)' : ''}`);
}
console.log(`best of ${RUNS} runs; goal: every document within 2x the 100 KB document's time per MB and under 10 s: ${failed ? `${failed} miss it` : 'met'}`);
process.exit(failed ? 1 : 0);
