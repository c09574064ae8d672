import type { Msg } from '../i18n/message.js';
import type { Span } from '../load/span.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One finding, located and weighed: what every formatter receives. */
export interface Diagnostic extends Span {
  file: string;
  severity: Severity;
  rule: string;
  message: Msg;
  /** The id of the node, indicator or position concerned, when there is one. */
  node?: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  nodes: number;
  /** Warnings and info left out by --quiet: the summary says so rather than "no problems". */
  hidden?: number;
  /** Other files of the plan read only for references (a check of one file or subfolder). */
  context?: number;
  /** YAML files in the folders given that are no plan files, so were not read. */
  skipped?: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number, nodes: number): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, files, nodes };
}
