/** ¶107: how data is used to encourage learning, and evidence that information sharing improved practice and outcomes. */
import { reportRule } from './evidence.js';

const DATA = /\bdata(?:set|sets)?\b|\bdashboards?\b|\bperformance (?:information|framework|reports?|measures)\b|\bmetrics\b|\bintelligence\b|\banalytics?\b|\banalyst\b|\bscorecard\b|\bfigures\b|\bindicators\b/i;
const DATA_USED =
  /\blearn\w*|\bled (?:directly )?to\b|\btrigger\w*|\bdrives?\b|\bdriven\b|\binform(?:s|ed)?\b(?! provided)|\bused (?:it |them |this )?to\b|\buses (?:it |them |this )?to\b|\bto decide\b|\bdecide[sd]? (?:what|which|where|to)\b|\bselect(?:ed|s)?\b|\bprompt(?:ed|s)?\b|\bidentif(?:y|ied|ies)\b|\btarget(?:ed|s)?\b|\bprioriti[sz]\w*|\bexceptions?\b|\bguides?\b|\bshap(?:ed|es)\b|\bchallenge[ds]?\b|\blet us (?:see|spot|understand)\b|\bbecame (?:a |our )?(?:theme|priority|focus)\b|\bpicked up\b|\bspotted\b|\bchanged (?:the|our) (?:conversations?|discussions?|questions|focus)\b|\bask (?:better|good|sharper|the right) questions\b|\brevealed\b|\bshowed (?:us )?that\b|\b(?:showed|told us|highlighted|revealed|flagged)\b[^.]{0,150}\b(?:put in place|introduced|set up|changed|started|began|asked|commissioned|agreed|moved|added)\b/i;
/** Sharing information, in words ("shared", "ISA") or as what flows between agencies: "GP reports to initial conferences", "every notification to the Front Door". */
const SHARING =
  /\b(?:information|data)[- ]sharing\b|\bshar(?:e|es|ed|ing)\b[^.;]{0,40}\b(?:information|concerns?|records?|data|intelligence|notifications?)\b|\b(?:information|concerns?|records?|intelligence|notifications?)\b[^.;]{0,30}\b(?:is|are|was|were|now|being|get|gets)\s+(?:now\s+)?shared\b|\binformation\b[^.;|]{0,30}\bavailable\b|\bOperation Encompass\b|\bISA\b|\b(?:reports?|notifications?|referrals?|information|checks|contributions?)\b[^.;|]{0,20}\b(?:to|at|for|from) (?:the |every |each |all |initial |review )*(?:child protection )?(?:conferences?|front door|MASH|strategy (?:meetings?|discussions?)|core groups?|rapid reviews?)\b/i;
const IMPROVED =
  /\bimprov\w*|\bled to\b|\bas a result\b|\bso that\b|\bfaster\b|\bearlier\b|\bbetter\b|\btimel\w*|\bavailable (?:when|at|to)\b|\brelevant to\b|\boutcomes?\b|\bchanged\b|\bprompt(?:ly)?\b|\bbefore (?:discharge|the next|a decision)\b|\bsame day\b|\bwithin \d+ hours\b|\bwould(?:n['’]t| not) (?:otherwise )?have (?:known|been (?:seen|shared|found|spotted|told))\b|\b(?:rose|risen|increased|went up|fell|dropped|reduced) (?:from|to|by) \d/i;

export const dataAndInformationSharing = reportRule(
  {
    id: 'yearly-report/data-and-information-sharing',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'How data is used to encourage learning, and how information sharing improved practice and outcomes',
    description:
      'Finds the section on data and information sharing ("Data and information sharing", "Information and data", "Use of data", "What does the data tell us?") and checks both parts of ¶107: how data drives learning (a dashboard or dataset that triggers audits, informs priorities, is used to decide) and evidence that sharing information improved practice or outcomes (information now shared earlier, led to, improved). A dataset that is only collated and presented, or a table of figures, is reported as missing both. Information-sharing evidence elsewhere in the report also counts.',
    example:
      '## Data and information sharing\n\nThe joint dashboard is reviewed at every QA group and triggered four of our six audits. Since probation joined the front door rota, information about adults is available when decisions are made; it was relevant in one in five contacts.',
  },
  {
    what: 'how data is used to encourage learning within the arrangements, and evidence of how information sharing has improved practice and outcomes',
    headings: [
      /\bdata\b/i,
      /\binformation[- ]sharing\b|\bsharing (?:of )?information\b|\bshare information\b/i,
      /\binformation (?:and|&) (?:data|intelligence)\b|\bintelligence\b/i,
      /\bperformance (?:data|information|management|framework)\b/i,
      /\b(?:what|how) (?:does |do )?(?:the |our )?(?:data|numbers|figures) (?:tell|show)\b|\bdashboard\b|\bdataset\b/i,
    ],
    notHeadings: [/\bdata protection\b|\bGDPR\b|\bglossary\b/i],
    body: [[DATA, DATA_USED], [SHARING, IMPROVED]],
    facets: [
      {
        missing: 'how data is used to encourage learning within the arrangements (what the data led the partners to audit, change or prioritise), not only the figures',
        any: [[DATA, DATA_USED]],
      },
      {
        missing: 'evidence of how information sharing has improved practice and outcomes for children',
        any: [[SHARING, IMPROVED]],
        anywhere: true,
      },
    ],
    near: [/\beffective|\bhow well\b|\bimpact\b|\bmaking a difference\b|\bhow (?:do )?we know\b/i],
    templateHeading: 'Data and information sharing',
    templateBody:
      '${1:How the partners use data to learn: what the multi-agency dataset showed and what it led us to audit or change.}\n\n${2:Where information sharing improved practice this year, with the evidence.}',
  },
);
