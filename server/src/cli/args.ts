/** Command-line options, parsed with commander. Parsing never exits the process: errors become CliError. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DOC_TYPES, isDocType, type DocType } from '../engine/types.js';
import { suggest, suggestRule } from '../engine/config/index.js';
import { CliError, EXIT } from './exit-codes.js';
import { FORMAT_NAMES, type FormatName } from './formatters/index.js';
import { isCalendarDate, WAIVERS_FILE_NAME } from '../engine/waivers.js';
import { META_BY_ID } from '../engine/rules/registry.js';
import { CACHE_FILE_NAME } from './cache.js';
import { MAX_AUTO_WORKERS, WORKER_THRESHOLD } from './pool.js';

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  output?: string;
  maxWarnings?: number;
  quiet: boolean;
  type?: DocType;
  config?: string;
  explain?: string;
  printConfig?: string;
  fix: boolean;
  verbose: boolean;
  /** Read .gitignore and .safeguardinglintignore files (false with --no-ignore). */
  ignoreFiles: boolean;
  color: boolean;
  /** Waivers (safeguarding-lint-suppressions.json): what to write, where, and why. */
  waivers: WaiverOptions;
  /** The path standard input (`-`) stands for, to pick configuration, type and ignores. */
  stdinFilename?: string;
  /** `--cache`: reuse the results of files unchanged since the last run. */
  cache: boolean;
  /** `--cache-location`: the cache file (or a folder for it); else .safeguardinglintcache in the working directory. */
  cacheLocation?: string;
  /** `--concurrency`: how many worker threads lint files (1: the main thread alone), or `auto`. */
  concurrency: number | 'auto';
}

export interface WaiverOptions {
  /** `--suppress-all`, or the rules of `--suppress-rule`. */
  suppress?: { rules?: string[] };
  prune: boolean;
  reason?: string;
  expires?: string;
  /** `--suppressions-location`; else safeguarding-lint-suppressions.json in the working directory. */
  location?: string;
}

/** What parsing produced: options to run with, or text to print and an exit code (help, version). */
export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'print'; text: string; exitCode: number };

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError('Expected a whole number (-1 for no limit).');
  return Number(value);
}

function parseConcurrency(value: string): number | 'auto' {
  const v = value.trim().toLowerCase();
  if (v === 'auto') return 'auto';
  if (v === 'off') return 1;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > MAX_CONCURRENCY) throw new InvalidArgumentError(`Expected auto, off, or a number of threads from 1 to ${MAX_CONCURRENCY}.`);
  return Number(v);
}

/** More threads than this only costs memory (each holds a copy of the engine). */
const MAX_CONCURRENCY = 32;

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('Expected a date written YYYY-MM-DD (for example 2025-03-31).');
  return value;
}

function parseType(value: string): DocType {
  if (isDocType(value)) return value;
  const near = suggest(value, DOC_TYPES);
  throw new InvalidArgumentError(`Not a document type: use ${DOC_TYPES.join(', ')}${near ? ` (did you mean "${near}"?)` : ''}`);
}

export function buildProgram(version: string): Command {
  return new Command()
    .name('safeguarding-lint')
    .description('Checks safeguarding partnership documents (Markdown) against Working Together to Safeguard Children 2023.')
    .usage('[options] [paths or globs...]')
    .argument('[paths...]', 'files, folders or globs to lint (default: the current folder)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit with 1 when there are more than n warnings (-1: no limit)', parseMaxWarnings)
    .option('-q, --quiet', 'report errors only', false)
    .option('--type <type>', `lint every file as this document type (${DOC_TYPES.join(', ')})`, parseType)
    .option('-c, --config <file>', 'use this configuration file instead of searching for .safeguardinglintrc.*')
    .option('--explain <rule-id>', "print a rule's title, level, citation, description and example")
    .option('--print-config <file>', 'print the configuration that applies to a file, as JSON')
    .option('--fix', 'apply safe text fixes (never section templates), then lint again', false)
    .option('--verbose', 'explain which files were skipped and why, and print timings', false)
    .option('--cache', `reuse the results of files unchanged since the last --cache run (kept in ${CACHE_FILE_NAME})`, false)
    .option('--cache-location <path>', `the cache file, or a folder for it (default: ${CACHE_FILE_NAME} in the current folder)`)
    .option('--concurrency <n>', `worker threads to lint in: auto (the default: half the CPUs, up to ${MAX_AUTO_WORKERS}, when there are ${WORKER_THRESHOLD} or more files and four or more CPUs), off, or a number`, parseConcurrency, 'auto' as number | 'auto')
    .option('--no-ignore', 'do not read .gitignore and .safeguardinglintignore files (ignorePatterns in the configuration still apply)')
    .option('--no-color', 'no colours (also: NO_COLOR, or output that is not a terminal)')
    .option('--suppress-all', `waive every error and warning found now, in ${WAIVERS_FILE_NAME} (needs --reason)`)
    .option('--suppress-rule <rule-id>', "waive this rule's errors and warnings found now (repeatable; needs --reason)", collect)
    .option('--reason <text>', 'why the findings are waived (written beside each new waiver)')
    .option('--expires <date>', 'the last day (YYYY-MM-DD) new waivers hold; then their findings are errors', parseDate)
    .option('--prune-suppressions', 'remove waivers whose findings no longer occur (and lower counts)')
    .option('--suppressions-location <file>', `the waivers file (default: ${WAIVERS_FILE_NAME} in the current folder)`)
    .option('--stdin-filename <path>', 'with "-" (standard input): the path to lint it as (configuration, type, ignores, report)')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText(
      'after',
      `
Exit codes: 0 no errors (warnings and info allowed), 1 errors or too many warnings, 2 could not run.

Examples:
  safeguarding-lint                          lint every Markdown file under the current folder
  safeguarding-lint docs "reports/**/*.md"   folders and globs
  safeguarding-lint --format sarif -o safeguarding.sarif docs
  safeguarding-lint --cache docs             a second run only lints the files that changed
  safeguarding-lint --explain arrangements/independent-scrutiny
  safeguarding-lint --suppress-all --reason "Legacy text; rewrite due in the 2025 review" docs
  cat report.md | safeguarding-lint --stdin-filename docs/report.md -`,
    )
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
}

export function parseArgs(argv: readonly string[], version: string): ParsedArgs {
  const program = buildProgram(version);
  let helpText = '';
  program.configureOutput({ writeOut: (s) => (helpText += s), writeErr: (s) => (helpText += s), outputError: () => {} });
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.help') return { kind: 'print', text: helpText, exitCode: EXIT.OK };
      if (err.code === 'commander.version') return { kind: 'print', text: `${version}\n`, exitCode: EXIT.OK };
      throw new CliError(`${err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')} (see --help)`);
    }
    throw err;
  }
  // commander names --no-ignore's value `ignore`; every other option has its CliOptions name.
  const o = program.opts<
    Omit<CliOptions, 'patterns' | 'ignoreFiles' | 'waivers'> & {
      ignore: boolean;
      suppressAll?: boolean;
      suppressRule?: string[];
      reason?: string;
      expires?: string;
      pruneSuppressions?: boolean;
      suppressionsLocation?: string;
    }
  >();
  const options: CliOptions = {
    patterns: program.args.length ? [...program.args] : [],
    format: o.format,
    quiet: o.quiet,
    fix: o.fix,
    verbose: o.verbose,
    color: o.color,
    ignoreFiles: o.ignore,
    waivers: waiverOptions(o),
    cache: o.cache,
    concurrency: o.concurrency,
  };
  if (o.cacheLocation !== undefined) options.cacheLocation = o.cacheLocation;
  if (o.stdinFilename !== undefined) options.stdinFilename = o.stdinFilename;
  if (o.output !== undefined) options.output = o.output;
  if (o.maxWarnings !== undefined && o.maxWarnings >= 0) options.maxWarnings = o.maxWarnings;
  if (o.type !== undefined) options.type = o.type;
  if (o.config !== undefined) options.config = o.config;
  if (o.explain !== undefined) options.explain = o.explain;
  if (o.printConfig !== undefined) options.printConfig = o.printConfig;
  return { kind: 'run', options };
}

/** Checks the waiver options go together: what to waive, a reason for it, one action at a time. */
function waiverOptions(o: { suppressAll?: boolean; suppressRule?: string[]; reason?: string; expires?: string; pruneSuppressions?: boolean; suppressionsLocation?: string }): WaiverOptions {
  const w: WaiverOptions = { prune: o.pruneSuppressions === true };
  if (o.suppressAll && o.suppressRule) throw new CliError('--suppress-all and --suppress-rule cannot be used together (--suppress-all already waives every rule)');
  if ((o.suppressAll || o.suppressRule) && w.prune) throw new CliError('--prune-suppressions cannot be used with --suppress-all or --suppress-rule: run them one after the other');
  const ids = [...META_BY_ID.keys()];
  for (const id of o.suppressRule ?? []) {
    if (!META_BY_ID.has(id)) {
      const near = suggestRule(id, ids);
      throw new CliError(`--suppress-rule: unknown rule id "${id}"${near ? ` (did you mean "${near}"?)` : ''}`);
    }
  }
  if (o.suppressAll) w.suppress = {};
  else if (o.suppressRule) w.suppress = { rules: [...new Set(o.suppressRule)] };
  if (w.suppress && (o.reason === undefined || !o.reason.trim())) {
    const flag = o.suppressAll ? '--suppress-all' : '--suppress-rule';
    throw new CliError(`${flag} needs --reason "...": say why these findings are accepted (it is written beside each new waiver, and shown in the editor)`);
  }
  if (!w.suppress && o.reason !== undefined) throw new CliError('--reason only applies with --suppress-all or --suppress-rule');
  if (!w.suppress && o.expires !== undefined) throw new CliError('--expires only applies with --suppress-all or --suppress-rule (edit "expires" in the file to change a waiver)');
  if (o.reason !== undefined) w.reason = o.reason.trim();
  if (o.expires !== undefined) w.expires = o.expires;
  if (o.suppressionsLocation !== undefined) w.location = o.suppressionsLocation;
  return w;
}
