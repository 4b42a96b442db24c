/**
 * The named people of the arrangements (WT2023 ¶48, ¶51, ¶56–57, ¶61–63, ¶104): lead and
 * delegated safeguarding partners for each agency, their posts, the partnership chair and the
 * separation of chair and independent scrutiny. All read from the shared people model.
 */
import type { DocumentModel } from '../../parse/model.js';
import type { Fix, Range } from '../../types.js';
import { partnersTableFix, rowFix, tableAt } from './table-fixes.js';
import { defineRule, type RuleContext } from '../rule.js';
import { samePerson } from '../shared/person-names.js';
import { anchorFor } from './kit.js';
import { peopleOf, rangeIn, roleHome, ROLE_NAME, type Person, type Role } from './people-model.js';
import { AGENCY_KINDS, AGENCY_NAME, blockRange, items, isPastText, sentences, type AgencyKind } from './text.js';

const PARTNERS_NEAR = [/\b(?:statutory|safeguarding|lead) partners\b/i, /\bwho leads\b/i, /\bleadership\b/i, /\bgovernance\b/i, /\bpartners\b/i];

/** Where a missing person of `role` belongs: the section about the role, else beside the others named in it, else the partners' section. */
function home(ctx: RuleContext, role: Role): Range {
  const beside = peopleOf(ctx.doc).of(role).find((p) => p.source !== 'front-matter' && p.section && p.section.level > 1)?.section;
  return roleHome(ctx.doc, role) ?? beside?.headingRange ?? anchorFor(ctx, PARTNERS_NEAR).headingRange;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').replace(/^[|\s]+|[|\s]+$/g, '').trim();
  return t.length > 70 ? `${t.slice(0, 67)}…` : t;
}

/** Per agency (and per council in a joint arrangement), is someone named in this role? */
function checkNamed(ctx: RuleContext, role: 'lsp' | 'dsp'): void {
  const people = peopleOf(ctx.doc).of(role);
  let missing = 0;
  for (const kind of AGENCY_KINDS) {
    const entries = people.filter((p) => p.agency === kind);
    const groups: Array<{ label: string; entries: Person[] }> = [];
    if (kind === 'local-authority') {
      // Councils apart only when a table, list or named entry names them ("Kelsford Borough Council | Priya Natarajan").
      const councils = [...new Set(entries.filter((e) => e.name || e.source !== 'prose').map((e) => e.council).filter((c): c is string => !!c))];
      if (councils.length >= 2) for (const c of councils) groups.push({ label: c, entries: entries.filter((e) => e.council === c) });
    }
    if (!groups.length) groups.push({ label: AGENCY_NAME[kind].the, entries });
    for (const g of groups) {
      if (g.entries.some((e) => e.name)) continue;
      missing++;
      const whose = kind === 'local-authority' && g.label !== AGENCY_NAME[kind].the ? `${g.label}'s` : AGENCY_NAME[kind].of;
      const postOnly = g.entries[0];
      if (postOnly) {
        ctx.report({
          message: `Missing: the name of ${whose} ${ROLE_NAME[role]}: "${short(postOnly.focusText ?? postOnly.text)}" gives a post, not a person`,
          range: postOnly.focus ?? postOnly.range,
        });
      } else {
        ctx.report({ message: `Missing: ${whose} ${ROLE_NAME[role]} is not named`, range: home(ctx, role), fix: partnersFix(ctx, role, kind, people) });
      }
    }
  }
  ctx.cover(missing ? 'partial' : 'met', home(ctx, role), missing ? `${missing} agency(ies) without a named ${ROLE_NAME[role]}` : undefined);
}

/**
 * For an agency missing from a partners table: a row for it in that table. With no partners
 * table at all: a partners table under its own heading.
 */
function partnersFix(ctx: RuleContext, role: 'lsp' | 'dsp', kind: AgencyKind, people: Person[]): Fix {
  const table = people.map((p) => (p.source === 'table' ? tableAt(ctx.doc, p.range) : undefined)).find(Boolean);
  if (table) {
    const header = role === 'lsp' ? /\blead\b|\bLSP\b|\bstatutory\b/i : /\bdelegat|\bDSP\b/i;
    return rowFix(ctx.doc, table, kind, header, role === 'lsp', `Add a row for ${AGENCY_NAME[kind].the} to the partners table`);
  }
  return partnersTableFix(ctx.doc, anchorFor(ctx, PARTNERS_NEAR));
}

export const leadPartnersNamed = defineRule(
  {
    id: 'arrangements/lead-partners-named',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['51', '104'],
    citation: 'WT2023 ¶51, ¶104',
    title: 'The three lead safeguarding partners named: a person’s name and post for the local authority, the ICB and the police',
    description:
      'Reads who the lead safeguarding partners (LSPs) are from front matter (`lead_partners`), tables (a column headed "Lead safeguarding partner" or "LSP", or a table under such a heading), lists under a "Lead safeguarding partners" heading or bold label, and sentences ("Jane Okafor, Chief Executive of Dalshire County Council, is the lead safeguarding partner for the council"). Each of the local authority (each council, in a joint arrangement), the ICB and the police must have an LSP with a person’s name: "Chief Executive – Westmere Council" names a post, not a person. One finding per agency, at the entry that lacks a name or at the LSP section.',
    example:
      '### Lead safeguarding partners\n\n| Agency | Lead safeguarding partner | Post |\n|---|---|---|\n| Westmere Council | Helen Marchbank | Chief Executive |\n| NHS Westmere and Dale ICB | Dr Anil Rao | Chief Executive |\n| Westmere Police | Rachel Tennant | Chief Constable |',
    deep: true,
  },
  (ctx) => checkNamed(ctx, 'lsp'),
);

export const delegatedPartnersNamed = defineRule(
  {
    id: 'arrangements/delegated-partners-named',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['56', '104'],
    citation: 'WT2023 ¶56, ¶104',
    title: 'A delegated safeguarding partner named for each of the three agencies',
    description:
      'Reads the delegated safeguarding partners (DSPs) the same way as the lead partners: front matter (`delegated_partners`), a table column headed "Delegated safeguarding partner" or "DSP", lists under a "Delegated safeguarding partners" or "Delegation of functions" heading or bold label, and sentences ("Ruth Ainsworth, Director of Nursing, is the ICB’s delegated safeguarding partner"). Each agency (each council, in a joint arrangement) needs a DSP with a person’s name; one finding per agency without one, naming the agency.',
    example:
      '### Delegated safeguarding partners\n\n- **Westmere Council**: Simon Achebe, Executive Director of Children’s Services\n- **NHS Westmere and Dale ICB**: Claire Hollis, Chief Nursing Officer\n- **Westmere Police**: Detective Chief Superintendent Paul Whitfield, Head of Public Protection',
    deep: true,
  },
  (ctx) => checkNamed(ctx, 'dsp'),
);

/** Posts that make someone the head of the agency (WT2023 ¶48). */
const RIGHT_POST: Record<AgencyKind, RegExp> = {
  'local-authority': /(?<!deputy |assistant )\b(?:chief executive|head of paid service|managing director|town clerk)\b/i,
  icb: /(?<!deputy |assistant )\b(?:chief executive|CEO)\b/i,
  police: /(?<!deputy |assistant )\bchief constable\b|\bcommissioner of (?:police of )?the metropolis\b|\b(?:metropolitan police|city of london police) commissioner\b|\bchief officer of police\b|^(?=[\s\S]*\b(?:metropolitan|city of london)\b)[\s\S]*\bcommissioner\b/i,
};

/** Posts that are not the head of the agency, most specific first. */
const WRONG_POST: Record<AgencyKind, RegExp[]> = {
  'local-authority': [
    /\b(?:executive |corporate |strategic )?director (?:of|for) children'?s services\b/i,
    /\bDCS\b/,
    /\b(?:executive |corporate |strategic |assistant |deputy )?director(?: (?:of|for) [A-Z][\w'’]*(?: (?:and|of|for) [A-Z][\w'’]*| [A-Z][\w'’]*){0,4}|, [A-Z][\w'’]*(?: (?:and|of) [A-Z][\w'’]*| [A-Z][\w'’]*){0,4})?/i,
    /\b(?:deputy|assistant) chief executive\b/i,
    /\b(?:council )?leader(?: of the council)?\b|\blead member\b|\bcabinet member\b|\bmayor\b/i,
  ],
  icb: [
    /\b(?:executive |deputy )?(?:director of nursing(?: and quality)?|chief nurs(?:e|ing officer)|chief medical officer|medical director)\b/i,
    /\bdesignated (?:nurse|doctor)\b/i,
    /\b(?:executive |deputy |assistant )?director(?: (?:of|for) [A-Z][\w'’]*(?: (?:and|of|for) [A-Z][\w'’]*| [A-Z][\w'’]*){0,4})?/i,
    /\b(?:ICB )?chair\b/i,
  ],
  police: [
    /\b(?:deputy|assistant) chief constable\b/i,
    /\b(?:detective )?(?:chief )?superintendent\b/i,
    /\b(?:detective )?(?:chief )?inspector\b/i,
    /\bpolice(?:,)? (?:fire )?and crime commissioner\b|\bPCC\b/i,
    /\bcommander\b|\bhead of public protection\b/i,
  ],
};

export const leadPartnerRoles = defineRule(
  {
    id: 'arrangements/lead-partner-roles',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['48'],
    citation: 'WT2023 ¶48',
    title: 'Each lead safeguarding partner is the head of their agency',
    description:
      'For each lead safeguarding partner found (see `arrangements/lead-partners-named`), checks the post written with them: the local authority’s LSP should be the Chief Executive (head of paid service, or managing director), the ICB’s its Chief Executive, the police’s the Chief Constable (the Commissioner in London). A delegate’s post in that place is reported at the post, naming it: the commonest error is a Director of Children’s Services as the local authority LSP; others are a Director of Nursing for the ICB, or a Superintendent or the Police and Crime Commissioner for the police. When no post is given, or the post is not recognised, nothing is reported.',
    example: '| Agency | Lead safeguarding partner | Post |\n|---|---|---|\n| Westmere Council | Helen Marchbank | Chief Executive (Head of Paid Service) |',
    deep: true,
  },
  (ctx) => {
    const lsps = peopleOf(ctx.doc).of('lsp');
    let wrong = 0;
    const textOf = (p: Person) => (p.name ? p.text.replace(p.name, ' ') : p.text);
    for (const kind of AGENCY_KINDS) {
      const all = lsps.filter((p) => p.agency === kind);
      const right = (p: Person) => RIGHT_POST[kind].test(textOf(p));
      // Joint arrangements have a lead partner per council: each council named is checked on its
      // own ("Dunmarket City Council: Executive Director of Children's Services" is wrong even when
      // Ravelstow's is its Chief Executive). An entry naming no council counts for every council.
      const councils = kind === 'local-authority' ? [...new Set(all.map((p) => p.council).filter((c): c is string => !!c))] : [];
      const groups = councils.length > 1 ? councils.map((c) => all.filter((p) => p.council === c)) : [all];
      const unnamedRight = councils.length > 1 && all.some((p) => !p.council && right(p));
      for (const entries of groups) {
        if (!entries.length || unnamedRight || entries.some(right)) continue;
        for (const p of entries) {
          const re = WRONG_POST[kind].find((r) => r.test(textOf(p)));
          if (!re) continue;
          const m = re.exec(textOf(p))![0].trim();
          const head = kind === 'local-authority' ? 'its Chief Executive (head of paid service)' : kind === 'icb' ? 'its Chief Executive' : 'its Chief Constable (chief officer of police)';
          ctx.report({
            message: `${AGENCY_NAME[kind].of.replace(/^t/, 'T')} lead safeguarding partner should be ${head}, not the ${m}${p.name ? ` (${p.name})` : ''}`,
            range: rangeIn(ctx.doc, p, re),
          });
          wrong++;
          break;
        }
      }
    }
    ctx.cover(wrong ? 'partial' : lsps.length ? 'met' : 'missing', home(ctx, 'lsp'));
  },
);

const SENIOR = /\bhead of (?:crime and )?public protection\b|\barea commander\b|\b(?:chief )?superintendent\b|\bcommander\b|\b(?:assistant |deputy )?chief constable\b|\bACC\b|\bDCC\b|\bDCS\b|\bDSU\b|\bsupt\b|\bchief officer\b/i;
const JUNIOR = /\b(?:detective )?chief inspector\b|\b(?:detective )?inspector\b|\b(?:detective )?sergeant\b|\bDCI\b|\bDI\b|\bDS\b|\bPS\b|\b(?:police )?constable\b/i;

export const policeDspSeniority = defineRule(
  {
    id: 'arrangements/police-dsp-seniority',
    level: 'consider',
    appliesTo: ['arrangements'],
    paragraphs: ['57'],
    citation: 'WT2023 ¶57 fn 21',
    title: 'The police delegated safeguarding partner is no lower than Area Commander or Head of Public Protection',
    description:
      'For the police delegated safeguarding partner (see `arrangements/delegated-partners-named`), reads the rank and post written with them. Superintendent and above, Area Commander and Head of (Crime and) Public Protection are fine; a rank below that — Chief Inspector, Inspector, Sergeant, Constable, or DCI, DI, DS — with no such responsibility is reported at the rank. When no rank or post is given nothing is reported.',
    example: '- **Westmere Police**: Detective Chief Superintendent Paul Whitfield, Head of Public Protection',
    deep: true,
  },
  (ctx) => {
    const police = peopleOf(ctx.doc)
      .of('dsp')
      .filter((p) => p.agency === 'police');
    if (!police.length) return ctx.cover('not-applicable');
    for (const p of police) {
      const text = `${p.title ?? ''} ${p.text}`;
      if (SENIOR.test(text)) continue;
      const m = JUNIOR.exec(text);
      if (!m) continue;
      ctx.report({
        message: `The police delegated safeguarding partner is ${/^[aeiou]/i.test(m[0]) ? 'an' : 'a'} ${m[0]}${p.name ? ` (${p.name})` : ''}: the police DSP should be no lower than Area Commander or Head of Public Protection (or equivalent)`,
        range: rangeIn(ctx.doc, p, JUNIOR),
      });
      ctx.cover('partial', p.range);
      return;
    }
    ctx.cover('met', police[0]!.range);
  },
);

const INDEPENDENT_CHAIR = /\bindependent chair(?:person|man|woman)?(?: and (?:independent )?scrutineer)?\b/i;
const IS_DSP = /\bdelegated (?:safeguarding )?partner\b|\bDSP\b|\bdelegate\b/i;

export const partnershipChair = defineRule(
  {
    id: 'arrangements/partnership-chair',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['61', '104'],
    citation: 'WT2023 ¶61, ¶104',
    title: 'The partnership chair is named and is one of the delegated safeguarding partners',
    description:
      'Finds the partnership chair (front matter `chair`, a "Partnership chair" section, heading or bold label, a "Chair | …" row, or a sentence such as "appointed Gareth Lloyd as partnership chair"; historical sentences are skipped). Reported when there is no chair, when the chair is an independent chair, when the chair is given only by post ("chaired by the ICB’s delegated safeguarding partner") with no name, or when the named chair is not among the named delegated safeguarding partners and is not described as one.',
    example: '### Partnership chair\n\nThe LSPs have appointed Claire Hollis, the ICB’s delegated safeguarding partner, as partnership chair from April 2024.',
    deep: true,
  },
  (ctx) => {
    const people = peopleOf(ctx.doc);
    const chairs = people.of('chair');
    if (!chairs.length) {
      ctx.cover('missing', home(ctx, 'chair'));
      ctx.report({ message: 'Missing: who the partnership chair is (one of the delegated safeguarding partners, appointed by the LSPs)', range: home(ctx, 'chair') });
      return;
    }
    const independent = chairs.filter((c) => INDEPENDENT_CHAIR.test(c.text));
    if (independent.length) {
      const c = independent.find((x) => x.name) ?? independent[0]!;
      ctx.cover('partial', c.range, 'independent chair');
      ctx.report({
        message: `The partnership is chaired by an independent chair${c.name ? ` (${c.name})` : ''}, not by one of the delegated safeguarding partners`,
        range: rangeIn(ctx.doc, c, INDEPENDENT_CHAIR),
      });
      return;
    }
    const named = chairs.filter((c) => c.name);
    if (!named.length) {
      const c = chairs[0]!;
      ctx.cover('partial', c.range, 'chair not named');
      ctx.report({ message: 'Missing: the name of the partnership chair (the chair is identified only by post)', range: rangeIn(ctx.doc, c, /\b(?:is )?chaired by\b|\bpartnership chair\b|\bchair\b/i) });
      return;
    }
    const dsps = people.of('dsp').filter((d) => d.name);
    const ok = named.some((c) => IS_DSP.test(c.text) || dsps.some((d) => samePerson(d.name!, c.name!)));
    if (ok || !dsps.length) return ctx.cover(ok ? 'met' : 'partial', named[0]!.range);
    const c = named[0]!;
    ctx.cover('partial', c.range, 'chair not a DSP');
    ctx.report({
      message: `The partnership chair (${c.name}) is not one of the named delegated safeguarding partners (${dsps.map((d) => d.name).join(', ')})`,
      range: rangeIn(ctx.doc, c, new RegExp(c.name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))),
    });
  },
);

const COMBINED = /\b(?:independent )?chair(?:person)? and (?:independent )?scrutineer\b|\bscrutineer and (?:partnership |independent )?chair\b/i;
const CHAIR_DOES_SCRUTINY = /\b(?:is (?:also )?responsible for|also (?:carries|carried) out|carries out|provides|leads|delivers) (?:the )?independent scrutiny\b/i;

/** The first non-historical sentence in the document matching `re`, with its block. */
function firstSentence(doc: DocumentModel, re: RegExp): Range | undefined {
  for (const item of items(doc)) {
    if (item.kind !== 'para') continue;
    for (const [s, e] of sentences(item.text)) {
      const t = item.text.slice(s, e);
      if (isPastText(t) || /\bnot\b|\bno longer\b/i.test(t)) continue;
      const m = re.exec(t);
      if (m) return blockRange(doc, item.block, s + m.index, s + m.index + m[0].length);
    }
  }
  return undefined;
}

export const chairSeparateFromScrutiny = defineRule(
  {
    id: 'arrangements/chair-separate-from-scrutiny',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['62', '63'],
    citation: 'WT2023 ¶62–63',
    title: 'The partnership chair and independent scrutiny are separate roles',
    description:
      'Compares the partnership chair with the independent scrutineer (both read as for `arrangements/partnership-chair`). Reported when the same person holds both (same surname and initial), when one post combines them ("Independent Chair and Scrutineer"), or when the chair is said to carry out independent scrutiny. Sentences that say the roles are separate, or that describe the past ("until 2024 the independent chair also carried out scrutiny"), are not reported.',
    example: 'The partnership chair is Claire Hollis (the ICB’s DSP). Independent scrutiny is provided by Dr Margaret Oyelaran, who is not the partnership chair.',
    deep: true,
  },
  (ctx) => {
    const people = peopleOf(ctx.doc);
    const chairs = people.of('chair');
    const scrutineers = people.of('scrutineer');
    const both = chairs.find((c) => c.name && scrutineers.some((s) => s.name && samePerson(s.name, c.name!)));
    if (both) {
      ctx.cover('partial', both.range, 'same person');
      ctx.report({
        message: `The partnership chair and the independent scrutineer are the same person (${both.name}): the two roles should be held separately`,
        range: COMBINED.test(both.text) ? rangeIn(ctx.doc, both, COMBINED) : both.range,
      });
      return;
    }
    const combined = firstSentence(ctx.doc, COMBINED);
    if (combined) {
      ctx.cover('partial', combined, 'combined post');
      ctx.report({ message: 'One post combines the partnership chair and independent scrutiny: the two roles should be held separately', range: combined });
      return;
    }
    const doing = chairs.find((c) => CHAIR_DOES_SCRUTINY.test(c.text));
    if (doing) {
      ctx.cover('partial', doing.range, 'chair does scrutiny');
      ctx.report({ message: 'The partnership chair also carries out independent scrutiny: the two roles should be held separately', range: rangeIn(ctx.doc, doing, CHAIR_DOES_SCRUTINY) });
      return;
    }
    ctx.cover(chairs.length && scrutineers.length ? 'met' : 'partial', chairs[0]?.range ?? scrutineers[0]?.range, chairs.length && scrutineers.length ? undefined : 'chair or scrutineer not identified');
  },
);

