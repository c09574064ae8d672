import { say } from '../../i18n/message.js';
import type { Diagnostic, Severity } from '../diagnostic.js';
import type { FormatContext } from '../format-context.js';
import { repoPath } from '../repo-path.js';
import { summaryText } from './summary.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message of a workflow command: a line break or `%` would end or corrupt the command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which separate the command's properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
 * changed lines (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
 */
export function formatGithub(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const lines = diagnostics.map((d) => {
    const props = [
      `file=${escapeProperty(repoPath(d.file, ctx.paths))}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${escapeProperty(d.rule)}`,
    ].join(',');
    return `::${COMMAND[d.severity]} ${props}::${escapeData(say(d.message, ctx.lang))}`;
  });
  // A plain line is shown in the job log as it is; the summary tells the outcome there.
  lines.push(summaryText(ctx));
  return `${lines.join('\n')}\n`;
}
