/**
 * Reading real documents right: every sample and corpus document is linted and each statement
 * of its reviewer sidecar (`*.expect.yaml`, written independently of the rules) is a test.
 * Known disagreements are listed in KNOWN with the reason, and their test names say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../server/src/engine/index.js';
import { claims, readSidecar } from './helpers/sidecars.js';

const root = path.join(__dirname, '..');
const docs = fg.sync(['samples/*.md', 'tests/corpus/*.md'], { cwd: root }).sort();

/** `<file> :: <claim label>` -> why the engine and the reviewer disagree. */
const KNOWN: Record<string, string> = {};

describe('reviewer sidecars', () => {
  for (const rel of docs) {
    describe(rel, () => {
      const file = path.join(root, rel);
      let result: LintResult | undefined;
      const get = () => (result ??= lint(readFileSync(file, 'utf8'), { filePath: file }));
      if (!existsSync(file.replace(/\.md$/, '.expect.yaml'))) {
        it('has a reviewer sidecar', () => expect.fail(`${rel} has no .expect.yaml beside it`));
        return;
      }
      let sidecar;
      try {
        sidecar = readSidecar(file);
      } catch (e) {
        it('has a reviewer sidecar that parses', () => expect.fail(`${rel}: ${(e as Error).message.split('\n')[0]}`));
        return;
      }
      for (const claim of claims(sidecar)) {
        const known = KNOWN[`${rel} :: ${claim.label}`];
        if (known) {
          it.fails(`${claim.label} (known disagreement: ${known})`, () => expect(claim.check(get())).toBeUndefined());
        } else {
          it(claim.label, () => expect(claim.check(get())).toBeUndefined());
        }
      }
    });
  }
});
