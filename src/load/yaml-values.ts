import { CORE_SCHEMA } from 'js-yaml';

/** YAML 1.2 core floats; js-yaml leaves out-of-range ones (1e999) as text, the yaml package reads ±Infinity. */
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** What an unquoted scalar means in YAML 1.2's core schema: null, a boolean, a number or text. */
export function plainValue(source: string): unknown {
  const value = CORE_SCHEMA.resolveImplicitScalarTag(source).value;
  return typeof value === 'string' && CORE_FLOAT.test(source) ? Number(source) : value;
}

/** Sets a mapping entry; `__proto__` becomes an own property, never the object's prototype. */
export function setEntry(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  else obj[key] = value;
}
