/**
 * The long fuzz run: `npm run fuzz -- --runs 100000 [--seed N] [--small] [--fixes]`. Runs the fuzz property
 * (or, with --fixes, the fix-safety property of fix-safety.ts on documents with outdated terms put in)
 * in batches; a failure is shrunk to a minimal reproducer and saved as tests/fuzz/found/<kind>-<seed>.json
 * (found.test.ts replays every file there), and the run goes on. Prints the counts and exits 1
 * if anything failed. A case that never returns is reported by a watchdog (`--stall-seconds`,
 * default 300) as tests/fuzz/found/stalled-<seed>.txt, and ends the run.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import fc from 'fast-check';
import { FULL, SMALL, type Case } from './arbitraries.js';
import { fixProperty, fuzzProperty, type FoundCase } from './property.js';
import { ROOT } from './seeds.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(arg('--runs') ?? 10_000);
const seed = Number(arg('--seed') ?? Date.now() % 2 ** 31);
const scale = process.argv.includes('--small') ? SMALL : FULL;
const fixes = process.argv.includes('--fixes');
const BATCH = 1000;
const counts: Record<FoundCase['kind'], number> = { crash: 0, hang: 0, range: 0, output: 0, fix: 0 };
const started = Date.now();
let done = 0;
let slowest = { ms: 0, what: '' };

/**
 * A watchdog in a worker thread. The check runs in this thread, so a document that never returns
 * (a regex gone quadratic on a long paragraph) would stall the run without a word. Before each
 * case this thread stamps the time and the case's description into shared memory. If a stamp is
 * older than STALL_MS, the watchdog writes the case to tests/fuzz/found/stalled-<seed>.txt and to
 * stderr itself (this thread's output is stuck behind the stalled check) and ends the run.
 */
const STALL_MS = Number(arg('--stall-seconds') ?? 300) * 1000;
const shared = new SharedArrayBuffer(8 + 4 + 8192);
const stamp = new Float64Array(shared, 0, 1);
const length = new Int32Array(shared, 8, 1);
const described = new Uint8Array(shared, 12);
const stallFile = path.join(ROOT, 'tests', 'fuzz', 'found', `stalled-${seed}.txt`);
const watchdog = new Worker(
  `const { workerData } = require('node:worker_threads'); const fs = require('node:fs');
   const stamp = new Float64Array(workerData.shared, 0, 1), length = new Int32Array(workerData.shared, 8, 1), described = new Uint8Array(workerData.shared, 12);
   setInterval(() => {
     if (!stamp[0] || Date.now() - stamp[0] < workerData.stallMs) return;
     const what = Buffer.from(described.slice(0, Atomics.load(length, 0))).toString('utf8');
     const text = 'No answer after ' + Math.round((Date.now() - stamp[0]) / 1000) + ' s (a hang): ' + what + '\\n';
     fs.writeFileSync(workerData.file, text);
     fs.writeSync(2, 'FAILED (hang, stalled) ' + text + '  written to ' + workerData.file + '\\n');
     process.kill(process.pid, 'SIGKILL');
   }, 1000);`,
  { eval: true, workerData: { shared, stallMs: STALL_MS, file: stallFile } },
);
watchdog.on('error', (err) => console.error(`fuzz: the watchdog failed (${err.message}); a stalled case will not be reported`));
watchdog.unref();
const startCase = (c: Case, batchSeed: number) => {
  const bytes = Buffer.from(`seed ${batchSeed}: ${c.seed} + ${c.mutations.join(', ')} (${c.text.length} characters)`.slice(0, 4000), 'utf8').subarray(0, described.length);
  described.set(bytes);
  Atomics.store(length, 0, bytes.length);
  stamp[0] = Date.now();
};

for (let batch = 0; done < runs; batch++) {
  const numRuns = Math.min(BATCH, runs - done);
  let t0 = 0;
  const property = (fixes ? fixProperty : fuzzProperty)(
    scale,
    (c: Case) => {
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { ms, what: `${c.seed} + ${c.mutations.join(', ')} (${c.text.length} characters)` };
    },
    (c: Case) => startCase(c, seed + batch),
  );
  property.beforeEach(() => void (t0 = performance.now()));
  const details = fc.check(property, { seed: seed + batch, numRuns });
  done += details.failed ? details.numRuns : numRuns;
  if (details.failed && details.counterexample) {
    const [c] = details.counterexample;
    const message = String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance);
    const kind = (message.split(':')[0] as FoundCase['kind']) ?? 'crash';
    counts[kind in counts ? kind : 'crash']++;
    const found: FoundCase = { kind, message: message.slice(kind.length + 2), seed: c.seed, mutations: c.mutations, text: c.text };
    const file = path.join(ROOT, 'tests', 'fuzz', 'found', `${kind}-${seed + batch}.json`);
    fs.writeFileSync(file, `${JSON.stringify(found, null, 1)}\n`);
    console.log(`FAILED (${kind}) after ${done} documents: ${message.split('\n')[0]}\n  reproducer: ${path.relative(ROOT, file)} (seed ${seed + batch}, ${c.text.length} characters)`);
  }
  if (done % 5000 < numRuns || done >= runs) console.log(`${done} documents, ${Math.round((Date.now() - started) / 1000)} s`);
}

const failed = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(
  `${fixes ? 'fix safety' : 'fuzz'}: ${done} documents in ${Math.round((Date.now() - started) / 1000)} s (seed ${seed}): ${counts.crash} crashes, ${counts.hang} hangs, ${counts.range} ranges outside the text, ${counts.output} invalid reports, ${counts.fix} unsafe fixes; slowest ${Math.round(slowest.ms)} ms: ${slowest.what}`,
);
process.exit(failed ? 1 : 0);
