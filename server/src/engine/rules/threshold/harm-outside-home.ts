/** threshold/harm-outside-home: services for harm inside and outside the home (¶116). */
import { criteriaRule, facet } from '../shared/evidence.js';

export const harmOutsideHome = criteriaRule(
  {
    id: 'threshold/harm-outside-home',
    level: 'should',
    appliesTo: ['threshold'],
    paragraphs: ['116'],
    citation: 'WT2023 ¶116',
    title: 'Services for harm inside and outside the home (extra-familial harm, exploitation)',
    description:
      'Recognises harm outside the home under its many names ("extra-familial harm", "contextual safeguarding", "exploitation", "county lines", "serious youth violence") and asks for the services that respond to it: an exploitation panel (MACE), a complex safeguarding or exploitation team, work on places, peer groups and online spaces, violence reduction, harmful sexual behaviour, plans for children at risk, the National Referral Mechanism, or working with parents as partners. Indicators such as "going missing" or "older peers" in a levels table do not count.',
    example:
      '## Harm outside the home\n\nChildren can be harmed by exploitation, serious youth violence and online abuse. The Complex Safeguarding Team works with children at Levels 3 and 4, and the fortnightly MACE meeting looks at children, peer groups and places of concern. We work with parents as partners.',
  },
  {
    what: 'services for children at risk of harm outside the home (extra-familial harm, exploitation, serious violence)',
    headings: [/\boutside (?:the|their) (?:home|family)\b|\bextra[- ]familial\b|\bcontextual safeguarding\b|\bbeyond the (?:home|family)\b|\b(?:harm|risk) in the community\b/i],
    parts: [
      {
        what: 'services for children at risk of harm outside the home (extra-familial harm, exploitation, serious violence)',
        evidence: {
          headings: [
            /\boutside (?:the|their) (?:home|family)\b|\bextra[- ]familial\b|\bcontextual safeguarding\b|\bbeyond the (?:home|family)\b|\b(?:harm|risk) in the community\b/i,
            /\bexploitation\b|\bcounty lines\b|\bserious (?:youth )?violence\b|\badolescent (?:risk|safeguarding)\b/i,
          ],
          anchors: [/\boutside (?:the|their) (?:home|family)\b|\bextra[- ]familial\b|\bcontextual\b|\bexploit(?:ation|ed)\b|\bcounty lines\b|\bserious youth violence\b/i],
          facets: [
            facet('panel', /\bMACE\b|\bmulti-agency child exploitation\b|\bexploitation (?:panel|meeting)\b/i),
            facet('team', /\b(?:complex safeguarding|exploitation|contextual safeguarding|adolescent|missing and exploitation) (?:team|hub|service)\b|\byouth (?:service|engagement team|justice service|work)/i),
            facet('places', /\b(?:location|place|context|locality)s?(?:-based)? (?:assessments?|safety plans?|mapping|referrals?)|\bsafety mapping\b|\bpeer groups?\b|\blocations?\b|\bhotspots?\b|\bplaces\b/i),
            facet('online', /\bonline\b/i),
            facet('parents', /\bparents?\b.{0,60}\bpartners\b|\bnot (?:as )?the (?:cause|source)\b/i),
            facet('violence', /\bserious (?:youth )?violence\b|\bknife crime\b|\bviolence reduction\b/i),
            facet('plans', /\b(?:child protection|extra-familial harm|safety) plans?\b|\bstrategy discussion\b/i),
            facet('nrm', /\bNational Referral Mechanism\b|\bNRM\b/),
            facet('hsb', /\bharmful sexual behaviour\b|\bpeer[- ]on[- ]peer\b|\bchild[- ]on[- ]child\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 3,
        },
      },
    ],
    near: [/\bprocedures?\b/i, /\bexploitation\b/i],
    templateHeading: 'Harm outside the home',
    templateBody:
      'Children can be harmed outside their family: ${1:exploitation, serious youth violence, harm from peers, online harm}.\n\nOur response:\n\n- ${2:the exploitation panel and how children are referred to it}\n- ${3:the team that works with children at risk}\n- ${4:how we work on places, peer groups and online spaces, and with parents as partners}',
  },
);
