/**
 * What the two packages ship: the npm package (what a git install and pre-commit's hook
 * environment get) must carry the command line it names as a bin; the VSIX must carry its
 * licence, icon and changelog, and not the command line's bundle, which the extension never runs.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; icon: string; scripts: Record<string, string> };

describe('packaging', () => {
  it('the npm package ships every bin, and `prepare` builds them', () => {
    // --ignore-scripts: `prepare` would rebuild dist/ while other test files run the CLI.
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    for (const bin of Object.values(pkg.bin)) expect(files).toContain(bin);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'schemas/safeguarding-lint-suppressions.schema.json']));
    expect(files.filter((f) => /\.(ts|map)$/.test(f) || f.startsWith('tests/'))).toEqual([]);
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
  });

  it('the VSIX ships LICENSE, CHANGELOG.md and the icon, and not dist/cli.js', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    const files = out.split('\n').filter(Boolean);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', pkg.icon, 'dist/extension.js', 'dist/server.js', 'package.json']));
    expect(files).not.toContain('dist/cli.js');
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.ts') || f.startsWith('samples/'))).toEqual([]);
  });

  it('the icon is a 128x128 PNG', () => {
    const png = fs.readFileSync(path.join(ROOT, pkg.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
  });
});
