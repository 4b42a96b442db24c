/**
 * Headings written as a reader's question or in plain words name the same requirement as the
 * guidance's nouns. Each case takes the rule's own documented passing example and gives it
 * another heading: the requirement must still be met, and with a heading about something else
 * it must not be (so the heading, not the body alone, is what is being tested where it matters).
 */
import { describe, expect, it } from 'vitest';
import { lint, META_BY_ID } from '../../server/src/engine/index.js';

const CASES: Array<[string, string]> = [
  ['yearly-report/activity', 'What have we been doing?'],
  ['yearly-report/activity', 'What we got done'],
  ['yearly-report/effectiveness', 'Are children in Saltmere safer?'],
  ['yearly-report/effectiveness', 'How do we know we are doing a good job?'],
  ['yearly-report/scrutiny-themes', 'Who checks on us?'],
  ['yearly-report/scrutiny-themes', 'What did our independent scrutineer find?'],
  ['yearly-report/scrutiny-impact', 'Who keeps an eye on us?'],
  ['yearly-report/little-progress', 'Where have we not done so well?'],
  ['yearly-report/little-progress', 'What do we still need to do better?'],
  ['yearly-report/serious-incident-learning', 'What did we learn when things went wrong?'],
  ['yearly-report/serious-incident-learning', 'When a child is seriously harmed'],
  ['yearly-report/key-decisions', 'What did the partners decide?'],
  ['yearly-report/data-and-information-sharing', 'How well do we share information?'],
  ['yearly-report/national-reforms', "What's changing nationally?"],
  ['yearly-report/partner-contributions', 'What did each partner do?'],
  ['yearly-report/funding-breakdown', 'Who paid for the partnership?'],
  // Contractions, straight and curly, read as their words written out.
  ['yearly-report/serious-incident-learning', "What we've learnt from reviews"],
  ['yearly-report/effectiveness', 'How do we know we’re making a difference?'],
  ['yearly-report/little-progress', "Where we haven't made progress"],
];

function withHeading(example: string, heading: string): string {
  return example.replace(/^##+ .*$/m, `## ${heading}`);
}

function statusOf(id: string, body: string): string | undefined {
  const text = `---\ntype: yearly-report\nreporting_period: 2024/25\n---\n# Saltmere Safeguarding Children Partnership Annual Report 2024/25\n\n${body}\n`;
  return lint(text).coverage.find((c) => c.ruleId === id)?.status;
}

describe('question and plain-English headings', () => {
  it.each(CASES)('%s: "%s"', (id, heading) => {
    const example = META_BY_ID.get(id)!.example!;
    expect(example, 'the rule has a documented example with a heading').toMatch(/^##+ /m);
    expect(statusOf(id, example), 'the documented example passes as written').toBe('met');
    expect(statusOf(id, withHeading(example, heading))).toBe('met');
  });
});
