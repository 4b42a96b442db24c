/**
 * Texts about partnerships, or beside their documents, are skipped rather than inferred as one of
 * the four types: each kind in more than one voice, and each with a partnership document that
 * looks like it and must still be checked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';

const repo = path.join(__dirname, '..', '..');
const guidance = path.join(repo, '..', 'shared', 'reference', 'working-together-2023.md');

function skipReason(text: string, file = 'doc.md'): string | undefined {
  const r = lint(text, { filePath: `/docs/${file}` });
  expect(r.findings, 'a skipped document has no findings').toEqual([]);
  return r.skipped;
}

describe('the statutory guidance', () => {
  it('is skipped by its title, with no findings', () => {
    const r = lint(readFileSync(guidance, 'utf8'), { filePath: guidance });
    expect(r.type).toBeUndefined();
    expect(r.skipped).toContain('statutory guidance');
    expect(r.findings).toEqual([]);
  });

  it('is skipped by how it speaks even when its title is cut off', () => {
    const text = readFileSync(guidance, 'utf8').replace(/^#[^\n]*Working Together[^\n]*$/gim, '');
    expect(skipReason(text, 'wt.md')).toMatch(/speaks as guidance does/);
  });

  it('a partnership quoting the guidance while saying "we" is still checked', () => {
    const text = [
      '# Millbrook Safeguarding Children Partnership: our arrangements',
      '',
      'This guidance note explains our arrangements. We follow this guidance closely.',
      ...Array.from({ length: 40 }, (_, i) => `Safeguarding partners must do thing ${i}, and we do it through our executive and our sub-groups, which we review each year.`),
    ].join('\n');
    expect(lint(text, { filePath: '/docs/arrangements.md' }).type).toBe('arrangements');
  });
});

describe('newsletters and briefings', () => {
  it.each([
    ['# Practitioner Newsletter: Spring 2025\n\n## Our new arrangements\n\nThe safeguarding partners have published new arrangements for children.\n'],
    ['# 7-minute briefing: Child T\n\n## Background\n\nA local child safeguarding practice review.\n'],
    ['# Briefing for councillors: what Working Together 2023 changed\n\nSafeguarding partners must publish arrangements.\n'],
    ['# Safeguarding Bulletin — Issue 14\n\nNews for everyone who works with children in Eastmoor.\n'],
  ])('%j is skipped', (text) => {
    expect(skipReason(text)).toMatch(/newsletter's or briefing's/);
  });
});

describe('press releases', () => {
  it.each([
    ['**Eastmoor Council · News**\n\n# PRESS RELEASE\n\n**For immediate release: 3 October 2025**\n\n## Safeguarding partnership publishes its yearly report\n\nThe lead safeguarding partners said the report shows progress.\n'],
    ['# News release: fewer children on protection plans, says partnership report\n\nThe Chief Constable said: "We are proud of this work."\n'],
    ['Embargoed until 00:01, Tuesday 4 March 2025\n\n# Partners publish new safeguarding arrangements\n\nThe council, the ICB and the police have agreed new arrangements.\n'],
    ['# Partners publish new safeguarding arrangements\n\nThe council, the ICB and the police have agreed new arrangements, the Director of Children\'s Services said today.\n\n## Notes to editors\n\n1. The arrangements are on the partnership\'s website.\n'],
  ])('%j is skipped', (text) => {
    expect(skipReason(text)).toMatch(/press release/);
  });

  it('a yearly report that mentions its press release is still checked', () => {
    const text = [
      '# Eastmoor Safeguarding Children Partnership: Yearly Report 2024-25',
      '',
      '## Introduction',
      '',
      'This is our yearly report. We published a press release with the headline figures, and we shared the report with every school.',
      ...Array.from({ length: 20 }, (_, i) => `We worked on priority ${i} with our partners, and we can show the difference it made for children in the year.`),
    ].join('\n');
    expect(lint(text, { filePath: '/docs/yearly-report.md' }).type).toBe('yearly-report');
  });
});

describe('meeting papers', () => {
  it.each([
    ['# Minutes of the Safeguarding Partners Executive, 12 March 2025\n\n## Funding\n\nThe budget for children was agreed.\n'],
    ['# Keeping children safe in Eastmoor\n\n## Present\n\nA. Jones (ICB), B. Smith (police).\n\n## Apologies\n\nC. Brown.\n\n## Matters arising\n\nThe arrangements were agreed.\n'],
    ['Eastmoor County Council\n\nChildren and Young People Scrutiny Committee\n\nReport to members, 4 June 2025\n\n# Safeguarding Children Partnership Annual Report 2024/25\n\n## Recommendations\n\nThat the committee notes the annual report.\n'],
    ['# Agenda\n\n1. Welcome\n2. The partnership annual report\n3. Any other business\n'],
  ])('%j is skipped', (text) => {
    expect(skipReason(text)).toMatch(/meeting's|council committee/);
  });

  /** A yearly report's body in the partnership's voice, long enough to judge how it speaks. */
  const ownReport = Array.from({ length: 12 }, (_, i) =>
    `## Priority ${i + 1}\n\nWe set out to improve how our partners share information about neglect. We trained 120 practitioners and our audit found that plans improved in 14 of 20 cases. We will keep this priority next year because our data shows more to do, and our young people told us what to change.\n`,
  ).join('\n');

  it.each([
    ['**Report to:** Children and Young People Scrutiny Committee\n\n**Report of:** The Partnership Chair, Eastmoor Safeguarding Children Partnership\n\n# Eastmoor Safeguarding Children Partnership Yearly Report 2024-25\n\n## Recommendations\n\nThat the committee notes the report.\n\n'],
    ['| | |\n|---|---|\n| Meeting | Health and Wellbeing Board |\n| Report author | Partnership Business Manager, Eastmoor Safeguarding Children Partnership |\n\n# Annual report of the Eastmoor safeguarding partners 2024/25\n\nMembers are asked to note the report.\n\n'],
    ['Cabinet Committee, 3 July 2025. Agenda item 6.\n\nPresented by – the lead safeguarding partners for Eastmoor\n\n# Our yearly report 2024 to 2025\n\n'],
  ])('a committee paper written by the partnership, in its own voice, is checked: %j', (head) => {
    const r = lint(head + ownReport, { filePath: '/docs/committee-paper.md' });
    expect(r.skipped).toBeUndefined();
    expect(r.type).toBe('yearly-report');
  });

  it('a committee paper by a council officer about the partnership is skipped, even when it quotes the report', () => {
    const head = '**Report to:** Children and Young People Scrutiny Committee\n\n**Report of:** Executive Director of Children\'s Services\n\n# Eastmoor Safeguarding Children Partnership Yearly Report 2024-25\n\nThat the committee notes the report. Extracts follow.\n\n';
    expect(skipReason(head + ownReport)).toMatch(/council committee/);
  });

  it('a short cover paper from the partnership chair that only presents the report is skipped', () => {
    const text = '**Report to:** Children and Young People Scrutiny Committee\n\n**Report of:** Partnership Chair\n\n# Eastmoor Safeguarding Children Partnership Annual Report 2024/25\n\n## Recommendations\n\nThat the committee notes the annual report, attached.\n';
    expect(skipReason(text)).toMatch(/council committee/);
  });

  it('a yearly report with an "Actions" and an "Attendance at training" heading is still checked', () => {
    const text = '# Eastmoor Safeguarding Children Partnership Annual Report 2024/25\n\n## Attendance at training\n\n412 people came.\n\n## Actions for next year\n\nWe will review neglect.\n';
    expect(lint(text, { filePath: '/docs/annual-report.md' }).type).toBe('yearly-report');
  });
});

describe('repository pages', () => {
  it('a docs repository README is skipped even when its title sounds like arrangements', () => {
    const text = '# Eastmoor safeguarding arrangements\n\nThe documents in this repository:\n\n- [Arrangements](arrangements.md)\n- [Threshold document](threshold.md)\n';
    expect(skipReason(text, 'README.md')).toMatch(/README page/);
  });

  it('an index page that links to the documents is skipped; one that is the document is checked', () => {
    const links = '# Multi-agency safeguarding arrangements\n\n- [Arrangements](arrangements.md)\n- [Yearly report](yearly-report.pdf)\n- [Threshold](threshold.md)\n';
    expect(skipReason(links, 'index.md')).toMatch(/index page, linking to 3 documents/);
    const page = '# Multi-agency safeguarding arrangements\n\nThe safeguarding partners for children in Eastmoor are the council, the ICB and the police.\n';
    expect(lint(page, { filePath: '/site/arrangements/index.md' }).type).toBe('arrangements');
  });

  it("every one of this project's rule pages is skipped", () => {
    const pages = fg.sync('docs/rules/**/*.md', { cwd: repo, absolute: true });
    expect(pages.length).toBeGreaterThan(40);
    const linted = pages.filter((p) => lint(readFileSync(p, 'utf8'), { filePath: p }).type !== undefined);
    expect(linted.map((p) => path.relative(repo, p))).toEqual([]);
  });
});

describe('opting out and declaring', () => {
  it('safeguarding: false in front matter skips the document and is not an error', () => {
    const r = lint('---\nsafeguarding: false\n---\n# Multi-agency safeguarding arrangements\n\nThe CCG leads.\n');
    expect(r.skipped).toContain('opts out');
    expect(r.findings).toEqual([]);
  });

  it('a declared type wins over every skip signal', () => {
    const r = lint('---\ntype: yearly-report\n---\n# Minutes and annual report\n\n## Present\n\nA.\n\n## Apologies\n\nB.\n', { filePath: '/docs/README.md' });
    expect(r.type).toBe('yearly-report');
  });
});
