/** ¶107: an analysis of learning from serious incidents, and a record of key decisions and actions. */
import { reportRule } from './evidence.js';
import { CSPR } from './patterns.js';

/** Saying what was learned, not only that learning happened. */
const LEARNED_WORDS =
  /\blearn(?:ed|t) (?:that|how|about)\b|\bwe learn(?:ed|t)\b|\blessons? (?:learn\w*|include|were|was|from|for)\b|\bkey (?:learning|findings?|themes?|lessons?)\b|\bfound that\b|\bshowed (?:that|us)\b|\btaught us\b|\bt(?:old|ell)s? us\b|\bidentified (?:that|the|a|gaps?|weaknesses|concerns)\b|\bhighlighted\b|\bthe reviews? (?:found|identified|showed|concluded)\b|\blearning points?\b|\b(?:key |main |common |three |two |four |five )?messages? (?:came up|emerged|from (?:the |these |all )?reviews?)\b|\bcame up (?:again|repeatedly|in (?:all|most|several))\b|\bthe learning (?:included|is that|was that)\b|\bthemes?\b|(?:^|\|)\s*(?:key )?(?:learning|lessons?(?: learn(?:ed|t))?|findings?)\s*(?:\||$)/im;
/** Without a heading, "told us" or "themes" alone are too common to count. */
const LEARNED_BODY_WORDS =
  /\blearn(?:ed|t) (?:that|how)\b|\bwe learn(?:ed|t)\b|\blessons? (?:learn\w*|include|were|was)\b|\bkey (?:learning|lessons?)\b|\b(?:reviews?|LCSPRs?) (?:(?:already|also|clearly|quickly) )?(?:found|identified|showed|concluded|highlighted)\b|\btaught us\b|\blearning points?\b/i;

/**
 * What the reviews found, said as a reviewer says it: "its central message was", "the rapid
 * review found", "the main learning from Child R and the rapid reviews was:". Counts with or
 * without a heading.
 */
const FINDINGS_STATED = new RegExp(String.raw`\b(?:its|the|their|our) (?:central|main|key|clearest|core|biggest) (?:message|finding|lesson)s? (?:was|were|is|are)\b|\b(?:the (?:rapid )?review|it) found\b|\b(?:the |our )?(?:main |key |common |biggest |shared )?learning (?:from\b[^.:;]{0,60}?)?(?:was|were|is|included|includes)\s*:`, 'i');
const LEARNED = new RegExp(`${LEARNED_WORDS.source}|${FINDINGS_STATED.source}`, 'i');
const LEARNED_BODY = new RegExp(`${LEARNED_BODY_WORDS.source}|${FINDINGS_STATED.source}`, 'i');

const ACTED =
  /\bas a result\b|\bin response\b|\b(?:we|partners|the partnership) (?:have |has )?(?:already |now |also |since )?(?:introduced|relaunched|changed|added|ran|delivered|created|updated|revised|agreed|developed|put in place|rewrote|launched)\b|\bactions?\b|\baction plan\b|\bnow\b|\brecommendations?\b|\bwhat (?:we|the partners|the partnership|partners) (?:have |has )?(?:done|did|changed)\b|\bwhat (?:has )?changed\b|\bchanges (?:we (?:have )?made|made)\b|\b(?:shared|disseminated|embedded|spread) (?:through|via|in|at|across)\b|\bacted on (?:it|this|that|the learning|them)\b|\bsince (?:\w+ )?20\d\d,? (?:every|all|each|we|the|our)\b/i;
/** A list of changes without a subject ("- added questions about online life to every assessment"): what was done. */
const ACTED_ITEM = /^\s*(?:[-*•]\s*)?(?:added|introduced|trained|set up|created|changed|revised|updated|launched|delivered|developed|rewrote|put in place|strengthened|improved|embedded|issued|published|commissioned|made)\b/im;

export const seriousIncidentLearning = reportRule(
  {
    id: 'yearly-report/serious-incident-learning',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'An analysis of learning from serious incidents',
    description:
      'Looks for a section on learning from serious incidents and practice reviews ("Learning from serious incidents", "Learning from reviews", "Lessons learned", "When things go wrong", "Child safeguarding practice reviews") that says what was learned (the reviews found that…, we learned that…, themes, a "Learning" column) and what was done as a result. A section that only counts notifications and reviews ("the learning was clear from the rapid review") is reported as missing the analysis.',
    example:
      '## Learning from serious incidents\n\nThe three rapid reviews showed that a man living in or visiting the household was unknown to at least one agency. As a result, we added a "who lives here" question to the front door form.',
  },
  {
    what: 'an analysis of the learning from serious incidents (rapid reviews and local child safeguarding practice reviews) and what changed as a result',
    headings: [
      /\blearning\b.*\b(?:reviews?|incidents?|practice|cases?|wrong|CSPRs?|LCSPRs?)\b|\b(?:reviews?|incidents?) (?:and |& )?learning\b/i,
      /\blessons?(?: learn(?:ed|t))?\b|\bwhat we (?:have )?learn(?:ed|t)\b/i,
      /\bserious (?:incidents?|case)\b/i,
      /\b(?:child safeguarding )?practice reviews?\b|\b(?:rapid|case) reviews?\b|\bLCSPRs?\b|\bCSPRs?\b|\bSCRs?\b/i,
      // A review named by its pseudonym: "The Sibling Group L review", "Review: Baby R".
      /\b(?:Child|Baby|Infant|Sibling Group|Siblings|Family|Young Person|Children) [A-Z]{1,2}\b.*\breview\b|\breview\b.*\b(?:Child|Baby|Infant|Sibling Group|Family|Young Person) [A-Z]{1,2}\b/,
      /\bwhen things (?:go|went|have gone) (?:seriously )?wrong\b|\bwhat (?:have |did )?(?:we|the partnership) learn(?:ed|t)?\b.*\b(?:reviews?|cases?|incidents?|wrong|harm(?:ed)?)\b|\bseriously (?:harmed|hurt|injured)\b/i,
    ],
    notHeadings: [/\bscrutin|\btraining\b|\blearning and (?:workforce )?development\b|\bpriorities for\b/i],
    body: [[LEARNED_BODY, CSPR]],
    facets: [
      { missing: 'what was learned from serious incidents (the findings of rapid reviews and local child safeguarding practice reviews), not only how many reviews were held', any: [[LEARNED]] },
      { missing: 'what the partners changed as a result of the learning from serious incidents', any: [[ACTED], [ACTED_ITEM]] },
    ],
    near: [/\bwhat (?:we|the partnership) (?:did|have done)\b|\bactivit/i],
    templateHeading: 'Learning from serious incidents',
    templateBody:
      '${1:What the rapid reviews and local child safeguarding practice reviews taught us this year.}\n\n- **${2:learning}**: ${3:what we changed as a result}',
  },
);

const DECIDED = /\b(?:agreed|approved|decided|decision|commissioned|adopted|appointed|published|signed off|endorsed|ratified|invested|funded|launched|extended|set up|established)\b/i;

export const keyDecisions = reportRule(
  {
    id: 'yearly-report/key-decisions',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'A record of key decisions and actions, including implementing review recommendations and their impact',
    description:
      'Looks for a record of the partners\' decisions ("Key decisions and actions", "Big decisions we made", "Decisions of the Executive", "What we decided"): a table or list of decisions (agreed, approved, commissioned, adopted), including at least one about practice reviews (a review commissioned or published, its recommendations or action plan). Without a heading, three or more sentences where the partners, LSPs, Executive or Board agreed, decided, approved or commissioned something count.',
    example:
      '## Key decisions and actions\n\n| When | Decision | Impact |\n|---|---|---|\n| June 2024 | LSPs agreed the Child P action plan | 4 of 6 recommendations complete |\n| January 2025 | Agreed the 2025/26 budget | Funds the business unit |',
  },
  {
    what: 'a record of the key decisions and actions taken by the safeguarding partners this year, including on implementing practice review recommendations',
    headings: [
      /\bdecisions?\b/i,
      /\bwhat (?:did )?(?:we|the partners|the (?:LSPs|lead partners|executive|board)) (?:decided?|agreed?)\b/i,
      /\b(?:key )?actions taken\b|\brecord of (?:decisions|actions)\b/i,
    ],
    notHeadings: [/\bdecision[- ]making\b|\bfront door\b|\bMASH\b|\bthreshold\b|\btimel(?:y|iness)\b|\bwithin \d|\bcourt\b|\bcare proceedings\b/i],
    body: [
      [/\b(?:the )?(?:LSPs|lead safeguarding partners|safeguarding partners|partners|executive|board|we)\s+(?:have\s+|has\s+)?(?:agreed|decided|approved|commissioned|adopted|signed off|appointed|endorsed)\b/i],
      // A dated log of decisions without a subject: "September 2023: agreed the Child A action plan".
      [/^\s*(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+20\d\d\s*[:–—-]\s*(?:the \w+ )?(?:agreed|decided|approved|commissioned|adopted|signed off|appointed|endorsed|ended|funded|launched)\b/im],
    ],
    minBodyUnits: 3,
    facets: [
      { missing: 'the decisions themselves (what the partners agreed, approved or commissioned, and when)', any: [[DECIDED]] },
      {
        missing: 'decisions on implementing the recommendations of local and national child safeguarding practice reviews, and their impact',
        any: [[/\brecommendations?\b|\baction plans?\b|\bLCSPRs?\b|\b(?:practice|rapid|case) reviews?\b|\b(?:Child|Family|Siblings) [A-Z]\b/i]],
      },
    ],
    near: [/\bgovernance\b|\bwhat (?:we|the partnership) (?:did|have done)\b/i],
    done: true,
    templateHeading: 'Key decisions and actions',
    templateBody: '| When | Decision by the safeguarding partners | Impact |\n|---|---|---|\n| ${1:month year} | ${2:decision, e.g. agreed the action plan for the Child P review} | ${3:what changed} |',
  },
);
