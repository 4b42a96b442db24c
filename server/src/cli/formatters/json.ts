/** `--format json`: one entry per linted file, 1-based lines and columns (end exclusive). */
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
}

export const json: Formatter = (results) => {
  const out: JsonFileResult[] = results.map((r) => ({
    filePath: r.filePath,
    messages: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line,
      column: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: f.range.end.column,
      citation: f.citation,
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
};
