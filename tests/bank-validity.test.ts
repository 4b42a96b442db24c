/** The paraphrase bank is well formed: ten passages per requirement, six met, two partial, two missing, each with a reason when partial. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../server/src/engine/index.js';
import { readBank } from './helpers/bank.js';

const bank = readBank(path.join(__dirname, '..'));

describe('paraphrase bank', () => {
  const ids = [...new Set(bank.map((p) => p.ruleId))];
  it('covers every arrangements requirement', () => {
    const catalogue = RULES.filter((r) => !r.meta.optIn && r.meta.appliesTo !== 'any' && r.meta.appliesTo.includes('arrangements')).map((r) => r.meta.id);
    expect(ids.sort()).toEqual(catalogue.sort());
  });
  it.each(ids)('%s: six met, two partial (each saying what is left out), two missing', (id) => {
    const ps = bank.filter((p) => p.ruleId === id);
    expect(ps.map((p) => p.verdict).sort()).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'missing', 'missing', 'partial', 'partial']);
    expect(ps.filter((p) => p.verdict === 'partial').every((p) => p.why)).toBe(true);
    expect(new Set(ps.map((p) => p.label)).size).toBe(10);
  });
});
