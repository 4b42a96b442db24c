/**
 * Structure recovery for documents converted from PDF or Word. Converters lose the heading
 * markup (headings come out as bold lines, `**4 Our governance**`, or numbered lines,
 * `4.1 Membership`), keep the contents page (`1. Introduction ........ 3`) and the page
 * furniture (`Page 3 of 17`, a running header on every page). A reader sees sections there; so
 * must every rule. This runs on each chunk's top-level mdast nodes before the model is built,
 * turning heading-like paragraphs into headings and dropping what is not content, so positions
 * stay those of the source. Cached trees are never mutated: new nodes replace old ones.
 */
import type { Heading, List, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';

export interface RecoveryContext {
  /**
   * True when the document has (almost) no Markdown headings below its title: it was converted,
   * and heading-like lines are its headings. Otherwise only numbered bold lines are taken.
   */
  converted: boolean;
  /** Short plain lines repeated on many "pages": running headers and footers. */
  runningLines: ReadonlySet<string>;
  /** The last section number taken as a heading, across chunks: numbering must run on from it. */
  lastNumber?: number[];
  /** Set once anything but title lines has been read: bold lines before that are the title. */
  seenContent?: boolean;
  /** Set once a title line has been read: cover lines after it are content. */
  titleSeen?: boolean;
}

/** A page number ending a line, and the leader before it: dots, an ellipsis run, a tab or three spaces. */
const PAGE_AT_END = /\d{1,3}[ \t]*$/;
const LEADER_AT_END = /(?:\.{3,}|…{2,}|[ \t]{3}|\t)[ \t]*$/;

/**
 * A dotted (or spaced) leader ending in a page number: a contents entry. Read from the end of the
 * line (one regex over the whole line, `[ \t]{3,}[ \t]*\d`, was cubic in a long run of spaces:
 * 13 s for a deeply indented list, found by the fuzz suite).
 */
function isContentsEntry(line: string): boolean {
  const page = PAGE_AT_END.exec(line.length > 200 ? line.slice(-200) : line);
  if (!page) return false;
  const before = line.slice(0, line.length - page[0].length);
  return LEADER_AT_END.test(before.length > 200 ? before.slice(-200) : before);
}
/** `Page 3 of 17`, `3 of 17`, `- 3 -`, `3 | Page`, or a bare page number. */
const PAGE_FURNITURE = /^(?:page\s+\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|\d{1,3}\s*(?:of|\/)\s*\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*\|\s*page|page\s*\|\s*\d{1,3}|\d{1,3})$/i;
/** A section number at the start of a heading-like line: `4`, `4.`, `4.1`, `4.1.2`, `Section 4:`. */
const SECTION_NUMBER = /^(?:section\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?[:)]?\s+(?=\S)/i;
export const CONTENTS_HEADING = /^(?:table of )?contents$|^in this (?:document|report)$/i;
/**
 * A second (third…) bold cover line continues the title when it reads like one: the partnership, the
 * kind of document, the year ("YEARLY REPORT 2023/24", "Multi-agency safeguarding arrangements"),
 * or it is in capitals. "Learning from reviews" straight under the title is the first section.
 */
const TITLE_CONTINUES =
  /\b(?:19|20)\d\d\b|\b(?:partnership|report|arrangements|protocol|threshold|levels of need|continuum|safeguarding|multi-agency|annual|yearly|summary|draft|version|edition|council|borough|county|city|district)\b/i;

/** A page number a running header or footer carries at either end: `Yearly Report 2023/24 | 2`, `4 – Our plan`, `… Page 7`. */
const RUNNING_PAGE_NUMBER = /^(?:page\s+)?\d{1,3}\s*[|·•–—-]\s+|(?:\s+[|·•–—-]\s*(?:page\s+)?|\s+page\s+|\s{2,})\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/gi;

/** The same line each time, or page numbers that go up ("| 2", "| 3", "| 5"), not figures that vary ("| 388", "| 431"). */
function pagesRunOn(pages: readonly number[]): boolean {
  if (pages.every(Number.isNaN)) return true;
  return pages.every((p, i) => !Number.isNaN(p) && (i === 0 || p > pages[i - 1]!));
}

/** A running line without its page number, so the footer of page 2 and of page 3 are the same line. */
function runningKey(line: string): string {
  return line.replace(RUNNING_PAGE_NUMBER, '').trim();
}

/** Counts, once per document, what recovery needs to know about the whole text. */
export function recoveryContext(text: string): RecoveryContext {
  let subHeadings = 0;
  // Each candidate line's page numbers in order (NaN where it carries none).
  const seen = new Map<string, number[]>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (/^#{2,6}[ \t]/.test(line)) subHeadings++;
    // A running header is a plain line standing alone (blank or edge either side).
    const alone = !lines[i - 1]?.trim() && !lines[i + 1]?.trim();
    if (alone && line.length <= 120 && /^[^#|>*_\-+]/.test(line) && !line.endsWith(':')) {
      const key = runningKey(line);
      if (!/^[^\d]/.test(key)) continue;
      const pages = seen.get(key) ?? [];
      pages.push(key === line ? NaN : Number(/\d+/.exec(line.replace(key, ''))![0]));
      seen.set(key, pages);
    }
  }
  const runningLines = new Set<string>();
  for (const [line, pages] of seen) if (pages.length >= 3 && words(line) >= 2 && pagesRunOn(pages)) runningLines.add(line);
  return { converted: subHeadings < 3, runningLines };
}

/**
 * The chunk's top-level nodes with heading-like paragraphs as headings and contents pages and page
 * furniture left out. `headingLevel` is the level of the Markdown heading the nodes sit under;
 * `onContents` hears of each contents page left out, when its section is the current one.
 */
export function* recoverNodes(nodes: readonly RootContent[], ctx: RecoveryContext, headingLevel: number, onContents: (node: RootContent) => void): Generator<RootContent> {
  let inContents = false;
  let level = headingLevel;
  // A list held back in case the page break cut it in two: the next list, after page furniture only, continues it.
  let pending: List | undefined;
  const flush = function* (): Generator<RootContent> {
    if (pending) yield asTable(pending) ?? pending;
    pending = undefined;
  };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'heading') {
      yield* flush();
      ctx.seenContent = true;
      inContents = CONTENTS_HEADING.test(plain(node.children).trim());
      level = node.depth;
      yield node;
      continue;
    }
    // The contents page is not evidence, but its section is not empty either.
    if (isContentsPage(node, inContents)) {
      yield* flush();
      onContents(node);
      continue;
    }
    if (node.type === 'paragraph' && isPageFurniture(node, ctx)) continue;
    if (node.type === 'list' && !(ctx.converted && isOneItemOrderedList(node as RootContent))) {
      const list: List = node;
      pending = pending && pending.ordered === list.ordered ? joinLists(pending, list) : (yield* flush(), list);
      continue;
    }
    yield* flush();
    const heading = asHeading(node, ctx, level, nodes[i + 1]);
    if (heading) {
      inContents = CONTENTS_HEADING.test(plain(heading.children).trim());
      yield heading;
      continue;
    }
    const runIn = node.type === 'paragraph' ? asRunInHeading(node, level) : undefined;
    if (runIn) {
      ctx.seenContent = true;
      yield* runIn;
      continue;
    }
    const lineTable = node.type === 'paragraph' ? asLineTable(node) : undefined;
    if (lineTable) {
      ctx.seenContent = true;
      yield* lineTable;
      continue;
    }
    // A strapline above the title ("Keeping our children safe") is cover text, not the start of the body.
    if (!(ctx.converted && !ctx.seenContent && !ctx.titleSeen && headingLevel === 0 && isCoverLine(node))) ctx.seenContent = true;
    yield node;
  }
  yield* flush();
}

/** A short plain line with no sentence ending: a strapline or organisation name on a cover page. */
function isCoverLine(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const text = plain(node.children).trim();
  return !text.includes('\n') && words(text) <= 10 && !/[.!?:;,]$/.test(text);
}

/** Two lists as one (a list a page break cut in two), spanning both. */
function joinLists(a: List, b: List): List {
  return { ...a, children: [...a.children, ...b.children], position: a.position && b.position ? { start: a.position.start, end: b.position.end } : a.position };
}

/** A contents page: most of its lines end in a leader and a page number, or it lists titles under "Contents". */
function isContentsPage(node: RootContent, underContentsHeading: boolean): boolean {
  if (node.type !== 'paragraph' && node.type !== 'list') return false;
  const lines = sourceLines(node);
  if (!lines.length) return false;
  const entries = lines.filter(isContentsEntry).length;
  if (entries >= 2 && entries >= lines.length * 0.6) return true;
  // Under a "Contents" heading, a list of short titles (or of links to the sections) is the contents.
  return underContentsHeading && node.type === 'list' && listItemTexts(node).every((t) => words(t) <= 10 && !/[.!?]$/.test(t));
}

function isPageFurniture(node: Paragraph, ctx: RecoveryContext): boolean {
  const text = plain(node.children).trim();
  if (text.includes('\n')) return false;
  return PAGE_FURNITURE.test(text) || ctx.runningLines.has(runningKey(text));
}

/**
 * A paragraph a reader takes for a heading: one short line, all bold (`**4 Our governance**`), or
 * starting with a section number (`4.1 Membership`, `3. Who we are`), with no sentence ending.
 * Bold-only lines count in converted documents, or anywhere when numbered; plain numbered lines
 * only in converted documents. A one-item numbered list is the same thing once Markdown has read
 * `4. Our governance` as a list.
 */
function asHeading(node: RootContent, ctx: RecoveryContext, headingLevel: number, next: RootContent | undefined): Heading | undefined {
  let paragraph: Paragraph | undefined;
  let number: string | undefined;
  if (node.type === 'paragraph') paragraph = node;
  else if (isOneItemOrderedList(node) && ctx.converted && next?.type !== 'list') {
    paragraph = node.children[0]!.children[0] as Paragraph;
    number = String(node.start ?? 1);
  }
  if (!paragraph || !node.position) return undefined;
  const text = plain(paragraph.children).trim();
  if (!text || text.includes('\n') || text.length > 90 || words(text) > 12 || /[.;,!]$/.test(text)) return undefined;
  const bold = isAllBold(paragraph);
  const numbered = SECTION_NUMBER.exec(text);
  if (numbered) number ??= numbered[1];
  const title = numbered ? text.slice(numbered[0].length) : text;
  if (!/^[A-Z‘'"(]/.test(title) || words(title) < 1) return undefined;
  // A year, a figure or a date at the start is not a section number ("2024 in numbers" aside;
  // "1 April 2023 to 31 March 2024" is a date).
  if (number && (Number(number.split('.')[0]) > 30 || MONTH.test(title))) return undefined;
  // An all-capitals line of two or more words, in a converted document: how PDFs set headings.
  const caps = !bold && !number && ctx.converted && (isCapitalsLine(title) || (CONTENTS_HEADING.test(title) && !/\p{Ll}/u.test(title)));
  const accept = bold ? ctx.converted || number !== undefined : caps || (number !== undefined && ctx.converted && runsOn(ctx.lastNumber, number));
  if (!accept) return undefined;
  if (number) ctx.lastNumber = number.split('.').map(Number);
  // Numbering gives the depth (4 → 2, 4.1 → 3); an unnumbered one sits under the Markdown heading,
  // except the bold lines a converted document opens with, before any content: its title.
  const isTitle = (bold || caps) && !number && ctx.converted && !ctx.seenContent && headingLevel === 0 && !CONTENTS_HEADING.test(text) && (!ctx.titleSeen || TITLE_CONTINUES.test(text) || !/[a-z]/.test(text));
  if (isTitle) ctx.titleSeen = true;
  else ctx.seenContent = true;
  const depth = isTitle ? 1 : number ? Math.min(6, Math.max(headingLevel + 1, number.split('.').length + 1)) : Math.min(6, Math.max(2, headingLevel + 1));
  const children: PhrasingContent[] = bold && paragraph.children.length === 1 && paragraph.children[0]!.type === 'strong' ? paragraph.children[0]!.children : paragraph.children;
  return { type: 'heading', depth: depth as Heading['depth'], children, position: node.position, data: { recovered: true } as Heading['data'] };
}

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** "INDEPENDENT SCRUTINY", "CASE STUDY: JAY'S STORY": letters, none of them lower case, two words or more. */
function isCapitalsLine(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text) && words(text) >= 2;
}

/**
 * A run-in heading: a paragraph that opens with an emphasised question and goes on to answer it
 * (`*What difference did it make?* Missing reports fell from 22 to 8.`). Reports written as a
 * series of such questions under each theme are read as the reader reads them: the question is a
 * heading one level below the section, the answer its body.
 */
function asRunInHeading(p: Paragraph, level: number): RootContent[] | undefined {
  const [first, ...rest] = p.children;
  if (!first || (first.type !== 'emphasis' && first.type !== 'strong') || !first.position || !rest.length) return undefined;
  const question = plain(first.children).trim();
  if (!question.endsWith('?') || question.includes('\n') || words(question) > 12 || !/^[A-Z‘'"(]/.test(question)) return undefined;
  // The space after the question belongs to neither: the answer starts at its first word.
  const lead = rest[0]!;
  if (lead.type === 'text' && lead.position && /^[ \t]+/.test(lead.value)) {
    const k = /^[ \t]+/.exec(lead.value)![0].length;
    const { line, column, offset } = lead.position.start;
    rest[0] = { ...lead, value: lead.value.slice(k), position: { start: { line, column: column + k, offset: (offset ?? 0) + k }, end: lead.position.end } };
  }
  const answer = rest.filter((c) => c.position);
  if (!answer.length || words(plain(rest)) < 3) return undefined;
  const heading: Heading = { type: 'heading', depth: Math.min(6, Math.max(2, level + 1)) as Heading['depth'], children: first.children, position: first.position, data: { recovered: true } as Heading['data'] };
  const body: Paragraph = { type: 'paragraph', children: rest, position: { start: answer[0]!.position!.start, end: p.position!.end } };
  return [heading, body];
}

/**
 * A plain numbered line is a heading only if its number follows the last one taken (3 after 2,
 * 2.1 after 2, 3 after 2.4, or 1 to start): "12 Children were seen" in the middle of section 2 is a
 * sentence, not section 12.
 */
function runsOn(last: number[] | undefined, number: string): boolean {
  const next = number.split('.').map(Number);
  if (!last) return next.every((n) => n === 1) || (next.length === 1 && next[0]! <= 2);
  for (let depth = 0; depth < next.length; depth++) {
    const same = next.slice(0, depth).every((n, i) => n === last[i]);
    if (!same) return false;
    const n = next[depth]!;
    const prev = last[depth];
    if (depth === next.length - 1) return prev === undefined ? n === 1 : n === prev + 1;
  }
  return false;
}

/** Words of a table header: a flattened table's first items are these. */
const HEADER_WORD = /^(?:agency|organisation|organization|partner|name|post|role|title|position|job title|responsibilit(?:y|ies)|lead safeguarding partner|delegated safeguarding partner|LSP|DSP|contribution|amount|share|percentage|%|£|cost|budget|level|description|date|version|change|author|status|who|what|when|how|area|member|members|representative|frequency|chair)s?\b/i;

/**
 * A table a converter flattened into one bullet per cell: a list of short one-line items whose
 * first k items are a header ("Agency", "Lead safeguarding partner", "Delegated safeguarding
 * partner") and whose count is a multiple of k, with at least two rows under the header.
 * Rebuilt as a table so the rules read its rows and columns as a reader does.
 */
function asTable(list: List): Table | undefined {
  const items = list.children;
  if (items.length < 6 || !items.every((i) => i.children.length === 1 && i.children[0]!.type === 'paragraph' && i.position)) return undefined;
  const cells = items.map((i) => ({ text: plain((i.children[0] as Paragraph).children).trim(), children: (i.children[0] as Paragraph).children, position: i.position! }));
  if (cells.some((c) => c.text.includes('\n'))) return undefined;
  return tableOf(cells, list.position);
}

interface FlatCell {
  text: string;
  children: PhrasingContent[];
  position: NonNullable<Paragraph['position']>;
}

/** Rows of k cells under a header of k cells, when the cells read as a flattened table (see `asTable`). */
function tableOf(cells: FlatCell[], position: Paragraph['position']): Table | undefined {
  const texts = cells.map((c) => c.text);
  if (cells.length < 6 || texts.some((t) => !t || words(t) > 14)) return undefined;
  for (let k = 2; k <= 6; k++) {
    if (cells.length % k !== 0 || cells.length / k < 3) continue;
    const header = texts.slice(0, k);
    const headerWords = header.filter((t) => HEADER_WORD.test(t)).length;
    const headerLike = header.every((t) => words(t) <= 4 && !/\d|[.;!?]$/.test(t)) && headerWords >= Math.min(2, k) && headerWords >= k / 2;
    // The header ends where the data starts: the next item is not another header word, unless
    // it is a value the first column repeats ("Lead Safeguarding Partner" on every LSP's row).
    const repeatsInColumn = (t: string) => texts.some((x, i) => i > k && i % k === 0 && x.toLowerCase() === t.toLowerCase());
    if (!headerLike || (HEADER_WORD.test(texts[k]!) && !repeatsInColumn(texts[k]!))) continue;
    // The body must not read as more headers: a list of headings is just a list.
    const body = texts.slice(k);
    if (body.filter((t) => HEADER_WORD.test(t) && words(t) <= 2).length > body.length / 2) continue;
    const rows: TableRow[] = [];
    for (let r = 0; r < cells.length; r += k) {
      const rowCells = cells.slice(r, r + k);
      rows.push({
        type: 'tableRow',
        children: rowCells.map((c) => ({ type: 'tableCell', children: c.children, position: c.position })),
        position: { start: rowCells[0]!.position.start, end: rowCells[rowCells.length - 1]!.position.end },
      });
    }
    return { type: 'table', align: [], children: rows, position, data: { recovered: true } as Table['data'] };
  }
  return undefined;
}

/**
 * A table a converter flattened into one line per cell of one paragraph ("Role / Name / Title
 * and organisation / Lead Safeguarding Partner / Philippa Marsh / …"), perhaps under a caption
 * line ("Table 1: People in the arrangements"): the caption as its own paragraph, and the table.
 * Only plain lines whose text is exactly the source (nothing stripped) are rebuilt, so every
 * cell keeps its true position.
 */
function asLineTable(p: Paragraph): RootContent[] | undefined {
  const only = p.children.length === 1 ? p.children[0] : undefined;
  if (!only || only.type !== 'text' || !only.position || !p.position) return undefined;
  const pos = only.position;
  if (pos.end.offset! - pos.start.offset! !== only.value.length) return undefined;
  const lines = only.value.split('\n');
  if (lines.length < 7) return undefined;
  let offset = pos.start.offset!;
  const cells: FlatCell[] = lines.map((line, i) => {
    const start = { line: pos.start.line + i, column: i === 0 ? pos.start.column : 1, offset };
    const end = { line: start.line, column: start.column + line.length, offset: offset + line.length };
    offset += line.length + 1;
    return { text: line.trim(), children: [{ type: 'text', value: line, position: { start, end } }], position: { start, end } };
  });
  const caption = /^(?:table|figure)\s+\d+[.:]/i.test(cells[0]!.text) ? cells.shift() : undefined;
  if (!cells.length) return undefined;
  const table = tableOf(cells, { start: cells[0]!.position.start, end: cells[cells.length - 1]!.position.end });
  if (!table) return undefined;
  return caption ? [{ type: 'paragraph', children: caption.children, position: caption.position }, table] : [table];
}

function isOneItemOrderedList(node: RootContent): node is List {
  if (node.type !== 'list' || !node.ordered || node.children.length !== 1) return false;
  const item = node.children[0]!;
  return item.children.length === 1 && item.children[0]!.type === 'paragraph';
}

function isAllBold(p: Paragraph): boolean {
  const meaningful = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return meaningful.length === 1 && (meaningful[0]!.type === 'strong' || (meaningful[0]!.type === 'emphasis' && meaningful[0]!.children.length === 1 && meaningful[0]!.children[0]!.type === 'strong'));
}

function listItemTexts(list: List): string[] {
  return list.children.map((item) => item.children.map((c) => ('children' in c ? plain(c.children as PhrasingContent[]) : '')).join(' ').trim());
}

/** The node's text, line by line, as plain text. */
function sourceLines(node: Paragraph | List): string[] {
  const texts = node.type === 'paragraph' ? [plain(node.children)] : listItemTexts(node);
  return texts.flatMap((t) => t.split('\n')).map((l) => l.trim()).filter(Boolean);
}

function plain(nodes: readonly PhrasingContent[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'inlineCode') s += n.value;
    else if (n.type === 'break') s += '\n';
    else if ('children' in n) s += plain(n.children as PhrasingContent[]);
  }
  return s;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
