/**
 * Which of the four document types a document is, and why: `--type`, else front matter, else
 * configuration, else inference. A document that opts out (`safeguarding: false`) or that is
 * about partnerships rather than by one (the guidance, minutes, a README…) gets no type and a
 * reason, which `--verbose` prints.
 */
import type { DocumentModel } from '../parse/model.js';
import { isDocType, type DocType, type Range } from '../types.js';
import { canonicalType } from './aliases.js';
import { inferType } from './infer.js';
import type { TypeDecision } from './decision.js';
import { whyNotAPartnershipDocument } from './not-by-a-partnership.js';

export type { TypeDecision, TypeSource } from './decision.js';

export function decideType(doc: DocumentModel, override?: DocType, configured?: DocType): TypeDecision {
  if (override) return { type: override, source: 'option' };
  if (optsOut(doc)) return { type: undefined, source: undefined, skipReason: 'its front matter opts out (safeguarding: false)' };
  const declared = declaredType(doc);
  if (declared) {
    if (isDocType(declared.value)) return { type: declared.value, source: 'front-matter' };
    if (configured) return { type: configured, source: 'config', unknownValue: declared };
    const meant = canonicalType(declared.value);
    if (meant) return { type: meant, source: 'front-matter', reason: `the declared type "${declared.value}", read as ${meant}`, unknownValue: declared };
    return { type: undefined, source: undefined, unknownValue: declared };
  }
  if (configured) return { type: configured, source: 'config' };
  const notOurs = whyNotAPartnershipDocument(doc);
  if (notOurs) return { type: undefined, source: undefined, skipReason: `not a partnership's own safeguarding document: ${notOurs}` };
  return inferType(doc);
}

/** `safeguarding: false` in front matter: the author says this is not a document to check. */
export function optsOut(doc: DocumentModel): boolean {
  const data = doc.frontMatter?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  return (data as Record<string, unknown>).safeguarding === false;
}

/** The `type` declared in front matter (top level or under `safeguarding:`). */
export function declaredType(doc: DocumentModel): { value: string; range: Range | undefined } | undefined {
  const data = doc.frontMatter?.data;
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  const nested = record.safeguarding;
  if (nested && typeof nested === 'object' && 'type' in nested) {
    const value = (nested as Record<string, unknown>).type;
    return { value: String(value), range: doc.frontMatter?.rangeOf(['safeguarding', 'type']) };
  }
  if ('type' in record && record.type !== undefined && record.type !== null) {
    return { value: String(record.type), range: doc.frontMatter?.rangeOf(['type']) };
  }
  return undefined;
}
