/**
 * Worker threads (`--concurrency`): linting the samples and the reviewed corpus in a pool gives
 * the same report, byte for byte, as linting them in the main thread.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, runCliAsync } from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);

describe('--concurrency', () => {
  it('gives the same JSON report and exit code in worker threads as in the main thread (samples and tests/corpus)', async () => {
    const args = ['samples', 'tests/corpus', '--format', 'json', '--verbose'];
    const one = await runCliAsync([...args, '--concurrency', 'off'], ROOT);
    const pool = await runCliAsync([...args, '--concurrency', '2'], ROOT);
    console.log(`samples + tests/corpus: ${Math.round(one.ms)} ms in the main thread, ${Math.round(pool.ms)} ms in 2 workers (child process, wall clock)`);
    expect(one.stderr).not.toContain('worker threads');
    expect(pool.stderr).toMatch(/Linted \d+ files in 2 worker threads\./);
    expect(JSON.parse(pool.stdout).length).toBeGreaterThan(50);
    expect(pool.stdout).toBe(one.stdout);
    expect(pool.code).toBe(one.code);
    // Everything else on stderr (the per-file lines but their timings) agrees too.
    const lines = (s: string) =>
      s
        .split('\n')
        .filter((l) => !/worker threads|^Linted /.test(l))
        .map((l) => l.replace(/, \d+ ms$/, ''));
    expect(lines(pool.stderr)).toEqual(lines(one.stderr));
  }, 600_000);

  it('refuses a count that is not auto, off or a number of threads', async () => {
    const r = await runCliAsync(['samples', '--concurrency', 'lots'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Expected auto, off, or a number of threads');
  });
});
