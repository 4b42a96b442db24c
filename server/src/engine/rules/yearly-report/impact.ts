/** ¶107: evidence of impact on outcomes (training included), and an analysis of where there was little or no progress. */
import { reportRule } from './evidence.js';
import { MEASURED_CHANGE } from './patterns.js';

const CAUSE =
  /\b(?:impact|difference|as a result|result of|led (?:directly )?to|resulted in|because (?:of )?|following|attribut\w*|since (?:the|we|our)|after (?:the|our|attending|we)|thanks to|helped|contributed to)\b/i;
const TRAINING = /\btrain(?:ing|ed)\b|\bcourses?\b|\blearning events?\b|\bbriefings?\b/i;
const TRAINING_IMPACT =
  /\bimpact\b|\bchanged? (?:in |to )?(?:their |our )?practice\b|\bpractice change\b|\bchanged something\b|\bdid something differently\b|\bevaluat\w*|\b(?:three|3|six|6)[- ]months?\b|\bfollow[- ]?up\b|\baudit (?:found|evidence|showed|corroborat\w*)|\bcorroborat\w*|\bmore likely\b|\bwent up from\b/i;

export const impactEvidence = reportRule(
  {
    id: 'yearly-report/impact-evidence',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'Evidence of the impact of partners\' and relevant agencies\' work, including training, on outcomes for children and families',
    description:
      'Looks for a section on impact ("Impact on children and families", "Making a difference", "Outcomes", "Training and its impact") that gives evidence of a measured change (from 23% to 18%, up from, fewer, a before/after table) and, anywhere in the report, evidence that training changed practice or outcomes (follow-up evaluation, audit findings), not only attendance and satisfaction. Without such a section, at least two paragraphs that tie a measured change to the partners\' work ("as a result", "following", "because of") count.',
    example:
      '## Impact on children and families\n\nRe-referrals fell from 23% to 18% following the "Think Family" pathway. Three months after the neglect course, 81% of practitioners had changed their practice, and the audit found GCP2 use up from 22% to 51%.',
  },
  {
    what: 'evidence of the impact of the partners\' and relevant agencies\' work, including training, on outcomes for children and families',
    headings: [
      /\bimpact\b/i,
      /\b(?:make|made|making) a difference\b|\bdifference (?:we|it|this|our work) (?:have |has )?made\b|\bwhat difference\b/i,
      /\boutcomes?\b/i,
      /\bevidence of (?:impact|change|progress|improvement)\b/i,
      /\bwhat (?:has )?changed\b/i,
    ],
    notHeadings: [/\bscrutin|\bfunding\b|\bvalue for money\b|\bfinanc|\brestraint\b|\bpriorities for\b|\bnext year\b/i],
    body: [[CAUSE, MEASURED_CHANGE]],
    // Before/after figures and audit comparisons in the effectiveness, activity, priority or training sections are impact too.
    bodyIn: { headings: [/\beffective|\bhow well\b|\bhow (?:do|did) we know\b|\bwhat we did\b|\bwhat (?:did )?we (?:do|did|achieve)\b|\btraining\b|\baudits?\b|\bour year\b|\bpriorit(?:y|ies)\b/i], groups: [[MEASURED_CHANGE]] },
    // One measured change is enough to look further: the facets still need the training evidence too.
    minBodyUnits: 1,
    facets: [
      {
        missing: 'evidence of a measured change in outcomes for children and families attributed to the partners\' work (e.g. "re-referrals fell from 23% to 18% after …"), not only activity',
        any: [[MEASURED_CHANGE], [/\bbefore\b/i, /\bafter\b/i, /\d/]],
      },
      {
        missing: 'evidence of the impact of multi-agency training on practice or outcomes (e.g. follow-up evaluation or audit findings), not only attendance and satisfaction',
        any: [[TRAINING, TRAINING_IMPACT]],
        anywhere: true,
      },
    ],
    near: [/\beffective|\bhow well\b|\btraining\b/i],
    done: true,
    templateHeading: 'Impact on children and families',
    templateBody:
      '${1:What changed for children and families because of the partners\' and relevant agencies\' work, with the evidence (e.g. "re-referrals fell from 23% to 18%").}\n\n### Training and its impact\n\n${2:How training changed practice: follow-up evaluation and audit evidence, not only attendance.}',
  },
);

/**
 * A priority rated Red: a row of a table whose header has a priority column and a RAG or status
 * column. (A performance indicator rated Red is data, not a priority that has not moved.)
 */
const RED_ROW = /^(?=[^\n]*\b(?:priorit(?:y|ies)|objectives?|what we said)\b)[^\n]*\b(?:RAG|status|rating)\b[^\n]*\n[^\n]*\|\s*Red\s*(?:\||$)/im;

/** Words that say a priority has not moved. */
const LITTLE =
  /\b(?:little|limited|no|slow|slower|insufficient|not enough|less) (?:or no )?(?:evidence of )?(?:progress|improvement|change|impact)\b|\bnot (?:yet )?(?:improved|changed|moved|made (?:\w+ ){0,3}progress|achieved|met|on track)\b|\boff[- ]track\b|\bno better\b|\bsame (?:number|level|rate) as\b|\bhas not (?:moved|shifted|improved|changed)\b|\bhave not (?:moved|shifted|improved|changed)\b|\bremain(?:s|ed)? (?:too |stubbornly )?(?:high|low)\b|\bunchanged\b|\bstayed (?:at|around|the same|flat|level)\b|\b(?:this|that|it) did not happen\b|\bnot (?:yet )?seen (?:a |any |this |that |it |much |real )?(?:change|difference|improvement|impact|feed through|translate)\w*|\b(?:planned|intended|aimed) to\b[^.]{0,80}\bbut did not\b|\bagainst a target of\b|\b(?:below|short of|missed) (?:the |its |our )?target\b|\bhas ?n[o']t (?:gone|worked|improved)\b|\b(?:not|didn'?t|did not) go (?:so |as )?well\b|\b(?:RAG|status)\b[\s\S]*\b(?:Red|Amber)\b|\|\s*(?:Red|Amber)\s*(?:\||$)|\b(?:have|has) not (?:yet )?(?:done|delivered|achieved|completed|managed) (?:so|it|this|that|what)\b|\bagainst (?:a|an|our|the|its) (?:target|aim|ambition|goal) of\b|\b(?:cannot|can't|could not|couldn't) (?:yet )?(?:point to|show|evidence|demonstrate) (?:any |much |real )?(?:progress|improvement|impact|change)\b|\bnot (?:yet )?(?:complete|completed|finished|delivered|signed off)\b|\b(?:rose|fell|increased|improved|moved|grew) only\b|\bonly (?:rose|fell|increased|improved|moved) (?:slightly|a little|from)\b|\btaking longer than (?:we )?(?:hoped|planned|expected)\b|\b(?:was|were|has been|have been) delayed\b|\b(?:remains?|is still) (?:a |one )?(?:gap|problem|concern)\b|\bit remains one\b/i;
const ANALYSIS =
  /\bbecause\b|\bdue to\b|\banalys[ie]s\b|\breasons?\b|\bwhy\b|\bcaused by\b|\bwe think\b|\bour view\b|\bfound that\b|\bshows? that\b|\bbarriers?\b|\bthe (?:main )?(?:issue|problem|difficulty) (?:is|was)\b|\bsuggests?\b|\bmeans that\b|\bdisrupt\w*|\bas a result of\b|\bcaused\b|\bdriven by\b|\bexplained by\b|\black of\b|\btold us\b|\b(?:could not|was not able to|were not able to|was unable to|were unable to)\b/i;

export const littleProgress = reportRule(
  {
    id: 'yearly-report/little-progress',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'An analysis of areas with little or no evidence of progress on agreed priorities',
    description:
      'Looks for a section that names where priorities have not moved ("Where we have made little progress", "Areas of limited or no progress", "What has not gone well", "Areas for improvement", "Challenges") and analyses why (because, due to, analysis, barriers, found that). A "Progress against priorities" section counts only when it shows priorities that did not progress (little progress, not yet improved, Red or Amber) together with the analysis; a table of all-green priorities is reported. Without a section, a paragraph saying progress was limited counts, and then needs the analysis too.',
    example:
      '## Where we have made little progress\n\nLong-term neglect: 29 children had been on a plan for over 18 months, against 31 a year earlier. Our analysis is that training alone has not changed practice, because practitioners have no protected time to complete the tool.',
  },
  {
    what: 'an analysis of any areas with little or no evidence of progress on the agreed priorities',
    headings: [
      /\b(?:little|limited|no|slow|insufficient|less) (?:or no )?progress\b/i,
      /\b(?:did not|didn't) do what we said\b|\bwhat we (?:did not|didn't) (?:do|achieve|deliver|manage)\b/i,
      /\bnot (?:make|made|making|see|seen) (?:enough|sufficient|much|the|as much|good|real) (?:\w+ )?(?:progress|difference|change)\b/i,
      /\bnot (?:yet )?(?:made|achieved|improved|gone (?:well|to plan)|worked)\b|\bhas ?n[o']t (?:gone|worked)\b|\bwhat (?:has not|hasn'?t|did not|didn'?t) (?:work(?:ed)?|go(?:ne)?|went)\b/i,
      /\bwhere (?:have )?(?:we )?(?:not|haven'?t) done (?:so |as )?well\b|\bwhat (?:do |must |should )?(?:we )?(?:still )?(?:need to|have to|must) (?:do )?(?:better|improve)\b|\bwhere (?:we )?(?:need to|must|could|should) (?:do better|improve)\b|\bneeds? (?:to improve|improvement)\b|\bareas? (?:for|of|requiring|needing) (?:improvement|development|concern|further work)\b/i,
      /\bchallenges?\b|\bfell short\b|\bstill to do\b|\bwork still to do\b|\bbehind\b|\boff[- ]track\b|\bnot on track\b|\bslipp(?:ed|age)\b|\bstalled\b/i,
      /\bprogress (?:against|on|with|towards) (?:our |the )?(?:agreed )?priorities\b|\bpriorit(?:y|ies)\b.*\bprogress\b/i,
    ],
    notHeadings: [/\bnext year\b|\bpriorities for (?:20\d\d|next)\b|\blooking (?:ahead|forward)\b|\bahead to\b/i],
    // Or a row rated Red in a RAG or status table.
    // Or, with no heading, one paragraph that both says a priority has not moved and says why.
    body: [[RED_ROW], [LITTLE, ANALYSIS], [/\b(?:little|limited|no|slow|insufficient) (?:or no )?(?:evidence of )?progress\b|\bnot (?:yet )?made (?:\w+ ){0,3}progress\b|\bprogress has (?:been|remained) (?:slow|limited)\b|\boff[- ]track\b/i]],
    facets: [
      {
        missing: 'which agreed priorities show little or no evidence of progress (a progress section where every priority is on track says nothing about them)',
        any: [[LITTLE]],
      },
      {
        missing: 'an analysis of why there has been little or no progress on those priorities, and what will change',
        any: [[ANALYSIS]],
      },
    ],
    headingCounts: true,
    near: [/\bpriorit|\beffective|\bhow well\b/i],
    templateHeading: 'Where we have made little progress',
    templateBody:
      '**${1:priority or area}.** ${2:The evidence that it has not moved.} ${3:Our analysis of why, and what we will do differently.}',
  },
);
