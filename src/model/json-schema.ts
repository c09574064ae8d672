import * as z from 'zod';
import { ConfigFile } from '../config/schema.js';
import { CascadeFile } from './schema.js';
import { SCHEMA_ID } from './schema-id.js';

/** The JSON Schemas `cascade schema` prints, by name: the plan files, and cascade.config.yaml. */
export const JSON_SCHEMAS = {
  plan: { schema: CascadeFile, file: 'cascade.schema.json' },
  config: { schema: ConfigFile, file: 'cascade.config.schema.json' },
} as const;

export type SchemaName = keyof typeof JSON_SCHEMAS;

/**
 * Draft-07, the draft the YAML language server (VS Code, JetBrains, Neovim) reads best. What
 * the user may write is the input side of the zod schema, so that is what editors are told.
 */
export function jsonSchemaText(name: SchemaName): string {
  const schema = z.toJSONSchema(JSON_SCHEMAS[name].schema, { target: 'draft-7', io: 'input' });
  return `${JSON.stringify(withIndonesian(schema), null, 2)}\n`;
}

/** Descriptions without their Indonesian line (the test that keeps SCHEMA_ID whole reads this). */
export function untranslated(name: SchemaName): string[] {
  const missing: string[] = [];
  walkDescriptions(z.toJSONSchema(JSON_SCHEMAS[name].schema, { target: 'draft-7', io: 'input' }), (d) => {
    if (!(d in SCHEMA_ID)) missing.push(d);
    return d;
  });
  return missing;
}

/** Every hover text in both languages: editors show the English line, then the Indonesian one. */
function withIndonesian<T>(schema: T): T {
  return walkDescriptions(schema, (d) => (d in SCHEMA_ID ? `${d}\n\n${SCHEMA_ID[d]}` : d));
}

function walkDescriptions<T>(node: T, change: (d: string) => string): T {
  if (Array.isArray(node)) return node.map((x) => walkDescriptions(x, change)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === 'description' && typeof v === 'string' ? change(v) : walkDescriptions(v, change);
  return out as T;
}
