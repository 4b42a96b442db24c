/** `--explain RULE-ID`: a rule's documentation in the terminal. */
import { META_BY_ID, docsUrl } from '../engine/rules/registry.js';
import { levelToSeverity } from '../engine/types.js';
import { suggestRule } from '../engine/config/index.js';
import { CliError } from './exit-codes.js';

export function explain(id: string): string {
  const m = META_BY_ID.get(id);
  if (!m) {
    const near = suggestRule(id, [...META_BY_ID.keys()]);
    throw new CliError(`unknown rule "${id}"${near ? `: did you mean "${near}"?` : ''}`);
  }
  const level = m.optIn
    ? `${levelToSeverity(m.level)}, opt-in: off unless the configuration extends ${m.optIn}`
    : ['must', 'should', 'consider'].includes(m.level)
      ? `${m.level} (default severity: ${levelToSeverity(m.level)})`
      : levelToSeverity(m.level);
  const applies = m.appliesTo === 'any' ? 'any document' : m.appliesTo.join(', ');
  const fix = m.fixable === 'text' ? 'yes: --fix applies it' : m.fixable === 'template' ? 'a section template, offered in the editor (never applied by --fix)' : m.fixable === 'suggestion' ? 'a replacement you complete in the editor (never applied by --fix)' : 'no';
  const indent = (s: string) =>
    s
      .replace(/\s+$/, '')
      .split(/\r?\n/)
      .map((l) => (l ? `    ${l}` : ''))
      .join('\n');
  return [
    `${m.id}: ${m.title}`,
    '',
    `  Level:       ${level}`,
    `  Citation:    ${m.citation}`,
    `  Applies to:  ${applies}`,
    `  Fixable:     ${fix}`,
    '',
    indent(m.description),
    '',
    '  Example that passes:',
    '',
    indent(m.example),
    '',
    `  Documentation: ${docsUrl(m.id)}`,
    '',
  ].join('\n');
}
