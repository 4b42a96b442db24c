/**
 * Plain text extracted from Markdown, with a map from every character back to its
 * offset in the source. Rules run regular expressions on plain text ("Clinical
 * Commissioning Group" across emphasis, links…) and still report exact source ranges.
 */

interface Segment {
  /** Start of this piece in the plain text. */
  textStart: number;
  length: number;
  /** Start of this piece in the source. */
  sourceStart: number;
  /** Source end, for pieces whose text differs from the source (entities, escapes). */
  sourceEnd: number;
  /** True when plain text and source agree character for character. */
  exact: boolean;
}

export class MappedText {
  readonly value: string;
  private readonly segments: Segment[];

  constructor(value: string, segments: Segment[]) {
    this.value = value;
    this.segments = segments;
  }

  toString(): string {
    return this.value;
  }

  /** Source offset of the plain-text index `i` (a start position). */
  sourceOffset(i: number): number {
    const seg = this.segmentAt(i);
    if (!seg) return this.segments.length ? this.segments[this.segments.length - 1]!.sourceEnd : 0;
    if (seg.exact) return seg.sourceStart + (i - seg.textStart);
    return seg.sourceStart;
  }

  /** Source offset just after the plain-text index `i - 1` (an end position). */
  sourceEndOffset(i: number): number {
    if (i <= 0) return this.sourceOffset(0);
    const seg = this.segmentAt(i - 1);
    if (!seg) return this.sourceOffset(i);
    if (seg.exact) return seg.sourceStart + (i - seg.textStart);
    return seg.sourceEnd;
  }

  private segmentAt(i: number): Segment | undefined {
    // Binary search: blocks can be long table rows or paragraphs.
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const seg = this.segments[mid]!;
      if (i < seg.textStart) hi = mid - 1;
      else if (i >= seg.textStart + seg.length) lo = mid + 1;
      else return seg;
    }
    return undefined;
  }
}

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
  private value = '';
  private readonly segments: Segment[] = [];

  /** Appends text that came from source[sourceStart, sourceEnd). */
  push(raw: string, sourceStart: number, sourceEnd: number, source: string): void {
    if (!raw) return;
    // Curly quotes become straight ones (same length, so offsets still map): rules match "children's"
    // whether the author's editor wrote ’ or '.
    const text = sameLengthPlain(raw);
    const exact = sameLengthPlain(source.slice(sourceStart, sourceEnd)) === text;
    if (!exact && text.includes('\n') && this.pushLines(text, sourceStart, sourceEnd, source)) return;
    this.segments.push({ textStart: this.value.length, length: text.length, sourceStart, sourceEnd, exact });
    this.value += text;
  }

  /**
   * Text that spans lines inside a list item or quote loses the indentation or `>` that starts
   * each source line. Map it line by line, so a match on a continuation line keeps its exact range.
   * Returns false (nothing pushed) when a line cannot be found in order in the source.
   */
  private pushLines(text: string, sourceStart: number, sourceEnd: number, source: string): boolean {
    const lines = text.split('\n');
    const found: number[] = [];
    const hay = sameLengthPlain(source.slice(sourceStart, sourceEnd));
    let cursor = 0;
    for (const line of lines) {
      const at = line ? hay.indexOf(line, cursor) : cursor;
      if (at < 0) return false;
      found.push(sourceStart + at);
      cursor = at + line.length;
    }
    lines.forEach((line, i) => {
      const at = found[i]!;
      if (i > 0) this.pushSeparator('\n', at);
      if (line) this.segments.push({ textStart: this.value.length, length: line.length, sourceStart: at, sourceEnd: at + line.length, exact: true });
      this.value += line;
    });
    return true;
  }

  /** Appends a separator (e.g. a space between table cells) mapped to a source point. */
  pushSeparator(text: string, sourceAt: number): void {
    if (!text) return;
    this.segments.push({ textStart: this.value.length, length: text.length, sourceStart: sourceAt, sourceEnd: sourceAt, exact: false });
    this.value += text;
  }

  /** Length of the text built so far. */
  get length(): number {
    return this.value.length;
  }

  build(): MappedText {
    return new MappedText(this.value, this.segments);
  }
}

/** ‘ ’ -> ' and “ ” -> ", and a lone CR -> LF: one character for one, so offsets still map. */
export function sameLengthPlain(text: string): string {
  const straight = /[‘’“”]/.test(text) ? text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : text;
  // A lone CR (old Mac exports) ends a line as LF does; rules and sentence splitting only know LF.
  return straight.includes('\r') ? straight.replace(/\r(?!\n)/g, '\n') : straight;
}
