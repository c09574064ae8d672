import * as z from 'zod';
import type { DataPath } from './span.js';

type Schema = z.core.$ZodType;

/** The schema under the wrappers that do not change which keys a mapping may hold. */
function unwrap(s: Schema): Schema {
  for (;;) {
    if (
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodDefault ||
      s instanceof z.ZodReadonly ||
      s instanceof z.ZodLazy ||
      s instanceof z.ZodCatch ||
      s instanceof z.ZodPrefault
    )
      s = s.unwrap();
    else if (s instanceof z.ZodPipe) s = s.in;
    else return s;
  }
}

/** Picks the branch of a union that fits the data actually written (a list, a mapping, …). */
function choose(s: Schema, data: unknown): Schema {
  s = unwrap(s);
  if (!(s instanceof z.ZodUnion)) return s;
  const options = s.options.map(unwrap);
  if (Array.isArray(data)) return options.find((o) => o instanceof z.ZodArray) ?? options[0];
  if (data !== null && typeof data === 'object') {
    return options.find((o) => o instanceof z.ZodObject) ?? options.find((o) => o instanceof z.ZodRecord) ?? options[0];
  }
  return options[0];
}

/** The keys the schema allows in the mapping at `path`, for did-you-mean on an unknown key. */
export function allowedKeysAt(schema: Schema, path: DataPath, root: unknown): string[] {
  let s = choose(schema, root);
  let data: unknown = root;
  for (const seg of path) {
    data = valueAt(data, [seg]);
    let next: Schema | undefined;
    if (s instanceof z.ZodObject) next = (s.shape as Record<string, Schema>)[String(seg)];
    else if (s instanceof z.ZodArray) next = s.element;
    else if (s instanceof z.ZodRecord) next = s.valueType;
    if (!next) return [];
    s = choose(next, data);
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** The value at `path` in plain data, or undefined where the path leaves it. */
export function valueAt(root: unknown, path: DataPath): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
