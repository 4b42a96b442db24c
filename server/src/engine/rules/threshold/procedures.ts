/**
 * threshold/procedures-*: clear procedures and processes for abuse, neglect and exploitation,
 * for children in the youth secure estate and for disabled children (¶117). A procedure is
 * a route, a tool, a role or a timescale; a list of indicators is not one.
 */
import { criteriaRule, facet } from '../shared/evidence.js';

export const proceduresAbuseExploitation = criteriaRule(
  {
    id: 'threshold/procedures-abuse-exploitation',
    level: 'should',
    appliesTo: ['threshold'],
    paragraphs: ['117'],
    citation: 'WT2023 ¶117',
    title: 'Clear procedures for abuse, neglect and exploitation',
    description:
      'Looks for procedures, not indicators: a section about procedures or areas of harm (or any passage about abuse, neglect or exploitation) that names at least two (three outside such a section) concrete routes or tools, e.g. the multi-agency child protection procedures, the Graded Care Profile, DASH/MARAC/Operation Encompass, an exploitation screening tool, MACE or the National Referral Mechanism, return home interviews, Prevent/Channel, the LADO, FGM mandatory reporting, a bruising protocol, "do not investigate yourself". Level 4 indicator lists that mention "MARAC level" or "FGM" do not count.',
    example:
      '## Procedures for abuse, neglect and exploitation\n\nFollow the multi-agency child protection procedures. Use the Graded Care Profile 2 for neglect, the DASH checklist for domestic abuse (MARAC for high risk) and the exploitation screening tool for exploitation. Allegations against staff go to the LADO.',
  },
  {
    what: 'clear procedures for cases of abuse, neglect and exploitation',
    headings: [/\bprocedures?\b.*\b(?:abuse|neglect|exploitation|harm)\b|\b(?:abuse|neglect|exploitation)\b.*\bprocedures?\b/i, /\bareas of harm\b|\btypes of (?:abuse|harm)\b|\bcategories of (?:abuse|harm)\b|\bspecific (?:areas of )?harm\b/i],
    parts: [
      {
        what: 'clear procedures for cases of abuse, neglect and exploitation',
        evidence: {
          headings: [
            /\bprocedures?\b/i,
            /\b(?:abuse|neglect|exploitation)\b/i,
            /\bareas of harm\b|\btypes of (?:abuse|harm)\b|\bcategories of (?:abuse|harm)\b|\bspecific (?:areas of )?(?:harm|concerns)\b/i,
            /\bwhat (?:should i|to|do i) do\b|\bresponding to\b/i,
          ],
          anchors: [/\babuse\b|\bneglect\b|\bexploit(?:ation|ed)\b/i],
          facets: [
            facet('procedures', /\b(?:multi-agency )?(?:child protection|safeguarding)(?: children)? procedures\b/i),
            facet('neglect-tool', /\bgraded care profile\b|\bGCP ?2\b|\bneglect (?:strategy|toolkit|tool)\b/i),
            facet('domestic-abuse', /\bDASH\b|\bMARAC\b|\bOperation Encompass\b/),
            facet('exploitation-tool', /\bexploitation (?:screening|risk)(?: assessment)? (?:tool|toolkit|form)\b|\b(?:screening|risk assessment) tool\b|\bMACE\b|\bNational Referral Mechanism\b|\bNRM\b/),
            facet('missing', /\breturn home interviews?\b|\bRHI\b|\bmissing episodes?\b/i),
            facet('prevent', /\bPrevent\b|\bChannel (?:panel|referral)\b/),
            facet('lado', /\bLADO\b|\bLocal Authority Designated Officer\b/),
            facet('fgm', /\bmandatory (?:reporting )?duty\b|\bmust report\b|\bmandatory reporting\b|\bFGM Protection Order/i),
            facet('bruising', /\bbruising protocol\b/i),
            facet('response', /\bdo not investigate\b|\bdon'?t investigate\b|\b(?:in )?(?:their|the child'?s) own words\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 3,
        },
      },
    ],
    near: [/\bprocedures?\b/i, /\b(?:level|tier) 4\b|\bspecialist\b|\bsignificant harm\b/i],
    templateHeading: 'Procedures for abuse, neglect and exploitation',
    templateBody:
      'All agencies follow ${1:the multi-agency child protection procedures (link)}.\n\n- **Abuse:** ${2:how to respond and where to refer}\n- **Neglect:** ${3:the neglect tool used and when to step up}\n- **Exploitation:** ${4:the screening tool, the exploitation panel, National Referral Mechanism}',
  },
);

export const proceduresYouthSecureEstate = criteriaRule(
  {
    id: 'threshold/procedures-youth-secure-estate',
    level: 'should',
    appliesTo: ['threshold'],
    paragraphs: ['117'],
    citation: 'WT2023 ¶117',
    title: 'Clear procedures for children managed within the youth secure estate',
    description:
      'Recognises the youth secure estate by name or by its settings (young offender institutions, secure training centres, secure children\'s homes, secure schools, youth detention, remand) and asks for a procedure with it: how concerns about a child inside an establishment are referred and who leads enquiries (host and home authority), LADO, visits, looked-after status on remand, resettlement and release, the review of restraint. A "Youth Justice Service prevention team" among early help services does not count.',
    example:
      '## Children in the youth secure estate\n\nA child remanded to youth detention becomes looked after and keeps their social worker, who visits within ten working days. Concerns about a child in a secure establishment are referred to the local authority where it is, which leads any section 47 enquiry; the home authority joins the strategy discussion.',
  },
  {
    what: 'clear procedures for children managed within the youth secure estate (young offender institutions, secure training centres, secure children\'s homes, secure schools)',
    headings: [/\bsecure estate\b|\bsecure (?:establishments?|settings?|children'?s homes?|training centres?|schools?)\b|\byoung offender\b|\bYOIs?\b|\byouth (?:custody|detention)\b|\bcustody\b/i],
    parts: [
      {
        what: 'clear procedures for children managed within the youth secure estate (young offender institutions, secure training centres, secure children\'s homes, secure schools)',
        evidence: {
          headings: [/\bsecure estate\b|\bsecure (?:establishments?|settings?|children'?s homes?|training centres?|schools?)\b|\byoung offender\b|\bYOIs?\b|\byouth (?:custody|detention)\b|\bcustody\b|\bremand/i],
          anchors: [
            /\bsecure estate\b/i,
            /\bsecure (?:establishments?|children'?s homes?|training centres?|schools?|settings?|accommodation)\b/i,
            /\byoung offender institutions?\b|\bYOIs?\b|\bSTCs?\b/,
            /\byouth (?:detention|custody)\b|\bremanded\b|\bcustodial\b/i,
          ],
          facets: [
            facet('looked-after', /\blooked after\b/i),
            facet('visits', /\bvisit(?:s|ed)?\b/i),
            facet('resettlement', /\bresettlement\b|\brelease\b/i),
            facet('lado', /\bLADO\b|\ballegations? against staff\b/i),
            facet('enquiries', /\bsection 47\b|\bs\.?\s?47\b|\bstrategy discussion\b|\benquir/i),
            facet('authority', /\bhome (?:local )?authority\b|\bhost (?:local )?authority\b|\blocal authority where\b|\bauthority where it is\b/i),
            facet('restraint', /\brestraint\b|\bsingle separation\b/i),
            facet('referral', /\brefer(?:s|red|ral)?\b|\breport(?:s|ed)?\b/i),
            facet('yjs', /\byouth justice (?:service|team)\b|\bYOT\b|\bYJS\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 3,
        },
      },
    ],
    near: [/\bprocedures?\b/i, /\byouth justice\b|\boffending\b/i],
    templateHeading: 'Children in the youth secure estate',
    templateBody:
      '${1:Whether the area hosts a secure establishment (young offender institution, secure training centre, secure children\'s home or secure school).}\n\n- **Concerns about a child inside an establishment:** ${2:who is told, who leads enquiries, the home authority\'s part, allegations against staff}\n- **Our children held elsewhere:** ${3:looked-after status on remand, social worker visits, resettlement planning}',
  },
);

export const proceduresDisabledChildren = criteriaRule(
  {
    id: 'threshold/procedures-disabled-children',
    level: 'should',
    appliesTo: ['threshold'],
    paragraphs: ['117'],
    citation: 'WT2023 ¶117',
    title: 'Clear procedures for disabled children',
    description:
      'Looks for a section about disabled children (or SEND, children with disabilities) or a passage about them that sets out procedures: where referrals go (a disabled children\'s team), how the child\'s communication is supported, how child protection applies (section 47, strategy discussion), the link with EHC plans, transition to adulthood, parent carer assessments, short breaks, or professional curiosity about signs put down to disability. Saying only that disabled children are "in need" under section 17 is not a procedure.',
    example:
      '## Disabled children\n\nReferrals go to the Front Door, which passes them to the Disabled Children\'s Team. Find out how the child communicates and use an intermediary if needed. The same section 47 process applies; a Disabled Children\'s Team social worker joins the strategy discussion.',
  },
  {
    what: 'clear procedures for disabled children (referral route, communication, child protection, EHC plans, transition)',
    headings: [/\bdisab(?:led|ility|ilities)\b/i, /\bSEND\b/, /\bspecial educational needs\b/i],
    parts: [
      {
        what: 'clear procedures for disabled children (referral route, communication, child protection, EHC plans, transition)',
        evidence: {
          headings: [/\bdisab(?:led|ility|ilities)\b/i, /\bSEND\b/, /\bspecial educational needs\b/i],
          anchors: [/\bdisab(?:led|ility|ilities)\b/i],
          facets: [
            facet('team', /\b(?:disabled children'?s|children with disabilities|CWD|disability) (?:team|service)\b/i),
            facet('communication', /\bcommunicat|\bintermediar|\bBSL\b|\bMakaton\b|\bsigning\b|\bAAC\b/i),
            facet('child-protection', /\bsection 47\b|\bs\.?\s?47\b|\bstrategy discussion\b|\bchild protection (?:process|procedures?|enquir)/i),
            facet('ehc', /\bEHC\b|\beducation,? health and care\b|\bEHCP\b/i),
            facet('transition', /\btransition\b|\bpreparing for adulthood\b|\badult (?:social care|services)\b/i),
            facet('parent-carer', /\bparent carers?\b/i),
            facet('curiosity', /\bwould i be worried\b|\bmisattribut|\bput down to\b|\bdue to (?:the child'?s )?(?:disability|condition)\b|\bmore likely to be abused\b|\b(?:greater|increased) risk\b/i),
            facet('short-breaks', /\bshort breaks?\b/i),
            facet('residential', /\bresidential (?:school|placement)s?\b/i),
          ],
          minWithHeading: 3,
          minWithoutHeading: 3,
        },
      },
    ],
    near: [/\bprocedures?\b/i],
    templateHeading: 'Disabled children',
    templateBody:
      '- **Referrals:** ${1:where referrals for disabled children go}\n- **Communication:** ${2:how the child\'s communication is supported}\n- **Child protection:** ${3:how section 47 applies and who takes part}\n- **EHC plans and transition:** ${4:how assessments link to EHC plans and adult services}',
  },
);
