import { DEFAULT_SETTINGS, type Settings } from '../core/settings.js';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import type { Severity } from '../core/severity.js';
import type { Plan } from '../model/plan.js';
import type { Msg } from '../core/message.js';
import { visible } from '../text/sanitize.js';
import type { Report, Rule } from './rule.js';

// Rules quote plan text (ids, keys, values) in messages. Every format gets one clean line: control
// characters (a terminal escape, a line break that would start a new GitHub command or table row)
// are shown as escapes, and a megabyte id does not come back three times over.
const MAX_MESSAGE = 1000;
const MAX_NODE = 200;
const printable = (s: string) => visible(s, false);
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const clean = (s: string, max: number) => clip(printable(s), max);
const cleanMsg = (m: Msg): Msg => ({ en: clean(m.en, MAX_MESSAGE), id: clean(m.id, MAX_MESSAGE) });

export interface RunOptions {
  settings?: Settings;
  /** The severity a rule has for a file, or 'off'; by default its own. */
  severityFor?: (rule: Rule, file: string) => Severity | 'off';
}

/** Runs every rule over the plan; positions are computed here, once, from each report's path. */
export function runRules(plan: Plan, rules: readonly Rule[], options: RunOptions = {}): Diagnostic[] {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const severityFor = options.severityFor ?? ((r: Rule) => r.meta.defaultSeverity);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    // One unreadable file is one finding, not a trail of wrong ones about what it would have held.
    if (rule.meta.wholePlan && plan.unreadable.length > 0) continue;
    const report = (f: Report) => {
      const source = 'loc' in f ? f.loc.source : f.source;
      const severity = severityFor(rule, source.path);
      if (severity === 'off') return;
      const span = 'loc' in f ? source.locate(f.loc.path, f.part) : f.span;
      const node = f.node === undefined ? undefined : clean(f.node, MAX_NODE);
      const d: Diagnostic = { file: source.path, ...span, severity, rule: rule.meta.id, message: cleanMsg(f.message), node };
      if (f.fix?.length) d.fix = f.fix;
      if (f.suggest?.length) d.suggestions = f.suggest;
      // Two paths to one place with one message (a list and its item, say) are one finding.
      const key = `${d.file}:${d.line}:${d.column}:${d.rule}:${d.message.en}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(d);
    };
    rule.check({ plan, settings, report });
  }
  return out.sort(compareDiagnostics);
}
