import type * as z from 'zod';
import { bilingual, editorSchema, schemaText, untranslated } from '../model/json-schema.js';
import { CascadeFile } from '../model/schema.js';
import type { RuleMeta } from '../core/rule-meta.js';
import { ConfigFile, RuleMap } from '../config/schema.js';

/** The JSON Schemas `cascade schema` prints and `cascade init` copies, by name. */
export const JSON_SCHEMAS = {
  plan: { schema: CascadeFile, file: 'cascade.schema.json' },
  config: { schema: ConfigFile, file: 'cascade.config.schema.json' },
} as const satisfies Record<string, { schema: z.ZodType; file: string }>;

export type SchemaName = keyof typeof JSON_SCHEMAS;

/** The text of one schema. The config schema names every rule, so editors complete rule ids. */
export async function jsonSchemaText(name: SchemaName): Promise<string> {
  if (name === 'plan') return schemaText(editorSchema(CascadeFile));
  const { RULES } = await import('../rules/index.js');
  const { TOOL_RULES } = await import('../config/meta.js');
  return schemaText(configSchema([...RULES.map((r) => r.meta), ...TOOL_RULES]));
}

/**
 * The config schema with `rules:` keyed by the rule ids, each described by its rule (hover) and
 * no other key allowed: `cascade validate` refuses an unknown rule id too (config/unknown-rule).
 */
export function configSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  return editorSchema(ConfigFile, ({ zodSchema, jsonSchema }) => {
    if (zodSchema !== RuleMap) return;
    const setting = jsonSchema.additionalProperties as Record<string, unknown>;
    const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
    // What the rule checks, then the settings it takes.
    const say = (r: RuleMeta) => `${r.description.en}\n\n${r.description.id}\n\n${bilingual(String(setting.description))}`;
    jsonSchema.properties = Object.fromEntries(sorted.map((r) => [r.id, { ...setting, description: say(r) }]));
    jsonSchema.additionalProperties = false;
    delete jsonSchema.propertyNames;
  });
}

/** Descriptions of a schema without their Indonesian line in src/model/schema-id.ts. */
export function untranslatedOf(name: SchemaName): string[] {
  return untranslated(JSON_SCHEMAS[name].schema);
}
