/**
 * Metadata of the findings the engine itself produces (not from the catalogue): the inferred
 * type note and problems with inline suppressions. Listed so they can be configured,
 * suppressed and documented like any rule.
 */
import type { RuleMeta } from '../types.js';

export const houseRules: RuleMeta[] = [
  {
    id: 'document/type-inferred',
    level: 'info',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'safeguarding-lint',
    title: 'The document type was inferred, not declared',
    description:
      'The document declares no `type` in its front matter, so its type was inferred from its title, file name and headings. Declare it (`safeguarding: { type: … }`) or set it per folder in the configuration to be sure the right requirements are checked.',
    example: '---\nsafeguarding:\n  type: arrangements\n---\n# Westmere Safeguarding Children Partnership: our arrangements',
  },
  {
    id: 'suppression/missing-reason',
    level: 'warning',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'safeguarding-lint',
    title: 'An inline suppression gives no reason',
    description: 'Every `<!-- safeguarding-lint-disable… -->` comment must say why after ` -- `, so a reviewer can judge it.',
    example: '<!-- safeguarding-lint-disable-next-line terminology/lscb -- quoted from the 2017 minutes -->',
  },
  {
    id: 'suppression/unused',
    level: 'warning',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'safeguarding-lint',
    title: 'An inline suppression suppresses nothing',
    description: 'A suppression comment that names an unknown rule, or that no finding falls under, is stale: remove it.',
    // The suppressed line must be one the rule reports: a historical sentence ("the CCG was
    // replaced…") is not, so suppressing it would itself be unused.
    example: '<!-- safeguarding-lint-disable-next-line terminology/ccg -- the agreement\'s title as signed -->\nThe "Westmere CCG Information Sharing Agreement" still governs what we share.',
  },
];
