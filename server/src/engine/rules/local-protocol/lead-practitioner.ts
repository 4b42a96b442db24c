/**
 * local-protocol/lead-practitioner and lead-practitioner-competence: who can act as lead
 * practitioner under section 17 and how that is decided; the skills, knowledge, experience and
 * competence the role needs, and how that is monitored (¶141).
 */
import { criteriaRule, facet } from '../shared/evidence.js';

const LEAD = /\blead (?:practitioner|professional)s?\b/i;
const LEAD_HEADINGS = [/\blead (?:practitioner|professional)s?\b/i, /\bkey ?workers?\b/i];

export const leadPractitioner = criteriaRule(
  {
    id: 'local-protocol/lead-practitioner',
    level: 'should',
    appliesTo: ['local-protocol'],
    paragraphs: ['141'],
    citation: 'WT2023 ¶141',
    title: 'Who can act as lead practitioner under section 17, and how that is decided',
    description:
      'Two parts, each reported by name when missing. Who: a passage about the lead practitioner that says who can (or may, or is eligible to) act, naming at least two kinds of practitioner (social worker, family support practitioner, disabled children\'s team practitioner, youth justice worker, health visitor…). How it is decided: who decides, and at least two (three outside a lead practitioner section) of the factors ¶141 lists or implies (knowledge and skills, caseload and resources, commissioned service requirements, professional standards, accountabilities, the child\'s needs, the family\'s views).',
    example:
      '## Who is the lead practitioner?\n\nFor children in need, the lead practitioner can be a social worker, a Family Support Practitioner or a Youth Justice Service worker.\n\nThe team manager decides, taking account of the practitioner\'s skills and caseload, what their service is commissioned to do, their professional standards and who they are accountable to.',
  },
  {
    what: 'who can act as lead practitioner for children in need under section 17, and how that decision is made',
    headings: LEAD_HEADINGS,
    parts: [
      {
        what: 'who can act as lead practitioner for children in need under section 17 (which roles may hold it, and when it must be a social worker)',
        evidence: {
          headings: LEAD_HEADINGS,
          anchors: [LEAD],
          facets: [
            facet('eligible', /\b(?:can|may|could) (?:act as|be|hold)\b|\beligible\b|\b(?:held|taken|undertaken|carried out|fulfilled) by\b|\bdrawn from\b|\bfollowing (?:persons|practitioners|roles)\b/i),
            facet('social-worker', /\bsocial workers?\b/i),
            facet('family', /\bfamily (?:support |help |safeguarding )?(?:practitioner|worker)s?\b|\bfamily (?:support|help) (?:service|team)s?\b/i),
            facet('disabled', /\bdisab\w*(?: children'?s)? (?:team|service)\b|\bchildren with disabilities\b/i),
            facet('youth', /\byouth (?:justice|offending)\b|\btargeted youth support\b/i),
            facet('health', /\bhealth visit(?:ors?|ing)\b|\bschool nurs(?:es?|ing)\b|\bhealth practitioners?\b|\bfamily nurse\b|\bmidwi/i),
            // Services named instead of posts: "a practitioner from … health visiting; schools and colleges".
            facet('education', /\bschools?\b|\bcolleges?\b|\bteachers?\b|\bdesignated safeguarding leads?\b|\bDSLs?\b/i),
            facet('early-help', /\bearly help (?:practitioner|worker)s?\b/i),
          ],
          minWithHeading: 3,
          minWithoutHeading: 3,
          required: ['eligible'],
        },
      },
      {
        what: 'how the decision on who acts as lead practitioner is made (knowledge and skills, resources, commissioned service requirements, professional standards and accountabilities)',
        evidence: {
          headings: [...LEAD_HEADINGS, /\bhow the decision is made\b/i],
          anchors: [LEAD],
          facets: [
            facet('decide', /\bdecid|\bdecisions?\b|\bdetermin|\bchoos|\bchosen\b|\bselect|\bagree(?:s|d)? (?:who|which)\b/i),
            // Who makes the call, and how it is recorded and revisited: how a plain protocol says "how the decision is made".
            facet('decider', /\b(?:made|taken|agreed) by (?:the )?(?:team|service|practice|locality) manager\b|\b(?:team|service|practice) manager (?:decides|agrees|makes)\b|\b(?:allocation|resource) panel\b/i),
            facet('recorded', /\brecorded\b.{0,40}\breasons?\b|\breasons? (?:are|is) recorded\b|\breviewed (?:at|every|whenever|when|if)\b/i),
            facet('skills', /\bknowledge\b|\bskills?\b/i),
            facet('resources', /\bcaseloads?\b|\bresources?\b|\bcapacity\b/i),
            facet('commissioned', /\bcommission|\bservice (?:level )?agreements?\b|\bset up and paid\b|\bservice is set up\b/i),
            facet('standards', /\bprofessional standards?\b|\bSocial Work England\b|\bNMC\b|\bNursing and Midwifery Council\b/i),
            facet('accountable', /\baccountab/i),
            facet('needs', /\bchild'?s needs\b|\bneeds of the child\b|\blevel of risk\b|\bwhat the child and family need\b/i),
            facet('family-views', /\b(?:family|families|child)\b.{0,30}\b(?:views?|wishes|would like|ask for)\b|\bin discussion with (?:the )?(?:family|child|parents|carers)\b/i),
          ],
          minWithHeading: 3,
          minWithoutHeading: 4,
          required: ['decide'],
        },
      },
    ],
    near: [LEAD, /\bcase management\b|\ballocation\b/i],
    templateHeading: 'Who can be a lead practitioner',
    templateBody:
      'For children in need under section 17, the lead practitioner can be: ${1:the roles that may act, e.g. social worker, family support practitioner}.\n\nIt is always a social worker when ${2:e.g. section 47 enquiries, child protection plans, looked after children}.\n\n**How the decision is made:** ${3:who decides, and how knowledge and skills, resources, commissioned service requirements, professional standards and accountabilities are taken into account}.',
  },
);

export const leadPractitionerCompetence = criteriaRule(
  {
    id: 'local-protocol/lead-practitioner-competence',
    level: 'should',
    appliesTo: ['local-protocol'],
    paragraphs: ['141'],
    citation: 'WT2023 ¶141',
    title: 'Skills, knowledge, experience and competence for the lead practitioner role, and how it is monitored',
    description:
      'Two parts, each reported by name when missing. What is required: about the lead practitioner, at least two (three outside a named section) of a competency framework or statement, years of experience, a course or induction to complete, knowledge of child development, trauma or the law, and skills ("able to…", "skills in…"); "appropriate skills and experience" alone is not enough. How it is monitored, in the same part of the document: at least two (three outside a named section) of supervision, observation of practice, appraisal, registration checks, audits, regular reports on competence.',
    example:
      '## What a lead practitioner needs\n\nEvery lead practitioner must have two years\' experience of working with families, complete our five-day course and understand child development and the law on children in need.\n\nHow we check: monthly supervision, observation of practice twice a year and a yearly appraisal against our competency framework.',
  },
  {
    what: 'the skills, knowledge, experience and competence required of lead practitioners, and how they are monitored',
    headings: [/\bcompeten(?:ce|cy|cies|ces)\b/i, /\bwhat (?:a )?lead (?:practitioner|professional)s? needs?\b/i, /\b(?:skills|knowledge|experience)\b.*\blead (?:practitioner|professional)/i, /\blead (?:practitioner|professional)s?\b.*\b(?:skills|knowledge|experience|requirements?)\b/i],
    parts: [
      {
        what: 'the skills, knowledge, experience and competence required for the lead practitioner role',
        evidence: {
          headings: [/\bcompeten(?:ce|cy|cies|ces)\b/i, /\bskills\b|\bknowledge\b|\bexperience\b|\bqualifications?\b/i, /\bwhat (?:a )?lead (?:practitioner|professional)s? needs?\b/i, /\brequire(?:d|ments?)\b/i],
          anchors: [LEAD],
          facets: [
            facet('experience', /\byears'? (?:[\w-]+ ){0,3}experience\b|\bexperience of (?:working|work) with\b/i),
            facet('training', /\b(?:course|programme|induction|training)\b/i),
            facet('knowledge', /\b(?:knowledge of|understand(?:ing)?(?: of)?)\b.{0,40}\b(?:child development|law|legal|trauma|attachment|risk)\b/i),
            facet('skills', /\bskills in\b|\b(?:be )?able to\b|\bability to\b/i),
            facet('framework', /\bcompeten(?:ce|cy|cies|ces)\b.{0,30}\b(?:framework|statement|standards?)\b|\bpost-qualifying standards\b|\bcompetences\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 3,
        },
      },
      {
        what: "how lead practitioners' competence is monitored locally (for example supervision, observation of practice, appraisal)",
        nearFirst: true,
        evidence: {
          headings: [/\bmonitor/i, /\bhow we check\b/i, /\bcompeten/i, /\bsupervision\b/i, /\blead (?:practitioner|professional)/i],
          anchors: [LEAD, /\bcompeten/i],
          facets: [
            facet('supervision', /\bsupervis/i),
            facet('observation', /\bobserv|\bwatches\b/i),
            facet('appraisal', /\bapprais/i),
            facet('registration', /\bregistration\b/i),
            facet('audit', /\baudit/i),
            facet('report', /\breports?\b.{0,60}\b(?:every|annually|yearly|quarterly|each year|six months)\b|\b(?:every|each) (?:year|six months|quarter)\b.{0,60}\breport/i),
            facet('checked', /\bmonitor(?:ed|ing)?\b|\bchecked\b|\bhow we check\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 3,
        },
      },
    ],
    near: [LEAD],
    templateHeading: 'Lead practitioner skills, knowledge, experience and competence',
    templateBody:
      'Every lead practitioner must: ${1:experience required, training to complete, knowledge and skills, the competency framework used}.\n\n**How competence is monitored:** ${2:supervision, observation of practice, appraisal, reports to the partnership}.',
  },
);
