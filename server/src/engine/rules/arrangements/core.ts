/** The three statutory "must" items of WT2023 ¶103 (working together, practice reviews, independent scrutiny) and the area (¶104). */
import { topicRule } from './kit.js';
import { VACANT } from './text.js';

const GOVERNANCE_NEAR = [/\bgovernance\b/i, /\bstructure\b/i, /\bwork(?:ing)? together\b/i, /\b(?:statutory|safeguarding) partners\b/i];

export const workingTogether = topicRule(
  {
    id: 'arrangements/working-together',
    level: 'must',
    appliesTo: ['arrangements'],
    paragraphs: ['103'],
    citation: 'WT2023 ¶103',
    title: 'How the safeguarding partners work together to identify and respond to children’s needs',
    description:
      'Looks for a section on how the partners work together: headings such as "Governance", "Our structure", "How we work together", "Leadership and accountability", "How are we organised?", "Subgroups" or "The Safeguarding Partnership Executive", with content. Without one, a paragraph, list item or table row must describe the working structure itself: a named executive, board or group that meets, with its subgroups, priorities or decisions.',
    example:
      '## How we work together\n\nThe lead safeguarding partners meet three times a year. The delegated safeguarding partners meet every six weeks as the Safeguarding Partnership Executive, which oversees four subgroups.',
  },
  {
    what: 'how the safeguarding partners will work together to identify and respond to the needs of children in the area',
    headings: [
      /\bwork(?:s|ing)? together\b/i,
      /\bgovernance\b/i,
      /\bstructures?\b/i,
      /\bhow (?:we|the partners|partners|the partnership) (?:are )?(?:work|works|organised|organized|operate|operates)\b/i,
      /\bhow (?:are|is) (?:we|the partnership) (?:organised|organized|structured|run)\b/i,
      /\bleadership\b/i,
      /\baccountabilit(?:y|ies)\b/i,
      /\bpartnership (?:working|structure|model)\b/i,
      /\bsub-?groups?\b|\bdelivery groups?\b/i,
      /\bmeeting structure\b|\bdecision[- ]making\b/i,
      /\b(?:safeguarding )?partnership executive\b|\bpartners'? (?:executive|board)\b|\bexecutive (?:group|board)\b/i,
      /^(?:the|our) (?:safeguarding )?partnership$/i,
      /\bwho runs the partnership\b|\bwho leads the partnership\b/i,
    ],
    together: [
      [/\b(?:executive|board|leaders'? group|partners'? group|partnership group|steering group|strategic group)\b/i, /\bmeets?\b|\bmeetings?\b/i, /\b(?:sub-?groups?|delivery groups?|priorities|decisions?|decide|strategic|oversee\w*|accountab\w*|escalat\w*|risks?|resolv\w*|unresolved)\b/i],
      [/\b(?:partners|agencies|organisations)\b/i, /\bwork(?:s|ing)? together\b/i, /\b(?:through|structure|groups?|board|executive|meet\w*)\b/i],
    ],
    near: GOVERNANCE_NEAR,
    templateHeading: 'How we work together',
    templateBody:
      'The lead safeguarding partners meet ${1:how often} as ${2:name of the group}. The delegated safeguarding partners meet ${3:how often} as ${4:name of the executive} to ${5:what it does}.\n\nThe work is carried out through ${6:subgroups and what each does}. Our priorities for ${7:period} are ${8:priorities}.',
  },
);

export const practiceReviews = topicRule(
  {
    id: 'arrangements/practice-reviews',
    level: 'must',
    appliesTo: ['arrangements'],
    paragraphs: ['103', '104'],
    citation: 'WT2023 ¶103–104',
    title: 'Arrangements for commissioning and publishing local child safeguarding practice reviews, and embedding learning',
    description:
      'Looks for a section on practice reviews: headings such as "Child safeguarding practice reviews", "Rapid reviews", "Serious incidents", "Learning from practice", "How do we learn when things go wrong?" or "Learning and review", with content. Without one, a paragraph, list item or row must name local child safeguarding practice reviews (LCSPRs) together with rapid reviews, commissioning, publication or the national Panel.',
    example:
      '## Child safeguarding practice reviews\n\nA rapid review is held within 15 working days of a serious incident notification. Where a local child safeguarding practice review is needed, the Learning and Review Group commissions an independent reviewer, and the report is published on our website.',
  },
  {
    what: 'the arrangements for commissioning and publishing local child safeguarding practice reviews, including how learning is embedded',
    headings: [
      /\bpractice reviews?\b/i,
      /\bLCSPRs?\b/,
      /\bcase reviews?\b/i,
      /\bserious (?:incidents?|case)\b/i,
      /\brapid reviews?\b/i,
      /\blearning from (?:reviews|practice|serious|incidents)\b/i,
      /\b(?:when|if) things go wrong\b/i,
      /\b(?:a child|children|young people) (?:is|are|has been|have been|was|were|dies or is|die or are) (?:seriously |badly )?(?:hurt|harmed|injured)\b|\bserious(?:ly)? harm(?:ed)?\b.*\b(?:review|learn)/i,
      /\blearning and (?:review|improvement)\b/i,
      /\breviews? and learning\b/i,
    ],
    together: [[/\b(?:local child safeguarding practice reviews?|LCSPRs?)\b/i, /\b(?:rapid reviews?|commission\w*|publish\w*|Panel|independent reviewers?)\b/i]],
    near: [/\blearning from\b/i, /\blearning and review\b/i, /\breviews?\b/i],
    templateHeading: 'Child safeguarding practice reviews',
    templateBody:
      'When a serious incident is notified, ${1:who} holds a rapid review within 15 working days and decides whether a local child safeguarding practice review (LCSPR) is needed.\n\nLCSPRs are commissioned by ${2:group}, from ${3:how reviewers are chosen}, and published on ${4:where}.\n\nLearning is embedded by ${5:briefings, training, action plans, re-audit}.',
  },
);

export const independentScrutiny = topicRule(
  {
    id: 'arrangements/independent-scrutiny',
    level: 'must',
    appliesTo: ['arrangements'],
    paragraphs: ['103', '97'],
    citation: 'WT2023 ¶103, ¶97',
    title: 'Arrangements for independent scrutiny of the effectiveness of the arrangements',
    description:
      'Looks for a section on independent scrutiny: headings such as "Independent scrutiny", "Scrutiny arrangements", "Our independent scrutineer" or "Who checks that the arrangements work?", with content. Without one, a paragraph, list item or row must say who provides independent scrutiny or what the scrutineer does (appointed, commissioned, observes, reports). Sentences saying someone does *not* carry out scrutiny are ignored. The detail of ¶97 is checked by `arrangements/scrutiny-details`.',
    example:
      '## Independent scrutiny\n\nIndependent scrutiny is provided by Dr Margaret Oyelaran, Independent Scrutineer, commissioned by the three lead safeguarding partners.',
  },
  {
    what: 'the arrangements for independent scrutiny of the effectiveness of the arrangements',
    headings: [/\bscrutin\w*/i, /\bwho checks\b/i, /\bindependent (?:challenge|assurance|oversight)\b/i],
    together: [
      [/\bindependent scrutin(?:y|eer)/i, /\b(?:provided|led|delivered|carried out|undertaken|appointed|commissioned|observes?|attends?|reports?)\b/i],
      [/\bscrutineers?\b/i, /\b(?:appointed|commissioned|observes?|attends?|reports?|reviews?)\b/i],
    ],
    // Not in place yet: a post being recruited to, and what stands in until it is filled.
    exclude: new RegExp(String.raw`\bnot\b|\bno longer\b|${VACANT.source}`, 'i'),
    near: GOVERNANCE_NEAR,
    unfilled: /\b(?:independent )?scrutin(?:eer|y(?: provider)?)\b\W{0,4}[:|–-]\W{0,3}(?:TBC|TBA|TBD|to be (?:confirmed|appointed|agreed)|vacant|\[[^\]]*\])\s*$/im,
    unfilledWhat: 'who provides independent scrutiny: the independent scrutineer is not in post yet',
    templateHeading: 'Independent scrutiny',
    templateBody:
      'Independent scrutiny is provided by ${1:name of the independent scrutineer or scrutiny group}, commissioned by the lead safeguarding partners for ${2:period}.\n\nScrutiny is delivered through ${3:methods}. The areas to be scrutinised are ${4:areas}. The arrangements are reviewed ${5:how and how often}, and recommendations are taken forward by ${6:process}.',
  },
);

export const geography = topicRule(
  {
    id: 'arrangements/geography',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104', '41', '42'],
    citation: 'WT2023 ¶104, ¶41–42',
    title: 'The geographical area, including whether the arrangements span more than one local authority',
    description:
      'Looks for a section on the area: headings such as "Our area", "Geographical area", "Geography and boundaries", "Which area do these arrangements cover?" or "Cross-border working", with content. Without one, a sentence must say what the arrangements cover ("Our arrangements cover the Harbourside City Council area only") or that one arrangement spans several local authority areas.',
    example: '## Our area\n\nThese arrangements cover the Westmere Council area only. NHS Westmere and Dale ICB and Westmere Police also serve the neighbouring Dale area.',
  },
  {
    what: 'the geographical area the arrangements cover, including whether they span more than one local authority area',
    headings: [
      /\bgeograph\w*/i,
      /\bboundar(?:y|ies)\b/i,
      /\bfootprint\b/i,
      /\b(?:our|the|local) area\b/i,
      /^area$/i,
      /\bwhich area\b|\barea (?:covered|we cover)\b|\bwho we (?:cover|serve)\b/i,
      /\bcross[- ]border\b/i,
    ],
    together: [
      [/\barrangements?\b/i, /\b(?:cover(?:s|ing)?|apply|applies|span(?:s)?|extend(?:s)?|operate(?:s)? across)\b/i, /\b(?:area|council|borough|county|city|district|local authorit(?:y|ies)|footprint|boundar\w*)\b/i],
      [/\b(?:one|single|joint) (?:arrangement|partnership)\b/i, /\blocal authority areas?\b|\bboroughs\b|\bcouncils\b/i],
      // "The ICB and the police also work with the partnerships in the four neighbouring boroughs": where the partners' boundaries differ.
      [
        /\b(?:ICB|integrated care board|NHS|police|constabulary|force)\b/i,
        /\b(?:also|both)\b[^.]{0,40}\b(?:cover|covers|serve|serves|work with|works with|work across|works across|span|spans)\b/i,
        /\bneighbouring\b|\bother (?:boroughs|councils|areas|local authorit(?:y|ies))\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|several) (?:\w+ )?(?:boroughs|councils|local authorit(?:y|ies)|areas|counties)\b/i,
      ],
    ],
    near: [/\babout\b/i, /\bintroduction\b/i],
    templateHeading: 'Our area',
    templateBody:
      'These arrangements cover ${1:the local authority area(s)}. ${2:Whether they span more than one local authority, and how police and health boundaries differ}.',
  },
);
