import type { Command } from 'commander';
import type { Config } from '../config/load.js';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.js';
import type { SeverityFor } from '../core/rule-meta.js';
import { ConfigError } from '../core/errors.js';

/** What every command takes from cascade.config.yaml. */
export interface RunConfig {
  config: Config;
  settings: Settings;
  severityFor: SeverityFor;
  /** Ids of every rule and of the findings about configuration and suppressions. */
  knownRules: string[];
}

/**
 * Reads the configuration the command should use (`--config FILE`, `--no-config`, else the
 * nearest cascade.config.yaml from the working folder up). Throws ConfigError when it is broken.
 */
export async function runConfig(cmd: Command, cwd = process.cwd()): Promise<RunConfig> {
  const { RULES } = await import('../rules/index.js');
  const { TOOL_RULES } = await import('../config/meta.js');
  const { loadConfig } = await import('../config/load.js');
  const { severityResolver } = await import('../config/severity.js');
  const given = (cmd.optsWithGlobals() as { config?: string | false }).config;
  const knownRules = [...RULES.map((r) => r.meta.id), ...TOOL_RULES.map((r) => r.id)];
  const { config, diagnostics } = loadConfig(given, knownRules, cwd);
  if (diagnostics.length) throw new ConfigError(diagnostics);
  return {
    config,
    settings: { ...DEFAULT_SETTINGS, ...config.data.settings },
    severityFor: severityResolver(config, cwd),
    knownRules,
  };
}
