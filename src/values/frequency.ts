// How often an SOP step occurs, as occurrences per year: 1, "12", "12 kali", "2 kali per bulan".
import { msg } from '../core/message.js';
import { describe, show } from './chars.js';
import { readNumber } from './number.js';
import { fail, ok, type Reading } from './reading.js';
import { normalizeUnit } from './unit.js';

/** Periods a frequency may be written per, and how many of each a year holds. */
const PER_YEAR: ReadonlyMap<string, number> = new Map([
  ['tahun', 1],
  ['semester', 2],
  ['triwulan', 4],
  ['bulan', 12],
  ['minggu', 52],
]);

/**
 * Reads occurrences per year: a number, optionally with "kali" (or "x") and a period —
 * "per bulan", "/bulan" or "sebulan" (also tahun, semester, triwulan, minggu): "2 kali per bulan"
 * is 24. A frequency must be above zero: a step that never happens has no place in the SOP.
 * Days are refused as a period: the number of working days in a year is not a fixed fact.
 */
export function readFrequency(input: unknown): Reading<number> {
  if (typeof input !== 'number' && typeof input !== 'string') {
    const d = describe(input);
    return fail(msg(`a number of times per year such as 12 is expected, not ${d.en}`, `diharapkan jumlah kali per tahun seperti 12, bukan ${d.id}`));
  }
  const num = readNumber(input);
  if (!num.ok) return num;
  const factor = periodFactor(num.value.unit);
  if (factor === undefined) {
    const u = num.value.unit ?? '';
    return fail(
      msg(
        `${show(String(input))}: ${show(u)} is not a frequency; write times per year, e.g. "12", "12 kali" or "1 kali per bulan"`,
        `${show(String(input))}: ${show(u)} bukan frekuensi; tulis jumlah kali per tahun, mis. "12", "12 kali" atau "1 kali per bulan"`,
      ),
    );
  }
  if (!(num.value.value > 0)) {
    return fail(msg(`${show(String(input))}: a frequency must be more than zero`, `${show(String(input))}: frekuensi harus lebih dari nol`));
  }
  return ok(num.value.value * factor);
}

/** The unit after the number → how many periods per year; undefined when it is not a frequency. */
function periodFactor(unit: string | undefined): number | undefined {
  if (unit === undefined) return 1;
  let u = normalizeUnit(unit);
  for (const times of ['kali', 'x']) {
    if (u === times) return 1;
    if (u.startsWith(`${times} `) || u.startsWith(`${times}/`)) {
      u = u.slice(times.length).trimStart();
      break;
    }
  }
  const period = u.startsWith('per ') ? u.slice(4) : u.startsWith('/') ? u.slice(1) : u.startsWith('se') ? u.slice(2) : undefined;
  return period === undefined ? undefined : PER_YEAR.get(period.trim());
}
