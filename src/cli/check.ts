import type { Plan } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { RunConfig } from './settings.js';

/** Every finding of the plan, as `validate` reports it: all rules, then the `# cascade-disable` comments. */
export async function checkPlan(plan: Plan, run: RunConfig): Promise<Diagnostic[]> {
  const { runRules } = await import('../rules/run.js');
  const { RULES } = await import('../rules/index.js');
  const found = runRules(plan, RULES, { settings: run.settings, severityFor: (rule, file) => run.severityFor(rule.meta, file) });
  if (!plan.sources.some((s) => s.text.includes('cascade-disable'))) return found;
  const { applySuppressions } = await import('../config/suppressions.js');
  return applySuppressions(found, plan.sources, run.knownRules, run.severityFor);
}
