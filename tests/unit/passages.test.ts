/**
 * History read as history: outdated terms in a history section, a version-history table, the
 * former column of an old-versus-new table or a quotation are not findings; the same term used
 * as current, beside them, still is. Several document voices.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';

const terms = (text: string) =>
  lint(text)
    .findings.filter((f) => f.ruleId.startsWith('terminology/'))
    .map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${text.slice(f.range.start.offset, f.range.end.offset)}`);

const head = '---\ntype: arrangements\n---\n# Westcastle Safeguarding Children Partnership\n\n';
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('history sections', () => {
  it.each([
    ['What has changed since 2019'],
    ['Our journey'],
    ['How the arrangements have changed'],
    ['History of the partnership'],
    ['2. Our story so far'],
    ['Looking back: how we got here'],
  ])('nothing fires under "%s", though its sentences have no past-tense marker of their own', (heading) => {
    const text = `${head}## ${heading}\n\nThe LSCB met quarterly under an independent chair. Its members included the CCG, and it followed Working Together 2018.\n`;
    expect(terms(text)).toEqual([]);
  });

  it('a sentence in a history section that says it is about now still fires', () => {
    const text = `${head}## What has changed\n\nThe LSCB met quarterly. The CCG still funds the business unit.\n`;
    const line = lineOf(text, 'still funds');
    expect(terms(text)).toEqual([`${line}:${text.split('\n')[line - 1]!.indexOf('CCG still') + 1} terminology/ccg CCG`]);
  });

  it('the section after the history section is current again', () => {
    const text = `${head}## Background to the changes\n\nThe LSCB met quarterly.\n\n## Governance\n\nThe CCG designated nurse attends the executive.\n`;
    expect(terms(text)).toEqual([`${lineOf(text, 'designated nurse')}:5 terminology/ccg CCG`]);
  });
});

describe('the titles of history sections', () => {
  it('a history section\'s own heading, and its entry in the contents list, are history; a current heading is not', () => {
    const text = `${head}## Contents\n\n1. Welcome\n2. Our story so far: from the LSCB to one council\n3. How our LSCB subgroups work\n\n## 1. Welcome\n\nWe are glad you are reading this.\n\n## 2. Our story so far: from the LSCB to one council\n\nThe board met quarterly until 2019.\n\n## 3. How our LSCB subgroups work\n\nFive subgroups report to the executive.\n`;
    const current = lineOf(text, '## 3. How our LSCB');
    const found = terms(text);
    expect(found).toContain(`${current}:${'## 3. How our '.length + 1} terminology/lscb LSCB`);
    expect(found.filter((f) => f.startsWith(`${lineOf(text, 'Our story so far')}:`) || f.startsWith(`${lineOf(text, '## 2. Our story')}:`))).toEqual([]);
  });
});

describe('tables about the past', () => {
  it('a version-history table is history', () => {
    const text = `${head}## Document control\n\n| Version | Date | Change |\n|---|---|---|\n| 1.2 | June 2021 | Updated CCG contacts |\n| 2.0 | May 2024 | Rewritten for WT2023 |\n\n## Partners\n\nThe partners are the council, the ICB and the police.\n`;
    expect(terms(text)).toEqual([]);
  });

  it('the former column of an old-versus-new table is history; the new column is not', () => {
    const text = `${head}## Old and new\n\n| | Former arrangements | Arrangements from April 2024 |\n|---|---|---|\n| Health partner | Westcastle CCG | Westcastle CCG designated nurse |\n| Leadership | Independent chair | Partnership chair |\n`;
    const line = lineOf(text, 'Health partner');
    expect(terms(text)).toEqual([`${line}:${text.split('\n')[line - 1]!.lastIndexOf('CCG') + 1} terminology/ccg CCG`]);
  });

  it('a funding table with a column per year is not a history table', () => {
    const text = `${head}## Funding\n\n| Partner | 2023/24 | 2024/25 |\n|---|---|---|\n| CCG | £40,000 | £42,000 |\n`;
    expect(terms(text)).toEqual([`${lineOf(text, '| CCG')}:3 terminology/ccg CCG`]);
  });
});

describe('quotations', () => {
  it('a quotation of the old guidance is not the document citing it', () => {
    const text = `${head}## Our duties\n\n> "The LSCB should publish an annual report" (Working Together 2018)\n\nThe partners publish a yearly report each September.\n`;
    expect(terms(text)).toEqual([]);
  });
});

describe('people in history', () => {
  it('an independent chair in a history section is not the current chair', () => {
    const text = `${head}## Partners\n\nThe lead safeguarding partners are the council, the ICB and the police.\n\n## History\n\nJohn Aldous was the Independent Chair of the LSCB and then of the partnership.\n\n## Chair\n\nThe partnership chair is Claire Oduya, the council's Director of Children's Services and its delegated safeguarding partner.\n`;
    const r = lint(text);
    expect(r.findings.filter((f) => f.ruleId === 'terminology/independent-chair' || f.ruleId === 'arrangements/partnership-chair').map((f) => f.message)).toEqual([]);
  });
});
