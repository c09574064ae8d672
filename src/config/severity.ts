import { relative, resolve, sep } from 'node:path';
import type { SeverityFor } from '../core/rule-meta.js';
import type { EffectiveSeverity } from '../core/severity.js';
import { globMatcher } from './glob.js';
import type { Config } from './load.js';
import type { RuleSettingValue } from './schema.js';

function normalize(v: RuleSettingValue): EffectiveSeverity {
  return v === 'warn' ? 'warning' : v;
}

/**
 * The severity of a rule in a file: its default (the `recommended` preset), then `rules`, then
 * each override whose globs match the file's path relative to the config file, later ones winning.
 * `file` is a finding's path as shown (relative to `cwd`, or absolute).
 */
export function severityResolver(config: Config, cwd = process.cwd()): SeverityFor {
  const overrides = (config.data.overrides ?? []).map((o) => ({
    globs: (typeof o.files === 'string' ? [o.files] : o.files).map(globMatcher),
    rules: o.rules,
  }));
  const matching = new Map<string, typeof overrides>();
  const overridesFor = (file: string) => {
    let found = matching.get(file);
    if (!found) {
      const rel = relative(config.dir, resolve(cwd, file)).split(sep).join('/');
      const inside = !rel.startsWith('../') && rel !== '..';
      found = inside ? overrides.filter((o) => o.globs.some((matches) => matches(rel))) : [];
      matching.set(file, found);
    }
    return found;
  };
  return (rule, file) => {
    let severity: EffectiveSeverity = rule.defaultSeverity;
    const base = config.data.rules?.[rule.id];
    if (base) severity = normalize(base);
    for (const o of overridesFor(file)) {
      const v = o.rules[rule.id];
      if (v) severity = normalize(v);
    }
    return severity;
  };
}
