/** local-protocol/case-management: how cases are managed once a child is referred to children's social care (¶141). */
import { criteriaRule, facet } from '../shared/evidence.js';

export const caseManagement = criteriaRule(
  {
    id: 'local-protocol/case-management',
    level: 'should',
    appliesTo: ['local-protocol'],
    paragraphs: ['141'],
    citation: 'WT2023 ¶141',
    title: "How cases are managed once a child is referred to children's social care",
    description:
      'Looks for a section on what happens after a referral (case management, "what happens when we get a referral", allocation, receipt of referrals, assessment timescales, transfer and closure) with at least two of: the decision on the referral and its timescale, allocation, when the child is seen, the 45-working-day assessment, outcomes (child in need plan, conference, strategy discussion), transfer or step-down, reviews, closure. Elsewhere at least four of them must appear together in one section or table.',
    example:
      '## How we manage a child\'s case\n\nA manager decides on every referral within one working day. Cases needing assessment are allocated to a lead practitioner the same day, the child is seen within five working days and the assessment is completed within 45 working days. No case is closed without a manager\'s agreement.',
  },
  {
    what: "how cases are managed once a child is referred to children's social care (decision on the referral, allocation, assessment timescales, outcomes, transfer and closure)",
    headings: [/\bcase management\b|\bmanag(?:e|es|ing|ement of) (?:a |the )?(?:child'?s )?cases?\b/i, /\bafter (?:a |the )?referral\b|\bonce a child is referred\b|\bfollowing referral\b/i],
    parts: [
      {
        what: "how cases are managed once a child is referred to children's social care (decision on the referral, allocation, assessment timescales, outcomes, transfer and closure)",
        evidence: {
          headings: [
            /\bcase management\b|\bmanag(?:e|es|ing|ement of) (?:a |the )?(?:child'?s )?cases?\b|\bhow (?:we|cases are) managed?\b/i,
            /\bafter (?:a |the )?referral\b|\bonce a child is referred\b|\bfollowing referral\b|\bwhat happens (?:when|next|after)\b/i,
            /\breferrals?\b|\breceipt of referrals?\b|\bfront door\b/i,
            /\ballocation\b|\btimescales?\b|\btransfer and closure\b|\bassessment (?:process|timescales)\b|\bfrom referral to\b|\bplans and review\b/i,
          ],
          anchors: [/\breferr(?:al|ed)\b|\bcases?\b/i],
          facets: [
            facet('decision', /\bwithin (?:one|1|two|2|24) (?:working )?(?:days?|hours)\b|\bdecid(?:e|es|ed|ing)\b|\bdecision\b/i),
            facet('allocation', /\ballocat/i),
            facet('seen', /\bchild (?:is |will be |shall be )?seen\b|\bsee the child\b/i),
            facet('assessment', /\b45 working days\b|\bforty-five working days\b|\bchild and family assessment\b/i),
            facet('outcomes', /\boutcomes?\b|\bchild in need plan\b|\bchild protection conference\b|\bstrategy discussion\b/i),
            facet('closure', /\bclos(?:e|ed|ure|ing)\b/i),
            facet('transfer', /\btransfer|\bstep[- ]?(?:down|across)\b|\bmoves? to\b/i),
            facet('review', /\breview(?:ed|s)?\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 4,
        },
      },
    ],
    near: [/\breferrals?\b|\bfront door\b/i, /\bassessments?\b/i],
    templateHeading: 'How cases are managed after a referral',
    templateBody:
      '- **Decision:** ${1:who decides on a referral and within what time}\n- **Allocation:** ${2:how and when a lead practitioner is allocated}\n- **Assessment:** ${3:when the child is seen; completed within 45 working days}\n- **Outcomes and plans:** ${4:child in need plan, conference, step-down, closure}',
  },
);
