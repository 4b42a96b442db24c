/**
 * Section templates attached to "missing" findings. The template is a snippet (LSP syntax)
 * inserted as a new subsection at the end of the section it belongs under; nothing the author
 * wrote is touched.
 */
import type { DocumentModel, Section } from '../parse/model.js';
import type { Fix } from '../types.js';
import { placeholderDefaults } from './snippet.js';

export function sectionTemplateFix(doc: DocumentModel, under: Section, heading: string, body: string): Fix {
  const level = Math.min(6, Math.max(2, under.level + 1));
  const endOffset = under.level === 0 ? doc.text.length : under.range.end.offset;
  // Insert at the start of the line after the section's last line.
  const eol = detectEol(doc.text);
  let at = endOffset;
  const nl = doc.text.indexOf('\n', at);
  let prefix = '';
  if (nl < 0) {
    at = doc.text.length;
    prefix = doc.text.length && !/\n$/.test(doc.text) ? eol : '';
  } else at = nl + 1;
  const snippet = `${prefix}${eol}${'#'.repeat(level)} ${escapeSnippet(heading)}${eol}${eol}${placeholderDefaults(body).replace(/\n/g, eol)}${eol}`;
  const point = doc.rangeOf(at, at);
  return { kind: 'template', title: `Insert a "${heading}" section`, at: point, snippet };
}

/** Escapes `$`, `}` and `\` so literal text survives snippet expansion. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

export function detectEol(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}
