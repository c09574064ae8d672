// Durations of SOP steps, in minutes: "30 menit", "8 jam", "1 jam 30 menit", "2 hari".
import { msg, type Msg } from '../core/message.js';
import { MAX_TEXT, describe, isAsciiLetter, isDigit, isLetter, show, skipSpace, trimEnd } from './chars.js';
import { formatNumber } from './format.js';
import { decimalTimes, scanNumeral } from './numeral.js';
import { fail, ok, type Reading } from './reading.js';

export interface DurationOptions {
  /** Length of a working day ("hari") in hours, as configured. */
  hoursPerDay: number;
}

type TimeUnit = 'menit' | 'jam' | 'hari';

const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['menit', 'menit'],
  ['mnt', 'menit'],
  ['jam', 'jam'],
  ['hari', 'hari'],
  ['hr', 'hari'],
]);

/**
 * Reads a duration in minutes: one or more "<number> <unit>" parts with unit menit/mnt, jam or
 * hari/hr (case-insensitive), each unit at most once, in any order: "1 jam 30 menit",
 * "1,5 jam", "45 mnt", "2 hari" (= 2 × hoursPerDay hours). A bare number is a reason: minutes
 * and hours are both common, so the unit must be written.
 */
export function readDuration(input: unknown, opts: DurationOptions): Reading<number> {
  const hours = opts?.hoursPerDay;
  if (typeof hours !== 'number' || !(hours > 0 && hours <= 24)) {
    const d = describe(hours);
    return fail(
      msg(
        `the working day must be more than 0 and at most 24 hours, not ${d.en}`,
        `panjang hari kerja harus lebih dari 0 dan paling lama 24 jam, bukan ${d.id}`,
      ),
    );
  }
  if (typeof input === 'number' || typeof input === 'bigint') {
    const n = String(input);
    return fail(
      msg(`the duration ${n} has no unit; write e.g. "${n} menit" or "${n} jam"`, `durasi ${n} tanpa satuan; tulis mis. "${n} menit" atau "${n} jam"`),
    );
  }
  if (typeof input !== 'string') {
    const d = describe(input);
    return fail(msg(`a duration such as "30 menit" is expected, not ${d.en}`, `diharapkan durasi seperti "30 menit", bukan ${d.id}`));
  }
  if (input.length > MAX_TEXT) return fail(msg('the text is too long to be a duration', 'teks terlalu panjang untuk durasi'));
  const s = input;
  const end = trimEnd(s, 0, s.length);
  let p = skipSpace(s, 0, end);
  if (p === end) return fail(msg('empty duration; write e.g. "30 menit"', 'durasi kosong; tulis mis. "30 menit"'));
  let total = 0;
  const seen = new Set<TimeUnit>();
  while (p < end) {
    const c = s.charCodeAt(p);
    if (c === 45 || c === 0x2212) return fail(msg(`${show(s)}: a duration cannot be negative`, `${show(s)}: durasi tidak boleh negatif`));
    if (!(isDigit(c) || c === 44 || c === 46)) return fail(unreadable(s));
    const num = scanNumeral(s, p, end);
    if (!num.ok) return num;
    const numText = s.slice(p, num.value.end);
    p = skipSpace(s, num.value.end, end);
    const w = p;
    while (p < end && isAsciiLetter(s.charCodeAt(p))) p++;
    while (p < end && isLetter(s.charCodeAt(p))) p++; // a non-ASCII tail makes the word unknown
    if (p === w) {
      return fail(
        msg(`${show(s)}: the number ${numText} has no unit (menit, jam or hari)`, `${show(s)}: angka ${numText} tanpa satuan (menit, jam atau hari)`),
      );
    }
    const word = s.slice(w, p);
    const unit = TIME_UNITS.get(word.toLowerCase());
    if (unit === undefined) {
      return fail(
        msg(
          `${show(s)}: unknown time unit ${show(word)}; use menit, jam or hari`,
          `${show(s)}: satuan waktu ${show(word)} tidak dikenal; gunakan menit, jam atau hari`,
        ),
      );
    }
    if (seen.has(unit)) {
      return fail(msg(`${show(s)}: ${unit} is written twice`, `${show(s)}: ${unit} ditulis dua kali`));
    }
    seen.add(unit);
    total += decimalTimes(num.value, unit === 'menit' ? 1 : unit === 'jam' ? 60 : hours * 60);
    p = skipSpace(s, p, end);
  }
  if (!(total <= Number.MAX_SAFE_INTEGER)) {
    return fail(msg(`${show(s)} is too long a duration`, `${show(s)} adalah durasi yang terlalu panjang`));
  }
  return ok(total);
}

/** "8 jam", "30 menit", "1 jam 30 menit", "0 menit"; never "hari", whose length is configured. */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes)) return String(minutes);
  if (minutes < 0) return `-${formatDuration(-minutes)}`;
  const rest = minutes % 60; // exact on doubles, unlike minutes - 60 * floor(minutes / 60)
  const hours = (minutes - rest) / 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${formatNumber(hours)} jam`);
  if (rest > 0 || hours === 0) parts.push(`${formatNumber(rest)} menit`);
  return parts.join(' ');
}

function unreadable(s: string): Msg {
  return msg(`${show(s)} is not a duration such as "1 jam 30 menit"`, `${show(s)} bukan durasi seperti "1 jam 30 menit"`);
}
