/**
 * Fixes that add what a table lacks: a row for an agency missing from the partners or funding
 * table, or, when there is no such table, a ready table under its own heading. Cells the author
 * must fill are tab stops (`[insert …]`), prefilled later with the names the document gives.
 */
import type { DocumentModel, Section, Table } from '../../parse/model.js';
import type { Fix, Range } from '../../types.js';
import { sectionTemplateFix, detectEol } from '../../fixes/section-template.js';
import { placeholderDefaults } from '../../fixes/snippet.js';
import type { AgencyKind } from './text.js';

const AGENCY_PROMPT: Record<AgencyKind, string> = {
  'local-authority': 'local authority',
  icb: 'integrated care board',
  police: 'police',
};

const HEAD_POST: Record<AgencyKind, string> = {
  'local-authority': 'Chief Executive',
  icb: 'Chief Executive',
  police: 'Chief Constable',
};

/** The table that contains `range`, if any. */
export function tableAt(doc: DocumentModel, range: Range): Table | undefined {
  return doc.tables.find((t) => t.range.start.offset <= range.start.offset && range.start.offset <= t.range.end.offset);
}

/**
 * A row for `kind` appended to `table`: the agency in the first column, and in the column whose
 * header names the role (`roleHeader`) a name and post to fill in.
 */
export function rowFix(doc: DocumentModel, table: Table, kind: AgencyKind, roleHeader: RegExp, lead: boolean, title: string): Fix {
  let n = 0;
  const stop = (prompt: string) => `\${${++n}:[insert ${prompt}]}`;
  const cells = table.header.texts.map((h, i) => {
    if (i === 0) return stop(AGENCY_PROMPT[kind]);
    if (roleHeader.test(h)) return `${stop('name')}, ${lead ? HEAD_POST[kind] : stop('post')}`;
    // Another person column of the same table (the DSP beside the LSP): a name and a post too.
    if (/\blead\b|\bdelegat|\bLSP\b|\bDSP\b/i.test(h)) return `${stop('name')}, ${stop('post')}`;
    if (/£|amount|contribution|budget|funding/i.test(h)) return '${' + ++n + ':£xxx}';
    if (/%|share|percent/i.test(h)) return stop('share');
    return stop(h.toLowerCase() || 'detail');
  });
  const eol = detectEol(doc.text);
  const at = table.range.end.offset;
  const snippet = `${eol}| ${cells.join(' | ')} |`;
  return { kind: 'template', title, at: doc.rangeOf(at, at), snippet, heading: '', body: '', fixed: true };
}

const PARTNERS_TABLE = [
  '| Agency | Lead safeguarding partner | Delegated safeguarding partner |',
  '|---|---|---|',
  '| ${1:local authority} | ${2:name}, Chief Executive | ${3:name}, ${4:post} |',
  '| ${5:integrated care board} | ${6:name}, Chief Executive | ${7:name}, ${8:post} |',
  '| ${9:police} | ${10:name}, Chief Constable | ${11:name}, ${12:post} |',
].join('\n');

const FUNDING_TABLE = [
  'The lead safeguarding partners agreed these contributions for ${1:year}:',
  '',
  '| Partner | Contribution (£) | Share (%) |',
  '|---|---:|---:|',
  '| ${2:local authority} | ${3:£xxx} | ${4:share} |',
  '| ${5:integrated care board} | ${6:£xxx} | ${7:share} |',
  '| ${8:police} | ${9:£xxx} | ${10:share} |',
  '| **Total** | **${11:£xxx}** | **100** |',
].join('\n');

export function partnersTableFix(doc: DocumentModel, under: Section): Fix {
  return sectionTemplateFix(doc, under, 'Safeguarding partners', PARTNERS_TABLE);
}

/** A funding table added at the end of the funding section that gives no figures. */
export function fundingTableFix(doc: DocumentModel, section: Section): Fix {
  const eol = detectEol(doc.text);
  const at = section.range.end.offset;
  const snippet = `${eol}${eol}${placeholderDefaults(FUNDING_TABLE).replace(/\n/g, eol)}`;
  return { kind: 'template', title: 'Insert a funding table (a row per statutory partner and a total)', at: doc.rangeOf(at, at), snippet, heading: '', body: '', fixed: true };
}

