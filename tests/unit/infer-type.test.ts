/** Document type: declared, overridden, or inferred only when confident. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';

describe('document type', () => {
  it('reads the declared type, nested or top-level', () => {
    expect(lint('---\nsafeguarding:\n  type: threshold\n---\n# X\n').type).toBe('threshold');
    expect(lint('---\ntype: local-protocol\n---\n# X\n').type).toBe('local-protocol');
  });

  it('infers an annual report from its title and says so in an info finding on the title', () => {
    const r = lint('# Westmere Safeguarding Children Partnership Annual Report 2024/25\n\nThe partnership did things for children.\n');
    expect(r.type).toBe('yearly-report');
    const note = r.findings.find((f) => f.ruleId === 'document/type-inferred')!;
    expect(note.severity).toBe('info');
    expect(note.range.start.line).toBe(1);
    expect(note.message).toContain('the title "Westmere Safeguarding Children Partnership Annual Report 2024/25"');
  });

  it.each([
    ['# Levels of Need guidance\n\nFor practitioners working with children.\n', 'threshold'],
    ['# Continuum of need\n\nHow we help children and families.\n', 'threshold'],
    ['# Local assessment protocol\n\nHow children are assessed.\n', 'local-protocol'],
    ['# Multi-agency safeguarding arrangements\n\nThe safeguarding partners for children.\n', 'arrangements'],
  ])('infers %j as %s', (text, type) => {
    expect(lint(text).type).toBe(type);
  });

  it('skips an ordinary README', () => {
    const r = lint('# docs\n\nThis repository holds our website. Run `npm start`.\n\n## Contributing\n\nOpen a pull request.\n', { filePath: 'README.md' });
    expect(r.type).toBeUndefined();
    expect(r.skipped).toMatch(/README page/);
    expect(r.findings).toEqual([]);
  });

  it('the type option wins over the declared type', () => {
    expect(lint('---\ntype: threshold\n---\n# X\n', { type: 'arrangements' }).type).toBe('arrangements');
  });

  it('a type that could mean anything runs only the any-document rules and says so', () => {
    const r = lint('---\ntype: policy\n---\n# X\n\nThe CCG met.\n');
    expect(r.type).toBeUndefined();
    expect(r.findings.map((f) => f.ruleId)).toEqual(['frontmatter/unknown-type', 'terminology/ccg']);
  });

  it.each([
    ['annual-report', 'yearly-report'],
    ['masa', 'arrangements'],
    ['Threshold Document', 'threshold'],
    ['protocol', 'local-protocol'],
    ['arrangments', 'arrangements'],
  ])('a declared "%s" is checked as %s, with a finding that names the canonical value', (declared, type) => {
    const r = lint(`---\ntype: ${declared}\n---\n# Westmere Safeguarding Children Partnership\n\nWe keep children safe.\n`);
    expect(r.type).toBe(type);
    expect(r.typeDecision).toMatchObject({ source: 'front-matter', unknownValue: { value: declared } });
    const finding = r.findings.find((f) => f.ruleId === 'frontmatter/unknown-type')!;
    expect(finding.message).toContain(`checked as "${type}"`);
    expect(finding.fix?.kind === 'text' && finding.fix.edits[0]!.text).toBe(type);
    // The type's own rules ran: some requirement of that type is reported missing.
    expect(r.findings.some((f) => f.ruleId.startsWith(`${type}/`))).toBe(true);
  });

  it('a configured type wins over a declared alias', () => {
    expect(lint('---\ntype: masa\n---\n# X\n', { configuredType: 'threshold' }).type).toBe('threshold');
  });
});

describe('inference from file names, openings and subtitles', () => {
  it.each([
    ['arrangements.md', '# Stanham Safeguarding Children Partnership — Published Arrangements\n\n## Background\n\nHow partners keep children safe.\n', 'arrangements'],
    ['annual-report.md', 'Granholm Safeguarding Children Partnership\n===\n\n## Introduction\n\nThis report is made jointly by the safeguarding partners for children in Granholm. It covers the 12 months to 31 March 2024.\n', 'yearly-report'],
    ['yearly-report-2022-23.md', '# Silverford Safeguarding Children Partnership\n\nMessage from the partners\n===\n\nWe thank everyone who keeps children safe.\n', 'yearly-report'],
    ['Safeguarding Arrangements.md', '# Keeping Children Safe in Wrenwell\n\n## Why have we written this?\n\nEvery area must publish how partners for children work together.\n', 'arrangements'],
  ])('%s is a %s', (file, text, type) => {
    expect(lint(text, { filePath: `/docs/${file}` }).type).toBe(type);
  });

  it.each([
    ['minutes-2024-03.md', '# Executive meeting minutes, March 2024\n\n## Funding\n\nThe budget was agreed.\n\n## Governance\n\nThe terms of reference were reviewed.\n\n## Scrutiny\n\nThe scrutineer presented her report on children.\n'],
    ['escalation-policy.md', '# Resolving professional disagreements\n\n## Escalation\n\nPractitioners working with children should talk first.\n\n## Disputes\n\nThen a manager decides.\n'],
    ['CONTRIBUTING.md', '# Contributing\n\nOpen a pull request against the safeguarding partnership website.\n'],
  ])('%s is not a safeguarding document', (file, text) => {
    expect(lint(text, { filePath: `/docs/${file}` }).type).toBeUndefined();
  });
});
