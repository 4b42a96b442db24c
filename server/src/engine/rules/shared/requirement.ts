/**
 * The common shape of a "the document must / should say X" rule: X is present when a section
 * whose heading names it has real content, or when the body text says it with enough evidence.
 * Most catalogue rules are one `requirementRule(...)` with their own synonyms.
 */
import type { Block, DocumentModel, Section } from '../../parse/model.js';
import type { Range, RuleMeta } from '../../types.js';
import { defineRule, type Rule, type RuleContext } from '../rule.js';
import { sectionTemplateFix } from '../../fixes/section-template.js';
import { emptyBodyPhrase } from '../../parse/evidence-text.js';
import { expandContractions } from '../../text/contractions.js';

export interface RequirementSpec {
  /** What the document should say, as it completes "Missing: …", e.g. "how the arrangements are funded". */
  what: string;
  /** Heading patterns (tested against the plain heading text, numbering removed). */
  headings: RegExp[];
  /**
   * Body evidence: patterns tested on each substantive paragraph, list item and table row.
   * Without a matching heading, the requirement is met when at least `minBodyHits` different
   * patterns match somewhere in the document.
   */
  body?: RegExp[];
  /** Distinct body patterns needed as evidence without a heading (default 1). */
  minBodyHits?: number;
  /** Headings of the sections where the item usually sits, used as the range when it is missing. */
  near?: RegExp[];
  /** Heading for the inserted template, e.g. "Funding". */
  templateHeading: string;
  /** Body of the inserted template, in snippet syntax (`${1:…}` tab stops). */
  templateBody: string;
}

export interface RequirementResult {
  status: 'met' | 'partial' | 'missing';
  /** The section whose heading names the requirement, when there is one. */
  section?: Section;
  /** Where the evidence is (met) or the empty heading (partial). */
  evidence?: Range;
}

/** Heading text without leading numbering ("3.2", "Part 4:", "A.") and trailing punctuation, contractions written out. */
export function normalizeHeading(heading: string): string {
  // Every rule asks about every heading: remember recent answers.
  let normal = headingCache.get(heading);
  if (normal === undefined) {
    normal = expandContractions(stripNumbering(heading));
    if (headingCache.size > 20_000) headingCache.clear();
    headingCache.set(heading, normal);
  }
  return normal;
}

const headingCache = new Map<string, string>();

/** Empties the memo of normalised headings (the editor closed a document: see forgetParsed). */
export function clearHeadingCache(): void {
  headingCache.clear();
}

function stripNumbering(heading: string): string {
  return (
    heading
      // "Part 4: Funding", "Section 3 – Governance", "Appendix B. Glossary" (a separator is required,
      // so "Section 47 enquiries" and "Section 20 accommodation" keep their meaning)
      .replace(/^\s*(?:part|section|chapter|appendix)\s+(?:[0-9]+(?:\.[0-9]+)*|[A-Z]|[ivxlc]+)\s*[.):–—-]\s*(?=\S)/i, '')
      // "3.2 Governance", "4) Funding", "B. Scrutiny", "iv. Training"
      .replace(/^\s*(?:[0-9]+(?:\.[0-9]+)*[.)]?|[A-Z][.)]|[ivxlc]+[.)])\s+(?=\S)/i, '')
      .replace(/[\s:.?!]+$/, '')
      .trim()
  );
}

/** Sections whose heading matches any of the patterns. */
export function sectionsMatching(doc: DocumentModel, patterns: readonly RegExp[]): Section[] {
  return doc.sections.filter((s) => !s.adultsOnly && !wrapsDocument(doc, s) && patterns.some((p) => p.test(normalizeHeading(s.heading))));
}

/**
 * The document's title heading when the rest of the document sits under it: its words
 * ("Funding and Governance Arrangements") say what the document is, not what one section holds.
 */
export function wrapsDocument(doc: DocumentModel, s: Section): boolean {
  return s === doc.title && s.level === 1 && s.children.length > 0;
}

/** Text of every substantive prose block and table row, with its range, for body searches. */
export function* evidenceUnits(doc: DocumentModel, within?: Section): Generator<{ text: string; range: Range; block?: Block }> {
  const tables = within ? collectTables(within) : doc.tables;
  const blocks = within ? collectBlocks(within) : doc.blocks;
  for (const b of blocks) {
    if (b.kind === 'paragraph' && b.substantive) yield { text: b.evidence, range: b.range, block: b };
  }
  for (const t of tables) {
    for (const r of t.rows) {
      if (r.cells.some((c) => c.block.substantive)) yield { text: [t.header.texts.join(' | '), r.texts.join(' | ')].join('\n'), range: r.range };
    }
  }
}

function collectBlocks(s: Section): Block[] {
  const out = s.headingBlock ? [s.headingBlock, ...s.blocks] : [...s.blocks];
  for (const c of s.children) out.push(...collectBlocks(c));
  return out;
}

function collectTables(s: Section): DocumentModel['tables'] {
  const out = [...s.tables];
  for (const c of s.children) out.push(...collectTables(c));
  return out;
}

/** Evaluates a requirement without reporting: used by rules and by the coverage view. */
export function evaluateRequirement(doc: DocumentModel, spec: RequirementSpec): RequirementResult {
  const matches = sectionsMatching(doc, spec.headings);
  const withContent = matches.find((s) => s.hasContent);
  if (withContent) return { status: 'met', section: withContent, evidence: withContent.headingRange };
  if (spec.body?.length) {
    const need = spec.minBodyHits ?? 1;
    const hit = new Set<number>();
    let first: Range | undefined;
    for (const unit of evidenceUnits(doc)) {
      spec.body.forEach((p, i) => {
        if (!hit.has(i) && p.test(unit.text)) {
          hit.add(i);
          first ??= unit.range;
        }
      });
      if (hit.size >= need) return { status: 'met', evidence: first };
    }
  }
  const empty = matches[0];
  if (empty) return { status: 'partial', section: empty, evidence: empty.headingRange };
  return { status: 'missing' };
}

/** The section a missing item belongs under: the first `near` match, else the document title. */
export function anchorFor(ctx: RuleContext, near: readonly RegExp[] | undefined): Section {
  // The first pattern is the best place; later ones are fall-backs.
  for (const pattern of near ?? []) {
    const s = sectionsMatching(ctx.doc, [pattern])[0];
    if (s) return s;
  }
  return ctx.defaultAnchor();
}

/** Builds a rule from a requirement spec. */
export function requirementRule(meta: RuleMeta, spec: RequirementSpec): Rule & { spec: RequirementSpec } {
  const rule = defineRule({ fixable: 'template', ...meta }, (ctx) => {
    const result = evaluateRequirement(ctx.doc, spec);
    if (result.status === 'met') {
      ctx.cover('met', result.evidence);
      return;
    }
    if (result.status === 'partial' && result.section) {
      ctx.cover('partial', result.evidence, `the section "${result.section.heading}" ${emptyBodyPhrase(result.section)}`);
      ctx.report({
        message: `Missing: ${spec.what}: the section "${result.section.heading}" ${emptyBodyPhrase(result.section)}`,
        range: result.section.headingRange,
      });
      return;
    }
    const anchor = anchorFor(ctx, spec.near);
    ctx.cover('missing', anchor.headingRange);
    ctx.report({
      message: `Missing: ${spec.what}`,
      range: anchor.headingRange,
      fix: sectionTemplateFix(ctx.doc, anchor, spec.templateHeading, spec.templateBody),
    });
  });
  return Object.assign(rule, { spec });
}
