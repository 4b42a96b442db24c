/**
 * Lints open documents for the language server: one lint per document version, cached, so
 * diagnostics, code actions, hover, code lens and the checklist all read the same result.
 * The project configuration is resolved by the engine, exactly as the CLI resolves it.
 */
import { URI } from 'vscode-uri';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { forgetDocument, forgetParsed, lint, type LintResult } from '../engine/index.js';
import type { ConfigResolver } from './engine-config.js';
import type { ConfigError } from '../engine/config/index.js';

export interface DocumentLint {
  uri: string;
  version: number;
  result: LintResult;
  /** Not a safeguarding document, or ignored by configuration: no findings are shown. */
  silent: boolean;
  /** Problems in the configuration files that apply to this document. */
  configErrors: ConfigError[];
}

export class Linter {
  private readonly cache = new Map<string, DocumentLint & { text: string }>();

  constructor(private readonly config: ConfigResolver) {}

  /** The lint of this exact version, computed once. */
  lint(doc: TextDocument): DocumentLint {
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    const entry = { ...this.lintDetached(doc), text };
    // The sections this edit changed are parsed afresh: their old trees go, not to be kept in
    // the engine's cache (for as long as it has room) after the document is closed.
    if (cached) forgetParsed(cached.text, text);
    this.cache.set(doc.uri, entry);
    return entry;
  }

  /** Lints without caching (files read from disk for the checks across documents). */
  lintDetached(doc: TextDocument): DocumentLint {
    const filePath = fsPath(doc.uri);
    const resolved = filePath ? this.config.resolve(filePath) : undefined;
    const result = lint(doc.getText(), {
      filePath,
      configuredType: resolved?.type,
      rules: resolved?.rules,
    });
    const silent = Boolean(result.skipped) || Boolean(resolved?.ignored);
    return { uri: doc.uri, version: doc.version, result, silent, configErrors: resolved?.errors ?? [] };
  }

  /**
   * Forget a closed document: its lint, and what the engine's memo caches hold of it (they would
   * otherwise keep its whole text and parse trees alive after close).
   */
  forget(doc: TextDocument): void {
    const cached = this.cache.get(doc.uri);
    this.cache.delete(doc.uri);
    // The last lint may be of an older text (`run: onSave`): forget its chunks too.
    if (cached && cached.text !== doc.getText()) forgetParsed(cached.text);
    forgetDocument(doc.getText());
  }

  /** Forget everything (configuration changed). */
  clear(): void {
    this.cache.clear();
    this.config.clear();
  }
}

/** The file system path of a `file:` URI; undefined for untitled and other schemes. */
export function fsPath(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}
