/** ¶106, the two things a yearly report must say: what the partnership did, and how effective the arrangements were. */
import { reportRule } from './evidence.js';
import { CSPR, MEASURED_CHANGE } from './patterns.js';

/** A table whose header has a column for what was done this year. */
const DONE_COLUMN = /^[^\n]*\b(?:what we did|what (?:has )?happened|what we (?:have )?done|what was done|actions? taken|progress (?:this year|made|in 20\d\d)|delivered)\b[^\n]*\n/i;

const PLANS = /\b(?:will|next year|ahead|plans?|future|priorities for)\b/i;

export const activity = reportRule(
  {
    id: 'yearly-report/activity',
    level: 'must',
    appliesTo: ['yearly-report'],
    paragraphs: ['106'],
    citation: 'WT2023 ¶106',
    title: 'What the partnership has done as a result of the arrangements, including on child safeguarding practice reviews',
    description:
      'Looks for a section on the year\'s work, whatever its title ("What we did this year", "Activity", "Our year in numbers", "Delivering our priorities", "What have we achieved?"), or, without one, at least three paragraphs or list items saying what the partners held, delivered, published or commissioned. The report must also say what was done on child safeguarding practice reviews: rapid reviews, LCSPRs or serious incident notifications with what happened to them, anywhere in the report; their absence is reported as its own gap. Forward-looking headings ("What we will do next year") do not count.',
    example:
      '## What we did this year\n\n- The Executive met six times and agreed a new neglect strategy.\n- Three rapid reviews were completed within 15 working days; one led to a local child safeguarding practice review (Child E), published in July 2024.',
  },
  {
    what: 'what the partnership has done this year as a result of the arrangements, including on child safeguarding practice reviews',
    headings: [
      /\bwhat (?:did )?(?:we|the partnership|the partners|partners) (?:have |has )?(?:did|do|done|delivered|achieved)\b/i,
      /\bwhat did (?:we|the partnership) do\b|\bwhat (?:have )?(?:we|the partnership|partners) (?:been doing|got done|have done)\b|\bwhat we got done\b/i,
      /\bactivit(?:y|ies)\b/i,
      /\bour (?:work|year)\b|\bthe year in (?:review|numbers)\b|\byear in numbers\b/i,
      /\bachievements?\b|\bwhat (?:we have|we've|we) achieved\b|\bhighlights\b/i,
      /\b(?:partnership|our|joint|multi-agency) work\b|\bwork of the partnership\b|\bwork (?:we have|we've) done\b/i,
      /\bdelivering (?:our|the) (?:priorities|plan|strategy)\b/i,
      /\bprogress (?:against|on|with) (?:our |the )?priorities\b/i,
      // "Our priorities and progress", "Priorities: progress this year", "How we did", "What happened".
      /\bpriorities\b.*\bprogress\b|\bprogress\b.*\bpriorities\b|\bhow we did\b|\bwhat happened\b/i,
      /\b(?:child safeguarding )?practice reviews\b|\brapid reviews\b|\bLCSPRs\b/i,
    ],
    notHeadings: [PLANS],
    // Or rows of a table with a column for what was done ("Priority | What we did | RAG").
    body: [[DONE_COLUMN], [/\b(?:we|the partnership|partners|the executive|the board)\s+(?:have\s+|has\s+)?(?:delivered|held|completed|published|launched|ran|trained|introduced|developed|commissioned|set up|carried out|undertook|agreed|revised|relaunched|rolled out)\b/i]],
    minBodyUnits: 3,
    facets: [
      {
        missing: 'what the partnership did on child safeguarding practice reviews this year (serious incident notifications, rapid reviews, local reviews commissioned or published)',
        any: [[CSPR, /\b(?:held|completed|commissioned|published|notifi\w*|notified|undert(?:ook|aken)|conducted|carried out|considered|decided|agreed|submitted|no (?:serious|rapid|local))\b|\d/i]],
        anywhere: true,
      },
    ],
    near: [/\bintroduction\b|\bsummary\b|\boverview\b/i],
    done: true,
    templateHeading: 'What we did this year',
    templateBody:
      '${1:What the partners did together as a result of the arrangements: meetings, strategies, training, audits and procedures.}\n\n### Child safeguarding practice reviews\n\n${2:Serious incident notifications, rapid reviews held, local child safeguarding practice reviews commissioned and published, and what happened to their recommendations.}',
  },
);

export const effectiveness = reportRule(
  {
    id: 'yearly-report/effectiveness',
    level: 'must',
    appliesTo: ['yearly-report'],
    paragraphs: ['106'],
    citation: 'WT2023 ¶106',
    title: 'How effective the arrangements have been in practice',
    description:
      'Looks for a section that judges the arrangements ("How effective have our arrangements been?", "Effectiveness", "How well are we doing?", "How do we know we are making a difference?", "What went well" and "What didn\'t go so well"), or a sentence that states such a judgement ("the arrangements are working well", "we judge the arrangements to be effective"). A section with that title must contain an actual judgement (effective, working well, assured, strengths, requires improvement), not only activity. Without either, measured change in three or more sections ("14 of 20 children had a clear plan, up from 8 of 20" under one priority, "fell by 27%" under another) is the judgement by figures.',
    example:
      '## How effective have our arrangements been?\n\nThe Executive judged the arrangements effective at the front door and for babies, based on the audits and data below, but less effective for children living with long-term neglect.',
  },
  {
    what: 'how effective the arrangements have been in practice (a judgement, with the evidence for it)',
    headings: [
      /\beffective(?:ness)?\b/i,
      /\bhow well\b/i,
      /\bhow (?:do |did )?(?:we|you) know\b/i,
      /\b(?:are|is) (?:children|our children|young people|the partnership)(?: in [\w ]+?)? (?:safer|making a difference)\b/i,
      /\b(?:evaluation|assessment) of (?:the|our) (?:arrangements|partnership)\b/i,
      /\bis it working\b|\bare (?:the|our) arrangements working\b/i,
      // "What went well", "What didn't go so well": the year judged in the reader's words.
      /\bwhat (?:has |have )?(?:went|gone|is going|are going)(?: so| as| very)? well\b|\bwhat (?:did not|didn'?t|has not|hasn'?t|have not|haven'?t) go(?:ne)?(?: so| as| very)? well\b/i,
      // The reader's question after "What did we do?": "What difference did it make?"
      /\bwhat difference (?:did|does|has|have|will) (?:it|this|that|we|our work|the work|they|these)(?: \w+)? (?:make|made)\b/i,
    ],
    notHeadings: [/\bcost[- ]effective/i],
    body: [
      [/\barrangements\b[^.]{0,40}\b(?:are|have been|were|remain|is|was)\s+(?:\w+\s+){0,2}(?:effective|working (?:well|effectively))\b/i],
      [/\b(?:judged?|judgement|assessed?|considers?|concluded?|assured)\b[^.]{0,60}\barrangements\b[^.]{0,60}\b(?:effective|working (?:well|effectively))/i],
    ],
    facets: [
      {
        missing: 'a judgement of how effective the arrangements have been in practice (what worked well, what did not, and the evidence)',
        any: [[/\b(?:effective(?:ly|ness)?|ineffective|working (?:well|effectively)|worked well|assured|assurance|judge(?:d|ment)?|strengths?|weak(?:er|ness(?:es)?)|requires? improvement|needs? to improve|(?:good|outstanding|inadequate) overall|(?:more|less) (?:robust|consistent|timely)|(?:has|have) (?:improved|got better|got worse)|(?:is|are) improving|(?:better|worse) than|(?:went|gone|go|going) (?:so |as |very )?well|do better)\b|\bsuggests?\b[^.]{0,80}\b(?:improv\w*|robust|better|worse|stronger|weaker|working)\b/i]],
        anywhere: true,
        // Under "How do we know we are making a difference?", measured change is the answer the heading asks for.
        underHeading: [[MEASURED_CHANGE]],
      },
    ],
    measuredIn: { sections: 3, change: MEASURED_CHANGE },
    near: [/\bintroduction\b|\bsummary\b|\boverview\b/i],
    templateHeading: 'How effective have our arrangements been?',
    templateBody:
      '${1:Our judgement of how well the arrangements worked in practice this year, what worked well and what did not.}\n\n| Measure | Last year | This year | What it tells us |\n|---|---|---|---|\n| ${2:measure} | ${3:value} | ${4:value} | ${5:meaning} |',
  },
);
