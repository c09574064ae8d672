import { say } from '../../core/message.js';
import { sanitize } from '../../text/sanitize.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Severity } from '../../core/severity.js';
import type { FormatContext } from '../format-context.js';
import { repoPath } from '../repo-path.js';
import { summaryText } from './summary.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
 * changed lines (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
 */
export function formatGithub(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const lines = diagnostics.map((d) => {
    const props = [
      `file=${sanitize(repoPath(d.file, ctx.paths), 'github-property')}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${sanitize(d.rule, 'github-property')}`,
    ].join(',');
    return `::${COMMAND[d.severity]} ${props}::${sanitize(say(d.message, ctx.lang), 'github-data')}`;
  });
  // A plain line is shown in the job log as it is; the summary tells the outcome there.
  lines.push(summaryText(ctx));
  return `${lines.join('\n')}\n`;
}
