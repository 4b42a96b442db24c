/**
 * Waivers (a baseline): findings a team has accepted for now, kept in
 * `safeguarding-lint-suppressions.json` beside the documents instead of as comments in them
 * (after ESLint's bulk suppressions). The file maps a document's path (posix, relative to the
 * file's own folder) to rule ids, each with how many findings are waived, why, and until when:
 *
 *   { "reports/2024.md": { "terminology/ccg": { "count": 2, "reason": "Quotes the 2019 report", "expires": "2025-03-31" } } }
 *
 * This module is the whole of the matching: reading the text (with exact positions for every
 * problem), deciding which findings a waiver covers, and computing the file `--suppress-*` and
 * `--prune-suppressions` write. Reading and writing the file is the adapters' job.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { Finding, Range } from './types.js';
import { suggestRule } from './config/load.js';
import type { ConfigError } from './config/types.js';

export const WAIVERS_FILE_NAME = 'safeguarding-lint-suppressions.json';

/** One waiver: up to `count` findings of one rule in one file. */
export interface Waiver {
  count: number;
  reason: string;
  /** `YYYY-MM-DD`: the last day the waiver holds; after it, its findings are errors. */
  expires?: string;
}

/** path -> rule id -> waiver. */
export type Waivers = Record<string, Record<string, Waiver>>;

/** A problem in the waivers file: the same shape as a configuration error (1-based, end exclusive). */
export type WaiverFileError = ConfigError;

/** A finding a waiver covers, with the waiver that covers it. */
export interface WaivedFinding extends Finding {
  waiver: Waiver;
}

/** The JSON Schema of the file (committed as schemas/safeguarding-lint-suppressions.schema.json). */
export const WAIVERS_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/safeguarding-lint/safeguarding-lint/blob/main/schemas/safeguarding-lint-suppressions.schema.json',
  title: 'safeguarding-lint waivers (safeguarding-lint-suppressions.json)',
  description:
    'Findings accepted for now, per document and rule. Keys are document paths relative to this file\'s folder, with "/" separators. Written by --suppress-all / --suppress-rule, reduced by --prune-suppressions; reasons and expiry dates may be edited by hand.',
  type: 'object',
  propertyNames: { minLength: 1, pattern: '^(?![/\\\\])(?!.*\\\\)(?!([A-Za-z]:))' },
  additionalProperties: {
    type: 'object',
    description: 'Rule id -> waiver.',
    propertyNames: { pattern: '^[a-z0-9-]+/[a-z0-9-]+$' },
    additionalProperties: {
      type: 'object',
      required: ['count', 'reason'],
      additionalProperties: false,
      properties: {
        count: { type: 'integer', minimum: 1, description: 'How many findings of this rule in this document are waived (the first ones in document order).' },
        reason: { type: 'string', minLength: 1, pattern: '\\S', description: 'Why the findings are accepted; shown in the editor and in expiry errors.' },
        expires: {
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          description: 'The last day (YYYY-MM-DD) the waiver holds. After it, the findings it covers are reported as errors naming the waiver.',
        },
      },
    },
  },
} as const;

const ENTRY_KEYS = ['count', 'reason', 'expires'];

/**
 * Parses the file's text. Any problem (syntax, shape, unknown rule id, bad date) is reported with
 * its position; a file with problems waives nothing, since a half-read baseline would report
 * findings the team thinks are waived, or hide ones it does not.
 */
export function parseWaivers(text: string, file: string, knownRuleIds: ReadonlySet<string>): { waivers: Waivers; errors: WaiverFileError[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineCounter();
  const errors: WaiverFileError[] = [];
  const at = (start: number, end: number, message: string) => {
    const s = lines.linePos(start);
    const e = lines.linePos(Math.max(start, end));
    errors.push({ file, line: s.line, column: s.col, endLine: e.line, endColumn: e.col, message });
  };
  if (!source.trim()) return { waivers: {}, errors };
  // JSON.parse is the judge of syntax (the YAML parser would accept more); YAML gives the positions.
  try {
    JSON.parse(source);
  } catch (err) {
    const message = (err as Error).message;
    const offset = /at position (\d+)/.exec(message);
    const where = offset ? Number(offset[1]) : source.length;
    lines.addNewLine(0);
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') lines.addNewLine(i + 1);
    at(where, where + 1, `invalid JSON: ${message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '')}`);
    return { waivers: {}, errors };
  }
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  for (const e of doc.errors) at(e.pos[0], e.pos[1], `invalid JSON: ${e.message.split('\n')[0]}`);
  if (errors.length) return { waivers: {}, errors };

  const root = doc.contents as YamlNode | null;
  const waivers: Waivers = {};
  if (!isMap(root)) {
    const r = root?.range ?? [0, 0];
    at(r[0], r[1], 'the file must be an object: { "<document path>": { "<rule id>": { "count": 1, "reason": "…" } } }');
    return { waivers, errors };
  }
  for (const filePair of root.items) {
    const name = keyOf(filePair);
    const keyRange = (filePair.key as YamlNode | null)?.range;
    const kr: [number, number] = keyRange ? [keyRange[0], keyRange[1]] : [0, 0];
    if (!name || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
      at(kr[0], kr[1], `"${name}" is not a document path: use a path relative to this file's folder, with "/" separators`);
      continue;
    }
    const rules = filePair.value as YamlNode | null;
    if (!isMap(rules)) {
      const r = rules?.range ?? kr;
      at(r[0], r[1], `the entry for "${name}" must be an object of rule ids`);
      continue;
    }
    const byRule: Record<string, Waiver> = {};
    for (const rulePair of rules.items) {
      const ruleId = keyOf(rulePair);
      const rk = (rulePair.key as YamlNode | null)?.range ?? kr;
      if (!knownRuleIds.has(ruleId)) {
        const near = suggestRule(ruleId, [...knownRuleIds]);
        at(rk[0], rk[1], `unknown rule id "${ruleId}"${near ? ` (did you mean "${near}"?)` : ''}`);
        continue;
      }
      const waiver = readWaiver(rulePair, ruleId, rk, at);
      if (waiver) byRule[ruleId] = waiver;
    }
    waivers[name] = byRule;
  }
  return { waivers: errors.length ? {} : waivers, errors };
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : '';
}

function readWaiver(pair: Pair, ruleId: string, keyRange: readonly number[], at: (s: number, e: number, m: string) => void): Waiver | undefined {
  const node = pair.value as YamlNode | null;
  if (!isMap(node)) {
    const r = node?.range ?? keyRange;
    at(r[0]!, r[1]!, `the waiver for "${ruleId}" must be an object: { "count": 1, "reason": "…" }`);
    return undefined;
  }
  const span = (key: string): [number, number] => {
    const p = node.items.find((i) => keyOf(i) === key);
    const r = (p?.value as YamlNode | null)?.range ?? (p?.key as YamlNode | null)?.range ?? node.range ?? [0, 0];
    return [r[0], r[1]];
  };
  let ok = true;
  for (const item of node.items) {
    const k = keyOf(item);
    if (!ENTRY_KEYS.includes(k)) {
      const r = (item.key as YamlNode | null)?.range ?? [0, 0];
      at(r[0], r[1], `unknown key "${k}" in a waiver (expected count, reason, expires)`);
      ok = false;
    }
  }
  const value = node.toJSON() as Record<string, unknown>;
  const { count, reason, expires } = value;
  if (!Number.isInteger(count) || (count as number) < 1) {
    const r = value.count === undefined ? [node.range![0], node.range![0] + 1] : span('count');
    at(r[0]!, r[1]!, value.count === undefined ? `the waiver for "${ruleId}" has no "count"` : '"count" must be a whole number of at least 1');
    ok = false;
  }
  if (typeof reason !== 'string' || !reason.trim()) {
    const r = reason === undefined ? [node.range![0], node.range![0] + 1] : span('reason');
    at(r[0]!, r[1]!, reason === undefined ? `the waiver for "${ruleId}" has no "reason": say why these findings are accepted` : '"reason" must be a non-empty text');
    ok = false;
  }
  if (expires !== undefined && !isCalendarDate(expires)) {
    const r = span('expires');
    at(r[0], r[1], '"expires" must be a date written YYYY-MM-DD (for example "2025-03-31")');
    ok = false;
  }
  if (!ok) return undefined;
  const w: Waiver = { count: count as number, reason: reason as string };
  if (typeof expires === 'string') w.expires = expires;
  return w;
}

/** True for a real `YYYY-MM-DD` date (not 2025-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today in the local time zone as `YYYY-MM-DD` (a waiver holds through its whole last day). */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isExpired(w: Waiver, today: string): boolean {
  return w.expires !== undefined && w.expires < today;
}

/** What applying one file's waivers came to. */
export interface AppliedWaivers {
  /** Findings to report: not covered, or covered by an expired waiver (then as errors). */
  reported: Finding[];
  /** Findings a current waiver covers. */
  waived: WaivedFinding[];
  /** Rule id -> how many of its waived findings did not occur (what pruning would remove). */
  unused: Record<string, number>;
}

/**
 * Applies one document's waivers to its findings. The first `count` findings of a rule (in
 * document order) are covered; any beyond the count are reported as usual, since they are new.
 * Covered findings of an expired waiver come back as errors whose message names the waiver.
 */
export function applyWaivers(findings: readonly Finding[], waivers: Readonly<Record<string, Waiver>> | undefined, today: string): AppliedWaivers {
  const out: AppliedWaivers = { reported: [], waived: [], unused: {} };
  if (!waivers) {
    out.reported = [...findings];
    return out;
  }
  const seen = new Map<string, number>();
  for (const f of [...findings].sort(byPosition)) {
    const w = waivers[f.ruleId];
    const n = (seen.get(f.ruleId) ?? 0) + 1;
    seen.set(f.ruleId, n);
    if (!w || n > w.count) out.reported.push(f);
    else if (isExpired(w, today)) out.reported.push(expiredFinding(f, w));
    else out.waived.push({ ...f, waiver: w });
  }
  for (const [ruleId, w] of Object.entries(waivers)) {
    const left = w.count - (seen.get(ruleId) ?? 0);
    if (left > 0) out.unused[ruleId] = left;
  }
  out.reported.sort(byPosition);
  return out;
}

function expiredFinding(f: Finding, w: Waiver): Finding {
  return { ...f, severity: 'error', message: `Waiver expired on ${w.expires} (reason: "${w.reason}"): ${f.message}` };
}

function byPosition(a: { range: Range; ruleId: string }, b: { range: Range; ruleId: string }): number {
  return a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId);
}

export interface SuppressOptions {
  /** Only these rules (`--suppress-rule`); all when undefined (`--suppress-all`). */
  rules?: readonly string[];
  reason: string;
  expires?: string;
}

/**
 * The file after `--suppress-all` / `--suppress-rule`: each (document, rule) with errors or
 * warnings in this run gets a waiver whose count is the number found now (info findings never
 * fail a run, so they are not waived). Existing waivers keep their reason and expiry: those are
 * the team's words, and a new run must not overwrite them; new ones take `reason` and `expires`.
 */
export function suppress(existing: Waivers, current: ReadonlyMap<string, readonly Finding[]>, options: SuppressOptions): { waivers: Waivers; added: number; updated: number } {
  const waivers = clone(existing);
  let added = 0;
  let updated = 0;
  for (const [file, findings] of current) {
    for (const [ruleId, count] of countByRule(findings.filter((f) => f.severity !== 'info'))) {
      if (options.rules && !options.rules.includes(ruleId)) continue;
      const byRule = (waivers[file] ??= {});
      const old = byRule[ruleId];
      if (old) {
        if (old.count !== count) updated++;
        byRule[ruleId] = { ...old, count };
      } else {
        added++;
        byRule[ruleId] = options.expires ? { count, reason: options.reason, expires: options.expires } : { count, reason: options.reason };
      }
    }
  }
  return { waivers, added, updated };
}

/**
 * The file after `--prune-suppressions`: waivers of the documents linted in this run are reduced
 * to what still occurs, and removed when nothing does. Documents not in the run are left alone
 * (a run over one folder cannot know about the others).
 */
export function prune(existing: Waivers, current: ReadonlyMap<string, readonly Finding[]>): { waivers: Waivers; removed: number; reduced: number } {
  const waivers = clone(existing);
  let removed = 0;
  let reduced = 0;
  for (const [file, findings] of current) {
    const byRule = waivers[file];
    if (!byRule) continue;
    const counts = countByRule(findings);
    for (const [ruleId, w] of Object.entries(byRule)) {
      const now = counts.get(ruleId) ?? 0;
      if (now === 0) {
        delete byRule[ruleId];
        removed++;
      } else if (now < w.count) {
        byRule[ruleId] = { ...w, count: now };
        reduced++;
      }
    }
    if (!Object.keys(byRule).length) delete waivers[file];
  }
  return { waivers, removed, reduced };
}

/** The file's text: keys sorted (so diffs are small and stable), 2-space JSON, final newline. */
export function serializeWaivers(waivers: Waivers): string {
  const sorted: Waivers = {};
  for (const file of Object.keys(waivers).sort()) {
    const byRule: Record<string, Waiver> = {};
    for (const ruleId of Object.keys(waivers[file]!).sort()) {
      const w = waivers[file]![ruleId]!;
      byRule[ruleId] = w.expires ? { count: w.count, reason: w.reason, expires: w.expires } : { count: w.count, reason: w.reason };
    }
    sorted[file] = byRule;
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

function clone(w: Waivers): Waivers {
  return Object.fromEntries(Object.entries(w).map(([file, byRule]) => [file, Object.fromEntries(Object.entries(byRule).map(([id, x]) => [id, { ...x }]))]));
}
