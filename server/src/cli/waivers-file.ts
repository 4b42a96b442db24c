/**
 * Reads and writes the waivers file for the command line. What the file means (which findings
 * it covers, what suppressing and pruning write) is the engine's: see engine/waivers.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { META_BY_ID } from '../engine/rules/registry.js';
import { parseWaivers, serializeWaivers, WAIVERS_FILE_NAME, type Waivers } from '../engine/waivers.js';
import { relativePosix } from '../engine/config/index.js';
import { CliError, EXIT } from './exit-codes.js';

export interface WaiversFile {
  /** Absolute path of the file (it may not exist yet). */
  file: string;
  /** The folder its document paths are relative to. */
  dir: string;
  waivers: Waivers;
  exists: boolean;
}

const KNOWN_IDS = new Set(META_BY_ID.keys());

/** The waivers file of a run: `--suppressions-location`, else the default name in the working directory. */
export function loadWaivers(location: string | undefined, cwd: string): WaiversFile {
  const file = path.resolve(cwd, location ?? WAIVERS_FILE_NAME);
  const shown = relativePosix(cwd, file) ?? file;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // No file is no waivers; a file that is there but cannot be read must not be taken for none.
    if (code === 'ENOENT') return { file, dir: path.dirname(file), waivers: {}, exists: false };
    throw new CliError(`cannot read the waivers file ${shown} (${code ?? (err as Error).message})`);
  }
  const { waivers, errors } = parseWaivers(text, shown, KNOWN_IDS);
  if (errors.length) {
    const lines = errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);
    throw new CliError(`${lines.join('\n')}\nsafeguarding-lint: invalid waivers file (${lines.length} problem${lines.length === 1 ? '' : 's'}); nothing was linted`, EXIT.FATAL, true);
  }
  return { file, dir: path.dirname(file), waivers, exists: true };
}

export function saveWaivers(w: WaiversFile, waivers: Waivers, cwd: string): void {
  try {
    fs.mkdirSync(path.dirname(w.file), { recursive: true });
    fs.writeFileSync(w.file, serializeWaivers(waivers));
  } catch (err) {
    throw new CliError(`cannot write the waivers file ${relativePosix(cwd, w.file) ?? w.file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** A document's key in the file: its path relative to the file's folder, with `/`. */
export function waiverKey(w: WaiversFile, filePath: string): string | undefined {
  return relativePosix(w.dir, filePath);
}
