/** Inline suppression comments. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';

const head = '---\ntype: threshold\n---\n\n# Levels of need\n\n';
const ids = (text: string) => lint(head + text).findings.map((f) => `${f.ruleId}@${f.range.start.line}`);

describe('suppression comments', () => {
  it('next-line suppresses only the next non-blank line, for the named rule', () => {
    const found = ids('<!-- safeguarding-lint-disable-next-line terminology/lscb -- quoted from 2017 minutes -->\n\nThe LSCB agrees this.\n\nThe LSCB agrees that.\n');
    expect(found.filter((f) => f.startsWith('terminology/lscb'))).toEqual(['terminology/lscb@11']);
  });

  it('disable … enable covers a region', () => {
    const found = ids('<!-- safeguarding-lint-disable terminology/ccg -- appendix of old minutes -->\nThe CCG meets.\n\nThe CCG meets again.\n<!-- safeguarding-lint-enable terminology/ccg -->\n\nThe CCG meets once more.\n');
    expect(found.filter((f) => f.startsWith('terminology/ccg'))).toEqual(['terminology/ccg@13']);
  });

  it('disable-file covers the whole document', () => {
    const found = ids('The CCG met.\n\n<!-- safeguarding-lint-disable-file terminology/ccg -- archived document -->\n');
    expect(found.filter((f) => f.startsWith('terminology/ccg'))).toEqual([]);
  });

  it('a suppression without a reason is itself a warning', () => {
    const result = lint(head + '<!-- safeguarding-lint-disable-next-line terminology/ccg -->\nThe CCG met.\n');
    const f = result.findings.find((x) => x.ruleId === 'suppression/missing-reason')!;
    expect(f.severity).toBe('warning');
    expect(f.range.start.line).toBe(7);
    expect(f.message).toMatch(/has no reason/);
    expect(result.findings.some((x) => x.ruleId === 'terminology/ccg')).toBe(false);
  });

  it('an unused suppression, and one naming an unknown rule, are reported', () => {
    const result = lint(head + '<!-- safeguarding-lint-disable-next-line terminology/ccg -- old -->\nThe ICB met.\n\n<!-- safeguarding-lint-disable-next-line terminology/nope -- why -->\nText here.\n');
    const msgs = result.findings.filter((x) => x.ruleId === 'suppression/unused').map((f) => `${f.range.start.line}: ${f.message}`);
    expect(msgs).toEqual([
      '7: "safeguarding-lint-disable-next-line terminology/ccg" suppresses nothing: remove it',
      '10: "safeguarding-lint-disable-next-line" names an unknown rule "terminology/nope"',
    ]);
  });
});
