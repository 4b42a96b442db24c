/** ¶107 and ¶78: evidence that education is represented at both operational and strategic levels. */
import { inOneSentence, reportRule } from './evidence.js';

const EDUCATION = /\beducation\b|\bschools?\b|\bcolleges?\b|\bhead ?teachers?\b|\bprincipals?\b|\bacadem(?:y|ies)\b|\b(?:learning|academy|multi-academy) trusts?\b|\bMATs?\b|\bearly years\b|\bnurser(?:y|ies)\b|\bDSLs?\b|\bdesignated safeguarding leads?\b/i;
const STRATEGIC =
  /\bstrategic(?:ally)?\b|\bexecutive\b|\b(?:partnership |safeguarding )?board\b|\bleadership group\b|\bSLG\b|\bLSPs?\b|\blead safeguarding partners\b|\bhighest level\b|\bdecision[- ]making\b|\btop table\b|\bsteering group\b|\bevery big decision\b|\bat the table\b/i;
const REPRESENTED = /\brepresent(?:s|ed|ing|atives?|ation)?\b|\bsits? on\b|\bsat on\b|\bmembers?\b|\bseats?\b|\battends?\b|\bvoice\b/i;
const OPERATIONAL =
  /\boperational(?:ly)?\b|\bDSLs?\b|\bdesignated safeguarding leads?\b|\bsub-?groups?\b|\bforums?\b|\bnetworks?\b|\breference group\b|\bworking group\b|\beducation safeguarding (?:team|group|officers?|leads?|advisers?)\b|\bpractitioners?\b|\brapid reviews?\b|\bstrategy discussions?\b/i;

/**
 * Matches a unit that does not say representation is absent ("education has no seat at the
 * Executive", "schools are not represented"): such a paragraph, whatever else it names, is the gap.
 */
const NOT_SAID_ABSENT = /^(?![\s\S]*\b(?:(?:has|have|had) no (?:seat|place|representative|representation|voice)|(?:is|are|was|were) not represented|no (?:education|schools?) (?:representative|representation|seat))\b)/i;

/** Representation stated outside the education section: in one sentence, and not said to be absent. */
const namesEducationRep = inOneSentence(EDUCATION, REPRESENTED, STRATEGIC);
const REPRESENTED_ELSEWHERE = (text: string): boolean => NOT_SAID_ABSENT.test(text) && namesEducationRep(text);

export const educationRepresentation = reportRule(
  {
    id: 'yearly-report/education-representation',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107', '78'],
    citation: 'WT2023 ¶107, ¶78',
    title: 'How education is represented at operational and strategic levels of the arrangements',
    description:
      'Finds the education section ("Education in the partnership", "Working with schools and early years", "Education", "Schools and colleges") and checks both levels: strategic (an education representative on the executive, board or strategic leadership group, at the highest level of decision-making) and operational (DSL forums and networks, an education safeguarding subgroup, DSLs on rapid reviews). Each missing level is its own finding. Strategic representation stated elsewhere (e.g. "education representatives" in the membership of the strategic group) also counts, in one sentence, and not where the paragraph says education has no seat there; items of a list of plans or recommendations ("Our priorities for 2025-26 are: … agree how education is represented") are not representation. Without an education section, a paragraph naming an education representative on a strategic body, or DSL networks, is where the check starts.',
    example:
      '## Education in the partnership\n\n**Strategic.** Two education representatives sit on the Executive. **Operational.** The termly DSL network is open to all schools, colleges and early years settings.',
    deep: true,
  },
  {
    what: 'how education is represented and engaged at both the operational and strategic levels of the arrangements',
    headings: [/\beducation\b/i, /\bschools?\b/i, /\bcolleges?\b/i, /\bearly years\b/i, /\bDSLs?\b|\bdesignated safeguarding leads?\b/i],
    notHeadings: [/\bchildren missing (?:from )?education\b|\belective home education\b|\bexclusions?\b|\bsection 1[17]5\b|\bsafeguarding in education audit\b/i],
    body: [[EDUCATION, REPRESENTED, STRATEGIC], [/\bDSLs?\b|\bdesignated safeguarding leads?\b|\beducation safeguarding (?:sub-?group|group|forum|network)\b/i, OPERATIONAL]],
    facets: [
      {
        missing: 'how education is represented at the strategic level (an education representative in the partnership\'s strategic decision-making)',
        any: [[STRATEGIC]],
        elsewhere: [REPRESENTED_ELSEWHERE],
      },
      {
        missing: 'how education is engaged at the operational level (e.g. DSL networks, an education safeguarding group)',
        any: [[OPERATIONAL]],
      },
    ],
    near: [/\bgovernance\b|\bstructure\b|\bwho (?:leads|we are)\b|\brelevant agencies\b/i],
    // "Education has no seat at the Executive", "how education will be represented": not representation.
    done: true,
    templateHeading: 'Education in the partnership',
    templateBody:
      '**Strategic level.** ${1:Who represents education in the partnership\'s strategic decisions, and what they influenced this year.}\n\n**Operational level.** ${2:How schools, colleges and early years settings are engaged: DSL networks, education safeguarding group, rapid reviews.}',
  },
);
