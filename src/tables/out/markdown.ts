import { say } from '../../core/message.js';
import { cellText, type Cell, type Table } from '../table.js';
import { sanitize } from '../../text/sanitize.js';
import type { TableOutputContext } from './context.js';
import { formLines } from './form.js';

/** Plan text is escaped so it cannot break the table or become markup, a link or a code span. */
export const escapeMarkdownCell = (s: string) => sanitize(s, 'markdown');

const cell = (c: Cell) => escapeMarkdownCell(cellText(c));

/** GitHub-flavoured Markdown tables, ready to paste into a Renstra draft or a PR comment. */
export function tablesToMarkdown(tables: readonly Table[], ctx: TableOutputContext): string {
  return tables
    .map((t) => {
      const head = `| ${t.columns.map((c) => escapeMarkdownCell(say(c.header, ctx.lang))).join(' | ')} |`;
      const rule = `|${t.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
      const line = (r: Cell[], strong: boolean) =>
        `| ${t.columns
          .map((_, i) => {
            const x = cell(r[i]);
            return strong && x ? `**${x}**` : x;
          })
          .join(' | ')} |`;
      const body = [...t.rows.map((r) => line(r, false)), ...(t.footer ?? []).map((r) => line(r, true))];
      const notes = (t.notes ?? []).map((n) => `\n${escapeMarkdownCell(say(n, ctx.lang))}`);
      const form = formLines(t.form, ctx.lang);
      // Paragraphs stay paragraphs; the signature block keeps its columns in a code block.
      const before = form.before.map((l) => `${escapeMarkdownCell(l)}\n`);
      const paras = form.after.map((l) => `\n${escapeMarkdownCell(l)}`);
      const sig = form.signatures.length ? ['', '```', ...form.signatures.slice(1).map((l) => sanitize(l, 'markdown-code')), '```'] : [];
      return `${[`### ${escapeMarkdownCell(say(t.title, ctx.lang))}`, '', ...before, head, rule, ...body, ...paras, ...sig, ...notes].join('\n')}\n`;
    })
    .join('\n');
}
