/**
 * Is a sentence about the past? One reading shared by every rule that must not take history for
 * current practice (outdated terms, people in posts): the words partnerships use to tell history
 * ("replaced", "former", "until 2024", "in those days", "the old model"), and, in documents written in
 * the present tense (arrangements, thresholds, protocols), a sentence whose verb is in the past
 * ("Our LSCB closed in September 2019", "the three CCGs each sent a Chief Nurse").
 */

/** Alternatives as one case-insensitive pattern, each starting at a word boundary. */
function words(alternatives: readonly string[]): RegExp {
  return new RegExp(alternatives.map((alt) => `\\b(?:${alt})`).join('|'), 'i');
}

/**
 * Words that say something no longer holds ("the role ended", "in the original model", "as it then
 * was"). People rules use these alone: "Ann was appointed chair in 2024" is past but still true.
 */
const NO_LONGER_ALTERNATIVES = [
    String.raw`former(?:ly)?|previous(?:ly)?|no longer|predecessor|outgoing|stood down|stepped down|in the past|in those days|at that time|as it (?:then )?was|the then`,
    String.raw`(?:role|post|arrangement|model|board|partnership)s? (?:ended|ceased|closed)|ended (?:in|on|when)|until (?:\w+ )?(?:19|20)\d\d|until (?:recently|now)`,
    String.raw`(?:the|our|its|an?) (?:old|original|previous|earlier|first|former|legacy) (?:model|arrangements?|board|system|structure|partnership|set-?up|way)`,
    // "Isn't there an independent chair any more?", "we do not have an LSCB anymore".
    String.raw`(?:\w+n['’]t|not|no|never)\b[^.?!;]{0,60}\bany ?more\b`,
];
export const NO_LONGER_SO = words(NO_LONGER_ALTERNATIVES);

/** Words that mark a sentence as history, whatever its tense: the above, and words that tell of a change. */
export const HISTORY_MARKERS = words([
  ...NO_LONGER_ALTERNATIVES,
    String.raw`(?<!\bto |\bwill |\bwould )replace(?!\w)|replac(?:ed|ing|es)|supersed(?:ed|es|ing)|succeed(?:ed|s)|former(?:ly)?|previous(?:ly)?|predecessor|abolish(?:ed|es|ing)?|disband(?:ed)?|dissolv(?:ed|es)|ceased?|no longer`,
    String.raw`used to (?:be|have|hold|sit|chair|lead)|we used to|legacy|historic(?:al|ally)?|renamed|transition(?:ed)? from|took over from|taken over from|prior to|in the past|retired|had an?`,
    String.raw`until (?:\d{1,2}(?:st|nd|rd|th)? )?(?:\w+ )?(?:19|20)\d\d|until (?:recently|now)|before (?:\d{1,2}(?:st|nd|rd|th)? )?(?:\w+ )?(?:19|20)\d\d|(?:from|between) (?:\w+ )?(?:19|20)\d\d (?:to|and|until|–|-) (?:\w+ )?(?:19|20)\d\d`,
    String.raw`end(?:ed|ing)? (?:the|its|our) |stood down|stepped down|outgoing|in (?:19|20)[01]\d\b|back in|became|established under|introduced (?:by|under|in)|set up under|moved from|gave way`,
    String.raw`earlier (?:guidance|arrangements|edition)|the then|as it (?:then )?was|in those days|at that time|at the time|in force (?:at the time|throughout|during|then)|carried out under|will end|ended (?:in|on)`,
    String.raw`first (?:published|set up|agreed|introduced|established|adopted)|originally|when (?:we|the partnership|it) (?:was|were) (?:set up|formed|established|created)|when (?:we|the partnership|it|they) (?:began|started)`,
    // Recollection: "Some of you will remember that…", "for several years the partnership was led by…".
    String.raw`(?:some of you|you|readers|many of you|many) (?:will|may|might) (?:well )?remember\b|for (?:several|many|a number of|some) years\b[^.;]{0,60}\b(?:was|were|had)\b`,
    // A publication of a past year ("the 2020 Public Health England report") is cited as history.
    String.raw`(?:the|its|their|a) (?:19|20)[0-2]\d (?:\w+ ){0,5}(?:report|review|guidance|publication|study|survey|strategy|edition)`,
    String.raw`(?:the|our|its) old (?:model|arrangements?|board|system|structure|partnership|guidance|LSCB|subgroups?|way)|was (?:abolished|disbanded)|merged (?:into|with)|closed (?:in|on|down)|archived|without (?:an?|the|our) `,
]);

/** Past forms that do not end in -ed. "set", "found", "read", "put" are left out: they are present too. */
const IRREGULAR_WORDS = 'was were had did led met sent left began held paid took gave chose made kept ran became came went saw wrote brought built grew knew lost oversaw sat stood told thought won spent fell rose'.split(' ');
const IRREGULAR_PAST = new RegExp(`\\b(?:${IRREGULAR_WORDS.join('|')})\\b`, 'gi');
const IS_IRREGULAR_PAST = new RegExp(`^(?:${IRREGULAR_WORDS.join('|')})$`, 'i');
/** An -ed verb followed by what follows a verb: an article, a pronoun, a preposition, a name. "designated doctor" is not a verb. */
const ED_VERB = /\b([A-Za-z]{3,}ed)\b(?=\s+(?:(?:the|a|an|our|its|their|his|her|this|that|these|those|by|to|in|on|into|with|from|for|as|up|out|over|off|when|at|each|every|all|some|it|them|us)\b|[A-Z]))/g;
/** Just before a past form, these make it a participle of a present or future clause ("is led by", "will be paid", "has met"). */
const AUXILIARY = /\b(?:is|are|am|be|been|being|has|have|will|would|can|could|must|should|may|might|shall|to|get|gets|getting|does|do|as|if)\s+(?:\w+ly\s+|not\s+|also\s+|now\s+|then\s+|jointly\s+|still\s+)?$/i;
/** Present or future auxiliaries that make the sentence about now even beside a past form ("The CCG, which was set up in 2013, pays…" stays hard; these at least keep "will"). */
const PRESENT_MAIN = /\b(?:will|shall|is|are|am|has|have|does|do|continues? to|remains?|should|must|can|may|might|could|would)\b/i;
/** Verbs that name something ("guidance called…", "a post titled…"): a participle, never the past. */
const NAMING = /^(?:called|named|titled|entitled|headed|labelled|labeled|badged|branded|known)$/i;
const RELATIVE_PAST = /,?\s*\b(?:who|which)\b[^,.;]*,/gi;
const SIGN_OFF = /^(?:agreed|approved|endorsed|ratified|adopted|published|signed|authorised|authorized|issued)$/i;
/** A subject pronoun opening a clause and the verb after it: "It follows", "We meet", "They also attend" (not "left it to"). */
const PRONOUN_VERB = /(?:^|[,;:]\s*|\b(?:and|but|so|because|where|when|as|then)\s+)(?:we|it|they|i|you|he|she)\s+(?:(?:also|now|still|then|jointly|each|all|both|\w+ly)\s+)?([a-z]+)\b/gi;

/** True when a verb of the sentence is in the past and none of its auxiliaries is present or future. */
export function isPastTense(sentence: string): boolean {
  // A relative clause about the past ("Ann, who joined in 2022, leads…") does not make the sentence past.
  sentence = sentence.replace(RELATIVE_PAST, ' ');
  let past = false;
  for (const re of [IRREGULAR_PAST, ED_VERB]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m && !past; m = re.exec(sentence)) {
      const word = m[1] ?? m[0];
      const after = sentence.slice(m.index + m[0].length);
      // "made by the MASH", "endorsed by the chair": a passive participle, not the past (was/were count on their own).
      if (/^\s+by\b/i.test(after) && !/^(?:was|were|had)$/i.test(word)) continue;
      if (NAMING.test(word)) continue;
      // "The LSCB agreed this document": the document's own sign-off by an old body is a current leftover, not history.
      if (SIGN_OFF.test(word)) continue;
      // "Designated Nurse", "Named GP": a title, not a verb.
      if (/^[A-Z]/.test(word) && /^\s+[A-Z]/.test(after)) continue;
      if (!AUXILIARY.test(sentence.slice(Math.max(0, m.index - 40), m.index))) past = true;
    }
  }
  if (!past) return false;
  // A present verb after a subject pronoun ("It follows…", "We meet…") makes the sentence about now.
  PRONOUN_VERB.lastIndex = 0;
  for (let m = PRONOUN_VERB.exec(sentence); m; m = PRONOUN_VERB.exec(sentence)) {
    const verb = m[1]!;
    if (!/ed$/i.test(verb) && !IS_IRREGULAR_PAST.test(verb)) return false;
  }
  // "was" or "were" with a present or future auxiliary elsewhere ("Ann, who was appointed in 2023, chairs…") is not settled.
  return !PRESENT_MAIN.test(sentence);
}

export interface HistoryOptions {
  /** The document is written in the present tense (arrangements, threshold, protocol), so the past tense is history. */
  presentTenseDocument: boolean;
}

export function isHistoricalSentence(sentence: string, options: HistoryOptions): boolean {
  if (HISTORY_MARKERS.test(sentence)) return true;
  return options.presentTenseDocument && isPastTense(sentence);
}
