/**
 * Forgets everything earlier lints left behind (parsed chunks, and the answers remembered by
 * text, sentence splits among them), so the next lint runs cold. For benchmarks that repeat one document and
 * must not time the memo, and for tests that compare a warm lint with a cold one.
 */
import { getChunkCacheLimit, setChunkCacheLimit } from './parse/chunks.js';
import { clearTextMemos } from './text/memo.js';

export function resetCaches(): void {
  clearTextMemos();
  const limit = getChunkCacheLimit();
  setChunkCacheLimit(0);
  setChunkCacheLimit(limit);
}
