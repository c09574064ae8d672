import { msg } from '../core/message.js';
import type { RuleMeta } from '../core/rule-meta.js';

/**
 * Findings that no rule of the plan makes: about the configuration file and about suppression
 * comments. They have ids, docs and severities like rules, so they are listed and documented.
 */
export const CONFIG_UNKNOWN_KEY: RuleMeta = {
  id: 'config/unknown-key',
  description: msg('Every key of cascade.config.yaml is one it knows (with a did-you-mean).', 'Setiap kunci cascade.config.yaml dikenal (dengan saran ejaan).'),
  defaultSeverity: 'error',
  fixable: false,
};

export const CONFIG_INVALID: RuleMeta = {
  id: 'config/invalid',
  description: msg(
    'Every value of cascade.config.yaml has the type and range its key expects.',
    'Setiap nilai cascade.config.yaml memiliki tipe dan rentang yang diharapkan kuncinya.',
  ),
  defaultSeverity: 'error',
  fixable: false,
};

export const CONFIG_UNKNOWN_RULE: RuleMeta = {
  id: 'config/unknown-rule',
  description: msg('cascade.config.yaml sets only rules that exist.', 'cascade.config.yaml hanya mengatur aturan yang ada.'),
  defaultSeverity: 'error',
  fixable: false,
};

export const SUPPRESSION_UNUSED: RuleMeta = {
  id: 'suppression/unused',
  description: msg(
    'A `# cascade-disable` comment suppresses a finding; one that suppresses nothing is stale.',
    'Komentar `# cascade-disable` menekan temuan; yang tidak menekan apa pun sudah usang.',
  ),
  defaultSeverity: 'warning',
  fixable: false,
};

export const TOOL_RULES: readonly RuleMeta[] = [CONFIG_UNKNOWN_KEY, CONFIG_INVALID, CONFIG_UNKNOWN_RULE, SUPPRESSION_UNUSED];
