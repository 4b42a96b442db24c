/**
 * Money amounts and percentages as partnerships write them in funding tables and prose:
 * "£12,345", "£12.3k", "£0.6m", "£1.2 million", "12345" (in a column headed "£"), "18.5%".
 * Each figure carries the rounding it was written to, so a finance check can tell a real
 * arithmetic error from "£1.2m" rounding.
 */

export interface Amount {
  /** The value in pounds. */
  value: number;
  /** Half of the smallest unit the figure was written to ("£1.2m" → £50,000; "£12,345" → £0.5). */
  tolerance: number;
  /** [start, end) of the figure in the text it was found in. */
  start: number;
  end: number;
  text: string;
  /** True when the figure was written with "£" or "pounds". */
  pound: boolean;
}

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

// £ optional; digits with thousands separators or plain; optional decimals; optional scale word.
const AMOUNT = /(£\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|m|bn|million|billion|thousand)\b)?(\s?pounds\b)?/gi;

/** Every money figure in `text`. With `requirePound` (prose), only figures written with "£" or "pounds". */
export function findAmounts(text: string, options: { requirePound?: boolean } = {}): Amount[] {
  const out: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const pound = !!m[1] || !!m[5];
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    // Parts of other things: "2024/25", "s175/157", "0–17", "18.5%", "v4", "£", "3×".
    if (/[\w/.–-]$/.test(before) && !m[1]) continue;
    if (/^\s?%/.test(after) || /^[/–-]\d/.test(after)) continue;
    if (options.requirePound && !pound) continue;
    const digits = m[2]!.replace(/,/g, '');
    const decimals = m[3] ?? '';
    // A bare year ("in 2024") is not money.
    if (!pound && !m[4] && !m[2]!.includes(',') && !decimals && /^(19|20)\d\d$/.test(digits)) continue;
    const scale = m[4] ? SCALE[m[4].toLowerCase()]! : 1;
    const value = Number(`${digits}${decimals ? `.${decimals}` : ''}`) * scale;
    const tolerance = (scale * 10 ** -decimals.length) / 2;
    out.push({ value, tolerance, start: m.index, end: m.index + m[0].length, text: m[0], pound });
  }
  return out;
}

/**
 * The amount a table cell holds, when the cell is just a figure ("£168,000", "**74,000**",
 * "£12.3k", "£4,000 a year"). Undefined for "TBC", "in kind", "See section 8".
 */
export function parseAmount(cell: string): Amount | undefined {
  const text = cell.trim();
  const found = findAmounts(text);
  if (found.length !== 1) return undefined;
  const a = found[0]!;
  // The figure must lead the cell; a trailing short qualifier ("a year", "(est.)") is fine.
  if (text.slice(0, a.start).replace(/[*_~\s(]/g, '') !== '') return undefined;
  const rest = text.slice(a.end).trim();
  if (rest.split(/\s+/).filter(Boolean).length > 4) return undefined;
  return a;
}

export interface Percent {
  value: number;
  tolerance: number;
  start: number;
  end: number;
}

const PERCENT = /(\d+(?:\.(\d+))?)\s?(?:%|per ?cent\b)/gi;

/** Every percentage in `text`. */
export function findPercents(text: string): Percent[] {
  const out: Percent[] = [];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    const decimals = m[2]?.length ?? 0;
    out.push({ value: Number(m[1]), tolerance: 10 ** -decimals / 2, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The percentage a cell holds ("18.5", "18.5%", "**100%**"), for a column headed "%" or "Share". */
export function parsePercent(cell: string, columnIsPercent: boolean): Percent | undefined {
  const text = cell.replace(/[*_]/g, '').trim();
  const withSign = /^(\d+(?:\.(\d+))?)\s?(?:%|per ?cent)$/i.exec(text);
  const bare = columnIsPercent ? /^(\d+(?:\.(\d+))?)$/.exec(text) : null;
  const m = withSign ?? bare;
  if (!m) return undefined;
  const decimals = m[2]?.length ?? 0;
  return { value: Number(m[1]), tolerance: 10 ** -decimals / 2, start: 0, end: text.length };
}

/** "£234,750" style formatting for messages. */
export function formatPounds(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const whole = Number.isInteger(rounded);
  return `£${rounded.toLocaleString('en-GB', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })}`;
}
