/**
 * `--format json`: one entry per linted file, 1-based lines and columns (end exclusive), the
 * document type and the engine's checklist (`coverage`). `type`, `typeSource`, `coverage` and
 * `waived` were added after the first release; every earlier field keeps its name and meaning.
 */
import type { TypeSource } from '../../engine/doc-type/decide.js';
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

export interface JsonCoverageItem {
  ruleId: string;
  status: 'met' | 'partial' | 'missing';
  /** The evidence (met, partial) or where the requirement belongs (missing), when the engine gives one. */
  line?: number;
  column?: number;
  /** What was found or what is missing, in a few words. */
  detail?: string;
}

export interface JsonCoverage {
  met: number;
  partial: number;
  missing: number;
  /** Every requirement of the document's type that applies, in catalogue order. */
  items: JsonCoverageItem[];
  /** Requirements of the type the engine found not to apply to this document. */
  notApplicable: Array<{ ruleId: string; detail?: string }>;
}

export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The document type (null when a declared type is unknown). */
  type?: string | null;
  /** Where the type came from: option (--type), front-matter, config or inferred. */
  typeSource?: TypeSource | null;
  coverage?: JsonCoverage;
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
    const entry: JsonFileResult = { filePath: r.filePath, messages: r.findings.map(message), errorCount: r.errorCount, warningCount: r.warningCount, infoCount: r.infoCount };
    if (r.waived?.length) entry.waived = r.waived.map((f) => ({ ...message(f), waiver: { ...f.waiver } }));
    const d = r.document;
    if (d) {
      entry.type = d.type ?? null;
      entry.typeSource = d.typeSource ?? null;
      entry.coverage = {
        met: d.checklist.met,
        partial: d.checklist.partial,
        missing: d.checklist.missing,
        items: d.checklist.items.map((i) => {
          const item: JsonCoverageItem = { ruleId: i.ruleId, status: i.status };
          if (i.range) {
            item.line = i.range.start.line;
            item.column = i.range.start.column;
          }
          if (i.detail !== undefined) item.detail = i.detail;
          return item;
        }),
        notApplicable: d.notApplicable.map((n) => (n.detail === undefined ? { ruleId: n.ruleId } : { ruleId: n.ruleId, detail: n.detail })),
      };
    }
    return entry;
  });
  return `${JSON.stringify(out, null, 2)}\n`;
};
