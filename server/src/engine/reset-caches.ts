/**
 * Forgets everything earlier lints left behind (parsed chunks, sentence splits, answers
 * remembered by text), so the next lint runs cold. For benchmarks that repeat one document and
 * must not time the memo, and for tests that compare a warm lint with a cold one.
 */
import { getChunkCacheLimit, setChunkCacheLimit } from './parse/chunks.js';
import { clearTextMemos } from './text/memo.js';
import { clearSentenceCache } from './text/sentences.js';

export function resetCaches(): void {
  clearTextMemos();
  clearSentenceCache();
  const limit = getChunkCacheLimit();
  setChunkCacheLimit(0);
  setChunkCacheLimit(limit);
}
