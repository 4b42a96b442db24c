/** The fuzz property, shared by the fixed-seed test (npm test) and the long run (npm run fuzz). */
import fc from 'fast-check';
import { caseArbitrary, fixCaseArbitrary, type Case, type Scale } from './arbitraries.js';
import { checkFixes } from './fix-safety.js';
import { checkDocument, type Violation } from './invariants.js';

export function fuzzProperty(scale: Scale, onCase?: (c: Case, v: Violation | undefined) => void, onStart?: (c: Case) => void): fc.IPropertyWithHooks<[Case]> {
  return fc.property(caseArbitrary(scale), (c) => {
    onStart?.(c);
    const v = checkDocument(c.text);
    onCase?.(c, v);
    if (v) throw new Error(`${v.kind}: ${v.message}`);
  });
}

/** What tests/fuzz/found/<name>.json holds: a minimised reproducer, replayed by found.test.ts. */
export interface FoundCase {
  kind: Violation['kind'] | 'fix';
  message: string;
  seed: string;
  mutations: string[];
  /** JSON keeps lone surrogates and NUL bytes exactly, which a .md file could not. */
  text: string;
}

/** The fix-safety property (fix-safety.ts) over realistic documents with outdated terms put in. */
export function fixProperty(scale: Scale, onCase?: (c: Case, v: string | undefined) => void, onStart?: (c: Case) => void): fc.IPropertyWithHooks<[Case]> {
  return fc.property(fixCaseArbitrary(scale), (c) => {
    onStart?.(c);
    const v = checkFixes(c.text);
    onCase?.(c, v);
    if (v) throw new Error(`fix: ${v}`);
  });
}
