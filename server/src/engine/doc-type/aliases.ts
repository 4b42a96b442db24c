/**
 * Ways partnerships write the four document types in front matter ("masa", "annual-report",
 * "threshold-document"…), mapped to the canonical type. A declared alias is linted as the type
 * it plainly means (and `frontmatter/unknown-type` offers the canonical spelling), because
 * checking nothing at all would hide every gap in the document.
 */
import { DOC_TYPES, type DocType } from '../types.js';
import { editDistance, nearest } from '../text/nearest.js';

/** Normalised spelling (lower case, words joined by "-") → canonical type. */
const TYPE_ALIASES: Readonly<Record<string, DocType>> = {
  'annual-report': 'yearly-report',
  annual: 'yearly-report',
  yearly: 'yearly-report',
  report: 'yearly-report',
  'annual-safeguarding-report': 'yearly-report',
  'safeguarding-annual-report': 'yearly-report',
  'partnership-annual-report': 'yearly-report',
  'yearly-safeguarding-report': 'yearly-report',
  thresholds: 'threshold',
  'threshold-document': 'threshold',
  'threshold-guidance': 'threshold',
  'thresholds-document': 'threshold',
  'levels-of-need': 'threshold',
  'continuum-of-need': 'threshold',
  protocol: 'local-protocol',
  'assessment-protocol': 'local-protocol',
  'local-assessment-protocol': 'local-protocol',
  'protocol-for-assessment': 'local-protocol',
  arrangement: 'arrangements',
  masa: 'arrangements',
  'safeguarding-arrangements': 'arrangements',
  'multi-agency-safeguarding-arrangements': 'arrangements',
  'local-safeguarding-arrangements': 'arrangements',
  'published-arrangements': 'arrangements',
};

function normalise(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

/**
 * The canonical type a declared value unambiguously means: an alias, or a typing slip of one of
 * the four names (at most two letters off). `undefined` when the value could mean anything.
 */
export function canonicalType(value: string): DocType | undefined {
  const key = normalise(value);
  if ((DOC_TYPES as readonly string[]).includes(key)) return key as DocType;
  const alias = TYPE_ALIASES[key];
  if (alias) return alias;
  const close = DOC_TYPES.filter((t) => editDistance(key, t) <= 2);
  return close.length === 1 ? close[0] : undefined;
}

/** A suggestion for a value that is not unambiguous: the nearest name, more loosely. */
export function suggestType(value: string): DocType | undefined {
  return canonicalType(value) ?? (nearest(normalise(value), DOC_TYPES, 6) as DocType | undefined);
}
