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
  return templateAt(doc, endOffset, level, heading, body);
}

/** A template inserted at the start of the line after `offset`, as a heading of `level`. */
export function templateAt(doc: DocumentModel, offset: number, level: number, heading: string, body: string): Fix & { kind: 'template' } {
  const eol = detectEol(doc.text);
  let at = offset;
  let prefix = '';
  if (at > 0 && doc.text[at - 1] === '\n') {
    // Already at the start of a line.
  } else {
    const nl = doc.text.indexOf('\n', at);
    if (nl < 0) {
      at = doc.text.length;
      prefix = doc.text.length && !/\n$/.test(doc.text) ? eol : '';
    } else at = nl + 1;
  }
  const filled = placeholderDefaults(body);
  const snippet = `${prefix}${eol}${'#'.repeat(level)} ${escapeSnippet(heading)}${eol}${eol}${filled.replace(/\n/g, eol)}${eol}`;
  const point = doc.rangeOf(at, at);
  return { kind: 'template', title: `Insert a "${heading}" section`, at: point, snippet, heading, body };
}

/** Escapes `$`, `}` and `\` so literal text survives snippet expansion. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

export function detectEol(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}
