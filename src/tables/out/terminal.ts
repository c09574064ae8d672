import CliTable from 'cli-table3';
import { Chalk } from 'chalk';
import { msg, say } from '../../core/message.js';
import { sanitize } from '../../text/sanitize.js';
import { wrap } from '../../text/wrap.js';
import { cellText, type Table } from '../table.js';
import type { TableOutputContext } from './context.js';
import { formLines } from './form.js';

/** Plan text cannot move the cursor, recolour the terminal or reorder what is shown. */
const safe = (s: string) => sanitize(s, 'terminal');

/**
 * Column widths that fit the terminal. Every column first gets room for its longest word (up to
 * 20 characters), so words are not cut in the middle; then short columns their whole width; what
 * is left goes to the columns that want more, by weight, up to their natural width. A table whose
 * words alone do not fit grows wider than the width, unless the width is strict (see squeezed).
 */
function widths(t: Table, total: number, lang: 'en' | 'id', strict: boolean): number[] {
  const lines = (i: number) =>
    [say(t.columns[i].header, lang), ...[...t.rows, ...(t.footer ?? [])].map((r) => safe(cellText(r[i])))].flatMap((x) => x.split('\n'));
  const natural: number[] = [];
  const minimum: number[] = [];
  t.columns.forEach((_, i) => {
    let longest = 0;
    let word = 0;
    for (const line of lines(i)) {
      longest = Math.max(longest, line.length);
      for (const w of line.split(' ')) word = Math.max(word, w.length);
    }
    natural.push(longest + 2);
    minimum.push(Math.min(longest, Math.max(word, 4), 20) + 2);
  });
  const budget = total - (t.columns.length + 1);
  if (natural.reduce((a, b) => a + b, 0) <= budget) return natural;
  const out = [...minimum];
  let left = budget - out.reduce((a, b) => a + b, 0);
  if (strict && left < 0) return squeezed(t, natural, budget);
  // Short columns (codes, abbreviations) are not worth wrapping: they get their whole width first.
  for (const i of t.columns.map((_, k) => k).sort((a, b) => natural[a] - natural[b])) {
    const more = natural[i] - out[i];
    if (natural[i] > 16 || more > left) break;
    out[i] = natural[i];
    left -= more;
  }
  let open = t.columns.map((_, i) => i).filter((i) => out[i] < natural[i]);
  while (left > 0 && open.length) {
    const sum = open.reduce((a, i) => a + weightOf(t, i), 0);
    let given = 0;
    for (const i of open) {
      const add = Math.min(natural[i] - out[i], Math.max(1, Math.floor((left * weightOf(t, i)) / sum)));
      out[i] += add;
      given += add;
      if (given >= left) break;
    }
    left -= given;
    open = open.filter((i) => out[i] < natural[i]);
  }
  return out;
}

const weightOf = (t: Table, i: number) => t.columns[i].weight ?? 1;

/**
 * Widths for a real terminal too narrow for the table's words (a wider table would wrap every
 * line): numbers (right-aligned) and short columns keep their width; the other columns get six
 * characters each, then the rest by weight, and their words give way.
 */
function squeezed(t: Table, natural: readonly number[], budget: number): number[] {
  const out = t.columns.map((c, i) => (c.align === 'right' || natural[i] <= 10 ? natural[i] : 0));
  const open = t.columns.map((_, i) => i).filter((i) => out[i] === 0);
  const left = Math.max(0, budget - out.reduce((a, b) => a + b, 0) - 6 * open.length);
  const sum = open.reduce((a, i) => a + weightOf(t, i), 0) || 1;
  for (const i of open) out[i] = Math.min(natural[i], 6 + Math.floor((left * weightOf(t, i)) / sum));
  return out;
}

/** A terminal cell shows this many lines at most: cli-table3's time grows with the cube of a cell's lines. */
export const MAX_CELL_LINES = 16;

/**
 * A cell's text with every line longer than its column already broken (cli-table3 re-measures
 * the growing line at each word), and cut after MAX_CELL_LINES: a cell of a megabyte would take
 * hours to draw and be no use in a terminal; the other formats carry the whole text.
 */
function fitted(text: string, width: number, lang: 'en' | 'id'): { text: string; cut: boolean } {
  const inner = Math.max(1, width - 2);
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    for (const part of line.length > inner ? wrap(line, inner) : [line]) {
      if (lines.length === MAX_CELL_LINES) {
        lines[MAX_CELL_LINES - 1] = say(msg('… (cut)', '… (terpotong)'), lang);
        return { text: lines.join('\n'), cut: true };
      }
      lines.push(part);
    }
  }
  return { text: lines.join('\n'), cut: false };
}

/** Boxed tables for the terminal with cli-table3, wrapped to stay readable in 100 columns. */
export function tablesToTerminal(tables: readonly Table[], ctx: TableOutputContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  return tables
    .map((t) => {
      const colWidths = widths(t, ctx.width, ctx.lang, !!ctx.strict);
      let cut = false;
      const cell = (x: Parameters<typeof cellText>[0], i: number) => {
        const f = fitted(safe(cellText(x)), colWidths[i], ctx.lang);
        cut ||= f.cut;
        return f.text;
      };
      const table = new CliTable({
        head: t.columns.map((col) => c.bold(safe(say(col.header, ctx.lang)))),
        colWidths,
        colAligns: t.columns.map((col) => col.align ?? 'left'),
        wordWrap: true,
        wrapOnWordBoundary: true,
        style: { head: [], border: [] },
      });
      for (const r of t.rows) table.push(t.columns.map((_, i) => cell(r[i], i)));
      for (const r of t.footer ?? []) table.push(t.columns.map((_, i) => c.bold(cell(r[i], i))));
      const cutNote = msg(
        `Cells longer than ${MAX_CELL_LINES} lines are cut here; --format md, csv, json or xlsx shows the whole text.`,
        `Sel yang lebih dari ${MAX_CELL_LINES} baris dipotong di sini; --format md, csv, json atau xlsx menampilkan teks lengkapnya.`,
      );
      const notes = [...(t.notes ?? []), ...(cut ? [cutNote] : [])].map((n) => c.dim(wrap(safe(say(n, ctx.lang)), ctx.width).join('\n')));
      const form = formLines(t.form, ctx.lang);
      const text = (lines: string[]) => lines.map((l) => wrap(safe(l), ctx.width).join('\n'));
      const signatures = form.signatures.map(safe);
      return `${[c.bold(safe(say(t.title, ctx.lang))), ...text(form.before), table.toString(), ...text(form.after), ...signatures, ...notes].join('\n')}\n`;
    })
    .join('\n');
}
