import type { Diagnostic } from '../core/diagnostic.js';

/** How many findings of each severity, in how many files and nodes: the last line of a report. */
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
