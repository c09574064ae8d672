import { say } from '../../core/message.js';
import { cellText, type Cell, type Table } from '../table.js';
import { sanitize } from '../../text/sanitize.js';
import type { TableOutputContext } from './context.js';

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
      return `${[`### ${escapeMarkdownCell(say(t.title, ctx.lang))}`, '', head, rule, ...body, ...notes].join('\n')}\n`;
    })
    .join('\n');
}
