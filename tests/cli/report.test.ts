/**
 * `--format html` and `--format markdown`: the sign-off report, read back with an HTML parser and a
 * Markdown parser. The checklist must show every requirement of each document's type with the
 * same met / partial / missing counts as `--format json`, author text must stay text, skipped
 * files are listed, and the page loads nothing from anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, Table } from 'mdast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/engine/index.js';
import { CCG_DOC, ROOT, ensureBuilt, makeTree, removeTree, runCli } from './helpers.js';

/** What `--format json` says about coverage (written out here: the contract, not the formatter's types). */
interface JsonCoverageFile {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  type: string | null;
  typeSource: string | null;
  coverage: {
    met: number;
    partial: number;
    missing: number;
    items: Array<{ ruleId: string; status: 'met' | 'partial' | 'missing'; line?: number; detail?: string }>;
    notApplicable: Array<{ ruleId: string; detail?: string }>;
  };
}

const INJECTION = '<script>alert("x")</script><img src=x onerror=alert(1)>';
/** An arrangements document whose title, headings and evidence lines try to become markup (HTML and Markdown). */
const HOSTILE_DOC = [
  '---',
  'safeguarding:',
  '  type: arrangements',
  '---',
  `# Westmere Safeguarding Children Partnership ${INJECTION}`,
  '',
  `## Funding ${INJECTION} | a | b |`,
  '',
  'The partners fund the arrangements: the local authority 50%, the ICB 30% and the police 20% | [click](javascript:alert(1)) & `code` *bold* </td></tr></table>.',
  '',
].join('\n');
const README = '# Tools\n\nHow to build the site.\n';
const INFERRED = '# Westmere Safeguarding Children Partnership: multi-agency safeguarding arrangements\n\nThe local safeguarding children partnership.\n';
const HOSTILE_NAME = 'docs/report <b>2024</b> & "final".md';

let dir: string;
let json: JsonCoverageFile[];
let htmlText: string;
let doc: HTMLElement;
let markdownText: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = makeTree({
    'docs/arrangements-gaps.md': fs.readFileSync(path.join(ROOT, 'samples', 'arrangements-gaps.md')),
    'docs/threshold-gaps.md': fs.readFileSync(path.join(ROOT, 'samples', 'threshold-gaps.md')),
    'docs/hostile.md': HOSTILE_DOC,
    [HOSTILE_NAME]: CCG_DOC,
    'docs/inferred.md': INFERRED,
    'docs/yearly/2024.md': '# Westmere partnership: what we did in 2024\n\nWe met four times.\n',
    'docs/README.md': README,
    'docs/scan.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
    '.safeguardinglintrc.yaml': 'root: true\noverrides:\n  - files: ["docs/yearly/*.md"]\n    type: yearly-report\n',
  });
  const j = runCli(['--format', 'json', 'docs'], dir);
  json = JSON.parse(j.stdout) as JsonCoverageFile[];
  const h = runCli(['--format', 'html', '-o', 'out/report.html', 'docs'], dir);
  expect(h.code, h.stderr).toBe(1);
  htmlText = fs.readFileSync(path.join(dir, 'out', 'report.html'), 'utf8');
  doc = parseHtml(htmlText);
  markdownText = runCli(['--format', 'markdown', 'docs'], dir).stdout;
}, 180_000);
afterAll(() => removeTree(dir));

function requirementsOf(type: string): string[] {
  // The WT2023 requirements of the type; opt-in checks of proposed reforms are not among them.
  return RULES.filter((r) => !r.meta.optIn && r.meta.appliesTo !== 'any' && r.meta.appliesTo.includes(type as never)).map((r) => r.meta.id);
}

/** The JSON statuses in catalogue order, not-applicable requirements in their place. */
function statusesInOrder(f: JsonCoverageFile): string[] {
  const status = new Map<string, string>([...f.coverage.items.map((i) => [i.ruleId, i.status] as const), ...f.coverage.notApplicable.map((n) => [n.ruleId, 'not-applicable'] as const)]);
  return requirementsOf(f.type!).map((id) => status.get(id)!);
}

function jsonFor(relative: string): JsonCoverageFile {
  const f = json.find((x) => x.filePath === path.join(dir, relative));
  if (!f) throw new Error(`no JSON entry for ${relative}`);
  return f;
}

/** The report's section for a document, found by its heading text (the relative path). */
function sectionFor(relative: string): HTMLElement {
  const s = doc.querySelectorAll('section.document').find((x) => x.querySelector('h2')?.text === relative);
  if (!s) throw new Error(`no section for ${relative}`);
  return s;
}

const LINTED = ['docs/arrangements-gaps.md', 'docs/threshold-gaps.md', 'docs/hostile.md', HOSTILE_NAME, 'docs/inferred.md', 'docs/yearly/2024.md'];

describe('--format json coverage', () => {
  it('gives each document its type, where the type came from and the checklist of every requirement of the type', () => {
    expect(json.map((f) => path.relative(dir, f.filePath).split(path.sep).join('/')).sort()).toEqual([...LINTED].sort());
    expect(jsonFor('docs/arrangements-gaps.md')).toMatchObject({ type: 'arrangements', typeSource: 'front-matter' });
    expect(jsonFor('docs/inferred.md')).toMatchObject({ type: 'arrangements', typeSource: 'inferred' });
    expect(jsonFor('docs/yearly/2024.md')).toMatchObject({ type: 'yearly-report', typeSource: 'config' });
    for (const f of json) {
      // Every requirement is either in the checklist or named as not applicable.
      expect([...f.coverage.items.map((i) => i.ruleId), ...f.coverage.notApplicable.map((n) => n.ruleId)].sort()).toEqual(requirementsOf(f.type!).sort());
      const count = (s: string) => f.coverage.items.filter((i) => i.status === s).length;
      expect([f.coverage.met, f.coverage.partial, f.coverage.missing]).toEqual([count('met'), count('partial'), count('missing')]);
    }
    // The gaps sample really has gaps, so the counts below compare something.
    const gaps = jsonFor('docs/arrangements-gaps.md').coverage;
    expect(gaps.partial + gaps.missing).toBeGreaterThan(3);
    expect(gaps.items.find((i) => i.status === 'missing')?.line).toBeGreaterThan(0);
    // No police DSP is named in the hostile document: the engine says that requirement does not apply.
    expect(jsonFor('docs/hostile.md').coverage.notApplicable.map((n) => n.ruleId)).toContain('arrangements/police-dsp-seniority');
  });
});

describe('--format html', () => {
  it('is one page that fetches nothing: no stylesheet links, scripts, images, frames or CSS urls', () => {
    expect(doc.querySelectorAll('link, script, img, iframe, object, embed, video, audio, source, base')).toEqual([]);
    expect(doc.querySelectorAll('[src], [srcset]')).toEqual([]);
    const css = doc.querySelectorAll('style').map((s) => s.rawText).join('\n');
    expect(css).toContain('@media print');
    expect(css).toContain('size: A4');
    expect(css).not.toMatch(/url\(|@import|@font-face/i);
    expect(doc.querySelector('title')?.text).toContain('Working Together 2023');
  });

  it('lists every requirement of each document’s type, with the same met / partial / missing counts as the JSON output', () => {
    for (const rel of LINTED) {
      const expected = jsonFor(rel);
      const section = sectionFor(rel);
      const rows = section.querySelectorAll('table.checklist tbody tr');
      expect(rows.map((r) => r.getAttribute('data-rule')), rel).toEqual(requirementsOf(expected.type!));
      const statuses = rows.map((r) => r.getAttribute('data-status'));
      expect(statuses, rel).toEqual(statusesInOrder(expected));
      // The badge a reader sees says the same as the row's status.
      expect(rows.map((r) => r.querySelector('.badge')!.text.toLowerCase().replace('n/a', 'not-applicable')), rel).toEqual(statuses);
      const summaryRow = doc.querySelectorAll('#summary tbody tr').find((r) => r.getAttribute('data-document') === rel)!;
      const cell = (name: string) => summaryRow.querySelector(`[data-count="${name}"]`)!.text;
      expect(cell('met')).toBe(`${expected.coverage.met} of ${expected.coverage.items.length}`);
      expect([cell('partial'), cell('missing')]).toEqual([String(expected.coverage.partial), String(expected.coverage.missing)]);
      expect([cell('errors'), cell('warnings'), cell('info')]).toEqual([expected.errorCount, expected.warningCount, expected.infoCount].map(String));
    }
  });

  it('adds up each type across documents in the summary ("arrangements: n of m requirements met")', () => {
    const arrangements = json.filter((f) => f.type === 'arrangements');
    const met = arrangements.reduce((n, f) => n + f.coverage.met, 0);
    const total = arrangements.reduce((n, f) => n + f.coverage.items.length, 0);
    const line = doc.querySelectorAll('.by-type li').find((li) => li.text.startsWith('arrangements:'))!;
    expect(line.text).toContain(`arrangements: ${met} of ${total} requirements met`);
    expect(line.text).toContain(`across ${arrangements.length} documents`);
  });

  it('says how each type was decided, with the engine’s reason', () => {
    expect(sectionFor('docs/arrangements-gaps.md').querySelector('.type-decision')!.text).toBe('front matter: declared in front matter');
    expect(sectionFor('docs/yearly/2024.md').querySelector('.type-decision')!.text).toBe('configuration: from the configuration overrides');
    const inferred = sectionFor('docs/inferred.md').querySelector('.type-decision')!.text;
    expect(inferred).toMatch(/^inferred: inferred from .*title/);
  });

  it('quotes the evidence line and links to it relative to the report (file#L12)', () => {
    const rows = sectionFor('docs/arrangements-gaps.md').querySelectorAll('table.checklist tbody tr');
    const quoted = rows.filter((r) => r.querySelector('blockquote.quote'));
    expect(quoted.length).toBeGreaterThan(5);
    const source = fs.readFileSync(path.join(dir, 'docs', 'arrangements-gaps.md'), 'utf8').split('\n');
    for (const r of quoted) {
      const href = r.querySelector('a.line')!.getAttribute('href')!;
      const m = /^\.\.\/docs\/arrangements-gaps\.md#L(\d+)$/.exec(href);
      expect(m, href).not.toBeNull();
      const quote = r.querySelector('blockquote.quote')!.text.replace(/ …$/, '');
      expect(source[Number(m![1]) - 1]!.trim().startsWith(quote)).toBe(true);
    }
    // Missing items say what is missing and where it belongs.
    const missing = rows.filter((r) => r.getAttribute('data-status') === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const r of missing) expect(r.querySelector('.gap')!.text).toMatch(/\w/);
  });

  it('gives the ¶ citation and the guidance’s own words, quoted in full once at the end', () => {
    const row = sectionFor('docs/arrangements-gaps.md').querySelector('tr[data-rule="arrangements/independent-scrutiny"]')!;
    expect(row.text).toContain('¶97');
    const p97 = doc.querySelector('#p-97')!;
    expect(p97.text).toContain('The approach to independent scrutiny should be clearly set out and accessible');
    expect(row.querySelector('a[href="#p-97"]')).not.toBeNull();
  });

  it('groups findings by section, in document order', () => {
    const section = sectionFor('docs/arrangements-gaps.md');
    const groups = section.querySelectorAll('.section-findings');
    expect(groups.length).toBeGreaterThan(2);
    const firstLines = groups.map((g) => Number(g.querySelector('tbody tr td a')!.text.split(':')[0]));
    expect(firstLines).toEqual([...firstLines].sort((a, b) => a - b));
    const total = groups.reduce((n, g) => n + g.querySelectorAll('tbody tr').length, 0);
    const j = jsonFor('docs/arrangements-gaps.md');
    expect(total).toBe(j.errorCount + j.warningCount + j.infoCount);
  });

  it('keeps author text as text: a document cannot inject markup through its title, headings, lines or file name', () => {
    expect(htmlText).not.toContain('<script>');
    expect(htmlText).not.toContain('<img');
    expect(htmlText).not.toContain('<b>2024</b>');
    expect(doc.querySelectorAll('script, img, b, [onerror]')).toEqual([]);
    const section = sectionFor('docs/hostile.md');
    // (The engine's plain-text title keeps the text of inline HTML; whatever it keeps is shown as text.)
    expect(section.querySelector('.doc-title')!.text).toContain('Westmere Safeguarding Children Partnership <script>alert("x")');
    // The funding requirement's evidence is the hostile heading line, quoted as written.
    const funding = section.querySelector('tr[data-rule="arrangements/funding"]')!;
    expect(funding.querySelector('blockquote.quote')!.text).toBe(`## Funding ${INJECTION} | a | b |`);
    expect(doc.querySelectorAll('a').some((a) => a.getAttribute('href')?.startsWith('javascript:'))).toBe(false);
    // The hostile file name is shown as written and linked percent-encoded.
    expect(sectionFor(HOSTILE_NAME)).toBeTruthy();
    const link = doc.querySelectorAll('section.document dd a').find((a) => a.text === HOSTILE_NAME)!;
    expect(decodeURIComponent(link.getAttribute('href')!)).toBe(`../${HOSTILE_NAME}`);
  });

  it('lists the files it skipped, with the reason', () => {
    const rows = doc.querySelectorAll('#skipped tbody tr').map((r) => r.querySelectorAll('td').map((td) => td.text));
    expect(rows.map((r) => r[0]).sort()).toEqual(['docs/README.md', 'docs/scan.md']);
    expect(rows.find((r) => r[0] === 'docs/README.md')![1]).toMatch(/not a partnership's own safeguarding document: .*README/);
    expect(rows.find((r) => r[0] === 'docs/scan.md')![1]).toMatch(/not a text file/);
    expect(doc.querySelector('header .run')!.text).toContain('6 documents checked, 2 skipped');
  });
});

describe('--format markdown', () => {
  const tree = () => unified().use(remarkParse).use(remarkGfm).parse(markdownText) as Root;

  function tables(root: Root): Table[] {
    return root.children.filter((c): c is Table => c.type === 'table');
  }

  function text(node: RootContent | Root): string {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
    if ('children' in node) return (node.children as RootContent[]).map(text).join('');
    return '';
  }

  it('writes well-formed GFM tables: every row has the header’s cells, author pipes are escaped', () => {
    const root = tree();
    const all = tables(root);
    // summary, a checklist per linted document, findings tables, skipped files
    expect(all.length).toBeGreaterThan(LINTED.length + 2);
    for (const t of all) {
      const width = t.children[0]!.children.length;
      for (const row of t.children) expect(row.children.length).toBe(width);
    }
    // The same holds for the raw lines (GFM silently drops extra cells): count the unescaped pipes.
    const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;
    const blocks = markdownText.split(/\n(?!\|)/).map((b) => b.split('\n').filter((l) => l.startsWith('|'))).filter((b) => b.length);
    expect(blocks.length).toBe(all.length);
    for (const block of blocks) for (const line of block) expect(cells(line), line).toBe(cells(block[0]!));
  });

  it('has a checklist row per requirement, with the JSON output’s statuses', () => {
    const root = tree();
    const checklists = tables(root).filter((t) => text(t.children[0]!).startsWith('StatusRequirement'));
    expect(checklists.length).toBe(LINTED.length);
    // Checklist tables come in the order of the documents, which is the JSON order.
    checklists.forEach((t, i) => {
      const f = json[i]!;
      const rows = t.children.slice(1);
      expect(rows.map((r) => inlineCode(r.children[1]!))).toEqual(requirementsOf(f.type!));
      expect(rows.map((r) => text(r.children[0]!).trim().split(' ').pop()!.toLowerCase().replace('n/a', 'not-applicable'))).toEqual(statusesInOrder(f));
    });
  });

  it('keeps author text as text: no raw HTML from documents, no links they did not ask for', () => {
    const root = tree();
    const html: string[] = [];
    const links: string[] = [];
    const walk = (n: RootContent | Root) => {
      if (n.type === 'html') html.push(n.value);
      if (n.type === 'link') links.push(n.url);
      if ('children' in n) (n.children as RootContent[]).forEach(walk);
    };
    walk(root);
    // Only the report's own <details> wrapper is HTML.
    expect([...new Set(html.map((h) => h.replace(/>.*$/s, '>')))].sort()).toEqual(['</details>', '<details>']);
    expect(links.some((l) => l.startsWith('javascript:'))).toBe(false);
    expect(markdownText).toContain('Funding &lt;script>alert("x")&lt;/script>&lt;img src=x onerror=alert(1)> \\| a \\| b \\|');
    // And the hostile heading reads as written once rendered.
    expect(text(root)).toContain(`## Funding ${INJECTION} | a | b |`);
  });

  it('lists the skipped files with the reason', () => {
    const skipped = tables(tree()).find((t) => text(t.children[0]!).startsWith('File'))!;
    expect(skipped.children.slice(1).map((r) => text(r.children[0]!)).sort()).toEqual(['docs/README.md', 'docs/scan.md']);
  });
});

/** The first code span's text under a node (the checklist writes the rule id as one). */
function inlineCode(node: RootContent): string | undefined {
  if (node.type === 'inlineCode') return node.value;
  if ('children' in node) for (const c of node.children as RootContent[]) { const v = inlineCode(c); if (v) return v; }
  return undefined;
}
