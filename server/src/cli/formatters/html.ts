/**
 * `--format html`: one self-contained page (inline CSS, no script, no fonts or images from
 * anywhere) for the lead safeguarding partners' sign-off meeting, printable on A4.
 * Every interpolated value goes through the `html` tag, which escapes it unless it is markup the
 * tag itself built, so text from a document can never become markup.
 */
import { buildReport, plural, STATUS_LABEL, type ChecklistRow, type DocumentReport, type ReportModel, type SectionGroup } from './report-model.js';
import type { Formatter } from './types.js';

/** Markup built by the `html` tag (and only by it). */
class Markup {
  constructor(readonly value: string) {}
}

type Value = Markup | string | number | undefined | null | false | readonly Value[];

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function render(v: Value): string {
  if (v instanceof Markup) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === undefined || v === null || v === false) return '';
  return escapeHtml(String(v));
}

function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new Markup(out);
}

export const htmlFormat: Formatter = (results, ctx) => page(buildReport(results, ctx)).value;

function page(r: ReportModel): Markup {
  return html`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="safeguarding-lint ${r.version}">
<title>Safeguarding documents checked against Working Together 2023 (${r.date})</title>
<style>${new Markup(CSS)}</style>
</head>
<body>
<header>
<h1>Safeguarding documents checked against Working Together 2023</h1>
<p class="run">Checked by safeguarding-lint ${r.version} on ${r.date}: ${plural(r.documents.length, 'document')} checked${r.skipped.length ? html`, ${r.skipped.length} skipped` : ''}.
Each requirement is the linter's reading of the document, for the partners to confirm, not a judgement of practice.</p>
</header>
<main>
${summary(r)}
${r.documents.map(documentSection)}
${r.skipped.length ? skippedSection(r) : ''}
${r.guidance.length ? guidanceSection(r) : ''}
</main>
<footer><p>Quotations from ${r.guidanceEdition} contain public sector information licensed under the ${r.guidanceLicence}.</p></footer>
</body>
</html>
`;
}

function summary(r: ReportModel): Markup {
  return html`<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
${r.byType.length ? html`<ul class="by-type">${r.byType.map((t) => html`<li><strong>${t.type}</strong>: ${t.met} of ${t.total} requirements met${t.partial || t.missing ? html` (${t.partial} partial, ${t.missing} missing)` : ''}${t.documents > 1 ? html` across ${t.documents} documents` : ''}</li>`)}</ul>` : html`<p>No safeguarding documents were checked.</p>`}
<table id="summary" class="summary-table">
<thead><tr><th scope="col">Document</th><th scope="col">Type</th><th scope="col" class="num">Met</th><th scope="col" class="num">Partial</th><th scope="col" class="num">Missing</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Info</th></tr></thead>
<tbody>
${r.documents.map(
  (d) => html`<tr data-document="${d.relativePath}"><th scope="row"><a href="#${d.anchor}">${d.relativePath}</a>${d.title ? html`<div class="doc-title">${d.title}</div>` : ''}</th><td>${d.type ?? 'unknown'}</td><td class="num met" data-count="met">${d.met} of ${d.total}</td><td class="num partial" data-count="partial">${d.partial}</td><td class="num missing" data-count="missing">${d.missing}</td><td class="num" data-count="errors">${d.errors}</td><td class="num" data-count="warnings">${d.warnings}</td><td class="num" data-count="info">${d.infos}</td></tr>
`,
)}
</tbody>
</table>
${r.skipped.length ? html`<p>${plural(r.skipped.length, 'file')} not checked: see <a href="#skipped">Skipped files</a>.</p>` : ''}
</section>
`;
}

function documentSection(d: DocumentReport): Markup {
  return html`<section class="document" id="${d.anchor}" aria-labelledby="${d.anchor}-heading">
<h2 id="${d.anchor}-heading">${d.relativePath}</h2>
${d.title ? html`<p class="doc-title">${d.title}</p>` : ''}
<dl class="facts">
<dt>Type</dt><dd class="type">${d.type ?? 'unknown'}</dd>
<dt>How the type was decided</dt><dd class="type-decision">${d.typeSource ? html`<strong>${d.typeSource}</strong>: ` : ''}${d.typeDecision}</dd>
<dt>Requirements</dt><dd>${d.total ? html`${d.met} of ${d.total} met, ${d.partial} partial, ${d.missing} missing${d.notApplicable ? html` (${d.notApplicable} not applicable)` : ''}` : 'none (no known type)'}</dd>
<dt>Findings</dt><dd>${plural(d.errors, 'error')}, ${plural(d.warnings, 'warning')}, ${d.infos} info</dd>
<dt>File</dt><dd><a href="${d.href}">${d.relativePath}</a></dd>
</dl>
${d.checklist.length ? checklistTable(d) : ''}
<h3>Findings by section</h3>
${d.sections.length ? d.sections.map(sectionFindings) : html`<p class="none">No findings.</p>`}
</section>
`;
}

function checklistTable(d: DocumentReport): Markup {
  // A paragraph several requirements cite (¶103 lists most of them) is quoted at its first row only.
  const shown = new Set<string>();
  return html`<h3>Checklist: what Working Together 2023 asks of ${articleFor(d.type)} ${d.type} document</h3>
<table class="checklist">
<thead><tr><th scope="col" class="status-col">Status</th><th scope="col" class="req-col">Requirement</th><th scope="col" class="evidence-col">Evidence found, or what is missing</th><th scope="col" class="guidance-col">The guidance</th></tr></thead>
<tbody>
${d.checklist.map((row) => checklistRow(row, shown))}
</tbody>
</table>
`;
}

function checklistRow(row: ChecklistRow, shown: Set<string>): Markup {
  const words = row.paragraphs.map((p) => {
    const first = !shown.has(p.paragraph);
    shown.add(p.paragraph);
    return html`<div class="words"><a href="#p-${p.paragraph}">¶${p.paragraph}</a> ${first ? p.excerpt : '(quoted above)'}</div>`;
  });
  return html`<tr class="status-${row.status}" data-rule="${row.ruleId}" data-status="${row.status}">
<td><span class="badge ${row.status}">${STATUS_LABEL[row.status]}</span></td>
<td><span class="req">${row.title}</span><div class="rule"><a href="${row.docsUrl}">${row.ruleId}</a> · ${row.level}</div></td>
<td>${evidence(row)}</td>
<td><div class="cite">${row.citation}</div>${words}</td>
</tr>
`;
}

function evidence(row: ChecklistRow): Markup {
  if (row.status === 'not-applicable') return html`<span class="quiet">Does not apply to this document${row.detail ? html`: ${row.detail}` : ''}. Not counted.</span>`;
  const link = row.at ? html`<a class="line" href="${row.at.href}">line ${row.at.line}</a>` : '';
  if (row.status === 'met') {
    if (!row.at) return html`<span class="quiet">No finding of this check.</span>${row.detail ? html` ${row.detail}` : ''}`;
    return html`${link}${row.at.text ? html`<blockquote class="quote">${row.at.text}</blockquote>` : ''}${row.detail ? html`<div>${row.detail}</div>` : ''}`;
  }
  const what = row.detail ?? `Not found: ${row.title}`;
  if (row.status === 'partial') return html`<div class="gap">${what}</div>${row.at ? html`${link}${row.at.text ? html`<blockquote class="quote">${row.at.text}</blockquote>` : ''}` : ''}`;
  return html`<div class="gap">${what}</div>${row.at ? html`<div class="where">Belongs near ${link}${row.at.text ? html`: <q>${row.at.text}</q>` : ''}</div>` : ''}`;
}

function sectionFindings(g: SectionGroup): Markup {
  return html`<div class="section-findings">
<h4>${g.heading ?? 'Before the first heading'}${g.line ? html` <a class="line" href="${g.findings[0]!.href.replace(/#L\d+$/, `#L${g.line}`)}">line ${g.line}</a>` : ''}</h4>
<table class="findings">
<thead><tr><th scope="col" class="line-col">Line</th><th scope="col" class="sev-col">Severity</th><th scope="col">Finding</th><th scope="col" class="rule-col">Rule</th></tr></thead>
<tbody>
${g.findings.map(
  (f) => html`<tr class="finding ${f.severity}" data-severity="${f.severity}"><td><a href="${f.href}">${f.line}:${f.column}</a></td><td><span class="sev ${f.severity}">${f.severity}</span></td><td>${f.message}</td><td><a href="${f.docsUrl}">${f.ruleId}</a></td></tr>
`,
)}
</tbody>
</table>
</div>
`;
}

function skippedSection(r: ReportModel): Markup {
  return html`<section class="skipped" id="skipped" aria-labelledby="skipped-heading">
<h2 id="skipped-heading">Skipped files</h2>
<p>These files were read but not checked.</p>
<table class="skipped-table">
<thead><tr><th scope="col">File</th><th scope="col">Why it was skipped</th></tr></thead>
<tbody>
${r.skipped.map((s) => html`<tr><td>${s.relativePath}</td><td>${s.reason}</td></tr>
`)}
</tbody>
</table>
</section>
`;
}

function guidanceSection(r: ReportModel): Markup {
  return html`<section class="guidance" id="guidance" aria-labelledby="guidance-heading">
<h2 id="guidance-heading">What the guidance says</h2>
<p>The paragraphs of ${r.guidanceEdition} cited above, in full.</p>
${r.guidance.map((g) => html`<blockquote id="p-${g.paragraph}"><p><strong>¶${g.paragraph}.</strong> ${g.text}</p></blockquote>
`)}
</section>
`;
}

function articleFor(type: string | undefined): string {
  return type && /^[aeiou]/i.test(type) ? 'an' : 'a';
}

const CSS = `
:root { --met: #1b6e3a; --met-bg: #e3f4e8; --partial: #7a5200; --partial-bg: #fff1cc; --missing: #a11d1d; --missing-bg: #fde4e4; --ink: #1d1d1f; --muted: #5b5b63; --rule: #d5d5dc; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 3rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: .95rem; margin: 1rem 0 .3rem; }
.run { color: var(--muted); margin: 0; }
a { color: #0b4f9c; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); overflow-wrap: break-word; }
thead th { background: #f1f1f4; border-bottom: 2px solid #b8b8c2; }
.num { text-align: right; white-space: nowrap; }
td.met { color: var(--met); font-weight: 600; }
td.partial { color: var(--partial); }
td.missing { color: var(--missing); }
.by-type { margin: .25rem 0 .75rem; padding-left: 1.2rem; }
.doc-title { color: var(--muted); font-weight: normal; font-size: .85rem; margin: 0; }
p.doc-title { font-size: 1rem; margin: -.25rem 0 .5rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.status-col { width: 7rem; } .req-col { width: 26%; } .evidence-col { width: 36%; }
.badge { display: inline-block; min-width: 5.2rem; text-align: center; padding: .1rem .4rem; border-radius: .25rem; font-weight: 700; font-size: .8rem; border: 1px solid currentColor; }
.badge.met { color: var(--met); background: var(--met-bg); }
.badge.partial { color: var(--partial); background: var(--partial-bg); }
.badge.missing { color: var(--missing); background: var(--missing-bg); }
.badge.not-applicable { color: var(--muted); background: #f4f4f6; }
.badge.met::before { content: "\\2713\\00a0"; } .badge.partial::before { content: "\\25D1\\00a0"; } .badge.missing::before { content: "\\2717\\00a0"; }
tr.status-missing { background: #fff8f8; } tr.status-partial { background: #fffcf2; }
.req { font-weight: 600; }
.rule, .cite, .quiet, .where { color: var(--muted); font-size: .8rem; }
.rule a { color: var(--muted); }
.words { font-size: .8rem; color: #3d3d45; margin-top: .2rem; }
.quote { margin: .25rem 0 0; padding: .15rem .5rem; border-left: 3px solid var(--rule); font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .8rem; white-space: pre-wrap; }
.gap { font-weight: 500; }
a.line { font-size: .8rem; white-space: nowrap; }
.findings .line-col { width: 4.5rem; } .findings .sev-col { width: 5.5rem; } .findings .rule-col { width: 13rem; }
.sev { font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .02em; }
.sev.error { color: var(--missing); } .sev.warning { color: var(--partial); } .sev.info { color: #0b4f9c; }
.none { color: var(--muted); }
.guidance blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 3px solid var(--rule); white-space: pre-line; font-size: .85rem; }
.guidance blockquote p { margin: 0; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  section.document, section.guidance, section.skipped { break-before: page; page-break-before: always; }
  thead { display: table-header-group; }
  tr, blockquote, .facts { break-inside: avoid; page-break-inside: avoid; }
  table { font-size: 8.5pt; }
  .words { font-size: 7.5pt; }
}
`;
