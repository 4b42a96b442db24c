/**
 * Lints many documents in `worker_threads`, each running `lintJob` (cli/lint-file.ts) from the
 * same bundle as the command line (main.ts starts a worker when `isLintWorker()`). Results come
 * back in the order of the jobs, whichever worker finished first, so the report is the same as a
 * single-threaded run's; the checks across documents run afterwards in the main thread.
 */
import os from 'node:os';
import { isMainThread, Worker, workerData, parentPort } from 'node:worker_threads';
import { lintJob, type LintedFile, type LintJob } from './lint-file.js';

/** Below this many documents to lint, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 8;
/** `--concurrency auto` uses at most this many workers (each holds its own copy of the engine). */
export const MAX_AUTO_WORKERS = 4;

const MARK = 'safeguarding-lint:lint-worker';

/** True in a thread the pool started. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[MARK] === true;
}

/** A worker's life: lint each job it is sent and send back what came of it. */
export function serveLintJobs(): void {
  parentPort!.on('message', (m: { id: number; job: LintJob }) => {
    parentPort!.postMessage({ id: m.id, done: lintJob(m.job) });
  });
}

/**
 * How many threads to lint `jobs` documents in: 1 means the main thread alone. `auto` uses half
 * the CPUs, as ESLint's does: on a two-CPU runner (shared, as CI machines are) two workers were
 * measured 25% slower than the main thread alone, so the pool starts at four CPUs.
 */
export function poolSize(jobs: number, concurrency: number | 'auto', cpus = os.availableParallelism()): number {
  if (concurrency === 'auto') {
    const half = Math.floor(cpus / 2);
    return jobs >= WORKER_THRESHOLD && half > 1 ? Math.min(half, MAX_AUTO_WORKERS, jobs) : 1;
  }
  return Math.max(1, Math.min(concurrency, jobs));
}

/**
 * Lints the jobs in `size` workers loading `script`. A worker that fails (it cannot start, or
 * dies) is dropped and its job is linted in the main thread, as are the rest if none is left.
 */
export async function lintInWorkers(jobs: readonly LintJob[], size: number, script: string): Promise<LintedFile[]> {
  const done: LintedFile[] = new Array<LintedFile>(jobs.length);
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      let worker: Worker;
      try {
        // stdout: true keeps anything a worker might print out of the report on stdout.
        worker = new Worker(script, { workerData: { [MARK]: true }, stdout: true });
      } catch {
        resolve();
        return;
      }
      let current = -1;
      const send = () => {
        if (next >= jobs.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, job: jobs[current] });
      };
      worker.on('message', (m: { id: number; done: LintedFile }) => {
        done[m.id] = m.done;
        send();
      });
      const fail = () => {
        // Lint the job it held here; the other workers (or the loop below) take the rest.
        if (current >= 0 && done[current] === undefined) done[current] = lintJob(jobs[current]!);
        current = -1;
        worker.removeAllListeners();
        void worker.terminate();
        resolve();
      };
      worker.on('error', fail);
      worker.on('exit', () => (current >= 0 ? fail() : resolve()));
      send();
    });
  await Promise.all(Array.from({ length: size }, runWorker));
  // Whatever no worker took (every one failed).
  for (let i = 0; i < jobs.length; i++) if (done[i] === undefined) done[i] = lintJob(jobs[i]!);
  return done;
}
