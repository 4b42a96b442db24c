/**
 * What in a block counts as evidence that a requirement is met. A heading whose body says "the
 * funding split is TBC", "see Appendix C" (and there is no Appendix C) or only quotes what the
 * guidance says partners must do has not set the item out. Such text is blanked, with spaces of
 * the same length so that every offset still maps to the source, and every rule reading
 * `Block.evidence` (and sections' `ownText` / `fullText`) sees the same thing.
 */
import { sentenceAround } from '../text/sentences.js';

/** A sentence that, without its placeholder, says this little is a deferral, not content. */
const MAX_WORDS_AROUND_PLACEHOLDER = 8;

/** Quoted text that is the guidance speaking, not the partnership. */
const GUIDANCE_VOICE =
  /\b(?:working together(?: to safeguard children)?(?: 20(?:18|23))?|WT ?20(?:18|23)|statutory guidance|the guidance (?:says|states|requires))\b|\bparagraphs? \d{1,3}\b|¶\s?\d{1,3}|\b(?:(?:lead |the )?safeguarding partners|local authorities|the local authority|relevant agencies) (?:must|should)\b/i;

export function isGuidanceQuote(text: string): boolean {
  return GUIDANCE_VOICE.test(text);
}

/** `text` with the given [start, end) spans replaced by spaces (line breaks kept). */
export function blank(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  if (!spans.length) return text;
  const chars = text.split('');
  for (const [s, e] of spans) for (let i = s; i < e && i < chars.length; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}

/**
 * The spans to leave out for placeholders: the placeholder's whole sentence when the rest of the
 * sentence is short ("The funding split is TBC."), else only the placeholder.
 */
export function placeholderSpans(text: string, placeholders: ReadonlyArray<readonly [number, number]>, wholeBlock: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of placeholders) {
    const [from, to] = wholeBlock ? [0, text.length] : sentenceAround(text, s);
    const rest = text.slice(from, s) + ' ' + text.slice(e, to);
    const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
    // "Follow the child protection procedures [insert link]": a pointer whose target is missing says nothing yet.
    const missingTarget = LINK_PLACEHOLDER.test(text.slice(s, e)) && POINTER.test(rest);
    out.push(words <= MAX_WORDS_AROUND_PLACEHOLDER || missingTarget ? [from, to] : [s, e]);
  }
  return out;
}

/** A placeholder standing for a link or address. */
const LINK_PLACEHOLDER = /\b(?:link|url|web ?address|hyperlink|web ?page)s?\b/i;
/** A sentence that points elsewhere for its content. */
const POINTER = /\b(?:follow|see|refer to|use|available|set out|found|described|read|go to|visit)\b/i;

/** "see Appendix C", "set out in Annex 2": references to a part of the document by its label. */
const REFERENCE = /\b(?:see|in|at|within|refer to|set out in|described in|detailed in|shown in|listed in|attached as|available (?:in|at))\s+(?:the\s+)?(appendix|appendices|annexe?|schedule)\s+([A-Z]|\d{1,2})\b/gi;
const LABEL_IN_HEADING = /\b(appendix|annexe?|schedule)\s+([A-Z]|\d{1,2})\b/gi;

/** Labels ("appendix c", "annex 2") of the document's own headings. */
export function partLabels(headings: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const h of headings) {
    LABEL_IN_HEADING.lastIndex = 0;
    for (let m = LABEL_IN_HEADING.exec(h); m; m = LABEL_IN_HEADING.exec(h)) out.add(label(m[1]!, m[2]!));
  }
  return out;
}

/**
 * Sentences that only point at an appendix the document does not have, when the block links
 * nowhere (a linked appendix is a separate file, checked by the link rules).
 */
export function deadReferenceSpans(text: string, labels: ReadonlySet<string>): Array<{ span: [number, number]; name: string }> {
  const out: Array<{ span: [number, number]; name: string }> = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    if (labels.has(label(m[1]!, m[2]!))) continue;
    const [from, to] = sentenceAround(text, m.index);
    const rest = text.slice(from, m.index) + ' ' + text.slice(m.index + m[0].length, to);
    const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
    // "Details of the funding are in Appendix C." defers; a long sentence that also cites one does not.
    if (words <= MAX_WORDS_AROUND_PLACEHOLDER) out.push({ span: [from, to], name: `${capitalise(m[1]!)} ${m[2]!.toUpperCase()}` });
  }
  return out;
}

function label(kind: string, id: string): string {
  const k = kind.toLowerCase().replace(/^annexe$/, 'annex').replace(/^appendices$/, 'appendix');
  return `${k} ${id.toLowerCase()}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** How to say why a section named for an item does not set it out ("has no content yet"). */
export function emptyBodyPhrase(section: { blocks: ReadonlyArray<{ defersTo?: string; restatesHeading?: boolean }> }): string {
  if (section.blocks.some((b) => b.restatesHeading)) return 'only restates its heading';
  const deferred = section.blocks.find((b) => b.defersTo)?.defersTo;
  return deferred ? `only refers to ${deferred}, which this document does not have` : 'has no content yet';
}

/**
 * Headings of the adults' part of a joint adults-and-children document ("Safeguarding Adults
 * Board", "Safeguarding Adults Reviews", "Making Safeguarding Personal"). What the adults' board
 * did is not evidence for what the children's arrangements must say.
 */
const ADULTS_HEADING =
  /\b(?:safeguarding adults?|adults? safeguarding|SAB|adults? board|adults? at risk|adults with care and support needs|adult social care|safeguarding adults? reviews?|SARs?|care act|making safeguarding personal)\b/i;
const CHILDREN_TOO = /\b(?:child(?:ren)?|young people|famil(?:y|ies)|all[- ]age|both boards|joint)\b/i;

/** A heading that is the adults' half of a pair: "9.2 Adults", "Adults: the Board", "Hearing from the people we serve (adults)". */
const ADULTS_HALF = /^(?:\d+(?:\.\d+)*\.?\s+)?adults?\s*(?:$|[:–—-])|\(adults?(?: only)?\)/i;

export function isAdultsOnlyHeading(heading: string): boolean {
  return (ADULTS_HEADING.test(heading) || ADULTS_HALF.test(heading.trim())) && !CHILDREN_TOO.test(heading);
}

const STOP = new Set('this that with from have will been their there which about into they them than then were what when where while your ours each also only such more most other some very just over under upon here shall must should would could does done being through'.split(' '));

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? []).filter((w) => !STOP.has(w)).map(stem);
}

/** A crude stem, enough to see "share", "shares" and "sharing" as one word. */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|ies|es|s|e)$/, '');
}

/**
 * A one-sentence body that only restates its heading ("## Independent scrutiny" / "We have
 * independent scrutiny of our arrangements."): a reader learns nothing the heading did not say.
 */
export function restatesHeading(heading: string, body: string): boolean {
  const h = new Set(contentWords(heading));
  const b = contentWords(body);
  if (!h.size || !b.length || b.length > 8 || body.split(/\s+/).length > 15) return false;
  if (/\d|£|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|every|each|monthly|weekly|quarterly|annually|yearly)\b/i.test(body)) return false;
  // Every word that is not the heading's says nothing ("important", "in place", "robust").
  return b.every((w) => h.has(w) || VACUOUS.has(w));
}

/**
 * A one-sentence body that only restates what the requirement asks, in the guidance's words
 * ("## Data and intelligence" / "Partners use data and intelligence to assess the effectiveness of
 * the help provided, including early help."): it repeats the duty without saying how it is met.
 */
export function restatesRequirement(heading: string, requirement: string, body: string): boolean {
  const known = new Set([...contentWords(heading), ...contentWords(requirement)]);
  const b = contentWords(body);
  if (!b.length || b.length > 16 || body.split(/\s+/).length > 30 || /[.!?]\s+\S/.test(body.trim())) return false;
  if (/\d|£|%|\b(?:every|each|monthly|weekly|quarterly|annually|yearly|termly)\b/i.test(body)) return false;
  return b.every((w) => known.has(w) || VACUOUS.has(w));
}

const VACUOUS = new Set(
  ('important importance place ensure ensures robust effective effectively arrangement arrangement partnership partner work working committed commitment role play vital seriously children child young people families safeguarding value priority priorities central heart core essential key approach strong good well always area local need needs support supported provide given offer'.split(' ')).map(stem),
);
