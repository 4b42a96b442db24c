/**
 * What must hold for every document, however broken: the engine does not throw, finishes within
 * its time budget, every range (finding, fix edit, coverage) lies inside the text with line and
 * column agreeing with the offset, and the JSON and SARIF reports parse and stay well formed.
 */
import { lint, type LintResult } from '../../server/src/engine/lint.js';
import { ALL_META } from '../../server/src/engine/rules/registry.js';
import { documentInfo } from '../../server/src/cli/document-info.js';
import { FORMATTERS, type FileResult } from '../../server/src/cli/formatters/index.js';
import { plain } from '../../server/src/cli/color.js';
import type { Range } from '../../server/src/engine/types.js';

/** Milliseconds of CPU time a document may take: 5 s, and 10 ms more per 1,000 characters (5 MB: about a minute). */
export function budgetMs(text: string): number {
  return 5000 + text.length / 100;
}

export interface Violation {
  kind: 'crash' | 'hang' | 'range' | 'output';
  message: string;
}

/** Checks one document; undefined when every invariant holds. */
export function checkDocument(text: string, filePath = '/fuzz/docs/arrangements.md'): Violation | undefined {
  // CPU time, not wall time: on a shared machine a starved process is not a hang.
  const started = process.cpuUsage();
  let result: LintResult;
  try {
    result = lint(text, { filePath });
  } catch (err) {
    return { kind: 'crash', message: err instanceof Error ? `${err.name}: ${err.message}\n${err.stack?.split('\n').slice(1, 6).join('\n')}` : String(err) };
  }
  const cpu = process.cpuUsage(started);
  const took = (cpu.user + cpu.system) / 1000;
  if (took > budgetMs(text)) return { kind: 'hang', message: `took ${Math.round(took)} ms, budget ${Math.round(budgetMs(text))} ms for ${text.length} characters` };
  const lines = lineStarts(text);
  for (const f of result.findings) {
    const bad = badRange(f.range, text, lines) ?? (f.fix?.kind === 'text' ? f.fix.edits.map((e) => badRange(e.range, text, lines)).find(Boolean) : f.fix?.kind === 'template' ? badRange(f.fix.at, text, lines) : undefined);
    if (bad) return { kind: 'range', message: `${f.ruleId}: ${bad}` };
  }
  for (const c of result.coverage) {
    const bad = c.range && badRange(c.range, text, lines);
    if (bad) return { kind: 'range', message: `coverage ${c.ruleId}: ${bad}` };
  }
  if (result.skipped) return undefined;
  return checkReports(result, filePath);
}

function checkReports(result: LintResult, filePath: string): Violation | undefined {
  const file: FileResult = {
    filePath,
    relativePath: 'docs/arrangements.md',
    findings: result.findings,
    errorCount: result.findings.filter((f) => f.severity === 'error').length,
    warningCount: result.findings.filter((f) => f.severity === 'warning').length,
    infoCount: result.findings.filter((f) => f.severity === 'info').length,
    fixableCount: result.findings.filter((f) => f.fix?.kind === 'text').length,
    document: documentInfo(result),
  };
  const ctx = { cwd: '/fuzz', colors: plain, version: '0.0.0-fuzz', rules: ALL_META, generatedAt: new Date(0) };
  try {
    const json = JSON.parse(FORMATTERS.json([file], ctx)) as Array<{ messages: Array<{ line: number; column: number; endLine: number; endColumn: number }> }>;
    if (json.length !== 1 || json[0]!.messages.length !== result.findings.length) return { kind: 'output', message: 'json: not one entry per file and one message per finding' };
    for (const m of json[0]!.messages) {
      if (!(m.line >= 1 && m.column >= 1 && (m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column)))) return { kind: 'output', message: `json: bad position ${JSON.stringify(m)}` };
    }
    const sarif = JSON.parse(FORMATTERS.sarif([file], ctx)) as { version: string; runs: Array<{ results: Array<{ ruleId: string; message: { text: string }; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }> }> }> };
    if (sarif.version !== '2.1.0' || sarif.runs.length !== 1) return { kind: 'output', message: 'sarif: not version 2.1.0 with one run' };
    if (sarif.runs[0]!.results.length !== result.findings.length) return { kind: 'output', message: 'sarif: not one result per finding' };
    for (const r of sarif.runs[0]!.results) {
      const reg = r.locations[0]?.physicalLocation.region;
      if (typeof r.ruleId !== 'string' || typeof r.message?.text !== 'string' || !reg || !(reg.startLine >= 1 && reg.startColumn >= 1 && reg.endLine >= reg.startLine)) {
        return { kind: 'output', message: `sarif: bad result ${JSON.stringify(r).slice(0, 300)}` };
      }
    }
  } catch (err) {
    return { kind: 'output', message: `report: ${err instanceof Error ? err.message : String(err)}` };
  }
  return undefined;
}

/** Line starts as the engine counts lines: after LF, CRLF or a lone CR. */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) out.push(i + 1);
  }
  return out;
}

function badRange(range: Range, text: string, lines: number[]): string | undefined {
  const { start, end } = range;
  if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) return `range ${start.offset}-${end.offset} outside the text (${text.length})`;
  for (const p of [start, end]) {
    const lineStart = lines[p.line - 1];
    if (lineStart === undefined || p.column !== p.offset - lineStart + 1) return `line ${p.line} column ${p.column} does not match offset ${p.offset}`;
  }
  return undefined;
}
