// Writes docs/rules/<id>.md for every rule and refreshes the README's rule table.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_META } from '../server/src/engine/rules/registry.js';
import { ruleDocPage, withRuleTable } from '../server/src/engine/docs/rule-docs.js';

const root = process.cwd();
for (const meta of ALL_META) {
  const file = path.join(root, 'docs', 'rules', `${meta.id}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, ruleDocPage(meta));
}
const readmePath = path.join(root, 'README.md');
writeFileSync(readmePath, withRuleTable(readFileSync(readmePath, 'utf8'), ALL_META));
console.log(`wrote ${ALL_META.length} rule pages and the README rule table`);
