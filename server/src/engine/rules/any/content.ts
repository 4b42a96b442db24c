/** Unfilled placeholders and empty sections, in any document type. */
import type { Section } from '../../parse/model.js';
import { findPlaceholders } from '../../parse/placeholders.js';
import { defineRule } from '../rule.js';

export const placeholder = defineRule(
  {
    id: 'content/placeholder',
    level: 'error',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'safeguarding-lint',
    title: 'Unfilled template placeholder',
    description:
      'Flags placeholders left in a published document: `TBC`, `TBA`, `TBD`, `TODO`, `[insert …]`, `[name]`, `<name>`, bracketed deferrals (`[link to be added]`, `[details to follow]`), "to be confirmed" (or announced, determined, finalised) where it ends a sentence or cell or defers to later ("criteria to be confirmed following consultation"; not "decisions are to be confirmed in writing"), `xxx`, `£xxx`, `xx/xx/xxxx`, snippet tab stops left as text (`${1:name}`), and a paragraph, list item or cell that says only that its content will come later ("To follow.", "Details to follow", "Coming soon"), in prose, tables, headings and front matter values. A section whose body is only placeholders does not count as present for any requirement, nor does a short sentence that defers its point to one ("The funding split is TBC.").',
    example: 'The partnership chair is Claire Oduya, Director of Children\'s Services.',
  },
  (ctx) => {
    for (const block of ctx.doc.blocks) {
      for (const p of block.placeholders) {
        const message = p.wholeBlock
          ? `"${p.text}" stands in for content that is not written: write it before publishing, or remove the part`
          : `Unfilled placeholder "${p.text}": replace it with the real content before publishing`;
        ctx.report({ message, range: p.range });
      }
    }
    // Front matter values (`published: TBC`); YAML comments are skipped.
    const fm = ctx.doc.frontMatter;
    if (fm && !fm.errors.length) {
      const start = fm.range.start.offset;
      const raw = ctx.doc.text.slice(start, fm.range.end.offset);
      let lineStart = 0;
      for (const line of raw.split('\n')) {
        const valueAt = line.indexOf(':');
        const hash = line.search(/(^|\s)#/);
        const value = valueAt >= 0 ? line.slice(valueAt + 1, hash > valueAt ? hash : undefined) : '';
        for (const [s, e] of findPlaceholders(value)) {
          const from = start + lineStart + valueAt + 1 + s;
          ctx.report({ message: `Unfilled placeholder "${value.slice(s, e)}" in front matter: fill it in`, range: ctx.doc.rangeOf(from, from + e - s) });
        }
        lineStart += line.length + 1;
      }
    }
  },
);

export const emptySection = defineRule(
  {
    id: 'content/empty-section',
    level: 'warning',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'safeguarding-lint',
    title: 'A section heading with no content',
    description:
      'Flags a heading with nothing under it: no text, table, list or subsection with content, or only a pointer to an appendix the document does not have ("See Appendix C."). Such a section does not count as present for the requirement it names. A heading whose body is only placeholders is reported by `content/placeholder` instead; a heading whose subsections have content is a grouping heading and is fine.',
    example: '## Voice of the child\n\nWe hear from children through the Youth Council, which meets monthly.',
  },
  (ctx) => {
    const visit = (s: Section): void => {
      for (const child of s.children) visit(child);
      if (s.level === 0 || s.hasContent) return;
      // Leaves only: an empty parent of empty children is reported through its children.
      if (s.children.length) return;
      // Placeholder-only bodies are content/placeholder's to report.
      if (s.blocks.some((b) => b.placeholders.length) || s.tables.some((t) => t.rows.length)) return;
      const deferred = s.blocks.find((b) => b.defersTo)?.defersTo;
      const message = s.blocks.some((b) => b.restatesHeading)
        ? `The section "${s.heading}" only restates its heading: say what is done, by whom and how`
        : deferred
        ? `The section "${s.heading}" only refers to ${deferred}, which this document does not have: add it, link to it, or write the content here`
        : `The section "${s.heading}" has no content: write it, or remove the heading`;
      ctx.report({ message, range: s.headingRange });
    };
    visit(ctx.doc.root);
  },
);
