/**
 * The requirement paraphrase bank (tests/bank): for each arrangements requirement, ten short
 * passages an independent writer wrote in different voices, each with the verdict a careful
 * reviewer gives it (met, partial, missing). Each passage is linted alone, inside a minimal
 * arrangements document, and only its own requirement is judged. Every third passage of a file
 * is held out of tuning: `npm run accuracy` prints only its totals.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { checklist, lint } from '../../server/src/engine/index.js';

export interface Passage {
  file: string;
  ruleId: string;
  label: string;
  verdict: 'met' | 'partial' | 'missing';
  /** What the reviewer says is left out, for a partial passage. */
  why?: string;
  text: string;
  split: 'tune' | 'holdout';
}

export function readBank(root: string): Passage[] {
  const out: Passage[] = [];
  for (const rel of fg.sync('tests/bank/*.md', { cwd: root }).sort()) {
    const ruleId = path.basename(rel, '.md').replace('__', '/');
    const raw = readFileSync(path.join(root, rel), 'utf8');
    const parts = raw.split(/^=== /m).slice(1);
    parts.forEach((part, i) => {
      const nl = part.indexOf('\n');
      const head = part.slice(0, nl).trim();
      const m = /^(\S+)\s+(met|partial|missing)\b:?\s*(.*)$/.exec(head);
      if (!m) throw new Error(`${rel}: passage ${i + 1} has no verdict: "${head}"`);
      out.push({ file: rel, ruleId, label: m[1]!, verdict: m[2] as Passage['verdict'], why: m[3] || undefined, text: part.slice(nl + 1).trim(), split: i % 3 === 2 ? 'holdout' : 'tune' });
    });
  }
  return out;
}

/** The passage as the body of a minimal arrangements document. */
export function bankDocument(p: Passage): string {
  return `---\ntype: arrangements\n---\n\n# Safeguarding children: our local arrangements\n\n${p.text}\n`;
}

/** The engine's status for the passage's own requirement: met, partial or missing. */
export function bankStatus(p: Passage): string {
  const item = checklist(lint(bankDocument(p))).items.find((i) => i.ruleId === p.ruleId);
  return item?.status ?? 'not-applicable';
}

/** Whether the engine agrees: met passages must be met; partial and missing ones must get a finding. */
export function agrees(p: Passage, status: string): boolean {
  return p.verdict === 'met' ? status === 'met' || status === 'not-applicable' : status !== 'met' && status !== 'not-applicable';
}
