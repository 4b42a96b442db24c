/** Money and percentage columns of Markdown tables, for checking funding tables like a spreadsheet. */
import type { Table, TableRow } from '../../parse/model.js';
import { parseAmount, parsePercent } from '../shared/money.js';

export interface NumericColumn {
  index: number;
  header: string;
  kind: 'money' | 'percent';
}

const PERCENT_HEADER = /%|\bshare\b|\bper ?cent|\bproportion\b/i;
const MONEY_HEADER = /£|\bamount\b|\bcontributions?\b|\bbudget\b|\bcosts?\b|\bspend\b|\bvalue\b/i;

/** True for a "Total" / "Grand total" row (first non-empty cell). */
export function isTotalRow(row: TableRow): boolean {
  const first = row.texts.find((t) => t.trim() !== '') ?? '';
  return /^\s*(?:grand |overall )?total\b/i.test(first.replace(/[*_]/g, ''));
}

/** The money value of a cell that is just a figure, else undefined. */
export function moneyCell(cell: string): number | undefined {
  return parseAmount(cell)?.value;
}

/** The percentage of a cell that is just a percentage, else undefined. */
export function percentCell(cell: string, columnIsPercent = false): number | undefined {
  return parsePercent(cell, columnIsPercent)?.value;
}

/**
 * Columns holding money or percentages: at least half of the body cells parse. A money column
 * says `£` (or amount, budget…) in its header, has `£` in its cells, or holds values of 1,000 or
 * more, so a column of counts ("Meetings held: 6") is not taken for money.
 */
export function numericColumns(table: Table): NumericColumn[] {
  const out: NumericColumn[] = [];
  table.header.texts.forEach((header, i) => {
    const cells = table.rows.map((r) => r.texts[i] ?? '').filter((t) => t.trim() !== '');
    if (!cells.length) return;
    const percentHeader = PERCENT_HEADER.test(header);
    const percents = cells.filter((c) => percentCell(c, percentHeader) !== undefined).length;
    if (percents * 2 >= cells.length && (percentHeader || cells.some((c) => /%/.test(c)))) {
      out.push({ index: i, header, kind: 'percent' });
      return;
    }
    const amounts = cells.map(moneyCell).filter((v): v is number => v !== undefined);
    if (amounts.length * 2 >= cells.length && (MONEY_HEADER.test(header) || cells.some((c) => /£/.test(c)) || amounts.some((v) => v >= 1000))) {
      out.push({ index: i, header, kind: 'money' });
    }
  });
  return out;
}

/** The value of a row's cell in a numeric column. */
export function valueIn(row: TableRow, col: NumericColumn): number | undefined {
  const cell = row.texts[col.index] ?? '';
  return col.kind === 'money' ? moneyCell(cell) : percentCell(cell, true);
}
