/** `--format json`: one entry per linted file, 1-based lines and columns (end exclusive). */
import type { Finding } from '../../engine/types.js';
import type { Formatter } from './types.js';

export interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  citation: string;
}

export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Findings a waiver covers (not counted above), with the waiver; only when there are some. */
  waived?: Array<JsonMessage & { waiver: { reason: string; expires?: string } }>;
}

function message(f: Finding): JsonMessage {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    citation: f.citation,
  };
}

export const json: Formatter = (results) => {
  const out: JsonFileResult[] = results.map((r) => {
    const file: JsonFileResult = { filePath: r.filePath, messages: r.findings.map(message), errorCount: r.errorCount, warningCount: r.warningCount, infoCount: r.infoCount };
    if (r.waived?.length) file.waived = r.waived.map((f) => ({ ...message(f), waiver: { ...f.waiver } }));
    return file;
  });
  return `${JSON.stringify(out, null, 2)}\n`;
};
