import { say } from '../../core/message.js';
import { cellValue, type Signatory, type Table, type TableForm } from '../table.js';
import { sanitize } from '../../text/sanitize.js';
import type { TableOutputContext } from './context.js';

/** A form's paragraphs and signatories, as data. */
function formJson(f: TableForm, ctx: TableOutputContext) {
  const who = (s: Signatory) => ({ ...s, role: say(s.role, ctx.lang) });
  return {
    before: (f.before ?? []).map((m) => say(m, ctx.lang)),
    after: (f.after ?? []).map((m) => say(m, ctx.lang)),
    ...(f.signatures ? { signatures: { placeDate: f.signatures.placeDate, left: who(f.signatures.left), right: who(f.signatures.right) } } : {}),
  };
}

/** Tables as JSON: a list of tables, each with one object per row keyed by column key, numbers exact. */
export function tablesToJson(tables: readonly Table[], ctx: TableOutputContext): string {
  const out = tables.map((t) => ({
    title: say(t.title, ctx.lang),
    rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, cellValue(r[i])]))),
    ...(t.footer ? { footer: t.footer.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, cellValue(r[i])]))) } : {}),
    ...(t.notes?.length ? { notes: t.notes.map((n) => say(n, ctx.lang)) } : {}),
    ...(t.form ? { form: formJson(t.form, ctx) } : {}),
  }));
  // Always a list, however many tables a plan gives (one per kegiatan for sop): scripts read one shape.
  return `${sanitize(JSON.stringify(out, null, 2), 'json')}\n`;
}
