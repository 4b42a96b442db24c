/** ¶107 and ¶97: themes from aggregated scrutiny, and the LSPs' review of the impact and learning from independent scrutiny. */
import { reportRule } from './evidence.js';

const THEMES =
  /\bthemes?\b|\b(?:main|key|common|recurring|biggest) (?:lessons|messages)\b|\brecurr(?:ing|ent|ed)\b|\bcommon (?:findings|issues|threads|patterns|concerns|learning)\b|\bcame up (?:again|repeatedly|in|across)\b|\bagain and again\b|\bstand(?:s)? out\b|\bpatterns?\b|\bacross (?:the |all |our |these )?(?:\w+ )?(?:audits|reviews|sources)\b/i;
/** Themes said to be shared across several sources, wherever they are written. */
const COMMON_THEMES =
  /\b(?:common|recurring|shared|emerging|cross-cutting|same) (?:themes|findings|threads|issues)\b|\bacross (?:all|the|our|these|both|each)\b[^.]{0,60}\b(?:themes|came up)\b|\bthemes\b[^.]{0,40}\bcame up\b/i;
const SCRUTINY_SOURCES = /\baudits?\b|\bscrutin\w*|\b(?:rapid|practice|case) reviews?\b|\bLCSPRs?\b|\binspections?\b/i;

export const scrutinyThemes = reportRule(
  {
    id: 'yearly-report/scrutiny-themes',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'Themes from aggregated scrutiny (reviews, scrutineer activity, multi-agency audits)',
    description:
      'Looks for a section on what scrutiny found ("What scrutiny told us", "Themes from aggregated scrutiny", "Audit and quality assurance", "Multi-agency audits", "The independent scrutineer\'s view") that draws out themes across sources: "themes", "recurring", "came up again", "across the audits and reviews". A section that only lists the audits done is reported as missing the themes. Without such a section, a paragraph that names themes together with audits, reviews or scrutiny counts.',
    example:
      '## What scrutiny told us\n\nAcross the rapid reviews, the neglect audit and the scrutineer\'s case sampling, two themes came up again and again: fathers were not seen, and adult services held information children\'s practitioners never saw.',
  },
  {
    what: 'the themes emerging from aggregated scrutiny (practice reviews, the independent scrutineer\'s work and multi-agency audits)',
    headings: [
      /\bthemes?\b/i,
      /\bwhat (?:scrutiny|(?:our |the )?audits?|(?:our |the )?reviews?|(?:our |the )?scrutineer) (?:told|tells|showed|shows|found)\b/i,
      /\b(?:multi[- ]agency |case |thematic )?audits?\b/i,
      /\bquality assurance\b/i,
      /\bscrutineer'?s? (?:view|report|findings|assessment|reflections?)\b/i,
      /\b(?:key |main )?findings\b/i,
      /\bwho (?:checks|keeps an eye|looks) (?:on|at|over) (?:us|the partnership|our work)\b|\bwhat (?:did )?(?:our |the )?(?:independent )?scrutineer(?:s)? (?:find|found|say|said|tell|told)\b/i,
    ],
    notHeadings: [/\bsection 1[17]5?\b|\bfinanc|\bfunding\b/i],
    body: [[THEMES, SCRUTINY_SOURCES]],
    facets: [
      {
        missing: 'the themes emerging across scrutiny (practice reviews, scrutineer activity and multi-agency audits), not only a list of the audits and reviews done',
        any: [[THEMES, SCRUTINY_SOURCES], [/\bthemes?\b/i]],
        // Themes drawn across reviews in the learning section count too ("Across all four, the common themes were…").
        elsewhere: [[COMMON_THEMES]],
      },
    ],
    near: [/\bscrutin|\baudit|\bquality assurance\b|\blearning\b/i],
    templateHeading: 'What scrutiny told us: the main themes',
    templateBody:
      '${1:Drawing together practice reviews, the independent scrutineer\'s work and multi-agency audits, these themes came up this year:}\n\n1. **${2:theme}**: ${3:what the reviews, audits and scrutiny found}',
  },
);

const RESPONSE =
  /\brecommendations?\b[^.]*\b(?:accepted|complete[ds]?|implemented|on track|in progress|agreed|actioned|responded|taken forward)\b|\bwhat changed\b|\bas a result\b|\bin response\b|\b(?:partners'?|LSPs'?|our) responses?\b|\bresponse to (?:the |her |his |their )?(?:findings|recommendations|report)\b|\bimpact\b|\bled to\b|\bchanged\b|\bnow (?:take|takes|have|has|use|uses|meet|meets|hold|holds|include|includes|name|names|record|records|present|presents|receive|receives|review|reviews)\b|\bwe (?:have )?(?:accepted|acted on|relaunched|rewrote|revised|introduced|reduced|cut|set up|put in place)\b|\b(?:accepted|agreed with|acted on) (?:that|this|it|her|his|their|the (?:challenge|challenges|finding|findings|point))\b/i;
const LEARNING = /\blearn(?:ing|ed|t)\b|\blessons?\b|\bmost (?:useful|effective|valuable)\b|\bwhat worked\b|\breflect(?:ed|ion|ions)?\b|\b(?:found|showed|concluded|highlighted|identified) (?:us )?that\b|\b(?:her|his|their|the scrutineer'?s) (?:findings|conclusions)\b/i;

export const scrutinyImpact = reportRule(
  {
    id: 'yearly-report/scrutiny-impact',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107', '97'],
    citation: 'WT2023 ¶107, ¶97',
    title: 'A review of the impact and learning from independent scrutiny',
    description:
      'Finds the independent scrutiny section ("Independent scrutiny: impact and learning", "Our independent scrutineer\'s view", "Scrutiny") and checks that the partners review it rather than only reproduce it: how they responded to the findings or recommendations and what changed as a result (recommendations accepted or complete, "as a result", "now"), and what the partnership learned from scrutiny. Each missing part is its own finding. A scrutineer\'s foreword with no response from the partners is reported.',
    example:
      '## Independent scrutiny: impact and learning\n\nThe scrutineer made 12 recommendations; the LSPs accepted all of them and 9 are complete. As a result, education now attends every strategy discussion for school-age children. Our learning: scrutiny helped most where it drew on practitioners\' and young people\'s accounts.',
    deep: true,
  },
  {
    what: 'a review of the impact and learning from independent scrutiny: how the partners responded to its findings and what changed',
    headings: [/\bscrutin(?:y|eer|eers|ise|ising)\b/i, /\bindependent (?:review|challenge|assurance)\b/i, /\bwho (?:checks|keeps an eye|looks) (?:on|at|over) (?:us|the partnership|our work)\b/i],
    notHeadings: [/\bscrutiny committee\b|\boverview and scrutiny\b/i],
    body: [[/\bscrutin\w*/i, RESPONSE]],
    facets: [
      { missing: 'how the partners responded to the findings of independent scrutiny and what changed as a result (its impact)', any: [[RESPONSE]] },
      { missing: 'what the partnership learned from independent scrutiny about its leadership and arrangements', any: [[LEARNING]] },
    ],
    near: [/\bscrutin|\bquality assurance\b|\baudit/i],
    done: true,
    templateHeading: 'Independent scrutiny: impact and learning',
    templateBody:
      '${1:What the independent scrutineer reviewed this year.}\n\n| Recommendation | Partners\' response | Impact |\n|---|---|---|\n| ${2:recommendation} | ${3:accepted / in progress} | ${4:what changed} |\n\n${5:What the partnership learned from scrutiny, and how it will respond.}',
  },
);
