import { say } from '../../core/message.js';
import { sanitize } from '../../text/sanitize.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { FormatContext } from '../format-context.js';
import { summaryText } from './summary.js';

/** A pull-request comment holds at most 65 536 characters; longer lists are cut with a note. */
export const MAX_ROWS = 200;

const TEXT = {
  en: {
    title: 'cascade validate',
    head: ['', 'File', 'Line', 'Rule', 'Message'],
    error: 'error',
    warning: 'warning',
    info: 'info',
    more: (n: number) => `… and ${n} more ${n === 1 ? 'finding' : 'findings'}: run \`cascade validate\` to see them all.`,
  },
  id: {
    title: 'cascade validate',
    head: ['', 'File', 'Baris', 'Aturan', 'Pesan'],
    error: 'galat',
    warning: 'peringatan',
    info: 'info',
    more: (n: number) => `… dan ${n} temuan lain: jalankan \`cascade validate\` untuk melihat semuanya.`,
  },
} as const;

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

const html = (s: string) => sanitize(s, 'markdown-code');
const escapeMarkdownCell = (s: string) => sanitize(s, 'markdown');

// A backtick opens a code span after a space or punctuation and closes one before a space,
// punctuation or the end; one between two letters is plan text (an id "a`b") and stays inside.
const WORD = /[\p{L}\p{N}_]/u;

/**
 * A message's `code` parts become <code> and the rest is escaped: text from a plan, wherever its
 * backticks fall, can neither break the table nor turn into a link or markup, and its backticks show.
 */
export function messageMarkdown(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('`'); open !== -1; open = text.indexOf('`', from)) {
    let close = -1;
    if (open === 0 || !WORD.test(text[open - 1])) {
      for (let k = text.indexOf('`', open + 1); k !== -1; k = text.indexOf('`', k + 1)) {
        if (k + 1 === text.length || !WORD.test(text[k + 1])) {
          close = k;
          break;
        }
      }
    }
    if (close === -1) {
      out += escapeMarkdownCell(text.slice(from, open + 1));
      from = open + 1;
      continue;
    }
    out += escapeMarkdownCell(text.slice(from, open));
    if (close > open + 1) out += `<code>${html(text.slice(open + 1, close))}</code>`;
    from = close + 1;
  }
  return out + escapeMarkdownCell(text.slice(from));
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
