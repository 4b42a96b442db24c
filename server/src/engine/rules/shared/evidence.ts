/**
 * Evidence that a document *sets something out*, not just mentions it: distinct "facets" of the
 * item (e.g. for an early help assessment: consent, a team-around-the-family meeting, a lead
 * practitioner, a plan, a review) must occur together in one scope: a section named for the
 * item, one section's own prose, one table row, or one table column. A passing mention ("see our
 * early help handbook") has an anchor but not enough facets; facets scattered over unrelated
 * sections never add up.
 *
 * `criteriaRule` builds a rule from one or more such parts and reports each missing part by name.
 */
import type { DocumentModel, Section, Table, TableRow } from '../../parse/model.js';
import type { Range, RuleMeta } from '../../types.js';
import { defineRule, type Rule, type RuleContext } from '../rule.js';
import { sectionTemplateFix } from '../../fixes/section-template.js';
import { normalizeHeading } from './requirement.js';
import { emptyBodyPhrase } from '../../parse/evidence-text.js';

/** One aspect of the item; a scope "has" it when the pattern matches its text. */
export interface Facet {
  name: string;
  pattern: RegExp;
}

export interface EvidenceSpec {
  /** Headings of sections about the item: in such a section no anchor is needed and fewer facets suffice. */
  headings?: RegExp[];
  /** Terms that tie a scope to the item; a scope without a matching heading needs one. */
  anchors?: RegExp[];
  facets: Facet[];
  /** Distinct facets needed in a section whose heading matches. */
  minWithHeading: number;
  /** Distinct facets needed in any other scope (which also needs an anchor). */
  minWithoutHeading: number;
  /** At least one of these facets must be among the hits, in every scope. */
  required?: string[];
  /** At least one of these facets must be among the hits in scopes without a matching heading. */
  requiredWithoutHeading?: string[];
  /** Text removed before matching (e.g. a statutory definition that only mentions the subject). */
  exclude?: RegExp[];
}

/** A piece of the document evidence is looked for in. */
export interface Scope {
  kind: 'headed' | 'section' | 'row' | 'column';
  text: string;
  /** Where the evidence is: the heading, the row, or the column's header cell. */
  range: Range;
  /** The section the scope belongs to. */
  section: Section;
}

export interface EvidenceHit {
  scope: Scope;
  facets: string[];
}

/** True when the heading (as written, or with its numbering removed) matches any pattern. */
export function headingMatches(section: Section, patterns: readonly RegExp[]): boolean {
  if (!section.heading) return false;
  const norm = normalizeHeading(section.heading);
  // Both forms: normalising strips a leading "Section 47" as if it were numbering.
  return patterns.some((p) => p.test(section.heading) || p.test(norm));
}

/** Sections whose heading matches, in document order. */
export function sectionsNamed(doc: DocumentModel, patterns: readonly RegExp[]): Section[] {
  return doc.sections.filter((s) => headingMatches(s, patterns));
}

function subtree(s: Section): Section[] {
  const out = [s];
  for (const c of s.children) out.push(...subtree(c));
  return out;
}

/**
 * Every scope of the document (or of the given sections' subtrees): sections named by
 * `headings` (whole text, subsections included) first, then each section's own text, each
 * table row (with the header) and each table column (each cell prefixed by its row label).
 */
export function* scopes(doc: DocumentModel, headings: readonly RegExp[] | undefined, within?: readonly Section[]): Generator<Scope> {
  const pool = within ? uniq(within.flatMap(subtree)) : [doc.root, ...doc.sections];
  if (headings?.length) {
    // Earlier patterns first: "Harm outside the home" before a procedures section that names exploitation.
    const seen = new Set<Section>();
    for (const p of headings) {
      for (const s of pool) {
        if (seen.has(s) || s.level === 0 || !s.hasContent || isWrapper(doc, s) || !headingMatches(s, [p])) continue;
        seen.add(s);
        yield { kind: 'headed', text: s.fullText, range: s.headingRange, section: s };
      }
    }
  }
  // A section's own prose, without its tables: a table mixes topics row by row and column by
  // column, so it is judged row by row and column by column below.
  for (const s of pool) {
    const prose = s.blocks.filter((b) => b.kind === 'paragraph' && b.substantive).map((b) => b.evidence);
    if (!prose.length) continue;
    yield { kind: 'section', text: [s.heading, ...prose].filter(Boolean).join('\n'), range: sectionRange(s), section: s };
  }
  for (const s of pool) {
    for (const t of s.tables) yield* tableScopes(t, s);
  }
}

/**
 * The document title when it holds the other sections: "Early help and levels of need guidance"
 * names the whole document, not a section about early help.
 */
export function isWrapper(doc: DocumentModel, s: Section): boolean {
  return s === doc.title && s.children.length > 0;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The heading of a section; for the preamble, its first substantive block. */
export function sectionRange(s: Section): Range {
  if (s.level > 0) return s.headingRange;
  const b = s.blocks.find((x) => x.substantive) ?? s.blocks[0];
  return b?.range ?? s.headingRange;
}

/** A row's cells as evidence (placeholders left out). */
function cellTexts(r: TableRow): string[] {
  return r.cells.map((c) => c.block.evidence.trim());
}

function* tableScopes(t: Table, section: Section): Generator<Scope> {
  const header = t.header.texts.join(' | ');
  for (const r of t.rows) {
    if (!r.cells.some((c) => c.block.substantive)) continue;
    yield { kind: 'row', text: `${header}\n${cellTexts(r).join(' | ')}`, range: r.range, section };
  }
  const width = t.header.cells.length;
  for (let i = 1; i < width; i++) {
    const lines = [t.header.texts[i] ?? ''];
    for (const r of t.rows) {
      const texts = cellTexts(r);
      lines.push(`${texts[0] ?? ''}: ${texts[i] ?? ''}`);
    }
    const headCell = t.header.cells[i]!;
    yield { kind: 'column', text: lines.join('\n'), range: headCell.block.range, section };
  }
}

function withoutExcluded(text: string, exclude: readonly RegExp[] | undefined): string {
  let t = text;
  for (const x of exclude ?? []) t = t.replace(new RegExp(x.source, x.flags.includes('g') ? x.flags : `${x.flags}g`), ' ');
  return t;
}

/** The facets of `spec` present in `text`. */
export function facetsIn(text: string, spec: Pick<EvidenceSpec, 'facets' | 'exclude'>): string[] {
  const t = withoutExcluded(text, spec.exclude);
  return spec.facets.filter((f) => f.pattern.test(t)).map((f) => f.name);
}

/** Judges one scope against the spec. */
export function scopeMeets(scope: Scope, spec: EvidenceSpec): EvidenceHit | undefined {
  const headed = scope.kind === 'headed';
  if (!headed && spec.anchors?.length) {
    const t = withoutExcluded(scope.text, spec.exclude);
    if (!spec.anchors.some((a) => a.test(t))) return undefined;
  }
  const hits = facetsIn(scope.text, spec);
  if (spec.required && !spec.required.some((r) => hits.includes(r))) return undefined;
  if (!headed && spec.requiredWithoutHeading && !spec.requiredWithoutHeading.some((r) => hits.includes(r))) return undefined;
  return hits.length >= (headed ? spec.minWithHeading : spec.minWithoutHeading) ? { scope, facets: hits } : undefined;
}

/** The first scope that meets the spec (named sections first), if any. */
export function findEvidence(doc: DocumentModel, spec: EvidenceSpec, within?: readonly Section[]): EvidenceHit | undefined {
  for (const scope of scopes(doc, spec.headings, within)) {
    const hit = scopeMeets(scope, spec);
    if (hit) return hit;
  }
  return undefined;
}

/** One part of a requirement, reported by name when it is missing. */
export interface PartSpec {
  /** Completes "Missing: …" when only this part is missing. */
  what: string;
  evidence: EvidenceSpec;
  /** Look for this part only around the first part's evidence (its section and that section's parent). */
  nearFirst?: boolean;
}

export interface CriteriaSpec {
  /** The whole requirement, completing "Missing: …" when nothing of it is found. */
  what: string;
  /** Headings of sections that name the requirement (a named section without evidence is reported there). */
  headings: RegExp[];
  parts: PartSpec[];
  /** Headings of the sections where the item usually sits, used as the range when it is missing. */
  near?: RegExp[];
  templateHeading: string;
  templateBody: string;
}

export interface CriteriaResult {
  status: 'met' | 'partial' | 'missing';
  hits: (EvidenceHit | undefined)[];
  /** The first named section with content, and the first empty one. */
  named?: Section;
  namedEmpty?: Section;
}

/** The sections around a hit: its own section and, when that is a subsection (not of the title), its parent. */
export function around(doc: DocumentModel, hit: EvidenceHit): Section[] {
  const s = hit.scope.section;
  return s.parent && s.parent.level > 0 && s.parent !== doc.title ? [s.parent] : [s];
}

export function evaluateCriteria(doc: DocumentModel, spec: CriteriaSpec): CriteriaResult {
  const hits: (EvidenceHit | undefined)[] = [];
  for (const part of spec.parts) {
    const first = hits.find(Boolean);
    hits.push(findEvidence(doc, part.evidence, part.nearFirst && first ? around(doc, first) : undefined));
  }
  const named = sectionsNamed(doc, spec.headings).filter((s) => !isWrapper(doc, s));
  const status = hits.every(Boolean) ? 'met' : hits.some(Boolean) ? 'partial' : 'missing';
  return { status, hits, named: named.find((s) => s.hasContent), namedEmpty: named.find((s) => !s.hasContent) };
}

/** Where a missing item belongs: a section matching the first `near` pattern that matches any, else the document title. */
export function anchorNear(ctx: RuleContext, near: readonly RegExp[] | undefined): Section {
  for (const p of near ?? []) {
    const s = sectionsNamed(ctx.doc, [p]).find((x) => x !== ctx.doc.title) ?? sectionsNamed(ctx.doc, [p])[0];
    if (s) return s;
  }
  return ctx.defaultAnchor();
}

/** Reports a requirement evaluated with `evaluateCriteria`; shared by rules that add checks of their own. */
export function reportCriteria(ctx: RuleContext, spec: CriteriaSpec, result: CriteriaResult): void {
  const { hits, named, namedEmpty } = result;
  if (result.status === 'met') {
    ctx.cover('met', hits[0]!.scope.range);
    return;
  }
  if (result.status === 'partial') {
    const found = hits.find(Boolean)!;
    const home = found.scope.section.level > 0 ? found.scope.section : ctx.defaultAnchor();
    const at = named?.headingRange ?? home.headingRange;
    const missing = spec.parts.filter((_, i) => !hits[i]);
    ctx.cover('partial', found.scope.range, `missing: ${missing.map((p) => p.what).join('; ')}`);
    for (const part of missing) ctx.report({ message: `Missing: ${part.what}`, range: at });
    return;
  }
  if (named) {
    ctx.cover('partial', named.headingRange, 'named section without the detail');
    ctx.report({ message: `Missing: ${spec.what}: the section "${named.heading}" does not set this out`, range: named.headingRange });
    return;
  }
  if (namedEmpty) {
    ctx.cover('partial', namedEmpty.headingRange, 'empty section');
    ctx.report({ message: `Missing: ${spec.what}: the section "${namedEmpty.heading}" ${emptyBodyPhrase(namedEmpty)}`, range: namedEmpty.headingRange });
    return;
  }
  const anchor = anchorNear(ctx, spec.near);
  ctx.cover('missing', anchor.headingRange);
  ctx.report({
    message: `Missing: ${spec.what}`,
    range: anchor.headingRange,
    fix: sectionTemplateFix(ctx.doc, anchor, spec.templateHeading, spec.templateBody),
  });
}

/** Builds a rule from a criteria spec: each part must be evidenced; missing parts are reported by name. */
export function criteriaRule(meta: RuleMeta, spec: CriteriaSpec): Rule & { spec: CriteriaSpec } {
  const rule = defineRule({ fixable: 'template', ...meta }, (ctx) => reportCriteria(ctx, spec, evaluateCriteria(ctx.doc, spec)));
  return Object.assign(rule, { spec });
}

/** Shorthand for a facet. */
export function facet(name: string, pattern: RegExp): Facet {
  return { name, pattern };
}
