import type { Settings } from '../core/settings.js';
import type { Msg } from '../core/message.js';
import type { SourceFile } from '../load/source.js';
import type { Part, Span } from '../core/span.js';
import type { Loc, Plan } from '../model/plan.js';
import type { Edit, Suggestion } from '../core/diagnostic.js';
import type { RuleMeta } from '../core/rule-meta.js';

/** A finding as a rule reports it: a place in the data, never a computed position. */
export type Report = ({ loc: Loc; part?: Part; message: Msg; node?: string } | { source: SourceFile; span: Span; message: Msg; node?: string }) & {
  fix?: Edit[];
  suggest?: Suggestion[];
};

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
