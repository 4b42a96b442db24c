/**
 * Old terms told as history, in the many ways partnerships tell it, are not findings; the same terms
 * used for today's arrangements are. Each sentence sits in an ordinary current section of an
 * arrangements document, so the sentence alone has to carry the history.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';

const TERMS = /^terminology\//;
const termFindings = (sentence: string) =>
  lint(`---\ntype: arrangements\n---\n\n# Oakridge Safeguarding Children Partnership\n\n## How we work together\n\n${sentence}\n`).findings.filter((f) => TERMS.test(f.ruleId));

const HISTORY = [
  'In 2019 the Oakridge LSCB handed over to the new partnership.',
  'Our LSCB closed in September 2019.',
  'The CCG merged into the ICB in July 2022.',
  'Until the ICB was created, the CCG was our health partner.',
  'When the partnership began, the three CCGs each sent a Chief Nurse.',
  'Under the old model, an independent chair led the Board.',
  'The independent chair role ended when the new arrangements started.',
  'We no longer have an independent chair.',
  'Margaret Wynne was our independent chair from 2016 to 2024.',
  'The partnership was previously chaired by an independent chair.',
  'The former Local Safeguarding Children Board set the first priorities.',
  'We thank our outgoing independent chair, who stepped down in March.',
  'These arrangements replace those we published under Working Together 2018.',
  'Our 2019 arrangements followed Working Together 2018.',
  'Since the CCG was abolished in 2022, the ICB has funded a third of the budget.',
  'In those days the LSCB met quarterly.',
  'At that time, the independent chair also carried out scrutiny.',
  'Our old arrangements, written for Working Together 2018, are archived on the website.',
  'Public Health England, as it then was, supplied the data for the 2019 needs assessment.',
  'The last independent chair left the post in 2024.',
  'This is the first year without an independent chair.',
  'The old LSCB subgroups were merged into four groups.',
];

const CURRENT = [
  'The CCG pays a third of the partnership budget.',
  'The partnership is led by our independent chair.',
  'Our LSCB meets four times a year.',
  'These arrangements follow Working Together 2018.',
  'Public Health England provides our child death data.',
  'Each year the independent chair reports to the statutory partners.',
  'The CCG will fund the designated doctor from April.',
  'The independent chair, Ann Ellis, chairs the Executive.',
  'The partnership is chaired by our independent chair, who was appointed in 2023.',
  'Our independent chair, Ann Ellis, who joined in 2022, leads the Executive.',
  'Referrals are made to the LSCB business unit.',
  'We follow Working Together 2018 and the local procedures.',
  'Designated Nurse, Oakridge CCG',
];

describe('old terms told as history are not findings', () => {
  it.each(HISTORY)('%s', (sentence) => expect(termFindings(sentence).map((f) => f.message)).toEqual([]));
});

describe('old terms used for today are findings', () => {
  it.each(CURRENT)('%s', (sentence) => expect(termFindings(sentence).length).toBeGreaterThan(0));
});
