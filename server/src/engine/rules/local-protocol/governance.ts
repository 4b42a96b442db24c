/**
 * local-protocol/governance and case-audits: governance for decision-making (roles,
 * responsibilities, accountabilities; high, dynamic and complex risk) and the process for case
 * audits and accountability (¶141).
 */
import { criteriaRule, facet } from '../shared/evidence.js';

export const governance = criteriaRule(
  {
    id: 'local-protocol/governance',
    level: 'should',
    appliesTo: ['local-protocol'],
    paragraphs: ['141'],
    citation: 'WT2023 ¶141',
    title: 'Governance: roles, responsibilities, accountabilities, and handling of high, dynamic or complex risk',
    description:
      'Two parts, each reported by name when missing. Roles: a governance, roles and responsibilities or accountability section (or a passage) naming who is responsible or accountable for what, e.g. Director of Children\'s Services, practice leader / Assistant Director, Heads of Service, Principal Social Worker, team managers or practice supervisors. Risk: how high-level, dynamic (fast-changing) and complex risk is handled, e.g. reserved decisions, same-day escalation, a complex risk panel. "A manager agrees" on its own is not governance.',
    example:
      '## Governance and decision-making\n\nThe Director of Children\'s Services is accountable for children\'s social care; the Assistant Director is the practice leader; team managers are responsible for allocation and case decisions.\n\nWhere risk is high, complex or changing quickly, the social worker discusses the case with the team manager the same day; cases with unresolved risk go to the monthly Complex Risk Panel.',
  },
  {
    what: 'the governance arrangements for decision-making: roles, responsibilities and accountabilities, and how high-level, dynamic and complex risk is handled',
    headings: [/\bgovernance\b/i, /\broles?(?:,| and) responsibilit|\baccountabilit/i, /\bdecision[- ]making\b/i],
    parts: [
      {
        what: 'the governance arrangements: roles, responsibilities and accountabilities for decisions',
        evidence: {
          headings: [/\bgovernance\b/i, /\broles?(?:,| and) responsibilit|\baccountabilit|\bresponsibilities\b/i, /\bdecision[- ]making\b/i, /\bwho is responsible\b/i],
          anchors: [/\baccountab|\bresponsib/i],
          facets: [
            facet('dcs', /\bDirector of Children'?s Services\b|\bDCS\b/),
            facet('ad', /\bAssistant Director\b|\bpractice leader\b/i),
            facet('hos', /\bHeads? of Service\b|\bservice managers?\b/i),
            facet('psw', /\bPrincipal Social Worker\b/i),
            facet('tm', /\bteam managers?\b|\bpractice supervisors?\b/i),
            facet('accountable', /\baccountab/i),
            facet('responsible', /\bresponsib/i),
            facet('board', /\bpartnership executive\b|\bexecutive group\b|\bleadership team\b|\bsub-?group\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 4,
        },
      },
      {
        what: 'how governance takes account of high-level risk and of dynamic or complex risk (who decides, escalation, risk panels)',
        evidence: {
          headings: [/\brisks?\b/i, /\bescalation\b/i, /\bgovernance\b|\bdecision[- ]making\b/i],
          anchors: [/\brisks?\b/i],
          facets: [
            facet('high', /\bhigh(?:[- ]level)? risks?\b|\brisks? (?:is|are) (?:assessed as )?high\b|\bwhere risk is high\b/i),
            facet('dynamic', /\bdynamic\b|\b(?:chang(?:es|ing)|escalat(?:es|ing)) (?:quickly|rapidly)\b|\brapidly changing\b|\bfast[- ]changing\b/i),
            facet('complex', /\bcomplex\b/i),
            facet('panel', /\brisk panel\b|\bpanel\b/i),
            facet('reserved', /\breserved\b|\bmust be agreed by\b|\bescalat|\bsame day\b|\bstrategy discussion\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 3,
        },
      },
    ],
    near: [/\bgovernance\b|\bdecision[- ]making\b|\broles\b|\baccountab/i],
    templateHeading: 'Governance and decision-making',
    templateBody:
      '| Role | Responsibility | Accountable to |\n|---|---|---|\n| ${1:Director of Children\'s Services} | ${2:overall statutory responsibility} | ${3:Chief Executive} |\n\n**High-level, dynamic and complex risk:** ${4:which decisions are reserved to senior managers, how fast-changing risk is escalated, the risk panel}.',
  },
);

export const caseAudits = criteriaRule(
  {
    id: 'local-protocol/case-audits',
    level: 'should',
    appliesTo: ['local-protocol'],
    paragraphs: ['141'],
    citation: 'WT2023 ¶141',
    title: 'Case audits and accountability (allocation of lead practitioners, decision-making)',
    description:
      'Looks for an audit, quality assurance or accountability section (or a passage) that actually describes case audits: the word "audit" with at least two more (three outside such a section) of: how often, what is audited (allocation of lead practitioners, decisions), multi-agency or themed audits, moderation or dip samples, an audit tool, where findings and learning go (including the yearly report). A bare reference to "our Quality Assurance Framework" does not count.',
    example:
      '## Case audits\n\nEach team manager audits two cases a month with the family. Every quarter the Principal Social Worker dip-samples lead practitioner allocations and Front Door decisions. Findings go to the Quality Assurance Subgroup and learning is reported in the Partnership\'s yearly report.',
  },
  {
    what: 'the process for case audits and accountability, including the allocation of lead practitioners and decision-making',
    headings: [/\baudits?\b/i, /\bquality assurance\b|\bquality and performance\b/i, /\baccountability\b/i],
    parts: [
      {
        what: 'the process for case audits and accountability, including the allocation of lead practitioners and decision-making',
        evidence: {
          headings: [/\baudits?\b/i, /\bquality assurance\b|\bquality and performance\b|\blearning and improvement\b/i, /\baccountability\b/i, /\bcase (?:file )?reviews?\b/i],
          anchors: [/\baudit/i],
          facets: [
            facet('audit', /\baudit(?:s|ed|ing)?\b/i),
            facet('frequency', /\b(?:monthly|quarterly|annual(?:ly)?|yearly|each (?:month|quarter|year)|every (?:month|quarter|year)|(?:a|per) (?:month|quarter|year))\b/i),
            facet('allocation', /\ballocat/i),
            facet('decisions', /\bdecision(?:s|-making)?\b/i),
            facet('multi-agency', /\bmulti-agency audits?\b|\bthemed\b/i),
            facet('sampling', /\bmoderat|\bdip[- ]?samples?\b|\bsample\b/i),
            facet('findings', /\byearly report\b|\bannual report\b|\breported to\b|\btracked\b|\bfindings\b|\blearning\b/i),
            facet('tool', /\baudit tool\b/i),
          ],
          minWithHeading: 3,
          minWithoutHeading: 4,
          required: ['audit'],
        },
      },
    ],
    near: [/\bquality\b|\baudit|\bgovernance\b|\bperformance\b/i],
    templateHeading: 'Case audits and accountability',
    templateBody:
      '- **Case audits:** ${1:who audits which cases, how often, with what tool}\n- **Allocation and decisions:** ${2:how lead practitioner allocations and decisions are sampled}\n- **Learning:** ${3:where findings go, and how they are reported in the yearly report}',
  },
);
