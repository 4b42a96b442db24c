// Writes schemas/safeguardinglintrc.schema.json from the rule metadata (`npm run schema`), and
// schemas/safeguarding-lint-suppressions.schema.json (the waivers file) from engine/waivers.ts.
// The engine is TypeScript, so it is bundled in memory with esbuild and evaluated here.
// `--check` compares instead of writing (exit 1 when the committed file is stale).
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'schemas', 'safeguardinglintrc.schema.json');
const waiversOut = path.join(root, 'schemas', 'safeguarding-lint-suppressions.schema.json');

const result = await build({
  stdin: {
    contents: "export { buildConfigSchema, serializeSchema } from './server/src/engine/config/index.ts'; export { ALL_META } from './server/src/engine/index.ts'; export { WAIVERS_SCHEMA } from './server/src/engine/waivers.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(path.join(root, 'package.json')));
const { buildConfigSchema, serializeSchema, ALL_META, WAIVERS_SCHEMA } = module.exports;
const files = [
  [out, serializeSchema(buildConfigSchema(ALL_META)), `${ALL_META.length} rules`],
  [waiversOut, serializeSchema(WAIVERS_SCHEMA), 'waivers file'],
];

let stale = false;
for (const [file, text, what] of files) {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${path.relative(root, file)} is out of date: run npm run schema`);
      stale = true;
    }
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(root, file)} (${what})`);
  }
}
if (stale) process.exit(1);
