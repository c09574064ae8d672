import { say } from '../../i18n/message.js';
import { cellValue, type Cell, type Table } from '../table.js';
import type { TableOutputContext } from './context.js';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, and tab/CR tricks) is prefixed with
 * a quote mark so it stays text; real numbers are written as numbers and are left alone.
 */
export function neutralizeFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvField(c: Cell): string {
  const v = cellValue(c);
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = neutralizeFormula(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV, one block per table (blank line between); numbers are plain and exact. */
export function tablesToCsv(tables: readonly Table[], ctx: TableOutputContext): string {
  return tables
    .map((t) => {
      const rows = [t.columns.map((c) => csvField(say(c.header, ctx.lang))), ...[...t.rows, ...(t.footer ?? [])].map((r) => t.columns.map((_, i) => csvField(r[i])))];
      return rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
    })
    .join('\r\n');
}
