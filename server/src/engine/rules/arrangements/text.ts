/**
 * Reading helpers for the arrangements rules: document-order items (paragraphs, list items,
 * table rows) with their section and the "pseudo-heading" they sit under, sentences, history
 * and negation, glossary sections, and the three statutory agencies with positions.
 */
import type { Block, DocumentModel, Section, Table, TableRow } from '../../parse/model.js';
import type { Range } from '../../types.js';
import { normalizeHeading } from '../shared/requirement.js';
import { expandAbbreviations } from '../../text/abbreviations.js';
import { CURRENT_MARKERS, passageOf } from '../../read/passages.js';

/** One place a statement can be: a paragraph or list item, or a table row. */
export type Item =
  | { kind: 'para'; block: Block; section: Section; lead: Block | undefined; text: string; range: Range }
  | { kind: 'row'; table: Table; row: TableRow; section: Section; lead: Block | undefined; text: string; range: Range };

/** Curly apostrophes as straight ones; same length, so offsets into the text stay exact. */
export function plain(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'");
}

/**
 * An item's text as evidence is read: plain apostrophes, abbreviations written out after
 * themselves (text/abbreviations.ts). Offsets into it are its own: items report their range.
 */
function readable(text: string): string {
  // Remembered by text: besides saving the expansion, an unchanged paragraph then has the very
  // same string on every keystroke, so the rules' memos (keyed by item text) find it at once.
  return readableMemo.get(text, (t) => expandAbbreviations(plain(t)));
}

const readableMemo = new TextMemo<string>(50_000);


/** Words that say a sentence in a history section is about the present. */
const STILL_TRUE = new RegExp(`${CURRENT_MARKERS.source}|\\b(?:now|since then|from (?:then|that point) on|these arrangements|our (?:current|new) arrangements)\\b`, 'i');

/** True when the heading (numbering removed) matches any pattern. */
export function headingIs(section: Section, patterns: readonly RegExp[]): boolean {
  if (section.level === 0) return false;
  // Every rule asks about every heading, on every keystroke: answers are remembered by heading.
  return headingAnswers.of(patterns).get(section.heading, (heading) => {
    const h = readable(normalizeHeading(heading));
    return patterns.some((p) => p.test(h));
  });
}

const headingAnswers = new MemoFamily<readonly RegExp[], boolean>(5_000);

/** The section and its ancestors, innermost first (root excluded). */
export function chain(section: Section): Section[] {
  const out: Section[] = [];
  for (let s: Section | undefined = section; s && s.level > 0; s = s.parent) out.push(s);
  return out;
}

const GLOSSARY = [/\bglossary\b/i, /\bwhat (?:do )?the words\b/i, /\bdefinitions?\b/i, /\babbreviations?\b/i, /\bacronyms?\b/i, /\bjargon\b/i, /\bterms used\b/i, /\bkey terms\b/i];

/** Sections that define words rather than describe the arrangements. */
export function inGlossary(section: Section): boolean {
  let answer = glossaryCache.get(section);
  if (answer === undefined) {
    answer = chain(section).some((s) => headingIs(s, GLOSSARY));
    glossaryCache.set(section, answer);
  }
  return answer;
}

const glossaryCache = new WeakMap<Section, boolean>();

/** The source text a block spans (markup included). */
export function sourceOf(doc: DocumentModel, block: Block): string {
  return doc.text.slice(block.range.start.offset, block.range.end.offset);
}

/**
 * A short paragraph that works as a heading: "**Delegated safeguarding partners**",
 * "Lead safeguarding partners:", or a lead-in ending with a colon.
 */
export function isPseudoHeading(doc: DocumentModel, block: Block): boolean {
  if (block.kind !== 'paragraph' || block.inList) return false;
  const text = block.text.value.trim();
  const src = sourceOf(doc, block).trim();
  const words = text.split(/\s+/).length;
  if (/^(\*\*|__)[^*_]+(\*\*|__):?$/.test(src) && words <= 10) return true;
  return /:$/.test(text);
}

const itemCache = new WeakMap<DocumentModel, Item[]>();

/** Every paragraph (list items included) and table row, in document order, with its section and pseudo-heading (memoised per document). */
export function items(doc: DocumentModel): Item[] {
  const cached = itemCache.get(doc);
  if (cached) return cached;
  const out: Item[] = [];
  const visit = (s: Section): void => {
    type Piece = { at: number; block?: Block; table?: Table };
    const pieces: Piece[] = [
      ...s.blocks.filter((b) => b.kind === 'paragraph').map((b) => ({ at: b.range.start.offset, block: b })),
      ...s.tables.map((t) => ({ at: t.range.start.offset, table: t })),
    ].sort((a, b) => a.at - b.at);
    let lead: Block | undefined;
    let leadIsColon = false;
    for (const p of pieces) {
      if (p.block) {
        const b = p.block;
        if (isPseudoHeading(doc, b)) {
          out.push({ kind: 'para', block: b, section: s, lead, text: readable(b.text.value), range: b.range });
          lead = b;
          leadIsColon = !/^(\*\*|__)/.test(sourceOf(doc, b).trim());
          continue;
        }
        // A colon lead-in governs the list (or table) right after it only.
        if (lead && leadIsColon && !b.inList) lead = undefined;
        // A paragraph in a history section ("What has changed since 2019") is evidence only for
        // what it says still holds ("we now…", "currently…"): the past is not the arrangements.
        if (passageOf(doc, b) === 'historical' && !STILL_TRUE.test(b.evidence)) continue;
        out.push({ kind: 'para', block: b, section: s, lead, text: readable(b.evidence), range: b.range });
      } else if (p.table) {
        const t = p.table;
        for (const row of t.rows) {
          out.push({ kind: 'row', table: t, row, section: s, lead, text: readable(`${t.header.texts.join(' | ')}\n${row.cells.map((c) => c.block.evidence.trim()).join(' | ')}`), range: row.range });
        }
        if (leadIsColon) lead = undefined;
      }
    }
    for (const c of s.children) visit(c);
  };
  visit(doc.root);
  itemCache.set(doc, out);
  return out;
}

export { sentences } from '../../text/sentences.js';
import { NO_LONGER_SO } from '../../text/history.js';
import { MemoFamily, TextMemo } from '../../text/memo.js';

/**
 * A sentence about the past, not current arrangements ("Until March 2024 the partnership had an
 * independent chair", "The independent chair role ended in March 2024"): the people rules' words,
 * and the shared ones saying something no longer holds (text/history.ts).
 */
const PEOPLE_PAST = /\b(?:former(?:ly)?|previous(?:ly)?|until (?:\w+ )?(?:19|20)\d\d|until (?:recently|now)|no longer|used to|had an?|retired|predecessor|replac(?:ed|es|ing)|in the past|prior to|before (?:19|20)\d\d|was (?:abolished|disbanded))\b/i;
export const PAST = new RegExp(`${PEOPLE_PAST.source}|${NO_LONGER_SO.source}`, 'i');

/** `PAST.test(text)`, remembered by text: the people rules ask it of every sentence on every keystroke. */
export function isPastText(text: string): boolean {
  return pastMemo.get(text, (t) => PAST.test(t));
}

const pastMemo = new TextMemo<boolean>();

/**
 * A statement that something is not (yet) the case. A negation inside a condition says what
 * happens in that case, not that the thing is missing ("if another agency is not responding,
 * your DSL can escalate it"), so it does not count. (The lookahead first: the lookbehind, 80
 * characters back, then runs only where a negation starts, not at every position.)
 */
export const NOT_YET =
  /\b(?:not yet|are exploring|we are exploring|is being explored|will explore|considering|will consider|might|may in future|in future|plan to|intend to|aim to|hope to|will be (?:published|agreed|developed|confirmed|set out) (?:in|by|later|shortly|once)|to be (?:confirmed|agreed|decided)|under review)\b|\b(?=(?:is not|are not|there is no|we do not|does not have|has no)\b)(?<!\b(?:if|when|where|whenever|unless|whether)\b[^.;:]{0,80})(?:is not|are not|there is no|we do not|does not have|has no)\b/i;

/** A post not filled yet, and what stands in until it is ("we are recruiting to that role, and until it is filled …"). */
export const VACANT =
  /\b(?:are|is) (?:currently )?recruiting\b|\buntil (?:it|that|the|a|our|this) (?:\w+ )?(?:post|role|seat|vacancy|scrutineer)?\s?is (?:filled|appointed|recruited)\b|\buntil it is filled\b|\b(?:post|role|seat) is (?:currently )?vacant\b|\bto be appointed\b|\byet to be (?:appointed|filled|recruited)\b|\bin the interim\b|\brecruitment (?:is )?(?:under ?way|in progress|ongoing)\b|\bbeing recruited\b|:\s*(?:TBC|TBA|to be confirmed)\b/i;

export type AgencyKind = 'local-authority' | 'icb' | 'police';
export const AGENCY_KINDS: readonly AgencyKind[] = ['local-authority', 'icb', 'police'];

/** How a message names each agency, and its possessive. */
export const AGENCY_NAME: Record<AgencyKind, { the: string; of: string }> = {
  'local-authority': { the: 'the local authority', of: "the local authority's" },
  icb: { the: 'the integrated care board (ICB)', of: "the ICB's" },
  police: { the: 'the police', of: "the police's" },
};

export interface AgencyMention {
  kind: AgencyKind;
  start: number;
  end: number;
  text: string;
}

// Bodies that sound like a partner but are not: British Transport Police, the Police and Crime
// Commissioner, district and youth councils, NHS trusts, public health teams.
const NOT_AGENCY =
  /\bBritish Transport Police\b|\bpolice,? (?:fire )?and crime commissioner(?:'s)?(?: office)?\b|\bOPCC\b|\bPCCs?\b|\b(?:district|parish|town|youth|school|pupil|student|children in care|young people'?s?|city and district)\s+councils?\b|\bcouncils? for voluntary (?:service|action)\b|\bNHS England\b|\bpublic health\b|\bmental health\b|\bhealth visit\w*|\bhealth and wellbeing board\b|\bhealth protection\b|\bhealth services?\b|\bhealth (?:care|and care) (?:providers?|staff|professionals?)\b|\bfire and rescue\b|\bschools? forum\b|\bNHS trusts?\b/gi;
/** Named trusts ("Westmere Hospitals NHS Foundation Trust", "Westmere Valley Learning Trust"): case-sensitive. */
const NAMED_TRUST = /\b(?:NHS )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|and|of|&))*(?: NHS)?(?: Foundation)? Trusts?\b/g;

const AGENCY_PATTERNS: Array<[AgencyKind, RegExp]> = [
  ['police', /\b(?:police(?: service| force)?|constabulary|chief constable|chief officer of police)\b/gi],
  ['icb', /\b(?:integrated care boards?|ICBs?|clinical commissioning groups?|CCGs?|NHS\b[^,;.()|\n]{0,60}?\b(?:ICB|integrated care board)|NHS|health)\b/gi],
  ['local-authority', /\b(?:councils?|local authorit(?:y|ies)|(?:county|city|borough|unitary) authority)\b/gi],
];

/** A council's own name ("Kelsford Borough Council"), to tell councils apart in a joint arrangement. */
export function councilName(text: string): string | undefined {
  const m = /\b((?:[A-Z][\w'’-]*\s){1,3}(?:(?:Metropolitan|City|County|Borough|District|Unitary)\s){0,2}Council)\b/.exec(text);
  return m?.[1]?.replace(/^(?:(?:The|Our|NHS|And|When|Where|If|As|In|At|By|For|From|With|Under|Each|All|Every|Both|This|These|Whilst|While|Once|Until|Since|After|Before)\s)+/, '');
}

/** The statutory agencies mentioned in `text`, in order of position (remembered by text: the people and funding rules ask of every sentence on every keystroke). */
export function agencyMentions(text: string): readonly AgencyMention[] {
  return agencyMemo.get(text, findAgencyMentions);
}

const agencyMemo = new TextMemo<readonly AgencyMention[]>();

function findAgencyMentions(text: string): readonly AgencyMention[] {
  const blanked = plain(text).replace(NOT_AGENCY, (m) => ' '.repeat(m.length)).replace(NAMED_TRUST, (m) => ' '.repeat(m.length));
  const out: AgencyMention[] = [];
  for (const [kind, re] of AGENCY_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(blanked); m; m = re.exec(blanked)) {
      // "Health" alone names the health partner only as a label ("Health:", "for health", "Health partner").
      if (kind === 'icb' && /^health$/i.test(m[0])) {
        const before = blanked.slice(Math.max(0, m.index - 12), m.index);
        const after = blanked.slice(m.index + m[0].length, m.index + m[0].length + 10);
        if (!(/^\s*(?:[:|–—-]|partner|\(|$)/i.test(after) || /(?:^|\|\s*|\bfor |\bthe )\s*$/i.test(before) || m.index === 0)) continue;
      }
      out.push({ kind, start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The range of [start, end) of a block's plain text in the source. */
export function blockRange(doc: DocumentModel, block: Block, start: number, end: number): Range {
  return doc.rangeOf(block.text.sourceOffset(start), block.text.sourceEndOffset(end));
}

/** The source range of a block's text without surrounding spaces (a table cell without its pipes). */
export function textRange(doc: DocumentModel, block: Block): Range {
  const t = block.text.value;
  const start = t.length - t.trimStart().length;
  const end = t.trimEnd().length;
  if (end <= start) return block.range;
  return doc.rangeOf(block.text.sourceOffset(start), block.text.sourceEndOffset(end));
}
