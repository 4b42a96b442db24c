/** Education in the arrangements (WT2023 ¶67, ¶76–78, ¶104): which settings are included, and how education is engaged. */
import { defineRule } from '../rule.js';
import { anchorFor, partsRule, reportMissing, topicSections } from './kit.js';
import { RELEVANT_AGENCY_HEADINGS } from './agencies.js';
import { inGlossary, items, NOT_YET, plain, VACANT } from './text.js';
import { INTENTION } from '../../text/intentions.js';

/** Not in place: a plan, a negation, a wish, or a seat being recruited to. */
const NOT_YET_OR_VACANT = new RegExp(`${NOT_YET.source}|${VACANT.source}|${INTENTION.source}`, 'i');

export const EDUCATION_HEADINGS = [/\beducation\w*/i, /\bschools?\b/i, /\bcolleges?\b/i, /\bearly years\b/i, /\bchildcare\b/i];

/** The settings ¶104 names, each with the words that cover it. */
const SETTINGS: Array<{ name: string; pattern: RegExp }> = [
  {
    name: 'independent schools',
    pattern: /\bindependent (?:special |boarding |day |mainstream |faith )?schools?\b|\b(?:maintained|state|non-maintained|academies|free schools)(?:,| and| or)[\w ,-]{0,40}\bindependent\b(?! (?:alternative|reviewer|scrutin\w*|chair|nurser\w*|person|training))/i,
  },
  { name: 'academies', pattern: /\bacadem(?:y|ies)\b|\bmulti-academy trusts?\b|\bMATs?\b/i },
  { name: 'free schools', pattern: /\bfree schools?\b/i },
  { name: 'colleges and further education', pattern: /\bcolleges?\b|\bfurther education\b|\bsixth[- ]form\b|\bFE\b|\bpost-16\b/i },
  { name: 'early years and childcare settings', pattern: /(?<!\b(?:in|during|from|through|across|over) (?:the |their |a child's )?)\bearly years\b(?! (?:of (?:life|a child)|foundation stage profile))|\bnurser(?:y|ies)\b|\bchildminders?\b|\bchildcare\b|\bpre-?schools?\b/i },
  { name: 'alternative provision (including pupil referral units)', pattern: /\balternative provision\b|\bpupil referral (?:units?|services?)\b|\bPRUs?\b|\bAP academ(?:y|ies)\b/i },
];

export const educationInclusion = defineRule(
  {
    id: 'arrangements/education-inclusion',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104', '67', '76'],
    citation: 'WT2023 ¶104, ¶67, ¶76',
    title: 'How all schools (including independent schools, academies and free schools), colleges, early years and childcare settings and alternative provision are included',
    description:
      'Looks through the arrangements (glossary excluded) for each kind of setting ¶104 names: independent schools, academies, free schools, colleges and further education, early years and childcare settings (nurseries, childminders, pre-schools), and alternative provision (pupil referral units). "All schools" alone does not name independent schools, academies or free schools. One finding lists every setting not covered, at the education section (or the relevant agencies section).',
    example:
      '## Education settings\n\nAll schools (maintained, academies, free schools and independent schools), colleges, early years and childcare settings, and alternative provision including the pupil referral unit are relevant agencies.',
    deep: true,
    fixable: 'template',
  },
  (ctx) => {
    const doc = ctx.doc;
    const text = items(doc)
      .filter((i) => !inGlossary(i.section))
      .map((i) => i.text)
      .join('\n');
    const headings = plain(doc.sections.filter((s) => !inGlossary(s)).map((s) => s.heading).join('\n'));
    const all = expandSchoolKinds(`${text}\n${headings}`);
    const missing = SETTINGS.filter((s) => !s.pattern.test(all));
    const home = topicSections(doc, EDUCATION_HEADINGS)[0] ?? topicSections(doc, RELEVANT_AGENCY_HEADINGS)[0];
    if (!missing.length) return ctx.cover('met', home?.headingRange);
    if (missing.length === SETTINGS.length && !home) {
      reportMissing(
        ctx,
        'Missing: how schools (including independent schools, academies and free schools), colleges, early years and childcare settings and alternative provision are included in the arrangements',
        anchorFor(ctx, RELEVANT_AGENCY_HEADINGS),
        'Education and childcare settings',
        'All schools (${1:maintained schools, academies, free schools, independent schools}), colleges, early years and childcare settings and alternative provision (${2:pupil referral units}) are ${3:named as relevant agencies} and take part through ${4:how}.',
      );
      return;
    }
    const at = (home ?? ctx.defaultAnchor()).headingRange;
    ctx.cover('partial', at, `not covered: ${missing.map((s) => s.name).join(', ')}`);
    ctx.report({ message: `Missing: how these education settings are included: ${missing.map((s) => s.name).join(', ')}`, range: at });
  },
);

const EDU = /\beducation\b|\bschools?\b|\bheadteachers?\b|\bhead teachers?\b|\bcolleges?\b|\bprincipals?\b|\bearly years\b|\bacadem(?:y|ies)\b|\bMATs?\b/i;


/**
 * Escalating an issue, in the procedure's words or plainly: "escalate", "raise it with", "it can be
 * raised through the education representative", "use our Resolving Professional Differences procedure".
 */
const ESCALATE =
  /\bescalat\w*|\braise (?:it|them|this|that|issues|concerns|(?:an? )?(?:sector-wide )?(?:issue|concern|disagreement)s?)\b|\b(?:can|may|should|will) be raised (?:through|with|via|by)\b|\bprofessional differences\b|\bresol(?:ve|ving|ution of) (?:professional )?(?:differences|disagreements|disputes)\b/i;

export const educationStrategic = partsRule(
  {
    id: 'arrangements/education-strategic',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['77', '78'],
    citation: 'WT2023 ¶77–78',
    title: 'An education representative at strategic level; how education is engaged at operational and strategic levels; how providers escalate',
    description:
      'Checks three parts and reports each one missing: an education representative at strategic level (a headteacher, college principal or education representative who is a member of, sits on or attends the executive, board or leaders’ group; plans and intentions — "we are exploring how education might be represented" — do not count), operational engagement (designated safeguarding lead networks, an education forum or subgroup), and how education providers can escalate an issue (escalation in the education section, or a sentence tying schools or settings to escalation).',
    example:
      '## Education\n\nTwo headteachers are full members of the Safeguarding Partnership Executive. Designated safeguarding leads meet termly in the Education Safeguarding Group. Settings can escalate sector-wide issues through the group’s chair to the Executive.',
  },
  {
    what: 'how education is engaged at strategic and operational levels, and how education providers escalate issues',
    headings: EDUCATION_HEADINGS,
    parts: [
      {
        what: 'an education representative at strategic level (e.g. a headteacher who is a member of the partnership executive)',
        together: [
          [
            EDU,
            /\bstrategic\b|\bexecutive\b|\bboard\b|\bleaders'? group\b|\b(?:highest|most senior|top) level\b|\btop table\b|\bdecision-making\b|\b(?:LSP|DSP)s?'? group\b|\b(?:lead|delegated) (?:safeguarding )?partners'? (?:group|meeting)\b/i,
            /\brepresent\w*|\bmembers?\b|\bsits?\b|\bseats?\b|\battends?\b|\bvoting\b/i,
          ],
        ],
        // A seat being recruited to is not a representative, whoever stands in meanwhile.
        exclude: NOT_YET_OR_VACANT,
        bySentence: true,
      },
      {
        what: 'how education providers are engaged at operational level (e.g. designated safeguarding lead networks or an education subgroup)',
        together: [
          [/\bDSLs?\b|\bdesignated safeguarding leads?\b/i, /\bnetworks?\b|\bforums?\b|\bsub-?groups?\b|\bgroups?\b|\bmeets?\b|\bmeetings?\b|\btermly\b/i],
          [/\b(?:education|schools?'?|headteachers?'?|colleges?'?|early years)(?: (?:and \w+ )?safeguarding| reference| designated safeguarding leads'?)? (?:forum|network|group|sub-?group|partnership|panel)s?\b/i],
          [EDU, /\boperational\b/i],
        ],
        exclude: NOT_YET,
        bySentence: true,
      },
      {
        what: 'how education providers can escalate an issue',
        headings: [/\bescalat\w*.*\b(?:education|schools?|settings?|providers?)\b|\b(?:education|schools?|settings?|providers?)\b.*\bescalat\w*/i],
        inTopic: [[ESCALATE]],
        together: [[/\beducation\b|\bschools?\b|\bcolleges?\b|\bearly years\b|\bsettings?\b|\bproviders?\b/i, ESCALATE]],
        exclude: NOT_YET,
        bySentence: true,
      },
    ],
    near: RELEVANT_AGENCY_HEADINGS,
    templateHeading: 'Education at strategic and operational level',
    templateBody:
      '**Strategic level.** ${1:Education representatives and the group they sit on}.\n\n**Operational level.** ${2:DSL networks, education subgroup}.\n\n**Escalation.** Education providers escalate issues by ${3:route}.',
  },
);

/** Kinds of school written as adjectives: "maintained, academy, free and independent schools alike". */
const SCHOOL_KIND = String.raw`(?:maintained|state|academy|academies|free|independent|special|faith|voluntary[- ](?:aided|controlled)|community|foundation|grammar|boarding)`;
const KIND_LIST = new RegExp(String.raw`\b${SCHOOL_KIND}(?:(?:,\s*|\s+)(?:(?:and|or)\s+)?${SCHOOL_KIND}){2,}\b`, 'gi');

/**
 * Spells out a list of school kinds given as adjectives, in a sentence about schools or settings,
 * as the settings it names ("maintained, academy, free, independent" -> "… free schools,
 * independent schools"), so each kind counts as named. A list elsewhere is left as it is.
 */
function expandSchoolKinds(text: string): string {
  return text.replace(/[^.\n]+/g, (sentence) =>
    /\b(?:schools?|settings?|providers?|provision)\b/i.test(sentence)
      ? sentence.replace(KIND_LIST, (list) => list.split(/\s*,\s*|\s+(?:and|or)\s+/i).map((k) => `${k.trim()} schools`).join(', '))
      : sentence,
  );
}
