import * as z from 'zod';
import { ConfigFile } from '../config/schema.js';
import { CascadeFile } from './schema.js';

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
  return `${JSON.stringify(schema, null, 2)}\n`;
}
