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
    expect(r.skipped).toMatch(/no safeguarding document type/);
    expect(r.findings).toEqual([]);
  });

  it('the type option wins over the declared type', () => {
    expect(lint('---\ntype: threshold\n---\n# X\n', { type: 'arrangements' }).type).toBe('arrangements');
  });

  it('an unknown declared type runs the any-document rules and says so', () => {
    const r = lint('---\ntype: annual-report\n---\n# X\n\nThe CCG met.\n');
    expect(r.type).toBeUndefined();
    expect(r.findings.map((f) => f.ruleId)).toEqual(['frontmatter/unknown-type', 'terminology/ccg']);
  });
});
