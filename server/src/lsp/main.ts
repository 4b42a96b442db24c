/**
 * `safeguarding-lint-server`: the language server over stdio (`--stdio`), Node IPC
 * (`--node-ipc`) or a socket (`--socket=N`), as vscode-languageserver reads from argv.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';
import { engineConfigResolver } from './engine-config.js';

if (process.argv.includes('--version')) {
  process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev'}\n`);
  process.exit(0);
}

declare const __VERSION__: string | undefined;

const connection = createConnection(ProposedFeatures.all);
// A failure in one request must not take the editor's linting down: report it and go on.
process.on('uncaughtException', (err) => connection.console.error(`safeguarding-lint: ${err instanceof Error ? err.message : String(err)}`));
startServer(connection, { config: engineConfigResolver });
