/**
 * The document model every rule reads. Built once per lint by `parseDocument`;
 * rules never re-parse the Markdown.
 */
import type { Range } from '../types.js';
import type { MappedText } from './mapped-text.js';

/** A placeholder the author has not filled in yet (`TBC`, `[insert date]`, `£xxx`, `<name>`, `${1:name}`). */
export interface Placeholder {
  text: string;
  range: Range;
  /**
   * The whole paragraph or cell only defers ("To follow."): a judgement on the block, which the
   * editor's line-based grammar cannot make, so it is not highlighted there.
   */
  wholeBlock?: true;
}

/** A leaf container of prose: a heading, a paragraph, or one table cell. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'cell' | 'code';
  /** Plain text (inline markup removed, HTML comments dropped) with a map back to the source. */
  text: MappedText;
  range: Range;
  placeholders: Placeholder[];
  /**
   * The text that counts as evidence for requirements: `text.value` with sentences holding an
   * unfilled placeholder ("the funding split is TBC"), a reference to an appendix the document
   * does not have, and quoted guidance blanked out, so offsets still match `text`.
   */
  evidence: string;
  /** True when the block says something real once placeholders are taken out. */
  substantive: boolean;
  /** Inside a block quote. */
  quoted: boolean;
  /** The block is a section's whole body and only restates the section's heading. */
  restatesHeading?: boolean;
  /** The appendix the block only refers to ("see Appendix C") when the document has no such part. */
  defersTo?: string;
  /** Inside a list item (bullet or numbered). */
  inList: boolean;
  /** A list item under a lead-in that introduces plans or recommendations ("Our priorities for 2025-26 are:"). */
  planned?: true;
  /**
   * A run-in heading: the paragraph opens with a short bold phrase that names its topic
   * ("**Hearing children.** Our Young Safeguarders met…"), as designed reports write sub-topics.
   */
  runIn?: string;
  /** In the adults' part of a joint children and adults document (an adults-only section, or an adults' run-in heading). */
  adultsOnly?: true;
  /** The section the block belongs to (headings: their own section). Set once the model is built. */
  section?: Section;
  /** For table cells: the row they are in. */
  row?: TableRow;
}

export interface TableCell {
  block: Block;
}

export interface TableRow {
  cells: TableCell[];
  range: Range;
  /** Cell texts, for convenience. */
  texts: string[];
}

export interface Table {
  header: TableRow;
  rows: TableRow[];
  range: Range;
  /** In an adults-only section, or captioned as the adults' ("**Safeguarding Adults Board contributions**", "Total (adults)"). */
  adultsOnly?: true;
}

export interface Link {
  /** The link target as written (relative path, URL or #anchor). */
  url: string;
  /** The link's visible text. */
  text: string;
  range: Range;
}

/** An HTML comment, e.g. an inline suppression `<!-- safeguarding-lint-disable … -->`. */
export interface Comment {
  /** The text between `<!--` and `-->`, trimmed. */
  body: string;
  range: Range;
}

export interface YamlProblem {
  message: string;
  range: Range;
}

export interface FrontMatter {
  /** The parsed YAML (undefined when it does not parse). */
  data: unknown;
  /** The whole front matter block including the `---` fences. */
  range: Range;
  errors: YamlProblem[];
  /** Position of a key path (e.g. ['safeguarding', 'type']) in the source, for precise findings. */
  rangeOf(path: readonly (string | number)[]): Range | undefined;
}

/**
 * A heading and everything under it up to the next heading of the same or a higher level.
 * The document's preamble (text before the first heading) is the root section at level 0.
 */
export interface Section {
  /** Heading text as plain text ('' for the root). */
  heading: string;
  /** Heading level 1–6; 0 for the root. */
  level: number;
  /** The heading line; for the root, the first line of the document. */
  headingRange: Range;
  /** From the heading to the end of the section, subsections included. */
  range: Range;
  /** Blocks directly under this heading, before any subsection (the heading block itself excluded). */
  blocks: Block[];
  tables: Table[];
  children: Section[];
  /** The adults' part of a joint children and adults document ("Safeguarding Adults Reviews", "9.2 Adults"): not evidence for children's requirements. */
  adultsOnly?: true;
  parent: Section | undefined;
  /** The heading block (undefined for the root). */
  headingBlock: Block | undefined;
  /** Own prose joined with newlines (no subsections). */
  ownText: string;
  /** Own prose and every subsection's, headings included. */
  fullText: string;
  /** True when this section or a subsection has substantive content (not empty, not only placeholders). */
  hasContent: boolean;
  /** True when the own body has substantive content. */
  hasOwnContent: boolean;
}

export interface DocumentModel {
  /** The text as given (BOM removed, line endings untouched). */
  text: string;
  /** The file path, when known (used for type inference and relative links). */
  filePath: string | undefined;
  frontMatter: FrontMatter | undefined;
  root: Section;
  /** Every section except the root, in document order. */
  sections: Section[];
  /** Every prose block in document order (headings, paragraphs, table cells). */
  blocks: Block[];
  tables: Table[];
  links: Link[];
  comments: Comment[];
  /** The first level-1 heading, else the first heading. */
  title: Section | undefined;
  /** Converts an offset into a point. */
  pointAt(offset: number): { line: number; column: number; offset: number };
  rangeOf(start: number, end: number): Range;
  /** Range of the whole line `line` (1-based), without its line break. */
  lineRange(line: number): Range;
}
