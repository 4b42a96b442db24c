/** Every configuration error names the file, line and column of the key or value at fault. */
import { describe, expect, it } from 'vitest';
import { ALL_META } from '../../server/src/engine/index.js';
import { formatConfigError, loadConfigText } from '../../server/src/engine/config/index.js';
import { reachesOutside } from '../../server/src/engine/config/load.js';

function errorsOf(text: string, file = '/p/.safeguardinglintrc.yaml'): string[] {
  return loadConfigText(text, file, '/p', ALL_META).errors.map((e) => formatConfigError({ ...e, file: e.file.split('/').pop()! }));
}

describe('configuration validation', () => {
  it('accepts a valid file and keeps all of it', () => {
    const loaded = loadConfigText(
      'extends: wt2023:strict\nroot: true\nrules:\n  terminology/ccg: error\noverrides:\n  - files: ["reports/*.md"]\n    type: yearly-report\nignorePatterns: [archive/]\n',
      '/p/.safeguardinglintrc.yaml',
      '/p',
      ALL_META,
    );
    expect(loaded.errors).toEqual([]);
    expect(loaded.data).toEqual({
      extends: 'wt2023:strict',
      root: true,
      rules: { 'terminology/ccg': 'error' },
      overrides: [{ files: ['reports/*.md'], type: 'yearly-report' }],
      ignorePatterns: ['archive/'],
    });
  });

  it('an empty file, or empty sections, are fine', () => {
    expect(errorsOf('')).toEqual([]);
    expect(errorsOf('# nothing yet\n')).toEqual([]);
    expect(errorsOf('rules:\noverrides:\n')).toEqual([]);
  });

  it('unknown top-level and override keys, at the key', () => {
    expect(errorsOf('rule:\n  terminology/ccg: off\n')).toEqual(['.safeguardinglintrc.yaml:1:1: unknown key "rule"; did you mean "rules"?']);
    expect(errorsOf('root: true\ncolour: red\n')).toEqual(['.safeguardinglintrc.yaml:2:1: unknown key "colour" (valid keys: root, extends, rules, overrides, ignorePatterns)']);
    expect(errorsOf('overrides:\n  - files: [a.md]\n    typ: threshold\n')).toEqual(['.safeguardinglintrc.yaml:3:5: unknown key "typ" in an override; did you mean "type"?']);
  });

  it('unknown rule ids, with the nearest suggested', () => {
    expect(errorsOf('rules:\n  terminology/cgg: off\n')).toEqual(['.safeguardinglintrc.yaml:2:3: unknown rule "terminology/cgg"; did you mean "terminology/ccg"?']);
    expect(errorsOf('rules:\n  ccg: off\n')).toEqual(['.safeguardinglintrc.yaml:2:3: unknown rule "ccg"; did you mean "terminology/ccg"?']);
    expect(errorsOf('overrides:\n  - files: [a.md]\n    rules:\n      no/such-rule-anywhere: off\n')).toEqual(['.safeguardinglintrc.yaml:4:7: unknown rule "no/such-rule-anywhere"']);
  });

  it('bad severities, at the value, with ESLint habits translated', () => {
    expect(errorsOf('rules:\n  terminology/ccg: warn\n')).toEqual([
      '.safeguardinglintrc.yaml:2:20: invalid severity "warn" for "terminology/ccg": use off, info, warning or error; did you mean "warning"?',
    ]);
    expect(errorsOf('rules:\n  terminology/ccg: 2\n')[0]).toContain('did you mean "error"?');
    expect(errorsOf('rules:\n  terminology/ccg: 0\n')[0]).toContain('did you mean "off"?');
  });

  it('bad types and presets', () => {
    expect(errorsOf('overrides:\n  - files: [a.md]\n    type: anual-report\n')).toEqual([
      '.safeguardinglintrc.yaml:3:11: unknown document type "anual-report": use arrangements, yearly-report, threshold or local-protocol',
    ]);
    expect(errorsOf('overrides:\n  - files: [a.md]\n    type: treshold\n')[0]).toContain('did you mean "threshold"?');
    expect(errorsOf('extends: wt2023:strct\n')[0]).toBe('.safeguardinglintrc.yaml:1:10: unknown preset "wt2023:strct": use wt2023:recommended, wt2023:strict or reforms-2025; did you mean "wt2023:strict"?');
  });

  it('wrong shapes', () => {
    expect(errorsOf('ignorePatterns: archive/\n')).toEqual(['.safeguardinglintrc.yaml:1:17: "ignorePatterns" must be a list, not "archive/"']);
    expect(errorsOf('root: yes please\n')).toEqual(['.safeguardinglintrc.yaml:1:7: "root" must be true or false, not "yes please"']);
    expect(errorsOf('overrides:\n  - type: threshold\n')).toEqual(['.safeguardinglintrc.yaml:2:5: an override needs "files": the patterns of the files it applies to']);
    expect(errorsOf('- a\n- b\n')[0]).toMatch(/^\.safeguardinglintrc\.yaml:1:1: the configuration must be a mapping/);
  });

  it('keeps the valid parts of a file with errors', () => {
    const loaded = loadConfigText('rules:\n  terminology/ccg: error\n  terminology/cgg: off\n  terminology/lscb: warn\n', '/p/x.yaml', '/p', ALL_META);
    expect(loaded.errors).toHaveLength(2);
    expect(loaded.data.rules).toEqual({ 'terminology/ccg': 'error' });
  });

  it('YAML syntax errors, at their position; nothing of the file applies', () => {
    const loaded = loadConfigText('rules:\n  terminology/ccg: off\n  - oops\n', '/p/.safeguardinglintrc.yml', '/p', ALL_META);
    expect(loaded.errors[0]).toMatchObject({ line: 3 });
    expect(loaded.errors[0]!.message).toMatch(/^invalid YAML: /);
    expect(loaded.data).toEqual({});
  });

  it('JSON files: syntax errors from JSON.parse at their position, other errors at the key', () => {
    expect(errorsOf('{\n  "rules": {\n    "terminology/ccg": "off",\n  }\n}\n', '/p/.safeguardinglintrc.json')).toEqual([
      '.safeguardinglintrc.json:4:3: invalid JSON: Expected double-quoted property name',
    ]);
    expect(errorsOf('{\n  "rules": {\n    "terminology/cgg": "off"\n  }\n}\n', '/p/.safeguardinglintrc.json')).toEqual([
      '.safeguardinglintrc.json:3:5: unknown rule "terminology/cgg"; did you mean "terminology/ccg"?',
    ]);
  });

  it('patterns that reach outside the file\'s folder are errors and are dropped; a leading / is gitignore\'s anchor', () => {
    for (const p of ['../**', '..', 'a/../../b', '..\\x', '!../x', '{a,../b}', 'C:/x', 'c:\\x']) expect(reachesOutside(p), p).toBe(true);
    for (const p of ['/etc/**', 'archive/', '**/*.md', '..md', 'a..b/', '!keep.md', '.hidden/']) expect(reachesOutside(p), p).toBe(false);
    const loaded = loadConfigText('ignorePatterns: [archive/, ../x]\n', '/p/.safeguardinglintrc.yaml', '/p', ALL_META);
    expect(loaded.errors.map((e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn}`)).toEqual(['1:28-1:32']);
    expect(loaded.data.ignorePatterns).toEqual(['archive/']);
  });

  it('an alias bomb is refused fast, at an alias', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    let prev = 'a';
    for (const k of 'bcdefghijk') {
      text += `${k}: &${k} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
      prev = k;
    }
    const started = performance.now();
    const loaded = loadConfigText(text, '/p/.safeguardinglintrc.yaml', '/p', ALL_META);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]!.message).toMatch(/^aliases here would copy values more than 50 times/);
    expect(loaded.data).toEqual({});
  });
});
