/** ¶107: updates to the published arrangements with a timescale, and evidence that national reforms have been implemented. */
import { sectionTemplateFix } from '../../fixes/section-template.js';
import { defineRule } from '../rule.js';
import { sentenceAt } from '../shared/terms.js';
import { allUnits, anchorByPreference, blockSpan, evaluate, headingOf, inOneSentence, reportRule, sentences, type ReportSpec } from './evidence.js';
import { IMPLEMENTED, MONTH } from './patterns.js';
import { emptyBodyPhrase } from '../../parse/evidence-text.js';

const ARRANGEMENTS = /\barrangements\b/i;
const CHANGE = /\bupdat\w*|\brevis\w*|\breview\w*|\bamend\w*|\bchang\w*|\bpublish\w*|\brefresh\w*|\brewrit\w*|\breflect\b/i;
const DATE_AHEAD = new RegExp(
  String.raw`\b(?:by|before|from|in|during|until|within|for|on|after)\s+(?:the end of\s+|early\s+|late\s+|mid[- ]|the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH}|spring|summer|autumn|winter|20\d\d|Q[1-4])\b`,
  'i',
);
const TIMESCALE = new RegExp(
  String.raw`${DATE_AHEAD.source}|\bwithin (?:\w+ )?(?:days?|weeks?|months?)\b|\btimescales?\b|\bdue (?:in|by)\b|\bdeadlines?\b|\bscheduled\b|\b(?:planned|expected) (?:for|in|by)\b|\b(?:published|signed off|agreed|approved) on \d`,
  'i',
);
/** A plan to change the arrangements in the future. */
const FUTURE = new RegExp(
  String.raw`\bwill\b|\bplan(?:s|ned)?\b|\bintend\w*|\bgoing to\b|\bnext year\b|\bto be (?:published|updated|revised)\b|\bby (?:the end of )?(?:\d{1,2} )?(?:${MONTH}|20\d\d)\b`,
  'i',
);

/**
 * "The arrangements were updated in December 2024. … We will review them again by December 2025.":
 * the arrangements named in one sentence, the dated plan for them in another of the same paragraph.
 */
function revisedThenPlanned(text: string): boolean {
  const all = sentences(text);
  return all.some((s) => ARRANGEMENTS.test(s) && CHANGE.test(s)) && all.some((s) => CHANGE.test(s) && FUTURE.test(s) && TIMESCALE.test(s));
}

const updatesSpec: ReportSpec = {
  what: 'any updates to the published arrangements, with the proposed timescale for implementing them',
  headings: [
    /\b(?:updates?|changes?|revisions?|amendments?|reviews?|refresh) (?:to|of) (?:our |the )?(?:published )?(?:(?:multi-agency )?safeguarding )?arrangements\b/i,
    /\b(?:updated|revised|new|changing|changed) (?:(?:multi-agency )?safeguarding )?arrangements\b/i,
    /\bwhat(?:'s| is) changing in (?:our |the )?(?:arrangements|how we work)\b/i,
    /\bwhat (?:has )?changed in (?:how we (?:are organised|work)|our (?:arrangements|structure|governance))\b|\bchanges? (?:to|in) how we (?:are organised|work together)\b/i,
  ],
  body: [inOneSentence(ARRANGEMENTS, CHANGE, TIMESCALE, FUTURE), revisedThenPlanned],
  facets: [{ missing: 'the proposed timescale for the updates to the published arrangements', any: [[TIMESCALE]] }],
  near: [/\blooking ahead\b|\bnext (?:year|steps)\b|\bwhat'?s next\b|\bpriorities for\b|\bgovernance\b/i],
  templateHeading: 'Updates to our arrangements',
  templateBody: '| Update | Why | Timescale |\n|---|---|---|\n| ${1:what will change in the published arrangements} | ${2:reason} | ${3:by month year} |',
};

export const arrangementUpdates = defineRule(
  {
    id: 'yearly-report/arrangement-updates',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'Updates to the published arrangements, with the proposed timescale',
    description:
      'Looks for a section on updates to the published arrangements ("Updates to our arrangements", "Changes to the arrangements", "Revised arrangements") with a timescale (by December 2025, from April, within three months, a "Timescale" column), or a sentence anywhere that plans a change to the arrangements with a date ("we will publish our updated arrangements by December 2024"). A planned update whose date is missing or a placeholder ("will be published by TBC") is reported at that sentence.',
    example:
      '## Updates to our arrangements\n\n| Update | Timescale |\n|---|---|\n| Add VCSE organisations and sports clubs as relevant agencies | By 31 December 2025 |',
    fixable: 'template',
  },
  (ctx) => {
    const result = evaluate(ctx.doc, updatesSpec);
    if (result.status === 'met') {
      ctx.cover('met', result.evidence);
      return;
    }
    if (result.status === 'partial') {
      const at = headingOf(ctx, result.anchor);
      ctx.cover('partial', at, 'no timescale');
      ctx.report({ message: 'Missing: the proposed timescale for the updates to the published arrangements', range: at });
      return;
    }
    if (result.status === 'empty') {
      ctx.cover('partial', result.anchor.headingRange, `the section "${result.anchor.heading}" ${emptyBodyPhrase(result.anchor)}`);
      ctx.report({ message: `Missing: ${updatesSpec.what}: the section "${result.anchor.heading}" ${emptyBodyPhrase(result.anchor)}`, range: result.anchor.headingRange });
      return;
    }
    // A planned update without a date: point at the sentence.
    for (const u of allUnits(ctx.doc)) {
      if (!u.block) continue;
      const text = u.text;
      const m = ARRANGEMENTS.exec(text);
      if (!m) continue;
      const [s, e] = sentenceAt(text, m.index);
      const sentence = text.slice(s, e);
      if (CHANGE.test(sentence) && FUTURE.test(sentence) && !TIMESCALE.test(sentence)) {
        const range = blockSpan(ctx.doc, u.block, s, e);
        ctx.cover('partial', range, 'a planned update has no timescale');
        ctx.report({ message: `Missing: the proposed timescale for the planned update to the published arrangements ("${sentence.trim().slice(0, 60)}${sentence.trim().length > 60 ? '…' : ''}")`, range });
        return;
      }
    }
    const anchor = anchorByPreference(ctx, updatesSpec.near ?? []);
    ctx.cover('missing', anchor.headingRange);
    ctx.report({
      message: `Missing: ${updatesSpec.what}`,
      range: anchor.headingRange,
      fix: sectionTemplateFix(ctx.doc, anchor, updatesSpec.templateHeading, updatesSpec.templateBody),
    });
  },
);

const REFORM =
  /\bWorking Together (?:to Safeguard Children )?2023\b|\bWT ?2023\b|\bnational (?:reforms?|(?:multi-agency )?child protection standards)\b|\bchild protection standards\b|\bFamilies First\b|\bStable Homes\b|\bChildren'?s Wellbeing and Schools (?:Bill|Act)\b|\bKeeping Children Safe in Education 20\d\d\b|\bKCSIE(?: 20\d\d)?\b|\bsocial care reforms?\b|\bmulti-agency child protection teams\b|\bfamily help\b|\blead (?:and|&) delegated (?:safeguarding )?partners\b|\bnational (?:changes?|policy changes?)\b|\bfrom (?:the )?CCGs? to (?:the )?ICBs?\b|\bHealth and Care Act\b/i;

export const nationalReforms = reportRule(
  {
    id: 'yearly-report/national-reforms',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'Evidence that national reforms have been implemented',
    description:
      'Looks for a section on national reforms ("National reforms", "Implementing Working Together 2023", "Responding to national changes", "Families First") or a sentence naming a reform (Working Together 2023, the national child protection standards, Families First, the Children\'s Wellbeing and Schools Bill, KCSIE) with evidence that it has been implemented ("we have moved to…", "was formalised", "in place", "Complete"). Only an intention to respond ("we will review our arrangements in light of the new guidance") is reported.',
    example:
      '## National reforms\n\nWe have moved to lead and delegated safeguarding partners and appointed a partnership chair, as Working Together 2023 requires; revised arrangements were published in December 2024.',
  },
  {
    what: 'evidence that national reforms have been implemented (e.g. Working Together 2023, the national child protection standards), with the partners\' decisions and any issues met',
    headings: [
      /\bnational (?:reforms?|changes?|developments?|policy|context|guidance|agenda|priorities)\b/i,
      /\breforms?\b/i,
      /\bworking together(?: to safeguard children)? 2023\b|\bWT ?2023\b/i,
      /\b(?:implementing|responding to|response to|preparing for) (?:the )?(?:new |national )?(?:guidance|reforms?|working together|changes|legislation)\b/i,
      /\bfamilies first\b|\bstable homes\b|\bchildren'?s wellbeing and schools\b|\bchild protection standards\b/i,
      /\bchanges? (?:to|in) (?:national )?(?:guidance|legislation)\b|\bwhat(?:'s| is) changing nationally\b|\bchanges? (?:coming )?from (?:the )?government\b|\bgovernment(?:['’]s)? (?:changes|reforms|plans for)\b/i,
    ],
    body: [[REFORM, IMPLEMENTED]],
    facets: [{ missing: 'evidence that national reforms have been implemented (what the partners have done, not only what they intend to do)', any: [[IMPLEMENTED]] }],
    near: [/\bnational\b|\breforms?\b/i, /\blooking ahead\b|\bnext (?:year|steps)\b|\bwhat'?s next\b/i],
    templateHeading: 'National reforms',
    templateBody:
      '- **${1:reform, e.g. Working Together to Safeguard Children 2023}.** ${2:What we have done to implement it, the decisions the partners took, and any issues or concerns.}',
  },
);
