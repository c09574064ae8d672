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

/**
 * Column widths that fit the terminal: numbers keep their width; text columns share the rest by
 * weight, and a column that needs less than its share keeps its natural width and frees the rest.
 */
function widths(t: Table, total: number, lang: 'en' | 'id'): number[] {
  const natural = t.columns.map((c, i) =>
    Math.max(say(c.header, lang).length, ...[...t.rows, ...(t.footer ?? [])].map((r) => Math.max(...safe(cellText(r[i])).split('\n').map((l) => l.length)))) + 2,
  );
  const budget = total - (t.columns.length + 1);
  if (natural.reduce((a, b) => a + b, 0) <= budget) return natural;
  const out = t.columns.map((c, i) => (c.align === 'right' ? natural[i] : 0));
  let open = t.columns.map((c, i) => i).filter((i) => t.columns[i].align !== 'right');
  let left = Math.max(budget - out.reduce((a, b) => a + b, 0), open.length * 6);
  const weight = (i: number) => t.columns[i].weight ?? 1;
  // Short columns (codes, abbreviations) are not worth wrapping: they keep their width first.
  for (const i of [...open].sort((a, b) => natural[a] - natural[b])) {
    if (natural[i] > 16 || left - natural[i] < (open.length - 1) * 12) break;
    out[i] = natural[i];
    left -= natural[i];
    open = open.filter((j) => j !== i);
  }
  for (let settled = true; settled && open.length; ) {
    settled = false;
    const sum = open.reduce((a, i) => a + weight(i), 0);
    for (const i of open) {
      if (natural[i] <= (left * weight(i)) / sum) {
        out[i] = natural[i];
        left -= natural[i];
        open = open.filter((j) => j !== i);
        settled = true;
        break;
      }
    }
  }
  const sum = open.reduce((a, i) => a + weight(i), 0) || 1;
  for (const i of open) out[i] = Math.max(6, Math.floor((left * weight(i)) / sum));
  return out;
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
