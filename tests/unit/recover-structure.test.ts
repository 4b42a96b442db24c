/**
 * Structure recovery: documents converted from PDF or Word have the sections a reader sees, in
 * several converters' styles, and ordinary Markdown keeps its own structure.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/engine/parse/parse.js';
import { lint } from '../../server/src/engine/index.js';

const outline = (text: string) => parseDocument(text).sections.map((s) => `${s.level} ${s.heading}`);
const prose = (text: string) => parseDocument(text).blocks.filter((b) => b.kind !== 'heading').map((b) => b.text.value);

const PDF_BOLD = `**Harrowmere Safeguarding Children Partnership**

**Multi-agency safeguarding arrangements 2024**

**Contents**

1. Introduction ........................ 3
2. Our partners ........................ 4
3. Independent scrutiny ................ 7

Harrowmere Safeguarding Children Partnership – Arrangements 2024

**1 Introduction**

These arrangements set out how the partners work
together to keep children safe in Harrowmere.

Page 3 of 17

Harrowmere Safeguarding Children Partnership – Arrangements 2024

**2 Our partners**

The lead safeguarding partners are the council, the ICB and the police.

**2.1 Delegated partners**

Each partner has delegated its functions to a senior officer.

Page 4 of 17

Harrowmere Safeguarding Children Partnership – Arrangements 2024

**3 Independent scrutiny**

An independent scrutineer reviews the arrangements each year.
`;

describe('documents converted from PDF', () => {
  it('the opening bold lines are the title; bold numbered lines become headings nested by their numbering', () => {
    expect(outline(PDF_BOLD)).toEqual([
      '1 Harrowmere Safeguarding Children Partnership — Multi-agency safeguarding arrangements 2024',
      '2 Contents',
      '2 1 Introduction',
      '2 2 Our partners',
      '3 2.1 Delegated partners',
      '2 3 Independent scrutiny',
    ]);
  });

  it('the contents page, page numbers and running headers are not content', () => {
    const text = prose(PDF_BOLD).join('\n');
    expect(text).not.toMatch(/\.{5}|Page 3 of 17|– Arrangements 2024/);
    expect(text).toContain('the partners work');
  });

  it('keeps positions: a recovered heading is on its source line', () => {
    const scrutiny = parseDocument(PDF_BOLD).sections.find((s) => s.heading === '3 Independent scrutiny')!;
    expect(scrutiny.headingRange.start.line).toBe(PDF_BOLD.split('\n').indexOf('**3 Independent scrutiny**') + 1);
  });

  it('a converted document is recognised and its sections are read', () => {
    const r = lint(PDF_BOLD, { filePath: '/docs/harrowmere.md' });
    expect(r.type).toBe('arrangements');
    expect(r.coverage.find((c) => c.ruleId === 'arrangements/independent-scrutiny')?.status).toBe('met');
  });
});

describe('documents exported from Word', () => {
  it('plain numbered lines and one-item numbered lists become headings', () => {
    const text = `# Cattonby Safeguarding Children Partnership Annual Report 2024/25

1. Introduction

This report covers April 2024 to March 2025.

2 Our priorities

We chose three priorities.

2.1 Neglect

Neglect remains our first priority.

3. Learning from reviews

We published two reviews.
`;
    expect(outline(text)).toEqual([
      '1 Cattonby Safeguarding Children Partnership Annual Report 2024/25',
      '2 Introduction',
      '2 2 Our priorities',
      '3 2.1 Neglect',
      '2 Learning from reviews',
    ]);
  });

  it('numbered sentences, years and figures are not headings', () => {
    const text = `# Report

2024 was a busy year for us

12 Children were seen by the panel

3. The partners meet every quarter, and the executive meets monthly.
`;
    expect(outline(text)).toEqual(['1 Report']);
  });
});

describe('ordinary Markdown keeps its structure', () => {
  it('bold lead-in lines stay prose in a document with headings', () => {
    const text = `# Westmere arrangements

## Partners

**Who they are**

The council, the ICB and the police.

## Scrutiny

**How often**

Every year.

## Funding

**Contributions**

Shared equally.
`;
    expect(outline(text)).toEqual(['1 Westmere arrangements', '2 Partners', '2 Scrutiny', '2 Funding']);
    expect(prose(text)).toContain('Who they are');
  });

  it('a numbered list of several items stays a list', () => {
    const text = '# Levels of need\n\n1. Universal\n2. Early help\n3. Targeted\n4. Specialist\n';
    expect(outline(text)).toEqual(['1 Levels of need']);
  });

  it('two stacked title lines are one title, not an empty section', () => {
    const text = '# Westmere Safeguarding Children Partnership\n\n# Annual Report 2024/25\n\n## Introduction\n\nThis report covers April 2024 to March 2025.\n';
    const doc = parseDocument(text);
    expect(doc.sections.map((s) => s.heading)).toEqual(['Westmere Safeguarding Children Partnership — Annual Report 2024/25', 'Introduction']);
    expect(doc.title?.headingRange.end.line).toBe(3);
    expect(lint(text).findings.filter((f) => f.ruleId === 'content/empty-section')).toEqual([]);
  });

  it('a level-1 heading after real content is a new section', () => {
    const text = '# Part one\n\nSome text.\n\n# Part two\n\nMore text.\n';
    expect(outline(text)).toEqual(['1 Part one', '1 Part two']);
  });

  it('a contents list of in-page links is neither evidence nor an empty section', () => {
    const text = '# Our safeguarding arrangements\n\n## Contents\n\n1. [Background](#background)\n2. [Independent scrutiny](#scrutiny)\n\n## Background\n\nThe partnership began in 2019.\n';
    const r = lint(text, { type: 'arrangements' });
    expect(r.findings.filter((f) => f.ruleId === 'content/empty-section')).toEqual([]);
    expect(prose(text).join(' ')).not.toContain('Independent scrutiny');
  });

  it('a table flattened into one bullet per cell is read as a table again', () => {
    const text = [
      '**3 Our lead and delegated partners**',
      '',
      '- Agency',
      '- Lead safeguarding partner',
      '- Delegated safeguarding partner',
      '- Harrowmere Council',
      '- Mark Davies, Chief Executive',
      '- Priya Shah, Director of Children’s Services',
      '- NHS Harrowmere ICB',
      '- Helen Ward, Chief Executive',
      '- Tom Reid, Chief Nursing Officer',
      '- Harrowmere Police',
      '- Sarah Bell, Chief Constable',
      '- Gary Lunn, Assistant Chief Constable',
      '',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.header.texts).toEqual(['Agency', 'Lead safeguarding partner', 'Delegated safeguarding partner']);
    expect(doc.tables[0]!.rows.map((r) => r.texts[0])).toEqual(['Harrowmere Council', 'NHS Harrowmere ICB', 'Harrowmere Police']);
    expect(doc.tables[0]!.rows[2]!.range.start.line).toBe(12);
  });

  it('an ordinary list of agencies stays a list', () => {
    const text = '# Relevant agencies\n\n- Schools\n- Colleges\n- Probation\n- Youth justice\n- Housing\n- Voluntary sector\n';
    expect(parseDocument(text).tables).toEqual([]);
  });

  it('a strapline above the cover title is cover text: the bold lines under it are still the title', () => {
    const glossy = "Keeping Harrowmere's children safe\n\n**HARROWMERE SAFEGUARDING CHILDREN PARTNERSHIP**\n\n**YEARLY REPORT 2023/24**\n\nTogether for every child\n\n**Welcome**\n\nWelcome to our report for April 2023 to March 2024.\n\n**Our money**\n\nThe partners gave £253,000.\n";
    expect(outline(glossy)).toEqual(['1 HARROWMERE SAFEGUARDING CHILDREN PARTNERSHIP — YEARLY REPORT 2023/24', '2 Welcome', '2 Our money']);
    const word = 'Draft for consultation\n\n**Northwick Multi-Agency Safeguarding Arrangements**\n\n**1 Introduction**\n\nThese arrangements start in December 2024.\n';
    expect(outline(word)).toEqual(['1 Northwick Multi-Agency Safeguarding Arrangements', '2 1 Introduction']);
  });

  it('a sentence before the bold lines is content: they are sections, not the title', () => {
    const text = '# Yearly report\n\nThis is our report for 2024/25.\n\n**Welcome**\n\nWe are glad you are reading it.\n\n**Our money**\n\nThe partners gave £253,000.\n';
    expect(outline(text)).toEqual(['1 Yearly report', '2 Welcome', '2 Our money']);
    const untitled = 'We have written this report for everyone who works with children.\n\n**Welcome**\n\nWe are glad you are reading it.\n\n**Our money**\n\nThe partners gave £253,000.\n';
    expect(outline(untitled)).toEqual(['2 Welcome', '2 Our money']);
  });

  it('running footers that carry the page number are page furniture, in several styles', () => {
    const pages = (footer: (n: number) => string) =>
      [2, 3, 4].map((n) => `**Our work in area ${n}**\n\nSome text on page ${n} about children.\n\n${footer(n)}\n`).join('\n');
    for (const footer of [(n: number) => `Harrowmere SCP Yearly Report 2023/24 | ${n}`, (n: number) => `${n} | Fenshire Safeguarding Children Partnership`, (n: number) => `Ostley arrangements – Page ${n}`, (n: number) => `Annual Report 2024 – ${n} of 12`]) {
      const text = pages(footer);
      expect(prose(text), footer(2)).toEqual(['Some text on page 2 about children.', 'Some text on page 3 about children.', 'Some text on page 4 about children.']);
    }
  });

  it('a line that repeats with different figures is not a running footer', () => {
    const text = '**Our year**\n\nChildren on a plan | 388\n\nText.\n\nChildren on a plan | 431\n\nMore text.\n\nChildren on a plan | 402\n';
    expect(prose(text)).toContain('Children on a plan | 388');
  });
});

describe('run-in question headings', () => {
  it('an emphasised question opening a paragraph is a heading one level down, its answer the body', () => {
    const text = '# Report\n\n## Neglect\n\n*What did we do?* We trained 300 staff in the neglect toolkit.\n\n**What difference did it make?** Plans lasting over a year fell from 24 to 15.\n';
    expect(outline(text)).toEqual(['1 Report', '2 Neglect', '3 What did we do?', '3 What difference did it make?']);
    expect(prose(text)).toEqual(['We trained 300 staff in the neglect toolkit.', 'Plans lasting over a year fell from 24 to 15.']);
    // Ranges stay on the source: the heading is the emphasised question.
    const doc = parseDocument(text);
    const s = doc.sections.find((x) => x.heading === 'What did we do?')!;
    expect(text.slice(s.headingRange.start.offset, s.headingRange.end.offset)).toBe('*What did we do?*');
  });

  it('emphasis that is not a question, or a question with no answer after it, stays prose', () => {
    const text = '# Report\n\n*Important:* every referral is seen within a day.\n\n*Is this working?*\n\nWe think so.\n\n*Why does it matter?* Yes.\n';
    expect(outline(text)).toEqual(['1 Report']);
  });
});
