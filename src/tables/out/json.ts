import { say } from '../../core/message.js';
import { cellValue, type Table } from '../table.js';
import { sanitize } from '../../text/sanitize.js';
import type { TableOutputContext } from './context.js';

/** Tables as JSON: a list of tables, each with one object per row keyed by column key, numbers exact. */
export function tablesToJson(tables: readonly Table[], ctx: TableOutputContext): string {
  const out = tables.map((t) => ({
    title: say(t.title, ctx.lang),
    rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, cellValue(r[i])]))),
    ...(t.footer ? { footer: t.footer.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, cellValue(r[i])]))) } : {}),
    ...(t.notes?.length ? { notes: t.notes.map((n) => say(n, ctx.lang)) } : {}),
  }));
  // Always a list, however many tables a plan gives (one per kegiatan for sop): scripts read one shape.
  return `${sanitize(JSON.stringify(out, null, 2), 'json')}\n`;
}
