/** The documents the fuzz suite mutates: the samples, the corpus (tuned and held out) and the rule fixtures. */
import fs from 'node:fs';
import path from 'node:path';

/** The repository: found upwards, so the bundled runner (dist/fuzz.js) finds it too. */
export const ROOT = (() => {
  let d = __dirname;
  while (!fs.existsSync(path.join(d, 'samples')) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
})();

export interface Seed {
  name: string;
  text: string;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out.sort();
}

let cached: Seed[] | undefined;
export function seeds(): Seed[] {
  cached ??= ['samples', 'tests/corpus', 'tests/fixtures'].flatMap((d) =>
    walk(path.join(ROOT, d)).map((f) => ({ name: path.relative(ROOT, f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') })),
  );
  return cached;
}

/** The realistic documents only (samples and corpus): what the fix properties run on. */
export function corpusSeeds(): Seed[] {
  return seeds().filter((s) => !s.name.startsWith('tests/fixtures/'));
}
