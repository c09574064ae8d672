import type { Settings } from '../config/settings.js';
import type { Msg } from '../i18n/message.js';
import type { SourceFile } from '../load/source.js';
import type { Part, Span } from '../load/span.js';
import type { Loc, Plan } from '../model/plan.js';
import type { Severity } from '../report/diagnostic.js';

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
}

/** A finding as a rule reports it: a place in the data, never a computed position. */
export type Report =
  | { loc: Loc; part?: Part; message: Msg; node?: string }
  | { source: SourceFile; span: Span; message: Msg; node?: string };

export interface RuleContext {
  plan: Plan;
  settings: Settings;
  report(finding: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
