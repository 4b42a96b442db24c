// Extension activation time and time to first diagnostics, in a real VS Code (code-server + Chromium,
// through the e2e harness), with the packaged VSIX. Runs the first test of the e2e suite, which
// prints `E2E_METRIC activation_ms N` and `E2E_METRIC first_diagnostics_ms N`, a few times.
//
//   npm run package && bash tests/e2e/setup.sh && node bench/activation.mjs [--runs 3]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vsix = path.join(root, 'safeguarding-lint.vsix');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (!existsSync(vsix)) {
  console.error('safeguarding-lint.vsix is missing: run `npm run package` first');
  process.exit(2);
}
if (!existsSync(path.join(root, 'tests', 'e2e', 'node_modules', 'code-server'))) {
  console.error('the e2e harness is not installed: run `bash tests/e2e/setup.sh` first');
  process.exit(2);
}

const metrics = { activation_ms: [], first_diagnostics_ms: [] };
for (let i = 1; i <= RUNS; i++) {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'tests', 'e2e', 'run-code-server.mjs'), '--vsix', vsix, '--tests', path.join(root, 'tests', 'e2e', 'suite', 'index.js'), '--folder', path.join(root, 'samples'), '--grep', 'reports findings'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const out = `${r.stdout}\n${r.stderr}`;
  for (const m of out.matchAll(/E2E_METRIC (\w+) (\d+)/g)) metrics[m[1]]?.push(Number(m[2]));
  console.log(`run ${i}/${RUNS}: exit ${r.status}; activation ${metrics.activation_ms.at(-1) ?? '?'} ms, first diagnostics ${metrics.first_diagnostics_ms.at(-1) ?? '?'} ms`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median of ${RUNS}: activation ${median(metrics.activation_ms)} ms (extension activate() to a running language server), first diagnostics on samples/arrangements-gaps.md ${median(metrics.first_diagnostics_ms)} ms after activation`);
