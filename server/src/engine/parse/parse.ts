/**
 * Markdown + front matter -> DocumentModel. The only place that runs remark.
 */
import type { Nodes, Root, RootContent, PhrasingContent, Heading, Table as MdTable } from 'mdast';
import type { Range } from '../types.js';
import type { Block, Comment, DocumentModel, Link, Section, Table, TableRow, Placeholder } from './model.js';
import { MappedTextBuilder, type MappedText } from './mapped-text.js';
import { findPlaceholders, isPlaceholderTag, isSubstantive, wholeTextDeferral } from './placeholders.js';
import { isPlanLeadIn } from '../text/intentions.js';
import { parseFrontMatter } from './front-matter.js';
import { LineIndex } from './line-index.js';
import { forgetChunk, parseChunk, splitAtHeadings } from './chunks.js';
import { isHardWrap } from '../text/sentences.js';
import { blank, deadReferenceSpans, isAdultsOnlyHeading, restatesHeading, isGuidanceQuote, partLabels, placeholderSpans } from './evidence-text.js';
import { recoverNodes, recoveryContext, type RecoveryContext } from './recover-structure.js';

/**
 * Forgets what parsing `input` left in the chunk cache (a document closed in the editor, or an
 * edited version of it), except the chunks `kept` (the new version's text) also has.
 */
export function forgetParsed(input: string, kept?: string): void {
  const chunksOf = (t: string) => {
    const text = t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
    return splitAtHeadings(text).map((c) => text.slice(c.start, c.end));
  };
  const keep = new Set(kept === undefined ? [] : chunksOf(kept));
  for (const chunk of chunksOf(input)) if (!keep.has(chunk)) forgetChunk(chunk);
}

/** Parses a document once into the model all rules share. */
export function parseDocument(input: string, filePath?: string): DocumentModel {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = new LineIndex(text);
  const builder = new ModelBuilder(text, lines, recoveryContext(text));
  let yaml: Nodes | undefined;
  for (const chunk of splitAtHeadings(text)) {
    const tree = parseChunk(text.slice(chunk.start, chunk.end));
    builder.base = chunk.start;
    if (chunk.start === 0) yaml = tree.children.find((n) => n.type === 'yaml');
    builder.walkRoot(tree);
  }
  builder.base = 0;
  return builder.finish(filePath, yaml);
}

/** "Total (adults)", "Adults' total": a total row that says the table is the adults' budget. */
const ADULTS_TOTAL = /\(adults?\)|\badults?['’]? total\b|\btotal for adults\b|\bSAB\b/i;

class ModelBuilder {
  readonly root: Section;
  /** Offset of the chunk being walked: mdast positions are relative to it. */
  base = 0;
  private readonly stack: Section[];
  readonly sections: Section[] = [];
  readonly blocks: Block[] = [];
  readonly tables: Table[] = [];
  readonly links: Link[] = [];
  readonly comments: Comment[] = [];
  /** Sections that own a code block or other non-prose content. */
  private readonly nonProseContent = new Set<Section>();

  /** Depth of block quotes around the node being walked. */
  private quoteDepth = 0;
  /** Level of the last Markdown heading (recovered headings nest under it). */
  private markdownLevel = 0;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly recovery: RecoveryContext,
  ) {
    const firstLine = lines.lineRange(1);
    this.root = {
      heading: '',
      level: 0,
      headingRange: firstLine,
      range: lines.range(0, text.length),
      blocks: [],
      tables: [],
      children: [],
      parent: undefined,
      headingBlock: undefined,
      ownText: '',
      fullText: '',
      hasContent: false,
      hasOwnContent: false,
    };
    this.stack = [this.root];
  }

  private get current(): Section {
    return this.stack[this.stack.length - 1]!;
  }

  walkRoot(tree: Root): void {
    const onContents = (node: RootContent): void => {
      this.extendSection(node);
      this.nonProseContent.add(this.current);
    };
    for (const node of recoverNodes(tree.children, this.recovery, this.markdownLevel, onContents)) {
      if (node.type === 'yaml') continue;
      if (node.type === 'heading') {
        if (!(node.data as { recovered?: boolean } | undefined)?.recovered) this.markdownLevel = node.depth;
        this.openSection(node);
      } else this.walkBlock(node, false);
    }
  }

  private openSection(node: Heading): void {
    if (this.isStackedTitle(node)) return this.extendTitle(node);
    while (this.current.level >= node.depth) this.stack.pop();
    const parent = this.current;
    const headingBlock = this.makeBlock('heading', node.children, this.nodeRange(node), false);
    const section: Section = {
      heading: headingBlock.text.value.trim(),
      level: node.depth,
      headingRange: this.nodeRange(node),
      range: this.nodeRange(node),
      blocks: [],
      tables: [],
      children: [],
      parent,
      headingBlock,
      ownText: '',
      fullText: '',
      hasContent: false,
      hasOwnContent: false,
    };
    headingBlock.section = section;
    parent.children.push(section);
    this.sections.push(section);
    this.blocks.push(headingBlock);
    this.stack.push(section);
  }

  /**
   * A second level-1 heading straight under the first, before anything else ("# Westmere
   * Safeguarding Children Partnership" / "# Annual Report 2024/25"): one title on two lines.
   */
  private isStackedTitle(node: Heading): boolean {
    const title = this.sections[0];
    if (node.depth !== 1 || this.sections.length !== 1 || title?.level !== 1 || this.current !== title) return false;
    if (title.blocks.length || title.tables.length || this.nonProseContent.has(title)) return false;
    const start = this.nodeRange(node).start.line;
    return start - title.headingRange.end.line <= 2;
  }

  private extendTitle(node: Heading): void {
    const title = this.sections[0]!;
    const block = this.makeBlock('heading', node.children, this.nodeRange(node), false);
    block.section = title;
    this.blocks.push(block);
    title.heading = `${title.heading} — ${block.text.value.trim()}`;
    title.headingRange = this.lines.range(title.headingRange.start.offset, block.range.end.offset);
    title.range = this.lines.range(title.range.start.offset, Math.max(title.range.end.offset, block.range.end.offset));
  }

  private walkBlock(node: RootContent, inList: boolean): void {
    const section = this.current;
    this.extendSection(node);
    switch (node.type) {
      case 'paragraph': {
        const block = this.makeBlock('paragraph', node.children, this.nodeRange(node), inList);
        block.section = section;
        section.blocks.push(block);
        this.blocks.push(block);
        return;
      }
      case 'list': {
        // Items under "Our priorities for 2025-26 are:" or "I recommend that the partners:" are plans.
        const lead = section.blocks[section.blocks.length - 1];
        const planned = lead !== undefined && lead.kind === 'paragraph' && !lead.inList && lead.range.end.line >= this.nodeRange(node).start.line - 2 && isPlanLeadIn(lead.text.value);
        const from = section.blocks.length;
        for (const item of node.children) for (const child of item.children) this.walkBlock(child, true);
        if (planned) for (const b of section.blocks.slice(from)) b.planned = true;
        return;
      }
      case 'listItem':
        for (const child of node.children) this.walkBlock(child, true);
        return;
      case 'blockquote':
        this.quoteDepth++;
        for (const child of node.children) this.walkBlock(child, inList);
        this.quoteDepth--;
        return;
      case 'table':
        this.addTable(node, section);
        return;
      case 'html':
        this.collectComments(node.value, this.base + (node.position?.start.offset ?? 0));
        return;
      case 'code':
        if (node.value.trim()) this.nonProseContent.add(section);
        return;
      case 'heading':
        // A heading nested in a list or quote: keep it as prose, not as a section.
        {
          const block = this.makeBlock('paragraph', node.children, this.nodeRange(node), inList);
          block.section = section;
          section.blocks.push(block);
          this.blocks.push(block);
        }
        return;
      default:
        return;
    }
  }

  /** Stretches the current section and its ancestors to cover `node`. */
  private extendSection(node: RootContent): void {
    const rel = node.position?.end.offset;
    if (rel === undefined) return;
    const end = this.base + rel;
    for (const s of this.stack) {
      if (s.level === 0) continue;
      if (end > s.range.end.offset) s.range = this.lines.range(s.range.start.offset, end);
    }
  }

  private addTable(node: MdTable, section: Section): void {
    const rows: TableRow[] = node.children.map((row) => {
      const cells = row.children.map((cell) => {
        const block = this.makeBlock('cell', cell.children, this.nodeRange(cell), false);
        block.section = section;
        this.blocks.push(block);
        return { block };
      });
      const tableRow: TableRow = { cells, range: this.nodeRange(row), texts: cells.map((c) => c.block.text.value.trim()) };
      for (const c of cells) c.block.row = tableRow;
      return tableRow;
    });
    const [header, ...body] = rows;
    if (!header) return;
    const table: Table = { header, rows: body, range: this.nodeRange(node) };
    section.tables.push(table);
    this.tables.push(table);
  }

  private makeBlock(kind: Block['kind'], children: PhrasingContent[], range: Range, inList: boolean): Block {
    const builder = new MappedTextBuilder();
    const tagPlaceholders: Placeholder[] = [];
    const codeSpans: Array<[number, number]> = [];
    this.collectInline(children, builder, tagPlaceholders, codeSpans);
    const text = builder.build();
    // Text in code spans is quoted, not prose: `TBC` there is not an unfilled placeholder.
    const spans = findPlaceholders(text.value).filter(([s, e]) => !codeSpans.some(([cs, ce]) => s < ce && e > cs));
    const placeholders: Placeholder[] = spans.map(([s, e]) => ({
      text: text.value.slice(s, e),
      range: this.lines.range(text.sourceOffset(s), text.sourceEndOffset(e)),
    }));
    const deferral = kind === 'paragraph' || kind === 'cell' ? (spans.length ? undefined : wholeTextDeferral(text.value)) : undefined;
    if (deferral) {
      spans.push(deferral);
      const [s, e] = deferral;
      placeholders.push({ text: text.value.slice(s, e), range: this.lines.range(text.sourceOffset(s), text.sourceEndOffset(e)), wholeBlock: true });
    }
    // `<name>` placeholders were pushed into the text too; mark their spans so they don't count as words.
    for (const p of tagPlaceholders) {
      placeholders.push(p);
      const at = text.value.indexOf(p.text);
      if (at >= 0) spans.push([at, at + p.text.length]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    placeholders.sort((a, b) => a.range.start.offset - b.range.start.offset);
    const quoted = this.quoteDepth > 0;
    const substantive = isSubstantive(text.value, spans, kind === 'cell' ? 'cell' : 'prose');
    // Quoted guidance is the guidance speaking; a deferral to a placeholder is not content.
    const raw = quoted && isGuidanceQuote(text.value) ? blank(text.value, [[0, text.value.length]]) : blank(text.value, placeholderSpans(text.value, spans, kind === 'cell'));
    // A hard-wrapped line (converted documents) reads on: "child protection\nprocedures" is one phrase. Same length, same offsets.
    const evidence = raw.includes('\n') ? raw.replace(/\n/g, (nl, at: number) => (isHardWrap(text.value, at) ? ' ' : nl)) : raw;
    const runIn = kind === 'paragraph' ? runInHeading(children) : undefined;
    return { kind, text, range, placeholders, substantive: substantive && hasWords(evidence, kind), inList, quoted, evidence, ...(runIn ? { runIn } : {}) };
  }

  private collectInline(nodes: PhrasingContent[], out: MappedTextBuilder, tags: Placeholder[], codeSpans: Array<[number, number]>): void {
    for (const node of nodes) {
      const start = this.base + (node.position?.start.offset ?? 0);
      const end = this.base + (node.position?.end.offset ?? node.position?.start.offset ?? 0);
      switch (node.type) {
        case 'text':
          out.push(node.value, start, end, this.text);
          break;
        case 'inlineCode': {
          const at = out.length;
          out.push(node.value, start, end, this.text);
          codeSpans.push([at, out.length]);
          break;
        }
        case 'break':
          out.pushSeparator(' ', start);
          break;
        case 'image':
          if (node.alt) out.push(node.alt, start, end, this.text);
          break;
        case 'html':
          if (node.value.startsWith('<!--')) this.collectComments(node.value, start);
          else if (isPlaceholderTag(node.value)) {
            out.push(node.value, start, end, this.text);
            tags.push({ text: node.value, range: this.lines.range(start, end) });
          }
          break;
        case 'link':
          this.links.push({ url: node.url, text: plainText(node), range: this.lines.range(start, end) });
          this.collectInline(node.children, out, tags, codeSpans);
          break;
        default:
          if ('children' in node) this.collectInline(node.children as PhrasingContent[], out, tags, codeSpans);
      }
    }
  }

  private collectComments(html: string, base: number): void {
    const re = /<!--([\s\S]*?)-->/g;
    for (let m = re.exec(html); m; m = re.exec(html)) {
      this.comments.push({ body: m[1]!.trim(), range: this.lines.range(base + m.index, base + m.index + m[0].length) });
    }
  }

  private nodeRange(node: Nodes): Range {
    const s = this.base + (node.position?.start.offset ?? 0);
    const e = this.base + (node.position?.end.offset ?? node.position?.start.offset ?? 0);
    return this.lines.range(s, e);
  }

  /** Blanks, in every block's evidence, sentences that only defer to an appendix the document lacks. */
  private blankDeadReferences(): void {
    const labels = partLabels(this.sections.map((s) => s.heading));
    for (const b of this.blocks) {
      if (b.kind === 'heading' || !/\b(?:appendix|appendices|annexe?|schedule)\b/i.test(b.evidence)) continue;
      // A linked appendix is a separate document: the link rules check that it exists.
      if (this.links.some((l) => l.range.start.offset >= b.range.start.offset && l.range.end.offset <= b.range.end.offset)) continue;
      const dead = deadReferenceSpans(b.evidence, labels);
      if (!dead.length) continue;
      b.evidence = blank(b.evidence, dead.map((d) => d.span));
      b.substantive = b.substantive && hasWords(b.evidence, b.kind);
      b.defersTo = dead[0]!.name;
    }
  }

  /** In a joint adults-and-children document, the adults' sections are not evidence for children's requirements. */
  private blankAdultsSections(): void {
    const adults = new Set<Section>();
    for (const s of this.sections) if (isAdultsOnlyHeading(s.heading) || (s.parent && adults.has(s.parent))) adults.add(s);
    for (const s of adults) s.adultsOnly = true;
    for (const s of this.sections) {
      for (const t of s.tables) {
        // The caption is a short paragraph just above the table; a total row may say whose it is.
        const caption = s.blocks.filter((b) => b.kind === 'paragraph' && b.range.end.offset <= t.range.start.offset).pop();
        const captioned = caption !== undefined && t.range.start.line - caption.range.end.line <= 2 && caption.text.value.split(/\s+/).length <= 12 && isAdultsOnlyHeading(caption.text.value);
        const totalRow = t.rows.some((r) => /\btotal\b/i.test(r.texts[0] ?? '') && ADULTS_TOTAL.test(r.texts[0] ?? ''));
        if (!adults.has(s) && !captioned && !totalRow) continue;
        t.adultsOnly = true;
        for (const r of t.rows) for (const c of r.cells) c.block.evidence = blank(c.block.evidence, [[0, c.block.evidence.length]]);
      }
    }
    for (const b of this.blocks) {
      if (!(b.section && adults.has(b.section)) && !(b.runIn !== undefined && isAdultsOnlyHeading(b.runIn))) continue;
      b.adultsOnly = true;
      if (b.kind !== 'heading') b.evidence = blank(b.evidence, [[0, b.evidence.length]]);
    }
  }

  /** A section whose whole body is one short sentence restating its heading has not set the item out. */
  private blankRestatements(): void {
    for (const s of this.sections) {
      if (s.children.length || s.tables.length) continue;
      const body = s.blocks.filter((b) => b.kind === 'paragraph' && b.substantive);
      if (body.length !== 1 || !restatesHeading(s.heading, body[0]!.evidence)) continue;
      body[0]!.evidence = blank(body[0]!.evidence, [[0, body[0]!.evidence.length]]);
      body[0]!.substantive = false;
      body[0]!.restatesHeading = true;
    }
  }

  finish(filePath: string | undefined, yamlNode: Nodes | undefined): DocumentModel {
    this.blankDeadReferences();
    this.blankAdultsSections();
    this.blankRestatements();
    const all = [this.root, ...this.sections];
    // Children before parents, so fullText and hasContent can build on the children's.
    for (let i = all.length - 1; i >= 0; i--) {
      const s = all[i]!;
      const own: string[] = [];
      for (const b of s.blocks) own.push(b.evidence);
      for (const t of s.tables) for (const r of [t.header, ...t.rows]) own.push(r.cells.map((c) => c.block.evidence.trim()).join(' | '));
      s.ownText = own.join('\n');
      const ownCells = s.tables.some((t) => t.rows.some((r) => r.cells.some((c) => c.block.substantive)));
      s.hasOwnContent = s.blocks.some((b) => b.substantive) || ownCells || this.nonProseContent.has(s);
      s.hasContent = s.hasOwnContent || s.children.some((c) => c.hasContent);
      s.fullText = [s.heading, s.ownText, ...s.children.map((c) => c.fullText)].filter(Boolean).join('\n');
    }
    const frontMatter = parseFrontMatter(this.text, yamlNode, this.lines);
    const title = this.sections.find((s) => s.level === 1) ?? this.sections[0];
    const lines = this.lines;
    return {
      text: this.text,
      filePath,
      frontMatter,
      root: this.root,
      sections: this.sections,
      blocks: this.blocks,
      tables: this.tables,
      links: this.links,
      comments: this.comments,
      title,
      pointAt: (offset) => lines.point(offset),
      rangeOf: (start, end) => lines.range(start, end),
      lineRange: (line) => lines.lineRange(line),
    };
  }
}

function hasWords(evidence: string, kind: Block['kind']): boolean {
  return isSubstantive(evidence, [], kind === 'cell' ? 'cell' : 'prose');
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

export type { MappedText };

/**
 * The run-in heading a paragraph opens with: a bold phrase of one to eight words, ending in a full
 * stop or colon (inside or just after the bold), with the paragraph's text going on after it.
 */
function runInHeading(children: PhrasingContent[]): string | undefined {
  const [first, second] = children;
  if (first?.type !== 'strong' || second?.type !== 'text') return undefined;
  const lead = plainText(first).trim();
  const after = second.value;
  if (!/[.:]$/.test(lead) && !/^[.:]/.test(after)) return undefined;
  if (!/^[.:]?\s+\S/.test(after)) return undefined;
  const name = lead.replace(/[.:]$/, '').trim();
  const words = name.split(/\s+/).length;
  return words <= 8 && /\p{L}/u.test(name) ? name : undefined;
}
