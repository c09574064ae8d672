// Years: keys of per-year maps ({2025: …}) and baseline years.
import { msg } from '../core/message.js';
import { describe, isDigit, show } from './chars.js';
import { fail, ok, type Reading } from './reading.js';

/** A four-digit year, 1000–9999, given as a YAML integer or as text such as "2025" (a map key). */
export function readYear(input: unknown): Reading<number> {
  if (typeof input === 'number') {
    if (Number.isInteger(input) && input >= 1000 && input <= 9999) return ok(input);
    return fail(notYear(String(input)));
  }
  if (typeof input === 'string') {
    const t = input.trim();
    if (
      t.length === 4 &&
      t.charCodeAt(0) !== 48 &&
      isDigit(t.charCodeAt(0)) &&
      isDigit(t.charCodeAt(1)) &&
      isDigit(t.charCodeAt(2)) &&
      isDigit(t.charCodeAt(3))
    ) {
      return ok(Number(t));
    }
    return fail(notYear(input));
  }
  const d = describe(input);
  return fail(msg(`a year such as 2025 is expected, not ${d.en}`, `diharapkan tahun seperti 2025, bukan ${d.id}`));
}

function notYear(text: string) {
  return msg(`${show(text)} is not a year: write four digits, such as 2025`, `${show(text)} bukan tahun: tulis empat angka, seperti 2025`);
}
