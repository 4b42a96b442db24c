/**
 * `--cache`: what the engine said about each file, kept between runs (as ESLint's and
 * markdownlint-cli2's caches do), so a run over an unchanged repository does not lint again.
 *
 * An entry is used only when both keys match: the SHA-256 of the file's bytes, and a hash of
 * everything else that decides the engine's result for it (the linter itself, the rules'
 * severities, the configured type and `--type`). Only the per-document part is kept: the checks
 * across documents (links resolve, the yearly report agrees with its arrangements) and the waivers
 * depend on other files, so every run does them afresh from the cached summaries.
 *
 * The file is written whole to a temporary file and renamed, so a run that dies half-way leaves
 * the old cache or the new one, never half of one. A cache that cannot be read (corrupt,
 * truncated, another tool's) is set aside with a one-line warning: it can only ever cost a re-lint.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectFile } from '../engine/project/index.js';
import type { ConfiguredSeverity, DocType } from '../engine/types.js';
import type { DocumentOutcome } from './lint-file.js';

export const CACHE_FILE_NAME = '.safeguardinglintcache';
const TOOL = 'safeguarding-lint';
/** Bump when what an entry holds changes shape. */
const FORMAT = 1;

/** What the cache file holds. */
interface CacheFile {
  tool: typeof TOOL;
  format: typeof FORMAT;
  /** The linter that wrote it (version and a hash of the running bundle): another one's results are not reused. */
  linter: string;
  files: Record<string, Entry>;
}

interface Entry {
  /** SHA-256 of the file's bytes. */
  content: string;
  /** `configKey` of what the file was linted with. */
  config: string;
  outcome: StoredOutcome;
}

/**
 * A `DocumentOutcome` as stored: without the document's text (the file has it, and the entry is
 * only used when the file's bytes are unchanged) unless the engine's text differs from the file's
 * (a second byte-order mark), and with the arrangements' last-updated date as milliseconds.
 */
type StoredOutcome =
  | { kind: 'skipped'; reason: string }
  | {
      kind: 'linted';
      findings: unknown[];
      document: Record<string, unknown> & { text?: string };
      summary?: Omit<ProjectFile, 'text' | 'rules' | 'model' | 'lastUpdated'> & { text?: string; lastUpdated?: number };
    };

export interface ConfigKeyInput {
  rules: Readonly<Record<string, ConfiguredSeverity>>;
  configuredType: DocType | undefined;
  type: DocType | undefined;
}

/** A hash of what, besides the file's bytes, decides the engine's result for it. */
export function configKey(c: ConfigKeyInput): string {
  const rules = Object.keys(c.rules)
    .sort()
    .map((id) => [id, c.rules[id]]);
  return createHash('sha256')
    .update(JSON.stringify({ rules, configuredType: c.configuredType ?? null, type: c.type ?? null }))
    .digest('hex');
}

/** Where the cache lives: `--cache-location` (a file, or a folder to put `.safeguardinglintcache` in), else the working directory. */
export function cachePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.join(cwd, CACHE_FILE_NAME);
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(resolved, CACHE_FILE_NAME);
  try {
    if (fs.statSync(resolved).isDirectory()) return path.join(resolved, CACHE_FILE_NAME);
  } catch {
    /* not there yet: a file */
  }
  return resolved;
}

export class ResultCache {
  private readonly old: Record<string, Entry>;
  private readonly current = new Map<string, Entry>();
  /** Files looked up this run: an old entry of one that is not in `current` is stale. */
  private readonly seen = new Set<string>();
  private changed: boolean;
  /** Files looked up, and found. */
  lookups = 0;
  hits = 0;

  private constructor(
    readonly file: string,
    private readonly linter: string,
    old: Record<string, Entry>,
    /** Why the file on disk was not used, for stderr (undefined when it was, or when there was none). */
    readonly warning: string | undefined,
    /** Why its entries were dropped without a warning (another version of the linter), for --verbose. */
    readonly note: string | undefined,
  ) {
    this.old = old;
    // A cache that was set aside is replaced even when nothing new was linted.
    this.changed = warning !== undefined || note !== undefined;
  }

  /** Reads the cache file at `file`; never throws. `linter` identifies the linter (see CacheFile). */
  static open(file: string, linter: string, shown: string): ResultCache {
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return new ResultCache(file, linter, {}, undefined, undefined);
      return new ResultCache(file, linter, {}, `safeguarding-lint: warning: cannot read the cache ${shown} (${code ?? (err as Error).message}); linting every file`, undefined);
    }
    const ignoring = (why: string) => new ResultCache(file, linter, {}, `safeguarding-lint: warning: ignoring the cache ${shown}: ${why}; linting every file and writing a new one`, undefined);
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return ignoring('it is not valid JSON (truncated or corrupt?)');
    }
    if (!isRecord(data) || data.tool !== TOOL) return ignoring('it was not written by safeguarding-lint');
    if (data.format !== FORMAT || data.linter !== linter) {
      return new ResultCache(file, linter, {}, undefined, `${shown}: written by another version of safeguarding-lint; linting every file`);
    }
    if (!isRecord(data.files) || !Object.values(data.files).every(isEntry)) return ignoring('its entries are not in the expected form (corrupt?)');
    return new ResultCache(file, linter, data.files as Record<string, Entry>, undefined, undefined);
  }

  /**
   * The outcome cached for `file` when its bytes (`content`) and configuration (`config`) are
   * those it was linted with, and `usable` (the caller's own condition) accepts it; `text` is the
   * file's decoded text, which the entry leaves out.
   */
  get(file: string, content: string, config: string, text: string, usable: (o: DocumentOutcome) => boolean = () => true): DocumentOutcome | undefined {
    this.lookups++;
    this.seen.add(file);
    const entry = this.old[file];
    if (!entry || entry.content !== content || entry.config !== config) return undefined;
    const outcome = restore(entry.outcome, text);
    if (!usable(outcome)) return undefined;
    this.hits++;
    this.current.set(file, entry);
    return outcome;
  }

  /** Records what linting `file` came to; `content` is the hash of its bytes now, `text` their decoded text. */
  set(file: string, content: string, config: string, outcome: DocumentOutcome, text: string): void {
    this.current.set(file, { content, config, outcome: store(outcome, text) });
    this.changed = true;
  }

  /**
   * Writes the cache when anything changed: this run's entries, and the old entries of files this
   * run did not look at (a run over one folder keeps the others'), unless the file is gone.
   * Returns a warning for stderr when it could not be written.
   */
  save(shown: string): string | undefined {
    const files: Record<string, Entry> = {};
    for (const [file, entry] of Object.entries(this.old)) {
      if (this.current.has(file)) continue;
      if (!this.seen.has(file) && fs.existsSync(file)) files[file] = entry;
      else this.changed = true;
    }
    // Nothing new and nothing dropped: the file on disk already says all this.
    if (!this.changed) return undefined;
    for (const [file, entry] of this.current) files[file] = entry;
    const data: CacheFile = { tool: TOOL, format: FORMAT, linter: this.linter, files };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify(data));
      fs.renameSync(tmp, this.file);
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      return `safeguarding-lint: warning: cannot write the cache ${shown} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
    }
    return undefined;
  }
}

function store(outcome: DocumentOutcome, text: string): StoredOutcome {
  if (outcome.kind === 'skipped') return outcome;
  const { text: docText, ...document } = outcome.document;
  const stored: StoredOutcome = { kind: 'linted', findings: outcome.findings, document: docText === text ? document : { ...document, text: docText } };
  if (outcome.summary) {
    const { text: summaryText, rules: _rules, model: _model, lastUpdated, ...summary } = outcome.summary;
    stored.summary = { ...summary, ...(summaryText === text ? {} : { text: summaryText }), ...(lastUpdated ? { lastUpdated: lastUpdated.date.getTime() } : {}) };
  }
  return stored;
}

function restore(stored: StoredOutcome, text: string): DocumentOutcome {
  if (stored.kind === 'skipped') return { kind: 'skipped', reason: stored.reason };
  const document = { ...stored.document, text: stored.document.text ?? text } as unknown as Extract<DocumentOutcome, { kind: 'linted' }>['document'];
  const outcome: DocumentOutcome = { kind: 'linted', findings: stored.findings as Extract<DocumentOutcome, { kind: 'linted' }>['findings'], document };
  if (stored.summary) {
    const { lastUpdated, ...summary } = stored.summary;
    outcome.summary = { ...summary, text: summary.text ?? text, lastUpdated: lastUpdated === undefined ? undefined : { date: new Date(lastUpdated) } };
  }
  return outcome;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Enough of an entry's shape that using it cannot throw; the keys decide whether it is used at all. */
function isEntry(v: unknown): boolean {
  if (!isRecord(v) || typeof v.content !== 'string' || typeof v.config !== 'string' || !isRecord(v.outcome)) return false;
  const o = v.outcome;
  if (o.kind === 'skipped') return typeof o.reason === 'string';
  if (o.kind !== 'linted' || !Array.isArray(o.findings) || !isRecord(o.document)) return false;
  const d = o.document;
  if (!isRecord(d.checklist) || !Array.isArray(d.checklist.items) || !Array.isArray(d.notApplicable) || !Array.isArray(d.outline) || typeof d.typeDecision !== 'string') return false;
  if (!o.findings.every((f) => isRecord(f) && typeof f.ruleId === 'string' && typeof f.message === 'string' && isRecord(f.range))) return false;
  if (o.summary === undefined) return true;
  const s = o.summary;
  return isRecord(s) && typeof s.filePath === 'string' && Array.isArray(s.links) && Array.isArray(s.people) && Array.isArray(s.updateClaims);
}
