/** What every formatter receives: the linted files (skipped ones are not included) and the run's context. */
import type { Finding, RuleMeta } from '../../engine/types.js';
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
}

export interface FormatContext {
  cwd: string;
  colors: Colors;
  version: string;
  /** Every rule's metadata (SARIF lists them all). */
  rules: readonly RuleMeta[];
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;
