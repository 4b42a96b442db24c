/**
 * The engine's entry point: text in, findings and coverage out.
 * text -> parse once -> decide the type -> rules -> suppressions -> findings.
 */
import { forgetParsed, parseDocument } from './parse/parse.js';
import { clearSentenceCache } from './text/sentences.js';
import { clearHeadingCache } from './rules/shared/requirement.js';
import type { DocumentModel, Section } from './parse/model.js';
import { decideType, type TypeDecision } from './doc-type/decide.js';
import { RULES, META_BY_ID, docsUrl } from './rules/registry.js';
import type { Rule, RuleContext, Report } from './rules/rule.js';
import { applySuppressions } from './suppressions.js';
import { placeTemplates } from './fixes/place-templates.js';
import { defaultSeverity, type ConfiguredSeverity, type Coverage, type DocType, type Finding, type Fix, type Range, type RuleMeta } from './types.js';

export interface LintOptions {
  filePath?: string;
  /** Forces the type (the CLI's `--type`). */
  type?: DocType;
  /** The type configuration assigns to this file (per-glob overrides). */
  configuredType?: DocType;
  /** Severity per rule id, from configuration; missing ids keep their default. */
  rules?: Readonly<Record<string, ConfiguredSeverity>>;
}

export interface LintResult {
  filePath: string | undefined;
  type: DocType | undefined;
  typeDecision: TypeDecision;
  /** Set when the document was not linted (not a safeguarding document), with the reason. */
  skipped?: string;
  findings: Finding[];
  coverage: Coverage[];
  model: DocumentModel;
}

const KNOWN_IDS = new Set(META_BY_ID.keys());

/**
 * Forgets what linting `text` left in the engine's memo caches, for an editor that closed the
 * document: its parse trees (whose strings are slices of, and so keep alive, the whole text),
 * and the sentence and heading memos, which are keyed by text and cannot tell the closed
 * document's entries from others', so are emptied (open documents' next lint refills them).
 */
export function forgetDocument(text: string): void {
  forgetParsed(text);
  clearSentenceCache();
  clearHeadingCache();
}

/**
 * Lints `text`. Every range in the result (findings, their fixes, coverage) is an offset, line and
 * column of `text` itself, even when it starts with a byte-order mark: the model reads the text
 * without it, and the ranges are moved back over it here, so an editor that keeps the mark in its
 * buffer applies a fix to the right characters.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const result = lintText(text, options);
  return text.charCodeAt(0) === 0xfeff ? overBom(result) : result;
}

/** The result with its ranges counted in the text with its BOM (one more character, on line 1 only). */
function overBom(result: LintResult): LintResult {
  const point = (p: Range['start']) => ({ line: p.line, column: p.line === 1 ? p.column + 1 : p.column, offset: p.offset + 1 });
  const range = (r: Range): Range => ({ start: point(r.start), end: point(r.end) });
  const fix = (f: Fix): Fix =>
    f.kind === 'text' ? { ...f, edits: f.edits.map((e) => ({ ...e, range: range(e.range) })) } : f.kind === 'snippet' ? { ...f, range: range(f.range) } : { ...f, at: range(f.at) };
  return {
    ...result,
    findings: result.findings.map((f) => ({ ...f, range: range(f.range), ...(f.fix ? { fix: fix(f.fix) } : {}) })),
    coverage: result.coverage.map((c) => (c.range ? { ...c, range: range(c.range) } : c)),
  };
}

function lintText(text: string, options: LintOptions): LintResult {
  const model = parseDocument(text, options.filePath);
  const decision = decideType(model, options.type, options.configuredType);
  const findings: Finding[] = [];
  const coverage: Coverage[] = [];
  const severityOf = (meta: RuleMeta): ConfiguredSeverity => options.rules?.[meta.id] ?? defaultSeverity(meta);

  const type = decision.type;
  const declaredSomething = decision.unknownValue !== undefined || mentionsSafeguardingFrontMatter(model);
  if (decision.skipReason || (!type && !declaredSomething)) {
    const skipped = decision.skipReason ?? 'declares no safeguarding document type and none could be inferred';
    return { filePath: options.filePath, type, typeDecision: decision, skipped, findings, coverage, model };
  }

  const applicable = RULES.filter((r) => r.meta.appliesTo === 'any' || (type !== undefined && r.meta.appliesTo.includes(type)));
  for (const rule of applicable) {
    const severity = severityOf(rule.meta);
    // An opt-in check that is off records no coverage either: skip it.
    if (rule.meta.optIn && severity === 'off') continue;
    runRule(rule, model, type, severity, findings, coverage);
  }

  // Templates go where the guidance's order puts them, with the names the document gives.
  if (type) placeTemplates(model, type, RULES, findings, coverage);

  if (decision.source === 'inferred' && type) {
    pushHouse('document/type-inferred', `Type "${type}" was inferred from ${decision.reason}; declare it in front matter (safeguarding: { type: ${type} }) to be sure`, titleRange(model));
  }

  const { kept, problems } = applySuppressions(model, findings, KNOWN_IDS);
  const result = kept;
  for (const p of problems) {
    const meta = META_BY_ID.get(p.ruleId)!;
    const severity = severityOf(meta);
    if (severity !== 'off') result.push(stampFinding(meta, severity, { message: p.message, range: p.range }));
  }
  result.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
  return { filePath: options.filePath, type, typeDecision: decision, findings: result, coverage, model };

  function pushHouse(id: string, message: string, range: Range): void {
    const meta = META_BY_ID.get(id)!;
    const severity = severityOf(meta);
    if (severity !== 'off') findings.push(stampFinding(meta, severity, { message, range }));
  }
}

function runRule(rule: Rule, doc: DocumentModel, type: DocType | undefined, severity: ConfiguredSeverity, findings: Finding[], coverage: Coverage[]): void {
  const ctx: RuleContext = {
    doc,
    // Type-less runs only reach `any` rules, which must not depend on the type.
    type: type as DocType,
    meta: rule.meta,
    report(report) {
      if (severity !== 'off') findings.push(stampFinding(rule.meta, severity, report));
    },
    cover(status, range, detail) {
      coverage.push({ ruleId: rule.meta.id, status, range, detail });
    },
    defaultAnchor: () => defaultAnchor(doc),
  };
  rule.check(ctx);
}

/** Stamps id, severity, citation and docs URL on what a rule reported. */
export function stampFinding(meta: RuleMeta, severity: Exclude<ConfiguredSeverity, 'off'>, report: Report): Finding {
  const message = report.message.includes('¶') || !meta.paragraphs.length ? report.message : `${report.message} (${meta.citation})`;
  const finding: Finding = { ruleId: meta.id, severity, message, range: report.range, citation: meta.citation, url: docsUrl(meta.id) };
  if (report.fix) finding.fix = report.fix;
  return finding;
}

/** The document title's heading, else the first heading, else the root (line 1). */
export function defaultAnchor(doc: DocumentModel): Section {
  return doc.title ?? doc.root;
}

function titleRange(doc: DocumentModel): Range {
  return doc.title?.headingRange ?? doc.frontMatter?.range ?? doc.lineRange(1);
}

/** Front matter that is broken but plainly meant for us (mentions `type:` or `safeguarding:`). */
function mentionsSafeguardingFrontMatter(doc: DocumentModel): boolean {
  const fm = doc.frontMatter;
  if (!fm || !fm.errors.length) return false;
  return /^\s*(safeguarding|type)\s*:/m.test(doc.text.slice(fm.range.start.offset, fm.range.end.offset));
}
