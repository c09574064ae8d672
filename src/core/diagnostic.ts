import type { Msg } from './message.js';
import type { Severity } from './severity.js';
import type { Span } from './span.js';

/** One finding, located and weighed: what rules and the configuration yield and formatters print. */
export interface Diagnostic extends Span {
  file: string;
  severity: Severity;
  rule: string;
  message: Msg;
  /** The id of the node, indicator or position concerned, when there is one. */
  node?: string;
  /** Edits of `file` that fix the finding without changing what the plan means (`--fix`). */
  fix?: Edit[];
  suggestions?: Suggestion[];
}

/** A change to one file's text: the characters from `start` to `end` (offsets) become `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A change offered to the user (an editor, SARIF) but never applied by `--fix`: it may change meaning. */
export interface Suggestion {
  message: Msg;
  edits: Edit[];
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
