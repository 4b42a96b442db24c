/** The engine's public surface: what the CLI and the language server import. */
export { lint, forgetDocument, type LintOptions, type LintResult } from './lint.js';
export { parseDocument, forgetParsed } from './parse/parse.js';
export type { DocumentModel, Section, Block, Table } from './parse/model.js';
export { RULES, ALL_META, META_BY_ID, docsUrl } from './rules/registry.js';
export type { Rule } from './rules/rule.js';
export { checklist, type Checklist, type ChecklistItem } from './coverage.js';
export * from './types.js';
export { resetCaches } from './reset-caches.js';
