/**
 * Which files a run lints. Folders are searched for Markdown (`*.md`, `*.markdown`), honouring
 * nested `.gitignore` and `.safeguardinglintignore` files and skipping `node_modules`, `.git` and
 * dot-folders. Globs (fast-glob syntax) expand to the Markdown files they match, filtered the same
 * way. A file named explicitly is linted whatever its extension and whatever `.gitignore` says,
 * but `.safeguardinglintignore` still applies to it (so pre-commit, which names files, agrees
 * with a folder run).
 */
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { IgnoreFiles } from './ignore-files.js';

export const MARKDOWN = /\.(md|markdown)$/i;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Files named explicitly (the rest came from folders and globs). */
  explicit: Set<string>;
  /** Files (and folders, while searching) left out by an ignore file, with the file that decided. */
  ignored: Array<{ file: string; by: string; folder?: boolean }>;
  /** Arguments that are neither an existing path nor a glob. */
  missing: string[];
  /** Folders that could not be read. */
  unreadable: Array<{ path: string; reason: string }>;
}

export function discover(patterns: readonly string[], cwd: string, useIgnoreFiles = true): Discovery {
  const ignores = new IgnoreFiles(cwd, useIgnoreFiles);
  const found = new Set<string>();
  const explicit = new Set<string>();
  const result: Discovery = { files: [], explicit, ignored: [], missing: [], unreadable: [] };
  const globs: string[] = [];

  for (const pattern of patterns.length ? patterns : ['.']) {
    const abs = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) walk(abs, ignores, found, result, new Set());
    else if (stat) {
      const verdict = ignores.check(abs, false, false);
      if (verdict.ignored) result.ignored.push({ file: abs, by: verdict.by! });
      else {
        found.add(abs);
        explicit.add(abs);
      }
    } else if (fg.isDynamicPattern(pattern)) globs.push(pattern);
    else result.missing.push(pattern);
  }

  if (globs.length) {
    const posix = globs.map((g) => (path.sep === '\\' ? g.replace(/\\/g, '/') : g));
    const matches = fg.sync(posix, { cwd, absolute: true, onlyFiles: true, dot: false, unique: true, followSymbolicLinks: true, ignore: ['**/node_modules/**', '**/.git/**'], suppressErrors: true });
    for (const m of matches) {
      const abs = path.resolve(m);
      if (!MARKDOWN.test(abs) || found.has(abs)) continue;
      const verdict = ignores.check(abs, false, true);
      if (verdict.ignored) result.ignored.push({ file: abs, by: verdict.by! });
      else found.add(abs);
    }
  }

  result.files = [...found].sort();
  return result;
}

function walk(dir: string, ignores: IgnoreFiles, found: Set<string>, result: Discovery, visited: Set<string>): void {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(dir);
    if (visited.has(real)) return; // a symbolic link loop
    visited.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    result.unreadable.push({ path: dir, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
    return;
  }
  const top = ignores.topFor(dir);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name) || entry.name.startsWith('.')) continue;
    const abs = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = fs.statSync(abs);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (!isDir && !(isFile && MARKDOWN.test(entry.name))) continue;
    const verdict = ignores.checkEntry(top, abs, isDir, true);
    if (verdict.ignored) {
      result.ignored.push(isDir ? { file: abs, by: verdict.by!, folder: true } : { file: abs, by: verdict.by! });
      continue;
    }
    if (isDir) walk(abs, ignores, found, result, visited);
    else found.add(abs);
  }
}
