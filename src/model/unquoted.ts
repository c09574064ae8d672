import type { Msg } from '../i18n/message.js';
import { fail, yamlNumberHint, type Reading } from '../values/index.js';
import type { Loc } from './plan.js';

/**
 * The hint for a value written as an unquoted YAML number with three digits after its point
 * (`1.200`, which YAML has already read as 1.2), or undefined. Only a YAML number can be one:
 * the source is looked at for those alone, so most values cost nothing.
 */
export function unquotedThousandsAt(raw: unknown, loc: Loc): Msg | undefined {
  // 1–3 digits, a point and three more: always below 1000, so larger numbers (most amounts) skip the look.
  if (typeof raw !== 'number' || !(Math.abs(raw) < 1000) || !loc.source.isPlainScalar(loc.path)) return undefined;
  const text = loc.source.sourceText(loc.path);
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
