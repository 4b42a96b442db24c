// Extracts the numbered paragraphs of Working Together 2023 from ../shared/reference into
// server/src/engine/guidance/wt2023-paragraphs.json, so docs and hovers can quote the guidance
// without shipping or re-reading the whole text. Run again if the reference text changes.
//
// Paragraphs are numbered in sequence through the document; lists inside a paragraph restart
// at "1.", so a line "K. " starts a new paragraph only when K is the next number expected.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.resolve(here, '../../shared/reference/working-together-2023.md');
const out = path.resolve(here, '../server/src/engine/guidance/wt2023-paragraphs.json');

const lines = readFileSync(source, 'utf8').split(/\r?\n/);
const paragraphs = {};
let current = 0;
let buffer = [];
// A heading ends a paragraph; text after it belongs to no paragraph until the next number.
let collecting = false;
const flush = () => {
  if (current > 0 && buffer.length) paragraphs[current] = clean(buffer.join('\n'));
  buffer = [];
};
const clean = (text) =>
  text
    .replace(/<sup>\d+<\/sup>/g, '')
    .replace(/\*\*/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

for (const line of lines) {
  const m = /^(\d{1,3})\.\s+(.*)$/.exec(line);
  if (m && Number(m[1]) === current + 1) {
    flush();
    current += 1;
    collecting = true;
    buffer.push(m[2]);
    continue;
  }
  if (/^#{1,6}\s/.test(line)) {
    flush();
    collecting = false;
    continue;
  }
  // Footnotes and rules between pages are not part of the paragraph.
  if (/^<sup>\d+<\/sup>/.test(line) || /^---\s*$/.test(line)) continue;
  if (collecting && (buffer.length || line.trim())) buffer.push(line);
}
flush();

writeFileSync(out, JSON.stringify({ edition: 'Working Together to Safeguard Children 2023 (HM Government, December 2023)', licence: 'Open Government Licence v3.0', paragraphs }, null, 1) + '\n');
console.log(`wrote ${Object.keys(paragraphs).length} paragraphs to ${path.relative(process.cwd(), out)}`);
