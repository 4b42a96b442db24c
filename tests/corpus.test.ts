/**
 * Reading real documents right: every sample and corpus document is linted and each statement
 * of its reviewer sidecar (`*.expect.yaml`, written independently of the rules) is a test.
 * Known disagreements are listed in KNOWN with the reason, and their test names say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../server/src/engine/index.js';
import { claims, readSidecar } from './helpers/sidecars.js';

const root = path.join(__dirname, '..');
const docs = fg.sync(['samples/*.md', 'tests/corpus/*.md'], { cwd: root }).sort();

/** `<file> :: <claim label>` -> why the engine and the reviewer disagree. */
const KNOWN: Record<string, string> = {
  "tests/corpus/arrangements-mou-schedules-castle-ormsby.md :: arrangements/sign-off present":
    "the reviewer takes a clause on publishing the yearly report (no link) as its link; the rule asks for a link",
  "tests/corpus/local-protocol-timescales-specific-groups-pockthorne-vale.md :: local-protocol/case-audits partial":
    "not yet handled: monthly manager audits are read as the whole item; the reviewer wants accountability for allocation and decisions too",
  "tests/corpus/threshold-front-door-guide-word-gorsebeck-down.md :: threshold/procedures-disabled-children partial":
    "not yet handled: one sentence passing disabled children to a specialist team is read as the procedures; the reviewer calls it partial",
  "tests/corpus/yearly-report-letter-and-annex-market-oxlade.md :: yearly-report/scrutiny-themes present":
    "not yet handled: a letter-voiced report gives the themes of reviews and the scrutineer's work under separate run-on headings the facet does not join up yet",
  "tests/corpus/yearly-report-letter-and-annex-market-oxlade.md :: yearly-report/partner-contributions partial":
    "money shares for each partner are read as each partner's contribution; the reviewer wants what each contributes to the structure too",
  "tests/corpus/yearly-report-with-childrens-version-sedgeby-staithe.md :: yearly-report/data-and-information-sharing present":
    "not yet handled: the formal report's data section says what the data led to in words the facet does not read yet",
  "tests/corpus/yearly-report-with-childrens-version-sedgeby-staithe.md :: yearly-report/sign-off present":
    "the reviewer takes \"published on the partnership website\" (no link) as the link to the arrangements; the rule asks for a link (relaxing it was tried: one tuned disagreement fewer, one held-out more)",
  'tests/corpus/arrangements-metro-revised-haddleton.md :: arrangements/lead-partners-named present':
    'not yet handled: the council LSP is "the Chief Executive of the Council (Marcus Fenwick), who is…" after "LSPs for Haddleton are": the place qualifier between the role and the copula stops the role reaching the first name',
  'tests/corpus/arrangements-metro-revised-haddleton.md :: arrangements/information-sharing partial':
    'not yet handled: the reviewer wants the processes and principles, not only a named agreement; the topic rule accepts a section with content',
  'tests/corpus/arrangements-two-tier-county-vennshire.md :: arrangements/training-audits partial':
    'not yet handled: training monitoring for impact is judged from the words alone; this reviewer reads the evaluation described as attendance-only',
  'tests/corpus/arrangements-web-faq-wrenfield.md :: arrangements/practice-reviews partial':
    'not yet handled: the reviewer finds publication or embedding of learning missing; the parts rule finds each from one sentence',
  'tests/corpus/arrangements-web-faq-wrenfield.md :: arrangements/sign-off partial':
    'not yet handled: a sign-off by the partnership without naming all three LSPs is accepted',
  'tests/corpus/yearly-report-business-manager-kettlemarsh.md :: yearly-report/effectiveness partial':
    'not yet handled: the rule accepts one evaluative sentence as a judgement; this reviewer wants the judgement backed by evidence',
  'tests/corpus/yearly-report-business-manager-kettlemarsh.md :: yearly-report/key-decisions partial':
    'not yet handled: a short decisions list without review recommendations is accepted; this reviewer wants the review-recommendation decisions',
    'tests/corpus/yearly-report-joint-adults-children-tarnside.md :: yearly-report/impact-evidence present':
    'not yet handled: training impact for children is in a "Children" subsection of a theme; the facet search does not reach it',
  'tests/corpus/yearly-report-joint-adults-children-tarnside.md :: yearly-report/key-decisions present':
    'not yet handled: decisions are spread through the theme subsections as "The partners agreed…" sentences under "Children"; fewer than three are found outside the adults\' parts',
  'tests/corpus/yearly-report-joint-adults-children-tarnside.md :: yearly-report/national-reforms present':
    'not yet handled: the implemented reform is stated in a form the IMPLEMENTED pattern does not recognise',
  'tests/corpus/yearly-report-joint-adults-children-tarnside.md :: terminology/independent-chair "independent chair" line 251 is historical':
    'the reviewer marks the Safeguarding Adults Board\'s own independent chair (a legitimate post) as historical because the sidecar format has no "legitimate" flag; telling a joint budget line apart needs knowing which board the chair belongs to',
    'tests/corpus/arrangements-word-joint-ellingford.md :: arrangements/funding partial':
    'the same disagreement seen from the funding side: the table that omits the probation contribution is reported once, under relevant-agency-contributions',
  'tests/corpus/yearly-report-word-cattonby.md :: terminology/independent-chair "Independent chair" line 199 is historical':
    'a funding-table row naming a role that existed for the whole reporting year; another reviewer judged the same kind of row current (ambershire "Health (CCG)"), so no rule is drawn from either',
  'tests/corpus/yearly-report-word-cattonby.md :: yearly-report/education-representation partial':
    'the reviewer does not count "the Schools Safeguarding Forum reports to the Executive" as operational engagement; the rule does, as it does in every other corpus document',
  'tests/corpus/local-protocol-steps-skelderby.md :: local-protocol/communication-with-families partial':
    'the reviewer reads "Keeping families informed" alone (when families are told, not how); the rule also counts how in other steps: the child seen alone (Step 4) and the plan written with the family',
  'tests/corpus/arrangements-journey-history-westermoor.md :: arrangements/sign-off present':
    'the reviewer counts three mentions of the yearly report as the link; the catalogue asks for a link, and the document gives no link or address for the report',
  'tests/corpus/arrangements-practitioner-one-pager-wolverdale.md :: arrangements/practice-reviews partial':
    'not yet handled: the practice-reviews rule accepts a section with content; commissioning, publication and embedding learning are not checked as parts (as in wrenfield)',
  'tests/corpus/threshold-matrix-flattened-ambersett.md :: threshold/section-20 partial':
    'the text gives the situations in which a child is accommodated ("parents are unable to care for them or the child has nobody with parental responsibility"), which the rule takes as the criteria; the reviewer wants the level of need for a referral',
  'tests/corpus/threshold-matrix-flattened-ambersett.md :: threshold/procedures-disabled-children partial':
    'the rule takes "a referral to the Children with Disabilities Team should be made where…" as the procedure; the reviewer also wants how the referral is handled',
  'tests/corpus/yearly-report-four-councils-corringdale.md :: yearly-report/sign-off partial':
    'not yet handled: in a report for four councils one council\'s chief executive signs "on behalf of the four"; sign-off by each council\'s LSP is not checked in yearly reports (it is for lead-partner roles in arrangements)',
  'tests/corpus/yearly-report-public-summary-dunstanfold.md :: yearly-report/little-progress present':
    'the reviewer accepts "What didn\'t go so well" (waits too long, plans unclear, communities not reached, with what is being done); the rule wants a reason why, which the summary does not give',
  "tests/corpus/arrangements-easy-read-young-people-wickerslade.md :: arrangements/practice-reviews present":
    "not yet handled: the easy-read young people's version (short \"you\"/\"we\" sentences, question headings) states this in words the rule does not read yet",
  "tests/corpus/arrangements-easy-read-young-people-wickerslade.md :: arrangements/lead-partners-named present":
    "not yet handled: the easy-read young people's version (short \"you\"/\"we\" sentences, question headings) states this in words the rule does not read yet",
  "tests/corpus/arrangements-easy-read-young-people-wickerslade.md :: arrangements/relevant-agencies present":
    "not yet handled: the easy-read young people's version (short \"you\"/\"we\" sentences, question headings) states this in words the rule does not read yet",
  "tests/corpus/arrangements-easy-read-young-people-wickerslade.md :: arrangements/education-inclusion present":
    "not yet handled: the easy-read young people's version (short \"you\"/\"we\" sentences, question headings) states this in words the rule does not read yet",
  "tests/corpus/arrangements-easy-read-young-people-wickerslade.md :: arrangements/education-strategic present":
    "not yet handled: the easy-read young people's version (short \"you\"/\"we\" sentences, question headings) states this in words the rule does not read yet",
  "tests/corpus/arrangements-easy-read-young-people-wickerslade.md :: arrangements/vcse-sports present":
    "not yet handled: the easy-read young people's version (short \"you\"/\"we\" sentences, question headings) states this in words the rule does not read yet",
  "tests/corpus/arrangements-easy-read-young-people-wickerslade.md :: arrangements/sign-off present":
    "not yet handled: the easy-read young people's version (short \"you\"/\"we\" sentences, question headings) states this in words the rule does not read yet",
  "tests/corpus/arrangements-joint-adults-children-brockhallow.md :: arrangements/vcse-sports present":
    "not yet handled: joint children and adults arrangements; the adults' half is now set aside, and this part of the children's half is read differently from the reviewer (mentions of the yearly report as its link, parts of reviews and sharing)",
  "tests/corpus/arrangements-joint-adults-children-brockhallow.md :: arrangements/threshold-alignment present":
    "not yet handled: joint children and adults arrangements; the adults' half is now set aside, and this part of the children's half is read differently from the reviewer (mentions of the yearly report as its link, parts of reviews and sharing)",
  "tests/corpus/arrangements-joint-adults-children-brockhallow.md :: arrangements/sign-off present":
    "not yet handled: joint children and adults arrangements; the adults' half is now set aside, and this part of the children's half is read differently from the reviewer (mentions of the yearly report as its link, parts of reviews and sharing)",
  "tests/corpus/arrangements-joint-adults-children-brockhallow.md :: arrangements/practice-reviews partial":
    "not yet handled: joint children and adults arrangements; the adults' half is now set aside, and this part of the children's half is read differently from the reviewer (mentions of the yearly report as its link, parts of reviews and sharing)",
  "tests/corpus/arrangements-joint-adults-children-brockhallow.md :: arrangements/information-sharing partial":
    "not yet handled: joint children and adults arrangements; the adults' half is now set aside, and this part of the children's half is read differently from the reviewer (mentions of the yearly report as its link, parts of reviews and sharing)",
  "tests/corpus/arrangements-web-accordion-wendleshire.md :: terminology/ccg \"CCG\" line 153":
    "not yet handled: this outdated term sits in a scraped accordion block the history check reads as the page's past",
  "tests/corpus/threshold-for-schools-dsl-farrowdene.md :: threshold/section-20 present":
    "not yet handled: a threshold guide for school DSLs words this item in school terms the rule does not read yet",
  "tests/corpus/threshold-for-schools-dsl-farrowdene.md :: threshold/harm-outside-home present":
    "not yet handled: a threshold guide for school DSLs words this item in school terms the rule does not read yet",
  "tests/corpus/threshold-for-schools-dsl-farrowdene.md :: threshold/procedures-disabled-children partial":
    "not yet handled: a threshold guide for school DSLs words this item in school terms the rule does not read yet",
  "tests/corpus/yearly-report-joint-adults-children-tarnside.md :: yearly-report/little-progress present":
    "the children's part of \"Where we did not do what we said\" gives what did not happen without a reason why; the adults' part that gave one (\"because of staff vacancies\") is now set aside as adults-only, as it should be",
  "tests/corpus/yearly-report-pdf-two-column-haverthorpe.md :: yearly-report/scrutiny-impact present":
    "not yet handled: PDF two-column report, now given its ALL-CAPS headings; this part is judged differently from the reviewer",
  "tests/corpus/yearly-report-pdf-two-column-haverthorpe.md :: yearly-report/education-representation partial":
    "not yet handled: PDF two-column report, now given its ALL-CAPS headings; this part is judged differently from the reviewer",
  "tests/corpus/yearly-report-pdf-two-column-haverthorpe.md :: yearly-report/national-reforms partial":
    "not yet handled: PDF two-column report, now given its ALL-CAPS headings; this part is judged differently from the reviewer",
  "tests/corpus/yearly-report-slide-deck-kirkhallow.md :: yearly-report/partner-contributions present":
    "not yet handled: a slide-deck export (terse bullets, speaker notes) gives this in fragments the yearly-report facets do not join up yet",
  "tests/corpus/yearly-report-slide-deck-kirkhallow.md :: yearly-report/scrutiny-themes present":
    "not yet handled: a slide-deck export (terse bullets, speaker notes) gives this in fragments the yearly-report facets do not join up yet",
  "tests/corpus/yearly-report-slide-deck-kirkhallow.md :: yearly-report/little-progress present":
    "not yet handled: a slide-deck export (terse bullets, speaker notes) gives this in fragments the yearly-report facets do not join up yet",
  'tests/corpus/yearly-report-word-cattonby.md :: yearly-report/national-reforms partial':
    'Working Together 2023 changes were implemented (chair, scrutiny), which the rule counts; telling "aware of" other reforms apart needs per-reform reading',
};

describe('reviewer sidecars', () => {
  for (const rel of docs) {
    describe(rel, () => {
      const file = path.join(root, rel);
      let result: LintResult | undefined;
      const get = () => (result ??= lint(readFileSync(file, 'utf8'), { filePath: file }));
      if (!existsSync(file.replace(/\.md$/, '.expect.yaml'))) {
        it('has a reviewer sidecar', () => expect.fail(`${rel} has no .expect.yaml beside it`));
        return;
      }
      let sidecar;
      try {
        sidecar = readSidecar(file);
      } catch (e) {
        it('has a reviewer sidecar that parses', () => expect.fail(`${rel}: ${(e as Error).message.split('\n')[0]}`));
        return;
      }
      for (const claim of claims(sidecar)) {
        const known = KNOWN[`${rel} :: ${claim.label}`];
        if (known) {
          it.fails(`${claim.label} (known disagreement: ${known})`, () => expect(claim.check(get())).toBeUndefined());
        } else {
          it(claim.label, () => expect(claim.check(get())).toBeUndefined());
        }
      }
    });
  }
});
