/** The place a partnership serves, from how it names itself, in several documents' styles. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/engine/parse/parse.js';
import { areaNames } from '../../server/src/engine/read/area.js';

const names = (text: string) => areaNames(parseDocument(text));

describe('areaNames', () => {
  it('reads the place before the partnership name, in prose, titles and front matter', () => {
    expect(names('# Brackwater Safeguarding Children Partnership\n\nWe work together.\n')).toEqual(['Brackwater']);
    expect(names('The Ostley SCP brings together the council, the ICB and the police.\n')).toEqual(['Ostley']);
    expect(names('---\nsafeguarding:\n  type: yearly-report\n  partnership: Marlow Fen Safeguarding Children Partnership\n---\n\n# Report\n')).toEqual(['Marlow Fen']);
    expect(names("Northwick and Dale Children's Safeguarding Partnership publishes this report.\n")).toEqual(['Northwick and Dale']);
  });

  it('reads a cover page in capitals as a name', () => {
    expect(names('**HARROWMERE SAFEGUARDING CHILDREN PARTNERSHIP**\n\n**YEARLY REPORT 2023/24**\n')).toEqual(['Harrowmere']);
  });

  it('does not run a name across lines or take an opening word for the place', () => {
    expect(names('Rachel Dunmore\nPartnership Chair\n\nHarrowmere SCP Yearly Report | 3\n')).toEqual(['Harrowmere']);
    expect(names('Welcome to the partnership. Our Safeguarding Children Partnership is new.\n')).toEqual([]);
  });
});
