/**
 * People named in running prose, in the many ways partnerships write them: the name in brackets
 * after the post, a bracketed post after the name, a delegation list with semicolons, "X has
 * delegated to Y", a chair named by a verb. Each case gives who the reader would say holds which
 * role for which agency; nobody else may be read into a role.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/engine/index.js';
import { peopleOf } from '../../server/src/engine/rules/arrangements/people-model.js';

const read = (body: string, heading = 'Leadership') => {
  const doc = parseDocument(`---\ntype: arrangements\n---\n# Ambleford Safeguarding Children Partnership\n\n## ${heading}\n\n${body}\n`);
  return peopleOf(doc)
    .all.filter((p) => p.name)
    .map((p) => `${p.role} ${p.agency ?? '?'} ${p.name}`)
    .sort();
};

describe('people in prose', () => {
  it('names in brackets after each post', () => {
    expect(read('The lead safeguarding partners are the Chief Executive of Ambleford Borough Council (Helen Marsters), the Chief Executive of the NHS Ambleford Integrated Care Board (Dr Ravi Shah) and the Chief Constable of Ambleshire Police (Mark Dunne).')).toEqual(
      ['lsp icb Ravi Shah', 'lsp local-authority Helen Marsters', 'lsp police Mark Dunne'],
    );
  });

  it('a bracketed post and agency after each name, the role given first', () => {
    expect(read('Our three lead safeguarding partners are Helen Marsters (Chief Executive, Ambleford Borough Council), Dr Ravi Shah (Chief Executive, NHS Ambleford ICB) and Mark Dunne (Chief Constable, Ambleshire Police).')).toEqual(
      ['lsp icb Ravi Shah', 'lsp local-authority Helen Marsters', 'lsp police Mark Dunne'],
    );
  });

  it('a bracketed post after each name, the role given last', () => {
    expect(read('Helen Marsters (Chief Executive, Ambleford Borough Council), Dr Ravi Shah (Chief Executive, NHS Ambleford ICB) and Mark Dunne (Chief Constable, Ambleshire Police) are our lead safeguarding partners.')).toEqual(
      ['lsp icb Ravi Shah', 'lsp local-authority Helen Marsters', 'lsp police Mark Dunne'],
    );
  });

  it('a delegation list with semicolons', () => {
    expect(read("Each lead partner has delegated their functions: the council to Owen Pickering, Director of Children's Services; the ICB to Jane Ross, Chief Nursing Officer; and the police to Detective Chief Superintendent Alan Price, Head of Public Protection.")).toEqual(
      ['dsp icb Jane Ross', 'dsp local-authority Owen Pickering', 'dsp police Alan Price'],
    );
  });

  it('delegated to a list of people with bracketed posts', () => {
    expect(read("They have delegated their day-to-day functions to Owen Pickering (Director of Children's Services, Ambleford Borough Council), Jane Ross (Chief Nursing Officer, NHS Ambleford ICB) and Detective Chief Superintendent Alan Price (Head of Public Protection, Ambleshire Police).", 'Who leads the partnership')).toEqual(
      ['dsp icb Jane Ross', 'dsp local-authority Owen Pickering', 'dsp police Alan Price'],
    );
  });

  it('one agency per sentence: the lead partner and the person they delegated to', () => {
    expect(
      read(
        "For the council, the lead safeguarding partner is the Chief Executive, Helen Marsters, who has delegated the role to Owen Pickering, Director of Children's Services. For health, Dr Ravi Shah, Chief Executive of NHS Ambleford ICB, is the lead partner and has delegated to Jane Ross, Chief Nursing Officer. For Ambleshire Police, Chief Constable Mark Dunne has delegated his functions to Detective Chief Superintendent Alan Price, Head of Public Protection.",
      ),
    ).toEqual(['dsp icb Jane Ross', 'dsp local-authority Owen Pickering', 'dsp police Alan Price', 'lsp icb Ravi Shah', 'lsp local-authority Helen Marsters', 'lsp police Mark Dunne']);
  });

  it('per-agency clauses after a colon', () => {
    expect(read("Our delegated safeguarding partners are: for the council, Owen Pickering (Director of Children's Services); for the ICB, Jane Ross (Chief Nursing Officer); for the police, Alan Price (Detective Chief Superintendent).")).toEqual(
      ['dsp icb Jane Ross', 'dsp local-authority Owen Pickering', 'dsp police Alan Price'],
    );
  });

  it('a chair named by a verb', () => {
    expect(read('Jane Ross, the ICB’s delegated safeguarding partner, chairs the partnership.')).toContain('chair icb Jane Ross');
    expect(read('Jane Ross chairs the partnership.', 'How we work together')).toEqual(['chair ? Jane Ross']);
  });

  it('someone who works with a role holder does not hold it', () => {
    expect(read("Helen Marsters, the council's Chief Executive, meets the independent scrutineer every quarter.", 'How we work together')).toEqual([]);
    expect(read("The ICB's Designated Nurse, Sara Lin, supports the delegated safeguarding partner.", 'How we work together')).toEqual([]);
    expect(read('The lead safeguarding partners appointed Dr Ian Moss as independent scrutineer in 2024.', 'How we work together')).toEqual(['scrutineer ? Ian Moss']);
  });
});

describe('the subject of a delegation is the lead partner', () => {
  it.each([
    ['Chief Constable Mark Dunne leads for Ambleshire Police and has delegated to Detective Chief Superintendent Alan Price.', ['dsp police Alan Price', 'lsp police Mark Dunne']],
    ['Mark Dunne, Chief Constable of Ambleshire Police, has delegated his functions to Alan Price, Head of Public Protection.', ['dsp police Alan Price', 'lsp police Mark Dunne']],
    ['Alan Price reports to the Chief Constable of Ambleshire Police, who has delegated to him.', []],
    ['Sara Lin supports the council, which has delegated its functions to Owen Pickering.', ['dsp local-authority Owen Pickering']],
  ])('%s', (sentence, expected) => {
    expect(read(sentence, 'How we work together')).toEqual(expected);
  });
});
