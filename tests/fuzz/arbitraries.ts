/**
 * What the fuzz suite feeds the engine: a seed document (sample, corpus or fixture) with a few
 * mutations (byte flips, truncation, NUL, lone surrogates, RTL and zero-width characters, line
 * endings, BOM, deep nesting, huge tables and headings, unterminated comments and fences,
 * malformed suppression comments), or hostile front matter on top of it.
 */
import fc from 'fast-check';
import { corpusSeeds, seeds, type Seed } from './seeds.js';

/** How big the monsters get: the fixed-seed sample in `npm test` uses `small`, the long run `full`. */
export interface Scale {
  nesting: number;
  tableRows: number;
  headingChars: number;
  keys: number;
  scalarChars: number;
}
export const FULL: Scale = { nesting: 10_000, tableRows: 50_000, headingChars: 10_000, keys: 10_000, scalarChars: 1_000_000 };
export const SMALL: Scale = { nesting: 10_000, tableRows: 3_000, headingChars: 10_000, keys: 2_000, scalarChars: 200_000 };

export interface Case {
  seed: string;
  mutations: string[];
  text: string;
}

type Mutation = { name: string; apply(text: string): string };

const at = (text: string, r: number) => (text.length ? Math.floor(r * (text.length + 1)) : 0);
const insert = (text: string, i: number, s: string) => text.slice(0, i) + s + text.slice(i);

const SPECIAL = ['\0', '\uD800', '\uDFFF', '\uDBFF\uDBFF', '\u202E', '\u202B', '\u2067', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u00A0', '\r', '\u2028', '\u0085', '\t', '\\', '`', '|', '<!--', '-->', '*', '_', '[', ']('];

const SUPPRESSIONS = [
  '<!-- safeguarding-lint-disable',
  '<!-- safeguarding-lint-disable-next-line -- -->',
  '<!-- safeguarding-lint-disable-line ,,, -- -->',
  '<!-- safeguarding-lint-enable terminology/nope -->',
  '<!-- safeguarding-lint-disable-file terminology/ccg,, -- reason',
  '<!-- safeguarding-lint-disable terminology/ccg -- -- -- -->',
  '<!--safeguarding-lint-disable-next-line-->',
  '<!-- safeguarding-lint-disable-next-line terminology/ccg -- reason -->',
];

function mutation(scale: Scale): fc.Arbitrary<Mutation> {
  const r = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
  // Sizes are log-uniform: most monsters are small and quick, and the largest still come up.
  const n = (max: number) => fc.integer({ min: 0, max: Math.ceil(Math.log2(max) * 8) }).map((e) => Math.min(max, Math.max(1, Math.round(2 ** (e / 8)))));
  return fc.oneof(
    fc.tuple(r, fc.integer({ min: 0, max: 0xffff })).map(([p, code]) => ({ name: `flip at ${p.toFixed(4)} to U+${code.toString(16)}`, apply: (t: string) => { const i = Math.min(at(t, p), Math.max(0, t.length - 1)); return t.slice(0, i) + String.fromCharCode(code) + t.slice(i + 1); } })),
    fc.tuple(r, fc.integer({ min: 0, max: 255 })).map(([p, b]) => ({ name: `byte ${b} at ${p.toFixed(4)}`, apply: (t: string) => { const bytes = Buffer.from(t, 'utf8'); if (bytes.length) bytes[Math.floor(p * bytes.length)] = b; return bytes.toString('utf8'); } })),
    r.map((p) => ({ name: `truncate at ${p.toFixed(4)}`, apply: (t: string) => t.slice(0, at(t, p)) })),
    fc.tuple(r, fc.constantFrom(...SPECIAL), n(50)).map(([p, s, k]) => ({ name: `insert ${JSON.stringify(s)} x${k}`, apply: (t: string) => insert(t, at(t, p), s.repeat(k)) })),
    fc.constantFrom('\r\n', '\r', 'mixed').map((e) => ({ name: `line endings ${JSON.stringify(e)}`, apply: (t: string) => { let k = 0; return t.replace(/\r\n|\r|\n/g, () => (e === 'mixed' ? ['\n', '\r\n', '\r'][k++ % 3]! : e)); } })),
    fc.constant({ name: 'BOM', apply: (t: string) => `\uFEFF${t}` }),
    fc.tuple(r, fc.constantFrom('> ', '- ', '* ', '1. ', '> - ', '>'), n(scale.nesting)).map(([p, m, k]) => ({ name: `${k}-deep ${JSON.stringify(m)}`, apply: (t: string) => insert(t, lineStart(t, at(t, p)), `${m.repeat(k)}The CCG pays.\n\n`) })),
    fc.tuple(r, n(scale.nesting)).map(([p, k]) => ({ name: `${k} lines of growing nesting`, apply: (t: string) => insert(t, lineStart(t, at(t, p)), Array.from({ length: Math.min(k, 300) }, (_, i) => `${'> '.repeat(i)}${'  '.repeat(i % 20)}- item ${i}`).join('\n') + '\n\n') })),
    fc.tuple(r, n(scale.tableRows)).map(([p, k]) => ({ name: `${k}-row table`, apply: (t: string) => insert(t, lineStart(t, at(t, p)), `\n| Partner | Contribution (£) |\n|---|---:|\n${Array.from({ length: k }, (_, i) => `| Westmere CCG ${i} | £${i * 1000} |`).join('\n')}\n\n`) })),
    fc.tuple(r, n(scale.headingChars), fc.integer({ min: 1, max: 7 })).map(([p, k, level]) => ({ name: `${k}-character heading`, apply: (t: string) => insert(t, lineStart(t, at(t, p)), `${'#'.repeat(level)} ${'Funding CCG '.repeat(Math.ceil(k / 12)).slice(0, k)}\n\n`) })),
    fc.tuple(r, fc.constantFrom('<!--', '<!-- safeguarding-lint-disable', '```', '~~~~', '```js', '<div>', '<details>')).map(([p, s]) => ({ name: `unterminated ${s}`, apply: (t: string) => insert(t, lineStart(t, at(t, p)), `${s}\n`) })),
    fc.tuple(r, fc.constantFrom(...SUPPRESSIONS)).map(([p, s]) => ({ name: `suppression ${s}`, apply: (t: string) => insert(t, lineStart(t, at(t, p)), `${s}\n`) })),
    hostileFrontMatter(scale).map((fm) => ({ name: `front matter: ${fm.name}`, apply: (t: string) => fm.text + t.replace(/^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, '') })),
  );
}

function lineStart(text: string, i: number): number {
  const nl = Math.max(text.lastIndexOf('\n', i - 1), text.lastIndexOf('\r', i - 1));
  return nl + 1;
}

/** Front matter built to hurt a YAML reader. */
export function hostileFrontMatter(scale: Scale): fc.Arbitrary<{ name: string; text: string }> {
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
  const fm = (name: string, body: string) => ({ name, text: `---\n${body}\n---\n` });
  return fc.oneof(
    fc.constant(fm('alias bomb', `${bomb}\nsafeguarding:\n  type: arrangements`)),
    fc.integer({ min: 1, max: scale.keys }).map((k) => fm(`${k} keys`, `${Array.from({ length: k }, (_, i) => `key${i}: value ${i}`).join('\n')}\ntype: arrangements`)),
    fc.constant(fm('duplicate keys', 'type: arrangements\ntype: threshold\nsafeguarding:\n  type: yearly-report\nsafeguarding: false')),
    fc.constant(fm('tabs', 'safeguarding:\n\ttype: arrangements\n\t\ttitle: x')),
    fc.constantFrom('- arrangements\n- threshold', 'arrangements', '42', 'null', '~', '[type, arrangements]', '"type: arrangements"', '!!binary aGVsbG8=', '? type\n: arrangements').map((b) => fm(`root ${JSON.stringify(b.slice(0, 12))}`, b)),
    fc.integer({ min: 1, max: scale.scalarChars }).map((k) => fm(`${k}-character scalar`, `safeguarding:\n  type: arrangements\ntitle: ${'x'.repeat(k)}`)),
    fc.constant(fm('deep flow', `type: arrangements\nx: ${'['.repeat(2000)}${']'.repeat(2000)}`)),
    fc.constant(fm('unterminated', 'safeguarding:\n  type: "arrangements')),
    fc.constant({ name: 'no closing fence', text: '---\nsafeguarding:\n  type: arrangements\n' }),
    fc.constant(fm('tags and anchors', 'safeguarding: !!map &x\n  type: !!str arrangements\nother: *x\nbad: *nope')),
  );
}

export function caseArbitrary(scale: Scale, from: readonly Seed[] = seeds()): fc.Arbitrary<Case> {
  return casesOf(from, mutation(scale), 3);
}

/** A seed document with one to `most` of the mutations applied in turn. */
function casesOf(from: readonly Seed[], mutations: fc.Arbitrary<Mutation>, most: number): fc.Arbitrary<Case> {
  return fc
    .tuple(fc.integer({ min: 0, max: from.length - 1 }), fc.array(mutations, { minLength: 1, maxLength: most }))
    .map(([i, ms]) => {
      const seed = from[i]!;
      return { seed: seed.name, mutations: ms.map((m) => m.name), text: ms.reduce((t, m) => m.apply(t), seed.text) };
    });
}

/** Outdated terms the fixes replace, written as authors and converters write them. */
const FIXABLE_TERMS = [
  'Working Together 2018', 'Working Together to Safeguard Children 2018', 'Working Together to Safeguard Children\n2018', 'Working Together (2018)', 'WT2018', 'WT 2018',
  'secure college', 'Secure Colleges', 'secure\ncollege', 'Oakhill Secure College', '**Working Together 2018**', '[WT2018](https://example.org/wt)', '`WT2018`',
  'the CCG', 'Westmere CCG', 'LSCB', 'the independent chair', 'Public Health England', 'working together 2018', 'Working Together 2018 and WT2018',
];
/** Declared types the front-matter fix corrects. */
const FIXABLE_TYPES = ['annual-report', 'masa', 'protocol', 'threshhold', 'Yearly Report', '"arrangments"', 'policy'];

function fixMutation(scale: Scale): fc.Arbitrary<Mutation> {
  const r = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(r, fc.constantFrom(...FIXABLE_TERMS), fc.constantFrom('', ' ', '. ', '\n\n', ' in 2019 ')).map(([p, term, around]) => ({ name: `term ${JSON.stringify(term)}`, apply: (t: string) => insert(t, at(t, p), `${around}${term}${around.trim() ? ' ' : ''}`) })) },
    { weight: 1, arbitrary: fc.constantFrom(...FIXABLE_TYPES).map((type) => ({ name: `type ${type}`, apply: (t: string) => t.replace(/^(---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?\s*type:[ \t]*)[^\r\n#]*/, `$1${type}`) })) },
    { weight: 2, arbitrary: mutation(scale) },
  );
}

/** A realistic document (sample or corpus) with outdated terms put in at random places, and other mutations: what the fix properties run on. */
export function fixCaseArbitrary(scale: Scale, from: readonly Seed[] = corpusSeeds()): fc.Arbitrary<Case> {
  return casesOf(from, fixMutation(scale), 5);
}
