/** threshold/early-help: the early help assessment process, and the early help and targeted early help services (¶117). */
import { criteriaRule, facet } from '../shared/evidence.js';

export const EARLY_HELP_HEADINGS = [/\bearly help\b/i, /\bearly intervention\b/i, /\bfamily help\b/i, /\btargeted (?:help|support|family support|services)\b/i, /\bteam around the (?:family|child)\b/i, /\bEHA\b/];

export const earlyHelp = criteriaRule(
  {
    id: 'threshold/early-help',
    level: 'should',
    appliesTo: ['threshold'],
    paragraphs: ['117'],
    citation: 'WT2023 ¶117',
    title: 'The process for early help assessments, and the type and level of early help and targeted early help services',
    description:
      'Looks for two things, each reported by name when missing. The early help assessment process: its steps (consent, a team-around-the-family meeting, a lead practitioner, a family plan, reviews, timescales, how to start it, stepping up or down), at least two in a section about the assessment (EHA, team around the family, "how do I start…") or four in any passage that names it, one of them always about how it runs (starting it, the plan, reviews, timescales, stepping up or down). The early help offer: early help and targeted early help services by level (parenting programmes, family hubs, youth work, family support workers, family group conferences…). A process only signposted to a separate handbook, or a levels table saying who leads and whether consent is needed, does not count.',
    example:
      '## Early help\n\nAny practitioner can start an early help assessment with the family\'s consent. A Team Around the Family meeting agrees a lead practitioner and a family plan, reviewed every eight weeks.\n\nTargeted early help (Level 3) includes Family Help Workers, Triple P parenting and family group conferences.',
  },
  {
    what: 'the process for early help assessments and the early help and targeted early help services on offer',
    headings: EARLY_HELP_HEADINGS,
    parts: [
      {
        what: 'the process for early help assessments: how one is started (with consent), the team around the family, who leads, the family plan and how it is reviewed',
        evidence: {
          headings: [
            /\bearly help assessments?\b/i,
            /\bEHA\b/,
            /\b(?:early help|family help|EHA|TAF) (?:process|pathway|procedure)\b/i,
            /\bteam around the (?:family|child)\b/i,
            /\bhow (?:do i|to|we|can i) (?:start|request|begin|complete|open|ask for)\b.*\b(?:early help|assessment)\b/i,
            /\bfamily help assessment\b/i,
            /\bcommon assessment framework\b|\bCAF\b/,
          ],
          anchors: [
            /\bearly help assessments?\b/i,
            /\bEHAs?\b/,
            /\bteam around the (?:family|child)\b/i,
            /\bTA[FC]\b/,
            /\bfamily help assessment\b/i,
            /\bcommon assessment framework\b/i,
            /\bearly help (?:plan|process|pathway|module|portal)\b/i,
          ],
          facets: [
            facet('consent', /\bconsent\b|\b(?:family|families|parents?) (?:must |has to |have to |should )?agrees?\b|\bvoluntary\b/i),
            facet('meeting', /\bteam around the (?:family|child)\b|\bTA[FC] (?:meeting|review)s?\b|\b(?:multi-agency|family) meetings?\b/i),
            facet('lead', /\blead (?:practitioner|professional|worker)\b|\bkey ?worker\b/i),
            facet('plan', /\b(?:family|action|support|help) plans?\b/i),
            facet('review', /\breview(?:s|ed|ing)?\b/i),
            facet('timescale', /\bwithin (?:\w+ ){0,2}(?:working )?(?:days|weeks)\b|\bevery (?:\w+ ){0,3}weeks\b|\bat least every\b/i),
            facet('start', /\b(?:start|initiate|complete|open|begin|request)s?\b.{0,40}\bassessment\b|\b(?:form|template|portal)\b/i),
            facet('step', /\bstep(?:ping|s)?[- ](?:up|down)\b|\bclose (?:the )?(?:plan|case)\b|\bescalat/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 4,
          // Who leads and whether consent is needed, without how it runs, is an overview, not a process.
          required: ['plan', 'review', 'timescale', 'start', 'step'],
        },
      },
      {
        what: 'the type and level of early help and targeted early help services (for example parenting support, family hubs, youth work, family support workers)',
        evidence: {
          headings: [/\bearly help\b/i, /\btargeted\b/i, /\bfamily help\b/i, /\b(?:level|tier) [23]\b/i, /\bemerging needs\b|\badditional needs\b/i],
          anchors: [/\bearly help\b/i, /\btargeted (?:early help|help|support|services?|youth)\b/i, /\bfamily help\b/i],
          facets: [
            facet('targeted', /\btargeted\b|\bintensive\b/i),
            facet('level', /\b(?:level|tier|zone)s? ?[1-4]\b|\bsingle[- ]agency\b|\buniversal(?:[- ]plus)?\b/i),
            facet('parenting', /\bparenting\b|\bTriple P\b|\bIncredible Years\b|\bSolihull\b/i),
            facet('hubs', /\bfamily hubs?\b|\bchildren'?s centres?\b/i),
            facet('youth', /\byouth (?:service|work|club|support|engagement)/i),
            facet('mental-health', /\bmental health support\b|\bemotional (?:health|wellbeing)\b|\bhealthy minds\b|\bCAMHS\b|\bschool nurs/i),
            facet('family-support', /\bfamily (?:support|help) (?:workers?|service|practitioners?|team)\b|\bkey ?workers?\b|\bfamily support service\b/i),
            facet('fgc', /\bfamily group conferenc/i),
            facet('conflict', /\breducing parental conflict\b|\bdomestic abuse (?:service|support)\b/i),
            facet('carers', /\byoung carers\b/i),
            facet('other', /\bhousing\b|\bmoney advice\b|\bCitizens Advice\b|\bsubstance misuse service\b/i),
          ],
          minWithHeading: 3,
          minWithoutHeading: 4,
        },
      },
    ],
    near: [/\bearly help\b/i, /\b(?:level|tier) 2\b/i, /\blevels? of need\b|\bcontinuum\b|\bthresholds?\b/i],
    templateHeading: 'Early help',
    templateBody:
      '### The early help assessment\n\n${1:Who can start an early help assessment, how consent is sought, when the Team Around the Family meets, how the lead practitioner is agreed and how the family plan is reviewed.}\n\n### Early help and targeted early help services\n\n| Level | Services |\n|---|---|\n| Early help | ${2:single-agency services, e.g. school pastoral support, health visiting, family hub groups} |\n| Targeted early help | ${3:e.g. family help workers, parenting programmes, family group conferences} |',
  },
);
