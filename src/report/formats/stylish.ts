import { Chalk } from 'chalk';
import { say } from '../../core/message.js';
import { sanitize } from '../../text/sanitize.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { FormatContext } from '../format-context.js';
import { summaryText } from './summary.js';

const LABEL = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  id: { error: 'galat', warning: 'peringatan', info: 'info' },
} as const;

/** Findings grouped by file, as people read them in a terminal (after ESLint's stylish). */
export function formatStylish(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const lines: string[] = [];
  let file: string | undefined;
  const posWidth = Math.max(0, ...diagnostics.map((d) => `${d.line}:${d.column}`.length));
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file !== undefined) lines.push('');
      file = d.file;
      lines.push(c.underline(sanitize(d.file, 'terminal-line')));
    }
    const label = LABEL[ctx.lang][d.severity];
    const colored = d.severity === 'error' ? c.red(label) : d.severity === 'warning' ? c.yellow(label) : c.blue(label);
    const pad = ' '.repeat(Math.max(2, 12 - label.length));
    lines.push(
      `  ${c.dim(`${d.line}:${d.column}`.padEnd(posWidth))}  ${colored}${pad}${sanitize(say(d.message, ctx.lang), 'terminal-line')}  ${c.dim(d.rule)}`,
    );
  }
  if (diagnostics.length) lines.push('');
  lines.push(summaryLine(ctx, c));
  return `${lines.join('\n')}\n`;
}

function summaryLine(ctx: FormatContext, c: InstanceType<typeof Chalk>): string {
  const text = summaryText(ctx);
  const { errors, warnings, infos } = ctx.summary;
  if (errors + warnings + infos === 0) return c.green(text);
  return errors ? c.red.bold(text) : c.yellow.bold(text);
}
