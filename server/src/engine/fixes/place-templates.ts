/**
 * Where a missing section's template goes, and what it already knows. Rules attach a template
 * at the section it belongs under; once every rule has run, this puts it after the section of the
 * requirement that precedes it in the guidance's order (the catalogue's order), at that section's
 * heading level, and fills in the names the document already gives (partnership, area, the
 * council, the ICB, the police force).
 */
import type { DocumentModel, Section } from '../parse/model.js';
import type { Coverage, DocType, Finding, Fix } from '../types.js';
import type { Rule } from '../rules/rule.js';
import { templateAt } from './section-template.js';

type TemplateFix = Extract<Fix, { kind: 'template' }>;

export function placeTemplates(doc: DocumentModel, type: DocType, rules: readonly Rule[], findings: Finding[], coverage: readonly Coverage[]): void {
  const templates = findings.filter((f): f is Finding & { fix: TemplateFix } => f.fix?.kind === 'template');
  if (!templates.length) return;
  const order = rules.filter((r) => r.meta.appliesTo !== 'any' && r.meta.appliesTo.includes(type)).map((r) => r.meta.id);
  const metSection = new Map<string, Section>();
  for (const c of coverage) {
    if (c.status !== 'met' || !c.range || metSection.has(c.ruleId)) continue;
    const s = topicSectionAt(doc, c.range.start.offset);
    if (s) metSection.set(c.ruleId, s);
  }
  const facts = documentFacts(doc);
  for (const f of templates) {
    const i = order.indexOf(f.ruleId);
    let placed: TemplateFix | undefined;
    if (i >= 0 && !f.fix.fixed) {
      const before = order.slice(0, i).reverse().map((id) => metSection.get(id)).find(Boolean);
      const after = order.slice(i + 1).map((id) => metSection.get(id)).find(Boolean);
      if (before) placed = templateAt(doc, before.range.end.offset, before.level, f.fix.heading, f.fix.body);
      else if (after) placed = templateAt(doc, lineStartBefore(doc, after.headingRange.start.offset), after.level, f.fix.heading, f.fix.body);
    }
    const fix = placed ?? f.fix;
    f.fix = { ...fix, snippet: prefill(fix.snippet, facts) };
  }
}

/**
 * The section that holds `offset`, if it is a topic section: not the root, and not a level-1
 * title that wraps the whole document (inserting after it would put the template at the end).
 */
function topicSectionAt(doc: DocumentModel, offset: number): Section | undefined {
  let best: Section | undefined;
  for (const s of doc.sections) {
    if (s.range.start.offset <= offset && offset <= s.range.end.offset && (!best || s.level > best.level)) best = s;
  }
  if (!best) return undefined;
  const h1s = doc.sections.filter((s) => s.level === 1).length;
  if (best.level === 1 && h1s <= 1) return undefined;
  return best;
}

/** Offset of the start of the line before `offset` (a template placed before a heading). */
function lineStartBefore(doc: DocumentModel, offset: number): number {
  const prev = doc.text.lastIndexOf('\n', offset - 2);
  return prev < 0 ? 0 : prev + 1;
}

export interface DocumentFacts {
  partnership?: string;
  area?: string;
  council?: string;
  icb?: string;
  police?: string;
}

/** Names the document already gives, from front matter and the most frequent mentions. */
export function documentFacts(doc: DocumentModel): DocumentFacts {
  const data = doc.frontMatter?.data as Record<string, unknown> | undefined;
  const fm = (data?.safeguarding as Record<string, unknown> | undefined) ?? data ?? {};
  const text = doc.text;
  const facts: DocumentFacts = {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v.join(' and ') : undefined);
  const partnership = str(fm.partnership) ?? mostFrequent(text, /\b((?:[A-Z][\w'-]+ ){1,4}Safeguarding (?:Children(?:'s)? )?Partnership)\b/g);
  if (partnership) facts.partnership = partnership;
  const area = str(fm.area);
  if (area) facts.area = area;
  const council = mostFrequent(text, /\b((?:[A-Z][\w'-]+ ){1,3}(?:County |Borough |City |District |Metropolitan Borough )?Council)\b/g);
  if (council) facts.council = council;
  const icb = mostFrequent(text, /\b(NHS (?:[A-Z][\w'-]+,? (?:and )?){1,5}Integrated Care Board)\b/g) ?? mostFrequent(text, /\b(NHS (?:[A-Z][\w'-]+ (?:and )?){1,5}ICB)\b/g);
  if (icb) facts.icb = icb;
  // "… Integrated Care Board and Westmere Police": the force's name starts after the last other body.
  const police = mostFrequent(text, /\b((?:[A-Z][\w'-]+ (?:and )?){1,4}(?:Police|Constabulary))\b/g, (name) =>
    name.replace(/^.*\b(?:Board|Council|ICB|Trust|Partnership|Service|Services)\b,? (?:and )?/, ''),
  );
  if (police && !/^(?:The|Our|Local|British Transport) /.test(police)) facts.police = police;
  return facts;
}

function mostFrequent(text: string, re: RegExp, clean: (name: string) => string = (n) => n): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(re)) {
    const name = clean(m[1]!.replace(/^(?:The|Our|and|of|by|with|from|for|to|in) /, '').trim());
    if (!name) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  return best;
}

/**
 * Fills tab stops that ask for something the document names: `${2:[insert local authority]}`
 * becomes `${2:Westmere Council}`. The tab stop stays, so the author can still change it.
 */
export function prefill(snippet: string, facts: DocumentFacts): string {
  const pick = (prompt: string): string | undefined => {
    const p = prompt.toLowerCase();
    if (/\bname\b.*\bof the (?:person|chair|scrutineer)|\bperson\b/.test(p)) return undefined;
    if (/partnership(?:'s)? name|name of the partnership|^partnership$/.test(p)) return facts.partnership;
    if (/^(?:the )?(?:local )?area$|name of the area/.test(p)) return facts.area;
    if (/^(?:the )?(?:local authority|council)(?: name)?$|name of the (?:local authority|council)/.test(p)) return facts.council;
    if (/^(?:the )?(?:integrated care board|icb)(?: name)?$|name of the (?:integrated care board|icb)/.test(p)) return facts.icb;
    if (/^(?:the )?(?:police|police force|constabulary)(?: name)?$|name of the police/.test(p)) return facts.police;
    return undefined;
  };
  return snippet.replace(/\$\{(\d+):\[insert ([^\]}]*)\]\}/g, (whole, n: string, prompt: string) => {
    const value = pick(prompt.trim());
    return value ? `\${${n}:${value.replace(/[\\$}]/g, (c) => `\\${c}`)}}` : whole;
  });
}
