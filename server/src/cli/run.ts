/**
 * One run of the command line: arguments -> files -> configuration -> engine -> formatter ->
 * exit code. Nothing here decides what is wrong with a document; that is the engine's job.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ALL_META } from '../engine/rules/registry.js';
import { crossDocumentFindings, type ProjectFile } from '../engine/project/index.js';
import { createConfigResolver, formatConfigError, isScriptFile, relativePosix, SCRIPT_CONFIG_MESSAGE, type ConfigError, type ResolvedConfig } from '../engine/config/index.js';
import { parseArgs, type CliOptions } from './args.js';
import { ansi, plain, useColor } from './color.js';
import { CliError, EXIT } from './exit-codes.js';
import { explain } from './explain.js';
import { discover } from './files.js';
import { FORMATTERS, type FileResult, type SkippedFile } from './formatters/index.js';
import { decode, readDocument, type ReadResult } from './read.js';
import { IgnoreFiles } from './ignore-files.js';
import { applyWaivers, localDate, prune, suppress } from '../engine/waivers.js';
import { loadWaivers, saveWaivers, waiverKey, type WaiversFile } from './waivers-file.js';
import { packageVersion } from './version.js';
import { cachePath, configKey, ResultCache } from './cache.js';
import { lintJob, sha256, type DocumentOutcome, type LintedFile, type LintJob } from './lint-file.js';
import { lintInWorkers, poolSize } from './pool.js';

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean | undefined;
  /** Standard input's bytes, read when the path `-` asks for them. */
  readStdin?: () => Buffer;
  /**
   * The running bundle (dist/cli.js): worker threads load it to lint in parallel, and the cache
   * keys on its contents, so a rebuilt linter never reuses another's results. Without it, every
   * file is linted in the main thread.
   */
  bundle?: string;
}

/** The name standard input is reported under without --stdin-filename (as ESLint does). */
export const STDIN_NAME = '<stdin>';

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const version = packageVersion();
  const parsed = parseArgs(argv, version);
  if (parsed.kind === 'print') {
    io.stdout(parsed.text);
    return parsed.exitCode;
  }
  const options = parsed.options;
  if (options.explain !== undefined) {
    io.stdout(explain(options.explain));
    return EXIT.OK;
  }
  if (options.config !== undefined) checkConfigOption(options.config, io.cwd);
  const resolver = createConfigResolver(options.config ? { configFile: path.resolve(io.cwd, options.config) } : {});
  if (options.printConfig !== undefined) return printConfig(options.printConfig, resolver.resolve(path.resolve(io.cwd, options.printConfig)), io);
  return lintFiles(options, io, (file) => resolver.resolve(file), version);
}

/** `--config` must name a YAML or JSON file that exists; a script is refused unread (nothing from the workspace is run). */
function checkConfigOption(given: string, cwd: string): void {
  if (isScriptFile(given)) throw new CliError(`--config ${given}: ${SCRIPT_CONFIG_MESSAGE}`);
  const file = path.resolve(cwd, given);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`configuration file not found: ${given}`);
  }
  if (stat.isDirectory()) throw new CliError(`--config names a folder, not a file: ${given} (give the path of a .safeguardinglintrc.yaml, .yml or .json)`);
}

function display(cwd: string, file: string): string {
  return relativePosix(cwd, file) ?? file;
}

function configFailure(errors: readonly ConfigError[], cwd: string): CliError {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const e of errors) {
    const line = formatConfigError({ ...e, file: display(cwd, e.file) });
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  }
  return new CliError(`${lines.join('\n')}\nsafeguarding-lint: invalid configuration (${lines.length} problem${lines.length === 1 ? '' : 's'}); nothing was linted`, EXIT.FATAL, true);
}

function printConfig(file: string, config: ResolvedConfig, io: CliIO): number {
  if (config.errors.length) throw configFailure(config.errors, io.cwd);
  const out = {
    filePath: path.resolve(io.cwd, file),
    configFiles: config.configFiles,
    preset: config.preset,
    type: config.type ?? null,
    ignored: config.ignored,
    rules: config.rules,
  };
  io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return EXIT.OK;
}

async function lintFiles(options: CliOptions, io: CliIO, configFor: (file: string) => ResolvedConfig, version: string): Promise<number> {
  const started = performance.now();
  const { cwd } = io;
  const notes: string[] = [];
  const verbose = (s: string) => options.verbose && notes.push(s);

  const stdin = options.patterns.includes('-');
  if (stdin && options.patterns.length > 1) throw new CliError('"-" (standard input) cannot be combined with other paths');
  if (!stdin && options.stdinFilename !== undefined) throw new CliError('--stdin-filename only applies when the path is "-" (standard input)');
  if (stdin && options.fix) throw new CliError('--fix cannot write its fixes back to standard input: lint a file instead');
  const found = stdin ? stdinDiscovery(options, cwd) : discover(options.patterns, cwd, options.ignoreFiles);
  if (found.missing.length) {
    throw new CliError(`no such file or folder: ${found.missing.map((m) => `"${m}"`).join(', ')}`);
  }

  // All configuration first: a bad config stops the run before anything is linted or fixed.
  const configs = new Map(found.files.map((f) => [f, configFor(f)]));
  const configErrors = [...configs.values()].flatMap((c) => c.errors);
  if (configErrors.length) throw configFailure(configErrors, cwd);
  // And the waivers: a malformed file stops the run too, before anything is fixed or written.
  const waivers = loadWaivers(options.waivers.location, cwd);

  let fatal = false;
  let binaryNamed = false;
  const results: FileResult[] = [];
  const skipped: SkippedFile[] = [];
  const linted: ProjectFile[] = [];
  let notSafeguarding = 0;
  let ignored = found.ignored.length;
  let fixedFindings = 0;
  for (const { file, by, folder } of found.ignored) verbose(`${display(cwd, file)}${folder ? '/' : ''}: ignored (${display(cwd, by)})`);
  for (const u of found.unreadable) {
    notes.push(`${display(cwd, u.path)}: cannot read this folder (${u.reason})`);
    fatal = true;
  }

  const cache = options.cache && !stdin ? openCache(options, io, version) : undefined;
  if (cache?.warning) notes.push(cache.warning);
  if (cache?.note) verbose(cache.note);

  // Each file is read here (and looked up in the cache); what is left to lint is linted here or in
  // worker threads, and the outcomes are added up in the files' order whoever linted them.
  const outcomes: Outcome[] = new Array<Outcome>(found.files.length);
  const pending: Array<{ index: number; job: LintJob; content: string | undefined; config: string | undefined }> = [];
  found.files.forEach((file, index) => {
    const config = configs.get(file)!;
    const prepared = prepare(file, config, options, found.explicit.has(file), cwd, stdin ? stdinRead(io) : undefined);
    if ('done' in prepared) {
      outcomes[index] = prepared.done;
      return;
    }
    const { job } = prepared;
    const key = cache && configKey(job);
    const content = cache && sha256(job.bytes);
    // With --fix, a cached result with something to fix is not used: fixes are only ever made from a fresh lint of the file.
    const usable = (o: DocumentOutcome) => !(options.fix && o.kind === 'linted' && o.findings.some((f) => f.fix?.kind === 'text'));
    const hit = cache?.get(file, content!, key!, job.text, usable);
    if (hit) {
      outcomes[index] = outcomeOf(file, job.shown, config, { outcome: hit, notes: [], verbose: [] }, true);
    } else pending.push({ index, job, content, config: key });
  });
  const threads = io.bundle ? poolSize(pending.length, options.concurrency) : 1;
  const jobs = pending.map((p) => p.job);
  const lintedNow = threads > 1 ? await lintInWorkers(jobs, threads, io.bundle!) : jobs.map(lintJob);
  pending.forEach((p, i) => {
    const done = lintedNow[i]!;
    outcomes[p.index] = outcomeOf(p.job.file, p.job.shown, configs.get(p.job.file)!, done, false);
    // Never cache a failure: only what the engine said of text that was read (and, with --fix, written).
    if (cache && done.outcome) cache.set(p.job.file, done.written?.hash ?? p.content!, p.config!, done.outcome, done.written?.text ?? p.job.text);
  });
  if (cache) {
    verbose(`${cache.hits} of ${cache.lookups} file${cache.lookups === 1 ? '' : 's'} from cache (${display(cwd, cache.file)})`);
    const failed = cache.save(display(cwd, cache.file));
    if (failed) notes.push(failed);
  }
  if (threads > 1) verbose(`Linted ${pending.length} file${pending.length === 1 ? '' : 's'} in ${threads} worker threads.`);

  for (const o of outcomes) {
    notes.push(...o.notes);
    if (options.verbose) notes.push(...o.verbose);
    fatal ||= o.fatal ?? false;
    binaryNamed ||= o.binaryNamed ?? false;
    if (o.ignored) ignored++;
    if (o.notSafeguarding) notSafeguarding++;
    fixedFindings += o.fixed ?? 0;
    if (o.result) results.push(o.result);
    if (o.skipped) skipped.push({ relativePath: o.shown, reason: o.skipped });
    if (o.summary) linted.push(o.summary);
  }
  addCrossDocumentFindings(results, linted);
  notes.push(...applyWaiversToRun(results, waivers, options, cwd));
  for (const r of results) finishResult(r, options.quiet);
  if (stdin && !options.stdinFilename) for (const r of results) r.filePath = r.relativePath = STDIN_NAME;

  const colors = useColor(options.color, options.output !== undefined, io.env, io.stdoutIsTTY) ? ansi : plain;
  const outputDir = options.output !== undefined ? path.dirname(path.resolve(cwd, options.output)) : cwd;
  const report = FORMATTERS[options.format](results, { cwd, colors, version, rules: ALL_META, skipped, outputDir, generatedAt: new Date() });
  if (options.output !== undefined) {
    const out = path.resolve(cwd, options.output);
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, report);
    } catch (err) {
      throw new CliError(`cannot write the report to ${options.output} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  } else if (report) io.stdout(report);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (!results.length) {
    const named = (options.patterns.length ? options.patterns : ['.']).map((p) => (p === '.' ? 'the current folder' : p === '-' ? 'standard input' : p));
    // A shell-expanded glob can name hundreds of files: name a few, count the rest.
    const where = named.length > 3 ? `${named.slice(0, 3).join(', ')} and ${named.length - 3} more` : named.join(', ');
    const why = [
      notSafeguarding && `${notSafeguarding} Markdown file${notSafeguarding === 1 ? ' is not a safeguarding document' : 's are not safeguarding documents'}`,
      ignored && `${ignored} ignored${options.ignoreFiles ? ' (--no-ignore lints what ignore files leave out)' : ''}`,
    ]
      .filter(Boolean)
      .join('; ');
    notes.push(`No safeguarding documents found in ${where}${why ? ` (${why}${options.verbose ? '' : '; --verbose says why'})` : ''}`);
  } else {
    verbose(`Linted ${results.length} document${results.length === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms (${notSafeguarding} skipped as not safeguarding documents, ${ignored} ignored).`);
  }
  if (fixedFindings) notes.push(`Fixed ${fixedFindings} problem${fixedFindings === 1 ? '' : 's'}.`);
  let code: number = errors > 0 ? EXIT.FINDINGS : EXIT.OK;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    notes.push(`safeguarding-lint found too many warnings (${warnings}; maximum ${options.maxWarnings}).`);
    code = EXIT.FINDINGS;
  }
  if (fatal) code = EXIT.FATAL;
  // A binary file named on the command line, and nothing else to lint: the run could not do what was asked.
  else if (binaryNamed && !results.length) code = EXIT.FATAL;
  if (notes.length) io.stderr(`${notes.join('\n')}\n`);
  return code;
}

/** What linting one file came to; the caller adds it up. */
interface Outcome {
  /** The name the report and notes use. */
  shown: string;
  result?: FileResult;
  notes: string[];
  verbose: string[];
  fatal?: boolean;
  binaryNamed?: boolean;
  ignored?: boolean;
  notSafeguarding?: boolean;
  /** Why a file that was read was not linted (the reports list it). */
  skipped?: string;
  fixed?: number;
  /** The document's summary, for the checks across documents. */
  summary?: ProjectFile;
}

/** Checks across the documents of the run (links resolve, people agree), added to each file's findings. */
function addCrossDocumentFindings(results: FileResult[], linted: ProjectFile[]): void {
  const extra = crossDocumentFindings(linted, { exists: (p) => fs.existsSync(p) });
  for (const r of results) {
    const more = extra.get(r.filePath) ?? [];
    if (!more.length) continue;
    r.findings = [...r.findings, ...more].sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
  }
}

/**
 * Writes the waivers file when asked (`--suppress-*`, `--prune-suppressions`), then takes the
 * waived findings out of each result. Returns notes for stderr.
 */
function applyWaiversToRun(results: FileResult[], w: WaiversFile, options: CliOptions, cwd: string): string[] {
  const notes: string[] = [];
  const shown = display(cwd, w.file);
  const current = new Map<string, FileResult['findings']>();
  for (const r of results) {
    const key = waiverKey(w, r.filePath);
    if (key !== undefined) current.set(key, r.findings);
  }
  let waivers = w.waivers;
  const { suppress: asked, prune: pruning } = options.waivers;
  if (asked) {
    const done = suppress(waivers, current, { ...asked, reason: options.waivers.reason!, ...(options.waivers.expires ? { expires: options.waivers.expires } : {}) });
    waivers = done.waivers;
    saveWaivers(w, waivers, cwd);
    notes.push(`Wrote ${shown}: ${done.added} new waiver${done.added === 1 ? '' : 's'}, ${done.updated} with a new count.`);
  } else if (pruning) {
    const done = prune(waivers, current);
    waivers = done.waivers;
    if (w.exists) saveWaivers(w, waivers, cwd);
    notes.push(`Pruned ${shown}: ${done.removed} waiver${done.removed === 1 ? '' : 's'} removed, ${done.reduced} reduced.`);
  }
  const today = localDate();
  let unused = 0;
  for (const r of results) {
    const key = waiverKey(w, r.filePath);
    const applied = applyWaivers(r.findings, key === undefined ? undefined : waivers[key], today);
    r.findings = applied.reported;
    if (applied.waived.length) r.waived = applied.waived;
    unused += Object.values(applied.unused).reduce((n, x) => n + x, 0);
  }
  if (unused && !pruning) notes.push(`${shown}: ${unused} waived finding${unused === 1 ? ' no longer occurs' : 's no longer occur'}; --prune-suppressions removes ${unused === 1 ? 'its waiver' : 'their waivers'}.`);
  return notes;
}

/** `--quiet` and the counts, once every finding of the file is known. */
function finishResult(r: FileResult, quiet: boolean): void {
  if (quiet) r.findings = r.findings.filter((f) => f.severity === 'error');
  r.errorCount = r.findings.filter((f) => f.severity === 'error').length;
  r.warningCount = r.findings.filter((f) => f.severity === 'warning').length;
  r.infoCount = r.findings.filter((f) => f.severity === 'info').length;
  r.fixableCount = r.findings.filter((f) => f.fix?.kind === 'text').length;
}

/** What `-` lints: one "file" at --stdin-filename (or the working directory), subject to ignore files like a named file. */
function stdinDiscovery(options: CliOptions, cwd: string): ReturnType<typeof discover> {
  const file = path.resolve(cwd, options.stdinFilename ?? STDIN_NAME);
  const found: ReturnType<typeof discover> = { files: [], explicit: new Set(), ignored: [], missing: [], unreadable: [] };
  const verdict = options.stdinFilename !== undefined ? new IgnoreFiles(cwd, options.ignoreFiles).check(file, false, false) : { ignored: false };
  if (verdict.ignored) found.ignored.push({ file, by: verdict.by! });
  else {
    found.files.push(file);
    found.explicit.add(file);
  }
  return found;
}

function stdinRead(io: CliIO): ReadResult {
  try {
    return decode(io.readStdin ? io.readStdin() : Buffer.alloc(0));
  } catch (err) {
    return { kind: 'unreadable', reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message };
  }
}

/** Reads a file: what came of it when it cannot be linted, else the job of linting its text. */
function prepare(file: string, config: ResolvedConfig, options: CliOptions, explicit: boolean, cwd: string, given?: ReadResult): { done: Outcome } | { job: LintJob } {
  const shown = options.patterns.includes('-') && !options.stdinFilename ? STDIN_NAME : display(cwd, file);
  const o: Outcome = { shown, notes: [], verbose: [] };
  if (config.ignored) {
    o.verbose.push(`${shown}: ignored (ignorePatterns in ${config.configFiles.map((c) => display(cwd, c)).join(', ')})`);
    return { done: { ...o, ignored: true } };
  }
  const read = given ?? readDocument(file);
  if (read.kind === 'unreadable') {
    o.notes.push(`${shown}: cannot read this file (${read.reason})`);
    return { done: { ...o, fatal: true } };
  }
  if (read.kind === 'binary') {
    o.notes.push(`${shown}: skipped: not a text file (it has NUL bytes in its first 8 KB)`);
    return { done: { ...o, binaryNamed: explicit, skipped: 'not a text file (it has NUL bytes in its first 8 KB)' } };
  }
  return {
    job: { file, shown, text: read.text, encoding: read.encoding, bytes: read.bytes, rules: config.rules, configuredType: config.type, type: options.type, fix: options.fix },
  };
}

/** A linted (or cached) file as the run adds it up. */
function outcomeOf(file: string, shown: string, config: ResolvedConfig, l: LintedFile, cached: boolean): Outcome {
  const o: Outcome = { shown, notes: l.notes, verbose: l.verbose };
  if (l.fatal) o.fatal = true;
  if (l.fixed) o.fixed = l.fixed;
  const d = l.outcome;
  if (d?.kind === 'skipped') {
    if (cached) o.verbose.push(`${shown}: skipped: ${d.reason} (from cache)`);
    return { ...o, notSafeguarding: true, skipped: d.reason };
  }
  if (d?.kind === 'linted') {
    // Counts and --quiet wait for the checks across documents and the waivers (finishResult).
    o.result = { filePath: file, relativePath: shown, findings: d.findings, errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0, document: d.document };
    if (d.summary) o.summary = { ...d.summary, rules: config.rules };
    if (cached) o.verbose.push(`${shown}: ${d.document.type} (${d.document.typeDecision}), from cache`);
  }
  return o;
}

/** `--cache`: the cache file, keyed to this linter (its version and, when known, its bundle's bytes). */
function openCache(options: CliOptions, io: CliIO, version: string): ResultCache {
  let linter = version;
  if (io.bundle) {
    try {
      linter += `+${sha256(fs.readFileSync(io.bundle)).slice(0, 16)}`;
    } catch {
      /* the version alone */
    }
  }
  const file = cachePath(options.cacheLocation, io.cwd);
  return ResultCache.open(file, linter, display(io.cwd, file));
}

