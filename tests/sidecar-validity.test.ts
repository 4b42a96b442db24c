/**
 * The reviewer sidecars themselves, tuned and held out alike: each names every catalogue
 * requirement of its type exactly once, and every line it cites holds the text it quotes. This
 * checks the reviewers' work, not the linter's, so a wrong line number never poses as a miss.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { RULES } from '../server/src/engine/index.js';
import { readSidecar } from './helpers/sidecars.js';

const root = path.join(__dirname, '..');
const docs = fg.sync(['samples/*.md', 'tests/corpus/*.md', 'tests/corpus/holdout/*.md'], { cwd: root }).sort();
const TYPES = ['arrangements', 'yearly-report', 'threshold', 'local-protocol', 'none'];

/** The catalogue's requirement ids of a type (the type's own rules; opt-in checks of proposed reforms are not in it). */
function catalogue(type: string): string[] {
  return RULES.filter((r) => !r.meta.optIn && r.meta.appliesTo !== 'any' && r.meta.appliesTo.includes(type as never)).map((r) => r.meta.id);
}

describe('reviewer sidecars are complete and cite real lines', () => {
  for (const rel of docs) {
    const file = path.join(root, rel);
    const sidecarFile = file.replace(/\.md$/, '.expect.yaml');
    it(rel, () => {
      const s = readSidecar(file);
      expect(TYPES).toContain(s.type);
      expect(s.split).toBe(rel.includes('/holdout/') ? 'holdout' : 'tune');
      const lines = readFileSync(file, 'utf8').split(/\r?\n/);
      const problems: string[] = [];
      if (s.type !== 'none') {
        const named = [...s.present, ...s.partial, ...s.missing, ...s.notApplicable].filter((id) => !id.startsWith('frontmatter/'));
        const expected = catalogue(s.type);
        for (const id of expected) {
          const n = named.filter((x) => x === id).length;
          if (n !== 1) problems.push(`${id} named ${n} times`);
        }
        for (const id of named) if (!expected.includes(id)) problems.push(`${id} is not a ${s.type} requirement`);
      }
      // A hard-wrapped term starts on its line and runs on to the next.
      const at = (line: number, text: string) => `${lines[line - 1] ?? ''} ${lines[line] ?? ''}`.replace(/\s+/g, ' ').includes(text) && (lines[line - 1] ?? '').includes(text.split(' ')[0]!);
      for (const t of s.terminology) if (!at(t.line, t.text)) problems.push(`terminology "${t.text}" is not on line ${t.line}`);
      for (const p of s.placeholders) if (!(lines[p.line - 1] ?? '').includes(p.text)) problems.push(`placeholder "${p.text}" is not on line ${p.line}`);
      expect(problems, path.relative(root, sidecarFile)).toEqual([]);
    });
  }
});
