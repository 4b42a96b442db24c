/**
 * Parsing in chunks, with a cache. A document is cut before every ATX heading at the start of a
 * line (outside front matter, fenced code and HTML comments): an ATX heading always ends the
 * block before it, so each chunk parses to the same tree it has in the whole document. Chunks
 * are cached by their text, so a keystroke in the editor re-parses one section, not the document.
 *
 * Known limit: a reference link (`[text][ref]`) whose definition is in another chunk is read as
 * text. Rules only use links' URLs, and inline links are unaffected.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

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
  // Front matter may hold `# comments`: skip past its closing fence.
  const fm = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) i = fm[0].length;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(i, lineEnd);
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f) fence = f[1];
      else if (/^#{1,6}(?:[ \t]|$)/.test(line) && i > 0) starts.push(i);
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
    }
    i = lineEnd + 1;
  }
  return starts.map((start, k) => ({ start, end: k + 1 < starts.length ? starts[k + 1]! : text.length }));
}

/** Cached trees by chunk text, least recently used first; bounded by the text they hold. */
const cache = new Map<string, Root>();
let cachedChars = 0;
/**
 * The cache's size, in characters of chunk text. A syntax tree takes some fifty times the memory
 * of its text, so the default (2 MB of text) keeps the editor's open documents at a keystroke's
 * cost without holding a large CLI run's every tree.
 */
let maxCachedChars = 2 * 1024 * 1024;

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

export function parseChunk(chunk: string): Root {
  const hit = cache.get(chunk);
  if (hit) {
    cache.delete(chunk);
    cache.set(chunk, hit);
    return hit;
  }
  const tree = processor.parse(chunk) as Root;
  if (chunk.length >= MIN_CACHED_CHARS && chunk.length < maxCachedChars / 4) {
    cache.set(chunk, tree);
    cachedChars += chunk.length;
    evict();
  }
  return tree;
}
