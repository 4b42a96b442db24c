/** Command-line options, parsed with commander. Parsing never exits the process: errors become CliError. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DOC_TYPES, isDocType, type DocType } from '../engine/types.js';
import { suggest } from '../engine/config/index.js';
import { CliError, EXIT } from './exit-codes.js';
import { FORMAT_NAMES, type FormatName } from './formatters/index.js';

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
}

/** What parsing produced: options to run with, or text to print and an exit code (help, version). */
export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'print'; text: string; exitCode: number };

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError('Expected a whole number (-1 for no limit).');
  return Number(value);
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
    .option('--no-ignore', 'do not read .gitignore and .safeguardinglintignore files (ignorePatterns in the configuration still apply)')
    .option('--no-color', 'no colours (also: NO_COLOR, or output that is not a terminal)')
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
  safeguarding-lint --explain arrangements/independent-scrutiny`,
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
  const o = program.opts<Omit<CliOptions, 'patterns' | 'ignoreFiles'> & { ignore: boolean }>();
  const options: CliOptions = {
    patterns: program.args.length ? [...program.args] : [],
    format: o.format,
    quiet: o.quiet,
    fix: o.fix,
    verbose: o.verbose,
    color: o.color,
    ignoreFiles: o.ignore,
  };
  if (o.output !== undefined) options.output = o.output;
  if (o.maxWarnings !== undefined && o.maxWarnings >= 0) options.maxWarnings = o.maxWarnings;
  if (o.type !== undefined) options.type = o.type;
  if (o.config !== undefined) options.config = o.config;
  if (o.explain !== undefined) options.explain = o.explain;
  if (o.printConfig !== undefined) options.printConfig = o.printConfig;
  return { kind: 'run', options };
}
