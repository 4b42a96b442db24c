/**
 * `.gitignore` and `.safeguardinglintignore` files, nested like git's: each file's patterns are
 * relative to its folder, deeper files win (a `!pattern` can re-include), and nothing under an
 * ignored folder comes back. Files are read from the top of the repository (the nearest folder
 * holding `.git`), or, outside a repository, from the current folder when the path is inside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { relativePosix } from '../engine/config/index.js';

export const IGNORE_FILE = '.safeguardinglintignore';

type Kind = 'gitignore' | 'safeguardinglintignore';
const FILE_OF: Record<Kind, string> = { gitignore: '.gitignore', safeguardinglintignore: IGNORE_FILE };

export interface IgnoreVerdict {
  ignored: boolean;
  /** The ignore file that decided, when ignored. */
  by?: string;
}

export class IgnoreFiles {
  private readonly loaded = new Map<string, Ignore | null>();
  private readonly tops = new Map<string, string>();

  /** `enabled` is false with --no-ignore: then nothing is ignored by ignore files. */
  constructor(
    private readonly cwd: string,
    private readonly enabled = true,
  ) {}

  /**
   * Is `abs` ignored? `withGitignore` is false for files named explicitly on the command line:
   * those honour `.safeguardinglintignore` only (see README.md, "Which files are linted").
   */
  check(abs: string, isDir: boolean, withGitignore: boolean): IgnoreVerdict {
    const top = this.topFor(isDir ? abs : path.dirname(abs));
    const rel = relativePosix(top, abs);
    if (rel === undefined) return { ignored: false };
    const parts = rel.split('/');
    let current = top;
    for (let i = 0; i < parts.length; i++) {
      current = path.join(current, parts[i]!);
      const verdict = this.checkEntry(top, current, i < parts.length - 1 || isDir, withGitignore);
      if (verdict.ignored) return verdict;
    }
    return { ignored: false };
  }

  /** Only `entry` itself (its folders are known not to be ignored): what a directory walk needs. */
  checkEntry(top: string, entry: string, isDir: boolean, withGitignore: boolean): IgnoreVerdict {
    let verdict: IgnoreVerdict = { ignored: false };
    if (!this.enabled) return verdict;
    const kinds: Kind[] = withGitignore ? ['gitignore', 'safeguardinglintignore'] : ['safeguardinglintignore'];
    for (const dir of this.foldersBetween(top, path.dirname(entry))) {
      for (const kind of kinds) {
        const ig = this.load(path.join(dir, FILE_OF[kind]));
        if (!ig) continue;
        const rel = relativePosix(dir, entry);
        if (rel === undefined) continue;
        const r = ig.test(isDir ? `${rel}/` : rel);
        if (r.ignored) verdict = { ignored: true, by: path.join(dir, FILE_OF[kind]) };
        else if (r.unignored) verdict = { ignored: false };
      }
    }
    return verdict;
  }

  /** Where ignore files start applying for things in `dir`. */
  topFor(dir: string): string {
    const cached = this.tops.get(dir);
    if (cached) return cached;
    let top: string | undefined;
    for (let d = dir; ; d = path.dirname(d)) {
      if (fs.existsSync(path.join(d, '.git'))) {
        top = d;
        break;
      }
      if (path.dirname(d) === d) break;
    }
    if (!top) top = relativePosix(this.cwd, dir) !== undefined || this.cwd === dir ? this.cwd : dir;
    this.tops.set(dir, top);
    return top;
  }

  private foldersBetween(top: string, dir: string): string[] {
    const rel = relativePosix(top, dir);
    const out = [top];
    if (rel === undefined) return out;
    let d = top;
    for (const part of rel.split('/')) out.push((d = path.join(d, part)));
    return out;
  }

  private load(file: string): Ignore | null {
    if (this.loaded.has(file)) return this.loaded.get(file)!;
    let ig: Ignore | null = null;
    try {
      ig = ignore({ allowRelativePaths: true }).add(fs.readFileSync(file, 'utf8'));
    } catch {
      // No such file (the common case), or unreadable: nothing ignored by it.
    }
    this.loaded.set(file, ig);
    return ig;
  }
}
