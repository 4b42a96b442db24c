/** Offsets <-> 1-based line/column, for any line ending (LF, CRLF, CR). */
import type { Point, Range } from '../types.js';

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1, offset: o };
  }

  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }

  /** Offset of the start of `line` (1-based), clamped to the document. */
  lineStart(line: number): number {
    const i = Math.max(1, Math.min(line, this.starts.length)) - 1;
    return this.starts[i]!;
  }

  /** The whole of line `line`, without its line break. */
  lineRange(line: number): Range {
    const start = this.lineStart(line);
    let end = line < this.starts.length ? this.starts[line]! : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.range(start, end);
  }
}
