import type { Msg } from '../i18n/message.js';
import { yamlNumberHint } from '../values/index.js';
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
