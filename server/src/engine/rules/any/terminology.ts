/** Pre-2023 terms (catalogue: "Any document type"). */
import { matchCase, termRule } from '../shared/terms.js';

export const ccg = termRule(
  {
    id: 'terminology/ccg',
    level: 'should',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'WT2023 summary of changes',
    title: 'Clinical commissioning groups (CCGs) are now integrated care boards (ICBs)',
    description:
      'Flags "clinical commissioning group(s)" and "CCG(s)" used as if they still existed. Since 1 July 2022 integrated care boards are the health safeguarding partner. Sentences about history ("the ICB replaced the CCG in 2022") are not flagged. There is no automatic fix: an ICB is not a renamed CCG (it usually covers several former CCGs and has its own name), so swapping the term would make up an organisation. The editor offers a quick fix that replaces the term, with the name before it ("Wrenfield CCG"), by a snippet to fill in with the ICB\'s real name.',
    example: 'NHS Westmere and Dale Integrated Care Board (ICB) is one of the three safeguarding partners.',
  },
  {
    pattern: /\bclinical commissioning groups?\b|\bCCGs?\b/gi,
    successor: /\bICBs?\b|\bintegrated care boards?\b/i,
    message: (m) => `"${m}" is outdated: clinical commissioning groups were replaced by integrated care boards (ICBs) in July 2022`,
    suggestion: (m, name) => {
      const plural = /s$/i.test(m);
      const what = plural ? 'integrated care boards' : 'integrated care board';
      // A named CCG gets a tab stop for the ICB's own name; "the CCG" one whose default is the term.
      const stop = name ? `[insert the ${what}${plural ? "' names" : "'s name"}]` : /^ccgs?$/i.test(m) ? (plural ? 'ICBs' : 'ICB') : matchCase(m, what);
      return { title: `Replace "${name}${m}" with the ${what} (fill in ${name ? (plural ? 'their names' : 'its name') : 'the name if it has one'})`, snippet: `\${1:${stop}}` };
    },
  },
);

export const lscb = termRule(
  {
    id: 'terminology/lscb',
    level: 'should',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'Children and Social Work Act 2017',
    title: 'Local Safeguarding Children Boards (LSCBs) were abolished',
    description:
      'Flags "Local Safeguarding Children Board", "LSCB" and a partnership still named a "Safeguarding Children Board" used as the current body. The Children and Social Work Act 2017 replaced LSCBs with multi-agency safeguarding arrangements led by the safeguarding partners. Historical sentences ("replaced the former LSCB in 2019") are not flagged.',
    example: 'In 2019 the Westmere Safeguarding Children Partnership replaced the former Local Safeguarding Children Board.',
  },
  {
    // "Wendleshire Safeguarding Children Board": a partnership still going by the board's name.
    pattern: /\blocal safeguarding children(?:'s)? boards?\b|\bsafeguarding children(?:'s)? boards?\b|\bLSCBs?\b/gi,
    message: (m) =>
      `"${m}" is outdated: Local Safeguarding Children Boards were abolished by the Children and Social Work Act 2017; refer to the safeguarding partnership and its multi-agency safeguarding arrangements`,
  },
);

export const workingTogether2018 = termRule(
  {
    id: 'terminology/working-together-2018',
    level: 'should',
    appliesTo: 'any',
    paragraphs: ['2'],
    citation: 'WT2023 ¶2',
    title: 'Working Together 2018 cited as the current guidance',
    description:
      'Flags "Working Together to Safeguard Children 2018" (and "Working Together 2018", "WT2018") cited as current guidance: the 2023 edition replaced it. Sentences about the past ("our arrangements were first set up under Working Together 2018") are not flagged. The fix names the 2023 edition.',
    example: 'These arrangements follow Working Together to Safeguard Children 2023.',
  },
  {
    pattern: /\bWorking Together(?: to Safeguard Children)?,?\s*\(?2018\)?|\bWT\s?2018\b/gi,
    successor: /\b2023\b/,
    message: (m) => `"${m}" is cited as current guidance: Working Together to Safeguard Children 2023 replaced the 2018 edition (WT2023 ¶2)`,
    replacement: (m) => (/^WT/i.test(m) ? 'WT2023' : 'Working Together to Safeguard Children 2023'),
  },
);

export const publicHealthEngland = termRule(
  {
    id: 'terminology/public-health-england',
    level: 'should',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'WT2023 summary of changes',
    title: 'Public Health England was abolished in 2021',
    description:
      'Flags "Public Health England" and "PHE" named as a current body. Its functions moved in 2021 to the UK Health Security Agency (UKHSA) and the Office for Health Improvement and Disparities (OHID); which one is right depends on the function, so no automatic fix is offered.',
    example: 'Public health advice comes from the UK Health Security Agency and the Office for Health Improvement and Disparities.',
  },
  {
    pattern: /\bPublic Health England\b|\bPHE\b/g,
    successor: /\bUKHSA\b|\bUK Health Security Agency\b|\bOHID\b|\bOffice for Health Improvement\b/i,
    message: (m) =>
      `"${m}" was abolished in 2021: name the UK Health Security Agency (UKHSA) or the Office for Health Improvement and Disparities (OHID), whichever now does this`,
  },
);

export const independentChair = termRule(
  {
    id: 'terminology/independent-chair',
    level: 'should',
    appliesTo: 'any',
    paragraphs: ['62'],
    citation: 'WT2023 ¶62',
    title: 'An "independent chair" of the partnership',
    description:
      'Flags an "independent chair" of the safeguarding partnership. WT2023 separates the roles: a partnership chair, who is one of the delegated safeguarding partners (¶61), and independent scrutiny (¶62–63). Independent chairs of other bodies (a Safeguarding Adults Board, "the BSAB", child protection conferences, reviewing officers) are not flagged, nor is anything in the adults\' sections of joint children and adults documents.',
    example: 'The partnership chair is Claire Oduya, Director of Children\'s Services; independent scrutiny is led by Dr Ruth Castellan.',
  },
  {
    pattern: /\bindependent chair(?:person|man|woman)?s?\b/gi,
    successor: /\bpartnership chair\b/i,
    notInAdultsSections: true,
    message: (m) =>
      `"${m}": WT2023 replaces the independent chair with a partnership chair who is a delegated safeguarding partner, and separate independent scrutiny (WT2023 ¶61–63)`,
    exempt: /\badults?\b|\b[a-z]{0,3}SAB\b|\bconferences?\b|\breviewing officers?\b|\bIROs?\b|\bchild protection chairs?\b|\bcommunity safety\b|\bdomestic (abuse|homicide)\b|\bCSP\b|\bFamily Court\b/i,
  },
);

export const secureCollege = termRule(
  {
    id: 'terminology/secure-college',
    level: 'consider',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'WT2023 summary of changes',
    title: '"Secure college" is no longer a type of youth custody',
    description:
      'Flags "secure college": the planned secure colleges were replaced by secure schools, alongside secure children\'s homes. The fix suggests "secure school".',
    example: 'Children in custody from Westmere are placed in secure children\'s homes or the secure school.',
  },
  {
    pattern: /\bsecure colleges?\b/gi,
    successor: /\bsecure schools?\b/i,
    message: (m) => `"${m}" is outdated: youth custody is now in secure children's homes and secure schools`,
    replacement: (m) => matchCase(m, /s$/i.test(m) ? 'secure schools' : 'secure school'),
  },
);

export const terminologyRules = [ccg, lscb, workingTogether2018, publicHealthEngland, independentChair, secureCollege];
