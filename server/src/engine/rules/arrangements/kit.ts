/**
 * The arrangements family's rule shapes. `topicRule` is the common "a section about X, or a
 * paragraph / row that really says X" check: unlike a keyword search, body evidence must have
 * its terms *together* in one paragraph, list item or table row (and, where asked, in more than
 * one), so a passing mention elsewhere does not count. `partsRule` reports each missing part
 * of a requirement by name.
 */
import { MemoFamily } from '../../text/memo.js';
import type { DocumentModel, Section } from '../../parse/model.js';
import type { Range, RuleMeta } from '../../types.js';
import { defineRule, type Rule, type RuleContext } from '../rule.js';
import { sectionTemplateFix } from '../../fixes/section-template.js';
import { chain, headingIs, inGlossary, items, sentences, type Item } from './text.js';
import { emptyBodyPhrase, restatesRequirement } from '../../parse/evidence-text.js';
import { withoutIntentions } from '../../text/intentions.js';

export interface TopicSpec {
  /** Completes "Missing: …", e.g. "how the arrangements are funded". */
  what: string;
  /** Headings (numbering removed) of a section about the item. */
  headings: RegExp[];
  /** Body evidence: one item (paragraph, list item, table row) matching every pattern of a group. */
  together?: RegExp[][];
  /** Distinct items needed as body evidence (default 1). */
  minItems?: number;
  /** Groups strong enough that one item suffices even when `minItems` is higher. */
  strong?: RegExp[][];
  /** Items (sentences, for prose) matching this are not evidence: future plans, negations. */
  exclude?: RegExp;
  /** The terms of a group must meet within one sentence, not just one paragraph. */
  bySentence?: boolean;
  /** Headings of the sections a missing item belongs under, for the range and the template. */
  near?: RegExp[];
  /**
   * A line saying the item is not in place yet, whatever else the text says about it ("Independent
   * scrutineer: TBC"): the item is then partial, with `unfilledWhat` naming what is missing.
   */
  unfilled?: RegExp;
  unfilledWhat?: string;
  templateHeading: string;
  templateBody: string;
}

export type TopicResult =
  | { status: 'met'; range: Range; section?: Section }
  | { status: 'partial'; section: Section; restates?: boolean; deferred?: boolean }
  | { status: 'missing' };

/** The parts of an item's text that count as evidence: sentences that are not excluded, or the whole row. */
export function evidenceText(item: Item, exclude: RegExp | undefined): string {
  if (!exclude) return item.text;
  // Many rules ask for the same text with the same exclusion, and the editor asks again on every
  // keystroke: a paragraph's answer is remembered by its text (a string the model keeps, so
  // its hash is computed once), a row's per row (its answer also depends on its cells).
  if (item.kind === 'para') return evidenceMemo.of(exclude).get(item.text, () => computeEvidenceText(item, exclude));
  let known = rowEvidence.get(item);
  if (!known) rowEvidence.set(item, (known = new Map()));
  let text = known.get(exclude);
  if (text === undefined) known.set(exclude, (text = computeEvidenceText(item, exclude)));
  return text;
}

const evidenceMemo = new MemoFamily<RegExp, string>();
const rowEvidence = new WeakMap<Item, Map<RegExp, string>>();

function computeEvidenceText(item: Item, exclude: RegExp): string {
  if (item.kind === 'row') return exclude.test(item.row.texts.join(' | ')) ? '' : item.text;
  // Clauses after a semicolon stand alone: "There is no secure unit here; the YJS keeps in contact with…".
  return sentences(item.text)
    .flatMap(([s, e]) => item.text.slice(s, e).split(/;\s+/))
    .filter((s) => !exclude.test(s))
    .join(' ');
}

/**
 * Items whose text matches every pattern of one group: anywhere in the item, or, with
 * `bySentence`, within one sentence (a table row counts as one sentence).
 */
export function itemsWith(doc: DocumentModel, groups: readonly RegExp[][], exclude?: RegExp, pool?: readonly Item[], bySentence = false, limit = Infinity): Item[] {
  const out: Item[] = [];
  const whole = wholeMatches.of(groups);
  const perSentence = sentenceMatches.of(groups);
  for (const item of pool ?? items(doc)) {
    if (inGlossary(item.section)) continue;
    const text = evidenceText(item, exclude);
    if (!text) continue;
    const bySentences = bySentence && item.kind === 'para';
    if ((bySentences ? perSentence : whole).get(text, () => matchesGroups(text, groups, bySentences))) {
      out.push(item);
      if (out.length >= limit) break;
    }
  }
  return out;
}

/**
 * Answers of `matchesGroups` by pattern groups and text. The groups must be a constant of the
 * rule's module for the memo to help: an array written in the call is new on every lint.
 */
const wholeMatches = new MemoFamily<readonly RegExp[][], boolean>();
const sentenceMatches = new MemoFamily<readonly RegExp[][], boolean>();

function matchesGroups(text: string, groups: readonly RegExp[][], perSentence: boolean): boolean {
  const units = perSentence ? sentences(text).map(([s, e]) => text.slice(s, e)) : [text];
  return units.some((u) => groups.some((g) => g.every((p) => p.test(u))));
}

/** The first item matching, as `itemsWith` (without reading the rest of the document). */
export function firstItemWith(doc: DocumentModel, groups: readonly RegExp[][], exclude?: RegExp, pool?: readonly Item[], bySentence = false): Item | undefined {
  return itemsWith(doc, groups, exclude, pool, bySentence, 1)[0];
}

/** The document's title, and headings that restate it ("Local Multi-Agency Safeguarding Arrangements"): never a topic section. */
const TITLE_LIKE = /\bsafeguarding (?:children )?partnership\b|\bsafeguarding children'?s? partnership\b|\bmulti-agency safeguarding arrangements\b|\bsafeguarding arrangements\b/i;

export function isTitleLike(doc: DocumentModel, s: Section): boolean {
  return s === doc.title || (s.level <= 2 && s.children.length > 0 && TITLE_LIKE.test(s.heading)) || (s.level === 1 && TITLE_LIKE.test(s.heading));
}

/** Sections about the item: matching heading, outside the glossary, not the document title. */
export function topicSections(doc: DocumentModel, headings: readonly RegExp[]): Section[] {
  return doc.sections.filter((s) => !s.adultsOnly && headingIs(s, headings) && !inGlossary(s) && !isTitleLike(doc, s));
}

/** Judges a topic without reporting. */
export function evaluateTopic(doc: DocumentModel, spec: TopicSpec): TopicResult {
  // "10 Information, data and training" over "10.2 Data and intelligence": the narrower section is where the item is set out.
  const matching = topicSections(doc, spec.headings);
  const named = matching.filter((s) => !matching.some((d) => d !== s && chain(d).includes(s)));
  const restating = (s: Section): boolean => onlyRestates(s, spec.what);
  const full = named.find((s) => s.hasContent && !restating(s) && !onlyDeferred(doc, s, spec.exclude));
  if (full) return { status: 'met', range: full.headingRange, section: full };
  if (spec.together?.length) {
    const hits = itemsWith(doc, spec.together, spec.exclude, undefined, spec.bySentence).filter((i) => !restating(i.section));
    if (hits.length >= (spec.minItems ?? 1)) return { status: 'met', range: hits[0]!.range };
  }
  if (spec.strong?.length) {
    const hit = firstItemWith(doc, spec.strong, spec.exclude, undefined, spec.bySentence);
    if (hit) return { status: 'met', range: hit.range };
  }
  const deferred = named.find((s) => s.hasContent && onlyDeferred(doc, s, spec.exclude));
  if (deferred) return { status: 'partial', section: deferred, deferred: true };
  const restated = named.find((s) => s.hasContent);
  if (restated) return { status: 'partial', section: restated, restates: true };
  if (named[0]) return { status: 'partial', section: named[0] };
  return { status: 'missing' };
}

/**
 * A section whose every paragraph, item and row is excluded as evidence (with the rule's own
 * exclusion: "to be agreed", "not yet") or says what will be done: it says the item is not in place, so its
 * heading and body do not meet it.
 */
function onlyDeferred(doc: DocumentModel, s: Section, exclude: RegExp | undefined): boolean {
  if (!exclude) return false;
  const own = items(doc).filter((i) => chain(i.section).includes(s));
  // Intentions count as not in place here too ("the Executive will commission a strategy"): a
  // section that only says what will happen has not set the item out.
  return own.length > 0 && own.every((i) => !withoutIntentions(evidenceText(i, exclude)).trim());
}

/** A section whose whole own body is one sentence repeating the requirement's own words. */
function onlyRestates(s: Section, what: string): boolean {
  const body = s.blocks.filter((b) => b.kind !== 'heading' && b.substantive);
  return body.length === 1 && !s.children.length && s.tables.length === 0 && restatesRequirement(s.heading, what, body[0]!.evidence);
}

/** Where a missing item belongs: the first `near` section, else the document title. */
export function anchorFor(ctx: RuleContext, near: readonly RegExp[] | undefined): Section {
  if (near?.length) {
    const s = topicSections(ctx.doc, near)[0];
    if (s) return s;
  }
  return ctx.defaultAnchor();
}

/** Reports a missing item at `anchor` with a section template. */
export function reportMissing(ctx: RuleContext, message: string, anchor: Section, templateHeading: string, templateBody: string): void {
  ctx.cover('missing', anchor.headingRange);
  ctx.report({ message, range: anchor.headingRange, fix: sectionTemplateFix(ctx.doc, anchor, templateHeading, templateBody) });
}

/** Builds a rule from a topic spec. */
export function topicRule(meta: RuleMeta, spec: TopicSpec): Rule & { spec: TopicSpec } {
  const rule = defineRule({ fixable: 'template', ...meta }, (ctx) => {
    const result = evaluateTopic(ctx.doc, spec);
    const unfilled = result.status === 'met' && spec.unfilled ? ctx.doc.blocks.find((b) => b.kind !== 'code' && spec.unfilled!.test(b.text.value)) : undefined;
    if (unfilled) {
      const range = unfilled.range;
      ctx.cover('partial', range, 'not in place yet');
      ctx.report({ message: `Missing: ${spec.unfilledWhat ?? spec.what}: "${unfilled.text.value.trim().slice(0, 60)}"`, range });
      return;
    }
    if (result.status === 'met') {
      ctx.cover('met', result.range);
      return;
    }
    if (result.status === 'partial') {
      const why = result.deferred
        ? 'says it is not in place yet'
        : result.restates
          ? 'only repeats what the guidance asks for, without saying how it is done'
          : emptyBodyPhrase(result.section);
      ctx.cover('partial', result.section.headingRange, `the section "${result.section.heading}" ${why}`);
      ctx.report({ message: `Missing: ${spec.what}: the section "${result.section.heading}" ${why}`, range: result.section.headingRange });
      return;
    }
    reportMissing(ctx, `Missing: ${spec.what}`, anchorFor(ctx, spec.near), spec.templateHeading, spec.templateBody);
  });
  return Object.assign(rule, { spec });
}

/** One part of a requirement with several parts. */
export interface Part {
  /** Completes "Missing: …" for this part. */
  what: string;
  /** A section with one of these headings (and content) is evidence for the part. */
  headings?: RegExp[];
  /** One item matching every pattern of a group is evidence. */
  together: RegExp[][];
  exclude?: RegExp;
  /** The terms of a group must meet within one sentence. */
  bySentence?: boolean;
  /** Groups that are evidence only inside the requirement's own sections (e.g. "escalate" in the education section). */
  inTopic?: RegExp[][];
  /** Links whose text or target matches count as evidence. */
  links?: RegExp;
}

export interface PartsSpec {
  /** The whole requirement, for "Missing: …" when no part is found. */
  what: string;
  /** Headings of the sections about the whole requirement. */
  headings: RegExp[];
  parts: Part[];
  near?: RegExp[];
  templateHeading: string;
  templateBody: string;
}

function subtreeItems(all: Item[], sections: readonly Section[]): Item[] {
  const set = new Set(sections);
  return all.filter((i) => chain(i.section).some((s) => set.has(s)));
}

/** Which parts are evidenced, and where. */
export function evaluateParts(doc: DocumentModel, spec: PartsSpec): { found: (Range | undefined)[]; topic: Section[]; restated?: Section } {
  // A section that only repeats the guidance's duty is no evidence for any part.
  const restated = topicSections(doc, spec.headings).find((s) => onlyRestates(s, spec.what));
  const all = restated ? items(doc).filter((i) => i.section !== restated) : items(doc);
  const topic = topicSections(doc, spec.headings).filter((s) => s !== restated);
  const found = spec.parts.map((part) => {
    if (part.headings) {
      const s = topicSections(doc, part.headings).find((x) => x.hasContent);
      if (s && s !== restated) return s.headingRange;
    }
    const hit = firstItemWith(doc, part.together, part.exclude, all, part.bySentence);
    if (hit) return hit.range;
    if (part.inTopic && topic.length) {
      const inside = firstItemWith(doc, part.inTopic, part.exclude, subtreeItems(all, topic), part.bySentence);
      if (inside) return inside.range;
    }
    if (part.links) {
      const l = doc.links.find((x) => part.links!.test(x.text) || part.links!.test(x.url));
      if (l) return l.range;
    }
    return undefined;
  });
  return { found, topic, restated };
}

/** Builds a rule that reports each missing part by name (or the whole requirement when nothing is there). */
export function partsRule(meta: RuleMeta, spec: PartsSpec): Rule & { spec: PartsSpec } {
  const rule = defineRule({ fixable: 'template', ...meta }, (ctx) => {
    const { found, topic, restated } = evaluateParts(ctx.doc, spec);
    const missing = spec.parts.filter((_, i) => !found[i]);
    if (restated && missing.length === spec.parts.length) {
      const why = 'only repeats what the guidance asks for, without saying how it is done';
      ctx.cover('partial', restated.headingRange, `the section "${restated.heading}" ${why}`);
      ctx.report({ message: `Missing: ${spec.what}: the section "${restated.heading}" ${why}`, range: restated.headingRange });
      return;
    }
    if (!missing.length) {
      ctx.cover('met', topic[0]?.headingRange ?? found[0]);
      return;
    }
    if (missing.length === spec.parts.length) {
      const empty = topic[0];
      if (empty && !empty.hasContent) {
        ctx.cover('partial', empty.headingRange, 'empty section');
        ctx.report({ message: `Missing: ${spec.what}: the section "${empty.heading}" ${emptyBodyPhrase(empty)}`, range: empty.headingRange });
        return;
      }
      reportMissing(ctx, `Missing: ${spec.what}`, topic[0] ?? anchorFor(ctx, spec.near), spec.templateHeading, spec.templateBody);
      return;
    }
    const at = topic[0] ?? anchorFor(ctx, spec.near);
    ctx.cover('partial', at.headingRange, `missing: ${missing.map((p) => p.what).join('; ')}`);
    for (const part of missing) ctx.report({ message: `Missing: ${part.what}`, range: at.headingRange });
  });
  return Object.assign(rule, { spec });
}
