/**
 * `--format github`: GitHub Actions workflow commands, which the runner turns into annotations:
 *   ::error file=docs/a.md,line=3,col=5,endLine=3,endColumn=8,title=terminology/ccg::message
 * info findings become `::notice`.
 */
import type { Formatter } from './types.js';

/** Escapes a command's message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value: also `:` and `,`, which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(r.relativePath)}`,
        `line=${f.range.start.line}`,
        `col=${f.range.start.column}`,
        `endLine=${f.range.end.line}`,
        `endColumn=${f.range.end.column}`,
        `title=${escapeProperty(f.ruleId)}`,
      ];
      lines.push(`::${command} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
