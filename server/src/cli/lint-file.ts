/**
 * Linting one document's text, `--fix` included: the part of a run that needs no other document.
 * It runs in the main thread or in a worker (cli/pool.ts), so what goes in (`LintJob`) and what
 * comes out (`LintedFile`) are plain data that survive structured cloning, and what comes out also
 * survives JSON (the cache, cli/cache.ts, keeps it).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import { projectFile, type ProjectFile } from '../engine/project/index.js';
import type { ConfiguredSeverity, DocType, Finding } from '../engine/types.js';
import { documentInfo } from './document-info.js';
import { applyTextFixes } from './fix.js';
import type { DocumentInfo } from './formatters/types.js';
import { encode, roundTrips, type Encoding } from './read.js';

/** One document to lint: its text as read (the main thread read it, and hashed it for the cache). */
export interface LintJob {
  file: string;
  /** The name notes use (relative to the working directory, or `<stdin>`). */
  shown: string;
  text: string;
  encoding: Encoding;
  /** The bytes read; a worker receives them as a plain Uint8Array. */
  bytes: Uint8Array;
  rules: Readonly<Record<string, ConfiguredSeverity>>;
  configuredType: DocType | undefined;
  /** `--type`. */
  type: DocType | undefined;
  fix: boolean;
}

/**
 * What the engine said about a document's text, before the checks across documents and the
 * waivers: enough to build the file's report entry and its summary for the cross-document checks.
 */
export type DocumentOutcome =
  | { kind: 'linted'; findings: Finding[]; document: DocumentInfo; summary?: ProjectFile }
  | { kind: 'skipped'; reason: string };

export interface LintedFile {
  /** Undefined when linting failed (an internal error, fixes that could not be written): never cached. */
  outcome?: DocumentOutcome;
  notes: string[];
  verbose: string[];
  fatal?: boolean;
  /** Problems `--fix` fixed (and wrote). */
  fixed?: number;
  /** Set when `--fix` rewrote the file: the SHA-256 of the bytes written and their text, which the outcome is of. */
  written?: { hash: string; text: string };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function lintJob(job: LintJob): LintedFile {
  const { shown } = job;
  const o: LintedFile = { notes: [], verbose: [] };
  const lintOptions: LintOptions = { filePath: job.file, rules: job.rules };
  if (job.type) lintOptions.type = job.type;
  if (job.configuredType) lintOptions.configuredType = job.configuredType;
  const t0 = performance.now();
  let result: LintResult;
  try {
    result = lint(job.text, lintOptions);
  } catch (err) {
    // A bug in a rule must not hide the other files' findings; the run still ends with 2.
    o.notes.push(`${shown}: internal error while linting (${firstLine(err)}); please report it`);
    return { ...o, fatal: true };
  }
  if (result.skipped) {
    o.verbose.push(`${shown}: skipped: ${result.skipped}`);
    return { ...o, outcome: { kind: 'skipped', reason: result.skipped } };
  }
  if (job.fix) {
    // The text as linted: the ranges are its offsets (a second BOM included).
    const before = job.text;
    const fixed = applyTextFixes(before, result.findings);
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    if (fixed.text !== before && !roundTrips({ kind: 'text', text: before, encoding: job.encoding, bytes })) {
      o.notes.push(`${shown}: not fixed: the file is not valid ${job.encoding.startsWith('utf16') ? 'UTF-16' : 'UTF-8'}, and writing it back would change more than the fixes`);
    } else if (fixed.text !== before) {
      const written = encode(fixed.text, job.encoding);
      try {
        fs.writeFileSync(job.file, written);
      } catch (err) {
        o.notes.push(`${shown}: cannot write the fixes (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
        return { ...o, fatal: true };
      }
      o.fixed = fixed.applied;
      o.verbose.push(`${shown}: fixed ${fixed.applied} problem${fixed.applied === 1 ? '' : 's'}${fixed.skipped ? ` (${fixed.skipped} overlapping left for another run)` : ''}`);
      try {
        result = lint(fixed.text, lintOptions);
      } catch (err) {
        o.notes.push(`${shown}: internal error while linting the fixed text (${firstLine(err)}); please report it`);
        return { ...o, fatal: true };
      }
      o.written = { hash: sha256(written), text: fixed.text };
    }
  }
  // Only a summary of each document is kept for the checks across documents, not its model.
  const summary = projectFile(job.file, result, job.rules);
  const document = documentInfo(result);
  o.outcome = { kind: 'linted', findings: result.findings, document, ...(summary ? { summary } : {}) };
  o.verbose.push(`${shown}: ${result.type} (${document.typeDecision}), ${Math.round(performance.now() - t0)} ms`);
  return o;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
