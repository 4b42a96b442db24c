/** Shapes of the project configuration (`.safeguardinglintrc.*`), raw and resolved. */
import type { ConfiguredSeverity, DocType } from '../types.js';

/** The presets `extends` can name. */
export const PRESETS = ['wt2023:recommended', 'wt2023:strict', 'reforms-2025'] as const;
export type PresetName = (typeof PRESETS)[number];

/** Severities a configuration may give a rule. */
export const CONFIG_SEVERITIES = ['off', 'info', 'warning', 'error'] as const satisfies readonly ConfiguredSeverity[];

/** Config file names, in the order they are looked for in a folder (the first found wins). */
export const CONFIG_FILE_NAMES = ['.safeguardinglintrc.yaml', '.safeguardinglintrc.yml', '.safeguardinglintrc.json'] as const;

/**
 * Names a JavaScript configuration would have (after ESLint, Prettier, markdownlint-cli2). They
 * are never read, let alone run: nothing from the workspace is executed, and opening a folder in
 * the editor must be safe. One in a folder is reported, so that the settings it was meant to
 * hold are not silently missing.
 */
export const SCRIPT_CONFIG_NAMES = [
  '.safeguardinglintrc.js',
  '.safeguardinglintrc.cjs',
  '.safeguardinglintrc.mjs',
  '.safeguardinglintrc.ts',
  'safeguarding-lint.config.js',
  'safeguarding-lint.config.cjs',
  'safeguarding-lint.config.mjs',
  'safeguarding-lint.config.ts',
] as const;

/** True for a file name with a script's extension (`--config lint.js`). */
export function isScriptFile(file: string): boolean {
  return /\.[cm]?[jt]sx?$/i.test(file);
}

/** What a script configuration is told, wherever it is met. */
export const SCRIPT_CONFIG_MESSAGE =
  'JavaScript configuration is not supported, and safeguarding-lint never runs code from the workspace: write the settings in .safeguardinglintrc.yaml, .yml or .json';

export interface OverrideConfig {
  /** gitignore-style patterns, relative to the folder of the config file that declares them. */
  files: string[];
  /** The document type of the matching files (front matter still wins). */
  type?: DocType;
  rules?: Record<string, ConfiguredSeverity>;
}

/** One config file's content, as validated (invalid entries dropped). */
export interface ConfigData {
  root?: boolean;
  extends?: PresetName;
  rules?: Record<string, ConfiguredSeverity>;
  overrides?: OverrideConfig[];
  ignorePatterns?: string[];
}

/** A problem in a config file, at an exact position (1-based line and column, end exclusive). */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** A config file read and validated. */
export interface LoadedConfig {
  file: string;
  /** Folder the file's patterns are relative to. */
  dir: string;
  data: ConfigData;
  errors: ConfigError[];
}

/** What applies to one document. */
export interface ResolvedConfig {
  /** Severity of every rule id the engine knows. */
  rules: Record<string, ConfiguredSeverity>;
  /** Type assigned by an override, if any (front matter still wins in the engine). */
  type?: DocType;
  /** True when an `ignorePatterns` entry matches the file. */
  ignored: boolean;
  /** Config files that apply, farthest (root) first. */
  configFiles: string[];
  /** The preset in effect (the nearest `extends`, else recommended). */
  preset: PresetName;
  errors: ConfigError[];
}

/** `file:line:col: message`, the form editors and terminals link to. */
export function formatConfigError(e: ConfigError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}
