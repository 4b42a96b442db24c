/**
 * The fix-safety properties, for one document: what every safe text fix (`--fix`, each editor
 * quick fix, `source.fixAll`) must do, however the document is written.
 *
 * - each edit replaces only text its finding names, inside the finding's range, on one line;
 * - the editor's quick fix and fix-all change exactly what the engine's edits say (the LSP
 *   positions, in UTF-16 lines and characters, land on the same offsets, with CRLF, a BOM or
 *   astral characters before them);
 * - text outside the edits is identical; line endings and the BOM are kept;
 * - fixes never overlap; after `--fix` no fixable finding remains (a skipped overlapping fix is
 *   picked up by the next run, so runs converge), and fixing again changes nothing;
 * - a snippet fix (the editor's "fill in the ICB's name") lies inside the text and covers its finding.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type LintResult } from '../../server/src/engine/lint.js';
import { applyTextEdits, planTextFixes } from '../../server/src/engine/fixes/text-fixes.js';
import { applyTextFixes } from '../../server/src/cli/fix.js';
import { codeActions, FIX_ALL_KIND } from '../../server/src/lsp/code-actions.js';
import { toDiagnostic } from '../../server/src/lsp/convert.js';
import type { DocumentLint } from '../../server/src/lsp/linter.js';
import type { Finding, TextEdit } from '../../server/src/engine/types.js';

const URI = 'file:///fuzz/docs/arrangements.md';
const FILE = '/fuzz/docs/arrangements.md';
/** Runs of `--fix` it may take for skipped (overlapping) fixes to be picked up. */
const MAX_RUNS = 5;

type TextFix = Extract<NonNullable<Finding['fix']>, { kind: 'text' }>;

/** The first property that fails for `text`, described; undefined when every one holds. */
export function checkFixes(text: string): string | undefined {
  const result = lint(text, { filePath: FILE });
  if (result.skipped) return undefined;
  const textFixes = result.findings.filter((f): f is Finding & { fix: TextFix } => f.fix?.kind === 'text');
  for (const f of textFixes) {
    const bad = checkEdits(text, f) ?? checkQuickFix(text, result, f);
    if (bad) return `${f.ruleId} at ${f.range.start.line}:${f.range.start.column}: ${bad}`;
  }
  for (const f of result.findings) {
    if (f.fix?.kind !== 'snippet') continue;
    const r = f.fix.range;
    if (!(r.start.offset >= 0 && r.end.offset <= text.length && r.start.offset <= f.range.start.offset && r.end.offset >= f.range.end.offset)) {
      return `${f.ruleId}: its snippet replaces ${r.start.offset}-${r.end.offset}, not a span around the finding ${f.range.start.offset}-${f.range.end.offset}`;
    }
  }
  return checkFixAll(text, result);
}

function checkEdits(text: string, f: Finding & { fix: TextFix }): string | undefined {
  for (const e of f.fix.edits) {
    const [s, end] = [e.range.start.offset, e.range.end.offset];
    if (!(s >= f.range.start.offset && end <= f.range.end.offset)) return `edit ${s}-${end} outside the finding's range ${f.range.start.offset}-${f.range.end.offset}`;
    const replaced = text.slice(s, end);
    if (/[\r\n\u2028\u2029]/.test(e.text) || /[\r\n\u2028\u2029]/.test(replaced)) return `edit changes the lines: ${JSON.stringify(replaced)} -> ${JSON.stringify(e.text)}`;
    if (!replaced || !f.message.includes(replaced)) return `edit replaces ${JSON.stringify(replaced)}, which the message does not name: ${f.message}`;
  }
  return undefined;
}

function documentLint(text: string, result: LintResult): { doc: TextDocument; entry: DocumentLint } {
  const doc = TextDocument.create(URI, 'markdown', 1, text);
  return { doc, entry: { uri: URI, version: 1, result, silent: false, configErrors: [] } };
}

/** The editor's quick fix for one finding changes what the engine's edits change, and nothing else. */
function checkQuickFix(text: string, result: LintResult, f: Finding & { fix: TextFix }): string | undefined {
  const { doc, entry } = documentLint(text, result);
  const diagnostic = toDiagnostic(f);
  const actions = codeActions(doc, entry, { textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, { snippetCommand: false });
  const quick = actions.find((a) => a.title === f.fix.title);
  const changes = quick?.edit?.changes?.[URI];
  if (!changes) return `no quick fix "${f.fix.title}" in the editor`;
  const edits = [...f.fix.edits].sort((a, b) => a.range.start.offset - b.range.start.offset);
  const expected = applyTextEdits(text, edits);
  if (TextDocument.applyEdits(doc, changes) !== expected) return 'the quick fix in the editor changes other text than the engine edit names';
  return outsideUnchanged(text, expected, edits);
}

/** `--fix` and the editor's fix-all agree; outside their edits nothing changes; runs converge and then change nothing. */
function checkFixAll(text: string, result: LintResult): string | undefined {
  const plan = planTextFixes(result.findings, text.length);
  for (let i = 1; i < plan.edits.length; i++) {
    if (plan.edits[i]!.range.start.offset < plan.edits[i - 1]!.range.end.offset) return 'two overlapping edits both applied';
  }
  const fixed = applyTextFixes(text, result.findings);
  const outside = outsideUnchanged(text, fixed.text, plan.edits);
  if (outside) return `--fix: ${outside}`;
  if (plan.edits.length) {
    const { doc, entry } = documentLint(text, result);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [fixAll] = codeActions(doc, entry, { textDocument: { uri: URI }, range, context: { diagnostics: [], only: [FIX_ALL_KIND] } }, { snippetCommand: false });
    const changes = fixAll?.edit?.changes?.[URI];
    if (!changes || TextDocument.applyEdits(doc, changes) !== fixed.text) return 'source.fixAll in the editor and --fix give different text';
  }
  const ends = lineEndings(text);
  if (lineEndings(fixed.text) !== ends) return `--fix changed the line endings (${ends} -> ${lineEndings(fixed.text)})`;
  if (text.startsWith('\uFEFF') !== fixed.text.startsWith('\uFEFF')) return '--fix added or removed the BOM';

  let current = fixed.text;
  for (let run = 2; run <= MAX_RUNS + 1; run++) {
    const again = lint(current, { filePath: FILE });
    const left = again.findings.filter((f) => f.fix?.kind === 'text');
    if (!left.length) return undefined;
    if (run === 2 && !fixed.skipped) return `after --fix, fixable findings remain: ${left.map((f) => `${f.ruleId} "${current.slice(f.range.start.offset, f.range.end.offset)}"`).join(', ')}`;
    if (run > MAX_RUNS) return `--fix does not converge: after ${MAX_RUNS} runs ${left.length} fixable findings remain`;
    current = applyTextFixes(current, again.findings).text;
  }
  return undefined;
}

/** Text between and around the edits is the original text, character for character. */
function outsideUnchanged(before: string, after: string, edits: readonly TextEdit[]): string | undefined {
  let b = 0;
  let a = 0;
  for (const e of edits) {
    const kept = before.slice(b, e.range.start.offset);
    if (after.slice(a, a + kept.length) !== kept) return `text before offset ${e.range.start.offset} changed`;
    a += kept.length;
    if (after.slice(a, a + e.text.length) !== e.text) return `edit at ${e.range.start.offset} not applied as written`;
    a += e.text.length;
    b = e.range.end.offset;
  }
  return after.slice(a) === before.slice(b) ? undefined : `text after offset ${b} changed`;
}

/** The document's line endings, counted by kind: "LF n, CRLF n, CR n". */
function lineEndings(text: string): string {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  return `LF ${lf}, CRLF ${crlf}, CR ${cr}`;
}
