/**
 * Answers about a piece of text, remembered across lints. In the editor each keystroke re-lints
 * the whole document, but only one sentence changed: a pure question asked of every paragraph
 * ("does it match this requirement's patterns?", "which agencies does it name?") is answered
 * again only for the text that is new. Keys are the text itself, so an answer can never be stale.
 *
 * Bounded by two generations: when the current one is full it becomes the old one and the oldest
 * is dropped, so text still in use survives (it is copied forward on a hit) and memory stays
 * within about 2 × `limit` entries per memo.
 */
export class TextMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  /** `registered`: emptied by clearTextMemos; a family's memos are emptied through the family. */
  constructor(
    private readonly limit = 20_000,
    registered = true,
  ) {
    if (registered) everyMemo.add(new WeakRef(this));
  }

  get(key: string, compute: (key: string) => T): T {
    const hit = this.current.get(key);
    if (hit !== undefined || this.current.has(key)) return hit as T;
    let value: T;
    if (this.previous.has(key)) value = this.previous.get(key) as T;
    else value = compute(key);
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
    return value;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}

/**
 * One memo per key object (a rule's pattern groups, an exclusion pattern). A key written in the
 * call (a new array each time) gets a new memo each time: correct, but it remembers nothing.
 */
export class MemoFamily<K extends object, T> {
  private memos = new WeakMap<K, TextMemo<T>>();

  constructor(private readonly limit = 20_000) {
    everyMemo.add(new WeakRef(this));
  }

  clear(): void {
    this.memos = new WeakMap();
  }

  of(key: K): TextMemo<T> {
    let memo = this.memos.get(key);
    if (!memo) this.memos.set(key, (memo = new TextMemo<T>(this.limit, false)));
    return memo;
  }
}

const everyMemo = new Set<WeakRef<{ clear(): void }>>();

/** Empties every memo: for tests that compare a warm lint with a cold one. */
export function clearTextMemos(): void {
  for (const ref of everyMemo) {
    const memo = ref.deref();
    if (memo) memo.clear();
    else everyMemo.delete(ref);
  }
}
