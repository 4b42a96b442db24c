/**
 * `--format markdown`: the sign-off report as GitHub-flavoured Markdown, for a pull-request
 * comment or a wiki page: the same content as `--format html`, the guidance's full words folded
 * in a `<details>` block. Text from documents is escaped so that it shows as written and can
 * never become a link, markup or a broken table.
 */
import { buildReport, plural, STATUS_LABEL, type ChecklistRow, type DocumentReport, type ReportModel, type SectionGroup, type Status } from './report-model.js';
import type { Formatter } from './types.js';

const ICON: Record<Status, string> = { met: '✅', partial: '🟡', missing: '❌', 'not-applicable': '➖' };

/**
 * Author text as inline Markdown: characters that start inline markup are backslash-escaped
 * (`[` and `]` so no link can form, `|` so no cell can end), `<` and `&` become entities (no raw
 * HTML), and line breaks become spaces (a table row is one line). Block markers (`#`, `-`, `>`)
 * need no escape: escaped text never starts a line.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** A link target: already percent-encoded by the report model; parentheses too, so the link cannot end early. */
function target(href: string): string {
  return href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

export const markdown: Formatter = (results, ctx) => render(buildReport(results, ctx));

function render(r: ReportModel): string {
  const out: string[] = [];
  out.push('# Safeguarding documents checked against Working Together 2023', '');
  out.push(
    `Checked by safeguarding-lint ${r.version} on ${r.date}: ${plural(r.documents.length, 'document')} checked${r.skipped.length ? `, ${r.skipped.length} skipped` : ''}. Each requirement is the linter's reading of the document, for the partners to confirm, not a judgement of practice.`,
    '',
  );
  out.push('## Summary', '');
  if (!r.byType.length) out.push('No safeguarding documents were checked.', '');
  for (const t of r.byType) {
    out.push(`- **${t.type}**: ${t.met} of ${t.total} requirements met${t.partial || t.missing ? ` (${t.partial} partial, ${t.missing} missing)` : ''}${t.documents > 1 ? ` across ${t.documents} documents` : ''}`);
  }
  if (r.byType.length) out.push('');
  if (r.documents.length) {
    out.push('| Document | Type | Met | Partial | Missing | Errors | Warnings | Info |', '|---|---|--:|--:|--:|--:|--:|--:|');
    for (const d of r.documents) {
      out.push(row([`[${escapeMarkdown(d.relativePath)}](${target(d.href)})`, escapeMarkdown(d.type ?? 'unknown'), `${d.met} of ${d.total}`, String(d.partial), String(d.missing), String(d.errors), String(d.warnings), String(d.infos)]));
    }
    out.push('');
  }
  for (const d of r.documents) out.push(...documentPart(d));
  if (r.skipped.length) {
    out.push('## Skipped files', '', 'These files were read but not checked.', '', '| File | Why it was skipped |', '|---|---|');
    for (const s of r.skipped) out.push(row([escapeMarkdown(s.relativePath), escapeMarkdown(s.reason)]));
    out.push('');
  }
  if (r.guidance.length) {
    out.push('## What the guidance says', '', `<details><summary>The ${plural(r.guidance.length, 'paragraph')} of ${r.guidanceEdition} cited above, in full</summary>`, '');
    for (const g of r.guidance) {
      const lines = g.text.replace(/</g, '&lt;').split('\n');
      out.push(...lines.map((l, i) => `> ${i === 0 ? `**¶${g.paragraph}.** ` : ''}${l}`.trimEnd()), '');
    }
    out.push('</details>', '');
  }
  out.push(`*Quotations from ${r.guidanceEdition} contain public sector information licensed under the ${r.guidanceLicence}.*`, '');
  return out.join('\n');
}

function documentPart(d: DocumentReport): string[] {
  const out: string[] = [];
  out.push(`## ${escapeMarkdown(d.relativePath)}`, '');
  if (d.title) out.push(`*${escapeMarkdown(d.title)}*`, '');
  out.push(`- **Type:** ${escapeMarkdown(d.type ?? 'unknown')}`);
  out.push(`- **How the type was decided:** ${d.typeSource ? `${escapeMarkdown(d.typeSource)}: ` : ''}${escapeMarkdown(d.typeDecision)}`);
  out.push(`- **Requirements:** ${d.total ? `${d.met} of ${d.total} met, ${d.partial} partial, ${d.missing} missing${d.notApplicable ? ` (${d.notApplicable} not applicable)` : ''}` : 'none (no known type)'}`);
  out.push(`- **Findings:** ${plural(d.errors, 'error')}, ${plural(d.warnings, 'warning')}, ${d.infos} info`, '');
  if (d.checklist.length) {
    out.push('### Checklist', '', '| Status | Requirement | Evidence found, or what is missing | Guidance |', '|---|---|---|---|');
    for (const c of d.checklist) out.push(checklistRow(c));
    out.push('');
  }
  out.push('### Findings by section', '');
  if (!d.sections.length) out.push('No findings.', '');
  for (const g of d.sections) out.push(...sectionPart(g));
  return out;
}

function checklistRow(c: ChecklistRow): string {
  const link = c.at ? `[line ${c.at.line}](${target(c.at.href)})` : '';
  const quoted = c.at?.text ? `: “${escapeMarkdown(c.at.text)}”` : '';
  let evidence: string;
  if (c.status === 'not-applicable') evidence = `Does not apply to this document${c.detail ? `: ${escapeMarkdown(c.detail)}` : ''}. Not counted.`;
  else if (c.status === 'met') evidence = c.at ? `${link}${quoted}${c.detail ? `; ${escapeMarkdown(c.detail)}` : ''}` : 'No finding of this check.';
  else {
    const what = escapeMarkdown(c.detail ?? `Not found: ${c.title}`);
    evidence = c.at ? `${what} (${c.status === 'missing' ? 'belongs near ' : ''}${link}${quoted})` : what;
  }
  // The paragraphs' words are quoted in full under "What the guidance says".
  const guidance = c.paragraphs.length ? `[${escapeMarkdown(c.citation)}](#what-the-guidance-says)` : escapeMarkdown(c.citation);
  return row([`${ICON[c.status]} ${STATUS_LABEL[c.status]}`, `**${escapeMarkdown(c.title)}** (\`${c.ruleId}\`, ${c.level})`, evidence, guidance]);
}

function sectionPart(g: SectionGroup): string[] {
  const out = [`#### ${g.heading ? escapeMarkdown(g.heading) : 'Before the first heading'}${g.line ? ` (line ${g.line})` : ''}`, ''];
  out.push('| Line | Severity | Finding | Rule |', '|--:|---|---|---|');
  for (const f of g.findings) out.push(row([`[${f.line}:${f.column}](${target(f.href)})`, f.severity, escapeMarkdown(f.message), `[${f.ruleId}](${target(f.docsUrl)})`]));
  out.push('');
  return out;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
