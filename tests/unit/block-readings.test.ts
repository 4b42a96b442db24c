/**
 * Readings the parse stage gives each block, for every rule to share: run-in headings, items of a
 * list of plans, and a body that only defers ("To follow.").
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/engine/parse/parse.js';

const blocksOf = (text: string) => parseDocument(text).blocks.filter((b) => b.kind === 'paragraph');

describe('run-in headings', () => {
  it.each([
    ['**Hearing children.** Our Young Safeguarders met every month.', 'Hearing children'],
    ['**Neglect**: we introduced one tool across services.', 'Neglect'],
    ['**What we did with it:** the leaflets were rewritten.', 'What we did with it'],
    ['__Training.__ 1,200 people came to our courses.', 'Training'],
  ])('%s', (text, lead) => {
    expect(blocksOf(`# Report\n\n${text}\n`)[0]!.runIn).toBe(lead);
  });

  it.each([
    ['bold in the middle', 'We met **every month**. Then more.'],
    ['a bold sentence that goes on without a stop', '**Police now share reports** with schools the same day.'],
    ['a bold paragraph on its own', '**Everything in this paragraph is bold.**'],
    ['a long bold sentence', '**This is a whole sentence in bold that runs well past eight words.** Then the rest.'],
  ])('not for %s', (_, text) => {
    expect(blocksOf(`# Report\n\n${text}\n`)[0]!.runIn).toBeUndefined();
  });
});

describe('lists of plans', () => {
  const planned = (text: string) => blocksOf(text).filter((b) => b.inList).map((b) => Boolean(b.planned));

  it.each([
    ['Our priorities for 2025-26 are:'],
    ['I recommend that the safeguarding partners:'],
    ['Next year we will:'],
    ['Looking ahead, the Executive has agreed to:'],
  ])('items after "%s" are plans', (lead) => {
    expect(planned(`# Report\n\n${lead}\n\n1. agree how education is represented at strategic level;\n2. publish the review.\n`)).toEqual([true, true]);
  });

  it.each([['In 2024-25 the partners:'], ['The Executive agreed to:'], ['Our priorities this year were:']])('items after "%s" are not', (lead) => {
    expect(planned(`# Report\n\n${lead}\n\n- published the neglect strategy;\n- held three rapid reviews.\n`)).toEqual([false, false]);
  });

  it('a forward-looking paragraph that does not end in a colon does not make the next list plans', () => {
    expect(planned('# Report\n\nOur priorities for 2025-26 are set out below, with the evidence for each.\n\n- published the strategy\n')).toEqual([false]);
  });
});

describe('bodies that only defer', () => {
  const ph = (text: string) => parseDocument(text).blocks.flatMap((b) => b.placeholders.map((p) => [p.text, Boolean(p.wholeBlock)]));

  it.each([['To follow.'], ['Details to follow'], ['Coming soon!'], ['To be added.'], ['Content to follow.']])('"%s" alone is a placeholder', (body) => {
    expect(ph(`# Arrangements\n\n## Appendix C\n\n${body}\n`)).toEqual([[body, true]]);
  });

  it('in a table cell too', () => {
    expect(ph('# A\n\n| Partner | £ |\n|---|---|\n| ICB | To follow |\n')).toEqual([['To follow', true]]);
  });

  it.each([['The action plan is expected to follow in May.'], ['More to come on this in next year\'s report, once the audit is done.'], ['To follow the procedure, call the Front Door.']])('not in prose: "%s"', (body) => {
    expect(ph(`# A\n\n${body}\n`)).toEqual([]);
  });
});
