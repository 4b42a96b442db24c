/**
 * Built-in section fragments for the benchmark corpus generator.
 *
 * These keep `generate-corpus.mjs` useful when no sample documents exist yet: each topic has heading
 * synonyms (the many ways partnerships title the same thing) and body templates. Templates use a
 * tiny language expanded by the generator:
 *   {key.path}   a value from the document context (names, places, years)
 *   {a|b|c}      one alternative, picked by the seeded PRNG
 *   {n:10-99}    a random integer in the range (thousands separated)
 * Bodies are arrays of paragraphs (strings); a string starting with "- " or "1. " is a list block
 * whose items are separated by "\n". Functions receive (ctx, pick) and return lines.
 *
 * Everything here is fictional. The wording borrows the guidance's own terms so that a linter
 * for Working Together 2023 has real work to do on every document.
 */

/** Headings synonyms and bodies, per topic. `types` says which document types use the topic. */
export const TOPICS = [
  // ───────────────────────────── shared ─────────────────────────────
  {
    id: 'introduction', types: ['arrangements', 'yearly-report', 'threshold', 'local-protocol'], first: true,
    match: /^(introduction|overview|about this document|purpose( of this document)?|background)$/i,
    headings: ['Introduction', 'Overview', 'About this document', 'Purpose of this document', 'Background'],
    body: [
      'This document {sets out|describes|explains} {doc.what} for the {partnership} ({acronym}). It {is published in line with|responds to|meets the requirements of} Working Together to Safeguard Children 2023 and {applies to|covers} all agencies working with children and families in {areaFull}.',
      'Safeguarding children is everyone\'s responsibility. {partnership} brings together {la}, {icb} and {police} as the statutory safeguarding partners, with the relevant agencies named in this document.',
      'The document was {agreed|approved|signed off} by the {Safeguarding Partners\' Executive|Executive Group|Strategic Leadership Group} on {date.published} and will be reviewed {annually|every two years|by {date.review}}.',
      '{areaFull} is home to around {n:40000-180000} children and young people aged 0 to 17, {around|approximately|about} {n:18-26}% of the population. {n:9-31}% of children live in low-income households and {n:12-38}% of pupils are from minority ethnic backgrounds.',
    ],
  },
  {
    id: 'vision', types: ['arrangements', 'yearly-report', 'threshold'],
    match: /^(our )?(vision|values|principles|vision and values|our priorities|priorities)$/i,
    headings: ['Our vision', 'Vision and values', 'Principles', 'Our priorities'],
    body: [
      'Our vision is that {every child in {areaFull} grows up safe, healthy and happy|children and young people in {areaFull} are safe, feel safe and are heard|all children are protected from harm and supported to thrive}.',
      '- Child-centred: the child\'s voice shapes every decision.\n- Whole family: we work with parents, carers and wider family networks.\n- Early: help is offered as soon as a need emerges.\n- Together: no single agency can keep children safe on its own.\n- Learning: we learn from practice, reviews and what children tell us.',
      'Our {three|four} priorities for {period} are: {neglect|child exploitation and harm outside the home}, {domestic abuse|the impact of parental mental health}, {early help|transitions to adulthood} and {children with disabilities|online safety}.',
    ],
  },
  {
    id: 'glossary', types: ['arrangements', 'yearly-report', 'threshold', 'local-protocol'], appendix: true,
    match: /^(glossary|abbreviations|glossary of terms|acronyms( and abbreviations)?|definitions)$/i,
    headings: ['Glossary', 'Glossary of terms', 'Abbreviations', 'Acronyms and abbreviations'],
    lines: (ctx, p) => glossary(p),
  },

  // ─────────────────────────── arrangements ───────────────────────────
  {
    id: 'lead-partners', types: ['arrangements'],
    match: /(lead safeguarding partners?|statutory partners|safeguarding partners|the partners|partnership members)$/i,
    headings: ['Lead safeguarding partners', 'Statutory partners', 'The safeguarding partners', 'Who the partners are', 'Safeguarding partners'],
    lines: (ctx, p) => [
      p('The {three|statutory} safeguarding partners for {areaFull} are {la}, {icb} and {police}. Each is represented by its lead safeguarding partner (LSP), who is the head of that agency.'),
      '',
      ...table(['Agency', 'Lead safeguarding partner', 'Role'], [
        [ctx.la, ctx.people.laLsp.name, ctx.people.laLsp.role],
        [ctx.icb, ctx.people.icbLsp.name, ctx.people.icbLsp.role],
        [ctx.police, ctx.people.policeLsp.name, ctx.people.policeLsp.role],
      ], p),
      '',
      p('The LSPs {meet|come together} {quarterly|at least twice a year|three times a year} and are jointly and equally responsible for the local arrangements.'),
    ],
  },
  {
    id: 'delegated-partners', types: ['arrangements'],
    match: /(delegated (safeguarding )?partners|delegated responsibilit|executive group|partnership executive)$/i,
    headings: ['Delegated safeguarding partners', 'Delegated responsibilities', 'The Safeguarding Partners\' Executive', 'Executive group'],
    lines: (ctx, p) => [
      p('The LSPs have delegated {their functions|day-to-day responsibility} to the following delegated safeguarding partners (DSPs), who {form|sit on} the {Safeguarding Partners\' Executive|Executive Group}:'),
      '',
      `- **${ctx.people.laDsp.name}**, ${ctx.people.laDsp.role}, ${ctx.la}`,
      `- **${ctx.people.icbDsp.name}**, ${ctx.people.icbDsp.role}, ${ctx.icb}`,
      `- **${ctx.people.policeDsp.name}**, ${ctx.people.policeDsp.role}, ${ctx.police}`,
      '',
      p('DSPs {have the authority to|can} speak for their agency and make decisions on its behalf, including on resources. They remain accountable to their LSP.'),
    ],
  },
  {
    id: 'chair', types: ['arrangements'],
    match: /(partnership chair|chair(ing)?( of the partnership| arrangements)?|leadership)$/i,
    headings: ['Partnership chair', 'Chairing arrangements', 'Chair of the partnership', 'Leadership'],
    body: [
      '{people.chair.name}, {people.chair.role}, {is|has been appointed as} the partnership chair {for {period}|until {date.review}}. The role {rotates|will rotate} between the DSPs every {two years|three years}.',
      'The chair {leads the Executive Group|sets the agenda}, makes sure decisions are taken and followed through, and {represents the partnership|speaks for the partnership} with regional and national bodies.',
    ],
  },
  {
    id: 'working-together', types: ['arrangements'],
    match: /(governance|structure|how (we|the partners) work together|working together|partnership structure|our arrangements)$/i,
    headings: ['Governance and structure', 'How we work together', 'Partnership structure', 'Working together', 'Governance'],
    body: [
      'The partners work together through a {single|shared} governance structure: the {Executive Group|Safeguarding Partners\' Executive}, {a Practice and Learning Group|a Quality Assurance subgroup}, {a Learning and Improvement Group|a Case Review Group}, {a Training subgroup|a Workforce Development group} and {an Exploitation subgroup|a Neglect and Early Help group}.',
      '- The Executive Group meets {every six weeks|monthly|quarterly} and agrees priorities, budget and the business plan.\n- Subgroups report to the Executive Group through {exception reports|a highlight report} at each meeting.\n- The Business Unit, led by {people.manager.name}, supports all groups.\n- Task-and-finish groups are set up for specific pieces of work.',
      'Needs of children in {areaFull} are identified through the {joint strategic needs assessment|partnership dataset|annual needs analysis}, front-door data and learning from reviews. Partners respond through joint plans with named leads and dates.',
      '![Partnership structure chart](images/structure-{n:1-9}.png)',
    ],
  },
  {
    id: 'geography', types: ['arrangements'],
    match: /(geograph|our area|the area|footprint|local area)$/i,
    headings: ['Geographical area', 'Our area', 'The area covered', 'Footprint'],
    body: [
      'The arrangements cover {the whole of {areaFull}|the local authority area of {la}|the areas of {la} and {la2}}, which {is|are} coterminous with {police}\'s {western|eastern|northern|southern} {division|basic command unit}.',
      'The arrangements {do not|also} span more than one local authority{.|: {la} and {la2} share a single partnership.}',
    ],
  },
  {
    id: 'relevant-agencies', types: ['arrangements'],
    match: /(relevant agencies|partner agencies|agencies involved|who we work with)$/i,
    headings: ['Relevant agencies', 'Relevant agencies and how we work with them', 'Partner agencies', 'Who we work with'],
    lines: (ctx, p) => [
      p('The safeguarding partners have named the following relevant agencies{ under the Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018|}:'),
      '',
      ...p.some(RELEVANT_AGENCIES, 8, 16).map((a) => `- ${p(a)}`),
      '',
      p('{These agencies were chosen because|We selected them because} they {work with children and families in {areaFull} every day|hold information we need to protect children|deliver services that children use}. {They take part in subgroups, audits and reviews, and contribute to training.|They are expected to attend subgroups, share data quarterly and join audits.|}'),
    ],
  },
  {
    id: 'education', types: ['arrangements'],
    match: /(education|schools|schools and colleges|education settings|early years)$/i,
    headings: ['Education', 'Schools, colleges and early years', 'Education settings', 'The role of education'],
    body: [
      'All {schools|maintained schools and academies} in {areaFull}, {including independent schools, academies and free schools|including academies}, {colleges|further education colleges}{, early years and childcare settings|} and {alternative provision|pupil referral units} are relevant agencies.',
      '{people.edu.name}, {people.edu.role}, represents education on the Executive Group. {Headteacher representatives from the primary, secondary and special phases sit on each subgroup.|An Education Safeguarding Forum meets termly and reports to the Executive.}',
      'Settings escalate concerns about partnership working to {the Business Unit|the education representative} and through the escalation policy.',
    ],
  },
  {
    id: 'vcse', types: ['arrangements'],
    match: /(voluntary|vcse|community|faith|sport)/i,
    headings: ['Voluntary, community and faith sector', 'VCSE organisations and sports clubs', 'Community, voluntary and faith organisations'],
    body: [
      '{The {areaFull} Council for Voluntary Service|Our VCSE alliance} represents {n:40-300} voluntary, charity and social enterprise organisations. {Sports clubs are reached through the County Sports Partnership.|Faith groups and sports clubs are included through a quarterly forum.|}',
    ],
  },
  {
    id: 'youth-custody', types: ['arrangements'],
    match: /(youth custody|secure estate|residential|children's homes)/i,
    headings: ['Youth custody and residential homes', 'Secure estate and children\'s homes', 'Residential settings'],
    body: [
      '{areaFull} has {n:10-60} registered children\'s homes{ and one secure children\'s home|}. {Registered managers are invited to a quarterly forum and receive partnership training.|Homes are relevant agencies and are included in audits.}',
      '{The Youth Justice Service works with HMYOI {area} to make sure children in custody are safeguarded.|There is no youth custody establishment in the area; the Youth Justice Service links with the establishments where children from {areaFull} are placed.}',
    ],
  },
  {
    id: 'information-sharing', types: ['arrangements'],
    match: /(information sharing|sharing information|data sharing)/i,
    headings: ['Information sharing', 'Sharing information', 'Information and data sharing'],
    body: [
      'Partners share information {under a single information sharing agreement|in line with the government\'s advice on information sharing (2024)} signed by all partners and relevant agencies. {Fears about sharing information must not stand in the way of protecting children.|The Data Protection Act 2018 and UK GDPR allow information to be shared to keep children safe.}',
      '- Share with consent where appropriate, and without consent where there is a risk of harm.\n- Share information that is necessary, proportionate, relevant, accurate, timely and secure.\n- Record what you shared, with whom and why.',
    ],
  },
  {
    id: 'data', types: ['arrangements'],
    match: /(data|intelligence|performance|quality assurance)$/i,
    headings: ['Use of data and intelligence', 'Performance and quality assurance', 'Data and intelligence', 'Quality assurance'],
    body: [
      'A multi-agency dataset of {n:30-90} measures is reviewed {quarterly|every meeting} by the {Quality Assurance subgroup|Performance group}. It covers early help, contacts, referrals, child protection, children in care and exploitation.',
      'The dataset {is used to|helps us} assess the effectiveness of help, including early help, and to set the audit programme.',
    ],
  },
  {
    id: 'training', types: ['arrangements'],
    match: /(training|learning and development|workforce development|multi-agency audit)/i,
    headings: ['Multi-agency training', 'Training and audit', 'Workforce development', 'Learning and development'],
    body: [
      'Multi-agency training is {commissioned by the Training subgroup|delivered by the Business Unit and partner trainers} and {evaluated at three and six months|monitored for impact through follow-up surveys}. In {period} {n:800-4000} practitioners attended.',
      'Multi-agency audits take place {quarterly|four times a year} on themes agreed by the Executive. {Findings go to the Learning and Improvement Group.|Each audit has an action plan owned by a named lead.}',
    ],
  },
  {
    id: 'practice-reviews', types: ['arrangements'],
    match: /(practice reviews?|case reviews?|rapid reviews?|lcspr|learning from reviews|serious incidents)/i,
    headings: ['Child safeguarding practice reviews', 'Local child safeguarding practice reviews', 'Rapid reviews and LCSPRs', 'Learning from reviews', 'Case reviews'],
    body: [
      'The local authority notifies serious incidents to the Child Safeguarding Practice Review Panel within five working days. The partners then hold a rapid review within {15 working days|15 days}.',
      'The decision to commission a local child safeguarding practice review (LCSPR) is made by the {three DSPs|Executive Group} on the advice of the {Case Review Group|Learning and Improvement Group}. Reviewers are {commissioned from an approved list|appointed for their independence and expertise}.',
      'Final reports are published on the partnership website {for at least one year|unless it would harm the child} and sent to the Panel and the Secretary of State at least seven working days before publication. Learning is shared through {seven-minute briefings|learning events|practice bulletins}.',
    ],
  },
  {
    id: 'scrutiny', types: ['arrangements'],
    match: /(scrutin|independent challenge|independent oversight)/i,
    headings: ['Independent scrutiny', 'Scrutiny arrangements', 'Independent scrutineer', 'Scrutiny and challenge'],
    body: [
      '{people.scrutineer.name} {is|has been appointed as} the independent scrutineer{ from {date.published}| for a two-year term|}. {The scrutineer has no line management relationship with any of the partners.|The scrutineer is independent of all three partners.}',
      'Scrutiny {is delivered through|includes} {attendance at the Executive|observation of meetings}, {multi-agency audits|reviews of case files}, {conversations with frontline practitioners|focus groups with children and families} and {an annual review of the arrangements|a self-assessment}.',
      '{The areas to be scrutinised each year are agreed with the LSPs.|Areas for scrutiny in {period}: the front door, exploitation and early help.} Recommendations are {tracked on an action log reviewed at each Executive|reported to the LSPs, who agree actions and timescales}.',
    ],
  },
  {
    id: 'funding', types: ['arrangements'],
    match: /(funding|budget|financ|resources|how we are funded)/i,
    headings: ['Funding', 'How we are funded', 'Budget', 'Financial contributions', 'Resources and funding'],
    lines: (ctx, p) => [
      p('The partnership budget for {period} is agreed by the LSPs. Contributions are:'),
      '',
      ...fundingTable(ctx, p),
      '',
      p('{Relevant agencies contribute in kind: training venues, trainers and time.|The Office of the Police and Crime Commissioner also contributes £{n:5-20},000.|}'),
    ],
  },
  {
    id: 'voice', types: ['arrangements', 'local-protocol'],
    match: /(voice|children and families|listening to|participation|lived experience)/i,
    headings: ['Voice of children and families', 'Listening to children', 'The voice of the child', 'Participation and lived experience'],
    body: [
      'The voice of children and families {is heard through|is included through} {our Youth Council|the Children in Care Council|a young people\'s advisory group}, {surveys|feedback after conferences} and {audits that include conversations with families|lived experience panels}.',
      '"{I want people to listen to me and not just my mum|They explained things so I understood|I didn\'t know who to talk to}" — {young person, 14|parent|young person, 16}.',
    ],
  },
  {
    id: 'escalation', types: ['arrangements', 'threshold', 'local-protocol'],
    match: /(escalat|dispute|resolving (professional )?disagreements|whistleblow|professional challenge)/i,
    headings: ['Escalation and dispute resolution', 'Resolving professional disagreements', 'Escalation policy', 'Professional challenge', 'Whistleblowing'],
    body: [
      'Practitioners who disagree with a decision about a child {should first talk to|should raise it with} the worker concerned, then escalate to managers at each level. {The full escalation policy is on our website.|See [Resolving professional disagreements](https://example.org/{slug}/escalation).}',
      'Disputes between partners are resolved by the DSPs and, if needed, the LSPs.',
      '{Whistleblowing concerns can be raised with the Business Unit or the NSPCC whistleblowing advice line on 0800 028 0285.|Each agency\'s whistleblowing procedure applies.}',
    ],
  },
  {
    id: 'threshold-link', types: ['arrangements'],
    match: /(threshold|levels of need|continuum of need)/i,
    headings: ['Threshold document', 'Thresholds', 'Levels of need', 'Continuum of need'],
    body: [
      'The {threshold document|levels of need guidance} ([{Thresholds of need|Continuum of need}](./{thresholdFile})) {aligns with|sits alongside} these arrangements and was {updated|reviewed} in {date.month} {year}.',
    ],
  },
  {
    id: 'sign-off', types: ['arrangements', 'yearly-report'],
    match: /(sign[- ]?off|signatures|approval|agreed by|endorsement)$/i,
    headings: ['Sign-off', 'Signatures', 'Agreed by', 'Approval'],
    lines: (ctx, p) => [
      p('{This document was signed off by the lead safeguarding partners on {date.published}.|Signed on behalf of the safeguarding partners:}'),
      '',
      ...table(['Name', 'Role', 'Agency', 'Date'], [
        [ctx.people.laLsp.name, ctx.people.laLsp.role, ctx.la, ctx.date.published],
        [ctx.people.icbLsp.name, ctx.people.icbLsp.role, ctx.icb, ctx.date.published],
        [ctx.people.policeLsp.name, ctx.people.policeLsp.role, ctx.police, ctx.date.published],
      ], p),
      '',
      p('{The latest yearly report is [here](./{reportFile}).|See also the [yearly report](./{reportFile}).|}'),
    ],
  },

  // ─────────────────────────── yearly report ───────────────────────────
  {
    id: 'foreword', types: ['yearly-report'], first: true,
    match: /^(foreword|welcome|message from the partners|chair's (introduction|foreword))$/i,
    headings: ['Foreword', 'Welcome', 'Message from the partners', 'Chair\'s foreword'],
    body: [
      'Welcome to the {partnership} yearly report for {period}. {It has been a year of change.|This year we implemented Working Together 2023.|We are proud of what partners have achieved.}',
      'We thank every practitioner, volunteer and manager who has worked to keep children safe in {areaFull}, and the children and families who told us what it is like to receive our help.',
      '— {people.chair.name}, Partnership Chair',
    ],
  },
  {
    id: 'partner-contributions', types: ['yearly-report'],
    match: /(partner contributions|contribution of (each|the) partners?|our partners|what partners have done)/i,
    headings: ['Contribution of each safeguarding partner', 'Partner contributions', 'What each partner has done', 'Our partners'],
    lines: (ctx, p) => [
      `### ${ctx.la}`, '', p('{The local authority led the redesign of the front door and|The council} {funded {n:2-6} additional social workers|chaired the Exploitation subgroup}.'), '',
      `### ${ctx.icb}`, '', p('{The ICB designated professionals|The ICB safeguarding team} {led the neglect audit|delivered health training to {n:200-900} GPs}.'), '',
      `### ${ctx.police}`, '', p('{The police|Our police partners} {hosted the MASH|led Operation {Harbour|Beacon|Compass}} and {attended every strategy meeting|reviewed all missing-episode returns}.'),
    ],
  },
  {
    id: 'activity', types: ['yearly-report'],
    match: /(what we have done|activity|our work this year|achievements|progress (against|on) (our )?priorities)/i,
    headings: ['What we have done', 'Our work this year', 'Activity and achievements', 'Progress against our priorities'],
    body: [
      '- Launched a new {neglect strategy|exploitation pathway|early help offer}.\n- Held {n:4-14} rapid reviews and {n:0-4} LCSPRs.\n- Delivered {n:40-160} training sessions to {n:800-4000} practitioners.\n- Completed {n:3-8} multi-agency audits.',
      'Progress on priority one ({neglect|exploitation}) has been {good|mixed|slower than planned}: {the graded care profile is now used by all partners|referrals from schools rose by {n:5-40}%}.',
    ],
  },
  {
    id: 'effectiveness', types: ['yearly-report'],
    match: /(effective|how well|impact of the arrangements|what difference)/i,
    headings: ['How effective have the arrangements been?', 'Effectiveness of the arrangements', 'What difference have we made?', 'Impact'],
    body: [
      'Evidence from audits, data and scrutiny shows that the arrangements are {working well|largely effective|improving}. {Repeat referrals fell from {n:18-26}% to {n:12-19}%.|Timeliness of initial child protection conferences improved to {n:80-97}%.}',
      'Areas still needing work include {transitions to adult services|the quality of child protection plans|information sharing with GPs}.',
    ],
  },
  {
    id: 'reviews-year', types: ['yearly-report'],
    match: /(practice reviews?|rapid reviews?|lcspr|learning from (serious incidents|reviews)|serious incident)/i,
    headings: ['Learning from serious incidents', 'Child safeguarding practice reviews', 'Rapid reviews and LCSPRs', 'Learning from reviews'],
    lines: (ctx, p) => [
      p('In {period} the partnership notified {n:3-12} serious incidents and held {n:3-12} rapid reviews. {n:0-3} LCSPRs were commissioned and {n:0-3} published.'),
      '',
      ...table(['Review', 'Themes', 'Status'], p.some(['Child A', 'Child B', 'Child C', 'Sibling Group D', 'Child E', 'Baby F'], 2, 5).map((c) => [c, p('{neglect|exploitation|domestic abuse|bruising in non-mobile babies|parental mental health}; {information sharing|professional curiosity|hearing the voice of the child}'), p('{Published|In progress|Action plan complete}')]), p),
      '',
      p('Learning from the reviews was shared through {n:2-8} seven-minute briefings and a learning event attended by {n:80-400} practitioners.'),
    ],
  },
  {
    id: 'scrutiny-year', types: ['yearly-report'],
    match: /(scrutin)/i,
    headings: ['Independent scrutiny', 'What our scrutineer found', 'Scrutiny and assurance', 'Themes from scrutiny'],
    body: [
      'Our independent scrutineer, {people.scrutineer.name}, {observed {n:4-12} meetings|spoke to {n:30-120} practitioners} and {reviewed the front door|led a challenge session with the LSPs}.',
      'Themes from aggregated scrutiny: {professional curiosity|the quality of referrals}, {information sharing with health|escalation}, {hearing the voice of children with disabilities|the use of chronologies}.',
      'Impact: {recommendations led to a revised MASH protocol|the partners agreed a new performance framework}. {n:2-5} of {n:5-8} recommendations are complete.',
    ],
  },
  {
    id: 'funding-year', types: ['yearly-report'],
    match: /(funding|budget|financ|value for money)/i,
    headings: ['Funding', 'Budget and spending', 'Finance', 'How we were funded'],
    lines: (ctx, p) => [
      p('The partnership budget for {period} was:'),
      '',
      ...fundingTable(ctx, p),
      '',
      p('{Contributions rose by {n:2-6}% from last year.|Contributions were unchanged from last year.|} {Spending was: business unit staffing {n:55-70}%, independent scrutiny {n:5-12}%, reviews {n:8-20}%, training {n:5-15}%.|} {The LSPs consider the arrangements good value for money.|}'),
    ],
  },
  {
    id: 'feedback-year', types: ['yearly-report'],
    match: /(feedback|voice|children and families|what children told us)/i,
    headings: ['What children and families told us', 'Voice of children and families', 'Feedback from children and families'],
    body: [
      '{n:100-900} children and young people took part in {our survey|the Youth Council consultation}. {They told us they feel safe at school but less safe online.|They asked for workers who stay the same.}',
      'As a result we {changed the child protection conference format|introduced child-friendly plans|co-produced the exploitation leaflet with young people}.',
    ],
  },
  {
    id: 'education-year', types: ['yearly-report'],
    match: /(education|schools)/i,
    headings: ['Education', 'Education representation', 'Schools and colleges'],
    body: [
      'Education is represented on the Executive by {people.edu.name}. {n:60-100}% of schools completed the section 175/157 safeguarding audit.',
    ],
  },
  {
    id: 'little-progress', types: ['yearly-report'],
    match: /(little progress|what we still need|challenges|areas for development|what has not gone well)/i,
    headings: ['Where we have made less progress', 'Challenges', 'Areas for development', 'What we still need to do'],
    body: [
      'We have made little progress on {transitions|the health offer to children in care|joint working on neglect}. {Partners have agreed a revised plan with quarterly milestones.|This will be a priority next year.}',
    ],
  },
  {
    id: 'decisions', types: ['yearly-report'],
    match: /(key decisions|decisions and actions|action log)/i,
    headings: ['Key decisions and actions', 'Decisions taken', 'Action log'],
    lines: (ctx, p) => table(['Date', 'Decision', 'Impact'], p.some(['April', 'June', 'September', 'November', 'January', 'March'], 3, 6).map((m) => [`${m} ${ctx.year}`, p('{Agreed new escalation policy|Commissioned LCSPR|Approved budget|Adopted graded care profile|Agreed exploitation strategy}'), p('{Fewer unresolved disputes|Review under way|Budget set|Used in {n:40-95}% of neglect cases|Pending}')]), p),
  },
  {
    id: 'updates', types: ['yearly-report'],
    match: /(updates to (the|our) arrangements|changes to (the|our) arrangements|next year|priorities for)/i,
    headings: ['Updates to our arrangements', 'Changes to the arrangements', 'Priorities for next year'],
    body: [
      'The published arrangements {were updated in {date.month} {year} to reflect Working Together 2023|will be updated by {date.review}}. {The partnership chair role and education representation were added.|No other changes are planned.}',
      'National reforms implemented this year: {the national multi-agency child protection standards|Families First for Children pathfinder learning|the new information sharing advice}.',
    ],
  },
  {
    id: 'restraint', types: ['yearly-report'], optional: 0.2,
    match: /(restraint|secure (children's home|establishment|estate))/i,
    headings: ['Use of restraint in secure establishments', 'Secure establishment review', 'Restraint'],
    body: [
      '{area} Secure Children\'s Home recorded {n:20-140} incidents of restraint in {period}. The partnership reviewed a sample of {n:5-20} incidents with the home\'s manager and the Youth Justice Service.',
    ],
  },
  {
    id: 'publication', types: ['yearly-report'],
    match: /(publication|submission|where to find)/i,
    headings: ['Publication', 'Submission of this report', 'Where to find this report'],
    body: [
      'This report covers 1 April {year} to 31 March {yearNext}. It was published on {date.published} and sent to the Child Safeguarding Practice Review Panel and {Foundations|the What Works Centre for Children and Families} within seven days.',
    ],
  },

  // ─────────────────────────── threshold ───────────────────────────
  {
    id: 'continuum', types: ['threshold'],
    match: /(continuum|levels of need|windscreen|framework)/i,
    headings: ['The continuum of need', 'Levels of need', 'Our levels of need framework'],
    lines: (ctx, p) => [
      p('The continuum has four levels. {Needs change over time and children may move between levels.|Levels are a guide, not a checklist: use professional judgement.}'),
      '',
      ...table(['Level', 'Description', 'Response'], [
        ['1 — Universal', 'Needs met by universal services', 'Schools, GPs, health visitors'],
        ['2 — Early help', 'Additional needs, single agency or TAF', 'Early help assessment, lead practitioner'],
        ['3 — Targeted / complex', 'Complex needs, multi-agency', 'Targeted early help or s17 assessment'],
        ['4 — Specialist / acute', 'Significant harm or risk of it', 'Children\'s social care, s47, s20, s31'],
      ], p),
    ],
  },
  {
    id: 'early-help', types: ['threshold'],
    match: /(early help)/i,
    headings: ['Early help', 'Early help assessment', 'Level 2: Early help', 'Targeted early help'],
    body: [
      'Any practitioner can start an early help assessment {using the {areaFull} Early Help Assessment form|through the family hub}. With the family\'s consent, a lead practitioner {is agreed|coordinates a team around the family}.',
      'Targeted early help is provided by the {Family Support Service|Early Help Hub} for families with multiple needs, under sections 10 and 11 of the Children Act 2004.',
    ],
  },
  {
    id: 's17', types: ['threshold'],
    match: /(section 17|s17|children in need|child in need)/i,
    headings: ['Children in need (section 17)', 'Section 17: children in need', 'Level 3: Children in need'],
    body: [
      'A child is in need under section 17 of the Children Act 1989 if they are unlikely to achieve a reasonable standard of health or development without services, or are disabled.',
      'Disabled children are assessed {by the Children with Disabilities team|under the same criteria}; their families can also get short breaks (see the short breaks services statement).',
    ],
  },
  {
    id: 's47', types: ['threshold'],
    match: /(section 47|s47|child protection|significant harm)/i,
    headings: ['Child protection (section 47)', 'Section 47 enquiries', 'Significant harm', 'Level 4: Child protection'],
    body: [
      'Where there is reasonable cause to suspect that a child is suffering, or likely to suffer, significant harm, the local authority must make enquiries under section 47. A strategy discussion is held {within one working day|the same day} with police and health.',
      'If you think a child is in immediate danger, call 999.',
    ],
  },
  {
    id: 's20', types: ['threshold'],
    match: /(section 20|s20|accommodat)/i,
    headings: ['Accommodation (section 20)', 'Section 20: duty to accommodate', 'When a child needs to be accommodated'],
    body: [
      'The local authority must provide accommodation under section 20 for a child who has no one with parental responsibility, is lost or abandoned, or whose carer cannot provide suitable care.',
    ],
  },
  {
    id: 's31', types: ['threshold'],
    match: /(section 31|s31|care (and|or) supervision|care proceedings)/i,
    headings: ['Care and supervision orders (section 31)', 'Section 31', 'Care proceedings'],
    body: [
      'The court may make a care or supervision order under section 31 only if the child is suffering, or likely to suffer, significant harm attributable to the care given. {The Public Law Outline applies.|Pre-proceedings work is always considered first.}',
    ],
  },
  {
    id: 'exploitation', types: ['threshold', 'local-protocol'],
    match: /(exploitation|harm outside the home|extra-familial|contextual)/i,
    headings: ['Harm outside the home', 'Child exploitation', 'Extra-familial harm', 'Exploitation and harm outside the home'],
    body: [
      'Children can be harmed outside the home through criminal and sexual exploitation, serious youth violence, county lines and online abuse. Use the {exploitation screening tool|contextual safeguarding pathway} and refer to the {MACE panel|Exploitation Hub}.',
    ],
  },
  {
    id: 'abuse-procedures', types: ['threshold'],
    match: /(abuse|neglect|procedures)/i,
    headings: ['Abuse, neglect and exploitation procedures', 'Procedures', 'Neglect and abuse'],
    body: [
      'Procedures for responding to abuse, neglect and exploitation are in the {online multi-agency child protection procedures|tri.x procedures manual} at https://procedures.example.org/{slug}.',
    ],
  },
  {
    id: 'secure-estate', types: ['threshold'], optional: 0.6,
    match: /(secure estate|youth (justice|custody))/i,
    headings: ['Children in the youth secure estate', 'Youth justice and custody'],
    body: [
      'Children in the youth secure estate remain children first. The Youth Justice Service and the placing establishment share information at every stage.',
    ],
  },
  {
    id: 'referral', types: ['threshold', 'local-protocol'],
    match: /(referral|how to (make a )?refer|contact (us|details)|front door|mash)/i,
    headings: ['How to make a referral', 'Contact details', 'Making a referral', 'The front door'],
    lines: (ctx, p) => [
      p('Contact the {Multi-Agency Safeguarding Hub (MASH)|Children\'s Advice and Duty Service|Integrated Front Door}:'),
      '',
      p('- Phone: 0{n:1000-1999} {n:100-999} {n:100-999} (Monday to Friday, 9am to 5pm)'),
      p('- Out of hours: 0{n:1000-1999} {n:100-999} {n:100-999}'),
      p('- Email: mash@{slug}.gov.uk'),
      '- Online: https://www.example.gov.uk/report-a-concern',
    ],
  },
  {
    id: 'consent', types: ['threshold'],
    match: /(consent)/i,
    headings: ['Consent', 'Consent and information sharing', 'Working with consent'],
    body: [
      'Talk to the family about your concerns and seek consent before a referral, unless doing so would place the child at greater risk.',
    ],
  },

  // ─────────────────────────── local protocol ───────────────────────────
  {
    id: 'case-management', types: ['local-protocol'],
    match: /(case management|managing cases|after a referral|assessment process)/i,
    headings: ['Case management', 'What happens after a referral', 'Assessment process', 'Managing cases'],
    body: [
      'Once a child is referred to children\'s social care, a decision on the type of response is made within one working day. Assessments under the Children Act 1989 are completed within 45 working days.',
      '- Contact and referral\n- Strategy discussion where needed\n- Child and family assessment\n- Plan and review',
    ],
  },
  {
    id: 'lead-practitioner', types: ['local-protocol'],
    match: /(lead practitioner|key worker|allocated worker)/i,
    headings: ['Lead practitioner', 'Who can be the lead practitioner', 'The lead practitioner role'],
    body: [
      'A lead practitioner under section 17 may be a {social worker or, for lower-complexity cases, an early help practitioner|family practitioner supervised by a social worker}. The decision is made by {the team manager|the allocation meeting}.',
      'Lead practitioners need {level 3 safeguarding training|the agreed competence framework}; competence is monitored through supervision and audits.',
    ],
  },
  {
    id: 'protocol-governance', types: ['local-protocol'],
    match: /(governance|accountabilit|roles and responsibilities)/i,
    headings: ['Governance', 'Roles and responsibilities', 'Governance and accountability'],
    body: [
      'The protocol is owned by the {Director of Children\'s Services|Executive Group}. High, dynamic or complex risk is overseen by a {social work team manager|Head of Service}.',
    ],
  },
  {
    id: 'audits', types: ['local-protocol'],
    match: /(audit)/i,
    headings: ['Case audits', 'Audit and quality assurance', 'Auditing practice'],
    body: [
      '{n:10-40} cases are audited each month, including allocation of lead practitioners and decision-making.',
    ],
  },
  {
    id: 'families-communication', types: ['local-protocol'],
    match: /(communicat|working with families|keeping families informed)/i,
    headings: ['Communicating with children and families', 'Working with families', 'Keeping families informed'],
    body: [
      'Families are told {within one working day|as soon as possible} what will happen after a referral, in their first language, with an interpreter if needed.',
    ],
  },
  {
    id: 'complaints', types: ['local-protocol'],
    match: /(complain|challeng|compliments)/i,
    headings: ['Complaints', 'How to complain', 'Challenging decisions', 'Compliments and complaints'],
    body: [
      'Children and families can complain through the {council\'s|statutory} children\'s social care complaints procedure: https://www.example.gov.uk/{slug}/complaints.',
    ],
  },
  {
    id: 'specific-groups', types: ['local-protocol'],
    match: /(specific groups|groups of children|particular needs|vulnerable groups)/i,
    headings: ['Specific groups of children', 'Children with particular needs', 'Groups of children'],
    lines: (ctx, p) => [p('The protocol reflects the needs of:'), '', ...p.some(GROUPS, 6, GROUPS.length).map((g) => `- ${g}`)],
  },
]

const RELEVANT_AGENCIES = [
  'All schools, academies and free schools', 'Further education colleges', 'Early years and childcare settings',
  'NHS {area} Hospitals Foundation Trust', '{area} Community Health Services', 'Mental health trust',
  'Probation Service ({area} region)', 'Youth Justice Service', 'Children and Family Court Advisory and Support Service (Cafcass)',
  'British Transport Police', 'Housing providers', 'Registered children\'s homes', 'Adult social care',
  'GP practices', 'Ambulance service', 'Fire and rescue service', 'Substance misuse services',
  'Domestic abuse services', 'Office of the Police and Crime Commissioner', 'Sports clubs affiliated to the County Sports Partnership',
]

const GROUPS = [
  'young carers', 'children with special educational needs and disabilities, including those with EHC plans',
  'unborn children', 'children in hospital', 'children in mental health inpatient settings',
  'children with communication needs', 'asylum-seeking children', 'children at risk of exploitation or harm outside the home',
  'children at risk of female genital mutilation', 'children in the youth justice system', 'children with a parent in custody',
  'children in kinship care', 'children returning home from care',
]

const GLOSSARY = [
  ['CAMHS', 'Child and Adolescent Mental Health Services'], ['CIN', 'Child in Need'], ['CP', 'Child Protection'],
  ['CSE', 'Child Sexual Exploitation'], ['CCE', 'Child Criminal Exploitation'], ['DSP', 'Delegated Safeguarding Partner'],
  ['EHA', 'Early Help Assessment'], ['EHCP', 'Education, Health and Care Plan'], ['FGM', 'Female Genital Mutilation'],
  ['ICB', 'Integrated Care Board'], ['LADO', 'Local Authority Designated Officer'], ['LCSPR', 'Local Child Safeguarding Practice Review'],
  ['LSP', 'Lead Safeguarding Partner'], ['MACE', 'Multi-Agency Child Exploitation'], ['MARAC', 'Multi-Agency Risk Assessment Conference'],
  ['MASH', 'Multi-Agency Safeguarding Hub'], ['PLO', 'Public Law Outline'], ['SEND', 'Special Educational Needs and Disabilities'],
  ['TAF', 'Team Around the Family'], ['UASC', 'Unaccompanied Asylum-Seeking Children'], ['VCSE', 'Voluntary, Community and Social Enterprise'],
  ['YJS', 'Youth Justice Service'], ['DCS', 'Director of Children\'s Services'], ['CSPRP', 'Child Safeguarding Practice Review Panel'],
]

function glossary(p) {
  const style = p.int(0, 2)
  const rows = p.some(GLOSSARY, 10, GLOSSARY.length).sort((a, b) => a[0].localeCompare(b[0]))
  if (style === 0) return table(['Term', 'Meaning'], rows, p)
  if (style === 1) return rows.map(([t, d]) => `- **${t}**: ${d}`)
  return rows.flatMap(([t, d]) => [`**${t}**`, `: ${d}`, ''])
}

/** A GitHub-flavoured table; alignment row and padding vary the way hand-made tables do. */
export function table(header, rows, p) {
  const padded = p.chance(0.5)
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const cell = (v, i) => (padded ? String(v).padEnd(widths[i]) : String(v))
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`
  const sep = `|${header.map((h, i) => (padded ? '-'.repeat(widths[i] + 2) : p.pick(['---', ':---', '---:']))).join('|')}|`
  return [line(header), sep, ...rows.map(line)]
}

/** A funding table; sometimes the stated total is wrong, sometimes a partner is missing. */
function fundingTable(ctx, p) {
  const rows = [
    [ctx.la, p.int(60, 260) * 1000],
    [ctx.icb, p.int(30, 160) * 1000],
    [ctx.police, p.int(15, 90) * 1000],
  ]
  if (p.chance(0.1)) rows.splice(p.int(0, 2), 1)
  if (p.chance(0.3)) rows.push(['Relevant agencies', p.int(2, 30) * 1000])
  let total = rows.reduce((s, r) => s + r[1], 0)
  const fmt = (n) => p.pick([`£${n.toLocaleString('en-GB')}`, `£${(n / 1000).toFixed(1)}k`, `${n}`])
  const pct = p.chance(0.5)
  const body = rows.map(([who, n]) => (pct ? [who, fmt(n), `${Math.round((n / total) * 100)}%`] : [who, fmt(n)]))
  if (p.chance(0.15)) total += p.int(1, 20) * 500
  body.push(pct ? ['**Total**', `**${fmt(total)}**`, '100%'] : ['**Total**', `**${fmt(total)}**`])
  return table(pct ? ['Partner', 'Contribution', '%'] : ['Partner', 'Contribution (£)'], body, p)
}

/** Appendices repeated to make long documents, as real partnerships do (one per subgroup, per year…). */
export const APPENDICES = [
  {
    title: ['Membership of the {name}', 'Terms of reference: {name}', '{name} membership'],
    names: ['Executive Group', 'Practice and Learning Group', 'Quality Assurance Subgroup', 'Training Subgroup', 'Exploitation Subgroup', 'Neglect Group', 'Education Safeguarding Forum', 'Case Review Group'],
    lines: (ctx, p) => [
      p('**Purpose:** {to oversee|to lead|to monitor} {the partnership\'s work on this priority|quality assurance across partners|learning and improvement}.'),
      p('**Meets:** {monthly|every six weeks|quarterly}. **Quorum:** {three members including one from each statutory partner|half of members}.'),
      '',
      ...table(['Member', 'Agency'], p.some(ROLES, 5, 10).map((r) => [p(r), p('{{la}|{icb}|{police}|Probation|Education|Youth Justice Service|{area} Hospitals}')]), p),
      '',
      p('The group reports to the Executive through a {highlight|exception} report. Terms of reference are reviewed {annually|every two years}.'),
    ],
  },
  {
    title: ['Case study: {name}', 'Learning in practice: {name}'],
    names: ['Child A', 'Child B', 'Sibling Group C', 'Young person D', 'Baby E', 'Child F', 'Family G'],
    lines: (ctx, p) => [
      p('{name} was {n:2-17} when {their school|their health visitor|the police} raised concerns about {neglect|exploitation|domestic abuse at home|missing episodes}.'),
      '',
      p('**What happened:** {A team around the family met within a week.|A strategy discussion was held the same day.|An early help assessment was completed with the family.} {Workers spent time with {name} on their own.|The family said they felt listened to.}'),
      '',
      p('**What we learnt:** {professional curiosity matters|share information early|keep the child at the centre}. {The learning was shared in a seven-minute briefing.|The case was used in multi-agency training.}'),
    ],
  },
  {
    title: ['Indicators of need: {name}', 'Level {n:1-4} indicators: {name}'],
    names: ['Health', 'Education and learning', 'Emotional and behavioural development', 'Identity and family relationships', 'Self-care skills', 'Basic care', 'Ensuring safety', 'Family and environmental factors', 'Housing and income'],
    lines: (ctx, p) => table(['Universal', 'Early help', 'Targeted', 'Specialist'], Array.from({ length: p.int(6, 14) }, () => p.some(INDICATORS, 4, 4).map((s) => p(s))), p),
  },
  {
    title: ['Training programme {year}/{yearNextShort}', 'Training evaluation: {name}'],
    names: ['neglect', 'exploitation', 'domestic abuse', 'working with fathers', 'professional curiosity'],
    lines: (ctx, p) => table(['Course', 'Sessions', 'Attendees', 'Rated good or better'], p.some(COURSES, 6, COURSES.length).map((c) => [c, p('{n:2-20}'), p('{n:20-400}'), p('{n:70-99}%')]), p),
  },
  {
    title: ['Action plan: {name}', 'Improvement plan — {name}'],
    names: ['scrutiny recommendations', 'LCSPR Child A', 'neglect audit', 'front door review', 'exploitation audit'],
    lines: (ctx, p) => table(['No.', 'Action', 'Lead', 'By when', 'RAG'], Array.from({ length: p.int(5, 14) }, (_, i) => [String(i + 1), p('{Review|Update|Publish|Audit|Deliver|Agree} {the escalation policy|referral guidance|training on neglect|the information sharing agreement|a dataset on exploitation}'), p('{{people.laDsp.name}|{people.icbDsp.name}|{people.policeDsp.name}|{people.manager.name}}'), p('{date.month} {yearNext}'), p('{Green|Amber|Red|Complete}')]), p),
  },
]

const ROLES = ['Director of Children\'s Services', 'Designated Nurse', 'Designated Doctor', 'Detective Superintendent', 'Head of Safeguarding', 'Headteacher representative', 'Head of Early Help', 'Probation Head of Service', 'LADO', 'Partnership Business Manager', 'Named GP', 'Head of Youth Justice', 'VCSE representative', 'Principal Social Worker']
const COURSES = ['Working Together 2023 overview', 'Neglect and the graded care profile', 'Child exploitation', 'Domestic abuse and children', 'Professional curiosity', 'Safer recruitment', 'Parental mental health', 'Harmful sexual behaviour', 'Online safety', 'Working with fathers and male carers', 'Child protection conferences', 'Trauma-informed practice']
const INDICATORS = [
  'Healthy and developing well', 'Attends routine health checks', 'Missed health appointments', 'Poor diet affecting health',
  'Untreated conditions causing harm', 'Good attendance', 'Attendance below 90%', 'Persistent absence', 'Missing from education',
  'Good relationships with carers', 'Low-level conflict at home', 'Domestic abuse witnessed', 'Serious injury or disclosure of abuse',
  'Appropriate supervision', 'Inconsistent boundaries', 'Frequently missing from home', 'Exploited or at risk of exploitation',
  'Stable housing', 'Rent arrears', 'Overcrowded or unsafe housing', 'Homeless with children', 'Age-appropriate self-care',
  'Some self-harm', 'Risky sexual behaviour', 'Substance misuse affecting safety', 'Carer is coping', 'Carer mental health affects care',
]
