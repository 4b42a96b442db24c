/** Section templates: placed in the guidance's order, at the right level, prefilled with known names. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';
import { prefill, documentFacts } from '../../server/src/engine/fixes/place-templates.js';
import { parseDocument } from '../../server/src/engine/parse/parse.js';

const DOC = `---
safeguarding:
  type: arrangements
  partnership: Westmere Safeguarding Children Partnership
---

# Westmere Safeguarding Children Partnership: our arrangements

## How the partners work together

Westmere Council, NHS Westmere and Dale Integrated Care Board and Westmere Police meet monthly as the
executive to agree priorities, and each holds its own agency to account for its part of the plan.

## Learning from practice reviews

We carry out rapid reviews within 15 working days of a serious incident notification and commission
local child safeguarding practice reviews when the criteria are met; learning is shared in briefings.

## Training

The partnership commissions multi-agency training and audits practice every quarter.
`;

describe('section templates', () => {
  const result = lint(DOC, { filePath: '/docs/arrangements.md' });
  const templates = result.findings.filter((f) => f.fix?.kind === 'template');

  it('go after the section of the requirement that precedes them in the guidance, at its level', () => {
    // independent-scrutiny follows practice-reviews in the catalogue: its template goes after "Learning from practice reviews".
    const scrutiny = result.findings.find((f) => f.ruleId === 'arrangements/independent-scrutiny' && f.fix?.kind === 'template')!;
    expect(scrutiny).toBeDefined();
    const fix = scrutiny.fix as Extract<typeof scrutiny.fix, { kind: 'template' }>;
    const before = DOC.slice(0, fix!.at.start.offset);
    expect(before.trimEnd().endsWith('learning is shared in briefings.')).toBe(true);
    expect(fix!.snippet).toMatch(/^\n## /);
  });

  it('never insert inside the author\'s text: every template starts at the start of a line', () => {
    expect(templates.length).toBeGreaterThan(3);
    for (const f of templates) {
      const fix = f.fix as { at: { start: { offset: number } } };
      const at = fix.at.start.offset;
      expect(at === 0 || DOC[at - 1] === '\n').toBe(true);
    }
  });

  it('are prefilled with the names the document gives', () => {
    const facts = documentFacts(parseDocument(DOC));
    expect(facts).toMatchObject({ partnership: 'Westmere Safeguarding Children Partnership', council: 'Westmere Council', icb: 'NHS Westmere and Dale Integrated Care Board', police: 'Westmere Police' });
    expect(prefill('| ${1:[insert local authority]} | ${2:[insert amount]} |\n| ${3:[insert police]} | ${4:£xxx} |', facts)).toBe(
      '| ${1:Westmere Council} | ${2:[insert amount]} |\n| ${3:Westmere Police} | ${4:£xxx} |',
    );
  });
});

describe('table fixes', () => {
  it('a partner missing from the partners table gets a row in that table, prefilled with the agency', () => {
    const doc = `---
type: arrangements
---

# Westmere Safeguarding Children Partnership arrangements

## Our safeguarding partners

| Agency | Lead safeguarding partner | Delegated safeguarding partner |
|---|---|---|
| Westmere Council | Helen Marchbank, Chief Executive | Simon Achebe, Director of Children's Services |
| NHS Westmere and Dale Integrated Care Board | Dr Anil Rao, Chief Executive | Claire Hollis, Chief Nursing Officer |

Westmere Police is the third safeguarding partner.
`;
    const result = lint(doc, { filePath: '/docs/arrangements.md' });
    const f = result.findings.find((x) => x.ruleId === 'arrangements/lead-partners-named' && x.message.includes("police's"))!;
    expect(f).toBeDefined();
    const fix = f.fix as { kind: string; title: string; snippet: string; at: { start: { offset: number } } };
    expect(fix.title).toBe('Add a row for the police to the partners table');
    expect(fix.snippet).toBe('\n| ${1:Westmere Police} | ${2:[insert name]}, Chief Constable | ${3:[insert name]}, ${4:[insert post]} |');
    // Appended right after the table's last row, before anything the author wrote after it.
    expect(doc.slice(0, fix.at.start.offset).endsWith('Claire Hollis, Chief Nursing Officer |')).toBe(true);
  });
});
