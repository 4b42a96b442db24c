/**
 * `--format eslint-json`: ESLint's own JSON result shape (what `eslint --format json` writes), so
 * tools and formatters written for ESLint read it unchanged: numeric `severity` (2 error,
 * 1 warning), `suppressedMessages`, and ESLint's counts. ESLint has no information level (0
 * means "off" and never appears in a report), so info findings are written as 1, counted in
 * `warningCount`, and keep `level: "info"`; our own fields (`level`, `citation`, `url`,
 * `infoCount`) ride alongside, where ESLint formatters ignore them.
 */
import type { Finding } from '../../engine/types.js';
import type { Formatter } from './types.js';

export interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Our severity, including `info`. */
  level: Finding['severity'];
  citation: string;
  url: string;
  suppressions?: Array<{ kind: 'file'; justification: string }>;
}

export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: EslintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
  infoCount: number;
}

function message(f: Finding): EslintMessage {
  return {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    level: f.severity,
    citation: f.citation,
    url: f.url,
  };
}

const fixable = (f: Finding) => f.fix?.kind === 'text';

export const eslintJson: Formatter = (results) => {
  const out: EslintResult[] = results.map((r) => ({
    filePath: r.filePath,
    messages: r.findings.map(message),
    // ESLint marks bulk-suppressed messages `kind: "file"`; the justification is the waiver's reason.
    suppressedMessages: (r.waived ?? []).map((f) => ({ ...message(f), suppressions: [{ kind: 'file' as const, justification: f.waiver.reason }] })),
    errorCount: r.errorCount,
    fatalErrorCount: 0,
    warningCount: r.warningCount + r.infoCount,
    fixableErrorCount: r.findings.filter((f) => f.severity === 'error' && fixable(f)).length,
    fixableWarningCount: r.findings.filter((f) => f.severity !== 'error' && fixable(f)).length,
    usedDeprecatedRules: [],
    infoCount: r.infoCount,
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
};
