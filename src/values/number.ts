// Numbers and ranges as planners write them: YAML numbers, or text in Indonesian style.
import { msg, type Msg } from '../core/message.js';
import { MAX_TEXT, describe, isDash, isDigit, isSpace, show } from './chars.js';
import { decimalValue } from './numeral.js';
import { fail, ok, type Reading } from './reading.js';
import { scanQuantity, type RawQuantity } from './scan.js';
import { normalizeUnit } from './unit.js';

/** `decimals`: the digits written after the decimal mark ("71,90" → 2), so printers keep them. */
export type Quantity = { value: number; unit?: string; decimals?: number };
export type Range = { min: number; max: number; unit?: string; decimals?: number };

/** The decimals to keep of a written quantity: only those written, and none under a scale word. */
function keptDecimals(written: number, scale: number): number | undefined {
  return written > 0 && scale === 0 ? written : undefined;
}

function withDecimals<T extends object>(v: T, decimals: number | undefined): T & { decimals?: number } {
  return decimals === undefined ? v : { ...v, decimals };
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Reads a number: a finite YAML number, or text such as "1.500", "7,5", "-1.234.567,89",
 * "6 juta", "2,3 M", "6jt", "70%", "40 destinasi", "6 juta kunjungan", "Rp 2,3 M" (unit "Rp").
 * Magnitudes beyond Number.MAX_SAFE_INTEGER are refused: they are typos, and not exact.
 */
export function readNumber(input: unknown): Reading<Quantity> {
  if (typeof input === 'number') return readJsNumber(input);
  if (typeof input === 'bigint') {
    if (input <= BigInt(MAX_SAFE) && input >= -BigInt(MAX_SAFE)) return ok({ value: Number(input) });
    return fail(tooLarge(input.toString()));
  }
  if (typeof input !== 'string') return fail(expected(input));
  if (input.length > MAX_TEXT) return fail(tooLong());
  const raw = scanQuantity(input, 0, input.length);
  if (!raw.ok) {
    // Say "a range" rather than "garbage after the number" when that is what was written.
    if (findRangeSeparator(input) && readRange(input).ok) {
      return fail(msg(`${show(input)} is a range; a single number is expected here`, `${show(input)} adalah rentang; di sini diharapkan satu angka`));
    }
    return raw;
  }
  const value = rawValue(raw.value, raw.value.scale, input);
  if (!value.ok) return value;
  const q = raw.value.unit === undefined ? { value: value.value } : { value: value.value, unit: raw.value.unit };
  return ok(withDecimals(q, keptDecimals(raw.value.written, raw.value.scale)));
}

function readJsNumber(n: number): Reading<Quantity> {
  if (!Number.isFinite(n)) return fail(msg(`${n} is not a usable number`, `${n} bukan angka yang dapat dipakai`));
  if (Math.abs(n) > MAX_SAFE) return fail(tooLarge(String(n)));
  return ok({ value: n === 0 ? 0 : n }); // no -0
}

/** The signed value of a scanned quantity with the given scale, refusing overflow and underflow. */
export function rawValue(q: RawQuantity, scale: number, text: string): Reading<number> {
  if (q.digits === '') return ok(0);
  const v = decimalValue(q, scale);
  if (v > MAX_SAFE) return fail(tooLarge(text));
  if (v === 0) {
    return fail(msg(`${show(text)} is too small to be told from zero`, `${show(text)} terlalu kecil untuk dibedakan dari nol`));
  }
  return ok(q.neg ? -v : v);
}

/**
 * Reads a range "69,1-69,5", "69,1 - 69,5", "10–20%", "69,1 s.d. 69,5" (also "s/d", "sampai",
 * "hingga"). A leading minus is a sign: "-5 - 5", "-10--5". A scale word or unit written only
 * after the upper end applies to both ("6-7 juta", "10–20%"); a scale word only on the lower
 * end is refused as unclear. Units written on both ends must agree. min ≤ max.
 */
export function readRange(input: unknown): Reading<Range> {
  if (typeof input !== 'string') {
    return fail(
      msg(`a range such as "69,1-69,5" is expected, not ${describe(input).en}`, `diharapkan rentang seperti "69,1-69,5", bukan ${describe(input).id}`),
    );
  }
  if (input.length > MAX_TEXT) return fail(tooLong());
  const sep = findRangeSeparator(input);
  if (!sep) {
    return fail(msg(`${show(input)} is not a range such as "69,1-69,5"`, `${show(input)} bukan rentang seperti "69,1-69,5"`));
  }
  const lo = scanQuantity(input, 0, sep.start);
  if (!lo.ok) return lo;
  const hi = scanQuantity(input, sep.end, input.length);
  if (!hi.ok) return hi;
  if (lo.value.scaleWritten && !hi.value.scaleWritten) {
    return fail(
      msg(
        `${show(input)}: a scale word on the lower end only is unclear; write it on both ends or after the upper`,
        `${show(input)}: kata skala hanya pada batas bawah tidak jelas; tulis pada kedua batas atau setelah batas atas`,
      ),
    );
  }
  const lu = lo.value.unit;
  const hu = hi.value.unit;
  if (lu !== undefined && hu !== undefined && normalizeUnit(lu) !== normalizeUnit(hu)) {
    return fail(
      msg(
        `${show(input)}: the two ends have different units (${show(lu)}, ${show(hu)})`,
        `${show(input)}: kedua batas bersatuan berbeda (${show(lu)}, ${show(hu)})`,
      ),
    );
  }
  const min = rawValue(lo.value, lo.value.scaleWritten ? lo.value.scale : hi.value.scale, input);
  if (!min.ok) return min;
  const max = rawValue(hi.value, hi.value.scale, input);
  if (!max.ok) return max;
  if (min.value > max.value) {
    return fail(
      msg(
        `${show(input)}: the lower end is above the upper end; write the smaller value first`,
        `${show(input)}: batas bawah melebihi batas atas; tulis nilai yang lebih kecil lebih dulu`,
      ),
    );
  }
  const unit = hu ?? lu;
  const r = unit === undefined ? { min: min.value, max: max.value } : { min: min.value, max: max.value, unit };
  return ok(withDecimals(r, keptDecimals(Math.max(lo.value.written, hi.value.written), hi.value.scale)));
}

const RANGE_WORDS = ['s.d.', 's/d', 's.d', 'sd', 'sampai dengan', 'sampai', 'hingga'];

/** Where the range separator is: the first dash after the first digit, or a range word. */
export function findRangeSeparator(s: string): { start: number; end: number } | undefined {
  let i = 0;
  while (i < s.length && !isDigit(s.charCodeAt(i))) i++;
  for (i++; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDash(c)) {
      if (s.charCodeAt(i - 1) === 44) continue; // ",-" of money, not a range
      return { start: i, end: i + 1 };
    }
    if ((c === 115 || c === 83 || c === 104 || c === 72) && isSpace(s.charCodeAt(i - 1))) {
      for (const word of RANGE_WORDS) {
        const after = i + word.length;
        if (after < s.length && isSpace(s.charCodeAt(after)) && s.slice(i, after).toLowerCase() === word) {
          return { start: i, end: after };
        }
      }
    }
  }
  return undefined;
}

/**
 * For the source text of an unquoted YAML number: "1.200" is read by YAML as 1.2, but a planner
 * almost always means 1200. Returns the warning to give, or undefined.
 */
export function yamlNumberHint(source: string): Msg | undefined {
  let p = 0;
  const c = source.charCodeAt(0);
  if (c === 43 || c === 45) p = 1;
  const from = p;
  while (p < source.length && isDigit(source.charCodeAt(p))) p++;
  const intLen = p - from;
  if (intLen < 1 || intLen > 3 || source.charCodeAt(from) === 48 || source.charCodeAt(p) !== 46) return undefined;
  p++;
  const fracFrom = p;
  while (p < source.length && isDigit(source.charCodeAt(p))) p++;
  if (p !== source.length || p - fracFrom !== 3) return undefined;
  const plain = source.replace('.', '');
  const read = String(Number(source));
  return msg(
    `YAML reads ${source} as the decimal ${read}; if thousands are meant, quote it ("${source}") or write ${plain}`,
    `YAML membaca ${source} sebagai bilangan desimal ${read.replace('.', ',')}; jika yang dimaksud ribuan, beri tanda kutip ("${source}") atau tulis ${plain}`,
  );
}

function tooLarge(text: string): Msg {
  return msg(`${show(text)} is too large (beyond 9.007.199.254.740.991)`, `${show(text)} terlalu besar (melebihi 9.007.199.254.740.991)`);
}

function tooLong(): Msg {
  return msg(`the text is too long to be a number (over ${MAX_TEXT} characters)`, `teks terlalu panjang untuk sebuah angka (lebih dari ${MAX_TEXT} karakter)`);
}

function expected(input: unknown): Msg {
  const d = describe(input);
  return msg(`a number is expected, not ${d.en}`, `diharapkan angka, bukan ${d.id}`);
}
