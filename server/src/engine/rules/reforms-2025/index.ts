/**
 * The opt-in `reforms-2025` checks (preset `reforms-2025`): info-level prompts for arrangements to
 * say how they will take up the reforms proposed after WT2023 (DfE, Keeping Children Safe, Helping
 * Families Thrive, November 2024; the Children's Wellbeing and Schools Bill 2024-25). Not in the
 * requirement catalogue, off by default, and left out of the WT2023 checklist.
 */
import type { Rule } from '../rule.js';
import { proposalRule } from './proposal.js';

const EDU = String.raw`(?:schools?|education(?:al)?(?: and childcare)?(?: settings?| providers?)?|colleges?|early years(?: settings?| providers?)?|childcare(?: settings?| providers?)?|nurser(?:y|ies)|academ(?:y|ies)|multi-academy trusts?)`;
const AS_PARTNER = String.raw`(?:(?:statutory|fourth|full|equal|named) (?:safeguarding )?partners?|safeguarding partners?|relevant agenc(?:y|ies) (?:in|under) (?:law|the (?:Bill|Act))|as (?:a |an )?(?:full |equal |statutory )?partners?)`;

export const educationPartners = proposalRule(
  {
    id: 'reforms-2025/education-partners',
    title: 'How education and childcare settings will take part as safeguarding partners (proposed)',
    description:
      "Opt-in (preset `reforms-2025`). The reforms propose that education is named in law in local safeguarding arrangements, so that schools and other education and childcare settings take part as partners. Looks for a sentence that ties schools, colleges, early years or childcare settings to a partner role (\"statutory partner\", \"fourth safeguarding partner\", \"as full partners\"), or sits under a heading that does, and says how: who represents them, on which group, through what forum, from when. A sentence that defers (\"we are waiting for national guidance\") is reported as not yet saying how. Sources: DfE, Keeping Children Safe, Helping Families Thrive (policy statement, November 2024); Children's Wellbeing and Schools Bill 2024-25.",
    example:
      '## Education as a safeguarding partner\n\nFrom April 2026 schools, colleges and early years settings will take part as full partners: two headteachers and an early years representative, elected by the Education Safeguarding Forum, will sit on the Partnership Executive.',
  },
  {
    topic: [new RegExp(`\\b${EDU}\\b.*\\b${AS_PARTNER}\\b|\\b${AS_PARTNER}\\b.*\\b${EDU}\\b`, 'i')],
    how: [
      /\b(?:represent\w*|sits?|sitting|seats?|members? of|membership|attend\w*|nominat\w*|elect\w*|chosen|rotat\w*|through (?:the|a|an|its|their)|via (?:the|a|an)|forum|network|sub-?group|executive|board|panel|headteachers?|principals?|designated safeguarding leads?|DSLs?|from (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|20\d\d))\b/i,
    ],
    what: 'how education and childcare settings will take part as safeguarding partners',
    named: 'education as a partner',
    near: [/\beducation\w*|\bschools?\b|\bearly years\b|\bchildcare\b/i, /\brelevant agenc/i],
  },
);

export const childProtectionTeams = proposalRule(
  {
    id: 'reforms-2025/child-protection-teams',
    title: 'How multi-agency child protection teams will be set up (proposed)',
    description:
      'Opt-in (preset `reforms-2025`). The reforms propose multi-agency child protection teams in every local authority area, bringing together social care, police, health and education. Looks for a sentence about the teams ("multi-agency child protection team(s)/unit(s)", "MACPT"), or under a heading naming them, that says how they will be set up: where they are hosted or based, who is in them, who leads them, when (a pilot, a date). A sentence that defers ("we are waiting for national guidance on MACPTs") is reported as not yet saying how. Sources: DfE, Keeping Children Safe, Helping Families Thrive (November 2024); Children\'s Wellbeing and Schools Bill 2024-25.',
    example:
      '## Multi-agency child protection team\n\nOur multi-agency child protection team will be hosted in the Westmere front door from April 2026, with social workers, a detective sergeant, a named nurse and an education safeguarding adviser.',
  },
  {
    topic: [/\bmulti-?agency child protection (?:teams?|units?)\b|\bMACPT?s?\b|\bMACPUs?\b/i],
    how: [
      /\b(?:set up|setting up|establish\w*|launch\w*|host(?:ed|s)?|based (?:in|at)|co-?locat\w*|led by|managed by|made up of|compris\w*|include\w*|including|staffed|social workers?|police officers?|detectives?|sergeants?|health visitors?|nurses?|paediatricians?|designated doctors?|education (?:safeguarding )?(?:advisers?|officers?|representatives?)|pilot\w*|pathfinder|recruit\w*|from (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|20\d\d)|by (?:january|february|march|april|may|june|july|august|september|october|november|december|the end of|20\d\d))\b/i,
    ],
    what: 'how multi-agency child protection teams will be set up',
    named: 'multi-agency child protection teams',
    near: [/\bchild protection\b/i, /\bworking together\b|\bhow we work\b|\bpractice\b/i],
  },
);

export const singleUniqueIdentifier = proposalRule(
  {
    id: 'reforms-2025/single-unique-identifier',
    title: 'How the single unique identifier will be used for information sharing (proposed)',
    description:
      'Opt-in (preset `reforms-2025`). The reforms propose clearer information sharing and a single unique identifier (SUI) for each child, so services can match records. Looks for a sentence about the identifier ("single unique identifier", "SUI", "consistent child identifier"), or under a heading naming it, that says how it will be used: which number (the NHS number), in which systems or records, how records are matched or shared, by which agencies. A sentence that defers ("we await the national roll-out") is reported as not yet saying how. Sources: DfE, Keeping Children Safe, Helping Families Thrive (November 2024); Children\'s Wellbeing and Schools Bill 2024-25.',
    example:
      '## Information sharing\n\nThe partners will use the NHS number as the single unique identifier, recorded in the council\'s case management system and in police and health referrals to the front door, so that records about a child can be matched.',
  },
  {
    topic: [/\bsingle unique (?:child )?identifiers?\b|\b(?:consistent|unique|single) (?:child |children's )?identifiers?\b/i, /\bSUIs?\b/],
    how: [
      /\b(?:NHS numbers?|records?|recorded|recording|systems?|case management|match\w*|link\w*|look(?:ed)? up|referrals?|front door|MASH|integrat\w*|data[- ]sharing (?:agreements?|protocols?)|information[- ]sharing (?:agreements?|protocols?)|shared? (?:through|via|with|between|across)|each agency|every agency|all (?:partner )?agencies|pilot\w*)\b/i,
    ],
    what: 'how the single unique identifier will be used for information sharing',
    named: 'the single unique identifier',
    near: [/\binformation[- ]sharing\b|\bsharing information\b/i, /\bdata\b/i],
  },
);

export const familyGroupDecisionMaking = proposalRule(
  {
    id: 'reforms-2025/family-group-decision-making',
    title: 'How family group decision-making is offered (proposed)',
    description:
      'Opt-in (preset `reforms-2025`). The reforms propose that family group decision-making is offered to the wider family when a child is at risk, expected to become mandatory. Looks for a sentence about it ("family group decision-making", "FGDM", "family group conference", "family network meeting"), or under a heading naming it, that says how it is offered: when (before a child protection conference, at pre-proceedings), to whom, by whom (an independent coordinator). A sentence that defers ("awaiting guidance on FGDM") is reported as not yet saying how. Sources: DfE, Keeping Children Safe, Helping Families Thrive (November 2024); Children\'s Wellbeing and Schools Bill 2024-25.',
    example:
      '## Family group decision-making\n\nEvery family is offered a family group conference, run by an independent coordinator, before an initial child protection conference and at the start of pre-proceedings.',
  },
  {
    topic: [/\bfamily group (?:decision[- ]making|conferenc\w*|meetings?)\b|\bFGDM\b|\bFGCs?\b|\bfamily network meetings?\b/i],
    how: [
      /\b(?:offer\w*|refer\w*|before|at the (?:point|start)|pre-proceedings|when (?:a|the) (?:child|family)|every family|all families|co-?ordinators?|independent|convene\w*|arrang\w*|within \d+|as soon as|child protection (?:conferences?|plans?)|strategy (?:meetings?|discussions?)|section 47|public law outline|PLO)\b/i,
    ],
    what: 'how family group decision-making is offered to families',
    named: 'family group decision-making',
    near: [/\bfamil(?:y|ies)\b/i, /\bchild protection\b/i, /\bpractice\b/i],
  },
);

export const rules: Rule[] = [educationPartners, childProtectionTeams, singleUniqueIdentifier, familyGroupDecisionMaking];
