/**
 * `--format junit`: a <testsuite> per linted file and a <testcase> per finding; a clean file has
 * one passing testcase. Errors and warnings are <failure>s (as ESLint's junit formatter does);
 * info findings pass, with the message in <system-out>, because they never fail a run.
 * Test names carry no line or column (see below); positions are in the failure body.
 */
import type { Formatter } from './types.js';

/** Escapes text and attribute values, and drops characters XML 1.0 cannot carry. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values: also keep line breaks and tabs, which attribute normalisation would turn into spaces. */
export function escapeAttr(s: string): string {
  return escapeXml(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export const junit: Formatter = (results) => {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
  out.push(`<testsuites name="safeguarding-lint" tests="${total}" failures="${failures}" errors="0">`);
  for (const r of results) {
    const name = escapeAttr(r.relativePath);
    const tests = Math.max(1, r.findings.length);
    out.push(`  <testsuite name="${name}" tests="${tests}" failures="${r.errorCount + r.warningCount}" errors="0" skipped="0">`);
    if (!r.findings.length) out.push(`    <testcase classname="${name}" name="safeguarding-lint" file="${name}"/>`);
    // A test's name must not change when the text above it moves (CI keeps each test's history
    // by name): the rule and message, numbered when a file has the same one twice; the position
    // is in the body and the line attribute.
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const where = `${f.range.start.line}:${f.range.start.column}`;
      const base = `${f.ruleId}: ${f.message.replace(/\s*\r?\n\s*/g, ' ')}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const testName = n === 1 ? base : `${base} (${n})`;
      const open = `    <testcase classname="${name}" name="${escapeAttr(testName)}" file="${name}" line="${f.range.start.line}">`;
      const detail = escapeXml(`${r.relativePath}:${where} ${f.severity} ${f.ruleId}: ${f.message}\n${f.citation}\n${f.url}`);
      if (f.severity === 'info') out.push(open, `      <system-out>${detail}</system-out>`, '    </testcase>');
      else out.push(open, `      <failure type="${f.severity}" message="${escapeAttr(f.message)}">${detail}</failure>`, '    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
