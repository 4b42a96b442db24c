/**
 * Abbreviations partnership documents use without spelling them out (slide decks, summaries,
 * tables: "Recs: into action log", "Signed: LA CEO · ICB CEO"), written out after themselves for
 * reading evidence: "LA CEO" reads as "LA (local authority) CEO (chief executive)", so a
 * requirement's words meet the telegraphic voice as they meet the formal one. The abbreviation
 * stays, so a pattern that knows it still matches. Vocabulary, as data: one entry per term.
 *
 * Only for matching evidence: the text grows, so nothing maps an offset in it back to the source.
 */

/**
 * [abbreviation, as written out, and 'replace' for clipped words ("info", "recs") that no pattern
 * looks for: they are replaced, so "info sharing" reads as "information sharing"]. Case-sensitive
 * where the short form is also a word ("AP", "RA").
 */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string, 'replace'?]> = [
  [/\bLAs?\b/g, 'local authority'],
  [/\bCEOs?\b|\bCExs?\b/g, 'chief executive'],
  [/\bDCS\b/g, "director of children's services"],
  [/\bLSPs?\b/g, 'lead safeguarding partner'],
  [/\bDSPs?\b/g, 'delegated safeguarding partner'],
  [/\bRAs\b/g, 'relevant agencies'],
  [/\bISAs?\b/g, 'information sharing agreement'],
  [/\bISPs?\b/g, 'information sharing protocol'],
  [/\b[Rr]ecs\b/g, 'recommendations', 'replace'],
  [/\b[Ii]nfo\b/g, 'information', 'replace'],
  [/\bEY\b/g, 'early years'],
  [/\bAP\b/g, 'alternative provision'],
  [/\bPRUs?\b/g, 'pupil referral unit'],
  [/\bFE\b/g, 'further education'],
  [/\bVCSE\b|\bVCS\b/g, 'voluntary, community and social enterprise organisations'],
  [/\bCVS\b/g, 'council for voluntary service'],
  [/\bYJS\b|\bYOT\b/g, 'youth justice service'],
  [/\bL?CSPRs?\b/g, 'child safeguarding practice review'],
  [/\bDSLs?\b/g, 'designated safeguarding lead'],
  [/\bIG\b/g, 'information governance'],
  [/\bMATs?\b/g, 'multi-academy trust'],
  [/\bOOS\b/g, 'out of school'],
  [/\bYP\b/g, 'young people'],
  [/\bCYP\b/g, 'children and young people'],
  [/\bSEND\b/g, 'special educational needs and disabilities'],
  [/\bEH\b/g, 'early help'],
  [/\bwks\b/g, 'weeks', 'replace'],
  [/\byrs?\b/g, 'years', 'replace'],
];

/** Any abbreviation at all: most texts have none, and skip the work. */
const ANY = new RegExp(ABBREVIATIONS.map(([re]) => re.source).join('|'));

/** Separators of slide-deck lists ("audits · observations · data") read as commas. */
const BULLET_SEPARATOR = /\s[·•]\s/g;

export function expandAbbreviations(text: string): string {
  let out = text.includes('·') || text.includes('•') ? text.replace(BULLET_SEPARATOR, ', ') : text;
  if (!ANY.test(out)) return out;
  for (const [re, long, replace] of ABBREVIATIONS) out = out.replace(re, (m) => (replace ? long : `${m} (${long})`));
  return out;
}
