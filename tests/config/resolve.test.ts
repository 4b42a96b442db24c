/** How configuration files are found and merged: the same for the CLI and the language server. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_META, levelToSeverity, type ConfiguredSeverity } from '../../server/src/engine/index.js';
import { createConfigResolver, expandBraces, resolveConfig, type ConfigHost } from '../../server/src/engine/config/index.js';

let root: string;
function write(rel: string, text: string): string {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}
const at = (rel: string) => path.join(root, rel);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sgl-config-'));
  // repo/                       root: true, strict, ccg error, override for reports/
  // repo/docs/                  json config: ccg off (nearer wins), ignores drafts/
  // repo/docs/keep/             re-includes drafts/keep.md
  // repo/standalone/            root: true: nothing above applies
  write('repo/.safeguardinglintrc.yaml', [
    'root: true',
    'extends: wt2023:strict',
    'rules:',
    '  terminology/ccg: error',
    '  terminology/lscb: info',
    'overrides:',
    '  - files: ["reports/**/*.md", "*.annual.md"]',
    '    type: yearly-report',
    '    rules:',
    '      terminology/lscb: off',
    '  - files: ["reports/2019/"]',
    '    rules:',
    '      terminology/lscb: error',
    'ignorePatterns: ["**/*.tmp.md"]',
    '',
  ].join('\n'));
  write('repo/docs/.safeguardinglintrc.json', JSON.stringify({ rules: { 'terminology/ccg': 'off' }, ignorePatterns: ['drafts/'] }));
  write('repo/docs/drafts/.safeguardinglintrc.yml', 'ignorePatterns: ["!keep.md"]\n');
  write('repo/standalone/.safeguardinglintrc.yaml', 'root: true\nrules:\n  terminology/secure-college: error\n');
  // A config above the root: true one, which must never be read.
  write('.safeguardinglintrc.yaml', 'rules:\n  terminology/public-health-england: off\n');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Catalogue severities; the opt-in checks of proposed reforms are off. */
const defaults: Record<string, ConfiguredSeverity> = Object.fromEntries(ALL_META.map((m) => [m.id, m.optIn ? 'off' : levelToSeverity(m.level)]));
const consider = ALL_META.find((m) => m.level === 'consider')!.id;

describe('resolveConfig', () => {
  it('with no config file, every rule has its catalogue severity', () => {
    const lonely = fs.mkdtempSync(path.join(os.tmpdir(), 'sgl-none-'));
    const c = createConfigResolver().resolve(path.join(lonely, 'a.md'));
    // A config in an ancestor of the temp folder would make this moot; none is expected there.
    if (c.configFiles.length === 0) {
      expect(c.rules).toEqual(defaults);
      expect(c.preset).toBe('wt2023:recommended');
    }
    expect(c.errors).toEqual([]);
    fs.rmSync(lonely, { recursive: true });
  });

  it('stops at root: true and applies the preset, then rules', () => {
    const c = resolveConfig(at('repo/a.md'));
    expect(c.configFiles).toEqual([at('repo/.safeguardinglintrc.yaml')]);
    expect(c.preset).toBe('wt2023:strict');
    expect(c.rules['terminology/ccg']).toBe('error');
    expect(c.rules['terminology/public-health-england']).toBe('warning'); // the file above root was not read
    expect(c.rules[consider]).toBe('warning'); // strict: consider -> warning
    expect(c.type).toBeUndefined();
    expect(c.ignored).toBe(false);
  });

  it('merges from the root down, nearer files winning', () => {
    const c = resolveConfig(at('repo/docs/a.md'));
    expect(c.configFiles).toEqual([at('repo/.safeguardinglintrc.yaml'), at('repo/docs/.safeguardinglintrc.json')]);
    expect(c.rules['terminology/ccg']).toBe('off');
    expect(c.rules['terminology/lscb']).toBe('info');
  });

  it('overrides match globs relative to their config file, assign a type and apply in order', () => {
    const report = resolveConfig(at('repo/reports/2023/annual.md'));
    expect(report.type).toBe('yearly-report');
    expect(report.rules['terminology/lscb']).toBe('off');
    expect(resolveConfig(at('repo/x/summary.annual.md')).type).toBe('yearly-report'); // slash-less pattern: any depth
    const old = resolveConfig(at('repo/reports/2019/annual.md'));
    expect(old.rules['terminology/lscb']).toBe('error'); // the later override wins
    expect(resolveConfig(at('repo/other/annual.md')).type).toBeUndefined();
  });

  it('ignorePatterns ignore, and a nearer file can re-include with !', () => {
    expect(resolveConfig(at('repo/notes.tmp.md')).ignored).toBe(true);
    expect(resolveConfig(at('repo/docs/drafts/plan.md')).ignored).toBe(true);
    expect(resolveConfig(at('repo/docs/drafts/keep.md')).ignored).toBe(false);
    expect(resolveConfig(at('repo/docs/final.md')).ignored).toBe(false);
  });

  it('a nested root: true starts afresh', () => {
    const c = resolveConfig(at('repo/standalone/a.md'));
    expect(c.configFiles).toEqual([at('repo/standalone/.safeguardinglintrc.yaml')]);
    expect(c.preset).toBe('wt2023:recommended');
    expect(c.rules['terminology/secure-college']).toBe('error');
    expect(c.rules['terminology/ccg']).toBe(defaults['terminology/ccg']);
  });

  it('--config uses one file for every document, its patterns relative to its own folder', () => {
    const c = resolveConfig(at('repo/docs/a.md'), { configFile: at('repo/standalone/.safeguardinglintrc.yaml') });
    expect(c.configFiles).toEqual([at('repo/standalone/.safeguardinglintrc.yaml')]);
    expect(c.rules['terminology/ccg']).toBe(defaults['terminology/ccg']);
  });

  it('reads each folder once (cache per folder) until cleared, and can read from an editor buffer', () => {
    const reads: string[] = [];
    const host: ConfigHost = {
      readFile(file) {
        reads.push(file);
        return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      },
    };
    const r = createConfigResolver({ host });
    r.resolve(at('repo/docs/a.md'));
    const first = reads.length;
    r.resolve(at('repo/docs/b.md'));
    r.resolve(at('repo/docs/c.md'));
    expect(reads.length).toBe(first);
    r.clear();
    r.resolve(at('repo/docs/a.md'));
    expect(reads.length).toBe(first * 2);

    const unsaved: ConfigHost = { readFile: (file) => (file === at('repo/docs/.safeguardinglintrc.yaml') ? 'rules:\n  terminology/ccg: info\n' : host.readFile(file)) };
    expect(createConfigResolver({ host: unsaved }).resolve(at('repo/docs/a.md')).rules['terminology/ccg']).toBe('info');
  });

  it('reports errors from every file in the chain, with their positions', () => {
    write('bad/.safeguardinglintrc.yaml', 'root: true\nrules:\n  terminology/cgg: off\n');
    const c = resolveConfig(at('bad/a.md'));
    expect(c.errors).toEqual([
      { file: at('bad/.safeguardinglintrc.yaml'), line: 3, column: 3, endLine: 3, endColumn: 18, message: 'unknown rule "terminology/cgg"; did you mean "terminology/ccg"?' },
    ]);
  });
});

describe('patterns', () => {
  it('expands braces', () => {
    expect(expandBraces('a/*.{md,markdown}')).toEqual(['a/*.md', 'a/*.markdown']);
    expect(expandBraces('{x,y}/{1,2}.md')).toEqual(['x/1.md', 'x/2.md', 'y/1.md', 'y/2.md']);
    expect(expandBraces('plain.md')).toEqual(['plain.md']);
    expect(expandBraces('odd{.md')).toEqual(['odd{.md']);
  });
});
