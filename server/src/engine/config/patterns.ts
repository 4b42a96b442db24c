/**
 * Path patterns in configuration (`overrides[].files`, `ignorePatterns`) use gitignore syntax,
 * relative to the config file's folder, like `.gitignore` and `.safeguardinglintignore`:
 * `*.md` matches at any depth, `reports/*.md` only under `reports/`, `archive/` a whole folder,
 * `!keep.md` re-includes. Braces (`*.{md,markdown}`) are expanded first, as in globs.
 */
import ignore, { type Ignore } from 'ignore';
import path from 'node:path';

export interface PathMatcher {
  /** True when `filePath` (absolute) is under the base folder and matches. */
  matches(filePath: string): boolean;
  /** `ignored` when a pattern matches, `unignored` when a `!pattern` re-includes it, else undefined. */
  test(filePath: string): 'ignored' | 'unignored' | undefined;
}

export function pathMatcher(baseDir: string, patterns: readonly string[]): PathMatcher {
  const ig: Ignore = ignore({ allowRelativePaths: true }).add(patterns.flatMap(expandBraces));
  return {
    matches(filePath) {
      const rel = relativePosix(baseDir, filePath);
      return rel !== undefined && ig.ignores(rel);
    },
    test(filePath) {
      const rel = relativePosix(baseDir, filePath);
      if (rel === undefined) return undefined;
      const r = ig.test(rel);
      return r.ignored ? 'ignored' : r.unignored ? 'unignored' : undefined;
    },
  };
}

/** `a/{b,c}/*.{md,markdown}` -> the four alternatives. Unbalanced braces are left as they are. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      if (!commas.length) return expandBraces(pattern.slice(i + 1)).map((rest) => pattern.slice(0, i + 1) + rest);
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      const bounds = [open, ...commas, i];
      const alternatives = bounds.slice(0, -1).map((b, k) => pattern.slice(b + 1, bounds[k + 1]));
      return alternatives.flatMap((alt) => expandBraces(head + alt + tail));
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return [pattern];
}

/** `filePath` relative to `baseDir` with `/` separators, or undefined when it is outside. */
export function relativePosix(baseDir: string, filePath: string): string | undefined {
  const rel = path.relative(baseDir, filePath);
  if (!rel || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}
