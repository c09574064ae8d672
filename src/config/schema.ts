import * as z from 'zod';
import { SETTINGS_SCHEMA } from './settings.js';

/** What a rule may be set to; `warn` and `warning` are the same. */
export const RuleSetting = z.enum(['off', 'info', 'warn', 'warning', 'error']).meta({ description: 'off, info, warn (or warning), or error.' });

export const RuleMap = z.record(z.string(), RuleSetting).meta({ description: 'Severity by rule id (see `cascade rules`), e.g. {cascade/not-cascaded: off}.' });

const FILES = 'Glob(s) relative to this config file, e.g. "opd/*.yaml"; a glob without "/" matches a file name in any folder.';

export const Override = z.strictObject({
  // Editors show the words of the form a value matched: the text form carries them, the list its items.
  files: z.union([z.string().meta({ description: FILES }), z.array(z.string().meta({ description: FILES })).min(1)]).meta({ description: FILES }),
  rules: RuleMap,
});

/** cascade.config.yaml: rule severities, per-file overrides, and the settings of the checks. */
export const ConfigFile = z
  .strictObject({
    extends: z
      .literal('recommended')
      .optional()
      .meta({ description: 'The preset to start from: recommended, every rule at its default severity (also when left out).' }),
    rules: RuleMap.optional(),
    overrides: z.array(Override).optional().meta({ description: 'Rule severities for some files; later entries win.' }),
    settings: SETTINGS_SCHEMA.optional().meta({ description: 'Numbers the checks and tables use.' }),
  })
  .meta({ title: 'cascade configuration', description: 'cascade.config.yaml: which checks run at which severity, and the settings they use.' });

export type ConfigData = z.infer<typeof ConfigFile>;
export type RuleSettingValue = z.infer<typeof RuleSetting>;
