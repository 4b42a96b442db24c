/** How the arrangements are funded (WT2023 ¶104, ¶98–100), checked like a finance officer would check a funding table. */
import type { DocumentModel, Section } from '../../parse/model.js';
import type { Range } from '../../types.js';
import { defineRule, type RuleContext } from '../rule.js';
import { findAmounts, findPercents, formatPounds } from '../shared/money.js';
import { anchorFor, reportMissing, topicSections } from './kit.js';
import { fundingTables, type FundingRow, type FundingTable } from './funding-tables.js';
import { fundingTableFix, rowFix, tableAt } from './table-fixes.js';
import { agencyMentions, AGENCY_KINDS, AGENCY_NAME, chain, items, sentences, type AgencyKind } from './text.js';
import { emptyBodyPhrase } from '../../parse/evidence-text.js';

export const FUNDING_HEADINGS = [/\bfund(?:ing|ed)\b/i, /\bbudgets?\b/i, /\bfinanc\w*/i, /\bresourcing\b/i, /\bmoney\b/i, /\bwho pays\b|\bpa(?:y|ys|ying|id) for (?:the |our )?(?:partnership|arrangements|it|this)\b/i, /^(?:partner |statutory )?contributions?\b/i, /\bhow\b.*\b(?:funded|paid for)\b/i];

const TEMPLATE_BODY =
  'The lead safeguarding partners agree the budget each ${1:month} for the next financial year.\n\n| Partner | Contribution (£) | Share |\n|---|---:|---:|\n| ${2:local authority} | ${3:£} | ${4:%} |\n| ${5:integrated care board} | ${6:£} | ${7:%} |\n| ${8:police} | ${9:£} | ${10:%} |\n| **Total** | ${11:£} | 100% |';

/** A pointer to where the amounts are given: "the amounts for each year are set out in the yearly report", "see Appendix 2 for the budget". */
const AMOUNTS_ELSEWHERE =
  /\b(?:amounts?|figures|sums|(?:annual |yearly )?budget|contributions?|costs)\b[^.;]{0,80}\b(?:in|see|at|on)\b[^.;]{0,40}\b(?:yearly|annual) report\b|\b(?:amounts?|figures|sums|(?:annual |yearly )?budget|contributions?)\b[^.;]{0,60}\b(?:in|see)\b[^.;]{0,20}\b(?:appendix|annexe?|schedule|budget (?:paper|report|statement))\b/i;

/** Shares in words: "the council pays half", "a third from the ICB", "the police the rest". */
const WORD_SHARES = /\b(?:(?:a|one|two) (?:third|quarter|fifth)s?|half|three quarters|the (?:rest|remainder|balance))\b/gi;

function percent(n: number): string {
  return `${Math.round(n * 10) / 10}%`;
}

/**
 * Each sub-total must equal the rows above it (back to the previous sub-total). Returns the amount
 * the shares are of when a sub-total carries 100% (the partners' shares of the partners' sub-total).
 */
function checkSubtotals(ctx: RuleContext, t: FundingTable, grand: FundingRow | undefined): { sharesBase?: number; wrong: boolean } {
  let from = 0;
  let sharesBase: number | undefined;
  let wrong = false;
  t.rows.forEach((r, i) => {
    if (!r.subtotal || r === grand) return;
    const above = t.rows.slice(from, i).filter((x) => !x.total && x.amount);
    from = i + 1;
    if (!r.amount || above.length < 2) return;
    const sum = above.reduce((a, x) => a + x.amount!.value, 0);
    const tol = Math.max(r.amount.tolerance + above.reduce((a, x) => a + x.amount!.tolerance, 0), 0.5);
    if (Math.abs(r.amount.value - sum) > tol) {
      wrong = true;
      ctx.report({
        message: `The sub-total ${r.label ? `"${r.label}" ` : ''}(${formatPounds(r.amount.value)}) does not equal the sum of the rows above it (${formatPounds(sum)}): a difference of ${formatPounds(Math.abs(r.amount.value - sum))}`,
        range: r.amountRange ?? r.range,
      });
    } else if (r.percent && Math.abs(r.percent.value - 100) <= r.percent.tolerance + 0.05) sharesBase = r.amount.value;
  });
  return { sharesBase, wrong };
}

/** Arithmetic checks of one table: total, shares adding to 100, shares matching amounts. */
function checkArithmetic(ctx: RuleContext, t: FundingTable): void {
  const body = t.rows.filter((r) => !r.total);
  const withAmount = body.filter((r) => r.amount);
  // The grand total, not a sub-total above further rows (the partners' sub-total, then other agencies').
  const totalRow = [...t.rows].reverse().find((r) => r.total && !r.subtotal && r.amount) ?? t.rows.find((r) => r.total && r.amount);
  const sum = withAmount.reduce((a, r) => a + r.amount!.value, 0);
  const sumTol = withAmount.reduce((a, r) => a + r.amount!.tolerance, 0);
  const { sharesBase, wrong: subtotalWrong } = checkSubtotals(ctx, t, totalRow);
  let base = sum;
  // A wrong sub-total is reported where it is; the grand total built on it would only repeat it.
  if (totalRow && withAmount.length >= 2 && !subtotalWrong) {
    const stated = totalRow.amount!.value;
    const tol = Math.max(totalRow.amount!.tolerance + sumTol, 0.5);
    if (Math.abs(stated - sum) > tol) {
      const blanks = body.filter((r) => !r.amount).length;
      ctx.report({
        message: `The stated total (${formatPounds(stated)}) does not equal the sum of the rows (${formatPounds(sum)}): a difference of ${formatPounds(Math.abs(stated - sum))}${blanks ? `; ${blanks === 1 ? 'one row has' : `${blanks} rows have`} no amount` : ''}`,
        range: totalRow.amountRange ?? totalRow.range,
      });
    } else base = stated;
  }
  const withPct = body.filter((r) => r.percent);
  if (withPct.length >= 2 && withPct.length === body.filter((r) => r.amount || r.percent).length) {
    const pctSum = withPct.reduce((a, r) => a + r.percent!.value, 0);
    const tol = withPct.reduce((a, r) => a + r.percent!.tolerance, 0) + 0.05;
    if (Math.abs(pctSum - 100) > tol) {
      ctx.report({ message: `The shares in the funding table add up to ${percent(pctSum)}, not 100%`, range: t.percentHeader ?? t.amountHeader });
      return;
    }
  }
  if (sharesBase) base = sharesBase;
  if (base > 0) {
    for (const r of withPct) {
      if (!r.amount) continue;
      const actual = (r.amount.value / base) * 100;
      const tol = r.percent!.tolerance + (r.amount.tolerance / base) * 100 + 0.05;
      if (Math.abs(actual - r.percent!.value) > tol) {
        ctx.report({
          message: `The share given for ${r.label} (${percent(r.percent!.value)}) does not match its amount (${formatPounds(r.amount.value)} is ${percent(actual)} of ${formatPounds(base)})`,
          range: r.percentRange ?? r.range,
        });
      }
    }
  }
}

/** Agencies whose contribution the prose of the funding sections gives ("the ICB £142,000", "police 20%"). */
function proseCoverage(sections: Section[], doc: RuleContext['doc']): { kinds: Set<AgencyKind>; figures: number; pounds: number; amountsElsewhere: boolean } {
  const kinds = new Set<AgencyKind>();
  let figures = 0;
  let pounds = 0;
  let amountsElsewhere = false;
  const set = new Set(sections);
  for (const item of items(doc)) {
    if (!chain(item.section).some((s) => set.has(s))) continue;
    // Prose sentence by sentence; a table row (e.g. a shares-only table) as one line.
    const spans: Array<[number, number]> = item.kind === 'para' ? sentences(item.text) : [[item.text.indexOf('\n') + 1, item.text.length]];
    for (const [s, e] of spans) {
      const sentence = item.text.slice(s, e);
      const amounts = findAmounts(sentence, { requirePound: true });
      pounds += amounts.length;
      if (!amountsElsewhere && AMOUNTS_ELSEWHERE.test(sentence)) amountsElsewhere = true;
      const wordShares = [...sentence.matchAll(WORD_SHARES)].map((m) => m.index);
      const figuresAt = [...amounts.map((a) => a.start), ...findPercents(sentence).map((p) => p.start), ...wordShares].sort((a, b) => a - b);
      figures += figuresAt.length;
      const mentions = agencyMentions(sentence);
      mentions.forEach((m, i) => {
        const next = mentions[i + 1]?.start ?? sentence.length;
        // A figure after the mention and before the next one, or right before it ("£214,000 from the council").
        if (figuresAt.some((f) => (f >= m.end && f < next) || (f < m.start && m.start - f < 25))) kinds.add(m.kind);
      });
    }
  }
  return { kinds, figures, pounds, amountsElsewhere };
}

/** The funding sections: "Funding", "Budget"… but not a subsection on relevant-agency or in-kind contributions. */
export function fundingSections(doc: DocumentModel): Section[] {
  return topicSections(doc, FUNDING_HEADINGS).filter((s) => !/\brelevant agenc|\bin[- ]kind\b/i.test(s.heading));
}

/**
 * The partnership's budget tables: funding tables inside a funding section, or naming at least
 * two statutory partners. Shared with `arrangements/relevant-agency-contributions`, so both
 * rules mean the same thing by "the funding table".
 */
export function budgetTables(doc: DocumentModel, sections: readonly Section[] = fundingSections(doc)): FundingTable[] {
  const inFunding = (r: Range) => sections.some((s) => r.start.offset >= s.range.start.offset && r.end.offset <= s.range.end.offset);
  return fundingTables(doc).filter((t) => inFunding(t.table.range) || t.rows.filter((r) => r.agency).length >= 2);
}

export const funding = defineRule(
  {
    id: 'arrangements/funding',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104', '98', '99', '100'],
    citation: 'WT2023 ¶104, ¶98–100',
    title: 'How the arrangements are funded: the contribution of each statutory partner',
    description:
      'Finds the funding section ("Funding", "Budget", "Financial contributions", "How is the partnership funded?") and the funding tables (a column of amounts such as `£12,345`, `£12.3k`, `£0.6m`). Each of the three statutory partners (local authority, ICB, police) must have a contribution: a table row with an amount, or a sentence giving its amount or share; shares alone, with no amount in pounds and no total budget, are partial. Tables are checked like a spreadsheet: a stated total must equal the sum of the rows (the difference is reported), shares must add up to 100% and match the amounts, within the rounding the figures were written to. A funding section with no figures at all is reported.',
    example:
      '## Funding\n\n| Partner | Contribution (£) | Share |\n|---|---:|---:|\n| Westmere Council | £168,000 | 48% |\n| NHS Westmere and Dale ICB | £112,000 | 32% |\n| Westmere Police | £70,000 | 20% |\n| **Total** | **£350,000** | **100%** |',
    deep: true,
    fixable: 'template',
  },
  (ctx) => {
    const doc = ctx.doc;
    const sections = fundingSections(doc);
    const tables = budgetTables(doc, sections);
    const contributions = tables.filter((t) => t.contributions);
    for (const t of tables) checkArithmetic(ctx, t);

    const covered = new Set<AgencyKind>();
    const pending: Array<{ kind: AgencyKind; range: Range; value: string }> = [];
    for (const t of contributions) {
      for (const r of t.rows) {
        if (!r.agency) continue;
        if (r.amount) covered.add(r.agency);
        else if (r.placeholder) pending.push({ kind: r.agency, range: r.amountRange ?? r.range, value: r.placeholder });
      }
    }
    const prose = proseCoverage(sections, doc);
    for (const k of prose.kinds) covered.add(k);
    const home = sections.find((s) => s.hasContent) ?? sections[0];

    if (!home && !contributions.length) {
      reportMissing(ctx, 'Missing: how the arrangements are funded (the contribution of each statutory partner)', anchorFor(ctx, [/\bgovernance\b/i, /\bworking together\b/i]), 'Funding', TEMPLATE_BODY);
      return;
    }
    if (home && !home.hasContent && !contributions.length) {
      ctx.cover('partial', home.headingRange, 'empty section');
      ctx.report({ message: `Missing: how the arrangements are funded: the section "${home.heading}" ${emptyBodyPhrase(home)}`, range: home.headingRange });
      return;
    }
    if (!contributions.length && prose.figures === 0 && !covered.size) {
      ctx.cover('partial', home!.headingRange, 'no figures');
      ctx.report({ message: 'Missing: the contribution of each statutory partner (amounts or shares): the funding section gives no figures', range: home!.headingRange, fix: fundingTableFix(ctx.doc, home!) });
      return;
    }
    const missing = AGENCY_KINDS.filter((k) => !covered.has(k));
    // Shares alone say how the cost is split, not what anyone contributes: with no amount in pounds
    // for any partner and no budget total, no contribution is actually stated.
    // Unless the section says where the amounts are ("the amounts for each year are in the yearly report").
    const anyAmount = contributions.some((t) => t.rows.some((r) => r.amount)) || prose.pounds > 0 || prose.amountsElsewhere;
    if (!missing.length && !anyAmount) {
      const where = contributions[0]?.table.header.range ?? home!.headingRange;
      ctx.cover('partial', where, 'shares only');
      ctx.report({ message: 'Partly missing: the funding gives each partner\'s share but no amounts: state each contribution in pounds, or the total budget the shares are of', range: where });
      return;
    }
    for (const k of missing) {
      const p = pending.find((x) => x.kind === k);
      if (p) ctx.report({ message: `Missing: ${AGENCY_NAME[k].of} contribution: the amount is "${p.value}"`, range: p.range });
      else {
        const where = contributions[0] ? contributions[0].table.header.range : home!.headingRange;
        const table = contributions[0] ? tableAt(ctx.doc, contributions[0].table.header.range) : undefined;
        const fix = table ? rowFix(ctx.doc, table, k, /\bpartner|\bagency|\borganisation/i, false, `Add a row for ${AGENCY_NAME[k].the} to the funding table`) : undefined;
        ctx.report({ message: `Missing: ${AGENCY_NAME[k].of} contribution to the funding${contributions[0] ? ' (no row in the funding table)' : ''}`, range: where, fix });
      }
    }
    ctx.cover(missing.length ? 'partial' : 'met', (contributions[0]?.table.range ?? home?.headingRange)!, missing.length ? `missing: ${missing.map((k) => AGENCY_NAME[k].the).join(', ')}` : undefined);
  },
);
