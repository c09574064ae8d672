import CliTable from 'cli-table3';
import { Chalk } from 'chalk';
import { say } from '../../i18n/message.js';
import { cellText, type Table } from '../table.js';
import type { TableOutputContext } from './context.js';

/** Strips control characters so plan text cannot move the cursor or recolour the terminal. */
function safe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** Wraps a note at word boundaries to the terminal width. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Column widths that fit the terminal: numbers keep their width, text shares the rest and wraps. */
function widths(t: Table, total: number, lang: 'en' | 'id'): number[] {
  const natural = t.columns.map((c, i) =>
    Math.max(say(c.header, lang).length, ...[...t.rows, ...(t.footer ?? [])].map((r) => Math.max(...safe(cellText(r[i])).split('\n').map((l) => l.length)))) + 2,
  );
  const budget = total - (t.columns.length + 1);
  if (natural.reduce((a, b) => a + b, 0) <= budget) return natural;
  const fixed = t.columns.map((c, i) => (c.align === 'right' ? natural[i] : 0));
  const flexible = t.columns.map((c, i) => (c.align === 'right' ? 0 : c.weight ?? 1));
  const flexCount = flexible.filter((f) => f > 0).length;
  const left = Math.max(budget - fixed.reduce((a, b) => a + b, 0), flexCount * 6);
  const share = flexible.reduce((a, b) => a + b, 0) || 1;
  return t.columns.map((c, i) => (fixed[i] ? fixed[i] : Math.max(6, Math.min(natural[i], Math.floor((left * flexible[i]) / share)))));
}

/** Boxed tables for the terminal with cli-table3, wrapped to stay readable in 100 columns. */
export function tablesToTerminal(tables: readonly Table[], ctx: TableOutputContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  return tables
    .map((t) => {
      const table = new CliTable({
        head: t.columns.map((col) => c.bold(say(col.header, ctx.lang))),
        colWidths: widths(t, ctx.width, ctx.lang),
        colAligns: t.columns.map((col) => col.align ?? 'left'),
        wordWrap: true,
        wrapOnWordBoundary: true,
        style: { head: [], border: [] },
      });
      for (const r of t.rows) table.push(t.columns.map((_, i) => safe(cellText(r[i]))));
      for (const r of t.footer ?? []) table.push(t.columns.map((_, i) => c.bold(safe(cellText(r[i])))));
      const notes = (t.notes ?? []).map((n) => c.dim(wrap(safe(say(n, ctx.lang)), ctx.width)));
      return [c.bold(safe(say(t.title, ctx.lang))), table.toString(), ...notes].join('\n') + '\n';
    })
    .join('\n');
}
