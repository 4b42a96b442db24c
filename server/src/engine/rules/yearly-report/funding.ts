/**
 * ¶107 and ¶100: the breakdown of costs, each partner's financial contribution, changes to
 * funding and an assessment of impact and value for money. Funding tables are read like a
 * spreadsheet: a stated total must equal the sum of its rows, and shares must add up to 100%.
 */
import type { DocumentModel, Section, Table } from '../../parse/model.js';
import type { Range } from '../../types.js';
import { sectionTemplateFix } from '../../fixes/section-template.js';
import { defineRule, type RuleContext } from '../rule.js';
import { AGENCIES, AGENCY_LABEL, agenciesIn, type Agency } from '../shared/agencies.js';
import { findAmounts, findPercents, formatPounds } from '../shared/money.js';
import { isTotalRow, moneyCell, numericColumns, percentCell, valueIn, type NumericColumn } from './tables.js';
import { anchorFor, normalizeHeading } from '../shared/requirement.js';
import { blockSpan, headingOf, outermost, unitsOfSections, type Unit } from './evidence.js';
import { emptyBodyPhrase } from '../../parse/evidence-text.js';

/** Headings that are about money on their own. */
const MONEY_HEADING = /\bfund(?:ing|ed|s)\b|\bfinanc(?:e|es|ial)\b|\bbudgets?\b|\bmoney\b|\bcosts?\b|\bexpenditure\b|\bspend(?:ing)?\b|\bvalue for money\b|\bresources and funding\b|\bwho pa(?:id|ys|ying)\b|\bpaid for\b/i;
/** "Contributions" is about money only when the section has amounts ("Partner contributions" may describe roles). */
const CONTRIBUTIONS_HEADING = /\bcontributions?\b|\bresources\b/i;

const CHANGE =
  /\bincreas\w*|\bdecreas\w*|\buplift\b|\brise\b|\brose\b|\bfell\b|\breduc\w*|\bcut\b|\bchanges?\b|\bchanged\b|\bcompared (?:with|to)\b|\bprevious year\b|\blast year\b|\bsame as\b|\bunchanged\b|\bno change\b|\bfrozen\b|\bremained\b|\bup from\b|\bdown from\b|\bextra\b|\badditional\b|\binflation\w*/i;
const VALUE_FOR_MONEY =
  /\bvalue for money\b|\bVfM\b|\bgood value\b|\bcost[- ]effective\w*|\bimpact of (?:this|the|our) (?:funding|money|spend(?:ing)?|investment|budget)\b|\b(?:extra|additional) £[\d,.]+k? (?:\w+ )?(?:paid for|funded)\b|\bcost per\b/i;
const SPEND = /\bspent\b|\bspend\b|\bexpenditure\b|\bcosts?\b|\bwent on\b|\bpaid for\b|\bwhere (?:it|the money) went\b|\bstaffing\b/i;
const YEAR_TOKEN = /\b20\d\d(?:\s*[\/–-]\s*\d{2,4})?\b/g;

/**
 * Who a funding line is from. Funding tables label partners loosely: "Health" or "NHS" for
 * the ICB, "Police and Crime Commissioner" for the police share, "Children's Services" for
 * the council.
 */
function fundersIn(label: string): Agency[] {
  const found = new Set<Agency>(agenciesIn(label));
  if (/^\W*(?:health|NHS)\b/i.test(label)) found.add('icb');
  if (/\b(?:office of the )?police,? (?:fire )?and crime commissioner\b|\bO?PCC\b/i.test(label)) found.add('police');
  if (/\bchildren'?s services\b/i.test(label)) found.add('local-authority');
  return AGENCIES.filter((a) => found.has(a));
}

/** True when the text states a £ amount. */
const hasMoney = (text: string): boolean => findAmounts(text, { requirePound: true }).length > 0;

/** Pieces of a prose unit small enough that an agency and an amount in one piece belong together. */
function segments(text: string): string[] {
  return text.split(/[;\n]|,\s+(?![\d£])|\.\s+|\s+and\s+(?=[A-Z])/);
}

function isContributionsTable(t: Table): boolean {
  return t.rows.filter((r) => !isTotalRow(r) && fundersIn(r.texts[0] ?? r.texts.join(' ')).length).length >= 2;
}

/** Tables with money in them, anywhere. */
function moneyTables(doc: DocumentModel): Table[] {
  return doc.tables.filter((t) => numericColumns(t).some((c) => c.kind === 'money') && (/£/.test(t.header.texts.join(' ')) || t.rows.some((r) => /£/.test(r.texts.join(' ')))));
}

function sectionOfTable(doc: DocumentModel, t: Table): Section | undefined {
  let best: Section | undefined;
  for (const s of doc.sections) if (s.tables.includes(t)) best = s;
  return best;
}

interface Scope {
  sections: Section[];
  units: Unit[];
  tables: Table[];
}

function fundingScope(doc: DocumentModel): { scope: Scope; empty?: Section } {
  const candidates = doc.sections.filter((s) => {
    const h = normalizeHeading(s.heading);
    if (MONEY_HEADING.test(h)) return true;
    return CONTRIBUTIONS_HEADING.test(h) && (hasMoney(s.fullText) || s.tables.some((t) => numericColumns(t).some((c) => c.kind === 'money')));
  });
  const withContent = candidates.filter((s) => s.hasContent);
  // A contributions table under another heading (e.g. Governance) also counts.
  for (const t of moneyTables(doc)) {
    if (!isContributionsTable(t)) continue;
    const s = sectionOfTable(doc, t);
    if (s && !withContent.some((w) => w === s)) withContent.push(s);
  }
  const sections = outermost(withContent).sort((a, b) => a.range.start.offset - b.range.start.offset);
  const tables = sections.flatMap(function collect(s: Section): Table[] {
    return [...s.tables, ...s.children.flatMap(collect)];
  });
  return { scope: { sections, units: unitsOfSections(sections), tables }, empty: candidates.find((s) => !s.hasContent) };
}

/** Agencies with an amount (money or share) beside them. */
function agenciesWithAmounts(scope: Scope): Set<Agency> {
  const found = new Set<Agency>();
  for (const t of scope.tables) {
    const cols = numericColumns(t);
    const labelCols = t.header.texts.map((_, i) => i).filter((i) => !cols.some((c) => c.index === i));
    for (const r of t.rows) {
      if (isTotalRow(r)) continue;
      const label = labelCols.map((i) => r.texts[i] ?? '').join(' ');
      const hasAmount = cols.some((c) => valueIn(r, c) !== undefined);
      if (hasAmount) for (const a of fundersIn(label)) found.add(a);
    }
  }
  for (const u of scope.units) {
    if (u.kind === 'row') continue;
    for (const seg of segments(u.text)) {
      if (!hasMoney(seg) && !findPercents(seg).length) continue;
      for (const a of fundersIn(seg)) found.add(a);
    }
  }
  return found;
}

function hasCostBreakdown(scope: Scope): boolean {
  for (const t of scope.tables) {
    if (isContributionsTable(t)) continue;
    const cols = numericColumns(t);
    if (!cols.length) continue;
    const rows = t.rows.filter((r) => !isTotalRow(r) && cols.some((c) => valueIn(r, c) !== undefined));
    if (rows.length >= 2) return true;
  }
  // A list of spending lines with amounts or shares and no partner in them.
  let run = 0;
  let prevEnd = -1;
  for (const u of scope.units) {
    const listItem = u.kind === 'paragraph' && u.block?.inList;
    const costLine = listItem && (hasMoney(u.text) || findPercents(u.text).length > 0) && !agenciesIn(u.text).length;
    if (costLine && (run === 0 || u.range.start.line - prevEnd <= 2)) run++;
    else run = costLine ? 1 : 0;
    prevEnd = u.range.end.line;
    if (run >= 2) return true;
    // Prose: "we spent £238,000 on staffing and £36,000 on scrutiny".
    if (u.kind === 'paragraph' && SPEND.test(u.text) && findAmounts(u.text, { requirePound: true }).length >= 2) return true;
  }
  return false;
}

function yearsInHeader(t: Table): number {
  const set = new Set<string>();
  for (const h of t.header.texts) for (const m of h.matchAll(YEAR_TOKEN)) set.add(m[0].replace(/\s/g, ''));
  return set.size;
}

function hasChange(scope: Scope): boolean {
  if (scope.tables.some((t) => yearsInHeader(t) >= 2 || /\bchange\b|\bincrease\b|\bdecrease\b|\bdifference\b|\bvariance\b|\b(?:previous|last) year\b/i.test(t.header.texts.join(' '))))
    return true;
  return scope.units.some((u) => u.kind !== 'row' && CHANGE.test(u.text) && (hasMoney(u.text) || findPercents(u.text).length > 0 || /\b20\d\d\b|\blast year\b|\bprevious year\b/i.test(u.text)));
}

/** Spreadsheet checks: totals and shares. Returns how many problems were reported. */
function checkTables(ctx: RuleContext, scope: Scope): number {
  let problems = 0;
  const report = (message: string, range: Range): void => {
    problems++;
    ctx.report({ message, range });
  };
  for (const t of scope.tables) {
    const cols = numericColumns(t);
    const total = t.rows.find(isTotalRow);
    const body = t.rows.filter((r) => !isTotalRow(r));
    for (const c of cols) {
      if (c.kind !== 'money' || !total) continue;
      const stated = moneyCell(total.texts[c.index] ?? '');
      if (stated === undefined) continue;
      const sum = body.reduce((acc, r) => acc + (moneyCell(r.texts[c.index] ?? '') ?? 0), 0);
      const tolerance = Math.max(1, Math.abs(stated) * 0.002);
      if (Math.abs(sum - stated) > tolerance) {
        report(
          `The total ${formatPounds(stated)}${c.header ? ` in the "${c.header}" column` : ''} is not the sum of the rows above it (${formatPounds(sum)}): a difference of ${formatPounds(Math.abs(stated - sum))}`,
          cellRange(ctx.doc, total.cells[c.index]!.block),
        );
      }
    }
    for (const c of cols) {
      if (c.kind !== 'percent' || /\bchange\b|\bincrease\b|\bgrowth\b|\bdifference\b|\bvariance\b|\buplift\b/i.test(c.header)) continue;
      const values = body.map((r) => percentCell(r.texts[c.index] ?? '', true));
      if (values.some((v) => v === undefined)) continue;
      const sum = (values as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 100) > 1) {
        report(
          `The shares in the "${c.header || 'percentage'}" column add up to ${round1(sum)}%, not 100%`,
          total ? cellRange(ctx.doc, total.cells[c.index]!.block) : t.header.cells[c.index]!.block.range,
        );
        continue;
      }
      const money = matchingMoneyColumn(cols, c);
      if (!money) continue;
      const amounts = body.map((r) => moneyCell(r.texts[money.index] ?? ''));
      const whole = total ? moneyCell(total.texts[money.index] ?? '') : undefined;
      const denominator = whole ?? amounts.reduce<number>((a, b) => a + (b ?? 0), 0);
      if (!denominator) continue;
      body.forEach((r, i) => {
        const amount = amounts[i];
        const pct = values[i]!;
        if (amount === undefined) return;
        const actual = (amount / denominator) * 100;
        if (Math.abs(actual - pct) > 1) {
          report(`${pct}% does not match ${formatPounds(amount)} of ${formatPounds(denominator)} (${round1(actual)}%)`, cellRange(ctx.doc, r.cells[c.index]!.block));
        }
      });
    }
  }
  return problems;
}

function matchingMoneyColumn(cols: NumericColumn[], pct: NumericColumn): NumericColumn | undefined {
  const money = cols.filter((c) => c.kind === 'money' && !/\bchange\b|\bincrease\b|\bdifference\b/i.test(c.header));
  const year = pct.header.match(YEAR_TOKEN)?.[0];
  return (year && money.find((c) => c.header.includes(year))) || money[money.length - 1];
}

function cellRange(doc: DocumentModel, block: Table['header']['cells'][number]['block']): Range {
  const text = block.text.value;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? blockSpan(doc, block, start, end) : block.range;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

const TEMPLATE =
  '| Partner | Last year £ | This year £ | Change |\n|---|---|---|---|\n| ${1:local authority} | ${2:amount} | ${3:amount} | ${4:change} |\n| ${5:integrated care board} | ${6:amount} | ${7:amount} | ${8:change} |\n| ${9:police} | ${10:amount} | ${11:amount} | ${12:change} |\n| **Total** | ${13:total} | ${14:total} | ${15:change} |\n\n### What the money was spent on\n\n| Item | £ |\n|---|---|\n| ${16:item} | ${17:amount} |\n\n### Impact and value for money\n\n${18:What the funding achieved and why it is value for money.}';

export const fundingBreakdown = defineRule(
  {
    id: 'yearly-report/funding-breakdown',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107', '100'],
    citation: 'WT2023 ¶107, ¶100',
    title: 'Breakdown of costs, each partner\'s financial contribution, changes to funding, and impact and value for money',
    description:
      'Finds the funding section ("Funding", "Finance", "Budget", "Where our money comes from", "Financial contributions", or a contributions table with £ amounts anywhere) and reports each missing part by name: an amount for each of the local authority, the ICB and the police (table row, list item or sentence); a breakdown of costs (a spending table, a list of spending lines with £ or %, or a sentence with several amounts spent); a change from the previous year (two years\' columns, a change column, or a sentence on increases or decreases); and an assessment of impact and value for money. Funding tables are checked like a spreadsheet: a stated total must equal the sum of the rows (the difference is reported at the total), and shares must add up to 100% and match the amounts.',
    example:
      '## Funding\n\n| Partner | 2023/24 £ | 2024/25 £ | Change |\n|---|---|---|---|\n| Westmere Council | 160,000 | 164,000 | +4,000 |\n| NHS Westmere ICB | 90,000 | 100,000 | +10,000 |\n| Westmere Police | 55,000 | 62,000 | +7,000 |\n| **Total** | **305,000** | **326,000** | **+21,000** |\n\nMost of the money (£238,000) was spent on business unit staffing and £36,000 on independent scrutiny. The LSPs judge this good value for money: training cost £13 per place, down from £16.',
    fixable: 'template',
    deep: true,
  },
  (ctx) => {
    const { scope, empty } = fundingScope(ctx.doc);
    if (!scope.sections.length) {
      if (empty) {
        ctx.cover('partial', empty.headingRange, `the section "${empty.heading}" ${emptyBodyPhrase(empty)}`);
        ctx.report({ message: `Missing: the breakdown of costs and each partner's financial contribution: the section "${empty.heading}" ${emptyBodyPhrase(empty)}`, range: empty.headingRange });
        return;
      }
      const anchor = anchorFor(ctx, [/\bgovernance\b|\bwho (?:leads|we are)\b|\bpartners\b/i]);
      ctx.cover('missing', anchor.headingRange);
      ctx.report({
        message: 'Missing: the funding of the arrangements: a breakdown of costs, the financial contribution of each partner, changes to funding and an assessment of value for money',
        range: anchor.headingRange,
        fix: sectionTemplateFix(ctx.doc, anchor, 'Funding and value for money', TEMPLATE),
      });
      return;
    }
    const at = headingOf(ctx, scope.sections[0]!);
    const gaps: string[] = [];
    const withAmounts = agenciesWithAmounts(scope);
    const missing = AGENCIES.filter((a) => !withAmounts.has(a));
    if (missing.length === AGENCIES.length) gaps.push('the financial contribution of each safeguarding partner (amounts for the local authority, the ICB and the police)');
    else for (const a of missing) gaps.push(`the financial contribution of ${AGENCY_LABEL[a]} (no amount is given for it)`);
    if (!hasCostBreakdown(scope)) gaps.push('a breakdown of the costs of delivering the arrangements (what the money was spent on, with amounts)');
    if (!hasChange(scope)) gaps.push('any changes to funding compared with the previous year');
    if (!scope.units.some((u) => u.kind !== 'heading' && VALUE_FOR_MONEY.test(u.text))) gaps.push('an assessment of the impact and value for money of the funding');
    for (const g of gaps) ctx.report({ message: `Missing: ${g}`, range: at });
    const problems = checkTables(ctx, scope);
    if (!gaps.length && !problems) ctx.cover('met', at);
    else ctx.cover('partial', at, [...gaps, ...(problems ? ['the funding table does not add up'] : [])].join('; '));
  },
);
