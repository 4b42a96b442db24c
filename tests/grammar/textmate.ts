/**
 * Loads the Markdown grammar with our injections the way VS Code does (vscode-textmate +
 * vscode-oniguruma, the engine vscode-tmgrammar-test runs too), from the same configuration
 * file the syntax tests use, and finds the spans a scope covers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { Registry, parseRawGrammar, type IGrammar, type StackElement } from 'vscode-textmate';

export const ROOT = path.join(__dirname, '..', '..');
/** The vscode-tmgrammar-test configuration: stub base grammars and the injections, package.json-shaped. */
export const CONFIG = path.join(__dirname, 'grammars.json');

export const PLACEHOLDER_SCOPE = 'invalid.illegal.placeholder.safeguarding';

export interface GrammarEntry {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

/** The grammar entries of a package.json-shaped file, with paths made absolute. */
export function grammarEntries(file: string): GrammarEntry[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { contributes?: { grammars?: GrammarEntry[] } };
  return (json.contributes?.grammars ?? []).map((g) => ({ ...g, path: path.resolve(path.dirname(file), g.path) }));
}

let markdown: Promise<IGrammar> | undefined;

/** `text.html.markdown` (the stub) with every grammar the configuration injects into it. */
export function loadMarkdown(): Promise<IGrammar> {
  markdown ??= (async () => {
    const wasm = readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const entries = grammarEntries(CONFIG);
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        const entry = entries.find((e) => e.scopeName === scopeName);
        return entry ? parseRawGrammar(readFileSync(entry.path, 'utf8'), entry.path) : null;
      },
      getInjections: (scopeName) => entries.filter((e) => e.injectTo?.includes(scopeName)).map((e) => e.scopeName),
    });
    const grammar = await registry.loadGrammar('text.html.markdown');
    if (!grammar) throw new Error(`no text.html.markdown grammar in ${CONFIG}`);
    return grammar;
  })();
  return markdown;
}

/** A run of characters on one line: 1-based line, 0-based columns, end exclusive. */
export interface Span {
  line: number;
  start: number;
  end: number;
  text: string;
}

/** Maximal runs of adjacent tokens that carry `scope`, line by line. */
export async function spansWithScope(text: string, scope: string): Promise<Span[]> {
  const grammar = await loadMarkdown();
  const spans: Span[] = [];
  let state: StackElement | null = null;
  text.split(/\r?\n/).forEach((line, i) => {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    let open: number | undefined;
    tokens.forEach((token, k) => {
      const has = token.scopes.includes(scope);
      if (has && open === undefined) open = token.startIndex;
      if (has && !tokens[k + 1]?.scopes.includes(scope)) {
        spans.push({ line: i + 1, start: open!, end: token.endIndex, text: line.slice(open, token.endIndex) });
        open = undefined;
      }
    });
  });
  return spans;
}
