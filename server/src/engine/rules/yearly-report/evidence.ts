/**
 * The yearly-report family's way of deciding "present": ¶107 asks for analysis, not topics, so
 * a section whose heading names the item is only the start. Each rule lists *facets*, the
 * concrete things the section must say ("how the feedback was used", "a timescale"), and a
 * facet missing from an otherwise real section is reported by name at that section's heading.
 */
import type { Block, DocumentModel, Section } from '../../parse/model.js';
import type { Range, RuleMeta } from '../../types.js';
import { sectionTemplateFix } from '../../fixes/section-template.js';
import { defineRule, type Rule, type RuleContext } from '../rule.js';
import { normalizeHeading } from '../shared/requirement.js';
import { emptyBodyPhrase } from '../../parse/evidence-text.js';
import { withoutIntentions } from '../../text/intentions.js';

/** One piece of prose evidence: a paragraph or list item, a table row (with its header), or a sub-heading. */
export interface Unit {
  text: string;
  range: Range;
  section: Section;
  kind: 'paragraph' | 'row' | 'heading';
  block?: Block;
}

/** A group of patterns that must all match the same unit (co-occurrence), or a predicate. */
export type Group = readonly RegExp[] | ((text: string) => boolean);

export function matchesGroup(text: string, group: Group): boolean {
  return typeof group === 'function' ? group(text) : group.every((p) => p.test(text));
}

/** Sentences of a unit's text (table rows split at cells' line, prose at sentence ends). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"“(*])|\n/);
}

/** A group whose patterns must all match within one sentence. */
export function inOneSentence(...patterns: RegExp[]): (text: string) => boolean {
  return (text) => sentences(text).some((s) => patterns.every((p) => p.test(s)));
}

export function matchesAny(text: string, groups: readonly Group[]): boolean {
  return groups.some((g) => matchesGroup(text, g));
}

/** The section's own units (not its subsections'). */
export function ownUnits(s: Section): Unit[] {
  const out: Unit[] = [];
  for (const b of s.blocks) {
    if (b.kind === 'paragraph' && b.substantive) out.push({ text: b.evidence, range: b.range, section: s, kind: 'paragraph', block: b });
  }
  for (const t of s.tables) {
    // A header with no words ("| | 2023–24 | 2024–25 |") leaves the table's heading to say what its rows are about.
    const words = t.header.texts.join(' | ');
    const header = /[a-z]{3}/i.test(words.replace(/\b(?:19|20)\d\d\b/g, '')) ? words : `${s.heading}\n${words}`;
    for (const r of t.rows) {
      if (r.cells.some((c) => c.block.substantive)) out.push({ text: `${header}\n${r.cells.map((c) => c.block.evidence.trim()).join(' | ')}`, range: r.range, section: s, kind: 'row' });
    }
  }
  return out;
}

/** Units of a section and all its subsections, sub-headings included (they often carry the point: "What we did with it"). */
export function unitsWithin(s: Section): Unit[] {
  const out = ownUnits(s);
  for (const c of s.children) {
    if (c.headingBlock) out.push({ text: c.heading, range: c.headingRange, section: c, kind: 'heading', block: c.headingBlock });
    out.push(...unitsWithin(c));
  }
  return out;
}

/** Contents lists and glossaries name topics without saying anything about them. */
const NOT_EVIDENCE = /^(?:table of )?contents$|\bglossary\b|\babbreviations\b|\bacronyms\b|\bkey terms\b/i;

export function isReference(s: Section): boolean {
  for (let p: Section | undefined = s; p && p.level > 0; p = p.parent) if (NOT_EVIDENCE.test(normalizeHeading(p.heading))) return true;
  return false;
}

/** Every unit of the document, in order (the preamble first), contents lists and glossaries left out. */
export function allUnits(doc: DocumentModel): Unit[] {
  return [doc.root, ...doc.sections]
    .filter((s) => !isReference(s))
    .flatMap(ownUnits)
    .sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** Sections whose normalised heading matches one of `headings` and none of `exclude`. */
export function headingSections(doc: DocumentModel, headings: readonly RegExp[], exclude: readonly RegExp[] = []): Section[] {
  return doc.sections.filter((s) => {
    if (s.adultsOnly) return false;
    const h = normalizeHeading(s.heading);
    return headings.some((p) => p.test(h)) && !exclude.some((p) => p.test(h));
  });
}

/**
 * Paragraphs under a run-in heading that matches (`**Hearing children.** Our Young Safeguarders…`),
 * with the paragraphs after it in the same section up to the next run-in: the sub-topics of a
 * designed report that has no headings for them.
 */
export function runInUnits(doc: DocumentModel, headings: readonly RegExp[], exclude: readonly RegExp[] = []): Unit[] {
  const out: Unit[] = [];
  let open: Section | undefined;
  for (const u of allUnits(doc)) {
    const lead = u.kind === 'paragraph' ? u.block?.runIn : undefined;
    if (lead !== undefined) {
      const h = normalizeHeading(lead);
      open = headings.some((p) => p.test(h)) && !exclude.some((p) => p.test(h)) ? u.section : undefined;
    } else if (u.kind !== 'paragraph' || u.section !== open) open = undefined;
    if (open && u.section === open) out.push(u);
  }
  return out;
}

/** Units of several sections without duplicates (a matching section and its matching child). */
export function unitsOfSections(sections: readonly Section[]): Unit[] {
  const seen = new Set<number>();
  const out: Unit[] = [];
  for (const s of sections) {
    for (const u of unitsWithin(s)) {
      if (seen.has(u.range.start.offset)) continue;
      seen.add(u.range.start.offset);
      out.push(u);
    }
  }
  return out;
}

/** Outermost sections only: drop any section nested in another of the list. */
export function outermost(sections: readonly Section[]): Section[] {
  return sections.filter((s) => !sections.some((o) => o !== s && isWithin(s, o)));
}

export function isWithin(s: Section, ancestor: Section): boolean {
  for (let p = s.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** The heading a finding about a unit's topic goes to: its section's heading, or the title for the preamble. */
export function headingOf(ctx: RuleContext, s: Section): Range {
  return s.level === 0 ? ctx.defaultAnchor().headingRange : s.headingRange;
}

/** A concrete thing the section must say. */
export interface Facet {
  /** Completes "Missing: …" and names the gap, e.g. "how the feedback from children and families was used". */
  missing: string;
  /** Evidence: any group matching one unit. */
  any: readonly Group[];
  /** Also accept evidence anywhere in the document, not only in the matched sections. */
  anywhere?: boolean;
  /** Stricter evidence accepted anywhere in the document. */
  elsewhere?: readonly Group[];
  /**
   * Looser evidence accepted only under the requirement's own heading, where the heading already
   * says what the figures are for ("How do we know we are making a difference?" over before/after rates).
   */
  underHeading?: readonly Group[];
}

export interface ReportSpec {
  /** Completes "Missing: …" when nothing is found. */
  what: string;
  headings: readonly RegExp[];
  /** Headings that look similar but are about something else ("Financial contributions" for partner contributions). */
  notHeadings?: readonly RegExp[];
  /** Body evidence without a heading: any group matching a unit. */
  body?: readonly Group[];
  /** Distinct units of body evidence needed without a heading (default 1). */
  minBodyUnits?: number;
  /**
   * Body evidence that counts only inside sections with these headings (impact written as
   * before/after figures in the "How well are we doing?" section), in addition to `body`.
   */
  bodyIn?: { headings: readonly RegExp[]; groups: readonly Group[] };
  /**
   * Measured change in this many different sections is evidence too ("15 of 20 had a clear plan,
   * up from 9 of 20" under one priority, "fell by 31%" under another): a report that shows what
   * changed, priority by priority, judges its arrangements by its figures. Such figures then
   * count as the `underHeading` evidence of the facets, as they do under an effectiveness heading.
   */
  measuredIn?: { sections: number; change: RegExp };
  /** What a real section must say; each missing facet is its own finding. */
  facets?: readonly Facet[];
  /** The matched sections' own headings count as facet evidence ("Areas of limited or no progress"). */
  headingCounts?: boolean;
  /** Sections where the item usually sits, for the range when it is missing. */
  near?: readonly RegExp[];
  /**
   * The item asks what was done: plans ("we will…") are not evidence. A facet found only in
   * plans is reported as plans.
   */
  done?: boolean;
  templateHeading: string;
  templateBody: string;
}

export type Evaluation =
  | { status: 'met'; sections: Section[]; evidence: Range }
  | { status: 'partial'; sections: Section[]; anchor: Section; missing: Facet[]; onlyPlanned?: Facet[] }
  | { status: 'empty'; anchor: Section }
  | { status: 'missing' };

/** Decides how far the document meets the spec, without reporting. */
export function evaluate(doc: DocumentModel, spec: ReportSpec): Evaluation {
  const matched = headingSections(doc, spec.headings, spec.notHeadings);
  const withContent = outermost(matched.filter((s) => s.hasContent));
  let sections: Section[] = [];
  let scope: Unit[] = [];
  if (withContent.length) {
    sections = withContent;
    scope = unitsOfSections(withContent);
    if (spec.headingCounts) for (const s of withContent) scope.push({ text: s.heading, range: s.headingRange, section: s, kind: 'heading', block: s.headingBlock });
  }
  const runIns = withContent.length ? [] : runInUnits(doc, spec.headings, spec.notHeadings);
  if (runIns.length) {
    sections = outermost([...new Set(runIns.map((u) => u.section))]);
    scope = runIns;
  } else if (!withContent.length && (spec.body?.length || spec.bodyIn)) {
    const within = (u: Unit): boolean => !!spec.bodyIn && chainOf(u.section).some((s) => spec.bodyIn!.headings.some((p) => p.test(normalizeHeading(s.heading))));
    // A section the spec rules out by its heading ("Looking ahead" for what did not progress) is no evidence either.
    const ruledOut = (u: Unit): boolean => !!spec.notHeadings?.some((p) => p.test(normalizeHeading(u.section.heading)));
    const hits = allUnits(doc).filter((u) => !ruledOut(u) && (matchesAny(u.text, spec.body ?? []) || (within(u) && matchesAny(u.text, spec.bodyIn!.groups))));
    if (hits.length >= (spec.minBodyUnits ?? 1)) {
      sections = outermost([...new Set(hits.map((u) => u.section))]);
      scope = [...hits, ...unitsOfSections(sections)];
    }
  }
  let byFigures = false;
  if (!sections.length && spec.measuredIn) {
    const changes = allUnits(doc).filter((u) => u.kind !== 'heading' && spec.measuredIn!.change.test(u.text));
    const where = new Set(changes.map((u) => u.section));
    if (where.size >= spec.measuredIn.sections) {
      sections = outermost([...where]);
      scope = changes;
      byFigures = true;
    }
  }
  if (sections.length) {
    const all = spec.facets?.some((f) => f.anywhere || f.elsewhere) ? allUnits(doc) : [];
    // Neighbouring paragraphs widen a facet's own evidence; `elsewhere` stays one unit, being the strict kind.
    const everything = withNeighbours(all);
    // Evidence in the sections where such figures are usually written (bodyIn) counts for the facets too.
    if (spec.bodyIn) {
      const related = doc.sections.filter((s) => spec.bodyIn!.headings.some((p) => p.test(normalizeHeading(s.heading))));
      const seen = new Set(scope.map((u) => u.range.start.offset));
      scope = [...scope, ...unitsOfSections(outermost(related)).filter((u) => !seen.has(u.range.start.offset))];
    }
    scope = withNeighbours(scope);
    const headed = withContent.length > 0 || runIns.length > 0 || byFigures;
    const found = (f: Facet): boolean =>
      scope.some((u) => matchesAny(u.text, f.any) || (headed && !!f.underHeading && matchesAny(u.text, f.underHeading))) ||
      (!!f.anywhere && everything.some((u) => matchesAny(u.text, f.any))) ||
      (!!f.elsewhere && all.some((u) => matchesAny(u.text, f.elsewhere!)));
    const done = spec.done ? scope.map((u) => ({ ...u, text: doneText(u) })) : scope;
    const foundDone = (f: Facet): boolean =>
      !spec.done ||
      done.some((u) => matchesAny(u.text, f.any)) ||
      (!!f.anywhere && everything.some((u) => matchesAny(doneText(u), f.any))) ||
      (!!f.elsewhere && all.some((u) => matchesAny(doneText(u), f.elsewhere!)));
    const missing = (spec.facets ?? []).filter((f) => !found(f) || !foundDone(f));
    const onlyPlanned = missing.filter((f) => found(f));
    // Nothing but plans under the heading: say that, rather than list every facet.
    if (spec.done && done.every((u) => !u.text.trim() || u.kind === 'heading') && scope.some((u) => u.kind !== 'heading' && u.text.trim())) {
      return { status: 'partial', sections, anchor: sections[0]!, missing: [], onlyPlanned: [] };
    }
    if (!missing.length) return { status: 'met', sections, evidence: sections[0]!.level ? sections[0]!.headingRange : scope[0]!.range };
    return { status: 'partial', sections, anchor: sections[0]!, missing, onlyPlanned };
  }
  const empty = matched[0];
  if (empty) return { status: 'empty', anchor: empty };
  return { status: 'missing' };
}

/** What a unit says was done: its plans blanked, nothing at all for an item of a list of plans. */
function doneText(u: Unit): string {
  return u.block?.planned ? '' : withoutIntentions(u.text);
}

/**
 * The units plus each pair of consecutive paragraphs of one section read as one: converted and
 * designed documents split one point over several paragraphs (a figure on its own line, then what
 * it measures; "training for 1,100 practitioners", then "73% of them, three months later, …").
 */
function withNeighbours(units: readonly Unit[]): Unit[] {
  const out = [...units];
  for (let i = 1; i < units.length; i++) {
    const a = units[i - 1]!;
    const b = units[i]!;
    if (a.section === b.section && a.kind === 'paragraph' && b.kind === 'paragraph') out.push({ ...b, text: `${a.text}\n${b.text}`, range: { start: a.range.start, end: b.range.end } });
  }
  return out;
}

function chainOf(s: Section): Section[] {
  const out: Section[] = [];
  for (let x: Section | undefined = s; x; x = x.parent) out.push(x);
  return out;
}

/** Builds a yearly-report rule from a spec: one finding per missing facet, or one for the whole item. */
export function reportRule(meta: RuleMeta, spec: ReportSpec): Rule & { spec: ReportSpec } {
  const rule = defineRule({ fixable: 'template', ...meta }, (ctx) => {
    const result = evaluate(ctx.doc, spec);
    switch (result.status) {
      case 'met':
        ctx.cover('met', result.evidence);
        return;
      case 'partial': {
        const at = headingOf(ctx, result.anchor);
        const planned = new Set(result.onlyPlanned ?? []);
        if (!result.missing.length) {
          // No facets to name: the whole section is plans.
          ctx.cover('partial', at, 'only plans');
          ctx.report({ message: `Missing: ${spec.what}: the section "${result.anchor.heading}" only says what will be done ("we will…"), not what was done`, range: at });
          return;
        }
        ctx.cover('partial', at, `missing ${result.missing.map((f) => f.missing).join('; ')}`);
        for (const f of result.missing) ctx.report({ message: `Missing: ${f.missing}${planned.has(f) ? ' (only plans or gaps so far: "we will…" and "there is no…" do not say what was done)' : ''}`, range: at });
        return;
      }
      case 'empty':
        ctx.cover('partial', result.anchor.headingRange, `the section "${result.anchor.heading}" ${emptyBodyPhrase(result.anchor)}`);
        ctx.report({ message: `Missing: ${spec.what}: the section "${result.anchor.heading}" ${emptyBodyPhrase(result.anchor)}`, range: result.anchor.headingRange });
        return;
      case 'missing': {
        const anchor = spec.near?.length ? anchorByPreference(ctx, spec.near) : ctx.defaultAnchor();
        ctx.cover('missing', anchor.headingRange);
        ctx.report({ message: `Missing: ${spec.what}`, range: anchor.headingRange, fix: sectionTemplateFix(ctx.doc, anchor, spec.templateHeading, spec.templateBody) });
      }
    }
  });
  return Object.assign(rule, { spec });
}

/** The first section matching the first pattern that matches any, else the title: patterns in order of preference. */
export function anchorByPreference(ctx: RuleContext, patterns: readonly RegExp[]): Section {
  for (const p of patterns) {
    const s = headingSections(ctx.doc, [p])[0];
    if (s) return s;
  }
  return ctx.defaultAnchor();
}

/** A range for `[start, end)` of a block's plain text, mapped to the source. */
export function blockSpan(doc: DocumentModel, block: Block, start: number, end: number): Range {
  return doc.rangeOf(block.text.sourceOffset(start), block.text.sourceEndOffset(end));
}
