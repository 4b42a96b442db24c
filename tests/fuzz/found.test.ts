/**
 * Every reproducer the fuzz suite has found (tests/fuzz/found/*.json, written by
 * `npm run fuzz`, minimised) is replayed: each was a crash, a hang, a range outside the text or
 * an unsafe fix once, and was fixed at its cause.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from './invariants.js';
import { checkFixes } from './fix-safety.js';
import type { FoundCase } from './property.js';

const DIR = path.join(__dirname, 'found');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('fuzz reproducers (tests/fuzz/found)', () => {
  it('there are reproducers to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    const found = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as FoundCase;
    it(`${file} (${found.kind}: ${found.message.split('\n')[0]!.slice(0, 80)})`, () => {
      expect(found.kind === 'fix' ? checkFixes(found.text) : checkDocument(found.text)).toBeUndefined();
    });
  }
});
