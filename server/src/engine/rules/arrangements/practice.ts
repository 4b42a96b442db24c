/** How the partnership works in practice (WT2023 ¶104): information, data, training and audit, voice, escalation. */
import { NOT_YET } from './text.js';

/** "…will be referred to the Independent Chair" / "…to the LSCB": a resolver that no longer exists. */
const ABOLISHED_RESOLVER =
  /\b(?:referred|escalated|passed|taken|go(?:es)?|sent) (?:on )?to (?:the )?(?:independent chair(?:person)?|LSCB|local safeguarding children(?:'s)? board|CCG|clinical commissioning group)\b|\b(?:independent chair(?:person)?|LSCB) (?:will )?(?:decides?|resolves?|arbitrates?|settles?)\b/i;
import { partsRule, topicRule } from './kit.js';

export const informationSharing = topicRule(
  {
    id: 'arrangements/information-sharing',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104', '88'],
    citation: 'WT2023 ¶104, ¶88',
    title: 'How partners share information and data safely and effectively',
    description:
      'Looks for a section on information sharing (headings such as "Information sharing", "Sharing information safely", "Data sharing" or "Information governance") with content. Without one, a paragraph, list item or row must name information or data sharing together with how it is done safely: an agreement or protocol, principles, the lawful basis (UK GDPR, Data Protection Act 2018), consent or secure routes.',
    example:
      '## Information sharing\n\nAll partners have signed the Westmere Multi-Agency Information Sharing Agreement. It sets out the lawful bases for sharing under UK GDPR and the Data Protection Act 2018, and the secure routes to use.',
  },
  {
    what: 'how the partners share information and data safely and effectively (the processes and principles, and the agreement in place)',
    headings: [/\binformation[- ]sharing\b/i, /\bshar(?:e|ing) (?:of )?(?:information|data)\b/i, /\bdata[- ]sharing\b/i, /\binformation governance\b/i],
    together: [
      [
        /\b(?:information|data)[- ]sharing (?:agreements?|protocols?|arrangements?)\b|\bshar(?:e|ing|ed) (?:information|data)\b|\binformation (?:is|will be) shared\b/i,
        /\b(?:GDPR|data protection|lawful\w*|principles?|secure(?:ly)?|safely|agreements?|protocols?|consent|golden rules|caldicott)\b/i,
      ],
    ],
    // An agreement still to be made is not one in place.
    exclude: NOT_YET,
    near: [/\bdata\b/i, /\bworking together\b/i],
    templateHeading: 'Information sharing',
    templateBody:
      'All partners and relevant agencies have signed ${1:name of the information sharing agreement}. It sets out the principles for sharing (${2:lawful bases, proportionality, consent}) and the processes (${3:MASH, strategy discussions, secure routes}).',
  },
);

const DATA_HEADINGS = [
  /\bdata\b(?! protection| sharing)/i,
  /\bintelligence\b/i,
  /\bperformance\b/i,
  /\bquality assurance\b/i,
  /\bdata ?sets?\b|\bdashboards?\b|\bscorecards?\b/i,
  /\bhow (?:do )?we know\b/i,
  /\bmaking a difference\b/i,
];
const DATA = /\b(?:data|dataset|data set|scorecard|dashboard|performance (?:information|data|indicators|framework|measures)|intelligence|indicators|measures|figures|numbers|statistics)\b/i;
/** What the figures are for: whether help works (not "how well the Executive uses data", a scrutiny theme). */
const EFFECT = /\b(?:effective(?:ness)?|impact|(?:makes?|making|made) a difference|outcomes|(?:whether|if) (?:the )?(?:help|services|support|early help|interventions?)|how well (?:help|services|support|children|families|early help))\b/i;

export const dataIntelligence = partsRule(
  {
    id: 'arrangements/data-intelligence',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104'],
    citation: 'WT2023 ¶104',
    title: 'How data and intelligence are used to assess the effectiveness of help, including early help',
    description:
      'Checks two parts and reports each one missing: how data and intelligence are used to judge whether help is effective (a dataset used to test effectiveness, impact or outcomes; inside a data section, saying what the figures are for or measuring outcomes such as re-referrals), and how early help is included in the data. A list of activity counts alone meets neither; a section that only repeats the duty counts for neither.',
    example:
      '## Using data and intelligence\n\nThe Quality Assurance Group keeps a multi-agency dataset, including early help measures, and reviews it every quarter to judge whether help is making a difference.',
  },
  {
    what: 'how data and intelligence are used to assess the effectiveness of the help given to children and families, including early help',
    headings: DATA_HEADINGS,
    parts: [
      {
        what: 'how data and intelligence are used to judge whether help is effective (not only which figures are collected)',
        headings: [/\bhow (?:do )?we know\b/i, /\bmaking a difference\b/i, /\beffective(?:ness)?\b/i],
        together: [[DATA, EFFECT]],
        // Inside the data section, saying what the figures are for is enough: "used to test our priorities".
        inTopic: [
          [DATA, /\b(?:judge[sd]?|judging|assess(?:es|ed|ing)?|test(?:s|ed|ing)?|check(?:s|ed|ing)?|understand\w*|know|shows?|learn\w*|evaluat\w*|challeng\w*|decid\w*|target\w*|spot\w*|identif\w*)\b|\bwhether\b|\bagain\b|\bre-?referr\w*|\bhow quickly\b|\btimeliness\b|\boff track\b|\bbenchmark\w*|\bstatistical neighbours\b|\bcomes? back\b/i],
          [EFFECT],
        ],
        exclude: NOT_YET,
      },
      {
        what: 'how early help is included in the data',
        together: [[/\bearly help\b/i, /\b(?:data|dataset|data set|scorecard|dashboard|measures?|indicators?|performance|figures|take-up|re-?referrals?|step(?:-| )(?:up|down)|outcomes?|metrics?)\b/i]],
        inTopic: [[/\bearly help\b/i]],
        exclude: NOT_YET,
      },
    ],
    near: [/\binformation\b/i, /\bquality\b/i],
    templateHeading: 'Using data and intelligence',
    templateBody:
      '${1:Group} keeps a multi-agency dataset, including early help (${2:measures}). It is reviewed ${3:how often} to judge whether help, including early help, is making a difference, and ${4:how findings are acted on}.',
  },
);

/** Training monitored for impact, in the guidance's words or a plain writer's ("three months later we ask what they do differently"). */
const TRAINING_IMPACT =
  /\b(?:needs analysis|evaluat\w*|impact|follow(?:-| )?ups?|followed up|follow up|monitor\w*|(?:three|six|3|6) months (?:later|on|after)|(?:doing|do|work) differently|changed (?:how|what) they|what (?:they|people|staff) (?:learned|learnt))\b/i;

export const trainingAudits = partsRule(
  {
    id: 'arrangements/training-audits',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104'],
    citation: 'WT2023 ¶104',
    title: 'How multi-agency training is commissioned, delivered and monitored for impact, and how multi-agency audits are done',
    description:
      'Checks two parts and reports each one missing. Training: a "Training", "Workforce development" or "Learning and development" section with content, or a paragraph or row where training is commissioned, delivered or evaluated for impact (a training programme mentioned in passing, or an attendance figure, does not count). Audits: an "Audit" section, or a paragraph or row on multi-agency, inter-agency, case-file, themed or section 11 audits with how often or how they are run.',
    example:
      '## Training and audit\n\nThe Workforce Development Group commissions the multi-agency training programme from a yearly training needs analysis, and evaluates every course three months later.\n\nThe Quality Assurance Group runs four themed multi-agency case audits a year.',
  },
  {
    what: 'how multi-agency training is commissioned, delivered and monitored for impact, and how multi-agency and inter-agency audits are done',
    headings: [/\btraining\b/i, /\baudits?\b/i, /\bworkforce development\b/i, /\blearning and development\b/i],
    parts: [
      {
        what: 'how multi-agency training is commissioned, delivered and monitored for impact',
        headings: [/\btraining\b/i, /\btrain (?:staff|our|people|practitioners)\b/i, /\bworkforce development\b/i, /\blearning and development\b/i, /\bprofessional development\b/i],
        together: [
          [/\btraining\b/i, /\bcommission\w*/i, /\b(?:deliver\w*|evaluat\w*|impact|monitor\w*)\b/i],
          [/\btraining\b/i, TRAINING_IMPACT, /\b(?:deliver\w*|programme|courses?|runs?|plan(?:s|ned)?|offer\w*|provid\w*)\b/i],
        ],
      },
      {
        what: 'how multi-agency and inter-agency audits are done',
        headings: [/\baudits?\b/i],
        together: [
          [
            /\b(?:multi[- ]agency|inter[- ]agency|joint|partnership|case(?: file)?|thematic|themed)\b[^.;|]{0,30}\baudits?\b|\baudits?\b[^.;|]{0,30}\b(?:multi[- ]agency|inter[- ]agency)\b|\b(?:section 11|s\.? ?11)\b(?: of the Children Act(?: 2004)?)? (?:audits?|self[- ]assessments?|returns?|reviews?)\b|\b(?:section 11|s\.? ?11) of the Children Act\b/i,
            /\b(?:programme|a year|per year|each year|every|annual(?:ly)?|quarterly|termly|carr(?:y|ies) out|runs?|undertak\w*|conduct\w*|findings|tracked)\b/i,
          ],
        ],
      },
    ],
    near: [/\bquality\b/i, /\bworkforce\b/i, /\blearning and development\b/i],
    templateHeading: 'Multi-agency training and audit',
    templateBody:
      'Multi-agency training is commissioned by ${1:group} from ${2:a training needs analysis}, delivered by ${3:who}, and monitored for impact by ${4:evaluation and follow-up}.\n\n${5:Group} carries out ${6:how many} multi-agency case audits a year on ${7:themes}.',
  },
);

const VOICE_WAYS =
  /\b(?:surveys?|youth (?:panel|council|forum|voice|advisory group)|young (?:scrutineers|assessors|advisers|inspectors|commissioners)|co-produc\w*|advisory group|have your say|you said,? we did|feedback|focus groups?|participation)\b/;

export const voiceOfChildren = topicRule(
  {
    id: 'arrangements/voice-of-children',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104', '53'],
    citation: 'WT2023 ¶104, ¶53',
    title: 'How the voice of children and families is included',
    description:
      'Looks for a section on the voice of children and families (headings such as "Voice of the child", "Hearing from children and families", "Participation", "Lived experience", "Youth panel") with content; an empty heading is reported as such. Without one, at least two paragraphs, list items or rows must each name children, young people or families together with a way of hearing them: views, feedback, surveys, a youth panel or council, young scrutineers, co-production.',
    example: '## Hearing from children and families\n\n- The Youth Panel of 15 young people reviews our priorities every year.\n- Families give feedback after every child protection conference.',
  },
  {
    what: 'how the voice of children and families is included in the arrangements',
    headings: [
      /\bvoices?\b/i,
      /\bhear(?:ing)? from\b/i,
      /\blisten(?:ing)? to\b/i,
      /\bparticipation\b/i,
      /\blived experience\b/i,
      /\bco-?production\b/i,
      /\bengag(?:ing|ement) with (?:children|young people|families)\b/i,
      /\b(?:children|young people)'?s? views\b/i,
      /\bwhat (?:children|young people|families) (?:tell|told|say)\b/i,
      /\binvolving (?:children|young people|families)\b/i,
      /\byouth (?:panel|council|forum)\b/i,
    ],
    together: [
      [
        /\b(?:children|young people|families|parents|carers)\b/i,
        /\b(?:views|voices?|feedback|surveys?|youth (?:panel|council|forum|voice|advisory)|young (?:scrutineers|assessors|advisers|inspectors|commissioners)|participation|co-produc\w*|lived experience|advisory group|have your say|you said,? we did)\b/i,
      ],
    ],
    minItems: 2,
    // One paragraph naming two different ways of hearing children is enough.
    strong: [[/\b(?:children|young people|families|parents|carers)\b/i, new RegExp(`(${VOICE_WAYS.source})[\\s\\S]*(?!\\1)(${VOICE_WAYS.source})`, 'i')]],
    exclude: NOT_YET,
    near: [/\bworking together\b/i],
    templateHeading: 'Voice of children and families',
    templateBody: 'We hear from children and families through ${1:youth panel, surveys, feedback after conferences}. What they tell us is reported to ${2:group} and ${3:how it changes what we do}.',
  },
);

export const escalationDisputes = partsRule(
  {
    id: 'arrangements/escalation-disputes',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104', '75', '110'],
    citation: 'WT2023 ¶104, ¶75, ¶110',
    title: 'How to escalate concerns, how disputes are resolved, and whistleblowing procedures',
    description:
      'Checks three parts and reports each one missing: escalation (an escalation or professional-disagreement procedure, or a link to one), disputes (how disputes between the partners, or with relevant agencies, are resolved) and whistleblowing (any whistleblowing procedure or route).',
    example:
      '## Escalation, disputes and whistleblowing\n\nPractitioners follow the Resolving Professional Differences Policy. Disputes between the partners go first to the DSPs, then to the LSPs. Staff can use their own whistleblowing policy or the NSPCC Whistleblowing Advice Line.',
  },
  {
    what: 'how concerns are escalated, how disputes are resolved and the whistleblowing procedures',
    headings: [/\bescalat\w*/i, /\bdisputes?\b/i, /\bdisagreements?\b/i, /\bprofessional differences\b/i, /\bwhistle-?blow\w*/i, /\bresolving\b/i],
    parts: [
      {
        what: 'how practitioners escalate concerns (an escalation or professional-disagreement procedure)',
        headings: [/\bescalat\w*/i, /\bprofessional (?:disagreements?|differences|challenge)\b/i, /\bresolving (?:professional )?(?:disagreements?|differences)\b/i],
        together: [
          [/\bescalat\w*/i, /\b(?:policy|procedure|protocol|stages?|manager|disagree\w*|concerns?|resolv\w*|challenge)\b/i],
          [/\b(?:professional )?(?:disagreements?|differences)\b/i, /\b(?:resolv\w*|policy|procedure|manager|stages?)\b/i],
        ],
        links: /escalat|professional[- ](?:disagreement|differences|challenge)|resolving/i,
      },
      {
        what: 'how disputes between the safeguarding partners, and with relevant agencies, are resolved',
        headings: [/\bdisputes?\b/i],
        // A route that ends with a post or body WT2023 did away with is not a working route.
        exclude: ABOLISHED_RESOLVER,
        together: [
          [/\bdisputes?\b|\bdisagreements? between (?:the )?(?:safeguarding |statutory )?partners\b/i, /\b(?:partners?|relevant agenc\w*|LSPs?|DSPs?|lead safeguarding|delegated|resolv\w*|broker\w*|decid\w*|decision)\b/i],
          // "If it is still not sorted, the delegated partners decide."
          // "Still not resolved? … who will take it to the Delegated Partners Group."
          [
            /\b(?:still )?(?:not|isn'?t|cannot be|can'?t be) (?:sorted|resolved|agreed|settled)\b|\b(?:still|cannot|can'?t) agree\b/i,
            /\b(?:delegated|lead|safeguarding) (?:safeguarding )?partners (?:will )?(?:decide|settle|resolve)\b|\b(?:DSPs?|LSPs?) (?:will )?(?:decide|settle|resolve)\b|\b(?:take|takes|taken|took|refer|refers|referred|escalate|escalates|escalated|pass|passes|passed)\b[^.]{0,40}\bto the (?:delegated|lead) (?:safeguarding )?partners\b/i,
          ],
          // "If the partners themselves disagree, the Executive tries to settle it first … then the Secretary of State."
          [
            /\b(?:partners|LSPs|DSPs|partner agencies)\b(?: themselves)?\s+(?:\w+\s+){0,2}?(?:disagree|(?:cannot|can(?:'|’)t|do not|don(?:'|’)t|are unable to|fail to) agree|are in dispute|fall out)\b/i,
            /\bsettl\w*|\bresolv\w*|\bunresolved\b|\bSecretary of State\b|\bbroker\w*|\bmediat\w*|\bdecides?\b/i,
          ],
        ],
      },
      {
        what: 'the whistleblowing procedures',
        headings: [/\bwhistle-?blow\w*/i],
        together: [[/\bwhistle-?blow\w*/i]],
        links: /whistle-?blow/i,
      },
    ],
    near: [/\bgovernance\b/i, /\bworking together\b/i],
    templateHeading: 'Escalation, disputes and whistleblowing',
    templateBody:
      'Practitioners who disagree with another agency follow ${1:name of the escalation policy}. Disputes between the partners, or with a relevant agency, are resolved by ${2:process}. Staff can raise concerns through ${3:whistleblowing procedures}.',
  },
);
