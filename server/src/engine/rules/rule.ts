/**
 * What a rule is, and the context it runs in. A rule module exports one `Rule` made with
 * `defineRule`; the engine stamps id, severity, citation and docs URL on every finding so
 * no rule can forget them.
 */
import type { DocumentModel, Section } from '../parse/model.js';
import type { Coverage, CoverageStatus, DocType, Fix, Range, RuleMeta } from '../types.js';

/** What a rule reports; the engine adds the rest. */
export interface Report {
  /** The message, naming the concrete gap. The citation is appended unless the message cites a ¶ itself. */
  message: string;
  range: Range;
  fix?: Fix;
}

export interface RuleContext {
  readonly doc: DocumentModel;
  /** The document's type (declared, configured or inferred). */
  readonly type: DocType;
  readonly meta: RuleMeta;
  report(report: Report): void;
  /** Records how well the requirement is met, for the checklist and the coverage lens. */
  cover(status: CoverageStatus, range?: Range, detail?: string): void;
  /** Where something missing belongs by default: the document title (or line 1). */
  defaultAnchor(): Section;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(meta: RuleMeta, check: (ctx: RuleContext) => void): Rule {
  return { meta, check };
}

export type { Coverage };
