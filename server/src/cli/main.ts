/**
 * The `safeguarding-lint` command. Everything is caught here: a failure to run is one line on
 * stderr and exit code 2, never a stack trace (unless --verbose asks for it).
 */
import { readFileSync } from 'node:fs';
import { run } from './run.js';
import { CliError, EXIT } from './exit-codes.js';
import { setChunkCacheLimit } from '../engine/parse/chunks.js';
import { isLintWorker, serveLintJobs } from './pool.js';

// Each file is parsed once (twice with --fix): a small cache is enough, and a run over thousands
// of files must not keep their syntax trees.
setChunkCacheLimit(256 * 1024);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let code: number;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The reader went away (`safeguarding-lint | head`): stop quietly.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.OK);
  });
  try {
    code = await run(argv, {
      cwd: process.cwd(),
      env: process.env,
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      stdoutIsTTY: process.stdout.isTTY,
      readStdin: () => readFileSync(0),
      // This bundle: the worker threads load it too (and start serveLintJobs below).
      bundle: __filename,
    });
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(err.verbatim ? `${err.message}\n` : `safeguarding-lint: ${err.message}\n`);
      code = err.exitCode;
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      process.stderr.write(`safeguarding-lint: internal error: ${e.message.split('\n')[0]} (please report it; --verbose shows details)\n`);
      if (argv.includes('--verbose') && e.stack) process.stderr.write(`${e.stack}\n`);
      code = EXIT.FATAL;
    }
  }
  process.exitCode = code;
}

// The same bundle is the worker threads' entry (cli/pool.ts): they lint what they are sent.
if (isLintWorker()) serveLintJobs();
else void main();
