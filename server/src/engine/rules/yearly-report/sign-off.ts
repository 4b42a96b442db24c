/**
 * ¶102: the yearly report is contributed to and signed off by all the lead safeguarding
 * partners, and links to the published arrangements. Two findings, one per part.
 */
import type { DocumentModel, Link } from '../../parse/model.js';
import type { Range } from '../../types.js';
import { findPlaceholders } from '../../parse/placeholders.js';
import { defineRule, type RuleContext } from '../rule.js';
import { AGENCIES, DELEGATE_POST, LSP_POST, mentionsAgency } from '../shared/agencies.js';
import { normalizeHeading } from '../shared/requirement.js';
import { sentenceAt } from '../shared/terms.js';
import { allUnits, anchorByPreference, blockSpan, type Unit } from './evidence.js';

const SIGN = /\bsigned(?:[- ]off)?\b|\bsign(?:s|ing)?[- ]off\b|\bapprov(?:ed|al)\b|\bagreed\b|\bendorsed\b|\bratified\b|\bauthori[sz]ed\b/i;
const LSP = /\blead safeguarding partners?\b|\bLSPs?\b/;
const THE_REPORT = /\b(?:this|the|our) (?:yearly |annual )?report\b|\bsigned (?:it )?off\b|\bapproved by\b/i;
const SIGN_OFF_HEADING = /\bsign(?:ed)?[- ]?off\b|\bsignatures?\b|\bsignator(?:y|ies)\b|\bapprov(?:al|ed)\b|\bendorse\w*|\bforeword\b|\bdocument control\b/i;
/** "signed off by the leaders of the council, the ICB and the police": the heads of all three agencies, as a group. */
const HEADS_OF = /\b(?:leaders?|heads?|chief officers?|most senior officers?)\s+(?:of|from)\b/i;
/** A letter's close ("Yours sincerely,", "Signed:"): what follows it is a signature. */
const VALEDICTION = /^[\s*_]*(?:yours (?:sincerely|faithfully|truly)|with (?:best|kind|warm) (?:wishes|regards)|signed(?: by)?\s*:?[*_]*\s*$|signed:)/i;
const DELEGATES = /\bdelegated (?:safeguarding )?partners?\b|\bDSPs?\b/;
const NEAR = [/\bsign(?:ed)?[- ]?off\b|\bapprov(?:al|ed)\b|\bsignatures?\b|\bsignator(?:y|ies)\b/i, /\bforeword\b|\bintroduction\b/i];

const ARRANGEMENTS_LINK = /arrangement/i;
const ARRANGEMENTS_MENTION = /\b(?:published|our|the|partnership'?s?|safeguarding|multi-agency|current|local) (?:multi-agency )?(?:safeguarding )?arrangements\b/i;
const WHERE_TO_FIND = /\bavailable\b|\bread\b|\bwebsite\b|\bonline\b|\bfound (?:at|on)\b|\bsee\b|\blinks?\b|\bwww\.|https?:\/\//i;

interface SignStatement {
  unit: Unit;
  range: Range;
  byLsps: boolean;
  /** The sentence is about approving this report (not "the Executive agreed the budget" in a foreword). */
  aboutReport: boolean;
}

function signStatements(ctx: RuleContext): SignStatement[] {
  const out: SignStatement[] = [];
  for (const u of allUnits(ctx.doc)) {
    if (!SIGN.test(u.text)) continue;
    const inSignOff = SIGN_OFF_HEADING.test(normalizeHeading(u.section.heading));
    if (!inSignOff && !THE_REPORT.test(u.text)) continue;
    let range = u.range;
    if (u.block) {
      const [s, e] = sentenceAt(u.text, u.text.search(SIGN));
      range = blockSpan(ctx.doc, u.block, s, e);
    }
    const byHeads = HEADS_OF.test(u.text) && AGENCIES.every((a) => mentionsAgency(u.text, a));
    out.push({ unit: u, range, byLsps: (LSP.test(u.text) || byHeads) && !/\bnot\b/i.test(u.text), aboutReport: THE_REPORT.test(u.text) });
  }
  return out;
}

/** Agencies whose head (council or ICB chief executive, Chief Constable) is named on one of these lines. */
function lspSignatories(lines: string[]): Set<string> {
  const found = new Set<string>();
  for (const line of lines) {
    if (DELEGATE_POST.test(line)) continue;
    for (const a of AGENCIES) if (mentionsAgency(line, a) && LSP_POST[a].test(line)) found.add(a);
  }
  return found;
}

/**
 * True when one section names the heads of all three agencies as signatories: in a sign-off
 * section (tables included), or as signature lines in any section's prose (a governance table
 * listing the LSPs is not a signature).
 */
function signedByHeads(doc: DocumentModel, statements: SignStatement[]): boolean {
  for (const s of doc.sections) {
    const lines = s.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.text.value.split('\n'));
    const signOff = SIGN_OFF_HEADING.test(normalizeHeading(s.heading)) || statements.some((st) => st.unit.section === s) || lines.some((l) => VALEDICTION.test(l));
    if (signOff) {
      for (const t of s.tables) {
        for (const r of t.rows) lines.push(r.texts.join(' | '));
        // A signature block laid out side by side: a name row, a post row, an agency row.
        const width = t.rows.reduce((w, r) => Math.max(w, r.texts.length), 0);
        for (let c = 0; c < width; c++) lines.push(t.rows.map((r) => r.texts[c] ?? '').join(' | '));
      }
    }
    if (lspSignatories(lines).size === AGENCIES.length) return true;
  }
  return false;
}

const usable = (l: Link): boolean => l.url.trim() !== '' && l.url !== '#' && !findPlaceholders(l.url).length;

function hasArrangementsLink(doc: DocumentModel): boolean {
  const data = doc.frontMatter?.data as Record<string, unknown> | undefined;
  const links = ((data?.safeguarding as Record<string, unknown> | undefined)?.links ?? data?.links) as Record<string, unknown> | undefined;
  if (links && typeof links.arrangements === 'string' && links.arrangements.trim() && !findPlaceholders(links.arrangements).length) return true;
  if (doc.links.some((l) => usable(l) && (ARRANGEMENTS_LINK.test(l.url) || ARRANGEMENTS_LINK.test(l.text)))) return true;
  // "Our arrangements are on [our website](https://…/about-us)": a deliberate link (not a bare
  // address, not the site's home page) in the sentence that names the arrangements.
  for (const u of allUnits(doc)) {
    if (!u.block) continue;
    const m = ARRANGEMENTS_MENTION.exec(u.text);
    if (!m) continue;
    const [s, e] = sentenceAt(u.text, m.index);
    const span = blockSpan(doc, u.block, s, e);
    const deliberate = doc.links.some(
      (l) =>
        usable(l) &&
        l.range.start.offset >= span.start.offset &&
        l.range.end.offset <= span.end.offset &&
        l.text.trim() !== l.url.trim() &&
        !/^(?:https?:\/\/)?(?:www\.)?[^/]+\/?$/i.test(l.url.trim()),
    );
    if (deliberate) return true;
  }
  return false;
}

export const signOff = defineRule(
  {
    id: 'yearly-report/sign-off',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['102'],
    citation: 'WT2023 ¶102',
    title: 'Contributed to and signed off by all the lead safeguarding partners, with a link to the published arrangements',
    description:
      'Looks for a statement that the report was signed off, approved or agreed by the lead safeguarding partners ("signed off by the three lead safeguarding partners", "signed off by the leaders of the council, the ICB and the police", an "Approved by: Lead Safeguarding Partners" row), or signature lines in one section naming the heads of all three agencies (council and ICB chief executives, Chief Constable); a governance table listing the LSPs is not a signature. A report approved only by an executive, a board, an independent chair or the delegated partners is reported at that sentence. Separately, the report must link to the published arrangements: a Markdown link whose text or address mentions the arrangements, a deliberate link (not a bare address or the home page) in the sentence that names them, or `links.arrangements` in the front matter; a website address or "[insert link]" is not a link to them.',
    example:
      '## Sign-off\n\nThis report was contributed to and signed off by the three lead safeguarding partners on 19 September 2025. Read it with [our published arrangements](https://www.westmere.gov.uk/safeguarding/arrangements).',
    deep: true,
  },
  (ctx) => {
    const gaps: Array<{ message: string; range: Range }> = [];
    // 1. Signed off by all LSPs.
    const statements = signStatements(ctx);
    const byLsps = statements.find((s) => s.byLsps);
    if (!byLsps && !signedByHeads(ctx.doc, statements)) {
      const other = statements.find((s) => s.aboutReport);
      const signOffLines = statements.flatMap((s) => s.unit.section.ownText.split('\n'));
      const delegated = statements.some((s) => DELEGATES.test(s.unit.text)) || signOffLines.some((l) => DELEGATE_POST.test(l));
      const why = delegated ? ': it is signed off by the delegated safeguarding partners, not the LSPs' : other ? ': the approval stated here is not by the LSPs' : '';
      gaps.push({
        message: `Missing: contribution to and sign-off of the report by all the lead safeguarding partners (the heads of the local authority, the ICB and the police)${why}`,
        range: other?.range ?? anchorByPreference(ctx, NEAR).headingRange,
      });
    }
    // 2. A link to the published arrangements.
    if (!hasArrangementsLink(ctx.doc)) {
      let at: Range | undefined;
      for (const u of allUnits(ctx.doc)) {
        if (!u.block) continue;
        // Where the link belongs, so the block's own words: a sentence ending "[insert link]" is no evidence, but it is the place.
        const text = u.block.text.value;
        const m = ARRANGEMENTS_MENTION.exec(text);
        if (!m) continue;
        const [s, e] = sentenceAt(text, m.index);
        if (!WHERE_TO_FIND.test(text.slice(s, e))) continue;
        at = blockSpan(ctx.doc, u.block, s, e);
        break;
      }
      gaps.push({ message: 'Missing: a link to the published arrangements (the arrangements and the yearly report should link to each other)', range: at ?? anchorByPreference(ctx, NEAR).headingRange });
    }
    if (!gaps.length) {
      ctx.cover('met', byLsps?.range);
      return;
    }
    ctx.cover(gaps.length === 2 && !statements.length ? 'missing' : 'partial', gaps[0]!.range, gaps.map((g) => g.message.replace(/^Missing: /, '')).join('; '));
    for (const g of gaps) ctx.report(g);
  },
);
