import type { Msg } from './message.js';
import type { EffectiveSeverity, Severity } from './severity.js';

/** What is known of a rule (or a tool finding) without running it: listed, documented, configured. */
export interface RuleMeta {
  /** `area/name`, e.g. `ref/unknown`. Its docs live in docs/rules/<area>/<name>.md. */
  id: string;
  description: Msg;
  defaultSeverity: Severity;
  /**
   * Its findings need the whole plan (children, sums or references across files): it is not run
   * while a file of the plan could not be read, since the missing file would make them wrong.
   */
  wholePlan?: boolean;
  /**
   * 'fix': some findings carry a fix that cannot change the plan's meaning, applied by `--fix`;
   * 'suggestion': a change offered (editors, SARIF) but never applied; false: neither. Its doc says so.
   */
  fixable: 'fix' | 'suggestion' | false;
}

/** The severity of a rule in a file, as the configuration decides it. */
export type SeverityFor = (rule: RuleMeta, file: string) => EffectiveSeverity;
