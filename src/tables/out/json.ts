import { say } from '../../i18n/message.js';
import { cellValue, type Table } from '../table.js';
import type { TableOutputContext } from './context.js';

/** Tables as JSON: one object per row keyed by column key, numbers exact. */
export function tablesToJson(tables: readonly Table[], ctx: TableOutputContext): string {
  const out = tables.map((t) => ({
    title: say(t.title, ctx.lang),
    rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, cellValue(r[i])]))),
    ...(t.footer ? { footer: t.footer.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, cellValue(r[i])]))) } : {}),
    ...(t.notes?.length ? { notes: t.notes.map((n) => say(n, ctx.lang)) } : {}),
  }));
  return `${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`;
}
