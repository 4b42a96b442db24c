/**
 * `npm run accuracy`: how often the linter agrees with a careful reviewer, as users feel it.
 *
 * Every sample and corpus document has a reviewer sidecar (`*.expect.yaml`, written by someone who
 * did not write the rules). For each document this compares the engine's findings with it:
 * - over rule ids: a requirement the reviewer marks missing or partial should get a finding (recall);
 *   a finding of a requirement the reviewer marks present is a false alarm (precision);
 * - outdated terms and placeholders: per occurrence, by line (a historical use must not be flagged);
 * - per finding: the share of all findings a reviewer would call right;
 * - texts that are not a partnership's own document (`type: none`) must be skipped.
 *
 * Documents under `tests/corpus/holdout/` are kept out of tuning: only their totals are printed,
 * unless `--show-holdout` is given (do not use it while changing rules).
 *
 * The paraphrase bank (tests/bank) is judged too: one requirement per short passage.
 *
 * Options: `--details` (every disagreement on tuned documents), `--json` (figures as JSON),
 * `--first-contact <dir>` (a new batch with sidecars, not yet split into tuned and held out: its
 * totals before any rule is changed for it; add `--details` to see its disagreements too).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { lint, type LintResult } from '../server/src/engine/index.js';
import type { Finding } from '../server/src/engine/types.js';
import { readSidecar, type Sidecar } from '../tests/helpers/sidecars.js';
import { agrees, bankStatus, readBank } from '../tests/helpers/bank.js';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

interface Tally {
  docs: number;
  ids: Counts;
  terms: Counts;
  placeholders: Counts;
  byFamily: Map<string, Counts>;
  findings: { right: number; wrong: number; unjudged: number };
  skip: { right: number; wrong: number };
  type: { right: number; wrong: number };
}
const tally = (): Tally => ({
  docs: 0,
  ids: zero(),
  terms: zero(),
  placeholders: zero(),
  byFamily: new Map(),
  findings: { right: 0, wrong: 0, unjudged: 0 },
  skip: { right: 0, wrong: 0 },
  type: { right: 0, wrong: 0 },
});

const TERMINOLOGY = /^terminology\//;
/** Findings that are about the run or the document as a whole, not a reviewer's question. */
const INFORMATIONAL = new Set(['document/type-inferred', 'suppression/unused']);

function family(id: string): string {
  return id.split('/')[0]!;
}

function add(t: Tally, id: string, kind: keyof Counts): void {
  t.ids[kind]++;
  const f = family(id);
  const c = t.byFamily.get(f) ?? zero();
  c[kind]++;
  t.byFamily.set(f, c);
}

/** Compares one document and returns its disagreements (readable lines). */
function judge(sidecar: Sidecar, result: LintResult, t: Tally): string[] {
  const out: string[] = [];
  t.docs++;
  const at = (f: Finding) => `${f.range.start.line}:${f.range.start.column}`;
  if (sidecar.type === 'none') {
    if (result.skipped) t.skip.right++;
    else {
      t.skip.wrong++;
      out.push(`linted as ${result.type ?? 'no type'} but is not a partnership document (${result.typeDecision.reason ?? result.typeDecision.source})`);
      for (const f of result.findings) {
        t.findings.wrong++;
        if (!INFORMATIONAL.has(f.ruleId)) add(t, f.ruleId, 'fp');
      }
    }
    return out;
  }
  if (result.type === sidecar.type) t.type.right++;
  else {
    t.type.wrong++;
    out.push(`type: ${result.type ?? (result.skipped ? 'skipped' : 'none')} (${result.typeDecision.reason ?? result.typeDecision.source}), reviewer says ${sidecar.type}`);
  }

  const expected = new Set([...sidecar.missing, ...sidecar.partial]);
  const clean = new Set([...sidecar.present, ...sidecar.notApplicable]);
  const fired = new Map<string, Finding[]>();
  for (const f of result.findings) fired.set(f.ruleId, [...(fired.get(f.ruleId) ?? []), f]);

  // Requirement ids.
  for (const id of expected) {
    if (fired.has(id)) add(t, id, 'tp');
    else {
      add(t, id, 'fn');
      out.push(`miss: ${id} (${sidecar.partial.includes(id) ? 'partial' : 'missing'})`);
    }
  }
  for (const id of clean) {
    const fs = fired.get(id);
    if (fs) {
      add(t, id, 'fp');
      out.push(`false alarm: ${id} at ${fs.map(at).join(', ')}: ${fs[0]!.message}`);
    }
  }

  // Outdated terms, per occurrence.
  const termFindings = result.findings.filter((f) => TERMINOLOGY.test(f.ruleId));
  const onLine = (rule: string, line: number) => termFindings.filter((f) => f.ruleId === rule && f.range.start.line === line);
  const explained = new Set<Finding>();
  for (const term of sidecar.terminology) {
    const hits = onLine(term.rule, term.line);
    hits.forEach((h) => explained.add(h));
    if (term.historical) {
      if (hits.length) {
        t.terms.fp++;
        out.push(`false alarm: ${term.rule} "${term.text}" line ${term.line} is historical`);
      }
    } else if (hits.length) t.terms.tp++;
    else {
      t.terms.fn++;
      out.push(`miss: ${term.rule} "${term.text}" line ${term.line}`);
    }
  }
  for (const f of termFindings) {
    if (explained.has(f)) continue;
    t.terms.fp++;
    out.push(`false alarm: ${f.ruleId} at ${at(f)} (not an outdated term the reviewer saw): ${f.message}`);
  }

  // Placeholders, per line.
  const placeholderFindings = result.findings.filter((f) => f.ruleId === 'content/placeholder');
  const placeholderLines = new Set(sidecar.placeholders.map((p) => p.line));
  for (const p of sidecar.placeholders) {
    if (placeholderFindings.some((f) => f.range.start.line === p.line)) t.placeholders.tp++;
    else {
      t.placeholders.fn++;
      out.push(`miss: placeholder "${p.text}" line ${p.line}`);
    }
  }
  for (const f of placeholderFindings) {
    if (placeholderLines.has(f.range.start.line)) continue;
    t.placeholders.fp++;
    out.push(`false alarm: content/placeholder at ${at(f)}: ${f.message}`);
  }

  // Every finding, judged as a reviewer would.
  for (const f of result.findings) {
    if (f.ruleId === 'document/type-inferred') {
      if (result.type === sidecar.type) t.findings.right++;
      else t.findings.wrong++;
      continue;
    }
    if (INFORMATIONAL.has(f.ruleId)) continue;
    if (TERMINOLOGY.test(f.ruleId)) {
      const term = sidecar.terminology.find((x) => x.rule === f.ruleId && x.line === f.range.start.line);
      if (term && !term.historical) t.findings.right++;
      else t.findings.wrong++;
    } else if (f.ruleId === 'content/placeholder') {
      if (placeholderLines.has(f.range.start.line)) t.findings.right++;
      else t.findings.wrong++;
    } else if (expected.has(f.ruleId)) t.findings.right++;
    else if (clean.has(f.ruleId)) t.findings.wrong++;
    else {
      t.findings.unjudged++;
      out.push(`unjudged: ${f.ruleId} at ${at(f)}: ${f.message}`);
    }
  }
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const fmt = (x: number) => (Number.isNaN(x) ? '  –  ' : x.toFixed(2).padStart(5));
const pr = (c: Counts) => ({ precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) });

function summary(t: Tally) {
  const all = { tp: t.ids.tp + t.terms.tp + t.placeholders.tp, fp: t.ids.fp + t.terms.fp + t.placeholders.fp, fn: t.ids.fn + t.terms.fn + t.placeholders.fn };
  const judged = t.findings.right + t.findings.wrong;
  return {
    documents: t.docs,
    ruleIds: { ...pr(t.ids), ...t.ids },
    terminology: { ...pr(t.terms), ...t.terms },
    placeholders: { ...pr(t.placeholders), ...t.placeholders },
    overall: { ...pr(all), ...all },
    findingsRight: ratio(t.findings.right, judged),
    findings: t.findings,
    typeDecisions: t.type,
    skipped: t.skip,
    byFamily: Object.fromEntries([...t.byFamily].sort().map(([k, c]) => [k, { ...pr(c), ...c }])),
  };
}

function print(name: string, t: Tally): void {
  const s = summary(t);
  const line = (label: string, c: { precision: number; recall: number; tp: number; fp: number; fn: number }) =>
    `  ${label.padEnd(22)} precision ${fmt(c.precision)}  recall ${fmt(c.recall)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  console.log(`\n${name}: ${s.documents} documents`);
  console.log(line('overall', s.overall));
  console.log(line('rule ids', s.ruleIds));
  console.log(line('outdated terms', s.terminology));
  console.log(line('placeholders', s.placeholders));
  for (const [f, c] of Object.entries(s.byFamily)) console.log(line(`  ${f}`, c));
  console.log(`  findings right         ${fmt(s.findingsRight)}   (${s.findings.right} right, ${s.findings.wrong} wrong, ${s.findings.unjudged} not judged by the sidecar)`);
  console.log(`  type decided right     ${s.typeDecisions.right} of ${s.typeDecisions.right + s.typeDecisions.wrong}; non-partnership texts skipped ${s.skipped.right} of ${s.skipped.right + s.skipped.wrong}`);
}

function main(): void {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const root = path.join(__dirname, '..');
  const batchAt = argv.indexOf('--first-contact');
  if (batchAt >= 0) {
    const dir = path.resolve(argv[batchAt + 1] ?? '.');
    const batch = tally();
    const batchDetails: string[] = [];
    for (const rel of fg.sync(['*.md'], { cwd: dir }).sort()) {
      const file = path.join(dir, rel);
      let sidecar: Sidecar;
      try {
        sidecar = readSidecar(file);
      } catch {
        continue;
      }
      const lines = judge(sidecar, lint(readFileSync(file, 'utf8'), { filePath: file }), batch);
      if (lines.length) batchDetails.push(`${rel}\n${lines.map((l) => `    ${l}`).join('\n')}`);
    }
    if (args.has('--details')) console.log(batchDetails.join('\n'));
    print(`First contact (${dir})`, batch);
    return;
  }
  const files = fg.sync(['samples/*.md', 'tests/corpus/*.md', 'tests/corpus/holdout/*.md'], { cwd: root }).sort();
  const tuned = tally();
  const holdout = tally();
  const details: string[] = [];
  const holdoutDetails: string[] = [];
  for (const rel of files) {
    const file = path.join(root, rel);
    let sidecar: Sidecar;
    try {
      sidecar = readSidecar(file);
    } catch {
      continue; // a document without a sidecar is not part of the measure
    }
    const isHoldout = rel.includes('/holdout/') || sidecar.split === 'holdout';
    const result = lint(readFileSync(file, 'utf8'), { filePath: file });
    const lines = judge(sidecar, result, isHoldout ? holdout : tuned);
    if (lines.length) (isHoldout ? holdoutDetails : details).push(`${rel}\n${lines.map((l) => `    ${l}`).join('\n')}`);
  }
  const bank = judgeBank(root);
  if (args.has('--json')) {
    console.log(JSON.stringify({ tuned: summary(tuned), holdout: summary(holdout), bank: { tune: bank.tune, holdout: bank.holdout } }, null, 2));
    return;
  }
  if (args.has('--details')) console.log(`${details.join('\n')}\n\nParaphrase bank, tuned passages the engine disagrees with:\n${bank.details.join('\n')}`);
  if (args.has('--show-holdout')) console.log(`\n--- held-out documents (do not tune on these) ---\n${holdoutDetails.join('\n')}`);
  print('Tuned on (samples and tests/corpus)', tuned);
  print('Held out (tests/corpus/holdout, never tuned on)', holdout);
  const bankLine = (name: string, c: BankCounts) =>
    `  ${name.padEnd(22)} ${fmt(c.agree / Math.max(1, c.n))}   (${c.agree} of ${c.n} agree; ${c.falseAlarms} met passages flagged, ${c.misses} gaps not flagged)`;
  console.log(`\nParaphrase bank (tests/bank: one requirement per passage, ${bank.tune.n + bank.holdout.n} passages in many voices)`);
  console.log(bankLine('tuned passages', bank.tune));
  console.log(bankLine('held-out passages', bank.holdout));
}

interface BankCounts {
  n: number;
  agree: number;
  falseAlarms: number;
  misses: number;
}

/** Every bank passage linted alone; every third passage of a requirement is held out (totals only). */
function judgeBank(root: string): { tune: BankCounts; holdout: BankCounts; details: string[] } {
  const tune: BankCounts = { n: 0, agree: 0, falseAlarms: 0, misses: 0 };
  const holdout: BankCounts = { n: 0, agree: 0, falseAlarms: 0, misses: 0 };
  const details: string[] = [];
  for (const p of readBank(root)) {
    const c = p.split === 'holdout' ? holdout : tune;
    const status = bankStatus(p);
    c.n++;
    if (agrees(p, status)) c.agree++;
    else {
      if (p.verdict === 'met') c.falseAlarms++;
      else c.misses++;
      if (p.split === 'tune') details.push(`    ${p.ruleId} "${p.label}": reviewer ${p.verdict}${p.why ? ` (${p.why})` : ''}, engine ${status}`);
    }
  }
  return { tune, holdout, details };
}

main();
