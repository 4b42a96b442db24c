/**
 * Recognising the three statutory safeguarding partners (local authority, integrated care
 * board, police) and their heads in free text: table cells, list items and prose. Shared by
 * every rule that asks "is each partner covered?" (contributions, funding, people, sign-off).
 */

/** The three statutory safeguarding partners of WT2023 ¶20. */
export const AGENCIES = ['local-authority', 'icb', 'police'] as const;
export type Agency = (typeof AGENCIES)[number];

/** How a message names each agency ("the integrated care board (ICB)"). */
export const AGENCY_LABEL: Record<Agency, string> = {
  'local-authority': 'the local authority',
  icb: 'the integrated care board (ICB)',
  police: 'the police',
};

/** Councils that are not the local authority: youth councils, children in care councils, parish councils… */
const NOT_LA_COUNCIL = /\b(?:youth|young people'?s|children in care|care leavers'?|school|student|pupil|parish|town|community|sports?)\s+councils?\b/gi;

const LA = /\blocal authorit(?:y|ies)\b|\bcouncils?\b|\b(?:county|city|borough|district|metropolitan|unitary) authorit(?:y|ies)\b|\bchildren'?s social care\b/i;
const LA_ABBR = /\bLAs?\b/;
const ICB = /\bintegrated care boards?\b|\bICBs?\b|\bclinical commissioning groups?\b|\bCCGs?\b|\bintegrated care system\b|\bNHS\b(?!\s+England\b)(?![\w\s&'’,-]*\b(?:Trusts?|Foundation|Hospitals?)\b)/i;
/** "Police and Crime Commissioner" is an elected office, not the police partner. */
const NOT_POLICE = /\bpolice,? (?:fire )?and crime commissioners?\b|\bPCCs?\b/gi;
const POLICE = /\bpolice\b|\bconstabulary\b|\bpolice force\b|\bchief constable\b/i;

/** True when `text` mentions the agency. */
export function mentionsAgency(text: string, agency: Agency): boolean {
  switch (agency) {
    case 'local-authority': {
      const t = text.replace(NOT_LA_COUNCIL, ' ');
      return LA.test(t) || LA_ABBR.test(t);
    }
    case 'icb':
      return ICB.test(text);
    case 'police':
      return POLICE.test(text.replace(NOT_POLICE, ' '));
  }
}

/** The agencies `text` mentions, in the order of AGENCIES. */
export function agenciesIn(text: string): Agency[] {
  return AGENCIES.filter((a) => mentionsAgency(text, a));
}

/**
 * Posts that make someone the lead safeguarding partner (head of the agency, WT2023 ¶48):
 * local authority chief executive (head of paid service), ICB chief executive, chief officer
 * of police (Chief Constable; Commissioner in London and the City).
 */
export const LSP_POST: Record<Agency, RegExp> = {
  'local-authority': /\b(?:chief executive|head of paid service|managing director|town clerk)\b/i,
  icb: /\bchief executive\b/i,
  police: /\b(?:chief constable|(?:metropolitan police |city of london police )?commissioner(?! for)|chief officer of police)\b/i,
};

/** Posts typical of delegates, not heads of agency: the commonest LSP error. */
export const DELEGATE_POST =
  /\b(?:(?:executive |corporate |strategic )?director of (?:children'?s services|children and families|nursing|quality|safeguarding|people)|chief nurs(?:e|ing officer)|(?:detective )?(?:chief )?superintendent|assistant chief constable|deputy chief constable|head of (?:public protection|safeguarding)|designated (?:nurse|doctor))\b/i;
