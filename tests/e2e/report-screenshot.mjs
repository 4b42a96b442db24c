#!/usr/bin/env node
// The HTML sign-off report in a real browser: renders `safeguarding-lint samples --format html` in
// Debian's Chromium (driven by this folder's playwright-core) and checks what a reader would see:
// the page title, the summary table with a row per sample and its counts, a checklist per document,
// no request leaving the page's own file, and that printing on A4 starts each document on a new page.
//
//   node tests/e2e/report-screenshot.mjs            # check; screenshot to tests/e2e/artifacts/
//   node tests/e2e/report-screenshot.mjs --update   # check, and refresh docs/images/coverage-report.png
//
// Needs `npm run build` (dist/cli.js) and `bash tests/e2e/setup.sh` (chromium, playwright-core).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(E2E_DIR, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const update = process.argv.includes('--update');

function fail(message) {
  console.error(`report-screenshot: FAIL: ${message}`);
  process.exit(1);
}

function check(ok, message) {
  if (!ok) fail(message);
  console.log(`  ok  ${message}`);
}

if (!fs.existsSync(CLI)) fail(`${CLI} is missing: run npm run build`);
if (!fs.existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: run bash tests/e2e/setup.sh`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sgl-report-'));
const reportFile = path.join(work, 'report.html');
const samples = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.md'));
try {
  // Exit code 1 means the samples have findings (the gaps samples do): expected.
  execFileSync(process.execPath, [CLI, 'samples', '--format', 'html', '-o', reportFile], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
} catch (err) {
  if (err.status !== 1) fail(`the CLI exited with ${err.status}: ${err.stderr}`);
}
const json = JSON.parse(
  (() => {
    try {
      return execFileSync(process.execPath, [CLI, 'samples', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (err) {
      return err.stdout;
    }
  })(),
);

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1700 }, deviceScaleFactor: 1 });
  const pageUrl = `file://${reportFile}`;
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pageUrl, { waitUntil: 'load' });

  console.log('report-screenshot: the samples report in Chromium');
  check((await page.title()).startsWith('Safeguarding documents checked against Working Together 2023'), `page title: "${await page.title()}"`);
  const summary = page.locator('table#summary');
  check(await summary.isVisible(), 'the summary table is visible');
  const box = await summary.boundingBox();
  check(box !== null && box.y < 1700, 'the summary table is on the first screen');
  const rows = summary.locator('tbody tr');
  check((await rows.count()) === samples.length, `the summary has a row per sample (${samples.length})`);
  for (const file of json) {
    const rel = path.relative(ROOT, file.filePath).split(path.sep).join('/');
    const row = summary.locator(`tbody tr[data-document="${rel}"]`);
    const met = (await row.locator('[data-count="met"]').innerText()).trim();
    const expected = `${file.coverage.met} of ${file.coverage.items.length}`;
    if (met !== expected) fail(`${rel}: summary says ${met} met, JSON says ${expected}`);
  }
  check(true, 'every summary row shows the JSON output’s met count');
  const checklists = page.locator('section.document table.checklist');
  check((await checklists.count()) === samples.length, 'a checklist table per document');
  const missingBadge = page.locator('tr.status-missing .badge').first();
  check(await missingBadge.isVisible(), 'a "Missing" badge is rendered');
  const colour = await missingBadge.evaluate((el) => getComputedStyle(el).color);
  check(colour !== 'rgb(0, 0, 0)', `badges are styled by the inline stylesheet (missing: ${colour})`);
  check(
    requests.every((u) => u === pageUrl),
    `the page requested nothing but itself (${requests.length} request${requests.length === 1 ? '' : 's'})`,
  );

  // Printing: A4, each document on a new page.
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  check(pages > samples.length, `prints on A4 as ${pages} pages (more than one per document)`);
  await page.emulateMedia({ media: 'print' });
  const breakBefore = await page.locator('section.document').nth(1).evaluate((el) => getComputedStyle(el).breakBefore);
  check(breakBefore === 'page', 'in print each document starts a new page');
  await page.emulateMedia({ media: 'screen' });

  const out = update ? path.join(ROOT, 'docs', 'images', 'coverage-report.png') : path.join(E2E_DIR, 'artifacts', 'coverage-report.png');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1280, height: 1700 } });
  console.log(`report-screenshot: wrote ${path.relative(ROOT, out)}`);
} finally {
  await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}
