/**
 * Done versus intended: a yearly report's "what we did" requirements are not met by plans,
 * and a list of completed work is not rejected for one plan in it. Several voices.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';
import { withoutIntentions } from '../../server/src/engine/text/intentions.js';

const report = (heading: string, body: string) =>
  `---\ntype: yearly-report\n---\n# Linbridge Safeguarding Children Partnership Annual Report 2024/25\n\n## ${heading}\n\n${body}\n`;

const feedback = (text: string) => {
  const r = lint(text);
  return { status: r.coverage.find((c) => c.ruleId === 'yearly-report/child-family-feedback')?.status, findings: r.findings.filter((f) => f.ruleId === 'yearly-report/child-family-feedback') };
};

describe('plans are not what was done', () => {
  it.each([
    ['Listening to children and families', 'We will run a survey of children in care next year and will use what they tell us to shape our priorities.'],
    ['Voice of the child', 'The partnership plans to set up a young people’s reference group. Its views will be used to change services.'],
    ['What children told us', 'In the coming year we are going to ask families about early help, and their answers will be used to improve it.'],
  ])('"%s" with only plans is not met, and the finding says so on its heading', (heading, body) => {
    const text = report(heading, body);
    const { status, findings } = feedback(text);
    expect(status).toBe('partial');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => /only plans|only says what will be done/.test(f.message))).toBe(true);
    expect(findings[0]!.range.start.line).toBe(text.split('\n').indexOf(`## ${heading}`) + 1);
  });

  it('completed work with one plan at the end is met', () => {
    const body =
      'We surveyed 412 children in care and held four youth council sessions. They told us their plans were written in jargon, so social workers now write plans with the child and in plain words. We will repeat the survey next year.';
    expect(feedback(report('Listening to children and families', body)).status).toBe('met');
  });
});

describe('withoutIntentions', () => {
  it('blanks only the plan sentences and keeps offsets', () => {
    const text = 'We trained 900 staff. We will train 1,000 next year. Attendance rose.';
    const out = withoutIntentions(text);
    expect(out).toHaveLength(text.length);
    expect(out).toContain('We trained 900 staff.');
    expect(out).toContain('Attendance rose.');
    expect(out).not.toContain('We will');
  });
});

describe('a wish or a question inside a sentence is not the partnership\'s plan', () => {
  it.each([
    'As a result, conferences now begin by asking the child how they want to take part.',
    'Young people decide where they would like to meet, and the panel now meets in the youth centre.',
    'Parents told us what they hope to get from early help, and the leaflet was rewritten.',
    'We asked practitioners whether they will use the new tool; 80% now use it.',
  ])('%j is kept as done', (sentence) => {
    expect(withoutIntentions(sentence)).toBe(sentence);
  });

  it.each(['They will be asked how they want to take part.', 'We will ask children how they want to take part.'])('%j is still a plan', (sentence) => {
    expect(withoutIntentions(sentence).trim()).toBe('');
  });
});
