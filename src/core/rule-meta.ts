import type { Msg } from './message.js';
import type { EffectiveSeverity, Severity } from './severity.js';

/** What is known of a rule (or a tool finding) without running it: listed, documented, configured. */
export interface RuleMeta {
  /** `area/name`, e.g. `ref/unknown`. Its docs live in docs/rules/<area>/<name>.md. */
  id: string;
  description: Msg;
  defaultSeverity: Severity;
}

/** The severity of a rule in a file, as the configuration decides it. */
export type SeverityFor = (rule: RuleMeta, file: string) => EffectiveSeverity;
