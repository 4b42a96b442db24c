/**
 * Inline suppressions in HTML comments:
 *   <!-- safeguarding-lint-disable RULE-ID[, RULE-ID] -- reason -->   until a matching enable (or the end)
 *   <!-- safeguarding-lint-enable RULE-ID -->
 *   <!-- safeguarding-lint-disable-next-line RULE-ID -- reason -->    the next non-blank line
 *   <!-- safeguarding-lint-disable-file RULE-ID -- reason -->         the whole document
 * No rule id means every rule. A suppression without a reason, and one that suppressed
 * nothing, are reported themselves.
 */
import type { Comment, DocumentModel } from './parse/model.js';
import type { Finding, Range } from './types.js';

const DIRECTIVE = /^safeguarding-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)\s*([\s\S]*)$/;

interface Suppression {
  kind: 'disable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  /** Empty = every rule. */
  ids: string[];
  reason: string;
  comment: Comment;
  /** Offsets covered. */
  from: number;
  to: number;
  used: Set<string>;
}

export interface SuppressionOutcome {
  kept: Finding[];
  /** Problems with the suppressions themselves. */
  problems: Array<{ ruleId: 'suppression/missing-reason' | 'suppression/unused'; message: string; range: Range }>;
}

export function applySuppressions(doc: DocumentModel, findings: Finding[], knownIds: ReadonlySet<string>): SuppressionOutcome {
  const suppressions = collect(doc);
  if (!suppressions.length) return { kept: findings, problems: [] };
  const kept: Finding[] = [];
  for (const f of findings) {
    const at = f.range.start.offset;
    const hit = suppressions.find((s) => at >= s.from && at < s.to && (s.ids.length === 0 || s.ids.includes(f.ruleId)));
    if (hit) hit.used.add(f.ruleId);
    else kept.push(f);
  }
  const problems: SuppressionOutcome['problems'] = [];
  for (const s of suppressions) {
    const label = `safeguarding-lint-${s.kind}`;
    if (!s.reason) {
      problems.push({
        ruleId: 'suppression/missing-reason',
        message: `"${label}" has no reason: add one after " -- " (e.g. "${label} ${s.ids[0] ?? ''} -- covered in the appendix")`,
        range: s.comment.range,
      });
    }
    for (const id of s.ids) {
      if (!knownIds.has(id)) problems.push({ ruleId: 'suppression/unused', message: `"${label}" names an unknown rule "${id}"`, range: s.comment.range });
      else if (!s.used.has(id)) problems.push({ ruleId: 'suppression/unused', message: `"${label} ${id}" suppresses nothing: remove it`, range: s.comment.range });
    }
    if (s.ids.length === 0 && s.used.size === 0) problems.push({ ruleId: 'suppression/unused', message: `"${label}" suppresses nothing: remove it`, range: s.comment.range });
  }
  return { kept, problems };
}

function collect(doc: DocumentModel): Suppression[] {
  const out: Suppression[] = [];
  const open: Suppression[] = [];
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const kind = m[1] as Suppression['kind'] | 'enable';
    const [idsPart = '', ...reasonParts] = m[2]!.split(/\s+--\s*|^--\s*/);
    const ids = idsPart.split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join(' -- ').trim();
    const end = comment.range.end.offset;
    if (kind === 'enable') {
      for (const s of open.splice(0)) {
        const closes = ids.length === 0 || s.ids.length === 0 || s.ids.some((i) => ids.includes(i));
        if (closes) s.to = comment.range.start.offset;
        else open.push(s);
      }
      continue;
    }
    const s: Suppression = { kind, ids, reason, comment, from: end, to: doc.text.length, used: new Set() };
    if (kind === 'disable-file') s.from = 0;
    else if (kind === 'disable-line') {
      const line = doc.lineRange(comment.range.start.line);
      s.from = line.start.offset;
      s.to = line.end.offset + 1;
    } else if (kind === 'disable-next-line') {
      const line = nextNonBlankLine(doc, comment.range.end.line + 1);
      s.from = line.start.offset;
      s.to = line.end.offset + 1;
    } else open.push(s);
    out.push(s);
  }
  return out;
}

function nextNonBlankLine(doc: DocumentModel, line: number): Range {
  const last = doc.pointAt(doc.text.length).line;
  for (let l = line; l <= last; l++) {
    const r = doc.lineRange(l);
    if (doc.text.slice(r.start.offset, r.end.offset).trim()) return r;
  }
  return doc.lineRange(Math.min(line, last));
}
