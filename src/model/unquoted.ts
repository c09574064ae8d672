import type { Msg } from '../core/message.js';
import { fail, yamlNumberHint, type Reading } from '../values/index.js';
import type { Loc } from './plan.js';

/**
 * The hint for a value written as an unquoted YAML number with three digits after its point
 * (`1.200`, which YAML has already read as 1.2), or undefined. How the number was written came
 * with the data when the file was read.
 */
export function unquotedThousandsAt(raw: unknown, loc: Loc): Msg | undefined {
  // 1–3 digits, a point and three more: always below 1000, so larger numbers (most amounts) skip the look.
  if (typeof raw !== 'number' || !(Math.abs(raw) < 1000)) return undefined;
  const text = loc.source.numberText(loc.path);
  return text === undefined ? undefined : yamlNumberHint(text);
}

/**
 * A whole count (rupiah, times a year) read by `read`, except an unquoted 500.000: YAML has made it
 * 500, which is never what was meant, so it is unreadable with the quote-it hint.
 */
export function readWholeAt<T>(raw: string | number, loc: Loc, read: (v: string | number) => Reading<T>): Reading<T> {
  const hint = unquotedThousandsAt(raw, loc);
  return hint ? fail(hint) : read(raw);
}

/**
 * The decimals of an unquoted YAML number as written (`71.90` → 2, which YAML has read as 71.9), or
 * undefined. Only fractions are looked at.
 */
export function writtenDecimalsAt(raw: unknown, loc: Loc): number | undefined {
  if (typeof raw !== 'number' || Number.isInteger(raw)) return undefined;
  const m = /^[+-]?\d+\.(\d+)$/.exec(loc.source.numberText(loc.path) ?? '');
  return m ? m[1].length : undefined;
}
