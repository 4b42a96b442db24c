/**
 * Engine findings -> LSP diagnostics. The engine's positions are 1-based; LSP's are 0-based,
 * with UTF-16 characters (the same unit JavaScript strings use, so columns carry over).
 */
import { DiagnosticSeverity, type Diagnostic, type Range as LspRange } from 'vscode-languageserver';
import type { Finding, Fix, Range, Severity } from '../engine/index.js';
import type { WaivedFinding } from '../engine/waivers.js';

export const SOURCE = 'safeguarding-lint';

/** What every diagnostic carries so code actions need no server-side state. */
export interface DiagnosticData {
  ruleId: string;
  fix?: Fix;
}

export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId };
  if (finding.fix) data.fix = finding.fix;
  return {
    range: toLspRange(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: SOURCE,
    message: finding.message,
    data,
  };
}

/**
 * A finding a waiver covers: shown as a hint (not a problem), saying it is waived and why, so
 * the author still sees it in the text but it does not count against the document.
 */
export function toWaivedDiagnostic(finding: WaivedFinding): Diagnostic {
  const until = finding.waiver.expires ? `, until ${finding.waiver.expires}` : '';
  return { ...toDiagnostic(finding), severity: DiagnosticSeverity.Hint, message: `Waived (${finding.waiver.reason}${until}): ${finding.message}` };
}

export function isOurs(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  return d.source === SOURCE && !!d.data && typeof (d.data as DiagnosticData).ruleId === 'string';
}
