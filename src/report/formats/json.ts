import { say } from '../../core/message.js';
import { sanitize } from '../../text/sanitize.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { FormatContext } from '../format-context.js';

/** Machine-readable findings: the shape is a contract for tools, so keys are fixed. */
export function formatJson(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const out = {
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      severity: d.severity,
      rule: d.rule,
      message: say(d.message, ctx.lang),
      ...(d.node !== undefined ? { node: d.node } : {}),
    })),
    summary: {
      errors: ctx.summary.errors,
      warnings: ctx.summary.warnings,
      files: ctx.summary.files,
      nodes: ctx.summary.nodes,
      skipped: ctx.summary.skipped ?? 0,
      context: ctx.summary.context ?? 0,
    },
  };
  return `${sanitize(JSON.stringify(out, null, 2), 'json')}\n`;
}
