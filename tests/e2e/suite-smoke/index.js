// extensionTestsPath for the harness proof: VS Code require()s this file in the extension host
// and awaits run().
'use strict';
const { createRun } = require('../lib/run-mocha');

exports.run = createRun(__dirname, { timeout: 60_000 });
