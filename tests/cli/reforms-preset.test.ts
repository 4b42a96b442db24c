/**
 * The opt-in `reforms-2025` preset: off by default and in the WT2023 presets, on (info) with
 * `extends: reforms-2025` or a `rules` entry; its findings say they reflect proposals and cite the
 * source; they never enter the WT2023 checklist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_META, validateMeta } from '../../server/src/engine/rules/registry.js';
import { ensureBuilt, makeTree, removeTree, runCli } from './helpers.js';

const REFORM_IDS = ['reforms-2025/education-partners', 'reforms-2025/child-protection-teams', 'reforms-2025/single-unique-identifier', 'reforms-2025/family-group-decision-making'];

/** Says how for two reforms, only mentions a third, and is silent on the fourth. */
const DOC = [
  '---',
  'type: arrangements',
  '---',
  '# Westmere Safeguarding Children Partnership: multi-agency safeguarding arrangements',
  '',
  '## Child protection',
  '',
  'Our multi-agency child protection team will be hosted in the front door from April 2026, with social workers, a detective sergeant and a named nurse.',
  '',
  'We are waiting for national guidance on the single unique identifier.',
  '',
  '## Families',
  '',
  'Every family is offered a family group conference before an initial child protection conference.',
  '',
].join('\n');

interface JsonFile {
  messages: Array<{ ruleId: string; severity: string; message: string; line: number; citation: string }>;
  coverage: { items: Array<{ ruleId: string }> };
}

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = makeTree({
    'default/doc.md': DOC,
    'strict/doc.md': DOC,
    'strict/.safeguardinglintrc.yaml': 'root: true\nextends: wt2023:strict\n',
    'reforms/doc.md': DOC,
    'reforms/.safeguardinglintrc.yaml': 'root: true\nextends: reforms-2025\n',
    'one/doc.md': DOC,
    'one/.safeguardinglintrc.yaml': 'root: true\nrules:\n  reforms-2025/single-unique-identifier: warning\n',
  });
}, 120_000);
afterAll(() => removeTree(dir));

function reformFindings(folder: string): JsonFile['messages'] {
  const r = runCli(['--format', 'json', folder], dir);
  expect(r.stderr).toBe('');
  const [file] = JSON.parse(r.stdout) as JsonFile[];
  expect(file!.coverage.items.some((i) => i.ruleId.startsWith('reforms-2025/')), 'the WT2023 checklist never lists reform checks').toBe(false);
  return file!.messages.filter((m) => m.ruleId.startsWith('reforms-2025/'));
}

describe('the reforms-2025 preset', () => {
  it('is off by default and in wt2023:strict', () => {
    expect(reformFindings('default')).toEqual([]);
    expect(reformFindings('strict')).toEqual([]);
  });

  it('with extends: reforms-2025, reports at info what is only mentioned and what is missing, not what is described', () => {
    const found = reformFindings('reforms');
    expect(found.map((f) => `${f.ruleId} ${f.severity} ${f.line}`).sort()).toEqual([
      'reforms-2025/education-partners info 4',
      'reforms-2025/single-unique-identifier info 10',
    ]);
    const sui = found.find((f) => f.ruleId === 'reforms-2025/single-unique-identifier')!;
    expect(sui.message).toContain('Not yet saying how the single unique identifier will be used');
    for (const f of found) {
      expect(f.message).toContain('reflects proposals, not current statutory guidance');
      expect(f.message).toContain('Keeping Children Safe, Helping Families Thrive, Nov 2024');
      expect(f.message).toContain("Children's Wellbeing and Schools Bill 2024-25");
      expect(f.citation).toContain('Keeping Children Safe, Helping Families Thrive');
    }
  });

  it('a rules entry turns one check on without the preset', () => {
    expect(reformFindings('one').map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['reforms-2025/single-unique-identifier warning']);
  });

  it('names the preset when extends names an unknown one', () => {
    const bad = makeTree({ 'doc.md': DOC, '.safeguardinglintrc.yaml': 'root: true\nextends: reforms-2024\n' });
    const r = runCli(['doc.md'], bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reforms-2025');
    removeTree(bad);
  });
});

describe('opt-in rule metadata', () => {
  it('every reforms-2025 rule is opt-in, info level, for arrangements, and outside the catalogue', () => {
    const reforms = ALL_META.filter((m) => m.id.startsWith('reforms-2025/'));
    expect(reforms.map((m) => m.id)).toEqual(REFORM_IDS);
    for (const m of reforms) expect(m).toMatchObject({ optIn: 'reforms-2025', level: 'info', appliesTo: ['arrangements'], paragraphs: [] });
  });

  it('the registry rejects an opt-in id outside its preset’s prefix and a reforms-2025 id that is not opt-in', () => {
    const base = ALL_META.find((m) => m.id === 'reforms-2025/education-partners')!;
    expect(validateMeta([{ ...base, id: 'arrangements/education-partners-2' }])).toEqual([
      "arrangements/education-partners-2: an opt-in rule's id starts with its preset (reforms-2025/)",
    ]);
    const { optIn: _, ...notOptIn } = base;
    expect(validateMeta([notOptIn])).toEqual(['reforms-2025/education-partners: rules under reforms-2025/ must be opt-in']);
  });
});
