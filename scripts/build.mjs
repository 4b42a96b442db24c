// Bundles each entry point into one CommonJS file under dist/ with esbuild.
// Entry points that do not exist yet are skipped, so the build works while the product grows.
import { build } from 'esbuild';
import { existsSync, chmodSync } from 'node:fs';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node', executable: true, shipped: true },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node', executable: true, shipped: true },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'], shipped: true },
  { in: 'scripts/generate-docs.ts', out: 'dist/generate-docs.js' },
  { in: 'scripts/accuracy.ts', out: 'dist/accuracy.js' },
  { in: 'tests/fuzz/run.ts', out: 'dist/fuzz.js' },
  // The engine alone, for the benchmarks that time it in-process (bench/scaling.mjs).
  { in: 'server/src/engine/index.ts', out: 'dist/engine.js' },
];

const watch = process.argv.includes('--watch');
// `--shipped` (the `prepare` script: npm ci, and installs from git such as pre-commit's) builds
// only what the package ships and its bins run, not the maintainers' docs and accuracy tools.
const shippedOnly = process.argv.includes('--shipped');
for (const e of entries) {
  if (shippedOnly && !e.shipped) continue;
  if (!existsSync(e.in)) continue;
  await build({
    entryPoints: [e.in],
    outfile: e.out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    minify: !watch && process.env.SGL_MINIFY === '1',
    external: e.external ?? [],
    banner: e.banner ? { js: e.banner } : undefined,
    logLevel: 'warning',
  });
  if (e.executable) chmodSync(e.out, 0o755);
}
