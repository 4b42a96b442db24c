/** Relevant agencies (WT2023 ¶65–73, ¶82–83, ¶104): who they are, why, how, what they contribute; VCSE and sport; homes and custody. */
import type { Range } from '../../types.js';
import { defineRule, type RuleContext } from '../rule.js';
import { findAmounts } from '../shared/money.js';
import { anchorFor, itemsWith, partsRule, reportMissing, topicRule, topicSections } from './kit.js';
import { fundingTables } from './funding-tables.js';
import { identity, IN_KIND, listedIn, possessive, proseContributions, tableSide, type ProseContribution } from './contributions.js';
import { agencyMentions, chain, headingIs, inGlossary, items, NOT_YET } from './text.js';
import { emptyBodyPhrase } from '../../parse/evidence-text.js';

export const RELEVANT_AGENCY_HEADINGS = [
  /\brelevant agenc(?:y|ies)\b/i,
  /\bwhich other organisations\b/i,
  /\bother (?:organisations|agencies)\b/i,
  /\bpartner agencies\b/i,
  /\bwider partners(?:hip)?\b/i,
  /\bagencies (?:we work with|involved)\b/i,
  /\bwho else\b|\b(?:organisations|agencies|services) (?:we work with|that work with us|involved)\b|\bother (?:services|partners)\b/i,
];

/** Subsections about settings checked by other rules (education, homes, VCSE): not evidence of why/how for the list. */
const OTHER_TOPIC = [/\beducation\b|\bschools?\b|\bcolleges?\b|\bearly years\b/i, /\bchildren'?s homes\b|\bcustody\b|\bsecure\b/i, /\bvoluntary\b|\bVCSE\b|\bsports?\b|\bfaith\b/i, /\bcontribut\w*/i, /\bassurance\b/i];

const WHY_HEADER = /\bwhy\b|\breasons?\b|\brationale\b|\bwhy (?:we|they)\b/i;
const HOW_HEADER = /\bhow\b|\brole\b|\bcontribut\w*|\binvolve\w*|\bengage\w*|\bworks? with us\b/i;
const WHY =
  /\bbecause\b|\bwhy\b|\bwe chose\b|\bchosen\b|\bselected\b|\breasons?\b|\bgiven (?:their|its)\b|\bwhose (?:role|work|staff)\b|\bhold(?:s)? information\b|\bwork(?:s)? directly with\b|\bcome into contact\b|\bsee (?:early )?signs\b|\bpivotal role\b|\b(?:vital|key|important) role\b/i;
// Verbs in every form: "sits on", "sitting on", "by taking part in", "collaborate with us by".
const HOW =
  /\bsit(?:s|ting)? on\b|\battend(?:s|ing)?\b|\bmembers? of\b|\b(?:takes?|taking|took) part\b|\bcollaborat\w* with\b|\bprovid(?:e|es|ing) (?:information|data|reports?)\b|\bcontribut\w*|\brepresented\b|\bthrough (?:the|its|our)\b|\bshares? (?:information|intelligence)\b|\brefers? concerns\b|\bwill collaborate\b|\bwork(?:s)? with us\b|\bhow (?:they|it) (?:will )?work\b|\bchairs?\b|\bleads? on\b|\bfollows? (?:our|the) (?:\w+ )?(?:procedures|policies|processes)\b|\bsends? (?:their )?staff to\b|\bnames? a (?:safeguarding )?lead\b|\bjoin(?:s|ing)? (?:in|our)\b/i;

export const relevantAgencies = defineRule(
  {
    id: 'arrangements/relevant-agencies',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104', '65', '66', '67'],
    citation: 'WT2023 ¶104, ¶65–67',
    title: 'The relevant agencies, why they were chosen and how they will collaborate',
    description:
      'Finds the relevant agencies section (headings such as "Relevant agencies", "Which other organisations are involved, and why?", "Partner agencies") and checks it gives both the *why* and the *how*: a table column headed "Why"/"Reason" and one headed "How"/"Role", or prose saying why agencies were chosen ("because…", "we chose them…") and how they take part (sits on, attends, member of, through the … group) in at least two places. A bare list is reported for each missing part. Subsections on education, homes or VCSE settings are left to their own rules.',
    example:
      '## Relevant agencies\n\n| Relevant agency | Why | How |\n|---|---|---|\n| Probation Service | Manages adults who may pose a risk to children | Member of the Exploitation Group |',
    deep: true,
    fixable: 'template',
  },
  (ctx) => {
    const doc = ctx.doc;
    const topic = topicSections(doc, RELEVANT_AGENCY_HEADINGS).filter((s) => !chain(s).slice(1).some((p) => headingIs(p, RELEVANT_AGENCY_HEADINGS)));
    const template = 'Relevant agencies';
    const body =
      '| Relevant agency | Why we have named it | How it works with us |\n|---|---|---|\n| ${1:agency} | ${2:why it was chosen} | ${3:how it takes part} |';
    if (!topic.length) {
      // No section: a sentence naming relevant agencies with why and how is enough.
      const hits = itemsWith(doc, NAMED_WITH_WHY_AND_HOW);
      if (hits[0]) return ctx.cover('met', hits[0].range);
      reportMissing(ctx, 'Missing: the relevant agencies the partners will work with, why they were chosen and how they will collaborate', anchorFor(ctx, [/\bworking together\b/i, /\bpartners\b/i]), template, body);
      return;
    }
    const home = topic[0]!;
    if (!topic.some((s) => s.hasContent)) {
      ctx.cover('partial', home.headingRange, 'empty section');
      ctx.report({ message: `Missing: the relevant agencies, why they were chosen and how they will collaborate: the section "${home.heading}" ${emptyBodyPhrase(home)}`, range: home.headingRange });
      return;
    }
    const set = new Set(topic);
    const own = items(doc).filter((i) => {
      const c = chain(i.section);
      const top = c.findIndex((s) => set.has(s));
      return top >= 0 && !c.slice(0, top).some((s) => headingIs(s, OTHER_TOPIC)) && !inGlossary(i.section);
    });
    const tables = [...new Set(own.flatMap((i) => (i.kind === 'row' ? [i.table] : [])))];
    const whyCol = tables.some((t) => t.header.texts.some((h) => WHY_HEADER.test(h)) && t.rows.length > 0);
    const howCol = tables.some((t) => t.header.texts.some((h) => HOW_HEADER.test(h)) && t.rows.length > 0);
    const prose = own.filter((i) => i.kind === 'para').map((i) => withoutNotYet(i.text));
    const why = whyCol || prose.some((t) => WHY.test(t));
    // "In at least two places": two paragraphs, or one that names two different ways of taking part.
    const how = howCol || prose.filter((t) => HOW.test(t)).length >= 2 || prose.some((t) => distinctMatches(t, HOW) >= 2);
    if (why && how) return ctx.cover('met', home.headingRange);
    ctx.cover('partial', home.headingRange, `missing: ${[!why && 'why', !how && 'how'].filter(Boolean).join(', ')}`);
    if (!why) ctx.report({ message: 'Missing: why these relevant agencies were chosen (no reasons are given)', range: home.headingRange });
    if (!how) ctx.report({ message: 'Missing: how the relevant agencies will collaborate and work with the partners', range: home.headingRange });
  },
);

function distinctMatches(text: string, pattern: RegExp): number {
  return new Set((text.match(new RegExp(pattern.source, 'gi')) ?? []).map((m) => m.toLowerCase())).size;
}

/**
 * The text without its sentences (up to and with each full stop) that say something is not yet
 * so. Split, not one `[^.]*(?:…)[^.]*` regex: that is quadratic in a long sentence.
 */
function withoutNotYet(text: string): string {
  return text
    .split(/(?<=\.)/)
    .filter((s) => !NOT_YET.test(s))
    .join('');
}


/** A sentence's clauses: at full stops and semicolons, and at ", and" before a new subject ("…, and Northwick Hospitals pays…"). */
function clauses(text: string): string[] {
  return text.split(/(?<=[.;])\s+|,?\s+(?:and|but|while|whereas)\s+(?=[A-Z])/);
}

/** A named organisation: one of the usual relevant agencies, or a capitalised name ("Fordham Homes"). */
const NAMED_BODY_WORD =
  /\b(?:probation|district councils?|schools? forum|colleges?|fire and rescue|fire service|hospitals?|(?:foundation )?trusts?|youth justice|housing|OPCC|police and crime commissioner|public health|academ(?:y|ies)|university|voluntary|CVS|Cafcass|ambulance)\b/i;
/**
 * Case matters here: "Fordham Homes" is a name, "the council" (a statutory partner) is not; nor is
 * "the County Council" or "Westermoor Council": only a town or parish council is another body.
 */
const NAMED_BODY_NAME = /\b[A-Z][a-z]+ (?:Homes|Trust|Service|College|Academy|Action)\b|\b(?:Town|Parish) Council\b/;

function namesBody(text: string): boolean {
  return NAMED_BODY_WORD.test(text) || NAMED_BODY_NAME.test(text);
}

/** Organisations that are not statutory partners, named where contributions are described. */
const OTHER_BODY =
  /\b(?:probation|district councils?|schools? forum|colleges?|fire and rescue|fire service|hospitals?|(?:foundation )?trusts?|relevant agenc\w*|youth justice|housing|OPCC|police and crime commissioner|public health|academ(?:y|ies)|university|voluntary)\b/i;

/**
 * Reports each relevant agency the text says gives money (or, when the table lists contributions
 * in kind, resources) but the funding table has no row for; once per agency, at the mention that
 * gives an amount if one does. Returns every contribution the text describes, as evidence.
 */
function reportUnlisted(ctx: RuleContext): ProseContribution[] {
  const side = tableSide(ctx.doc);
  if (!side.tables.length) return [];
  const described = proseContributions(ctx.doc, side.inKind);
  // A table of the statutory partners' shares alone does not claim to list everyone who gives:
  // a relevant agency's contribution set out beside it ("In addition, the Probation Service…") is
  // no inconsistency. Only a table that also lists others is expected to list them all.
  if (!side.others) return described;
  const first = new Map<string, ProseContribution>();
  const rank = (c: ProseContribution) => (c.amount ? 0 : c.inKind ? 2 : 1);
  for (const c of described) {
    if (listedIn(side, c)) continue;
    const id = identity(c, side);
    const had = first.get(id);
    if (!had || rank(c) < rank(had)) first.set(id, c);
  }
  for (const c of [...first.values()].sort((a, b) => a.range.start.offset - b.range.start.offset)) {
    const what = c.inKind ? 'in-kind contribution' : `contribution${c.amount ? ` (${c.amount})` : ''}`;
    ctx.report({ message: `${possessive(c)} ${what} is described in the text but not in the funding table`, range: c.range });
  }
  return described;
}

export const relevantAgencyContributions = defineRule(
  {
    id: 'arrangements/relevant-agency-contributions',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['73'],
    citation: 'WT2023 ¶73',
    title: 'Contributions agreed with relevant agencies (funding, accommodation, services, resources)',
    description:
      'Met by a section such as "Contributions from relevant agencies" or "In-kind contributions" with content; by a row of a funding table for an organisation that is not a statutory partner (Probation, a schools forum, a college…) with an amount; or by a paragraph or list item where such an organisation contributes money (an amount with "contributes", "a year"…) or resources in kind (rooms, venues, accommodation, secondments, hosting meetings), in the clause that names it (the council\'s office space is a statutory partner\'s; an agency paying for its own staff to attend is no contribution). A relevant agency row whose amount is a placeholder ("TBC") is reported at the cell. When there is a funding table of contributors that lists bodies other than the statutory partners (a table of the three partners alone does not claim to list everyone: "In addition, the Probation Service contributes…" beside it is fine), each relevant agency the text (outside the glossary) says gives money ("The Probation Service contributes £5,000 a year", "£8,000 comes from the OPCC", "Schools Forum funds the adviser post (£20,000)", "makes a financial contribution") must have a row in it; one without is reported at its name, with the amount when one is given. A row under another name counts ("OPCC" for "Office of the Police and Crime Commissioner", "Probation" for "Probation Service", "Schools" for "Schools Forum"; for trusts, colleges and district councils the distinctive words of the names must meet), as does a catch-all row ("Relevant agencies", "Other partners"). Contributions in kind are compared only when the table lists some; past contributions ("contributed until 2022"), plans and requests ("may contribute in future", "has been asked to contribute") and money counted within a partner\'s ("including £10,000 from the OPCC") are not reported.',
    example: '### What relevant agencies contribute\n\n- **Probation Service**: £4,000 a year towards the partnership budget.\n- **Westmere Fire and Rescue Service**: accommodation for Executive meetings.',
    fixable: 'template',
  },
  (ctx) => {
    const doc = ctx.doc;
    const described = reportUnlisted(ctx);
    const named = topicSections(doc, [
      /\bcontributions? (?:from|of|by) (?:the )?(?:relevant|other|partner) (?:agencies|organisations)\b/i,
      /\brelevant agenc(?:y|ies)'?s?'? contributions?\b/i,
      /\bwhat (?:the )?relevant agencies contribute\b/i,
      /\bin[- ]kind contributions?\b/i,
    ]);
    const full = named.find((s) => s.hasContent);
    if (full) return ctx.cover('met', full.headingRange);
    // Funding table rows of other contributors.
    let pending: { range: Range; who: string; value: string } | undefined;
    for (const t of fundingTables(doc)) {
      if (!t.contributions) continue;
      for (const r of t.rows) {
        if (r.total || r.agency) continue;
        if (r.amount) return ctx.cover('met', r.range);
        if (r.placeholder) pending ??= { range: r.amountRange ?? r.range, who: r.label, value: r.placeholder };
      }
    }
    const money = itemsWith(doc, OTHER_BODY_MONEY).filter((i) =>
      findAmounts(i.text, { requirePound: true }).length > 0,
    );
    if (money[0]) return ctx.cover('met', money[0].range);
    if (described[0]) return ctx.cover('met', described[0].range);
    // Resources a statutory partner gives ("the County Council hosts the business unit") are not a relevant agency's.
    const kind = itemsWith(doc, IN_KIND_GROUPS, NOT_YET).filter((i) => clauses(i.text).some((c) => IN_KIND.test(c) && !agencyMentions(c).length));
    // "Relevant agencies contribute in kind" says nothing agreed with any one agency.
    // The agency must be the one that gives: "The council provides office space, and the hospital
    // trust pays for its own staff" is the council's (a statutory partner), not the trust's.
    const specific = kind.find((i) => clauses(i.text).some((c) => IN_KIND.test(c) && namesBody(c.replace(/\brelevant agenc\w*/gi, ' '))));
    if (specific) return ctx.cover('met', specific.range);
    if (kind[0]) {
      ctx.cover('partial', kind[0].range, 'in kind, no agency named');
      ctx.report({ message: 'Missing: which relevant agency contributes what: the text says relevant agencies contribute in kind but names no agency or agreed contribution', range: kind[0].range });
      return;
    }
    if (pending) {
      ctx.cover('partial', pending.range, 'placeholder amount');
      ctx.report({ message: `Missing: the contribution agreed with ${pending.who}: the amount is "${pending.value}"`, range: pending.range });
      return;
    }
    if (named[0]) {
      ctx.cover('partial', named[0].headingRange, 'empty section');
      ctx.report({ message: `Missing: the contributions agreed with relevant agencies: the section "${named[0].heading}" ${emptyBodyPhrase(named[0])}`, range: named[0].headingRange });
      return;
    }
    reportMissing(
      ctx,
      'Missing: the contributions agreed with relevant agencies (funding, accommodation, services or other resources)',
      anchorFor(ctx, [...RELEVANT_AGENCY_HEADINGS, /\bfunding\b|\bbudget\b/i]),
      'What relevant agencies contribute',
      '- **${1:relevant agency}**: ${2:funding, accommodation, services or other resources}',
    );
  },
);

const VCSE = /(?<!private,? )(?<!private )\bvoluntary\b(?! and independent)|\bVCSEs?\b|\bVCS\b|\bVCFSE\b|\bcharit(?:y|ies|able)\b|\bsocial enterprises?\b|\bthird sector\b|\bfaith (?:groups?|organisations?|settings?|communities|forum|sector)\b|\bcommunity groups?\b/i;
const SPORT = /\bsports?\b|\bactive partnership\b/i;
const CHILDCARE = /\bchildcare\b|\bchild ?minders?\b|\bnurser(?:y|ies)\b|\bearly years\b|\bpre-?schools?\b|\b(?:holiday|after-?school|breakfast) clubs?\b|\bout[- ]of[- ]school (?:settings?|provision|providers?|clubs?)\b/i;
const INCLUDED =
  /\brelevant agenc(?:y|ies)\b|\bnamed\b|\binclude[ds]?\b|\bmembers?(?:hip)?\b|\bsits? on\b|\brepresent(?:s|ed|ing|atives?)?\b|\btake part\b|\bpart of (?:these|our|the) arrangements\b|\bengaged\b|\baccess to (?:our |the )?training\b|\boffered\b|\bnetwork\b/i;

export const vcseSports = partsRule(
  {
    id: 'arrangements/vcse-sports',
    level: 'consider',
    appliesTo: ['arrangements'],
    paragraphs: ['68', '82', '83'],
    citation: 'WT2023 ¶68, ¶82–83',
    title: 'Whether voluntary, charity and social enterprise (VCSE) organisations, childcare settings and sports clubs are included',
    description:
      'Looks for a section on the voluntary sector, faith groups or sport (headings such as "Voluntary, community and faith organisations", "VCSE", "Sports clubs") with content. Checks three groups and reports each one missing: VCSE organisations, childcare settings and sports clubs. Under a heading for the sector, a statement about a group counts however it is worded. Without such a section, a paragraph, list item or row must name the group together with how it is included (named as relevant agencies, members, represented, offered training). "Private, voluntary and independent nurseries" is about early years, not the VCSE sector, and an outreach mention does not count.',
    example: '## Voluntary sector, childcare and sport\n\nWestmere Voluntary Action and Active Westmere, on behalf of affiliated sports clubs, are named as relevant agencies and take part in our community safeguarding network. Nurseries and childminders are members of the Early Years Safeguarding Network.',
  },
  {
    what: 'whether voluntary, charity and social enterprise (VCSE) organisations, childcare settings and sports clubs are included in the arrangements',
    headings: [/\bvoluntary\b/i, /\bVCSE\b|\bVCS\b|\bVCFSE\b/, /\bfaith\b/i, /\bthird sector\b/i, /\bsports?\b/i, /\bcharit(?:y|ies)\b/i],
    // Three groups, each reported by name when it is not there.
    parts: [
      // Under a heading for the sector ("Voluntary organisations, faith groups and sports
      // clubs"), a statement about the group is about how it takes part, however it is put
      // ("are reached through the county sports partnership"); elsewhere it must say how.
      { what: 'how voluntary, charity and social enterprise (VCSE) organisations are included', together: [[VCSE, INCLUDED]], inTopic: [[VCSE]], exclude: NOT_YET },
      { what: 'how sports clubs and organisations are included', together: [[SPORT, INCLUDED]], inTopic: [[SPORT]], exclude: NOT_YET },
      { what: 'how childcare settings are included', together: [[CHILDCARE, INCLUDED]], inTopic: [[CHILDCARE]], exclude: NOT_YET },
    ],
    near: RELEVANT_AGENCY_HEADINGS,
    templateHeading: 'Voluntary organisations and sports clubs',
    templateBody: '${1:VCSE organisations and sports clubs} are ${2:named as relevant agencies / included} and take part by ${3:how}.',
  },
);

/** How a setting takes part: a forum, protocols, membership, reports, contact, support. */
const SETTING_INCLUDED =
  /\b(?:registered managers?|forum|network|included|includes|notif(?:y|ies|ied)|protocol|members?|reports?|attend\w*|works? with|stay(?:s)? connected|support(?:ed|s)?|keeps? (?:in )?contact|take part|invited|visit(?:s|ed)?)\b/i;

export const youthCustodyResidential = partsRule(
  {
    id: 'arrangements/youth-custody-residential',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104'],
    citation: 'WT2023 ¶104',
    title: 'How youth custody and residential homes for children are included',
    description:
      'Two parts, each reported when missing: residential children’s homes, and youth custody (the secure estate, or children from the area in custody elsewhere). Each is met by a section with its heading ("Children’s homes", "Youth custody", "Secure estate", "Residential settings") with content, or by a paragraph, list item or row naming the setting together with how it is included: a registered managers’ forum or network, notification protocols, membership, reporting, visits, keeping in contact. A bare "Children’s homes" entry in a list does not count.',
    example: '## Children’s homes and youth custody\n\nRegistered managers of all 23 children’s homes meet as a forum that reports to the Executive twice a year. There is no secure establishment in the area; the Youth Justice Service keeps in contact with every child in custody elsewhere.',
  },
  {
    what: 'how youth custody and residential homes for children are included in the arrangements',
    headings: [/\byouth custody\b/i, /\bcustody\b/i, /\bsecure (?:estate|children'?s homes?|settings?|schools?|establishments?)\b/i, /\bchildren'?s homes\b/i, /\bresidential\b/i, /\byoung offender/i],
    parts: [
      {
        what: 'how residential children’s homes are included (e.g. a registered managers’ forum, notifications, visits)',
        headings: [/\bchildren'?s homes\b/i, /\bresidential\b/i],
        together: [[/\b(?:children'?s homes?|residential (?:homes?|care|settings?|special schools?))\b/i, SETTING_INCLUDED]],
        exclude: NOT_YET,
      },
      {
        what: 'how youth custody is included (the secure estate in the area, or how children in custody elsewhere stay connected)',
        headings: [/\byouth custody\b/i, /\bcustody\b/i, /\bsecure (?:estate|children'?s homes?|settings?|schools?|establishments?)\b/i, /\byoung offender/i],
        together: [[/\b(?:secure children'?s homes?|young offender institutions?|YOIs?|secure (?:schools?|training centres?|estate|establishments?)|(?:youth )?custody|remand(?:ed)?)\b/i, SETTING_INCLUDED]],
        exclude: NOT_YET,
      },
    ],
    near: RELEVANT_AGENCY_HEADINGS,
    templateHeading: 'Children’s homes and youth custody',
    templateBody: '${1:Children’s homes and secure or custodial settings in the area} are included through ${2:forum, protocols, membership}. ${3:How children in custody elsewhere are supported}.',
  },
);

// Pattern groups for itemsWith, as constants so its memo keeps their answers between lints.
const NAMED_WITH_WHY_AND_HOW = [[/\brelevant agenc(?:y|ies)\b/i, WHY, HOW]];
const OTHER_BODY_MONEY = [[OTHER_BODY, /£\s?\d/, /\bcontribut\w*|\bfund\w*|\ba year\b|\bper (?:year|annum)\b|\bannual\w*|\beach\b|\btowards\b/i]];
const IN_KIND_GROUPS = [[IN_KIND]];
