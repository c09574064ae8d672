import * as z from 'zod';
import { YEAR_PATTERN } from './schema.js';
import { SCHEMA_ID } from './schema-id.js';

/** A change to the JSON Schema of one zod schema, made while it is generated (zod's `override`). */
export type SchemaOverride = (ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) => void;

/**
 * The JSON Schema editors read, from a zod schema: draft-07, the draft the YAML language server
 * (VS Code, JetBrains, Neovim) reads best, of the input side (what the user may write), with
 * every description in English then Indonesian.
 */
export function editorSchema(schema: z.ZodType, override?: SchemaOverride): Record<string, unknown> {
  return withIndonesian(rawSchema(schema, override));
}

/** The JSON Schema before translation (the reference in docs/format.md reads the English). */
export function rawSchema(schema: z.ZodType, override?: SchemaOverride): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'input',
    override: override && ((ctx) => override({ zodSchema: ctx.zodSchema, jsonSchema: ctx.jsonSchema as Record<string, unknown> })),
  });
  return yamlKeys(json) as Record<string, unknown>;
}

/**
 * Map keys as YAML gives them. YAML reads `2025:` as a number, and the YAML language server checks
 * `propertyNames` against that number, so zod's `{type: string}` there flags every per-year target.
 * A year key is a four-digit integer to the editor, or the same digits as text to a JSON validator;
 * other keys lose only the type (a JSON key is always text). Done after zod, which would turn
 * an integer key back into a string pattern.
 */
function yamlKeys(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(yamlKeys);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === 'propertyNames' ? keySchema(v as Record<string, unknown>) : yamlKeys(v);
  return out;
}

function keySchema(names: Record<string, unknown>): Record<string, unknown> {
  if (names.pattern === YEAR_PATTERN.source) {
    return {
      anyOf: [
        { type: 'integer', minimum: 1000, maximum: 9999 },
        { type: 'string', pattern: names.pattern },
      ],
    };
  }
  const { type: _text, ...rest } = names;
  return rest;
}

/** The JSON text `cascade schema` prints. */
export function schemaText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Descriptions without their Indonesian line (the test that keeps SCHEMA_ID whole reads this). */
export function untranslated(schema: z.ZodType): string[] {
  const missing: string[] = [];
  walkDescriptions(rawSchema(schema), (d) => {
    if (!(d in SCHEMA_ID)) missing.push(d);
    return d;
  });
  return missing;
}

/** A hover text in both languages: editors show the English line, then the Indonesian one. */
export function bilingual(d: string): string {
  return d in SCHEMA_ID ? `${d}\n\n${SCHEMA_ID[d]}` : d;
}

function withIndonesian<T>(schema: T): T {
  return walkDescriptions(schema, bilingual);
}

function walkDescriptions<T>(node: T, change: (d: string) => string): T {
  if (Array.isArray(node)) return node.map((x) => walkDescriptions(x, change)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === 'description' && typeof v === 'string' ? change(v) : walkDescriptions(v, change);
  return out as T;
}
