/**
 * Reviewer sidecars: `<doc>.expect.yaml` beside each realistic document gives an independent
 * reviewer's judgement of which requirements the document meets, which outdated terms it uses
 * (and whether historically), and where placeholders are. The corpus suite and
 * `bench/accuracy` compare the engine's findings with them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Finding, LintResult } from '../../server/src/engine/index.js';

export interface Sidecar {
  /** A document type, or `none` for a text that is not a partnership's own document (it must be skipped). */
  type: string;
  declared: boolean;
  /** `holdout` documents are kept out of every tuning step: only their totals are printed. */
  split: 'tune' | 'holdout';
  present: string[];
  /** Part met: a finding is expected, as for `missing`. */
  partial: string[];
  missing: string[];
  /** Conditional requirements that do not apply: no finding expected. */
  notApplicable: string[];
  terminology: Array<{ rule: string; text: string; line: number; historical: boolean }>;
  placeholders: Array<{ text: string; line: number }>;
}

export function readSidecar(mdPath: string): Sidecar {
  const raw = parse(readFileSync(mdPath.replace(/\.md$/, '.expect.yaml'), 'utf8')) as Partial<Sidecar>;
  return {
    type: String(raw.type),
    declared: raw.declared !== false,
    split: (raw as { split?: string }).split === 'holdout' ? 'holdout' : 'tune',
    present: raw.present ?? [],
    partial: raw.partial ?? [],
    missing: raw.missing ?? [],
    notApplicable: (raw as { not_applicable?: string[] }).not_applicable ?? [],
    terminology: raw.terminology ?? [],
    placeholders: raw.placeholders ?? [],
  };
}

export interface Claim {
  /** What the reviewer said, readable in a test name. */
  label: string;
  /** The engine's agreement: undefined when it agrees, else what went wrong. */
  check(result: LintResult): string | undefined;
}

const of = (result: LintResult, id: string): Finding[] => result.findings.filter((f) => f.ruleId === id);
const brief = (fs: Finding[]) => fs.map((f) => `${f.range.start.line}: ${f.message}`).join(' | ');

/** Every checkable statement a sidecar makes. */
export function claims(sidecar: Sidecar): Claim[] {
  const out: Claim[] = [];
  if (sidecar.type === 'none') {
    out.push({ label: 'not a partnership document: skipped', check: (r) => (r.skipped ? undefined : `linted as ${r.type ?? 'no type'}: ${brief(r.findings.slice(0, 3))}`) });
    return out;
  }
  out.push({ label: `type is ${sidecar.type}`, check: (r) => (r.type === sidecar.type ? undefined : `type was ${r.type ?? 'not decided'}`) });
  for (const id of [...sidecar.present, ...sidecar.notApplicable]) {
    out.push({ label: `${id} present`, check: (r) => (of(r, id).length ? `false alarm: ${brief(of(r, id))}` : undefined) });
  }
  for (const id of sidecar.partial) {
    out.push({ label: `${id} partial`, check: (r) => (of(r, id).length ? undefined : 'miss: no finding') });
  }
  for (const id of sidecar.missing) {
    out.push({ label: `${id} missing`, check: (r) => (of(r, id).length ? undefined : 'miss: no finding') });
  }
  for (const t of sidecar.terminology) {
    const on = (r: LintResult) => of(r, t.rule).filter((f) => f.range.start.line === t.line);
    if (t.historical) out.push({ label: `${t.rule} "${t.text}" line ${t.line} is historical`, check: (r) => (on(r).length ? `false alarm: ${brief(on(r))}` : undefined) });
    else out.push({ label: `${t.rule} "${t.text}" line ${t.line}`, check: (r) => (on(r).length ? undefined : 'miss: no finding on that line') });
  }
  for (const p of sidecar.placeholders) {
    out.push({
      label: `placeholder "${p.text}" line ${p.line}`,
      check: (r) => (of(r, 'content/placeholder').some((f) => f.range.start.line === p.line) ? undefined : 'miss: no content/placeholder on that line'),
    });
  }
  return out;
}
