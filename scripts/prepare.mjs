// `npm run prepare`: runs on `npm install` / `npm ci` here, and when another project installs
// this package from git (npm install <git url>, pre-commit's hook environment). It builds the
// bundles the package ships (dist/cli.js, dist/server.js, dist/extension.js).
//
// A global install from git (`npm install -g <git url>`, which is what pre-commit runs) prepares
// the clone with the global flag still set, so its dependencies go to the global prefix and
// nothing is installed beside this script (npm/cli#8440). Then the build tools are installed
// here first, as a project install, without their own install scripts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

function resolvable(name) {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

if (!resolvable('esbuild') || !resolvable('unified')) {
  console.error('safeguarding-lint: installing build dependencies in the git checkout (a global install from git does not)');
  const env = { ...process.env, npm_config_global: 'false', npm_config_location: 'project' };
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  const r = spawnSync(npm[0], [...npm[1], 'install', '--no-save', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--shipped'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
