/**
 * Finds and merges the configuration that applies to a document, the same way for the CLI and
 * the language server. From the document's folder upwards, each folder's first config file
 * (`.safeguardinglintrc.yaml`, `.yml`, `.json`) joins the chain, until one says `root: true`.
 * The chain is applied from the root down, so nearer files win; within a file, its preset, then
 * its `rules`, then its matching `overrides` in order (ESLint's eslintrc order).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ConfiguredSeverity, DocType, RuleMeta } from '../types.js';
import { ALL_META } from '../rules/registry.js';
import { loadConfigText } from './load.js';
import { pathMatcher } from './patterns.js';
import { DEFAULT_PRESET, presetRules } from './presets.js';
import { CONFIG_FILE_NAMES, isScriptFile, SCRIPT_CONFIG_MESSAGE, SCRIPT_CONFIG_NAMES, type LoadedConfig, type PresetName, type ResolvedConfig } from './types.js';

/** How the resolver reads files: Node's fs by default; the language server can serve open buffers. */
export interface ConfigHost {
  /** The file's text, or undefined when it does not exist. Throws when it exists but cannot be read. */
  readFile(file: string): string | undefined;
  /** Whether a file exists (without reading it); defaults to fs. Used for script configs, never read. */
  exists?(file: string): boolean;
}

export const nodeHost: ConfigHost = {
  readFile(file) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
      throw err;
    }
  },
};

export interface ResolverOptions {
  host?: ConfigHost;
  /** Use this one config file for every document instead of searching (the CLI's `--config`). */
  configFile?: string;
  /** Rule metadata (defaults to every rule the engine has). */
  meta?: readonly RuleMeta[];
}

export interface ConfigResolver {
  resolve(filePath: string): ResolvedConfig;
  /** Forgets cached files (call when a config file changes). */
  clear(): void;
}

export function createConfigResolver(options: ResolverOptions = {}): ConfigResolver {
  const host = options.host ?? nodeHost;
  const meta = options.meta ?? ALL_META;
  const files = new Map<string, LoadedConfig | undefined>();
  const chains = new Map<string, LoadedConfig[]>();

  const exists = (file: string) => (host.exists ? host.exists(file) : fs.existsSync(file));

  /** A script config in `dir`, reported as a problem on it (never read, never run). */
  function scriptConfigIn(dir: string): LoadedConfig | undefined {
    for (const name of SCRIPT_CONFIG_NAMES) {
      const file = path.join(dir, name);
      if (exists(file)) return { file, dir, data: {}, errors: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: SCRIPT_CONFIG_MESSAGE }] };
    }
    return undefined;
  }

  function load(file: string): LoadedConfig | undefined {
    if (files.has(file)) return files.get(file);
    let loaded: LoadedConfig | undefined;
    try {
      const text = host.readFile(file);
      if (text !== undefined) loaded = loadConfigText(text, file, path.dirname(file), meta);
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      loaded = { file, dir: path.dirname(file), data: {}, errors: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `cannot read the configuration file (${reason})` }] };
    }
    files.set(file, loaded);
    return loaded;
  }

  /** The chain that applies in `dir`, root first; cached per folder. */
  function chainFor(dir: string): LoadedConfig[] {
    const cached = chains.get(dir);
    if (cached) return cached;
    let own: LoadedConfig | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      own = load(path.join(dir, name));
      if (own) break;
    }
    const parent = path.dirname(dir);
    const script = scriptConfigIn(dir);
    let chain: LoadedConfig[];
    if (own?.data.root) chain = [own];
    else {
      const above = parent === dir ? [] : chainFor(parent);
      chain = own ? [...above, own] : above;
    }
    if (script) chain = [...chain, script];
    chains.set(dir, chain);
    return chain;
  }

  return {
    resolve(filePath) {
      const abs = path.resolve(filePath);
      let chain: LoadedConfig[];
      if (options.configFile) {
        const file = path.resolve(options.configFile);
        const loaded = isScriptFile(file)
          ? { file, dir: path.dirname(file), data: {}, errors: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: SCRIPT_CONFIG_MESSAGE }] }
          : load(file);
        chain = loaded
          ? [loaded]
          : [{ file, dir: path.dirname(file), data: {}, errors: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: 'configuration file not found' }] }];
      } else chain = chainFor(path.dirname(abs));
      return merge(abs, chain, meta);
    },
    clear() {
      files.clear();
      chains.clear();
    },
  };
}

function merge(file: string, chain: readonly LoadedConfig[], meta: readonly RuleMeta[]): ResolvedConfig {
  let preset: PresetName = DEFAULT_PRESET;
  let rules: Record<string, ConfiguredSeverity> = presetRules(preset, meta);
  let type: DocType | undefined;
  let ignored = false;
  for (const config of chain) {
    const { data } = config;
    if (data.extends) {
      preset = data.extends;
      rules = presetRules(preset, meta);
    }
    Object.assign(rules, data.rules);
    for (const o of data.overrides ?? []) {
      if (!pathMatcher(config.dir, o.files).matches(file)) continue;
      Object.assign(rules, o.rules);
      if (o.type) type = o.type;
    }
    if (data.ignorePatterns?.length) {
      // A nearer file can re-include what a farther one ignores with "!pattern".
      const verdict = pathMatcher(config.dir, data.ignorePatterns).test(file);
      if (verdict) ignored = verdict === 'ignored';
    }
  }
  const resolved: ResolvedConfig = { rules, ignored, configFiles: chain.map((c) => c.file), preset, errors: chain.flatMap((c) => c.errors) };
  if (type) resolved.type = type;
  return resolved;
}

const shared = new Map<string, ConfigResolver>();

/**
 * Resolves the configuration of one document with a shared, cached resolver (cache per folder).
 * Long-running callers (the language server) should make their own with `createConfigResolver`
 * and `clear()` it when a config file changes.
 */
export function resolveConfig(filePath: string, options: { configFile?: string } = {}): ResolvedConfig {
  const key = options.configFile ? path.resolve(options.configFile) : '';
  let r = shared.get(key);
  if (!r) shared.set(key, (r = createConfigResolver({ configFile: options.configFile })));
  return r.resolve(filePath);
}
