/**
 * `safeguarding-lint-server`: the language server over stdio (`--stdio`), Node IPC
 * (`--node-ipc`) or a socket (`--socket=N`), as vscode-languageserver reads from argv.
 */
import { format } from 'node:util';
import { createConnection, Message, ProposedFeatures, type ConnectionOptions } from 'vscode-languageserver/node';
import { startServer, AFTER_SHUTDOWN } from './server.js';
import { engineConfigResolver } from './engine-config.js';
import { Reframer } from './framing.js';

if (process.argv.includes('--version')) {
  process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev'}\n`);
  process.exit(0);
}

declare const __VERSION__: string | undefined;

let shutdownReceived = false;
const options: ConnectionOptions = {
  messageStrategy: {
    // LSP: once `shutdown` has been received, requests are answered with InvalidRequest and
    // notifications other than `exit` are dropped (the library itself would go on serving them).
    handleMessage(message, next) {
      if (shutdownReceived) {
        if (Message.isRequest(message)) return next({ ...message, method: AFTER_SHUTDOWN } as Message);
        if (Message.isNotification(message) && message.method !== 'exit') return;
      }
      if (Message.isRequest(message) && message.method === 'shutdown') shutdownReceived = true;
      next(message);
    },
  },
};

const stdio = process.argv.includes('--stdio');
// Over stdio, stdin goes through the Reframer, so a broken frame costs one message, not the
// connection (see framing.ts).
const connection = stdio
  ? createConnection(ProposedFeatures.all, process.stdin.pipe(new Reframer((m) => connection.console.error(`safeguarding-lint: ${m}`))), process.stdout, options)
  : createConnection(ProposedFeatures.all, options);
if (stdio) {
  // The library moves console output off stdout only when it reads stdin itself: do the same, so
  // a stray console.log cannot corrupt the protocol.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}
// A failure in one request must not take the editor's linting down: report it and go on.
process.on('uncaughtException', (err) => connection.console.error(`safeguarding-lint: ${err instanceof Error ? err.message : String(err)}`));
startServer(connection, { config: engineConfigResolver });
