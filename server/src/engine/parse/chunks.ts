/**
 * Parsing in chunks, with a cache. A document is cut before every ATX heading at the start of a
 * line (outside front matter, fenced code and HTML comments): an ATX heading always ends the
 * block before it, so each chunk parses to the same tree it has in the whole document. Chunks
 * are cached by their text, so a keystroke in the editor re-parses one section, not the document.
 *
 * Known limit: a reference link (`[text][ref]`) whose definition is in another chunk is read as
 * text. Rules only use links' URLs, and inline links are unaffected.
 *
 * Hostile input (found by the fuzz suite, tests/fuzz): remark takes time quadratic in the length
 * of one block (a table's rows, a paragraph's lines), and nested containers cost time per line
 * per level and overflow the stack of remark-gfm's tree walks past a few thousand levels. So a
 * run of MAX_BLOCK_LINES lines without a blank line is cut into chunks of that many lines (a
 * longer table: the rows after the cut are read as text), and a line opens at most MAX_NESTING
 * containers (further `>` and list markers are read as spaces). Both keep every offset, so
 * positions stay exact; no real document has a block of a thousand lines or 32 nested quotes.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Lines of one block (no blank line between them) parsed together; the next lines start a new chunk. */
export const MAX_BLOCK_LINES = 1000;
/** Block quotes and list items one line may open; deeper markers are read as spaces. */
export const MAX_NESTING = 32;

const LINE_END = /\r\n?|\n/g;
const FRONT_MATTER = /^\uFEFF?---[ \t]*(?:\r\n?|\n)(?:[\s\S]*?(?:\r\n?|\n))??---[ \t]*(?:\r\n?|\n|$)/;

export interface Chunk {
  start: number;
  end: number;
}

/** Offsets of the chunks: the text before the first heading, then one chunk per heading. */
export function splitAtHeadings(text: string): Chunk[] {
  const starts = [0];
  let i = 0;
  let fence: string | undefined;
  let inComment = false;
  /** Lines since the last blank line (or cut). */
  let blockLines = 0;
  // Front matter may hold `# comments`: skip past its closing fence, found as micromark finds it
  // (after a byte order mark; any line ending, a lone CR too; closed by `---` only). A closing
  // fence it missed would let the chunker skip on to a later `---` line, past every cut (the fuzz
  // suite found a 6,317-row table behind "type: arrangements\r---" parsed whole: 8 s).
  const fm = FRONT_MATTER.exec(text);
  if (fm) i = fm[0].length;
  while (i < text.length) {
    // Lines end at LF, CRLF or a lone CR (old Mac exports), as in CommonMark.
    LINE_END.lastIndex = i;
    const nl = LINE_END.exec(text);
    const lineEnd = nl ? nl.index : text.length;
    const next = nl ? nl.index + nl[0].length : text.length;
    const line = text.slice(i, lineEnd);
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f) fence = f[1];
      else if (/^#{1,6}(?:[ \t]|$)/.test(line) && i > 0) starts.push(i);
      // Only a comment that opens a line starts an HTML block, as in CommonMark: a "<!--" inside a
      // paragraph or table row is inline and ends with its block (the fuzz suite found a 6,889-row
      // table read as one 8 s chunk because a row had "<!--" in it).
      else if (/^ {0,3}<!--/.test(line) && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
      if (!line.trim()) blockLines = 0;
      else if (++blockLines > MAX_BLOCK_LINES && !inComment && !fence) {
        if (starts[starts.length - 1] !== i) starts.push(i);
        blockLines = 1;
      }
    }
    i = next;
  }
  return starts.map((start, k) => ({ start, end: k + 1 < starts.length ? starts[k + 1]! : text.length }));
}

/** Cached trees by chunk text, least recently used first; bounded by the text they hold. */
const cache = new Map<string, { text: string; tree: Root }>();
let cachedChars = 0;
/**
 * The cache's size, in characters of chunk text. A syntax tree takes some fifty times the memory
 * of its text, so the default (2 MB of text) keeps the editor's open documents at a keystroke's
 * cost without holding a large CLI run's every tree.
 */
let maxCachedChars = 2 * 1024 * 1024;

/** The cache's size, in characters of chunk text. */
export function getChunkCacheLimit(): number {
  return maxCachedChars;
}

/** Sets the cache's size (0 turns it off), evicting the least recently used trees. */
export function setChunkCacheLimit(chars: number): void {
  maxCachedChars = Math.max(0, chars);
  evict();
}

function evict(): void {
  for (const [key] of cache) {
    if (cachedChars <= maxCachedChars) break;
    cache.delete(key);
    cachedChars -= key.length;
  }
}
/** Chunks shorter than this are cheap to parse and not worth a cache entry. */
const MIN_CACHED_CHARS = 64;

/** Drops one chunk's cached tree (the editor closed or changed the document it was part of). */
export function forgetChunk(chunk: string): void {
  if (cache.delete(chunk)) cachedChars -= chunk.length;
}

export function parseChunk(chunk: string): Root {
  const hit = cache.get(chunk);
  if (hit) {
    cache.delete(chunk);
    cache.set(hit.text, hit);
    return hit.tree;
  }
  // A chunk is a slice of the document, and V8 keeps a slice's whole parent string alive: so
  // would the tree's strings and the cache key, and every edited version of the text would live
  // on in the cache. A copy of the chunk's own text is parsed and kept instead.
  const text = detach(chunk);
  const tree = processor.parse(limitNesting(text)) as Root;
  if (text.length >= MIN_CACHED_CHARS && text.length < maxCachedChars / 4) {
    cache.set(text, { text, tree });
    cachedChars += text.length;
    evict();
  }
  return tree;
}

/** A copy of `s` that shares no memory with the string it was sliced from. */
function detach(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

/**
 * The text with at most MAX_NESTING container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) opening
 * each line; further markers become spaces, so the text keeps its length and every offset.
 */
export function limitNesting(text: string): string {
  let out: string[] | undefined;
  let copied = 0;
  // micromark drops a byte order mark that starts its input, so the first line's markers start after it.
  for (let start = text.charCodeAt(0) === 0xfeff ? 1 : 0; start < text.length; ) {
    let i = start;
    let depth = 0;
    for (;;) {
      while (text[i] === ' ' || text[i] === '\t') i++;
      const markerStart = i;
      if (text[i] === '>') i++;
      else if ((text[i] === '-' || text[i] === '*' || text[i] === '+') && /^[ \t\r\n]?$/.test(text[i + 1] ?? '')) i++;
      else {
        let d = i;
        while (d - i < 9 && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
        if (d === i || (text[d] !== '.' && text[d] !== ')') || !/^[ \t\r\n]?$/.test(text[d + 1] ?? '')) break;
        i = d + 1;
      }
      if (++depth > MAX_NESTING) {
        out ??= [];
        out.push(text.slice(copied, markerStart), ' '.repeat(i - markerStart));
        copied = i;
      }
    }
    LINE_END.lastIndex = i;
    if (!LINE_END.test(text)) break;
    start = LINE_END.lastIndex;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}
