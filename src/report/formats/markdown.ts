import { say } from '../../i18n/message.js';
import { escapeMarkdownCell } from '../../tables/out/markdown.js';
import type { Diagnostic } from '../diagnostic.js';
import type { FormatContext } from '../format-context.js';
import { summaryText } from './summary.js';

/** A pull-request comment holds at most 65 536 characters; longer lists are cut with a note. */
export const MAX_ROWS = 200;

const TEXT = {
  en: { title: 'cascade validate', head: ['', 'File', 'Line', 'Rule', 'Message'], error: 'error', warning: 'warning', info: 'info',
    more: (n: number) => `… and ${n} more ${n === 1 ? 'finding' : 'findings'}: run \`cascade validate\` to see them all.` },
  id: { title: 'cascade validate', head: ['', 'File', 'Baris', 'Aturan', 'Pesan'], error: 'galat', warning: 'peringatan', info: 'info',
    more: (n: number) => `… dan ${n} temuan lain: jalankan \`cascade validate\` untuk melihat semuanya.` },
} as const;

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

function html(s: string): string {
  // Markdown still works inside an HTML <code>: its link, emphasis and escape characters become entities too.
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[|[\]*_~\\!]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A message's `code` parts become <code> and the rest is escaped: text from a plan, wherever the
 * backticks fall, can neither break the table nor turn into a link or markup.
 */
export function messageMarkdown(text: string): string {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return escapeMarkdownCell(text);
  return parts.map((p, i) => (i % 2 === 1 ? (p ? `<code>${html(p)}</code>` : '') : escapeMarkdownCell(p))).join('');
}

/** A summary and a table of findings, for a pull-request comment or a job summary. */
export function formatMarkdown(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const t = TEXT[ctx.lang];
  const out = [`### ${t.title}`, '', summaryText(ctx)];
  if (diagnostics.length) {
    out.push('', `| ${t.head.join(' | ')} |`, '| --- | --- | ---: | --- | --- |');
    for (const d of diagnostics.slice(0, MAX_ROWS)) {
      const cells = [
        `${ICON[d.severity]} ${t[d.severity]}`,
        escapeMarkdownCell(d.file),
        `${d.line}:${d.column}`,
        `<code>${html(d.rule)}</code>`,
        messageMarkdown(say(d.message, ctx.lang)),
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
    if (diagnostics.length > MAX_ROWS) out.push('', messageMarkdown(t.more(diagnostics.length - MAX_ROWS)));
  }
  return `${out.join('\n')}\n`;
}
