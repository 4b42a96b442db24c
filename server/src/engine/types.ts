/**
 * Types shared by the whole engine: positions, findings, rule metadata.
 * Nothing here knows about the CLI or the language server.
 */

/** The four document types of Working Together 2023 that the linter understands. */
export const DOC_TYPES = ['arrangements', 'yearly-report', 'threshold', 'local-protocol'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export function isDocType(value: unknown): value is DocType {
  return typeof value === 'string' && (DOC_TYPES as readonly string[]).includes(value);
}

/** A point in the source text. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A span of the source text, end exclusive. */
export interface Range {
  start: Point;
  end: Point;
}

/** Guidance level from the catalogue; `error`/`warning` are for the non-guidance rules. */
export type Level = 'must' | 'should' | 'consider' | 'error' | 'warning' | 'info';

/** Severity as users see it (and as the JSON output spells it). */
export type Severity = 'error' | 'warning' | 'info';

/** Severity a user can configure, `off` disabling the rule. */
export type ConfiguredSeverity = Severity | 'off';

export function levelToSeverity(level: Level): Severity {
  switch (level) {
    case 'must':
    case 'error':
      return 'error';
    case 'should':
    case 'warning':
      return 'warning';
    case 'consider':
    case 'info':
      return 'info';
  }
}

/**
 * The severity a rule has when no configuration names it: its level's, except opt-in rules
 * (`optIn`), which are off unless their preset or a `rules` entry turns them on.
 */
export function defaultSeverity(meta: Pick<RuleMeta, 'level' | 'optIn'>): ConfiguredSeverity {
  return meta.optIn ? 'off' : levelToSeverity(meta.level);
}

/** A text edit that replaces exactly `range` with `text` (an insertion when the range is empty). */
export interface TextEdit {
  range: Range;
  text: string;
}

/**
 * A fix a finding carries. `text` fixes are safe to apply unasked (`--fix`, fix-all);
 * `template` fixes insert a section template (a snippet with tab stops) and are only offered;
 * `snippet` fixes replace `range` with a snippet whose tab stop the author must fill in (the real
 * name of an organisation), so they too are only offered, as an editor quick fix, never applied
 * by `--fix` or `source.fixAll`.
 */
export type Fix =
  | { kind: 'text'; title: string; edits: TextEdit[] }
  | {
      kind: 'snippet';
      title: string;
      range: Range;
      /** LSP snippet syntax (`${1:[insert the integrated care board's name]}`). */
      snippet: string;
    }
  | {
      kind: 'template';
      title: string;
      /** Where the template goes: an empty range at the start of a line. */
      at: Range;
      /** The snippet, in LSP snippet syntax (`${1:name}`), ending with a newline. */
      snippet: string;
      /** The section's heading and body (snippet syntax), so the engine can place and prefill it. */
      heading: string;
      body: string;
      /** True when the place is exact (a row appended to a table): it is prefilled but not moved. */
      fixed?: boolean;
    };

/** How well the document meets one requirement: drives the checklist and the coverage lens. */
export type CoverageStatus = 'met' | 'partial' | 'missing' | 'not-applicable';

export interface Coverage {
  ruleId: string;
  status: CoverageStatus;
  /** Where the evidence is (met/partial), or where the requirement should go (missing). */
  range?: Range;
  /** A short human summary: what was found or what is missing. */
  detail?: string;
}

/** One problem found in a document. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** "WT2023 ¶103" style citation of the guidance the rule comes from. */
  citation: string;
  /** Documentation URL of the rule. */
  url: string;
  fix?: Fix;
}

/** Metadata every rule exports; validated when the registry loads. */
export interface RuleMeta {
  /** Stable public id from the requirement catalogue, e.g. `arrangements/funding`. */
  id: string;
  level: Level;
  /** Which document types the rule applies to; `any` for terminology, content and front matter. */
  appliesTo: readonly DocType[] | 'any';
  /** Paragraph numbers of WT2023 the rule is built on (e.g. ['103', '104']); empty for house rules. */
  paragraphs: readonly string[];
  /** Citation shown in messages and reports, e.g. "WT2023 ¶103–104". */
  citation: string;
  /** One line: what the document must / should say. */
  title: string;
  /** A paragraph for the docs: what the check recognises and how. */
  description: string;
  /** A short Markdown example that passes. */
  example: string;
  /**
   * `text` if findings carry safe text fixes, `template` if they carry section templates,
   * `suggestion` if they carry a replacement the author completes in the editor (a snippet fix).
   */
  fixable?: 'text' | 'template' | 'suggestion';
  /**
   * True for rules whose first version here is deepened by the "Deep checks" work
   * (named people, scrutiny details, education settings, funding tables, periods, cross-document).
   */
  deep?: boolean;
  /**
   * Set for checks that are not built on WT2023 (proposed reforms): the preset that turns them on.
   * They are off by default, their id starts with `<optIn>/`, and the WT2023 checklist leaves them out.
   */
  optIn?: 'reforms-2025';
}
