/** What every formatter receives: the linted files (skipped ones are not included) and the run's context. */
import type { Checklist } from '../../engine/coverage.js';
import type { TypeSource } from '../../engine/doc-type/decide.js';
import type { DocType, Finding, RuleMeta } from '../../engine/types.js';
import type { WaivedFinding } from '../../engine/waivers.js';
import type { Colors } from '../color.js';

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  /** Path relative to the working directory, with `/` (as annotations and SARIF want it). */
  relativePath: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Findings carrying a text fix `--fix` would apply. */
  fixableCount: number;
  /** Findings a waiver (safeguarding-lint-suppressions.json) covers: not counted, not failing. */
  waived?: WaivedFinding[];
  /** The type, how it was decided and the engine's checklist (json, html and markdown show them). */
  document?: DocumentInfo;
}

/** What the engine said about one document besides its findings. */
export interface DocumentInfo {
  type: DocType | undefined;
  typeSource: TypeSource | undefined;
  /** How the type was decided, in words ("declared in front matter", "inferred from the title …"). */
  typeDecision: string;
  /** The engine's coverage of every requirement of the type (server/src/engine/coverage.ts). */
  checklist: Checklist;
  /** Requirements of the type the engine found not to apply to this document (left out of the checklist), with its reason. */
  notApplicable: ReadonlyArray<{ ruleId: string; title: string; citation: string; detail: string | undefined }>;
  /** Every heading, in order, so a finding can be placed in its section without the model. */
  outline: ReadonlyArray<{ heading: string; level: number; line: number }>;
  /** The document title (its top heading), when it has one. */
  title: string | undefined;
  /** The source text, for quoting the line a piece of evidence is on. */
  text: string;
}

/** A file that was read but not linted, and why (not a partnership document, not text…). */
export interface SkippedFile {
  relativePath: string;
  reason: string;
}

export interface FormatContext {
  cwd: string;
  colors: Colors;
  version: string;
  /** Every rule's metadata (SARIF lists them all). */
  rules: readonly RuleMeta[];
  /** Files read but not linted (the html and markdown reports list them). */
  skipped?: readonly SkippedFile[];
  /** The folder the report is written to (`--output`'s folder, else cwd): links to files are relative to it. */
  outputDir?: string;
  /** When the run happened (the reports print the date). */
  generatedAt?: Date;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;
