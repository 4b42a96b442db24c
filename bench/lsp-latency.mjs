// Editor latency of the language server, measured as an editor sees it: the bundled server
// (dist/server.js) is started over stdio; each edit is a didChange, and the time is taken from
// sending it to receiving the publishDiagnostics for that version (push mode), and the time a
// pull (textDocument/diagnostic) takes. Also: the server's resident memory with 50 documents open and
// after 200 edits across them.
//
//   npm run build && node bench/lsp-latency.mjs [--edits 200] [--only latency|memory]
//
// Documents: the full text of Working Together 2023 (~3,500 lines, from ../shared/reference,
// given front matter `type: arrangements` so it is linted) and a typical ~300-line document
// (samples/arrangements-complete.md). No debounce or throttling is involved: every edit is linted.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, 'dist', 'server.js');
if (!existsSync(server)) {
  console.error('dist/server.js is missing: run `npm run build` first');
  process.exit(2);
}
const editsArg = process.argv.indexOf('--edits');
const EDITS = editsArg > 0 ? Number(process.argv[editsArg + 1]) : 200;
/** `--only latency` or `--only memory` runs one half. */
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;

const wtPath = path.resolve(root, '..', 'shared', 'reference', 'working-together-2023.md');
const docs = {
  'WT2023 full text': `---\ntype: arrangements\n---\n\n${readFileSync(wtPath, 'utf8')}`,
  'typical document': readFileSync(path.join(root, 'samples', 'arrangements-complete.md'), 'utf8'),
};

function startServer(capabilities) {
  const child = spawn(process.execPath, [...(process.env.SGL_SERVER_FLAGS ?? '').split(' ').filter(Boolean), server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}@${p.version}`;
    const w = waiters.get(key);
    if (w) {
      waiters.delete(key);
      w(p);
    }
  });
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  const waitFor = (uri, version) => new Promise((resolve) => waiters.set(`${uri}@${version}`, resolve));
  return { child, conn, waitFor, init: () => conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null }).then(() => conn.sendNotification('initialized', {})) };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] };
}

/** An edit a person would make: type a word at the end of a line somewhere in the document. */
function editAt(text, i) {
  const lines = text.split('\n');
  const line = 10 + ((i * 7919) % Math.max(1, lines.length - 20));
  const character = lines[line].length;
  return { line, character, insert: i % 2 ? ' safeguarding' : ' x' };
}

async function pushLatency(name, text) {
  const s = startServer({});
  await s.init();
  const uri = pathToFileURL(path.join(root, `bench-${name.replace(/\W+/g, '-')}.md`)).toString();
  const opened = s.waitFor(uri, 1);
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  const times = [];
  let current = text;
  for (let i = 0; i < EDITS; i++) {
    const e = editAt(current, i);
    const version = i + 2;
    const lines = current.split('\n');
    lines[e.line] += e.insert;
    current = lines.join('\n');
    const got = s.waitFor(uri, version);
    const t0 = performance.now();
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: e.line, character: e.character }, end: { line: e.line, character: e.character } }, text: e.insert }],
    });
    await got;
    times.push(performance.now() - t0);
  }
  s.child.kill();
  return stats(times);
}

async function pullLatency(name, text) {
  const s = startServer({ textDocument: { diagnostic: {} }, workspace: { configuration: true } });
  await s.init();
  const uri = pathToFileURL(path.join(root, `bench-pull-${name.replace(/\W+/g, '-')}.md`)).toString();
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const times = [];
  for (let i = 0; i < EDITS; i++) {
    const e = editAt(text, i);
    const t0 = performance.now();
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: { line: e.line, character: e.character }, end: { line: e.line, character: e.character } }, text: e.insert }],
    });
    await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    times.push(performance.now() - t0);
  }
  s.child.kill();
  return stats(times);
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) / 1024 : NaN;
}

/**
 * Resident memory: idle, then with 50 different documents open (the WT2023 text, the samples and
 * the corpus, tuned and held out) after 200 edits spread over them, each awaited as an editor would.
 */
async function memoryWith50Documents() {
  const s = startServer({});
  await s.init();
  const idle = rssMb(s.child.pid);
  const files = ['samples', 'tests/corpus', 'tests/corpus/holdout'].flatMap((d) =>
    require('node:fs')
      .readdirSync(path.join(root, d))
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(root, d, f)),
  );
  const texts = [docs['WT2023 full text'], ...files.map((f) => readFileSync(f, 'utf8'))].slice(0, 50);
  const open = [];
  for (let n = 0; n < texts.length; n++) {
    const uri = pathToFileURL(path.join(root, `bench-mem-${n}.md`)).toString();
    const got = s.waitFor(uri, 1);
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: texts[n] } });
    await got;
    open.push({ uri, text: texts[n], version: 1 });
  }
  const opened = rssMb(s.child.pid);
  for (let i = 0; i < 200; i++) {
    const d = open[(i * 7) % open.length];
    const e = editAt(d.text, i);
    const lines = d.text.split('\n');
    lines[e.line] += e.insert;
    d.text = lines.join('\n');
    d.version++;
    const got = s.waitFor(d.uri, d.version);
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: d.uri, version: d.version },
      contentChanges: [{ range: { start: { line: e.line, character: e.character }, end: { line: e.line, character: e.character } }, text: e.insert }],
    });
    await got;
  }
  const edited = rssMb(s.child.pid);
  s.child.kill();
  return { idle, opened, edited, count: texts.length };
}

console.log(`Node ${process.version}; ${EDITS} edits per document; no throttling or debounce`);
for (const [name, text] of ONLY === 'memory' ? [] : Object.entries(docs)) {
  const lines = text.split('\n').length;
  const push = await pushLatency(name, text);
  const pull = await pullLatency(name, text);
  console.log(
    `${name.padEnd(18)} ${String(lines).padStart(5)} lines  edit→published diagnostics p50 ${push.p50.toFixed(1)} ms, p95 ${push.p95.toFixed(1)} ms, max ${push.max.toFixed(1)} ms | edit→pull p50 ${pull.p50.toFixed(1)} ms, p95 ${pull.p95.toFixed(1)} ms`,
  );
}
const mem = ONLY === 'latency' ? undefined : await memoryWith50Documents();
if (mem) console.log(
  `server RSS: ${mem.idle.toFixed(0)} MB idle, ${mem.opened.toFixed(0)} MB with ${mem.count} documents open (the WT2023 text, the samples and corpus documents), ${mem.edited.toFixed(0)} MB after 200 edits across them (goal: 150 MB)`,
);
