/**
 * Reads one config file's text: YAML (or JSON, which the YAML parser also reads) with positions,
 * validated by ajv against the generated schema. Every problem carries the file, line and column
 * of the key or value at fault; invalid entries are dropped so the rest of the file still applies.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { DOC_TYPES, isDocType, type ConfiguredSeverity, type RuleMeta } from '../types.js';
import { nearest } from '../text/nearest.js';
import { buildConfigSchema } from './schema.js';
import { expandBraces } from './patterns.js';
import { CONFIG_SEVERITIES, PRESETS, type ConfigData, type ConfigError, type LoadedConfig, type OverrideConfig, type PresetName } from './types.js';

const TOP_KEYS = ['$schema', 'root', 'extends', 'rules', 'overrides', 'ignorePatterns'];
const OVERRIDE_KEYS = ['files', 'type', 'rules'];

/**
 * A configuration is a few kilobytes; beyond this the file cannot be what was meant, and parsing
 * it would stall the editor (a 5 MB file takes seconds), so it is refused unread.
 */
export const MAX_CONFIG_CHARS = 256 * 1024;

/**
 * How often one anchor's value may be copied by aliases (times the aliases inside it) before the
 * file is refused: enough to share a block of rules between overrides, far too few for a
 * "billion laughs" file to expand.
 */
const MAX_ALIAS_COUNT = 50;

const validators = new WeakMap<readonly RuleMeta[], ValidateFunction>();

function validatorFor(meta: readonly RuleMeta[]): ValidateFunction {
  let v = validators.get(meta);
  if (!v) {
    const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
    ajv.addKeyword('markdownDescription');
    v = ajv.compile(buildConfigSchema(meta));
    validators.set(meta, v);
  }
  return v;
}

/** Parses and validates a config file's text. `dir` is the folder its patterns are relative to. */
export function loadConfigText(text: string, file: string, dir: string, meta: readonly RuleMeta[]): LoadedConfig {
  const failed = (message: string): LoadedConfig => ({ file, dir, data: {}, errors: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message }] });
  if (text.length > MAX_CONFIG_CHARS) {
    return failed(`the configuration file is too large (${Math.ceil(text.length / 1024)} KB): a configuration is at most ${MAX_CONFIG_CHARS / 1024} KB`);
  }
  try {
    return loadChecked(text, file, dir, meta);
  } catch (err) {
    // The YAML library on a text it cannot cope with (e.g. nesting deep enough to exhaust the
    // stack): still a positioned problem on the file, never a crash of the run or the server.
    return failed(`invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${plainYamlMessage((err as Error).message)}`);
  }
}

function loadChecked(text: string, file: string, dir: string, meta: readonly RuleMeta[]): LoadedConfig {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  if (file.endsWith('.json')) {
    const problem = jsonSyntaxError(source);
    if (problem) {
      const p = positionOf(source, problem.offset);
      return { file, dir, data: {}, errors: [{ file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column + 1, message: `invalid JSON: ${problem.message}` }] };
    }
  }
  // resolveKnownTags: false, so the YAML 1.1 tags (!!binary, !!set, !!omap…) are not turned into
  // objects no configuration value can be; with the custom ones (!!js/function, !!python/object)
  // they are reported below. The library never runs a tag's code; we do not even read the value.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, resolveKnownTags: false });
  const at = (start: number, end: number, message: string): ConfigError => {
    const s = lineCounter.linePos(start);
    const e = lineCounter.linePos(Math.max(start, end));
    return { file, line: s.line, column: s.col, endLine: e.line, endColumn: e.col, message };
  };

  if (doc.errors.length) {
    // A file that does not parse is not applied at all: half a file is worse than none.
    const errors = doc.errors.map((e) => {
      const message = `invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${plainYamlMessage(e.message)}`;
      const opened = unclosedStart(doc, e.pos[0], e.message);
      // An unclosed quote or bracket: from where it opens to the end of that line.
      if (opened !== undefined) return at(opened, endOfLine(source, opened), message);
      return at(e.pos[0], Math.min(e.pos[1], source.length), message);
    });
    return { file, dir, data: {}, errors };
  }
  const tags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tags.length) {
    // A value we cannot read as written: the file is not applied, as for a syntax error.
    const errors = tags.map((w) => at(w.pos[0], w.pos[1], `the YAML tag ${source.slice(w.pos[0], w.pos[1])} is not supported: write the value as plain text, true or false, a list or a mapping`));
    return { file, dir, data: {}, errors };
  }
  const expanded = toPlain(doc);
  if ('error' in expanded) {
    const [start, end] = expanded.range;
    return { file, dir, data: {}, errors: [at(start, end, expanded.error)] };
  }

  const value: unknown = expanded.value ?? {};
  if (!isPlainObject(value)) {
    const r = doc.contents?.range ?? [0, 0, 0];
    return { file, dir, data: {}, errors: [at(r[0], r[1], 'the configuration must be a mapping of keys (root, extends, rules, overrides, ignorePatterns)')] };
  }
  dropEmptyLists(value);

  const validate = validatorFor(meta);
  const errors: ConfigError[] = [];
  if (!validate(value)) {
    const ids = meta.map((m) => m.id);
    for (const err of validate.errors ?? []) {
      const located = locate(doc, err);
      errors.push(at(located[0], located[1], describe(err, ids)));
    }
  }
  for (const p of outsidePatterns(doc)) errors.push(at(p.range[0], p.range[1], p.message));
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, dir, data: sanitize(value, new Set(meta.map((m) => m.id))), errors };
}

/**
 * Where an unclosed quote or bracket opens. The library reports it where the file (or the block)
 * ends, often lines later; the user needs the `"` or `[` that was never closed.
 */
function unclosedStart(doc: Document, at: number, message: string): number | undefined {
  if (!/closing|end with a [\]}]/.test(message)) return undefined;
  let start: number | undefined;
  visit(doc, {
    Node(_key, node) {
      const open = isScalar(node) ? node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' : (isMap(node) || isSeq(node)) && node.flow;
      if (open && node.range && node.range[1] === at && (start === undefined || node.range[0] > start)) start = node.range[0];
    },
  });
  return start;
}

function endOfLine(text: string, from: number): number {
  const m = /\r\n|\r|\n/g;
  m.lastIndex = from;
  return m.exec(text)?.index ?? text.length;
}

/** The YAML library's message, first line, without the position it repeats; a stack overflow in words. */
function plainYamlMessage(message: string): string {
  if (/maximum call stack/i.test(message)) return 'lists or mappings are nested too deeply';
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The document as plain data, or why it cannot be: an alias to an anchor that is not defined
 * (above it), or aliases that would copy values more than MAX_ALIAS_COUNT times. The problem is
 * placed at the first alias of the top-level entry that fails.
 */
function toPlain(doc: Document): { value: unknown } | { error: string; range: [number, number] } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    const message = (err as Error).message;
    const excessive = /excessive alias count/i.test(message);
    const error = excessive
      ? `aliases here would copy values more than ${MAX_ALIAS_COUNT} times (a guard against files that expand without end): write the values out`
      : /unresolved alias/i.test(message)
        ? `an alias names an anchor that is not defined before it: ${message.replace(/^.*?:\s*/, '"*')}"`
        : `invalid YAML: ${plainYamlMessage(message)}`;
    return { error, range: failingAlias(doc) ?? [0, 0] };
  }
}

function failingAlias(doc: Document): [number, number] | undefined {
  const items = isMap(doc.contents) || isSeq(doc.contents) ? doc.contents.items : [doc.contents];
  for (const item of items) {
    const node = (isPair(item) ? item.value : item) as YamlNode | null;
    if (!node) continue;
    try {
      node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
      continue;
    } catch {
      // This entry: its first alias.
    }
    let range: [number, number] | undefined;
    if (isAlias(node) && node.range) return [node.range[0], node.range[1]];
    visit(node, {
      Alias(_key, alias) {
        if (alias.range) range = [alias.range[0], alias.range[1]];
        return visit.BREAK;
      },
    });
    if (range) return range;
  }
  return undefined;
}

const OUTSIDE = 'patterns are relative to this file\'s folder and cannot reach outside it; a pattern for files above belongs in a configuration file there';

/**
 * Patterns (`ignorePatterns`, `overrides[].files`) that name something outside the file's folder:
 * a `..` segment (with / or \, which a Windows user means as a separator though gitignore reads it
 * as an escape) or a drive letter. Such a pattern could never match (paths outside are never
 * tested against it), so it is an error rather than silently nothing. A leading `/` is gitignore's
 * anchor to this folder (`/reports/` is the folder's own reports/), so it is inside.
 */
function outsidePatterns(doc: Document): Array<{ range: [number, number]; message: string }> {
  const found: Array<{ range: [number, number]; message: string }> = [];
  const check = (list: unknown, where: string) => {
    if (!isSeq(list)) return;
    list.items.forEach((item, i) => {
      if (!isScalar(item) || typeof item.value !== 'string' || !item.range) return;
      if (!reachesOutside(item.value)) return;
      found.push({ range: [item.range[0], item.range[1]], message: `${JSON.stringify(item.value)} (item ${i + 1} of ${where}): ${OUTSIDE}` });
    });
  };
  check(doc.get('ignorePatterns', true), '"ignorePatterns"');
  const overrides = doc.get('overrides', true);
  if (isSeq(overrides)) for (const o of overrides.items) if (isMap(o)) check(o.get('files', true), '"files"');
  return found;
}

/** True when a pattern (gitignore syntax, braces expanded) climbs out of its base folder or is absolute on Windows. */
export function reachesOutside(pattern: string): boolean {
  return expandBraces(pattern.replace(/^!/, '')).some((p) => /^[A-Za-z]:[\\/]/.test(p) || p.split(/[\\/]/).includes('..'));
}

/** JSON.parse's verdict, with the offset it names (or the end of the text). YAML would accept some invalid JSON. */
function jsonSyntaxError(text: string): { message: string; offset: number } | undefined {
  if (!text.trim()) return undefined;
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    const message = (err as Error).message;
    const at = /at position (\d+)/.exec(message);
    const clean = message
      .replace(/\s*after JSON at position \d+.*$/s, ' after the end of the value')
      .replace(/\s*in JSON at position \d+.*$/s, '');
    return { message: clean, offset: at ? Number(at[1]) : text.length };
  }
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, column: offset - lastBreak };
}

/** `rules:` or `overrides:` written with nothing under them means "none", not an error. */
function dropEmptyLists(value: Record<string, unknown>): void {
  for (const k of ['rules', 'overrides', 'ignorePatterns']) if (value[k] === null) delete value[k];
  if (Array.isArray(value.overrides)) for (const o of value.overrides) if (isPlainObject(o) && o.rules === null) delete o.rules;
}

/** JSON Pointer -> path segments (numbers for array indices). */
function pathOf(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The source span an ajv error is about: the offending key for unknown keys, else the value. */
function locate(doc: Document, err: ErrorObject): [number, number] {
  const path = pathOf(err.instancePath);
  const node = (path.length ? doc.getIn(path, true) : doc.contents) as YamlNode | null | undefined;
  if (err.keyword === 'additionalProperties' && isMap(node)) {
    const key = (err.params as { additionalProperty: string }).additionalProperty;
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === key && item.key.range) return [item.key.range[0], item.key.range[1]];
    }
  }
  if (node && node.range) return [node.range[0], node.range[1]];
  // A null value (`type:` with nothing after it): point at its key.
  const parent = (path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents) as YamlNode | null | undefined;
  if (isMap(parent)) {
    const last = path[path.length - 1];
    for (const item of parent.items) {
      if (isPair(item) && isScalar(item.key) && item.key.value === last && item.key.range) return [item.key.range[0], item.key.range[1]];
    }
  }
  return [0, 0];
}

function describe(err: ErrorObject, ruleIds: readonly string[]): string {
  const path = pathOf(err.instancePath);
  const last = path[path.length - 1];
  const inRules = path.length > 0 && (last === 'rules' || path[path.length - 2] === 'rules');
  const label = path.filter((p) => typeof p === 'string').pop();
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = (err.params as { additionalProperty: string }).additionalProperty;
      if (last === 'rules') return `unknown rule "${key}"${didYouMean(suggestRule(key, ruleIds))}`;
      if (typeof last === 'number') return orValid(`unknown key "${key}" in an override`, suggest(key, OVERRIDE_KEYS), OVERRIDE_KEYS);
      return orValid(`unknown key "${key}"`, suggest(key, TOP_KEYS), TOP_KEYS.filter((k) => k !== '$schema'));
    }
    case 'enum': {
      const value = valueOf(err.data);
      if (inRules && typeof last === 'string') return `invalid severity ${value} for "${last}": use ${list(CONFIG_SEVERITIES)}${didYouMean(suggestSeverity(err.data))}`;
      if (last === 'type') return `unknown document type ${value}: use ${list(DOC_TYPES)}${didYouMean(typeof err.data === 'string' ? suggest(err.data, DOC_TYPES) : undefined)}`;
      if (last === 'extends') return extendsMessage(err.data);
      return `${value} is not allowed here`;
    }
    case 'type': {
      const expected = (err.params as { type: string }).type;
      const what = typeof last === 'number' ? `item ${last + 1} of "${label}"` : `"${label}"`;
      return `${what} must be ${TYPE_WORDS[expected] ?? expected}, not ${valueOf(err.data)}`;
    }
    case 'required':
      return `an override needs "${(err.params as { missingProperty: string }).missingProperty}": the patterns of the files it applies to`;
    case 'minItems':
      return `"${label}" must list at least one pattern`;
    case 'minLength':
      return `item ${typeof last === 'number' ? last + 1 : ''} of "${label}" is an empty pattern`;
    default:
      return `"${label ?? 'configuration'}" ${err.message ?? 'is invalid'}`;
  }
}

/**
 * `extends` names one of our presets; it never loads a file or a package (nothing from the
 * workspace or node_modules is read or run), so an ESLint habit gets its own explanation.
 */
function extendsMessage(data: unknown): string {
  const use = `use ${list(PRESETS)}`;
  if (Array.isArray(data)) {
    const only = data.length === 1 && typeof data[0] === 'string' && (PRESETS as readonly string[]).includes(data[0]) ? (data[0] as string) : undefined;
    return `"extends" names one preset, not a list: ${use}${didYouMean(only)}`;
  }
  if (typeof data === 'string' && /[\\/]|\.(ya?ml|json|[cm]?[jt]s)$/i.test(data)) {
    return `"extends" names a preset, not a file (${JSON.stringify(data)}): ${use}. Configuration files are not extended by name: each one applies on top of those in the folders above it, so shared settings belong in a parent folder's file`;
  }
  return `unknown preset ${valueOf(data)}: ${use}${didYouMean(typeof data === 'string' ? suggest(data, PRESETS) : undefined)}`;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'a string',
  boolean: 'true or false',
};

function valueOf(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'object') return Array.isArray(v) ? 'a list' : 'a mapping';
  return JSON.stringify(v);
}

function orValid(message: string, suggestion: string | undefined, valid: readonly string[]): string {
  return suggestion ? `${message}${didYouMean(suggestion)}` : `${message} (valid keys: ${valid.join(', ')})`;
}

function list(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function didYouMean(s: string | undefined): string {
  return s ? `; did you mean "${s}"?` : '';
}

/** Nearest candidate; a candidate the word begins (`warn` → `warning`) counts as near. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(lower) && lower.length >= 2);
  if (prefixed.length === 1) return prefixed[0];
  return nearest(word, candidates);
}

/** Rule ids: also matches the name alone (`ccg` → `terminology/ccg`, `fundng` → `arrangements/funding`). */
export function suggestRule(word: string, ids: readonly string[]): string | undefined {
  const name = word.split('/').pop() ?? word;
  const byName = ids.filter((id) => id.split('/').pop() === name);
  if (byName.length === 1) return byName[0];
  const full = suggest(word, ids);
  if (full) return full;
  const near = nearest(name, ids.map((id) => id.split('/').pop()!));
  const hits = near ? ids.filter((id) => id.endsWith(`/${near}`)) : [];
  return hits.length === 1 ? hits[0] : undefined;
}

function suggestSeverity(value: unknown): string | undefined {
  // ESLint habits: 0/1/2 and "warn".
  if (value === 0 || value === '0') return 'off';
  if (value === 1 || value === '1') return 'warning';
  if (value === 2 || value === '2') return 'error';
  if (value === false) return 'off';
  if (typeof value !== 'string') return undefined;
  if (/^(information|note|hint)$/i.test(value)) return 'info';
  return suggest(value, CONFIG_SEVERITIES);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pickRules(v: unknown, known: ReadonlySet<string>): Record<string, ConfiguredSeverity> | undefined {
  if (!isPlainObject(v)) return undefined;
  const out: Record<string, ConfiguredSeverity> = {};
  for (const [id, sev] of Object.entries(v)) {
    if (known.has(id) && (CONFIG_SEVERITIES as readonly unknown[]).includes(sev)) out[id] = sev as ConfiguredSeverity;
  }
  return out;
}

/** The valid patterns of a list: a pattern reaching outside the folder is reported and dropped. */
function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length > 0 && !reachesOutside(s)) : [];
}

/** Keeps only what is valid, so one typo does not disable the whole file. */
function sanitize(v: Record<string, unknown>, known: ReadonlySet<string>): ConfigData {
  const data: ConfigData = {};
  if (typeof v.root === 'boolean') data.root = v.root;
  if ((PRESETS as readonly unknown[]).includes(v.extends)) data.extends = v.extends as PresetName;
  const rules = pickRules(v.rules, known);
  if (rules) data.rules = rules;
  if (Array.isArray(v.overrides)) {
    const overrides: OverrideConfig[] = [];
    for (const o of v.overrides) {
      if (!isPlainObject(o)) continue;
      const files = strings(o.files);
      if (!files.length) continue;
      const override: OverrideConfig = { files };
      if (isDocType(o.type)) override.type = o.type;
      const r = pickRules(o.rules, known);
      if (r) override.rules = r;
      overrides.push(override);
    }
    data.overrides = overrides;
  }
  if (Array.isArray(v.ignorePatterns)) data.ignorePatterns = strings(v.ignorePatterns);
  return data;
}
