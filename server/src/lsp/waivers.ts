/**
 * The waivers file (safeguarding-lint-suppressions.json) as the editor sees it: the one at the
 * root of the document's workspace folder, the same file the CLI reads when run from there.
 * It is read once and kept; a lint re-reads it only when its modification time or size changed
 * (so an edit made outside the editor is seen on the next lint), and a file-watcher
 * notification drops it at once. Matching findings to waivers is the engine's (engine/waivers.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { META_BY_ID } from '../engine/rules/registry.js';
import { relativePosix } from '../engine/config/index.js';
import { applyWaivers, localDate, parseWaivers, WAIVERS_FILE_NAME, type AppliedWaivers, type WaiverFileError, type Waivers } from '../engine/waivers.js';
import type { Finding } from '../engine/index.js';
import { fsPath } from './linter.js';

interface Entry {
  /** `mtimeMs:size` when read; `missing` when there is no file. */
  stamp: string;
  waivers: Waivers;
  errors: WaiverFileError[];
}

const KNOWN_IDS = new Set(META_BY_ID.keys());

export class WaiverStore {
  private readonly byFile = new Map<string, Entry>();

  constructor(private readonly folders: () => string[]) {}

  /** Forget what was read (the file changed on disk). */
  clear(): void {
    this.byFile.clear();
  }

  /** The waivers file that applies to a document: in the workspace folder holding it (the deepest, if nested). */
  fileFor(docPath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders()) {
      const root = fsPath(folder);
      if (root && relativePosix(root, docPath) !== undefined && (!best || root.length > best.length)) best = root;
    }
    return best ? path.join(best, WAIVERS_FILE_NAME) : undefined;
  }

  /** The file's current content (cached by modification time), or undefined when there is none. */
  read(file: string): { stamp: string; waivers: Waivers; errors: WaiverFileError[] } {
    let stamp = 'missing';
    try {
      const s = statSync(file);
      stamp = `${s.mtimeMs}:${s.size}`;
    } catch {
      /* no file: no waivers */
    }
    const cached = this.byFile.get(file);
    if (cached && cached.stamp === stamp) return cached;
    let entry: Entry = { stamp, waivers: {}, errors: [] };
    if (stamp !== 'missing') {
      try {
        entry = { stamp, ...parseWaivers(readFileSync(file, 'utf8'), file, KNOWN_IDS) };
      } catch {
        entry = { stamp, waivers: {}, errors: [] };
      }
    }
    this.byFile.set(file, entry);
    return entry;
  }

  /**
   * Applies the waivers to one document's findings. A file with errors waives nothing (its
   * problems are shown on the file itself), as the CLI refuses to use it.
   */
  apply(docPath: string | undefined, findings: readonly Finding[]): AppliedWaivers & { file?: string; stamp: string; errors: WaiverFileError[] } {
    const file = docPath ? this.fileFor(docPath) : undefined;
    if (!file || !docPath) return { ...applyWaivers(findings, undefined, localDate()), stamp: 'none', errors: [] };
    const { stamp, waivers, errors } = this.read(file);
    const key = relativePosix(path.dirname(file), docPath);
    const own = errors.length || key === undefined ? undefined : waivers[key];
    return { ...applyWaivers(findings, own, localDate()), file, stamp, errors };
  }
}
