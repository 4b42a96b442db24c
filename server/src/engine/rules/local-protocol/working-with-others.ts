/**
 * local-protocol/partnership-working, communication-with-families and complaints: how agencies
 * work together and share information, how and when families are told things, and how
 * children and families can challenge (¶141).
 */
import { criteriaRule, facet } from '../shared/evidence.js';

export const partnershipWorking = criteriaRule(
  {
    id: 'local-protocol/partnership-working',
    level: 'should',
    appliesTo: ['local-protocol'],
    paragraphs: ['141'],
    citation: 'WT2023 ¶141',
    title: 'How agencies work in partnership, including sharing and seeking information',
    description:
      'Looks for a section on working with other agencies, partnership or multi-agency working, co-operation or information sharing (or a passage about agencies) with at least two (three elsewhere) of: sharing information (an agreement, the golden rules, data protection), asking agencies for information and their response time, consent, attending meetings or sending reports, the section 11 / section 27 duties, resolving professional disagreements.',
    example:
      '## Working with other agencies\n\nAt the start of an assessment we ask the GP, school and health visitor what they know; they reply within five working days. We share information under the Information Sharing Agreement, and ask for consent unless that would put a child at risk.',
  },
  {
    what: 'how agencies work in partnership on assessments, including sharing and seeking information',
    headings: [/\bpartnership working\b|\bworking (?:in partnership|together|with (?:other|partner) agencies|with partners)\b|\bmulti-agency working\b/i, /\binformation sharing\b|\bsharing (?:and seeking )?information\b/i],
    parts: [
      {
        what: 'how agencies work in partnership on assessments, including sharing and seeking information',
        evidence: {
          headings: [
            /\bpartnership working\b|\bworking (?:in partnership|together|with (?:other|partner) agencies|with partners)\b|\bmulti-agency working\b/i,
            /\binformation sharing\b|\bsharing (?:and seeking )?information\b|\brequests? for information\b/i,
            /\bco-?operation\b|\bpartner agencies\b|\bother agencies\b|\bmulti-agency\b/i,
          ],
          anchors: [/\bagenc(?:y|ies)\b|\bpartners?\b|\bGPs?\b|\bschools?\b/i],
          facets: [
            facet('share', /\binformation[- ]sharing\b|\bshar(?:e|ed|ing) information\b|\binformation (?:will be |shall be |is )?shared\b/i),
            facet('request', /\b(?:request|ask)(?:s|ed)? (?:\w+ ){0,4}(?:for )?information\b|\brequests? for information\b|\b(?:reply|respond)s? within\b|\bask the (?:GP|school)/i),
            facet('agreement', /\binformation sharing (?:agreement|protocol)\b|\bgolden rules\b|\bdata protection\b|\bGDPR\b/i),
            facet('consent', /\bconsent\b/i),
            facet('attend', /\battend\b|\bsends? (?:a|their) (?:written )?report\b/i),
            facet('duty', /\bsection 11\b|\bsection 27\b|\bco-?operat/i),
            facet('disagree', /\bdisagree|\bprofessional (?:differences|disagreements?)\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 3,
        },
      },
    ],
    near: [/\bpartners?\b|\bagenc/i],
    templateHeading: 'Working in partnership and sharing information',
    templateBody:
      '- **Seeking information:** ${1:who is asked for information at the start of an assessment, and how fast they reply}\n- **Sharing information:** ${2:the information sharing agreement; consent and when it is not needed}\n- **Contributing to plans:** ${3:attending meetings or sending reports; resolving disagreements}',
  },
);

export const communicationWithFamilies = criteriaRule(
  {
    id: 'local-protocol/communication-with-families',
    level: 'should',
    appliesTo: ['local-protocol'],
    paragraphs: ['141'],
    citation: 'WT2023 ¶141',
    title: 'How and when agencies communicate with children and families',
    description:
      'Looks for a section on communicating, talking or working with children and families (or a passage that tells families things) with at least two (three elsewhere, one of them telling or explaining to the family) of: telling or explaining to the family at each stage, seeing the child alone, giving the family a copy of the assessment or plan or a letter, plain language, interpreters and advocates, the stage at which each happens. Feedback to referrers is not communication with families. At least one of them must say how (seeing the child alone, plain language or interpreters, in person, easy read): telling the family at each stage says only when.',
    example:
      '## Talking with children and families\n\n- **At the first visit:** we explain what an assessment is and when it will finish.\n- **During the assessment:** we see the child on their own if they are happy to.\n- **At the end:** the family gets a copy of the assessment within five working days; we use plain words and offer interpreters.',
  },
  {
    what: 'how and when agencies communicate with children and families during assessment and support',
    headings: [/\bcommunicat\w*\b.*\b(?:child|children|famil|parent)|\b(?:talking|speaking|working) (?:to|with) (?:the )?(?:children|families|parents|child)\b|\b(?:involving|engaging|informing) (?:children|families|parents)\b/i],
    parts: [
      {
        what: 'how and when agencies communicate with children and families during assessment and support',
        evidence: {
          headings: [
            /\bcommunicat\w*\b.*\b(?:child|children|famil|parent)|\b(?:talking|speaking|working) (?:to|with) (?:the )?(?:children|families|parents|child)\b/i,
            /\b(?:involving|engaging|informing) (?:children|families|parents)\b|\bkeeping (?:children and )?families informed\b|\bwhat (?:children and )?families can expect\b|\btelling (?:the )?famil/i,
            /\bhow we communicate\b|\bwhen we communicate\b/i,
          ],
          anchors: [/\bfamil(?:y|ies)\b|\bparents?\b|\bchild(?:ren)?\b/i],
          facets: [
            facet('inform', /\b(?:tell|tells|told|inform|informs|informed|explain|explains|explained|talk to|talk with)\b[^.]{0,60}\b(?:family|families|parents?|child(?:ren)?)\b|\b(?:family|families|parents?)\b[^.]{0,40}\b(?:told|informed)\b/i),
            facet('seen-alone', /\bseen alone\b|\bsee (?:them|the child) (?:on their own|alone)\b|\bon their own\b/i),
            facet('copies', /\bcopy of (?:the |their |any )?(?:completed )?(?:assessment|plan)\b|\bgets? (?:the|a) (?:updated )?plan\b|\bletter\b/i),
            facet('accessible', /\bplain (?:language|english|words)\b|\binterpreters?\b|\bjargon\b|\badvoca/i),
            facet('timing', /\b(?:at|before|during|after) (?:the )?(?:first visit|referral|start|end|assessment)\b|\bwhen (?:a|the|their) (?:lead practitioner|worker|social worker) changes\b|\bbefore their worker changes\b/i),
            facet('manner', /\bface[- ]to[- ]face\b|\bin person\b|\bby (?:phone|telephone|letter|text|email)\b|\bhome visits?\b|\bvisits? (?:them|the family|the child)\b|\bin (?:their|the family's) (?:own |first |preferred )?language\b|\beasy[- ]read\b|\baccessible (?:formats?|versions?|information)\b|\bin a way (?:they|the child|children) (?:can )?understand\b|\bage[- ]appropriate\b|\bchild[- ]friendly\b|\b(?:with|alongside) the (?:family|child|parents)\b|\bwords? (?:they|the family|children) (?:can )?understand\b|\bBSL\b|\bsign language\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 3,
          requiredWithoutHeading: ['inform'],
          // "How and when" (¶141): telling families at each stage says when; at least one thing
          // must say how (seeing the child alone, plain language or interpreters, in person, easy read).
          required: ['seen-alone', 'accessible', 'manner'],
        },
      },
    ],
    near: [/\b(?:children and|with|to) famil(?:y|ies)\b|\bfamilies\b/i, /\bprinciples\b/i],
    templateHeading: 'Communicating with children and families',
    templateBody:
      '- **At referral:** ${1:who tells the family, and when they are not told}\n- **During the assessment:** ${2:what is explained, seeing the child alone}\n- **At the end and at reviews:** ${3:copies of assessments and plans, letters for children}\n- **How:** ${4:plain language, interpreters, advocates}',
  },
);

export const complaints = criteriaRule(
  {
    id: 'local-protocol/complaints',
    level: 'should',
    appliesTo: ['local-protocol'],
    paragraphs: ['141'],
    citation: 'WT2023 ¶141',
    title: 'How children and families can challenge: the published complaints procedure',
    description:
      'Looks for a complaints, challenge, "if you are unhappy" or representations section (or a passage about complaints) that names the complaints procedure and says at least one more thing about it: its stages, timescales, the Local Government and Social Care Ombudsman, help from an advocate, where it is published. "Speak to the social worker\'s manager" alone is not a complaints procedure.',
    example:
      '## If you are unhappy with us\n\nYou can make a complaint using the Children\'s Services Complaints Procedure, published on the council website. It has three stages; if you are still unhappy you can go to the Local Government and Social Care Ombudsman. Children can get free help from an advocate.',
  },
  {
    what: 'how children and families can challenge decisions: the complaints procedure, published',
    headings: [/\bcomplain|\bchalleng|\bunhappy\b|\bnot happy\b|\brepresentations\b|\bcompliments\b/i],
    parts: [
      {
        what: 'how children and families can challenge decisions: the complaints procedure, published',
        evidence: {
          headings: [/\bcomplain|\bchalleng|\bunhappy\b|\bnot happy\b|\brepresentations\b|\bcompliments\b|\bdisagree with us\b/i],
          anchors: [/\bcomplain/i],
          facets: [
            facet('procedure', /\bcomplaints? (?:procedure|policy|process)\b|\brepresentations (?:and complaints )?procedure\b|\bsection 26\b|\bcomplaints? rules\b/i),
            facet('stages', /\bstage (?:1|2|3|one|two|three)\b|\bstages\b/i),
            facet('ombudsman', /\bombudsman\b/i),
            facet('advocate', /\badvoca/i),
            facet('published', /\bpublished\b|\bwebsite\b|\bonline\b|\beasy read\b|\bleaflet\b/i),
            facet('timescale', /\b(?:\d+|ten|twenty|twenty-five|thirty) working days\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 2,
          required: ['procedure'],
        },
      },
    ],
    near: [/\b(?:children and|with|to) famil(?:y|ies)\b|\bfamilies\b/i],
    templateHeading: 'Challenge and complaints',
    templateBody:
      'Children and families can challenge what we do. They can make a complaint under ${1:the name of the complaints procedure}, published at ${2:link}.\n\n${3:The stages and timescales; help from an advocate; the Local Government and Social Care Ombudsman.}',
  },
);
