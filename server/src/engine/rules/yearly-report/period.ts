/**
 * ¶109: the report covers the previous financial year (April to March) and is published by
 * the end of September. The period is read from front matter (`reporting_period`), the title
 * and the sentences that say what the report covers; a calendar year, an academic year or a
 * bare "2023" is reported at the text that says it.
 */
import type { Block, DocumentModel, Section } from '../../parse/model.js';
import type { Range } from '../../types.js';
import { defineRule } from '../rule.js';
import { blockSpan, sentences } from './evidence.js';
import { MONTH } from './patterns.js';

type Kind = 'financial' | 'calendar' | 'other-months' | 'multi-year' | 'single-year';

interface Statement {
  kind: Kind;
  text: string;
  range: Range;
  /** Calendar year in which the period ends (financial years: the March). */
  endYear?: number;
  /** Where it was said: front matter, a title, or the body. */
  source: 'front-matter' | 'title' | 'body';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthIndex = (m: string): number => MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().slice(0, 3)));

const DASH = String.raw`\s*(?:\/|-|–|—|to)\s*`;
/** 2023/24, 2023-24, 2023–2024, 2023 to 2024 (not an ISO date 2024-09-26). */
const YEAR_RANGE = new RegExp(String.raw`(?<![\d/])(20\d\d)${DASH}((?:20)?\d\d)\b(?![-/]\d)`, 'g');
/** "24/25", "FY24-25": only in titles and front matter, where nothing else uses that shape. */
const SHORT_RANGE = /(?<![\d/£.,:])(?:FY\s?)?([1-9]\d)\s*[\/–-]\s*([1-9]\d)(?![\d/%:])/g;
/** "1 April 2023 to 31 March 2024", "January to December 2023", "September 2023 – August 2024". */
const MONTH_RANGE = new RegExp(
  String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(${MONTH})(?:\s+(20\d\d))?\s*(?:to|until|–|—|-|and)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(${MONTH})\s+(20\d\d)\b`,
  'gi',
);
const YEAR_ENDING = /\b(?:year|12 months|twelve months)\s+(?:ending|ended|to)\s+(?:31(?:st)?\s+)?March\s+(20\d\d)\b/gi;
const CALENDAR_YEAR = /\bcalendar year(?:\s+(20\d\d))?\b/gi;
const SINGLE_YEAR = /\b(20\d\d)\b(?!\s*(?:\/|-|–|—)\s*\d)/g;
/** Sentences that say what the report covers. */
const PERIOD_CUE =
  /\b(?:this|the|our) (?:yearly |annual )?report\b|\breporting (?:period|year)\b|\bperiod covered\b|\bcover(?:s|ing|ed)?\b|\bfinancial year\b|\bcalendar year\b|\byear (?:ending|ended|to)\b/i;

function classify(text: string, short = false): Array<{ kind: Kind; start: number; end: number; endYear?: number }> {
  const out: Array<{ kind: Kind; start: number; end: number; endYear?: number }> = [];
  const taken = (s: number, e: number): boolean => out.some((o) => s < o.end && e > o.start);
  MONTH_RANGE.lastIndex = 0;
  for (let m = MONTH_RANGE.exec(text); m; m = MONTH_RANGE.exec(text)) {
    const from = monthIndex(m[1]!);
    const to = monthIndex(m[3]!);
    const endYear = Number(m[4]);
    const startYear = m[2] ? Number(m[2]) : from <= to ? endYear : endYear - 1;
    const months = (endYear - startYear) * 12 + (to - from) + 1;
    let kind: Kind;
    if (from === 3 && to === 2 && months === 12) kind = 'financial';
    else if (from === 0 && to === 11 && months === 12) kind = 'calendar';
    else if (months === 12) kind = 'other-months';
    else continue; // a span inside the year ("June to August 2024"), not a period statement
    out.push({ kind, start: m.index, end: m.index + m[0].length, endYear });
  }
  YEAR_ENDING.lastIndex = 0;
  for (let m = YEAR_ENDING.exec(text); m; m = YEAR_ENDING.exec(text)) {
    if (!taken(m.index, m.index + m[0].length)) out.push({ kind: 'financial', start: m.index, end: m.index + m[0].length, endYear: Number(m[1]) });
  }
  YEAR_RANGE.lastIndex = 0;
  for (let m = YEAR_RANGE.exec(text); m; m = YEAR_RANGE.exec(text)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const first = Number(m[1]);
    const second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second === first + 1) out.push({ kind: 'financial', start: m.index, end: m.index + m[0].length, endYear: second });
    else if (second > first + 1 && second - first < 10) out.push({ kind: 'multi-year', start: m.index, end: m.index + m[0].length });
  }
  if (short) {
    SHORT_RANGE.lastIndex = 0;
    for (let m = SHORT_RANGE.exec(text); m; m = SHORT_RANGE.exec(text)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      if (Number(m[2]) === Number(m[1]) + 1) out.push({ kind: 'financial', start: m.index, end: m.index + m[0].length, endYear: 2000 + Number(m[2]) });
    }
  }
  CALENDAR_YEAR.lastIndex = 0;
  for (let m = CALENDAR_YEAR.exec(text); m; m = CALENDAR_YEAR.exec(text)) {
    if (!taken(m.index, m.index + m[0].length)) out.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

function singleYears(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  SINGLE_YEAR.lastIndex = 0;
  for (let m = SINGLE_YEAR.exec(text); m; m = SINGLE_YEAR.exec(text)) {
    // "2023/24" and "April 2023" are periods or dates, not a bare year.
    if (/[\/–—-]\s*$/.test(text.slice(0, m.index)) || new RegExp(`${MONTH}\\s*$`, 'i').test(text.slice(0, m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The title and the other top headings that name the report ("## Annual Report 2023/24"). */
function titleSections(doc: DocumentModel): Section[] {
  // A subtitle may be any of the top three levels ("### Our yearly report for April 2024 to March 2025").
  const out = doc.sections.filter((s) => s === doc.title || (s.level <= 3 && /\breport\b/i.test(s.heading)));
  return out.filter((s) => !/\babout this report\b/i.test(s.heading));
}

function reportingPeriodValue(doc: DocumentModel): { value: string; range: Range } | undefined {
  const fm = doc.frontMatter;
  const data = fm?.data;
  if (!fm || !data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  for (const path of [['safeguarding', 'reporting_period'], ['reporting_period']]) {
    const value = path.length === 2 ? (record.safeguarding as Record<string, unknown> | undefined)?.[path[1]!] : record[path[0]!];
    if (typeof value === 'string' || typeof value === 'number') return { value: String(value), range: fm.rangeOf(path) ?? fm.range };
  }
  return undefined;
}

function publishedDate(doc: DocumentModel): { date: Date; text: string; range: Range } | undefined {
  const fm = doc.frontMatter;
  const data = fm?.data;
  if (!fm || !data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  for (const path of [['safeguarding', 'published'], ['published']]) {
    const value = path.length === 2 ? (record.safeguarding as Record<string, unknown> | undefined)?.[path[1]!] : record[path[0]!];
    const date = value instanceof Date ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime())) return { date, text: date.toISOString().slice(0, 10), range: fm.rangeOf(path) ?? fm.range };
  }
  return undefined;
}

function statements(doc: DocumentModel): { found: Statement[]; bareYears: Statement[] } {
  const found: Statement[] = [];
  const bareYears: Statement[] = [];
  const fm = reportingPeriodValue(doc);
  if (fm) {
    const kinds = classify(fm.value, true);
    if (kinds.length) for (const k of kinds) found.push({ kind: k.kind, text: fm.value, range: fm.range, endYear: k.endYear, source: 'front-matter' });
    else if (singleYears(fm.value).length) bareYears.push({ kind: 'single-year', text: fm.value, range: fm.range, source: 'front-matter' });
  }
  // The front matter's title is the document's title too.
  const fmData = doc.frontMatter?.data as Record<string, unknown> | undefined;
  const fmTitle = fmData && typeof fmData === 'object' ? ((fmData.safeguarding as Record<string, unknown> | undefined)?.title ?? fmData.title) : undefined;
  if (typeof fmTitle === 'string' && !fm) {
    const titlePath = typeof (fmData!.safeguarding as Record<string, unknown> | undefined)?.title === 'string' ? ['safeguarding', 'title'] : ['title'];
    for (const k of classify(fmTitle, true)) found.push({ kind: k.kind, text: fmTitle.slice(k.start, k.end), range: doc.frontMatter!.rangeOf(titlePath) ?? doc.frontMatter!.range, endYear: k.endYear, source: 'title' });
  }
  const push = (block: Block, source: Statement['source']): void => {
    const text = block.text.value;
    for (const k of classify(text, source === 'title')) {
      // "Our strategy 2023–2026" under the title is not the report's period.
      if (source === 'body' && k.kind === 'multi-year') continue;
      found.push({ kind: k.kind, text: text.slice(k.start, k.end), range: blockSpan(doc, block, k.start, k.end), endYear: k.endYear, source });
    }
  };
  const titles = titleSections(doc);
  // A title on two stacked lines has two heading blocks, both the section's.
  const titleSet = new Set(titles);
  for (const heading of doc.blocks) {
    if (heading.kind !== 'heading' || !heading.section || !titleSet.has(heading.section)) continue;
    push(heading, 'title');
    const text = heading.text.value;
    if (!classify(text, true).length && /\breport\b/i.test(text)) {
      for (const y of singleYears(text)) bareYears.push({ kind: 'single-year', text: text.slice(y.start, y.end), range: blockSpan(doc, heading, y.start, y.end), source: 'title' });
    }
  }
  const titleBlocks = new Set(titles.flatMap((s) => s.blocks));
  const titleCells = new Set(titles.flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.block)))));
  for (const table of doc.tables) {
    for (const row of [table.header, ...table.rows]) {
      // A "Reporting period | 1 April 2023 – 31 March 2024" row in a document-control table.
      if (row.cells.length >= 2 && /\b(?:reporting )?period\b|\bcovers?\b/i.test(row.texts[0] ?? '')) for (const c of row.cells.slice(1)) titleCells.add(c.block);
    }
  }
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'code') continue;
    if (titleBlocks.has(b) || titleCells.has(b)) {
      push(b, 'body');
      continue;
    }
    // Elsewhere: a financial year anywhere is evidence; a wrong period only in a sentence about what the report covers.
    const text = b.text.value;
    let offset = 0;
    for (const sentence of sentences(text)) {
      const at = text.indexOf(sentence, offset);
      offset = at + sentence.length;
      if (!PERIOD_CUE.test(sentence)) continue;
      for (const k of classify(sentence)) {
        if (k.kind === 'multi-year') continue;
        found.push({ kind: k.kind, text: sentence.slice(k.start, k.end), range: blockSpan(doc, b, at + k.start, at + k.end), endYear: k.endYear, source: 'body' });
      }
    }
    for (const k of classify(text)) {
      if (k.kind === 'financial' && /april|march|year|months/i.test(text.slice(k.start, k.end))) {
        if (!found.some((f) => f.range.start.offset === blockSpan(doc, b, k.start, k.end).start.offset))
          found.push({ kind: 'financial', text: text.slice(k.start, k.end), range: blockSpan(doc, b, k.start, k.end), endYear: k.endYear, source: 'body' });
      }
    }
  }
  return { found: found.sort((a, b) => rank(a) - rank(b) || a.range.start.offset - b.range.start.offset), bareYears };
}

const rank = (s: Statement): number => (s.source === 'front-matter' ? 0 : s.source === 'title' ? 1 : 2);

const WRONG: Record<Exclude<Kind, 'financial' | 'single-year'>, string> = {
  calendar: 'is a calendar year',
  'other-months': 'is not the financial year (April to March)',
  'multi-year': 'spans more than one year',
};

export const reportingPeriod = defineRule(
  {
    id: 'yearly-report/reporting-period',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['109'],
    citation: 'WT2023 ¶109',
    title: 'Covers the previous financial year (April to March) and is published by the end of September',
    description:
      'Reads the reporting period from the front matter (`reporting_period`), the title and report headings, a "Reporting period" table row, and sentences about what the report covers. "2023/24", "2023-24", "April 2023 to March 2024" and "year ending 31 March 2024" are financial years. A calendar year ("January to December 2023", "the calendar year 2023"), another 12 months (an academic year) or a span of several years is reported at the text that says it; a title with a bare year ("Annual Report 2023") is reported as unclear; no period at all is reported at the title. When the front matter gives `published`, it must be no later than 30 September after the financial year ends.',
    example: '---\nsafeguarding:\n  type: yearly-report\n  reporting_period: 2024/25\n  published: 2025-09-26\n---\n\n# Westmere Safeguarding Children Partnership: Yearly Report 2024/25\n\nThis report covers 1 April 2024 to 31 March 2025.',
    deep: true,
  },
  (ctx) => {
    const { found, bareYears } = statements(ctx.doc);
    // A wrong period in the front matter or a title always counts; in the body only when no financial year is stated at all.
    const anyFinancial = found.some((s) => s.kind === 'financial');
    const wrong = found.find((s) => s.kind !== 'financial' && s.kind !== 'single-year' && (s.source !== 'body' || !anyFinancial));
    if (wrong) {
      ctx.cover('partial', wrong.range, `"${wrong.text}" ${WRONG[wrong.kind as keyof typeof WRONG]}`);
      ctx.report({
        message: `The reporting period "${wrong.text}" ${WRONG[wrong.kind as keyof typeof WRONG]}: the yearly report should cover the previous financial year, April to March (e.g. "2023/24")`,
        range: wrong.range,
      });
      return;
    }
    const financial = found.filter((s) => s.kind === 'financial');
    if (financial.length) {
      const main = financial[0]!;
      // The front matter and the title must agree.
      const other = financial.find((s) => s.source !== 'body' && s.endYear !== main.endYear && main.source !== 'body');
      if (other) {
        ctx.cover('partial', other.range, 'the front matter and the title give different years');
        ctx.report({ message: `The reporting period "${other.text}" does not match "${main.text}" given ${main.source === 'front-matter' ? 'in the front matter' : 'in the title'}: say which financial year the report covers`, range: other.range });
        return;
      }
      const published = publishedDate(ctx.doc);
      // The end-of-September deadline applies from 2024 (¶109: "starting from 2024").
      if (published && main.endYear && main.endYear >= 2024) {
        const deadline = Date.UTC(main.endYear, 8, 30, 23, 59, 59);
        if (published.date.getTime() > deadline) {
          ctx.cover('partial', published.range, `published ${published.text}, after 30 September ${main.endYear}`);
          ctx.report({
            message: `Published ${published.text}, after the end of September ${main.endYear}: a report on ${main.endYear - 1}/${String(main.endYear % 100).padStart(2, '0')} should be published by 30 September ${main.endYear}`,
            range: published.range,
          });
          return;
        }
      }
      ctx.cover('met', main.range);
      return;
    }
    const bare = bareYears[0];
    if (bare) {
      const year = Number(/20\d\d/.exec(bare.text)?.[0] ?? 0);
      const example = year ? ` (e.g. "${year}/${String((year + 1) % 100).padStart(2, '0')}" or "April ${year} to March ${year + 1}")` : '';
      ctx.cover('partial', bare.range, `"${bare.text}" does not say which financial year`);
      ctx.report({
        message: `The reporting period is unclear: "${bare.text}" does not say which financial year (April to March) the report covers${example}`,
        range: bare.range,
      });
      return;
    }
    const anchor = ctx.defaultAnchor();
    ctx.cover('missing', anchor.headingRange);
    ctx.report({
      message: 'Missing: the reporting period: the previous financial year, April to March (e.g. "2024/25" in the title or `reporting_period` in the front matter)',
      range: anchor.headingRange,
    });
  },
);
