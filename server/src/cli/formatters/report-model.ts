/**
 * The content of the sign-off report, shared by `--format html` and `--format markdown`: a
 * summary across documents, and per document its type (and how it was decided), the engine's
 * checklist with evidence, and the findings grouped by section. Built from what the engine
 * computed (coverage, findings); nothing here decides what is met. Text is raw here: each
 * renderer escapes it for its own format.
 */
import path from 'node:path';
import { GUIDANCE_EDITION, GUIDANCE_LICENCE, expandParagraphRefs, paragraph } from '../../engine/guidance/index.js';
import type { TypeSource } from '../../engine/doc-type/decide.js';
import type { ChecklistItem } from '../../engine/coverage.js';
import { docsUrl } from '../../engine/rules/registry.js';
import type { Finding, RuleMeta, Severity } from '../../engine/types.js';
import type { FileResult, FormatContext, SkippedFile } from './types.js';

/** A requirement's status; `not-applicable` rows are shown but not counted (the engine's checklist leaves them out). */
export type Status = ChecklistItem['status'] | 'not-applicable';

export const STATUS_LABEL: Record<Status, string> = { met: 'Met', partial: 'Partial', missing: 'Missing', 'not-applicable': 'N/A' };

const SOURCE_LABEL: Record<TypeSource, string> = { option: '--type', 'front-matter': 'front matter', config: 'configuration', inferred: 'inferred' };

/** A line of the document, quoted, with a link to it. */
export interface Quote {
  line: number;
  /** `file#L12`, relative to the report's folder. */
  href: string;
  text: string;
}

export interface ChecklistRow {
  ruleId: string;
  title: string;
  level: RuleMeta['level'];
  status: Status;
  citation: string;
  /** The guidance paragraphs the requirement is built on, with their first words (full text in `ReportModel.guidance`). */
  paragraphs: Array<{ paragraph: string; excerpt: string }>;
  docsUrl: string;
  /** The line the engine points at: the evidence (met, partial) or where the item belongs (missing). */
  at: Quote | undefined;
  /** What was found or what is missing, as the engine says it. */
  detail: string | undefined;
}

export interface FindingRow {
  line: number;
  column: number;
  href: string;
  severity: Severity;
  message: string;
  ruleId: string;
  docsUrl: string;
}

export interface SectionGroup {
  /** "Governance › Funding"; undefined before the first heading. */
  heading: string | undefined;
  line: number | undefined;
  findings: FindingRow[];
}

export interface DocumentReport {
  /** Unique within the report, safe as an HTML id. */
  anchor: string;
  relativePath: string;
  /** The file itself, relative to the report's folder. */
  href: string;
  title: string | undefined;
  type: string | undefined;
  /** "front matter", "--type", "configuration", "inferred" (undefined when there is no type). */
  typeSource: string | undefined;
  typeDecision: string;
  met: number;
  partial: number;
  missing: number;
  /** Requirements counted: met + partial + missing. */
  total: number;
  notApplicable: number;
  errors: number;
  warnings: number;
  infos: number;
  checklist: ChecklistRow[];
  sections: SectionGroup[];
}

export interface TypeTotal {
  type: string;
  documents: number;
  met: number;
  partial: number;
  missing: number;
  total: number;
}

export interface ReportModel {
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  documents: DocumentReport[];
  byType: TypeTotal[];
  skipped: readonly SkippedFile[];
  /** Every guidance paragraph a checklist row cites, in paragraph order, with its text. */
  guidance: Array<{ paragraph: string; text: string }>;
  guidanceEdition: string;
  guidanceLicence: string;
}

export function buildReport(results: readonly FileResult[], ctx: FormatContext): ReportModel {
  const meta = new Map(ctx.rules.map((m) => [m.id, m]));
  const outputDir = ctx.outputDir ?? ctx.cwd;
  const cited = new Set<string>();
  const documents = results.map((r, i) => documentReport(r, i, meta, outputDir, cited));
  const byType = new Map<string, TypeTotal>();
  for (const d of documents) {
    if (!d.type) continue;
    const t = byType.get(d.type) ?? { type: d.type, documents: 0, met: 0, partial: 0, missing: 0, total: 0 };
    t.documents++;
    t.met += d.met;
    t.partial += d.partial;
    t.missing += d.missing;
    t.total += d.total;
    byType.set(d.type, t);
  }
  const guidance = [...cited]
    .sort((a, b) => Number(a) - Number(b))
    .map((p) => ({ paragraph: p, text: paragraph(p)! }));
  return {
    version: ctx.version,
    date: (ctx.generatedAt ?? new Date()).toISOString().slice(0, 10),
    documents,
    byType: [...byType.values()],
    skipped: ctx.skipped ?? [],
    guidance,
    guidanceEdition: GUIDANCE_EDITION,
    guidanceLicence: GUIDANCE_LICENCE,
  };
}

function documentReport(r: FileResult, index: number, meta: ReadonlyMap<string, RuleMeta>, outputDir: string, cited: Set<string>): DocumentReport {
  const info = r.document;
  const href = fileHref(outputDir, r.filePath);
  const lines = info ? info.text.split(/\r\n|\r|\n/) : [];
  const quote = (line: number): Quote => ({ line, href: `${href}#L${line}`, text: clip(lines[line - 1] ?? '') });
  const row = (ruleId: string, title: string, level: RuleMeta['level'], citation: string, status: Status, at: Quote | undefined, detail: string | undefined): ChecklistRow => {
    const numbers = expandParagraphRefs(meta.get(ruleId)?.paragraphs ?? []).filter((p) => paragraph(p) !== undefined);
    for (const p of numbers) cited.add(p);
    const paragraphs = numbers.map((p) => ({ paragraph: p, excerpt: excerpt(paragraph(p)!) }));
    return { ruleId, title, level, status, citation, paragraphs, docsUrl: docsUrl(ruleId), at, detail };
  };
  const byId = new Map<string, ChecklistRow>();
  for (const item of info?.checklist.items ?? []) {
    byId.set(item.ruleId, row(item.ruleId, item.title, item.level, item.citation, item.status, item.range ? quote(item.range.start.line) : undefined, item.detail));
  }
  for (const na of info?.notApplicable ?? []) {
    byId.set(na.ruleId, row(na.ruleId, na.title, meta.get(na.ruleId)?.level ?? 'info', na.citation, 'not-applicable', undefined, na.detail));
  }
  // Catalogue order (the order of the rule metadata), not-applicable rows in their place.
  const checklist = [...meta.keys()].filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  const list = info?.checklist;
  return {
    anchor: `doc-${index + 1}`,
    relativePath: r.relativePath,
    href,
    title: info?.title,
    type: info?.type,
    typeSource: info?.typeSource ? SOURCE_LABEL[info.typeSource] : undefined,
    typeDecision: info?.typeDecision ?? 'no type',
    met: list?.met ?? 0,
    partial: list?.partial ?? 0,
    missing: list?.missing ?? 0,
    total: list?.items.length ?? 0,
    notApplicable: info?.notApplicable.length ?? 0,
    errors: r.errorCount,
    warnings: r.warningCount,
    infos: r.infoCount,
    checklist,
    sections: groupBySection(r.findings, info?.outline ?? [], href),
  };
}

/** Findings under the innermost section each starts in, sections in document order. */
function groupBySection(findings: readonly Finding[], outline: ReadonlyArray<{ heading: string; level: number; line: number }>, href: string): SectionGroup[] {
  const groups = new Map<number, SectionGroup>();
  for (const f of findings) {
    const line = f.range.start.line;
    // The outline is in document order, so the last heading at or before the line is the innermost section.
    let at = -1;
    for (let i = 0; i < outline.length && outline[i]!.line <= line; i++) at = i;
    let group = groups.get(at);
    if (!group) {
      group = at < 0 ? { heading: undefined, line: undefined, findings: [] } : { heading: headingPath(outline, at), line: outline[at]!.line, findings: [] };
      groups.set(at, group);
    }
    group.findings.push({ line, column: f.range.start.column, href: `${href}#L${line}`, severity: f.severity, message: f.message, ruleId: f.ruleId, docsUrl: f.url });
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
}

/** "Arrangements › Governance › Funding": the section and the sections it sits in. */
function headingPath(outline: ReadonlyArray<{ heading: string; level: number }>, at: number): string {
  const names = [outline[at]!.heading];
  let level = outline[at]!.level;
  for (let i = at - 1; i >= 0 && level > 1; i--) {
    if (outline[i]!.level < level) {
      names.unshift(outline[i]!.heading);
      level = outline[i]!.level;
    }
  }
  return names.join(' › ');
}

/** The file relative to the report's folder, as a URL path (each segment percent-encoded). */
export function fileHref(outputDir: string, file: string): string {
  const rel = path.relative(outputDir, file).split(path.sep);
  return rel.map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
}

/** A source line for quoting: trimmed, and cut at a word near 240 characters. */
function clip(line: string): string {
  const t = line.trim();
  if (t.length <= 240) return t;
  const cut = t.lastIndexOf(' ', 240);
  return `${t.slice(0, cut > 160 ? cut : 240)} …`;
}

/** The first words of a guidance paragraph, for a checklist row (the report quotes it in full once). */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max)} …`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
