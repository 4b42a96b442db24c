// extensionTestsPath for the real suite: VS Code require()s this file in the extension host.
'use strict';
const { createRun } = require('../lib/run-mocha');

exports.run = createRun(__dirname, { timeout: 120_000 });
