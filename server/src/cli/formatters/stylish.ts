/** The default, human formatter (after ESLint's "stylish"): findings grouped by file, then a summary. */
import type { Formatter } from './types.js';

export const stylish: Formatter = (results, { colors: c }) => {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableCount;
    if (!r.findings.length) continue;
    const rows = r.findings.map((f) => ({
      pos: `${f.range.start.line}:${f.range.start.column}`,
      severity: f.severity,
      message: f.message.replace(/\s*\r?\n\s*/g, ' '),
      rule: f.ruleId,
    }));
    const posWidth = Math.max(...rows.map((x) => x.pos.length));
    const sevWidth = Math.max(...rows.map((x) => x.severity.length));
    out.push(c.underline(r.relativePath));
    for (const row of rows) {
      const sev = row.severity.padEnd(sevWidth);
      const colored = row.severity === 'error' ? c.red(sev) : row.severity === 'warning' ? c.yellow(sev) : c.blue(sev);
      out.push(`  ${c.dim(row.pos.padStart(posWidth))}  ${colored}  ${row.message}  ${c.dim(row.rule)}`);
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return out.join('\n');
  const summary = `${errors || warnings ? '✖' : 'ℹ'} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)`;
  out.push(c.bold(errors ? c.red(summary) : warnings ? c.yellow(summary) : c.blue(summary)));
  if (fixable) out.push(c.dim(`  ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.`));
  return `${out.join('\n')}\n`;
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
