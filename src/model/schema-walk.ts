import type { z } from 'zod';
import type { DataPath } from '../load/span.js';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType {
  for (;;) {
    const d = defOf(s);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'readonly') s = d.innerType as z.ZodType;
    else if (d.type === 'lazy') s = (d.getter as () => z.ZodType)();
    else if (d.type === 'pipe') s = d.in as z.ZodType;
    else return s;
  }
}

/** Picks the branch of a union that fits the data actually written (a list, a mapping, …). */
function choose(s: z.ZodType, data: unknown): z.ZodType {
  s = unwrap(s);
  const d = defOf(s);
  if (d.type !== 'union') return s;
  const options = (d.options as z.ZodType[]).map(unwrap);
  const want = Array.isArray(data) ? 'array' : data !== null && typeof data === 'object' ? 'object' : undefined;
  return options.find((o) => defOf(o).type === want) ?? options.find((o) => want === 'object' && defOf(o).type === 'record') ?? options[0];
}

/** The keys the schema allows in the mapping at `path`, for did-you-mean on an unknown key. */
export function allowedKeysAt(schema: z.ZodType, path: DataPath, root: unknown): string[] {
  let s = choose(schema, root);
  let data: unknown = root;
  for (const seg of path) {
    data = data !== null && typeof data === 'object' ? (data as Record<string | number, unknown>)[seg] : undefined;
    const d = defOf(s);
    let next: z.ZodType | undefined;
    if (d.type === 'object') next = (d.shape as Record<string, z.ZodType>)[String(seg)];
    else if (d.type === 'array') next = d.element as z.ZodType;
    else if (d.type === 'record') next = d.valueType as z.ZodType;
    if (!next) return [];
    s = choose(next, data);
  }
  const d = defOf(s);
  return d.type === 'object' ? Object.keys(d.shape as object) : [];
}
