/**
 * Expected findings marked inline in a fixture, so a fixture reads as a document with its
 * problems pointed out:
 *
 *   <!-- expect: terminology/ccg "Clinical Commissioning Group" ~ "integrated care boards" -->
 *   The Clinical Commissioning Group funds a third of the budget.
 *
 * A marker on its own line refers to the next line that is neither blank nor another marker;
 * a marker at the end of a line of text refers to that line. The first quoted string is the
 * exact source text the finding's range must cover (on that line); the one after `~` must
 * appear in the message. Inside YAML front matter, use a YAML comment: `# expect: …`.
 * In a table, put the marker inside the row's last cell (a line between rows would end the table).
 */
import type { Finding } from '../../server/src/engine/index.js';

export interface Expectation {
  ruleId: string;
  /** 1-based line the finding starts on. */
  line: number;
  /** Exact text the range covers. */
  covers: string;
  /** Fragment the message must contain. */
  messageIncludes: string;
  /** Where the marker is, for failure messages. */
  markerLine: number;
}

const MARKER = /(?:<!--|#)\s*expect:\s*([a-z][a-z0-9-]*\/[a-z0-9-]+)\s+"((?:[^"\\]|\\.)*)"\s*~\s*"((?:[^"\\]|\\.)*)"\s*(?:-->)?/g;

export function parseExpectations(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const out: Expectation[] = [];
  lines.forEach((line, i) => {
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(line); m; m = MARKER.exec(line)) {
      const standalone = line.slice(0, m.index).trim() === '' || /^\s*#\s*$/.test(line.slice(0, m.index));
      let target = i;
      if (standalone) {
        target = i + 1;
        while (target < lines.length && (lines[target]!.trim() === '' || /^\s*(<!--|#)\s*expect:/.test(lines[target]!))) target++;
      }
      out.push({ ruleId: m[1]!, line: target + 1, covers: unescape(m[2]!), messageIncludes: unescape(m[3]!), markerLine: i + 1 });
    }
  });
  return out;
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Text a finding's range covers. */
export function coveredText(text: string, f: Finding): string {
  return text.slice(f.range.start.offset, f.range.end.offset);
}

/**
 * Pairs findings with expectations. Returns human-readable problems: expectations no finding
 * meets, and findings no expectation describes.
 */
export function compare(text: string, findings: Finding[], expectations: Expectation[]): string[] {
  const problems: string[] = [];
  const left = [...findings];
  for (const e of expectations) {
    const i = left.findIndex(
      (f) => f.ruleId === e.ruleId && f.range.start.line === e.line && coveredText(text, f) === e.covers && f.message.includes(e.messageIncludes),
    );
    if (i >= 0) left.splice(i, 1);
    else {
      const near = findings.filter((f) => f.ruleId === e.ruleId).map((f) => `  ${describe(text, f)}`);
      problems.push(`expected (marker line ${e.markerLine}) ${e.ruleId} on line ${e.line} covering "${e.covers}" with message containing "${e.messageIncludes}"; got:\n${near.join('\n') || '  nothing of that rule'}`);
    }
  }
  for (const f of left) problems.push(`unexpected ${describe(text, f)}`);
  return problems;
}

export function describe(text: string, f: Finding): string {
  return `${f.ruleId} ${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} covering "${coveredText(text, f).slice(0, 80)}": ${f.message}`;
}
