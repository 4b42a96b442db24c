/**
 * Inferring which of the four types a document is from its title, file name, opening and
 * headings. Inference must be confident: a docs repository's ordinary Markdown (policies,
 * notes) must not be taken for a safeguarding document.
 */
import type { DocumentModel } from '../parse/model.js';
import type { DocType } from '../types.js';
import type { TypeDecision } from './decision.js';

/** Signals per type. Title and file name are strong; headings add up. */
const SIGNALS: Record<DocType, { strong: RegExp[]; file: RegExp; intro: RegExp; headings: RegExp[] }> = {
  arrangements: {
    strong: [
      /\b(multi[- ]?agency )?safeguarding (children )?arrangements\b/i,
      /\bpartnership arrangements\b/i,
      /\bmulti[- ]agency safeguarding arrangements\b/i,
      /\barrangements\b.*\bsafeguard/i,
      /\bsafeguard.*\b(?:published|local|our|the) arrangements\b/i,
    ],
    file: /\barrangements\b|\bmasa\b/i,
    intro: /\b(?:this document|these pages|this page) (?:explains|sets out|describes|publishes) (?:the |our )?(?:local )?(?:multi-agency )?safeguarding arrangements\b|\bthese (?:published )?(?:multi-agency )?(?:safeguarding )?arrangements (?:set out|explain|describe)\b/i,
    headings: [
      /\bindependent scrutiny\b|\bscrutiny\b/i,
      /\brelevant agencies\b/i,
      /\b(lead|delegated|statutory|safeguarding) (safeguarding )?partners\b|\bwho leads\b|\bleadership\b/i,
      /\bfunding\b|\bbudget\b|financial contributions|\bfunded\b/i,
      /\bgeograph|\bour area\b|\bboundar/i,
      /\bpartnership chair\b|\bgovernance\b|\bstructure\b/i,
      /\binformation sharing\b|\bsharing information\b/i,
      /\bescalat|\bdisputes?\b|\bresolving professional\b/i,
    ],
  },
  'yearly-report': {
    strong: [/\b(annual|yearly) report\b/i, /\breport (for|of) (the )?(year|20\d\d)/i, /\bannual[- ]report\b/i, /\byearly[- ]report\b/i],
    file: /\b(?:annual|yearly)\b.*\breport\b|\breport\b.*\b20\d\d\b/i,
    intro: /\bthis (?:annual |yearly )?report (?:is|sets out|describes|covers|looks back|tells|reports|summarises)\b|\bin the (?:12|twelve) months to\b|\bparagraphs 106 to 109\b/i,
    headings: [/\bour year\b|\bthe year in\b|\bthis year\b/i, /\bwhat we (have )?(did|done|achieved)\b/i, /\beffectiveness\b/i, /\bpriorities for (next year|20\d\d)/i, /\blearning from (reviews|practice reviews)\b/i],
  },
  threshold: {
    file: /\bthresholds?\b|\blevels?\W+of\W+need\b|\bcontinuum\b|\bwindscreen\b/i,
    intro: /\bthis (?:threshold|levels of need|continuum of need) (?:document|guidance)\b|\bthis guidance (?:describes|sets out) (?:the )?(?:levels|thresholds)\b/i,
    strong: [/\bthresholds?\b/i, /\blevels? of need\b/i, /\bcontinuum of need\b/i, /\bwindscreen\b/i, /\bthreshold document\b/i, /\bmeeting (children'?s )?needs\b.*\bguidance\b/i],
    headings: [/\blevel [1-4]\b/i, /\buniversal\b/i, /\btargeted\b|\bearly help\b/i, /\bspecialist\b|\bstatutory\b/i, /\bsection 47\b|\bs\.?\s?47\b/i, /\bsection 17\b|\bs\.?\s?17\b/i],
  },
  'local-protocol': {
    file: /\bprotocol\b/i,
    intro: /\bthis (?:local )?(?:assessment )?protocol (?:sets out|describes|explains)\b/i,
    strong: [/\b(local )?(assessment )?protocol\b.*\bassess/i, /\bassessment protocol\b/i, /\blocal protocol\b/i, /\bprotocol for assessment\b/i, /\bhow we assess\b/i],
    headings: [/\blead practitioner\b/i, /\bcase (management|audits?)\b/i, /\bcomplaints?\b/i, /\bspecific groups\b|\bchildren with specific needs\b/i, /\bassessment\b/i],
  },
};

const SAFEGUARDING_CONTEXT = /\bsafeguard|\bL?SCPs?\b|\bchildren\b|\bchild protection\b|\bpartnership\b|\bchildren'?s (social care|services)\b/i;

export function inferType(doc: DocumentModel): TypeDecision {
  // The title, and the subtitle many documents put under a heading that is only the partnership's
  // name ("# Harbourside Safeguarding Children Partnership" / "## Our arrangements – a summary").
  const title = [frontMatterTitle(doc), ...titleHeadings(doc)].filter(Boolean).join(' — ');
  const fileName = doc.filePath ? (doc.filePath.split(/[\\/]/).pop() ?? '').replace(/\.(md|markdown)$/i, '').replace(/[-_]+/g, ' ') : '';
  const headings = doc.sections.map((s) => s.heading);
  // The opening prose, where a document usually says what it is ("This report covers…").
  const intro = doc.blocks
    .filter((b) => b.kind === 'paragraph')
    .slice(0, 8)
    .map((b) => b.text.value)
    .join(' ');
  let best: { type: DocType; score: number; reason: string } | undefined;
  for (const type of Object.keys(SIGNALS) as DocType[]) {
    const sig = SIGNALS[type];
    let score = 0;
    const reasons: string[] = [];
    if (title && sig.strong.some((p) => p.test(title))) {
      score += 3;
      reasons.push(`the title "${title}"`);
    }
    if (fileName && sig.strong.some((p) => p.test(fileName))) {
      score += 3;
      reasons.push(`the file name "${fileName}"`);
    } else if (fileName && sig.file.test(fileName)) {
      score += 2;
      reasons.push(`the file name "${fileName}"`);
    }
    if (sig.intro.test(intro)) {
      score += 2;
      reasons.push('how its introduction describes it');
    }
    const headingHits = sig.headings.filter((p) => headings.some((h) => p.test(h))).length;
    if (headingHits >= 2) {
      score += Math.min(headingHits, 4) * 0.75;
      reasons.push(`${headingHits} of its headings`);
    }
    if (!best || score > best.score) best = { type, score, reason: reasons.join(', ') };
  }
  // Confident only with a strong signal, or many headings, in a document about children's safeguarding.
  const aboutSafeguarding = SAFEGUARDING_CONTEXT.test(title) || SAFEGUARDING_CONTEXT.test(doc.text.slice(0, 5000));
  if (best && best.score >= 3 && aboutSafeguarding) return { type: best.type, source: 'inferred', reason: best.reason };
  return { type: undefined, source: undefined };
}

/** The first heading and any other heading within the document's first dozen lines. */
function titleHeadings(doc: DocumentModel): string[] {
  const first = doc.sections[0];
  if (!first) return [];
  const limit = first.headingRange.start.line + 12;
  return doc.sections.filter((s, i) => i < 3 && (i === 0 || s.headingRange.start.line <= limit)).map((s) => s.heading);
}

function frontMatterTitle(doc: DocumentModel): string | undefined {
  const data = doc.frontMatter?.data as Record<string, unknown> | undefined;
  const t = data?.title ?? (data?.safeguarding as Record<string, unknown> | undefined)?.title;
  return typeof t === 'string' ? t : undefined;
}
