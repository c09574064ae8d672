/**
 * The YAML 1.2 core schema for unquoted scalars, as the `yaml` package resolves them (the
 * precise path is the reference): null, booleans, decimal, octal and hex integers, floats,
 * ±.inf and .nan; anything else is text. Both fast paths use it, so `1.200` is 1.2 everywhere.
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** What an unquoted scalar means: null, a boolean, a number or text. */
export function plainValue(source: string): unknown {
  const c = source.charCodeAt(0);
  // Most plan text starts with a letter no null, boolean or number starts with (only n N t T f F, ~, digits and signs do).
  const maybe = Number.isNaN(c) || c < 0x41 || c === 0x7e || c === 0x4e || c === 0x54 || c === 0x46 || c === 0x6e || c === 0x74 || c === 0x66;
  if (!maybe) return source;
  // Plain digits (years, counts, amounts) are most of the rest: read them without a regex.
  if (c >= 0x30 && c <= 0x39 && source.length <= 15) {
    let n = 0;
    let i = 0;
    for (; i < source.length; i++) {
      const d = source.charCodeAt(i) - 0x30;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === source.length) return n;
  }
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return c === 0x74 || c === 0x54;
  if (INT_OCT.test(source)) return parseInt(source.slice(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.slice(2), 16);
  if (FLOAT_SPECIAL.test(source)) return source.endsWith('nan') || source.endsWith('NaN') || source.endsWith('NAN') ? NaN : c === 0x2d ? -Infinity : Infinity;
  if (FLOAT.test(source)) return parseFloat(source);
  return source;
}

/** Sets a mapping entry; `__proto__` becomes an own property, never the object's prototype. */
export function setEntry(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  else obj[key] = value;
  if (key === 'toString' || key === 'valueOf') keepPrintable(obj);
}

const asText = () => '[object Object]';

/**
 * A mapping with its own `toString` or `valueOf` key (plan data, not a function) would make
 * String(), a template literal or a comparison throw wherever a rule quotes the value: give it
 * the primitive conversion every other mapping has. The symbol is invisible to keys and JSON.
 */
function keepPrintable(obj: object): void {
  Object.defineProperty(obj, Symbol.toPrimitive, { value: asText, enumerable: false, configurable: true, writable: true });
}

/** The same for data the yaml package built: every mapping with such a key, aliases visited once. */
export function keepAllPrintable(data: unknown): void {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (!Array.isArray(v) && (Object.hasOwn(v, 'toString') || Object.hasOwn(v, 'valueOf'))) keepPrintable(v);
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (x !== null && typeof x === 'object') stack.push(x);
  }
}
