/**
 * Who the partnership's people are, read from front matter, tables, lists and prose: the lead
 * safeguarding partners (LSPs), delegated safeguarding partners (DSPs), the partnership chair
 * and the independent scrutineer, each with the agency, the person's name (when one is given)
 * and the words around it (the post). Built once per document and shared by the people rules.
 *
 * A role comes, in order of strength, from the sentence itself ("Jane Okafor, Chief Executive,
 * is the lead safeguarding partner for the council"), a key cell ("Chair | Tomasz Nowak"), the
 * table header ("Delegated safeguarding partner"), a pseudo-heading paragraph
 * ("**Lead safeguarding partners**") or the section heading. Role words that are not the
 * person's own role are ignored: agents ("appointed by the LSPs"), negations ("is not the
 * partnership chair") and the past ("Until 2024 the partnership had an independent chair").
 */
import { TextMemo } from '../../text/memo.js';
import type { Block, DocumentModel, Section } from '../../parse/model.js';
import type { Range } from '../../types.js';
import { findPersonNames, type PersonName } from '../shared/person-names.js';
import { agencyMentions, chain, councilName, inGlossary, isPseudoHeading, items, isPastText, plain, sentences, textRange, type AgencyKind, type AgencyMention, type Item } from './text.js';
import { passageOf } from '../../read/passages.js';

export type Role = 'lsp' | 'dsp' | 'chair' | 'scrutineer';

export const ROLE_NAME: Record<Role, string> = {
  lsp: 'lead safeguarding partner',
  dsp: 'delegated safeguarding partner',
  chair: 'partnership chair',
  scrutineer: 'independent scrutineer',
};

export interface Person {
  role: Role;
  agency?: AgencyKind;
  /** The council's own name, to tell councils apart in a joint arrangement. */
  council?: string;
  /** The person's name, when one is given. */
  name?: string;
  /** Title or rank written before the name ("Detective Chief Inspector"). */
  title?: string;
  /** The words describing this person: the row, or the part of the sentence about them. */
  text: string;
  /** Where to report a problem with this person's entry. */
  range: Range;
  /** The blocks (and [start, end) within them) the text comes from, to locate a phrase exactly. */
  pieces: Array<{ block: Block; start: number; end: number }>;
  source: 'table' | 'list' | 'prose' | 'front-matter';
  section?: Section;
  /** The cell or words where the name belongs (the role column of a table row), and its text. */
  focus?: Range;
  focusText?: string;
}

const ROLE_PATTERNS: Array<[Role, RegExp]> = [
  ['lsp', /\blead safeguarding partners?\b|\bLSPs?\b(?! group)|\blead (?:statutory )?partners?\b|\blead representatives?\b|\bstatutory (?:safeguarding )?partners(?:'? executive)?\b/gi],
  ['dsp', /\bdelegated (?:safeguarding )?partners?\b|\bDSPs?\b(?! executive)|\bdelegates?\b|\bdelegation of functions\b|\b(?:(?:has|have|had) )?delegated (?:(?:the|this|their|his|her|its|day-to-day|safeguarding|statutory|lead|partner|partnership)\s+){0,3}(?:roles?|responsibilit\w+|functions?|duties|powers|leadership|authority|decision-making|running|management|oversight|work)(?: of (?:the|these|our) (?:arrangements|partnership))?(?: to\b)?|\b(?:(?:has|have|had) )?delegated to\b/gi],
  [
    'chair',
    /\bpartnership chair(?:person)?\b|\bindependent chair(?:person|man|woman)?\b|\bchair of the (?:safeguarding )?(?:children )?partnership\b|\b(?:executive|board|partnership) is chaired by\b|\bchairs? the (?:safeguarding )?(?:children )?(?:partnership|partners'? board|partnership executive|partnership board|executive)\b(?![’']s\b|\s+(?:[\w-]+\s+)?(?:sub-?)?(?:groups?|panels?|forums?|meetings?|committees?)\b)|\bas (?:the )?(?:partnership )?chair\b/gi,
  ],
  ['scrutineer', /\bindependent scrutineers?\b|\bscrutineers?\b|\b(?:independent )?scrutiny (?:is |will be )?(?:provided|led|delivered|carried out|undertaken) by\b|\bscrutiny (?:provider|lead)\b/gi],
];

/** Words of a post, for telling a post-only entry from a sentence that merely mentions a role. */
const POST = /\b(?:chief executive|director|chief constable|chief nurs\w*|superintendent|inspector|head of|commissioner|officer|manager|commander|clerk|CEO)\b/i;

const HEADING_ROLES: Array<[Role, RegExp]> = [
  ['lsp', /\blead safeguarding partners?\b|\bLSPs?\b|\blead (?:statutory )?partners?\b|\blead representatives?\b|\bstatutory (?:safeguarding )?partners(?:'? executive)?\b/i],
  ['dsp', /\bdelegat\w*|\bDSPs?\b/i],
  ['chair', /\bchairs?\b/i],
  ['scrutineer', /\bscrutin\w*/i],
];

/** Words before a role phrase that make it someone else's role, or not a role at all. */
const AGENT_BEFORE = /\b(?:by|to|with|from|for|of|on behalf of|between|among|amongst)\s+(?:the\s+|all\s+|our\s+|its\s+|their\s+|each\s+|any\s+)?(?:(?:three|3|five|two|four|other|jointly|both|relevant)\s+){0,2}$/i;
const NEGATED_BEFORE = /\b(?:not|no|nor|never|without|separate from|different from|rather than|instead of|neither)\b[^.;,]{0,25}$/i;

/**
 * True when the words between a role and a name make the name that role: "Lead safeguarding
 * partner: Helen Marchbank", "partnership chair for 2024–2026 is Lydia Bramwell", "LSPs are …".
 */
function linksRoleToName(gap: string, hit: string): boolean {
  // "… appointed a delegated safeguarding partner with authority to act for them: for the council, the Director (Bethan Lloyd)":
  // after a colon, the words before it describe the role; those after must be the name's post and agency.
  const colon = gap.indexOf(':');
  if (colon >= 0 && colon <= 80 && !/[.;]/.test(gap.slice(0, colon))) {
    const after = gap.slice(colon + 1);
    if (!/[.;]/.test(after) && (/^\s*$/.test(after) || linksThroughPost(`is ${after}`, DELEGATION.test(hit)))) return true;
  }
  if (/[.;]/.test(gap)) return false;
  if (gap.length <= 45) {
    if (/^[\s,:|–—-]*(?:\((?:LSPs?|DSPs?)\))?[\s,:|–—-]*(?:(?:is|are|was|will be)\s+)?(?:the\s+|our\s+)?(?:(?:council|ICB|police|local authority|health)(?:'s)?\s+)?[\s:–—-]*$/i.test(gap)) return true;
    // A short qualifier then a copula ("for 2024–2026 is", "(from April 2024) is").
    if (/\b(?:is|are|was|will be)\s+(?:the\s+|our\s+)?$/i.test(gap) && !/\b(?:appointed|appoint|have|has|meets?|sits?|reports?|attends?|with|by|to|supports?|works?|who|which|that)\b/i.test(gap)) return true;
  }
  return linksThroughPost(gap, DELEGATION.test(hit));
}

/** A delegation phrase: its subject is the lead partner, the person after "to" the delegated one. */
const DELEGATION = /^(?:(?:has|have|had) )?delegated\b(?! (?:safeguarding )?partners?\b)/i;

/** Lower-case words that may stand between a role and the name it introduces, beside the name's post and organisation. */
const POST_GAP_WORDS = new Set(
  `is are will be currently presently now the our its their three two four of for and at in nhs council councils police constabulary health local authority
   integrated care board icb chief executive executives officer officers constable director directors nurse nursing head paid service services children's
   children childrens commissioner superintendent commander deputy assistant detective public protection crime safeguarding borough county city district`.split(/\s+/),
);

/**
 * "lead safeguarding partners are the Chief Executive of Ambleford Borough Council (", "lead
 * partner is the Chief Executive, ": a copula or colon, then only the post and organisation the
 * name belongs to. Any other lower-case word (a verb, "with", "by") makes it someone else's role.
 * After a delegation, "the council to" labels each delegate.
 */
function linksThroughPost(gap: string, delegation: boolean): boolean {
  if (gap.length > 110 || !/^\s*(?:\((?:LSPs?|DSPs?)\)\s*)?(?:(?:is|are|will be)\b|:|\()/i.test(gap)) return false;
  return (gap.match(/[A-Za-z][\w'’-]*/g) ?? []).every((w) => /^[A-Z]/.test(w) || POST_GAP_WORDS.has(w.toLowerCase().replace(/’/g, "'")) || (delegation && w === 'to'));
}

/** Verbs that make a later role word someone else's ("Sue Ahmed supports the independent scrutineer"). */
const OTHER_VERB =
  /\b(?:supports?|meets?|works?|reports?|attends?|chairs?|advises?|joins?|helps?|assists?|liaises?|sits?|speaks?|holds?|receives?|provides?|manages?|leads?|oversees?|appointed by|commissioned by|reporting|working|supporting|alongside|with|and with|on behalf of)\b/i;

/** True when a role word after a name is that person's: by a copula ("is the …", "as …") or in apposition ("Helen Beaumont, Independent Scrutineer"). */
function linksNameToRole(gap: string, hit: string): boolean {
  if (gap.length > 160 || /[.;]/.test(gap)) return false;
  // The role said by a verb: "Jane Ross chairs the partnership", or by "as": "appointed Dr Priti Sandhu as partnership chair".
  if (/^(?:chairs|as)\b/i.test(hit) && /^\s*$/.test(gap)) return true;
  if (/\b(?:is|are|was|were|will be|acts as|serves as|as|becomes|remains|appointed as|named as)\s+(?:(?:the|our|its|their|a|an)\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(gap)) {
    const beforeCopula = gap.replace(/\b(?:is|are|was|were|will be|acts as|serves as|as|becomes|remains|appointed as|named as)\s+(?:(?:the|our|its|their|a|an)\s+)?(?:[\w'’-]+\s+){0,3}$/i, '');
    return !OTHER_VERB.test(beforeCopula);
  }
  return /^\s*(?:\*\*)?\s*[,(|–—-]/.test(gap) && !OTHER_VERB.test(gap) && !/\b(?:is|are|was|were|has|have|had|does|do)\b/i.test(gap);
}

interface RoleHit {
  role: Role;
  start: number;
  end: number;
}

/** The role words in `text`, in order (remembered by text: asked of every sentence on every keystroke). */
function roleHits(text: string): readonly RoleHit[] {
  return roleMemo.get(text, findRoleHits);
}

const roleMemo = new TextMemo<readonly RoleHit[]>();

function findRoleHits(text: string): readonly RoleHit[] {
  const out: RoleHit[] = [];
  for (const [role, re] of ROLE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ role, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

function ownRole(text: string, hit: RoleHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  return !AGENT_BEFORE.test(before) && !NEGATED_BEFORE.test(before);
}

/** Roles a heading or pseudo-heading gives the text under it; ambiguous mixes give none (chair + scrutineer is a real, if wrong, post). */
function contextRoles(raw: string, firstOnly: boolean): Role[] {
  const text = plain(raw);
  if (firstOnly) {
    const own = roleHits(text).filter((h) => ownRole(text, h));
    // "Each lead partner has delegated day-to-day leadership to a senior officer:": the list is the delegates.
    if (own.some((h) => DELEGATION.test(text.slice(h.start, h.end)))) return ['dsp'];
    // "Each LSP has appointed a delegated safeguarding partner with the authority to …:": the list is who was appointed.
    const appointed = own.find((h) => /\b(?:appointed|appoints?|nominated|named|chosen)\s+(?:(?:a|an|the|their|its|his|her|one)\s+)?$/i.test(text.slice(Math.max(0, h.start - 40), h.start)));
    if (appointed) return [appointed.role];
    return own[0] ? [own[0].role] : [];
  }
  const roles = HEADING_ROLES.filter(([, re]) => re.test(text)).map(([r]) => r);
  if (roles.length <= 1) return roles;
  if (roles.every((r) => r === 'chair' || r === 'scrutineer')) return roles;
  return [];
}

function sectionRoles(section: Section): Role[] {
  for (const s of chain(section)) {
    const roles = contextRoles(s.heading, false);
    if (roles.length) return roles;
  }
  return [];
}

function leadRoles(item: Item): Role[] {
  if (!item.lead) return [];
  const text = item.lead.text.value;
  return contextRoles(text, /:\s*$/.test(text) && text.split(/\s+/).length > 10);
}

const GENERIC_HEADER = /^(?:|item|element|detail|details|role|field|description|information|value|key)$/i;

/** Roles given by a table: a key cell ("Chair | …") in a key–value table, else the header. */
function tableRoles(item: Extract<Item, { kind: 'row' }>, inherited: Role[]): Role[] {
  const header = item.table.header.texts.map(plain);
  const keyValue = header.every((h) => GENERIC_HEADER.test(h.trim()));
  if (keyValue) {
    const key = plain(item.row.texts[0] ?? '').trim();
    if (/^(?:partnership )?chair(?:person)?$/i.test(key) && (/partnership/i.test(key) || inherited.includes('chair'))) return ['chair'];
    if (/^(?:independent )?(?:scrutineer|scrutiny provider|scrutiny lead|provider|who)$/i.test(key) && inherited.includes('scrutineer')) return ['scrutineer'];
    if (/^(?:lead safeguarding partners?|LSPs?)$/i.test(key)) return ['lsp'];
    if (/^(?:delegated safeguarding partners?|DSPs?)$/i.test(key)) return ['dsp'];
    return [];
  }
  const roles = new Set<Role>();
  header.forEach((h, i) => {
    if (i === 0 && !/\b(?:lead|delegated|LSP|DSP)\b/i.test(h)) return;
    for (const [role, re] of ROLE_PATTERNS) {
      re.lastIndex = 0;
      if (re.test(h)) roles.add(role);
    }
    if (/^(?:partnership )?chair$/i.test(h.trim()) && inherited.includes('chair')) roles.add('chair');
  });
  return [...roles];
}

/** A cell that is just a role's name ("| Lead Safeguarding Partner | Gillian Shaw | … |"): that row's role. */
// A qualifier may follow the role: "(council)", ", local authority", "– police", "for the ICB".
const QUALIFIER = String.raw`(?:\s*\([^)]*\)|\s*[,:–—-]\s*[^,:]{1,40}|\s+for (?:the )?[^,:]{1,40})?`;
const ROLE_CELL: Array<[Role, RegExp]> = [
  ['lsp', new RegExp(String.raw`^(?:lead safeguarding partners?|LSPs?|lead partners?)${QUALIFIER}$`, 'i')],
  ['dsp', new RegExp(String.raw`^(?:delegated safeguarding partners?|DSPs?|delegated partners?)${QUALIFIER}$`, 'i')],
  // A term of office or a status may follow in brackets: "Partnership Chair (1 December 2024 to 30 November 2026)", "(interim)".
  ['chair', /^(?:partnership chair(?:person)?|independent chair(?:person)?|chair of the (?:safeguarding )?partnership)(?:\s*\([^)]*\))?$/i],
  ['scrutineer', /^(?:independent scrutineers?|scrutineers?|independent scrutiny(?: provider)?)(?:\s*\([^)]*\))?$/i],
];

function rowRoleCell(item: Extract<Item, { kind: 'row' }>): Role[] {
  for (const t of item.row.texts) {
    // "Delegated Safeguarding Partner and Partnership Chair": both roles.
    const parts = plain(t).trim().split(/\s+(?:and|&)\s+|\s*\/\s*/i);
    const roles = parts.map((part) => ROLE_CELL.find(([, re]) => re.test(part.trim()))?.[0]);
    if (roles.every(Boolean)) return roles as Role[];
  }
  return [];
}

export interface People {
  all: Person[];
  of(role: Role): Person[];
}

const cache = new WeakMap<DocumentModel, People>();

const ADULTS_BOARD = /\b[Ss]afeguarding [Aa]dults? [Bb]oard\b|\b[A-Z]{0,3}SAB\b/;

/** The people of the document (memoised per document). */
export function peopleOf(doc: DocumentModel): People {
  let p = cache.get(doc);
  if (!p) {
    // The chair of a Safeguarding Adults Board (in joint arrangements) chairs the board, not the children's partnership.
    const all = [...fromFrontMatter(doc), ...fromBody(doc)].filter((x) => x.role !== 'chair' || !ADULTS_BOARD.test(x.text));
    p = { all, of: (role) => all.filter((x) => x.role === role) };
    cache.set(doc, p);
  }
  return p;
}

function fromBody(doc: DocumentModel): Person[] {
  const out: Person[] = [];
  for (const item of items(doc)) {
    if (inGlossary(item.section)) continue;
    // A pseudo-heading ("**Partnership chair**") labels what follows; it names nobody itself.
    if (item.kind === 'para' && item.lead === undefined && isLabel(doc, item.block)) continue;
    const inherited = leadRoles(item).length ? leadRoles(item) : sectionRoles(item.section);
    if (item.kind === 'row') {
      const cellRoles = rowRoleCell(item);
      const roles = cellRoles.length ? cellRoles : tableRoles(item, inherited);
      const rowRoles = roles.length ? roles : item.table.header.texts.every((h) => GENERIC_HEADER.test(h.trim())) ? [] : inherited;
      if (rowRoles.length) out.push(...fromRow(doc, item, rowRoles));
      else {
        // Read as prose, a row says only what its current cells say (not the "former arrangements" column).
        const current = item.row.texts.filter((_, i) => { const b = item.row.cells[i]?.block; return !b || passageOf(doc, b) === 'current'; });
        if (current.length) out.push(...fromProse(doc, item, plain(current.join(' | ')), undefined, []));
      }
      if (!rowRoles.includes('chair')) out.push(...chairMarkedInCell(doc, item));
      continue;
    }
    out.push(...fromProse(doc, item, item.text, item.block, inherited));
  }
  return out;
}

/** "(partnership chair)" or "Chair of the partnership" after a name in one cell of a partners table. */
const CHAIR_MARK = /\((?:and )?(?:the )?(?:partnership |safeguarding partnership |executive )?chair(?:person)?\)|\bpartnership chair\b|\bchair of the (?:safeguarding )?(?:children(?:'s)? )?partnership\b|\bchairs the (?:partnership|executive)\b/i;

/**
 * The chair marked in a cell of a partners table ("David Okafor, Director of Children's Services
 * (partnership chair)"): the person named in that cell is also the chair.
 */
function chairMarkedInCell(doc: DocumentModel, item: Extract<Item, { kind: 'row' }>): Person[] {
  const out: Person[] = [];
  for (const cell of item.row.cells) {
    const b = cell.block;
    if (passageOf(doc, b) !== 'current' || !CHAIR_MARK.test(b.text.value) || INDEPENDENT_MARK.test(b.text.value)) continue;
    const name = findPersonNames(b.text.value)[0];
    if (!name) continue;
    const agency = item.row.texts.map((t) => agencyMentions(plain(t))[0]?.kind).find(Boolean);
    out.push({ role: 'chair', agency, name: name.name, title: name.title || undefined, text: plain(b.text.value), range: textRange(doc, b), pieces: [{ block: b, start: 0, end: b.text.value.length }], source: 'table', section: item.section, focus: textRange(doc, b), focusText: b.text.value.trim() });
  }
  return out;
}
const INDEPENDENT_MARK = /\bindependent chair/i;

function isLabel(doc: DocumentModel, block: Block): boolean {
  return isPseudoHeading(doc, block) && block.text.value.trim().split(/\s+/).length <= 6 && !findPersonNames(block.text.value).length;
}

/** The header column of each role ("| Agency | LSP | Post | DSP | Post |"), or -1. */
function roleColumn(header: string[], role: Role): number {
  return header.findIndex((h, i) => (i > 0 || /\b(?:lead|delegated|LSP|DSP)\b/i.test(h)) && ROLE_PATTERNS.some(([r, re]) => r === role && new RegExp(re.source, 'i').test(h)));
}

function fromRow(doc: DocumentModel, item: Extract<Item, { kind: 'row' }>, roles: Role[]): Person[] {
  const out: Person[] = [];
  const cells = item.row.cells.map((c) => c.block);
  const texts = item.row.texts.map(plain);
  const rowText = texts.join(' | ');
  if (isPastText(rowText) && !/\bformerly\b/i.test(rowText)) return out;
  // A version-history row, or the "former arrangements" column of an old-versus-new table.
  if (cells.every((b) => passageOf(doc, b) === 'historical')) return out;
  const header = item.table.header.texts.map(plain);
  const roleCols = roles.map((r) => roleColumn(header, r)).filter((c) => c >= 0).sort((x, y) => x - y);
  for (const role of roles) {
    // With role columns, each role reads its own column and the columns after it up to the next
    // role column ("Post"), plus the cells before the first role column (the agency).
    const col = roleColumn(header, role);
    let span = cells.map((_, i) => i);
    if (col >= 0) {
      const next = roleCols.find((c) => c > col) ?? cells.length;
      const first = roleCols[0] ?? col;
      span = span.filter((i) => i < first || (i >= col && i < next));
    }
    const spanTexts = span.map((i) => texts[i] ?? '');
    let agency: AgencyKind | undefined;
    for (const t of spanTexts) {
      const m = agencyMentions(t)[0];
      if (m) {
        agency = m.kind;
        break;
      }
    }
    const council = agency === 'local-authority' ? spanTexts.map((t) => councilName(t)).find(Boolean) : undefined;
    const spanCells = span.map((i) => cells[i]!).filter(Boolean);
    const names = (col >= 0 ? [cells[col]!] : spanCells)
      .filter((b) => b && passageOf(doc, b) === 'current')
      .flatMap((b) => findPersonNames(b.text.value));
    const focusBlock = cells[col >= 0 ? col : cells.length > 1 ? 1 : 0] ?? cells[0]!;
    const base = {
      role,
      agency,
      council,
      text: spanTexts.join(' | '),
      range: item.row.range,
      pieces: spanCells.map((b) => ({ block: b, start: 0, end: b.text.value.length })),
      source: 'table' as const,
      section: item.section,
      focus: textRange(doc, focusBlock),
      focusText: focusBlock.text.value.trim(),
    };
    // A name in another column of the span ("| Agency | LSP | Name |") counts too.
    const all = names.length ? names : spanCells.filter((b) => passageOf(doc, b) === 'current').flatMap((b) => findPersonNames(b.text.value));
    if (!all.length) {
      if (agency || role === 'chair' || role === 'scrutineer') out.push(base);
      continue;
    }
    for (const n of all) out.push({ ...base, name: n.name, title: n.title || undefined });
  }
  return out;
}

/**
 * True when a name is the subject of the delegation that follows it: "Mark Dunne has delegated",
 * "Helen Marsters, Chief Executive, who has delegated", "Dr Ravi Shah … is the lead partner and
 * has delegated". A preposition makes the delegation someone else's ("reports to the Chief
 * Constable, who has delegated").
 */
function isDelegator(gap: string): boolean {
  const core = gap.replace(/\([^()]*\)/g, ' ').replace(/^\s*,[^,]{0,80},/, ' ');
  if (core.length > 100 || /[.;]/.test(core)) return false;
  // "who has delegated" refers to the words right before "who".
  const who = /\b(?:who|which)\s+(?:(?:has|have|had)\s+)?$/i.exec(core);
  if (who) return /^[\s,]*$/.test(core.slice(0, who.index));
  return /^\s*(?:[^,]{0,60}\band\s+)?(?:(?:has|have|had)\s+)?$/i.test(core) && !/\b(?:supports?|advises?|assists?|reports?)\b/i.test(core);
}

interface Segment {
  /** [start, end) of the person's part of the sentence. */
  start: number;
  end: number;
  /** The agency the person's own words give: bracketed with the name, or a label right before it. */
  agency?: AgencyMention;
}

/** An agency right before a name labels it: "Westmere Police: Rachel Tennant", "for the ICB, Jane Ross", "the council to Owen Pickering". */
const LABEL_GAP = /^(?:[\s*_:–—,-]*|\s*,?\s+to\s+)$/i;

/**
 * Each named person's part of a sentence. A name in brackets ("the Chief Executive of Ambleford
 * Borough Council (Helen Marsters)") owns the words before the bracket back to the previous
 * person; a name with a bracket after it ("Helen Marsters (Chief Executive, Ambleford Borough
 * Council)") owns the bracket; a name with an agency label right before it starts at the label
 * (and the label's own words: "the Chief Executive of Eastbridge City Council, Amanda Cole");
 * any other name starts at itself. The first person's part starts the sentence (or the clause
 * after the last semicolon or colon before them).
 */
function personSegments(sentence: string, names: PersonName[], agencies: readonly AgencyMention[]): Segment[] {
  const segs: Segment[] = [];
  // Where each person's own words end when a bracket closes them; else undefined (to the next person).
  const closed: Array<number | undefined> = [];
  names.forEach((n, i) => {
    const floor = i === 0 ? 0 : Math.max(names[i - 1]!.end, closed[i - 1] ?? 0);
    const head = sentence.slice(floor, n.start);
    const clause = floor + Math.max(head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
    const closing = /\(\s*$/.test(sentence.slice(floor, n.start)) ? /^\s*\)/.exec(sentence.slice(n.end)) : null;
    const label = agencies.filter((a) => a.start >= floor && a.end <= n.start && LABEL_GAP.test(sentence.slice(a.end, n.start))).pop();
    let start = i === 0 ? 0 : n.start;
    let agency: AgencyMention | undefined;
    let end: number | undefined;
    if (closing) {
      start = i === 0 ? 0 : clause;
      agency = agencies.filter((a) => a.start >= clause && a.end <= n.start).pop();
      end = n.end + closing[0].length;
    } else {
      if (label) {
        start = i === 0 ? 0 : Math.max(clause, extendBack(sentence, label.start, floor));
        agency = label;
      }
      const trailing = /^\s*\([^()]*\)/.exec(sentence.slice(n.end));
      const bracketEnd = trailing ? n.end + trailing[0].length : 0;
      if (trailing && !(names[i + 1] && names[i + 1]!.start < bracketEnd)) {
        end = bracketEnd;
        agency ??= agencies.find((a) => a.start >= n.end && a.end <= bracketEnd);
      }
    }
    closed.push(end);
    segs.push({ start, end: end ?? sentence.length, agency });
  });
  // A part not closed by a bracket runs to the next person's part.
  segs.forEach((seg, i) => {
    const next = segs[i + 1];
    if (next && closed[i] === undefined) seg.end = Math.max(names[i]!.end, next.start);
  });
  return segs;
}

/** A label's own words before it belong to the same person ("and the Chief Executive of Eastbridge City Council, Amanda Cole"). */
function extendBack(sentence: string, at: number, floor: number): number {
  let start = at;
  const re = /(?:^|[\s])((?:[A-Z][\w'’-]*|of|the|for)\s+)$/;
  for (let m = re.exec(sentence.slice(floor, start)); m; m = re.exec(sentence.slice(floor, start))) start -= m[1]!.length;
  return start;
}

function fromProse(doc: DocumentModel, item: Item, text: string, block: Block | undefined, inherited: Role[]): Person[] {
  const out: Person[] = [];
  // A history section or a quotation names who held a post then, or what the guidance says.
  if (block && passageOf(doc, block) !== 'current') return out;
  const source = item.kind === 'row' ? 'table' : block?.inList ? 'list' : 'prose';
  const priorKinds = new Set<AgencyKind>();
  // "… Chief Constable, Ferris County Police: Gail Whitlock. These three lead safeguarding partners agree…": the role looks back.
  const back = /(?:^|[.!?\n]\s*)(?:These|Those|The above|Together,? these|All three)\s+(?:three\s+|3\s+|people\s+|named\s+)?/g;
  for (let m = back.exec(text); m; m = back.exec(text)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const hit = roleHits(rest).find((h) => h.start === 0 || /^(?:are\s+(?:the|our)\s+)$/i.test(rest.slice(0, h.start)));
    if (hit && !inherited.includes(hit.role)) inherited = [...inherited, hit.role];
  }
  for (const [ss, se] of sentences(text)) {
    const sentence = text.slice(ss, se);
    const mentioned = agencyMentions(sentence);
    if (isPastText(sentence)) {
      for (const m of mentioned) priorKinds.add(m.kind);
      continue;
    }
    const hits = roleHits(sentence);
    // With no role word here or above, nobody in this sentence holds a role.
    if (!hits.length && !inherited.length) {
      for (const m of mentioned) priorKinds.add(m.kind);
      continue;
    }
    const names = findPersonNames(sentence);
    const agencies = mentioned;
    const rangeOf = (s: number, e: number): Range =>
      block ? doc.rangeOf(block.text.sourceOffset(ss + s), block.text.sourceEndOffset(ss + e)) : item.range;
    const piecesOf = (s: number, e: number) => (block ? [{ block, start: ss + s, end: ss + e }] : item.kind === 'row' ? item.row.cells.map((c) => ({ block: c.block, start: 0, end: c.block.text.value.length })) : []);
    if (!names.length) {
      // Nameless: a post-only entry ("chaired by the ICB's delegated safeguarding partner"), one per role.
      const own = hits.filter((h) => ownRole(sentence, h));
      const roles = own.length ? [...new Set(own.map((h) => h.role))] : inherited;
      const agency = agencies[0]?.kind;
      for (const role of roles) {
        if (!agency && role !== 'chair' && role !== 'scrutineer') continue;
        // A nameless LSP or DSP entry must at least give a post ("Chief Executive – Riverford Council").
        if ((role === 'lsp' || role === 'dsp') && source === 'prose' && !POST.test(sentence)) continue;
        if ((role === 'chair' || role === 'scrutineer') && !own.some((h) => h.role === role)) continue;
        out.push({
          role,
          agency,
          council: agency === 'local-authority' ? councilName(sentence) : undefined,
          text: sentence,
          range: rangeOf(0, sentence.length),
          pieces: piecesOf(0, sentence.length),
          source,
          section: item.section,
        });
      }
      for (const m of mentioned) priorKinds.add(m.kind);
      continue;
    }
    const segs = personSegments(sentence, names, agencies);
    let previous: { roles: Role[]; inheritable: boolean } | undefined;
    const rolesOf: Role[][] = [];
    names.forEach((n, i) => {
      const { start: chunkStart, end: chunkEnd } = segs[i]!;
      const after = hits.filter((h) => h.start >= n.end && h.start < (segs[i + 1]?.start ?? sentence.length) && ownRole(sentence, h));
      // Own roles after the name, within its part ("Jane Okafor, Chief Executive, is the lead safeguarding partner").
      // A delegation after the name makes its subject the lead partner ("Mark Dunne has delegated his functions to …").
      let roles = after.filter((h) => !DELEGATION.test(sentence.slice(h.start, h.end)) && linksNameToRole(sentence.slice(n.end, h.start), sentence.slice(h.start, h.end))).map((h) => h.role);
      if (after.some((h) => DELEGATION.test(sentence.slice(h.start, h.end)) && isDelegator(sentence.slice(n.end, h.start)))) roles.push('lsp');
      let inheritable = false;
      // A role right before the name: "Lead safeguarding partner: Helen Marchbank", "scrutiny is provided by Professor Alan Cheung".
      const before = hits.filter((h) => h.end <= n.start && h.start >= (i === 0 ? 0 : names[i - 1]!.end) && ownRole(sentence, h)).pop();
      const gap = before ? sentence.slice(before.end, n.start) : '';
      if (before && linksRoleToName(gap, sentence.slice(before.start, before.end))) {
        if (!roles.length) inheritable = true;
        if (!roles.includes(before.role)) roles = [before.role, ...roles];
      } else if (!roles.length) {
        if (previous?.inheritable) {
          roles = previous.roles;
          inheritable = true;
        } else if (!hits.some((h) => ownRole(sentence, h) && h.start >= chunkStart && h.start < chunkEnd)) {
          roles = inherited;
        }
      }
      // Under a "Partnership chair" or "Independent scrutiny" label, the person named is that, whatever else they are.
      if (!roles.some((r) => r === 'chair' || r === 'scrutineer')) roles = [...roles, ...inherited.filter((r) => (r === 'chair' || r === 'scrutineer') && !roles.includes(r))];
      previous = { roles, inheritable };
      rolesOf.push(roles);
    });
    // "Westmere Council: Simon Achebe; the ICB: Claire Hollis; … are our delegated safeguarding partners".
    const last = names.length - 1;
    if (last > 0 && rolesOf[last]!.length) {
      const tail = sentence.slice(names[last]!.end);
      const plural = hits.find((h) => h.start >= names[last]!.end && ownRole(sentence, h) && /\b(?:are|were|as|form|make up)\b/i.test(sentence.slice(names[last]!.end, h.start)));
      if (plural && tail.length) for (let i = 0; i < last; i++) if (!rolesOf[i]!.length) rolesOf[i] = [plural.role];
    }
    const kinds = new Set(agencies.map((a) => a.kind));
    names.forEach((n, i) => {
      const roles = rolesOf[i]!;
      if (!roles.length) return;
      const { start: chunkStart, end: chunkEnd, agency: own } = segs[i]!;
      const inChunk = agencies.filter((a) => a.start >= chunkStart && a.end <= chunkEnd);
      // The agency: the person's own (bracketed or label) one, else the first after the name in
      // their part, else the last before it.
      const near =
        own ??
        inChunk.find((a) => a.start >= n.end) ??
        inChunk.filter((a) => a.end <= n.start).pop() ??
        // The sentence (or, failing that, the paragraph so far) is about one agency only: "For health, … Helen Fry … is the DSP".
        (kinds.size === 1 ? agencies[0] : undefined) ??
        (agencies.length === 0 && priorKinds.size === 1 ? { kind: [...priorKinds][0]!, start: 0, end: 0, text: '' } : undefined);
      const chunk = sentence.slice(chunkStart, chunkEnd);
      for (const role of new Set(roles)) {
        out.push({
          role,
          agency: near?.kind,
          council: near?.kind === 'local-authority' ? councilName(chunk) : undefined,
          name: n.name,
          title: n.title || undefined,
          text: chunk,
          range: rangeOf(chunkStart, chunkEnd),
          pieces: piecesOf(chunkStart, chunkEnd),
          source,
          section: item.section,
        });
      }
    });
    for (const m of mentioned) priorKinds.add(m.kind);
  }
  return out;
}

/** Front matter: `lead_partners`, `delegated_partners` (lists of {name, post, agency}), `chair`, `scrutineer`. */
function fromFrontMatter(doc: DocumentModel): Person[] {
  const fm = doc.frontMatter;
  if (!fm || fm.errors.length || !fm.data || typeof fm.data !== 'object') return [];
  const data = fm.data as Record<string, unknown>;
  const nested = data.safeguarding && typeof data.safeguarding === 'object' ? (data.safeguarding as Record<string, unknown>) : undefined;
  const root = nested ?? data;
  const prefix = nested ? ['safeguarding'] : [];
  const out: Person[] = [];
  const add = (role: Role, value: unknown, path: (string | number)[]): void => {
    const range = fm.rangeOf([...prefix, ...path]) ?? fm.range;
    let name: string | undefined;
    let text = '';
    if (typeof value === 'string') {
      text = value;
      name = findPersonNames(value)[0]?.name;
    } else if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      const nm = typeof v.name === 'string' ? v.name.trim() : '';
      name = nm && !/^(?:TBC|TBA|TODO|xxx+|<.*>|\[.*\])$/i.test(nm) ? nm : undefined;
      text = [v.name, v.post, v.agency].filter((x) => typeof x === 'string').join(', ');
    } else return;
    const agency = agencyMentions(text)[0]?.kind;
    out.push({ role, agency, council: agency === 'local-authority' ? councilName(text) : undefined, name, text, range, pieces: [], source: 'front-matter' });
  };
  const list = (key: string, role: Role): void => {
    const v = root[key];
    if (Array.isArray(v)) v.forEach((x, i) => add(role, x, [key, i]));
  };
  list('lead_partners', 'lsp');
  list('delegated_partners', 'dsp');
  if (root.chair !== undefined) add('chair', root.chair, ['chair']);
  if (root.scrutineer !== undefined) add('scrutineer', root.scrutineer, ['scrutineer']);
  return out;
}

/** The exact source range of the first match of `re` in a person's text, else the entry's range. */
export function rangeIn(doc: DocumentModel, person: Person, re: RegExp): Range {
  const flags = re.flags.replace('g', '');
  for (const p of person.pieces) {
    const slice = p.block.text.value.slice(p.start, p.end);
    const m = new RegExp(re.source, flags).exec(slice);
    if (m) return doc.rangeOf(p.block.text.sourceOffset(p.start + m.index), p.block.text.sourceEndOffset(p.start + m.index + m[0].length));
  }
  return person.range;
}

/** Sections (and pseudo-headings) that introduce a role: where a missing person belongs. */
export function roleHome(doc: DocumentModel, role: Role): Range | undefined {
  const re = HEADING_ROLES.find(([r]) => r === role)![1];
  const s = doc.sections.find((x) => re.test(plain(x.heading)) && !inGlossary(x) && contextRoles(x.heading, false).includes(role));
  if (s) return s.headingRange;
  const lead = items(doc).find((i) => i.lead && re.test(plain(i.lead.text.value)) && leadRoles(i).includes(role));
  return lead?.lead?.range;
}
