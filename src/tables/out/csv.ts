import { say } from '../../core/message.js';
import { cellValue, type Cell, type Table } from '../table.js';
import { sanitize } from '../../text/sanitize.js';
import type { TableOutputContext } from './context.js';

/** A field: numbers plain and exact; text quoted where it must be, and never a formula (see sanitize). */
function csvField(c: Cell): string {
  const v = cellValue(c);
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  return sanitize(v, 'csv');
}

/** RFC 4180 CSV, one block per table (blank line between); numbers are plain and exact. */
export function tablesToCsv(tables: readonly Table[], ctx: TableOutputContext): string {
  // Without the mark Excel reads a CSV in the machine's code page: `–` and `é` come out garbled.
  const bom = ctx.bom === false ? '' : '\uFEFF';
  return (
    bom +
    tables
      .map((t) => {
        const rows = [
          t.columns.map((c) => csvField(say(c.header, ctx.lang))),
          ...[...t.rows, ...(t.footer ?? [])].map((r) => t.columns.map((_, i) => csvField(r[i]))),
        ];
        return `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
      })
      .join('\r\n')
  );
}
