/**
 * The guidance's own words, by paragraph number, for docs and hovers.
 * Source: Working Together to Safeguard Children 2023 (HM Government), Open Government Licence v3.0;
 * extracted by scripts/extract-guidance.mjs.
 */
import data from './wt2023-paragraphs.json';

export const GUIDANCE_EDITION: string = data.edition;
export const GUIDANCE_LICENCE: string = data.licence;
const PARAGRAPHS = data.paragraphs as Record<string, string>;

/** Expands "65–67" / "65-67" / "57 fn 21" into paragraph numbers. */
export function expandParagraphRefs(refs: readonly string[]): string[] {
  const out: string[] = [];
  for (const ref of refs) {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(ref.trim());
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(String(n));
      continue;
    }
    const single = /^(\d+)/.exec(ref.trim());
    if (single) out.push(single[1]!);
  }
  return [...new Set(out)];
}

/** The text of paragraph `n`, or undefined. */
export function paragraph(n: string): string | undefined {
  return PARAGRAPHS[n];
}

/** Quotes for a rule's paragraphs, in the order given. */
export function quotes(refs: readonly string[]): Array<{ paragraph: string; text: string }> {
  return expandParagraphRefs(refs)
    .map((p) => ({ paragraph: p, text: PARAGRAPHS[p] }))
    .filter((q): q is { paragraph: string; text: string } => typeof q.text === 'string');
}
