/** The document model: sections, content detection, tables, positions, front matter. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/engine/parse/parse.js';

const doc = `---
safeguarding:
  type: arrangements
---

# Westmere arrangements

Intro paragraph with real words.

## 1. Governance

### Executive

The executive meets quarterly.

## Funding

| Partner | £ |
|---|---|
| Westmere Council | £120,000 |
| ICB | £xxx |

## Voice of the child

## Training

TBC

<!-- a comment is not content -->
`;

describe('parseDocument', () => {
  const model = parseDocument(doc, 'arrangements.md');
  const byHeading = (h: string) => model.sections.find((s) => s.heading === h)!;

  it('builds the heading tree with levels and parents', () => {
    expect(model.sections.map((s) => [s.level, s.heading])).toEqual([
      [1, 'Westmere arrangements'],
      [2, '1. Governance'],
      [3, 'Executive'],
      [2, 'Funding'],
      [2, 'Voice of the child'],
      [2, 'Training'],
    ]);
    expect(byHeading('Executive').parent).toBe(byHeading('1. Governance'));
    expect(model.title).toBe(byHeading('Westmere arrangements'));
  });

  it('tells content from empty and placeholder-only bodies', () => {
    expect(byHeading('1. Governance').hasContent).toBe(true); // through its subsection
    expect(byHeading('1. Governance').hasOwnContent).toBe(false);
    expect(byHeading('Funding').hasContent).toBe(true);
    expect(byHeading('Voice of the child').hasContent).toBe(false);
    expect(byHeading('Training').hasContent).toBe(false); // only "TBC"
  });

  it('reads tables as rows of cells and finds placeholders in cells', () => {
    const table = byHeading('Funding').tables[0]!;
    expect(table.header.texts).toEqual(['Partner', '£']);
    expect(table.rows.map((r) => r.texts)).toEqual([
      ['Westmere Council', '£120,000'],
      ['ICB', '£xxx'],
    ]);
    const cell = table.rows[1]!.cells[1]!.block;
    expect(cell.placeholders.map((p) => p.text)).toEqual(['£xxx']);
    expect(cell.substantive).toBe(false);
  });

  it('gives 1-based positions that point at the source text', () => {
    const h = byHeading('Funding').headingRange;
    expect(doc.slice(h.start.offset, h.end.offset)).toBe('## Funding');
    expect(h.start.line).toBe(16);
    expect(h.start.column).toBe(1);
  });

  it('keeps HTML comments out of the text and lists them', () => {
    expect(model.comments.map((c) => c.body)).toEqual(['a comment is not content']);
    expect(model.blocks.some((b) => b.text.value.includes('comment'))).toBe(false);
  });

  it('parses front matter and locates keys', () => {
    expect(model.frontMatter?.data).toEqual({ safeguarding: { type: 'arrangements' } });
    const r = model.frontMatter!.rangeOf(['safeguarding', 'type'])!;
    expect(doc.slice(r.start.offset, r.end.offset)).toBe('type');
    expect([r.start.line, r.start.column]).toEqual([3, 3]);
  });
});

describe('positions survive CRLF, a BOM and inline markup', () => {
  it('maps plain text back to the source across emphasis and CRLF', () => {
    const src = '\uFEFF# Title\r\n\r\nThe *Clinical* Commissioning Group pays.\r\n';
    const model = parseDocument(src);
    const block = model.blocks.find((b) => b.kind === 'paragraph')!;
    expect(block.text.value).toBe('The Clinical Commissioning Group pays.');
    const i = block.text.value.indexOf('Commissioning');
    const start = block.text.sourceOffset(i);
    // Offsets are into the text without its BOM.
    expect(model.text.slice(start, start + 'Commissioning'.length)).toBe('Commissioning');
    expect(model.pointAt(start)).toEqual({ line: 3, column: 16, offset: start });
  });

  it('reports an unclosed front matter fence', () => {
    const model = parseDocument('---\ntype: threshold\n\n# Levels of need\n');
    expect(model.frontMatter?.errors[0]?.message).toMatch(/never closed/);
  });

  it('keeps the YAML error position', () => {
    const model = parseDocument('---\ntype: threshold\narea: [Westmere\n---\n# T\n');
    const e = model.frontMatter!.errors[0]!;
    expect(e.range.start.line).toBeGreaterThanOrEqual(3);
    expect(e.message.length).toBeGreaterThan(5);
  });

  it('handles an empty document', () => {
    const model = parseDocument('');
    expect(model.sections).toEqual([]);
    expect(model.root.hasContent).toBe(false);
  });
});

describe('placeholders', () => {
  it('maps a placeholder on a list continuation line to its exact place', () => {
    const src = '# T\n\n- The chair is\n  [insert name] for now.\n';
    const model = parseDocument(src);
    const p = model.blocks.flatMap((b) => b.placeholders)[0]!;
    expect(src.slice(p.range.start.offset, p.range.end.offset)).toBe('[insert name]');
    expect([p.range.start.line, p.range.start.column]).toEqual([4, 3]);
  });

  it('recognises [Insert …] and [Name] in either case, but not code spans', () => {
    const model = parseDocument('# T\n\n[Insert name of partner] and [Name]; the code `TBC` is quoted.\n');
    expect(model.blocks.flatMap((b) => b.placeholders).map((p) => p.text)).toEqual(['[Insert name of partner]', '[Name]']);
  });
});

import { normalizeHeading } from '../../server/src/engine/rules/shared/requirement.js';

describe('normalizeHeading', () => {
  it.each([
    ['3.2 Governance', 'Governance'],
    ['4) Funding', 'Funding'],
    ['Part 4: Funding', 'Funding'],
    ['Section 3 – Independent scrutiny', 'Independent scrutiny'],
    ['B. Scrutiny arrangements', 'Scrutiny arrangements'],
    ['How do we hear from children?', 'How do we hear from children'],
    ['Section 47 enquiries', 'Section 47 enquiries'],
    ['Section 20 accommodation', 'Section 20 accommodation'],
    ['Part of the community', 'Part of the community'],
  ])('%j -> %j', (input, output) => expect(normalizeHeading(input)).toBe(output));
});

import { splitAtHeadings } from '../../server/src/engine/parse/chunks.js';

describe('parsing in chunks gives the same model as one parse', () => {
  const doc = [
    '---', 'type: arrangements', '# a YAML comment, not a heading', '---', '', '# Title', '', 'Intro [ref link][r].', '',
    '```', '# not a heading in code', '```', '', '<!--', '# not a heading in a comment', '-->', '', '## Funding', '',
    '| a | b |', '|---|---|', '| 1 | 2 |', '## Next', 'text', '', '[r]: https://example.org', '',
  ].join('\n');

  it('cuts only before real headings', () => {
    const chunks = splitAtHeadings(doc).map((c) => doc.slice(c.start, c.end).split('\n')[0]);
    expect(chunks).toEqual(['---', '# Title', '## Funding', '## Next']);
  });

  it('keeps sections, tables and positions', () => {
    const model = parseDocument(doc);
    expect(model.sections.map((s) => s.heading)).toEqual(['Title', 'Funding', 'Next']);
    expect(model.frontMatter?.data).toEqual({ type: 'arrangements' });
    const funding = model.sections[1]!;
    expect(funding.tables[0]!.rows[0]!.texts).toEqual(['1', '2']);
    expect(doc.slice(funding.headingRange.start.offset, funding.headingRange.end.offset)).toBe('## Funding');
    expect(model.comments.map((c) => c.body)).toEqual(['# not a heading in a comment']);
  });
});

describe('the chunker finds front matter where remark does', () => {
  const firstLines = (doc: string) => splitAtHeadings(doc).map((c) => doc.slice(c.start, c.end).split(/\r\n?|\n/)[0]);

  it('closes front matter at a "---" after a lone CR, so a later "---" does not hide the headings before it', () => {
    const doc = '---\ntype: arrangements\r---\n\n# Title\n\ntext\n\n---\nnot front matter\n---\n\n## Next\n';
    expect(firstLines(doc)).toEqual(['---', '# Title', '## Next']);
    expect(parseDocument(doc).frontMatter?.data).toEqual({ type: 'arrangements' });
  });

  it('skips front matter after a byte order mark, so a "# comment" in it is not a heading', () => {
    const doc = '\uFEFF---\ntype: arrangements\n# a YAML comment\n---\n# Title\n';
    expect(firstLines(doc)).toEqual(['\uFEFF---', '# Title']);
  });

  it('does not close front matter at "..." (remark does not), so a heading after it is cut', () => {
    const doc = '---\ntype: arrangements\n...\n# Title\n\ntext\n';
    expect(parseDocument(doc).sections.map((s) => s.heading)).toContain('Title');
    expect(firstLines(doc)).toContain('# Title');
  });

  it('cuts a long table that follows front matter closed after a lone CR (8 s before, found by the fuzz run)', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `| Partner ${i} | £${i} |`).join('\n');
    const doc = `---\ntype: arrangements\r---\n\n| Partner | £ |\n|---|---|\n${rows}\n\n---\nx: 1\n---\n`;
    expect(splitAtHeadings(doc).length).toBeGreaterThanOrEqual(3);
  });
});
