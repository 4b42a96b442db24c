/** Project configuration: discovery, validation, presets and the generated JSON Schema. */
export { createConfigResolver, resolveConfig, nodeHost, type ConfigHost, type ConfigResolver, type ResolverOptions } from './resolve.js';
export { loadConfigText, suggest, suggestRule } from './load.js';
export { buildConfigSchema, serializeSchema, SCHEMA_ID, type JsonSchema } from './schema.js';
export { presetRules, DEFAULT_PRESET } from './presets.js';
export { pathMatcher, expandBraces, relativePosix, type PathMatcher } from './patterns.js';
export * from './types.js';
