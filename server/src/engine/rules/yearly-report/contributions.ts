/** ¶107: what each of the three safeguarding partners contributed to the functioning and structure of the arrangements. */
import { sectionTemplateFix } from '../../fixes/section-template.js';
import { defineRule } from '../rule.js';
import { AGENCIES, AGENCY_LABEL, mentionsAgency, type Agency } from '../shared/agencies.js';
import { anchorFor } from '../shared/requirement.js';
import { headingOf, headingSections, outermost, ownUnits, sentences, unitsOfSections, type Unit } from './evidence.js';
import { findAmounts } from '../shared/money.js';
import { emptyBodyPhrase } from '../../parse/evidence-text.js';

const HEADINGS = [
  /\b(?:partners?'?|partnership|agenc(?:y|ies)|each)\b.*\bcontribut\w*|\bcontribut\w*\b.*\b(?:partners?|agenc(?:y|ies)|each)\b/i,
  /\bwhat (?:did |does )?(?:each|our|the) (?:safeguarding |statutory |lead )?partners? (?:did|do|does|have done|has done|brought|brings|provided|contributed)\b/i,
  /\b(?:partner|agency) (?:updates|reports|roles?|achievements)\b/i,
  /\broles? of (?:the |each )?(?:safeguarding |statutory |lead )?partners?\b/i,
];
/** Money has its own rule (funding-breakdown). */
const NOT_HEADINGS = [/\bfinanc|\bfunding\b|\bbudget|\bmoney\b|£/i];

/** A partner doing something for the arrangements. */
const CONTRIBUTES =
  /\b(?:hosts?|hosted|provides?|provided|leads?|led|chairs?|chaired|funds?|funded|co-funds?|co-funded|seconds|seconded|contribut\w*|supplie[sd]|suppl(?:y|ied)|brought|brings|delivers?|delivered|runs?|ran|employs?|employed|commissions?|commissioned)\b/i;

/** Role names that contain a contribution verb ("Lead safeguarding partner") are not contributions. */
const ROLE_NOUNS = /\blead (?:safeguarding )?partners?\b|\blead (?:member|officer|professional|practitioner|agency|reviewer)s?\b|\bdelegated\b/gi;

/** Agencies shown contributing in these units: the agency and a contribution verb in one sentence, money aside. */
function contributorsIn(units: Unit[]): Set<Agency> {
  const found = new Set<Agency>();
  for (const u of units) {
    const text = u.kind === 'row' ? u.text.split('\n').slice(1).join(' ') : u.text;
    for (const sentence of sentences(text)) {
      const plain = sentence.replace(ROLE_NOUNS, ' ');
      if (!CONTRIBUTES.test(plain) || findAmounts(plain, { requirePound: true }).length) continue;
      for (const a of AGENCIES) if (mentionsAgency(plain, a)) found.add(a);
    }
  }
  return found;
}

export const partnerContributions = defineRule(
  {
    id: 'yearly-report/partner-contributions',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'The contribution of each safeguarding partner to the functioning and structure of the arrangements',
    description:
      'Finds the section on partners\' contributions ("What each partner contributed", "Contribution of each safeguarding partner", "Partner contributions", "What each partner brought"; funding sections are left to `yearly-report/funding-breakdown`) and checks that it covers all three safeguarding partners (the local authority or councils, the integrated care board, the police), in a table, sub-headings, bold leads or prose; one finding names each partner left out. Without such a heading, the item counts as present only when one section shows every partner doing something for the arrangements (hosting, leading, chairing, seconding) in the same sentence as its name.',
    example:
      '## What each partner contributed\n\n| Partner | Contribution |\n|---|---|\n| Westmere Council | Hosts the business unit; leads the neglect priority |\n| NHS Westmere ICB | Provides the partnership chair and designated professionals |\n| Westmere Police | Seconded a detective sergeant; chairs the exploitation group |',
    fixable: 'template',
    deep: true,
  },
  (ctx) => {
    const matched = headingSections(ctx.doc, HEADINGS, NOT_HEADINGS);
    const sections = outermost(matched.filter((s) => s.hasContent));
    if (sections.length) {
      const units = unitsOfSections(sections).map((u) => u.text);
      const missing = AGENCIES.filter((a) => !units.some((t) => mentionsAgency(t, a)));
      const at = headingOf(ctx, sections[0]!);
      if (!missing.length) {
        ctx.cover('met', at);
        return;
      }
      ctx.cover('partial', at, `no contribution described for ${missing.map((a) => AGENCY_LABEL[a]).join(', ')}`);
      for (const a of missing) ctx.report({ message: `Missing: the contribution of ${AGENCY_LABEL[a]} to the functioning and structure of the arrangements`, range: at });
      return;
    }
    // No such heading: one section (whatever its title) must show every partner doing something for the arrangements.
    const bySection = [ctx.doc.root, ...ctx.doc.sections].find((s) => contributorsIn(ownUnits(s)).size === AGENCIES.length);
    if (bySection) {
      ctx.cover('met', headingOf(ctx, bySection), 'each partner\'s contribution is described in one section');
      return;
    }
    const empty = matched[0];
    if (empty) {
      ctx.cover('partial', empty.headingRange, `the section "${empty.heading}" ${emptyBodyPhrase(empty)}`);
      ctx.report({ message: `Missing: the contribution of each safeguarding partner: the section "${empty.heading}" ${emptyBodyPhrase(empty)}`, range: empty.headingRange });
      return;
    }
    const anchor = anchorFor(ctx, [/\b(?:who (?:leads|we are)|governance|(?:safeguarding|statutory|lead) partners|about (?:us|the partnership)|structure)\b/i]);
    ctx.cover('missing', anchor.headingRange);
    ctx.report({
      message: 'Missing: what each safeguarding partner (the local authority, the integrated care board and the police) contributed to the functioning and structure of the arrangements',
      range: anchor.headingRange,
      fix: sectionTemplateFix(
        ctx.doc,
        anchor,
        'What each partner contributed',
        '| Partner | Contribution to the structure | Contribution to the work |\n|---|---|---|\n| ${1:local authority} | ${2:e.g. hosts the business unit} | ${3:e.g. leads a priority} |\n| ${4:integrated care board} | ${5:contribution} | ${6:contribution} |\n| ${7:police} | ${8:contribution} | ${9:contribution} |',
      ),
    });
  },
);
