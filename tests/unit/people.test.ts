/** Issue "Deep checks": lead partners named only by post get one finding each; named in a table, none. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';
import { findPersonNames } from '../../server/src/engine/rules/shared/person-names.js';

const ROOT = path.join(__dirname, '..', '..');
const findings = (rel: string, id: string) => {
  const file = path.join(ROOT, rel);
  const text = readFileSync(file, 'utf8');
  return lint(text, { filePath: file })
    .findings.filter((f) => f.ruleId === id)
    .map((f) => `${f.range.start.line}: "${text.slice(f.range.start.offset, f.range.end.offset)}" ${f.message}`);
};

describe('lead safeguarding partners in realistic documents', () => {
  it('a document naming the three LSPs only by post gets three findings, one per agency, at the post', () => {
    const got = findings('tests/corpus/arrangements-partners-executive.md', 'arrangements/lead-partners-named');
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/^35: "Chief Executive – Riverford Council" Missing: the name of the local authority's lead safeguarding partner/);
    expect(got[1]).toMatch(/"Chief Executive – NHS Riverford and Coldharbour ICB" Missing: the name of the ICB's lead safeguarding partner/);
    expect(got[2]).toMatch(/"Chief Constable – Riverford and Coldharbour Police" Missing: the name of the police's lead safeguarding partner/);
  });

  it('a document naming them in a table gets none', () => {
    expect(findings('samples/arrangements-complete.md', 'arrangements/lead-partners-named')).toEqual([]);
    expect(findings('samples/arrangements-complete.md', 'arrangements/delegated-partners-named')).toEqual([]);
  });
});

describe('pseudonyms in case reviews are never people in posts', () => {
  it.each(['Child Q', 'Baby R', 'Family T', 'Adult L', 'Young Person J'])('"%s" is not read as a name', (pseudonym) => {
    expect(findPersonNames(`The review of ${pseudonym} was led by Jane Smith.`).map((n) => n.name)).toEqual(['Jane Smith']);
  });

  it('a chair sentence about a review of Baby R names the real chair', () => {
    const text = `---\ntype: arrangements\n---\n# Westmere Safeguarding Children Partnership\n\n## Partnership chair\n\nThe partnership chair, who chaired the review panel for Baby R, is Claire Oduya, the council's Director of Children's Services and its delegated safeguarding partner.\n`;
    const r = lint(text);
    expect(r.findings.filter((f) => f.ruleId === 'arrangements/partnership-chair').map((f) => f.message)).toEqual([]);
    expect(JSON.stringify(r.findings)).not.toContain('Baby R');
  });
});
