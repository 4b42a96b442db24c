// Preloaded (`node --expose-gc --require heap-probe.cjs dist/server.js`) by the protocol tests'
// client to measure the server's heap: on 'heapUsed' over the IPC channel it collects garbage
// and answers process.memoryUsage().heapUsed. Nothing of it is in the shipped server.
'use strict';
process.on('message', async (message) => {
  if (message !== 'heapUsed') return;
  // Several passes, with turns of the event loop between, so finalisers and weak maps settle.
  for (let i = 0; i < 4; i++) {
    global.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  process.send({ heapUsed: process.memoryUsage().heapUsed });
});
// The IPC channel must not keep the server alive on its own (exit codes are tested).
process.channel?.unref();
