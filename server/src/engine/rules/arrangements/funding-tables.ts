/**
 * Funding tables read like a finance officer would: which column holds the amounts and which
 * the shares, which row is the total, and which agency each row is. Shared by
 * `arrangements/funding` and `arrangements/relevant-agency-contributions`.
 */
import type { DocumentModel, Table } from '../../parse/model.js';
import type { Range } from '../../types.js';
import { parseAmount, parsePercent, type Amount, type Percent } from '../shared/money.js';
import { findPlaceholders } from '../../parse/placeholders.js';
import { agencyMentions, plain, textRange, type AgencyKind } from './text.js';

export interface FundingRow {
  label: string;
  range: Range;
  total: boolean;
  /** A sub-total ("Sub-total (Parties)"): it adds up the rows above it, back to the previous one. */
  subtotal: boolean;
  agency?: AgencyKind;
  amount?: Amount;
  amountRange?: Range;
  /** The amount cell's text when it is a placeholder ("TBC", "£xxx") or empty. */
  placeholder?: string;
  percent?: Percent;
  percentRange?: Range;
}

export interface FundingTable {
  table: Table;
  rows: FundingRow[];
  /** True when rows are contributors (partners, agencies), not areas of spend. */
  contributions: boolean;
  amountHeader: Range;
  percentHeader?: Range;
}

const AMOUNT_HEADER = /£|\bamount\b|\bcontribution|\bbudget\b|\bfunding\b|\bcosts?\b|\bspend\b|\bvalue\b|\b(?:19|20)\d\d\b/i;
const PERCENT_HEADER = /%|\bshare\b|\bper ?cent|\bproportion\b/i;
const CONTRIBUTOR_HEADER = /\bpartners?\b|\bcontributors?\b|\bagency\b|\bagencies\b|\borganis(?:ation|ations)\b|\borganiz\w+|\bfunders?\b|\bsource\b|\bwho\b/i;

const cache = new WeakMap<DocumentModel, FundingTable[]>();

/** Every table with a column of money amounts, read once per document. */
export function fundingTables(doc: DocumentModel): FundingTable[] {
  let out = cache.get(doc);
  if (out) return out;
  out = [];
  for (const table of doc.tables) {
    // The adults' board budget in joint arrangements is not the children's partnership's funding.
    if (table.adultsOnly) continue;
    const ft = read(doc, table);
    if (ft) out.push(ft);
  }
  cache.set(doc, out);
  return out;
}

function read(doc: DocumentModel, table: Table): FundingTable | undefined {
  const header = table.header.texts.map(plain);
  const width = header.length;
  if (width < 2 || table.rows.length < 2) return undefined;
  const amountsIn = (i: number) => table.rows.filter((r) => r.texts[i] !== undefined && parseAmount(r.texts[i]!)).length;
  const poundsIn = (i: number) => table.rows.filter((r) => /£/.test(r.texts[i] ?? '') && parseAmount(r.texts[i]!)).length;
  let amountCol = -1;
  for (let i = 1; i < width; i++) {
    if (AMOUNT_HEADER.test(header[i]!) && !PERCENT_HEADER.test(header[i]!.replace(/contribution/i, '')) && amountsIn(i) * 2 >= table.rows.length) {
      amountCol = i;
      break;
    }
  }
  if (amountCol < 0) {
    for (let i = 1; i < width; i++) {
      if (poundsIn(i) * 2 >= table.rows.length) {
        amountCol = i;
        break;
      }
    }
  }
  if (amountCol < 0) return undefined;
  let percentCol = -1;
  for (let i = 1; i < width; i++) {
    if (i === amountCol) continue;
    const isPct = PERCENT_HEADER.test(header[i]!);
    if (table.rows.filter((r) => parsePercent(r.texts[i] ?? '', isPct)).length * 2 >= table.rows.length) {
      percentCol = i;
      break;
    }
  }
  const rows: FundingRow[] = table.rows.map((r) => {
    const label = plain(r.texts[0] ?? '').trim();
    const total = /\b(?:total|sum|overall)\b/i.test(label);
    const agency = total ? undefined : agencyMentions(label)[0]?.kind;
    const cellText = r.texts[amountCol] ?? '';
    const amount = parseAmount(cellText);
    const cell = r.cells[amountCol];
    const pctCell = percentCol >= 0 ? r.cells[percentCol] : undefined;
    const placeholder = !amount && (findPlaceholders(cellText).length || !cellText.trim()) ? cellText.trim() || '(blank)' : undefined;
    const percent = percentCol >= 0 ? parsePercent(r.texts[percentCol] ?? '', PERCENT_HEADER.test(header[percentCol]!)) : undefined;
    return {
      label,
      range: r.range,
      total,
      subtotal: total && /\bsub-?\s?totals?\b/i.test(label),
      agency,
      amount,
      amountRange: cell ? textRange(doc, cell.block) : undefined,
      placeholder,
      percent,
      percentRange: pctCell ? textRange(doc, pctCell.block) : undefined,
    };
  });
  const contributions = CONTRIBUTOR_HEADER.test(header[0] ?? '') || /\bcontribut/i.test(header.join(' ')) || rows.some((r) => r.agency);
  return {
    table,
    rows,
    contributions,
    amountHeader: textRange(doc, table.header.cells[amountCol]!.block),
    percentHeader: percentCol >= 0 ? textRange(doc, table.header.cells[percentCol]!.block) : undefined,
  };
}
