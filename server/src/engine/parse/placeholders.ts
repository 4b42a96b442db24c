/**
 * What counts as an unfilled placeholder. Shared by the parser (a placeholder-only
 * section is not "present") and the `content/placeholder` rule.
 */

/**
 * Placeholder patterns in plain text. Kept deliberately narrow: "TBC" and "TODO" only in
 * capitals, `xxx` only as a whole word, bracketed prompts only when they read as prompts.
 */
export const PLACEHOLDER_PATTERN = new RegExp(
  [
    String.raw`\bTBC\b`,
    String.raw`\bTBA\b`,
    String.raw`\bTODO\b`,
    String.raw`\bFIXME\b`,
    // [insert date], [Insert name of partner], [add figure], [Name], [date], [enter …] (first letter either case)
    String.raw`\[\s*(?:[Ii]nsert|[Aa]dd|[Ee]nter|[Cc]omplete|[Uu]pdate|[Nn]ame|[Dd]ate|[Aa]mount|x+)\b[^\]\n]{0,80}\]`,
    // [link to be added], [details to follow], [awaiting sign-off], [TBD]: a bracketed deferral
    String.raw`\[[^\]\n]{0,60}\b(?:to be (?:added|confirmed|agreed|inserted|completed|updated|written|provided|published|decided|finalised|finalized)|to follow|TBD|placeholder|awaiting|pending)\b[^\]\n]{0,40}\]`,
    String.raw`\bTBD\b`,
    // "Criteria to be confirmed following consultation.", "Contact: to be confirmed": TBC written out,
    // where it ends its sentence or cell or defers to later; not "decisions are to be confirmed in writing".
    String.raw`\b[Tt]o be (?:confirmed|announced|determined|finalised|finalized)(?=\s*(?:[.;:)\]|]|$)|\s+(?:following|after|once|when|in due course|later|shortly|at a later date)\b)`,
    // £xxx, £XX,XXX, £x.xm
    String.raw`£\s?[xX]{1,3}(?:[,.][xX]{1,3})*[kKmM]?\b`,
    // xxx, XXXX, xx/xx/xxxx
    String.raw`\b[xX]{2}\/[xX]{2}\/[xX]{2,4}\b`,
    String.raw`\b[xX]{3,}\b`,
    // snippet tab stops left as text: ${1:name}, ${2}, $0
    String.raw`\$\{\d+(?::[^}\n]*)?\}`,
    String.raw`\$\{\d+\|[^}\n]*\|\}`,
  ].join('|'),
  'g',
);

/**
 * A paragraph or cell that says only that its content will come later: "To follow.", "Details to
 * follow", "Coming soon", "To be added". Only the whole text: "the action plan is expected to
 * follow in May" is prose.
 */
const WHOLE_BODY_DEFERRAL =
  /^(?:(?:details|content|information|text|figures|the list|list|more|further details|further information)\s+)?(?:to follow|to be added|to come|coming soon|to be written|to be completed)\s*[.!]?$/i;

/** The span of a whole-text deferral in `text` (trimmed), if that is all it says. */
export function wholeTextDeferral(text: string): [number, number] | undefined {
  const start = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return trimmed.length <= 40 && WHOLE_BODY_DEFERRAL.test(trimmed) ? [start, start + trimmed.length] : undefined;
}

/** Bare HTML-like tags that are placeholders rather than markup: `<name>`, `<partner name>`. */
const HTML_TAGS = new Set(
  'a abbr b br caption code dd del details div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td th thead tr u ul'.split(
    ' ',
  ),
);

export function isPlaceholderTag(html: string): boolean {
  const m = /^<\s*([A-Za-z][A-Za-z0-9 '_-]*?)\s*>$/.exec(html.trim());
  if (!m) return false;
  const name = m[1]!.toLowerCase();
  return !HTML_TAGS.has(name);
}

/** Finds placeholders in plain text: [start, end) pairs. */
export function findPlaceholders(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  PLACEHOLDER_PATTERN.lastIndex = 0;
  for (let m = PLACEHOLDER_PATTERN.exec(text); m; m = PLACEHOLDER_PATTERN.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * True when `text`, with its placeholders removed, still says something: at least two
 * words, or one word of four or more letters in a table cell ("Yes" and "N/A" do not count).
 */
export function isSubstantive(text: string, placeholders: Array<[number, number]>, kind: 'cell' | 'prose'): boolean {
  let rest = '';
  let at = 0;
  for (const [s, e] of placeholders) {
    rest += text.slice(at, s) + ' ';
    at = e;
  }
  rest += text.slice(at);
  // Only whether there are one or two words matters: stop counting there (blocks can be long).
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  let words = 0;
  while (words < 2 && word.exec(rest)) words++;
  if (kind === 'cell') return words >= 1 && !/^(n\/?a|none|nil|-)$/i.test(rest.trim());
  return words >= 2;
}
