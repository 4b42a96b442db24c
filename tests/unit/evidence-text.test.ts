/**
 * What counts as evidence: a section whose body only defers (TBC, "[link to be added]", "see
 * Appendix C" with no Appendix C, "the split is TBC") or only quotes the guidance has not set the
 * item out, whatever the requirement and whichever voice; real content beside a deferral still counts.
 */
import { describe, expect, it } from 'vitest';
import { lint, type DocType } from '../../server/src/engine/index.js';
import { restatesHeading } from '../../server/src/engine/parse/evidence-text.js';

const FUNDING = 'The council contributes 50%, the ICB 30% and the police 20% of the £300,000 budget each year.';

function doc(type: DocType, heading: string, body: string, rest = ''): string {
  return `---\ntype: ${type}\n---\n# Westmere Safeguarding Children Partnership\n\n## ${heading}\n\n${body}\n${rest}`;
}

function status(text: string, ruleId: string): string | undefined {
  return lint(text).coverage.find((c) => c.ruleId === ruleId)?.status;
}

function finding(text: string, ruleId: string) {
  return lint(text).findings.find((f) => f.ruleId === ruleId);
}

describe('deferred bodies are not content', () => {
  it.each([
    ['TBC', 'Funding'],
    ['The funding split is TBC.', 'How we are funded'],
    ['[link to be added]', 'Money'],
    ['Funding: to be confirmed [details to follow].', 'Funding arrangements'],
    ['See Appendix C.', 'Funding'],
    ['Details of the budget are set out in Appendix 3.', 'Who pays for the partnership?'],
  ])('%j under "%s" leaves arrangements/funding unmet, reported on that heading', (body, heading) => {
    const text = doc('arrangements', heading, body);
    expect(status(text, 'arrangements/funding')).not.toBe('met');
    const f = finding(text, 'arrangements/funding')!;
    expect(f.message).toMatch(/^Missing: how the arrangements are funded/);
    expect(f.range.start.line).toBe(text.split('\n').indexOf(`## ${heading}`) + 1);
  });

  it('the same reference counts when the appendix is there', () => {
    const text = doc('arrangements', 'Funding', 'See Appendix C.', `\n## Appendix C: funding\n\n${FUNDING}\n`);
    expect(status(text, 'arrangements/funding')).toBe('met');
  });

  it('says that the section only refers to an appendix the document lacks', () => {
    const text = doc('arrangements', 'Funding', 'See Appendix C.');
    expect(finding(text, 'arrangements/funding')!.message).toContain('the section "Funding" only refers to Appendix C, which this document does not have');
    const empty = finding(doc('yearly-report', 'Our priorities', 'These are listed in Annex B.'), 'content/empty-section')!;
    expect(empty.message).toBe('The section "Our priorities" only refers to Annex B, which this document does not have: add it, link to it, or write the content here');
  });

  it('a linked appendix is a separate document, not a dead reference', () => {
    const text = doc('arrangements', 'Funding', 'See [Appendix C](appendix-c.md).');
    expect(lint(text).findings.filter((f) => f.ruleId === 'content/empty-section')).toEqual([]);
  });

  it('real content beside a deferral still counts', () => {
    expect(status(doc('arrangements', 'Funding', `${FUNDING} The share for 2026/27 is TBC.`), 'arrangements/funding')).toBe('met');
  });

  it('a yearly report section that is only a placeholder is missing, and the placeholder is reported on its line', () => {
    const text = doc('yearly-report', 'What children and families told us', "[insert summary of the young people's survey]");
    expect(status(text, 'yearly-report/child-family-feedback')).not.toBe('met');
    const p = finding(text, 'content/placeholder')!;
    expect(p.message).toBe(`Unfilled placeholder "[insert summary of the young people's survey]": replace it with the real content before publishing`);
    expect(p.range.start.line).toBe(text.split('\n').findIndex((l) => l.startsWith('[insert')) + 1);
  });
});

describe('quoted guidance is the guidance speaking', () => {
  const quote = '> "Safeguarding partners must set out their arrangements for independent scrutiny, including who will carry it out and how often" (Working Together 2023, paragraph 63)';

  it('a scrutiny section that only quotes the guidance does not meet the requirement', () => {
    const text = doc('arrangements', 'Independent scrutiny', quote);
    expect(status(text, 'arrangements/independent-scrutiny')).not.toBe('met');
  });

  it('the same section with the partnership’s own answer after the quote does', () => {
    const own = 'Our independent scrutineer, Dr Ruth Castellan, reviews the arrangements every year and reports to the lead safeguarding partners, who publish her findings.';
    expect(status(doc('arrangements', 'Independent scrutiny', `${quote}\n\n${own}`), 'arrangements/independent-scrutiny')).toBe('met');
  });

  it("a child's words in a block quote are the partnership's evidence, not guidance", () => {
    const body = 'We asked 640 young people about their schools and services through our annual survey, and the youth council presented the results to the executive, which changed the early help offer as a result.\n\n> "My social worker listened to me and things changed." (Sam, 14)';
    expect(status(doc('yearly-report', 'What children told us', body), 'yearly-report/child-family-feedback')).toBe('met');
  });
});

describe('a body that only restates its heading', () => {
  it.each([
    ['Independent scrutiny', 'We have independent scrutiny of our arrangements.', 'arrangements/independent-scrutiny'],
    ['Voice of the child', 'The voice of the child is important to us.', 'arrangements/voice-of-children'],
    ['Information sharing', 'Partners share information.', 'arrangements/information-sharing'],
  ])('"%s" / %j is not met', (heading, body, id) => {
    const text = doc('arrangements', heading, body);
    expect(status(text, id)).not.toBe('met');
    expect(finding(text, id)!.range.start.line).toBe(text.split('\n').indexOf(`## ${heading}`) + 1);
  });

  it('a short body that adds who and how often is content', () => {
    expect(restatesHeading('Independent scrutiny', 'Dr Ruth Castellan scrutinises the arrangements every year.')).toBe(false);
  });
});
