/**
 * Relevant-agency contributions read like a finance officer would: which organisations other
 * than the three statutory partners the text says give money to the partnership ("The Probation
 * Service contributes £5,000 a year", "£8,000 comes from the OPCC", "Schools Forum funds the
 * adviser post (£20,000)"), and whether the funding table has a row for each. Used by
 * `arrangements/relevant-agency-contributions`.
 *
 * Names are matched by kind, so "OPCC" finds "Office of the Police and Crime Commissioner" and
 * "Schools Forum" finds "Schools"; for kinds an area has several of (trusts, colleges, district
 * councils…) the distinctive words of the two names must also meet, with the area's own name
 * ("Westmere") set aside.
 */
import type { Block, DocumentModel } from '../../parse/model.js';
import type { Range } from '../../types.js';
import { findAmounts, findPercents } from '../shared/money.js';
import { budgetTables } from './funding.js';
import { fundingTables, type FundingTable } from './funding-tables.js';
import { agencyMentions, blockRange, inGlossary, items, NOT_YET, PAST, plain, sentences } from './text.js';

/** Resources given in kind (rooms, venues, secondments, hosting), not money. */
export const IN_KIND =
  /\bin[- ]kind\b|\b(?:provides?|providing|offers?|gives?) (?:free |the )?(?:use of )?(?:its |their )?(?:training |meeting |conference )?(?:rooms?|venues?|accommodation|premises|office space|meeting space|conference cent(?:re|er))\b|\bhosts? (?:the )?(?:\w+ ){0,3}(?:meetings?|conference|events?)\b|\bsecond(?:ed|ment)\b|\bat no cost\b|\baccommodation for\b|\bfree use of\b|\bpractitioner time\b/i;

export type RelevantKind =
  | 'opcc'
  | 'btp'
  | 'probation'
  | 'youth-justice'
  | 'schools'
  | 'college'
  | 'university'
  | 'health-provider'
  | 'ambulance'
  | 'fire'
  | 'district'
  | 'cafcass'
  | 'vcse'
  | 'housing'
  | 'custody'
  | 'community-safety'
  | 'violence-reduction'
  | 'relevant-agencies';

const CAPS = "(?:[A-Z][\\w'&-]*\\s)";
/** Bodies that are not statutory partners, with the other names they go by. Earlier entries win ties. */
const RELEVANT: Array<[RelevantKind, RegExp]> = [
  ['opcc', /\b(?:(?:the )?Office of the )?(?:Police,? (?:Fire )?and Crime Commissioner(?:'s Office| Office)?|PF?CC)\b|\bOPF?CC\b/gi],
  ['btp', /\bBritish Transport Police\b/gi],
  ['probation', /\b(?:HM Prison and Probation Service|HMPPS|(?:National )?Probation(?: Service| Delivery Units?| Trust)?|PDUs?)\b/gi],
  ['youth-justice', /\byouth (?:justice|offending) (?:services?|teams?|partnerships?|boards?)\b|\b(?:YJS|YOT|YOS)\b/gi],
  ['schools', new RegExp(`\\b${CAPS}+(?:Learning|Academy|Academies|Schools|Education) Trusts?\\b`, 'g')],
  ['schools', /\bmulti-academy trusts?\b|\bacadem(?:y|ies) trusts?\b|\bschools'? forum\b|\bDedicated Schools Grant\b|\bDSG\b|\bschools\b|\bacademies\b/gi],
  ['health-provider', new RegExp(`\\b(?:NHS\\s)?${CAPS}*[A-Z][\\w'-]*(?:\\s(?:NHS|Foundation))*\\sTrusts?\\b`, 'g')],
  ['health-provider', new RegExp(`\\b${CAPS}*Hospitals?\\b`, 'g')],
  ['health-provider', /\bhospitals?\b|\b(?:NHS|foundation|hospital|community health|health) trusts?\b|\bcommunity health (?:services?|providers?)\b/gi],
  ['ambulance', /\bambulance (?:services?|trusts?)\b/gi],
  ['university', new RegExp(`\\b${CAPS}*Universit(?:y|ies)\\b(?!\\s+Hospitals?)`, 'g')],
  ['university', /\buniversit(?:y|ies)\b(?!\s+hospitals?)/gi],
  ['college', /\b(?:further education |FE |sixth[- ]form )?colleges?\b/gi],
  ['fire', /\bfire and rescue(?: services?| authorit(?:y|ies))?\b|\bfire (?:services?|authorit(?:y|ies)|brigades?)\b/gi],
  ['district', /\b(?:(?:city|borough),? and )?district councils?\b|\bdistricts\b/gi],
  ['cafcass', /\bCafcass\b/gi],
  ['vcse', /\b(?:VCSE|VCFSE|VCS|CVS)\b|\bvoluntary (?:sector|action|organisations?)\b|\bcouncils? for voluntary (?:service|action)\b|\bcharit(?:y|ies)\b/gi],
  ['housing', /\bhousing (?:associations?|providers?)\b/gi],
  ['custody', /\b(?:young offender institutions?|YOIs?|secure (?:children's homes?|training centres?|schools?))\b/gi],
  ['community-safety', /\bcommunity safety partnerships?\b|\bCSPs?\b/gi],
  ['violence-reduction', /\bviolence reduction (?:units?|partnerships?|networks?)\b/gi],
  ['violence-reduction', /\bVR[UPN]\b/g],
  ['relevant-agencies', /\brelevant (?:agenc(?:y|ies)|partners|organisations)\b/gi],
];

/** Kinds an area usually has several of: the names must meet as well as the kinds. */
const NAMED_KINDS = new Set<RelevantKind>(['health-provider', 'college', 'university', 'vcse', 'district', 'housing', 'custody', 'schools']);

/** A table row that stands for every relevant agency ("Relevant agencies", "Other partners"). */
const CATCH_ALL = /\b(?:relevant (?:agenc(?:y|ies)|partners|organisations)|other (?:partners|agencies|contributors|organisations|bodies))\b/i;

/** Capitalised words that start a sentence rather than a name. */
const SENTENCE_WORD = new Set(
  'the a an our their its this these those each every all both in on at for from with by to of and or also currently since until however additionally finally further furthermore moreover meanwhile similarly separately likewise together alongside annually now today last next as under through via including within where when while whilst if although though besides plus then so but yet'.split(' '),
);
/** …and words that qualify a name without being part of it. */
const NOT_NAME = new Set([...SENTENCE_WORD, ...'local partner partners relevant other statutory funding contributions contribution budget'.split(' ')]);
/** Words every organisation of a kind shares: not what tells two of them apart. */
const GENERIC = new Set(
  'nhs foundation trust service council partnership delivery unit forum ltd limited cic group relevant agency agencie district borough city county college university universitie hospital school grant dedicated academy academie learning the of and for further education sixth form fe'.split(' '),
);

export interface RelevantMention {
  kind: RelevantKind;
  /** The name as written, widened to the place name before it ("Dalshire Probation Delivery Unit"). */
  start: number;
  end: number;
  name: string;
  /** "the" stood before the name. */
  definite: boolean;
}

/** The relevant agencies named in `text`, in order, without overlaps (the earliest, longest name wins). */
export function relevantMentions(text: string): RelevantMention[] {
  const t = plain(text);
  const found: Array<{ kind: RelevantKind; start: number; end: number; rank: number }> = [];
  RELEVANT.forEach(([kind, re], rank) => {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      let start = m.index;
      // A trust name must not swallow the partner before it ("Westmere Council and Dale Community Health NHS Trust").
      const cut = kind === 'health-provider' || kind === 'schools' ? /^.*\b(?:Council|Police|Constabulary|ICB|Board|Service|Forum)\s+(?:and|&)\s+/.exec(m[0]) : null;
      if (cut) start += cut[0].length;
      found.push({ kind, start, end: m.index + m[0].length, rank });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const out: RelevantMention[] = [];
  let reach = -1;
  for (const f of found) {
    if (f.start < reach) continue;
    reach = f.end;
    const start = widenLeft(t, stripLeading(t, f.start, f.end));
    const before = t.slice(Math.max(0, start - 4), start);
    out.push({ kind: f.kind, start, end: f.end, name: text.slice(start, f.end), definite: /\bthe\s$/i.test(before) });
  }
  return out;
}

/** Drops sentence words a capitalised-name pattern took in ("The Westmere College" → "Westmere College"). */
function stripLeading(t: string, start: number, end: number): number {
  let s = start;
  for (let m = /^([A-Za-z][\w'-]*)\s+/.exec(t.slice(s, end)); m && SENTENCE_WORD.has(m[1]!.toLowerCase()); m = /^([A-Za-z][\w'-]*)\s+/.exec(t.slice(s, end))) s += m[0].length;
  return s;
}

/** Widens a name over the capitalised words before it ("Dalshire" in "Dalshire Probation Delivery Unit"). */
function widenLeft(t: string, start: number): number {
  let s = start;
  for (;;) {
    const m = /([A-Z][\w'-]*)\s$/.exec(t.slice(Math.max(0, s - 40), s));
    if (!m || NOT_NAME.has(m[1]!.toLowerCase()) || /'s$/.test(m[1]!)) return s;
    s -= m[0].length;
  }
}

/** The words of a name that tell it apart from others of its kind, the area's own name set aside. */
function distinctive(name: string, area: ReadonlySet<string>): Set<string> {
  const words = plain(name).match(/\b[A-Z][\w'-]*/g) ?? [];
  return new Set(words.map(word).filter((w) => !GENERIC.has(w) && !area.has(w) && !NOT_NAME.has(w)));
}

/** A word of a name, compared without case, possessive or plural. */
function word(w: string): string {
  return w.toLowerCase().replace(/'s$/, '').replace(/(?<!s)s$/, '');
}

// ---------------------------------------------------------------------------------------------
// What counts as saying an agency gives money.

/** Words that make a figure after the agency's name its contribution. */
const GIVES = /\bcontribut\w*|\btowards\b|\bdonates?\b|\bputs? in\b|\bgives?\b|\bprovides?\b|\b(?:meets?|covers?) the costs?\b/i;
/** Words that do so only when the clause is about the partnership: "The OPCC funds the Harbour Project (£50,000 a year)" is not. */
const PAYS = /\b(?:part[- ]|co-?)?funds?\b|\bfunding\b|\bpays?\b|\ba year\b|\bper (?:year|annum)\b|\bannual(?:ly)?\b|\beach year\b/i;
const PARTNERSHIP = /\bpartnership\b|\bbudget\b|\bbusiness unit\b|\barrangements\b/i;
/** The name is what is paid, not who pays: "The partnership pays Probation £5,000 for audits", "£2,000 for the Youth Justice Service". */
const PAID_TO = /\b(?:pays?|paid|funds?|funded|gives?|gave|commissions?|commissioned|buys?|purchases?|awards?|awarded|grants?|to|for)\s+(?:the\s+|our\s+|local\s+)?$/i;
/** A figure given to someone else: "gives £50,000 to the Harbour Project". */
const GIVEN_TO = /^\s*(?:a year |each year |per year |annually )?to (?:the )?([A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|and|of|&))*)/;
/** The partnership itself or one of its parts, as a recipient. */
const OURS = /\b(?:Partnership|Board|Business Unit|Budget|Group|Executive|Panel|Subgroup|Sub-group|Safeguarding)\b/;
/** Words in a list's lead-in or a table's header that make a figure a contribution ("Contribution (£)", "Funding:"). */
const MONEY_VERB =
  /\bcontribut\w*|\b(?:part[- ]|co-?)?funds?\b|\bfunding\b|\bpays?\b|\bgives?\b|\bprovides?\b|\bdonates?\b|\bputs? in\b|\btowards\b|\ba year\b|\bper (?:year|annum)\b|\bannual(?:ly)?\b|\beach year\b|\bbudget\b|\b(?:meets?|covers?) the costs?\b/i;
/** A figure before the name belongs to it when the name is its source: "£8,000 comes from Probation", "(£20,000) is funded by the Schools Forum". */
const SOURCE_CUE = /^[^.;£\d]{0,45}?\b(?:from|by)\s+(?:the\s+|each\s+|all\s+|our\s+)?$/i;
/** A verb before the name that makes it the giver: "(funded by Dalshire Academy Trust) | £20,000". */
const GIVEN_BY = /\b(?:(?:part[- ]|co-?)?funded|paid(?: for)?|provided|contributed|given|met|covered|sponsored|donated) by\s+(?:the\s+)?$/i;
/** Money without a figure: "makes a financial contribution", "contributes to the partnership budget", "funds the business unit". */
const FINANCIAL =
  /\bfinancial(?:ly)? contribut\w*|\bcontribut\w* financially\b|\bcontribut\w* (?:funding|money|cash)\b|\bcontribut\w* (?:to|towards) (?:the |our )?(?:partnership(?:'s)? |pooled |shared |joint |multi-agency |annual |central )?(?:budget|costs?|funding|funds)\b|\b(?:part[- ]|co-?)?funds? (?:the |a |an |our |part of the )?(?:[\w'-]+ ){0,4}?(?:partnership|business unit|budget|post|role|adviser|advisor|officer|training|coordinator|co-ordinator|team|lead)\b|\bpays? (?:for|towards)\b|\bbudget contribution\b/i;
/** A relevant agency's money inside a partner's: "The police contribute £70,000, including £10,000 from the OPCC". */
const PART_OF = /\b(?:including|includes|incl\.?|of which|within (?:this|that|its)|as part of)\b/i;
/** Names joined so that one figure or verb serves both: "Probation and the OPCC contribute £5,000 each". */
const JOINED = /^\s*(?:,|and|&|as well as|plus|,\s*and)\s*(?:the\s+)?$/i;

/** Past contributions: "contributed until 2022", "was funded by", "In 2021 the OPCC funded…". */
const HISTORY =
  /\buntil\b|\bno longer\b|\bceased\b|\bstopped\b|\bwithdr[ae]w\b|\bused to\b|\b(?:was|were) (?:\w+ )?(?:funded|paid|provided|contributed|given|met|agreed|made)\b|(?<!\b(?:has|have|is|are|be|been|being) )\b(?:contributed|funded|donated|gave)\b(?! by)|\bmade (?:a|an) (?:\w+ )?contribution\b|\blast year\b/i;
/** Plans, requests and negations: "may contribute in future", "has been asked to contribute", "does not contribute". */
const PLAN =
  /\bmay\b|\bmight\b|\bcould\b|\bwould\b|\bshould\b|\bwill\b(?! continue)|\bshall\b|\bgoing to\b|\bask(?:ed|ing|s)?\b|\binvit\w+|\bapproach(?:ed|ing)\b|\bseek\w*|\bsought\b|\bexplor\w+|\bdiscuss\w*|\bpropos\w+|\bnegotiat\w+|\bpending\b|\bif\b|\bwhether\b|\bunless\b|\bexpect\w*|\bhop(?:e|es|ed|ing)\b|\bpotential(?:ly)?\b|\bpossib\w+|\bnot\b|n't\b|\bno (?:financial |further |longer |direct )?(?:contribution|funding|money|budget)\b|\bnor\b|\bneither\b|\bwithout\b|\?/i;

/** An agency meeting its own costs ("pays for its own staff to attend training") gives the partnership nothing. */
const OWN_COSTS = /\b(?:pays?|paid|meets?|covers?|funds?|bears?)\b[^.;]{0,20}\b(?:its|their) own\b/i;

function excluded(clause: string): boolean {
  return HISTORY.test(clause) || PAST.test(clause) || PLAN.test(clause) || NOT_YET.test(clause) || OWN_COSTS.test(clause);
}

/** Clauses of a sentence: a contribution and a history can share a sentence ("…£5,000; the OPCC contributed until 2022"). */
function clauses(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /;|,? (?:but|while|whilst|whereas|although) /gi;
  re.lastIndex = start;
  let s = start;
  const slice = text.slice(0, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push([s, m.index]);
    s = m.index + m[0].length;
  }
  out.push([s, end]);
  return out;
}

interface Figure {
  start: number;
  end: number;
  text: string;
}

function figures(text: string): Figure[] {
  const out: Figure[] = [
    ...findAmounts(text, { requirePound: true }).map((a) => ({ start: a.start, end: a.end, text: a.text.trim() })),
    ...findPercents(text).map((p) => ({ start: p.start, end: p.end, text: text.slice(p.start, p.end) })),
  ];
  return out
    .sort((a, b) => a.start - b.start)
    .map((f) => (/^\s+each\b/i.test(text.slice(f.end)) ? { ...f, text: `${f.text} each` } : f));
}

/** A contribution the text describes. */
export interface ProseContribution {
  kind: RelevantKind;
  name: string;
  definite: boolean;
  amount?: string;
  inKind: boolean;
  range: Range;
}

type Named = RelevantMention | { kind: 'statutory'; start: number; end: number };

/**
 * Contributions in one stretch of text whose names are `rel`. `context` is text that governs it
 * (a list's lead-in, a table's header) and may hold the verb.
 */
function read(text: string, rel: RelevantMention[], context: string, inKindToo: boolean): Array<{ m: RelevantMention; amount?: string; inKind: boolean }> {
  if (!rel.length) return [];
  const statutory = agencyMentions(text).filter((s) => !rel.some((r) => s.start < r.end && r.start < s.end));
  const named: Named[] = [...rel, ...statutory.map((s) => ({ kind: 'statutory' as const, start: s.start, end: s.end }))].sort((a, b) => a.start - b.start);
  const figs = figures(text);
  // Each figure belongs to the name it follows, unless a "from"/"by" cue gives it to the next name.
  const owner = new Map<Named, Figure[]>();
  for (const f of figs) {
    const next = named.find((n) => n.start >= f.end);
    let who: Named | undefined;
    if (next && SOURCE_CUE.test(text.slice(f.end, next.start))) who = next;
    else who = [...named].reverse().find((n) => n.end <= f.start);
    if (who) owner.set(who, [...(owner.get(who) ?? []), f]);
  }
  const out: Array<{ m: RelevantMention; amount?: string; inKind: boolean }> = [];
  named.forEach((n, i) => {
    if (n.kind === 'statutory') return;
    if (named.slice(0, i).some((x) => x.kind === 'statutory' && PART_OF.test(text.slice(x.end, n.start)))) return;
    // The names this one is joined to, and where its own stretch of text ends.
    let j = i;
    while (named[j + 1] && JOINED.test(text.slice(named[j]!.end, named[j + 1]!.start))) j++;
    const stretchEnd = named[j + 1]?.start ?? text.length;
    // The first figure of the joined names; "sourced" when it came before its name ("£8,000 from Probation").
    let fig: Figure | undefined;
    let sourced = false;
    for (const x of named.slice(i, j + 1)) {
      const f = owner.get(x)?.[0];
      if (!f) continue;
      fig = f;
      sourced = f.end <= x.start;
      break;
    }
    const after = text.slice(n.end);
    const stretch = text.slice(n.end, stretchEnd);
    if (!sourced && PAID_TO.test(text.slice(0, n.start)) && !GIVEN_BY.test(text.slice(0, n.start))) return;
    const elsewhere = fig && !sourced && GIVEN_TO.exec(text.slice(fig.end));
    const gives =
      sourced ||
      GIVEN_BY.test(text.slice(0, n.start)) ||
      GIVES.test(after) ||
      FINANCIAL.test(after) ||
      (PAYS.test(after) && PARTNERSHIP.test(text)) ||
      MONEY_VERB.test(context);
    if (fig && gives && !(elsewhere && !OURS.test(elsewhere[1]!))) out.push({ m: n, amount: fig.text, inKind: false });
    else if (FINANCIAL.test(stretch)) out.push({ m: n, inKind: false });
    else if (inKindToo && (IN_KIND.test(stretch) || IN_KIND.test(context))) out.push({ m: n, inKind: true });
  });
  // Two names of one body in one clause ("Schools Forum – £43.2k from the Dedicated Schools Grant") are one contribution.
  // Reported at the first of the names, with a figure if any of them has one.
  const merged: typeof out = [];
  for (const c of out) {
    const same = merged.find((x) => x.m.kind === c.m.kind);
    if (!same) merged.push({ ...c, m: rel.find((r) => r.kind === c.m.kind) ?? c.m });
    else if (!same.amount && c.amount) Object.assign(same, { amount: c.amount, inKind: false });
  }
  return merged;
}

/** Every contribution of a relevant agency the text describes outside the glossary and outside contribution tables. */
export function proseContributions(doc: DocumentModel, inKindToo: boolean): ProseContribution[] {
  const tableRows = new Set(fundingTables(doc).filter((t) => t.contributions).map((t) => t.table));
  const out: ProseContribution[] = [];
  const push = (block: Block, c: { m: RelevantMention; amount?: string; inKind: boolean }, offset: number) =>
    out.push({ kind: c.m.kind, name: c.m.name, definite: c.m.definite, amount: c.amount, inKind: c.inKind, range: blockRange(doc, block, offset + c.m.start, offset + c.m.end) });
  for (const item of items(doc)) {
    if (inGlossary(item.section)) continue;
    if (item.kind === 'para') {
      const text = item.text;
      const lead = item.lead && item.lead !== item.block ? plain(item.lead.text.value) : '';
      for (const [ss, se] of sentences(text)) {
        for (const [cs, ce] of clauses(text, ss, se)) {
          const clause = text.slice(cs, ce);
          if (excluded(clause)) continue;
          for (const c of read(clause, relevantMentions(clause), lead, inKindToo)) push(item.block, c, cs);
        }
      }
      continue;
    }
    // A row of another table: the first cell names the agency, the others say what it gives.
    if (tableRows.has(item.table)) continue;
    const label = item.row.cells[0];
    if (!label) continue;
    const labelText = plain(label.block.text.value);
    const rel = relevantMentions(labelText).slice(0, 1);
    if (!rel.length) continue;
    // The other cells, less what is past or planned ("Contributed £1,000 until 2023", "may pose a risk").
    const rest = item.row.cells
      .slice(1)
      .map((c) => {
        const t = plain(c.block.text.value);
        return sentences(t)
          .flatMap(([s, e]) => clauses(t, s, e))
          .map(([s, e]) => t.slice(s, e))
          .filter((x) => !excluded(x))
          .join('; ');
      })
      .join(' | ');
    // Read the label and the other cells as one line, so "(funded by Schools Forum) | £20,000" is a source and its figure.
    const line = `${labelText} | ${rest}`;
    for (const c of read(line, rel, item.table.header.texts.join(' | '), inKindToo)) push(label.block, c, 0);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The funding table's side.

export interface Listed {
  kind: RelevantKind;
  words: Set<string>;
}

export interface TableSide {
  /** The budget tables of contributors (none: there is nothing to compare the text with). */
  tables: FundingTable[];
  listed: Listed[];
  /** A row stands for every relevant agency ("Relevant agencies", "Other partners"). */
  catchAll: boolean;
  /** Any row is a contributor other than the statutory partners. */
  others: boolean;
  /** The tables list contributions in kind. */
  inKind: boolean;
  area: Set<string>;
}

/** What the funding tables list: the budget tables decide whether there is a table; every contribution table counts as listing. */
export function tableSide(doc: DocumentModel): TableSide {
  const tables = budgetTables(doc).filter((t) => t.contributions);
  const all = fundingTables(doc).filter((t) => t.contributions);
  const area = new Set<string>();
  // The area's name is in the title and the statutory partners' names ("Westmere Council"): it tells no two bodies apart.
  for (const w of plain(doc.title?.heading ?? '').match(/\b[A-Z][\w'-]*/g) ?? []) area.add(word(w));
  for (const t of all) for (const r of t.rows) if (r.agency) for (const w of r.label.match(/\b[A-Z][\w'-]*/g) ?? []) area.add(word(w));
  const side: TableSide = { tables, listed: [], catchAll: false, others: false, inKind: false, area };
  for (const t of all) {
    if (t.table.header.texts.some((h) => /\bin[- ]kind\b/i.test(h))) side.inKind = true;
    t.rows.forEach((r, i) => {
      if (r.total) return;
      const mentions = relevantMentions(r.label);
      for (const m of mentions) side.listed.push({ kind: m.kind, words: distinctive(m.name, area) });
      if (CATCH_ALL.test(r.label)) side.catchAll = true;
      if (!r.agency || mentions.length) side.others = true;
      const cells = t.table.rows[i]?.texts.slice(1).join(' ') ?? '';
      if (/\bin[- ]kind\b/i.test(cells) || (!r.amount && IN_KIND.test(cells))) side.inKind = true;
    });
  }
  return side;
}

/** True when the table has a row for this contribution's agency. */
export function listedIn(side: TableSide, c: ProseContribution): boolean {
  if (side.catchAll) return true;
  if (c.kind === 'relevant-agencies') return side.others;
  const words = distinctive(c.name, side.area);
  return side.listed.some((l) => {
    if (l.kind !== c.kind) return false;
    if (!NAMED_KINDS.has(c.kind) || !words.size || !l.words.size) return true;
    return [...words].some((w) => l.words.has(w));
  });
}

/** The same agency mentioned twice is reported once. */
export function identity(c: ProseContribution, side: TableSide): string {
  return `${c.kind}:${NAMED_KINDS.has(c.kind) ? [...distinctive(c.name, side.area)].sort().join(' ') : ''}`;
}

const GENERIC_NAME =
  /^(?:relevant (?:agenc(?:y|ies)|partners|organisations)|(?:(?:city|borough),? and )?district councils?|districts|schools|academies|hospitals?|colleges?|charit(?:y|ies)|voluntary (?:sector|organisations?))$/i;

/** National bodies and services named without a place, which English gives an article: "The Probation Service's". */
const TAKES_THE = /^(?:Probation|Office|Youth|Fire|OPF?CC|PF?CC|Police|Community Safety|Violence|National|Dedicated|British|HM)\b/;

/** "The Probation Service's", "Schools Forum's", "The district councils'". */
export function possessive(c: ProseContribution): string {
  let name = c.name.replace(/\s+/g, ' ').trim();
  // A common noun capitalised only because it starts the sentence: "Relevant agencies provide…".
  if (GENERIC_NAME.test(name)) name = name.toLowerCase();
  const shown = c.definite || /^[a-z]/.test(name) || TAKES_THE.test(name) ? `The ${name}` : name;
  return /[^s]s$/.test(name) ? `${shown}'` : `${shown}'s`;
}
