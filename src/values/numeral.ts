// The digits of one number in Indonesian style: "." groups thousands, "," is the decimal mark.
import { msg } from '../core/message.js';
import { isDash, isDigit, show } from './chars.js';
import { fail, ok, type Reading } from './reading.js';

/**
 * An exact decimal: digits × 10^exp, with no leading or trailing zeros in `digits`
 * ('' is zero). Kept as text so scaling ("2,3 M") never goes through float products.
 */
export interface Decimal {
  digits: string;
  exp: number;
}

export interface Numeral extends Decimal {
  /** Index just after the numeral. */
  end: number;
  /** How many digits were written after the decimal mark ("71,90": 2; "1.500": 0), trailing zeros
   *  included, so a printer can keep the decimals a planner wrote. */
  written: number;
}

const DOT = 46;
const COMMA = 44;
// Powers of ten that are exact doubles (10^22 is the last).
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * Scans the unsigned numeral starting at `i`. Rules, decided for the ambiguous cases:
 * - a comma is the decimal mark: "7,5" = 7.5 and "1,500" = 1.5 (never English thousands);
 * - dots before a comma, or two or more dots, must group thousands in threes;
 * - a lone dot with exactly three digits after it groups thousands: "1.500" = 1500;
 *   "0.500" and "1234.567" fit neither reading cleanly and are refused;
 * - a lone dot with one or two digits after it cannot be a thousands group, so it can only be
 *   a decimal point: "1.5" = 1.5, "69.50" = 69.5 (as YAML reads an unquoted 1.5);
 * - a lone dot with four or more digits after it is read as a decimal point only after a zero
 *   ("0.1234"); "1.2345" may be a mistyped "12.345" and is refused with a hint to write "1,2345".
 * A comma directly followed by a dash (",-", money style "Rp 5.000,-") ends the numeral.
 */
export function scanNumeral(s: string, i: number, end: number): Reading<Numeral> {
  let p = i;
  while (p < end) {
    const c = s.charCodeAt(p);
    if (isDigit(c) || c === DOT) p++;
    else if (c === COMMA && !(p + 1 < end && isDash(s.charCodeAt(p + 1)))) p++;
    else break;
  }
  const body = s.slice(i, p);
  if (body === '') return fail(msg(`no number at ${show(s.slice(i, end))}`, `tidak ada angka pada ${show(s.slice(i, end))}`));
  if (!isDigit(body.charCodeAt(0))) {
    return fail(
      msg(`${show(body)} starts with a separator; write a digit first, e.g. "0,5"`, `${show(body)} diawali tanda pemisah; tulis angka lebih dulu, mis. "0,5"`),
    );
  }
  if (!isDigit(body.charCodeAt(body.length - 1))) {
    return fail(msg(`${show(body)} ends with a separator`, `${show(body)} diakhiri tanda pemisah`));
  }
  let commas = 0;
  let commaAt = -1;
  let dots = 0;
  let prevSep = false;
  for (let k = 0; k < body.length; k++) {
    const c = body.charCodeAt(k);
    if (c === COMMA || c === DOT) {
      if (prevSep) {
        return fail(msg(`${show(body)} has two separators in a row`, `${show(body)} memuat dua tanda pemisah berturut-turut`));
      }
      prevSep = true;
      if (c === COMMA) {
        commas++;
        commaAt = k;
      } else dots++;
    } else prevSep = false;
  }
  if (commas > 1) {
    return fail(
      msg(
        `${show(body)} has more than one comma; the comma is the decimal mark and dots group thousands (1.234.567)`,
        `${show(body)} memuat lebih dari satu koma; koma adalah tanda desimal dan titik pemisah ribuan (1.234.567)`,
      ),
    );
  }
  const intPart = commas ? body.slice(0, commaAt) : body;
  const fracPart = commas ? body.slice(commaAt + 1) : '';
  if (fracPart.includes('.')) {
    const fix = swapMarks(body);
    return fail(
      msg(
        `${show(body)} has a dot after the decimal comma (English style?); in Indonesian style write "${fix}"`,
        `${show(body)} memuat titik setelah koma desimal (gaya Inggris?); tulis "${fix}"`,
      ),
    );
  }
  if (dots === 0) return ok(decimal(intPart, fracPart, p));
  if (commas === 1 || dots >= 2) {
    if (groupedInThrees(intPart)) return ok(decimal(intPart.replaceAll('.', ''), fracPart, p));
    return fail(
      msg(`${show(body)}: dots group thousands in threes, as in 1.234.567`, `${show(body)}: titik memisahkan ribuan per tiga angka, seperti 1.234.567`),
    );
  }
  // One dot and no comma: thousands or a decimal point? See the rules above.
  const dotAt = intPart.indexOf('.');
  const before = intPart.slice(0, dotAt);
  const after = intPart.slice(dotAt + 1);
  if (after.length === 3 && groupedInThrees(intPart)) return ok(decimal(before + after, '', p));
  if (after.length <= 2 || (after.length > 3 && allZeros(before))) return ok(decimal(before, after, p));
  const asDecimal = body.replace('.', ',');
  return fail(
    msg(
      `${show(body)} is ambiguous: a dot groups thousands in Indonesian style; write "${asDecimal}" for a decimal, or group thousands in threes`,
      `${show(body)} bermakna ganda: titik adalah pemisah ribuan; tulis "${asDecimal}" untuk desimal, atau kelompokkan ribuan per tiga angka`,
    ),
  );
}

/** Builds the canonical decimal of integer and fraction digit strings. */
function decimal(int: string, frac: string, end: number): Numeral {
  const all = int + frac;
  let lo = 0;
  while (lo < all.length && all.charCodeAt(lo) === 48) lo++;
  let hi = all.length;
  while (hi > lo && all.charCodeAt(hi - 1) === 48) hi--;
  if (lo === hi) return { digits: '', exp: 0, end, written: frac.length };
  return { digits: all.slice(lo, hi), exp: all.length - hi - frac.length, end, written: frac.length };
}

/** First group 1–3 digits not starting with 0 (a grouped number has no leading zero), then threes. */
function groupedInThrees(t: string): boolean {
  let first = t.indexOf('.');
  if (first < 0) first = t.length;
  if (first < 1 || first > 3 || t.charCodeAt(0) === 48) return false;
  for (let k = first; k < t.length; k += 4) {
    if (t.charCodeAt(k) !== DOT || k + 4 > t.length) return false;
    for (let m = k + 1; m < k + 4; m++) if (!isDigit(t.charCodeAt(m))) return false;
  }
  return true;
}

function allZeros(t: string): boolean {
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) !== 48) return false;
  return true;
}

function swapMarks(t: string): string {
  let out = '';
  for (let k = 0; k < t.length; k++) {
    const c = t[k];
    out += c === '.' ? ',' : c === ',' ? '.' : c;
  }
  return out;
}

/**
 * The double nearest to digits × 10^exp. Number() parses the decimal text correctly
 * rounded, so "23e8" is exactly 2300000000 and integers up to 2^53 come out exact.
 */
export function decimalValue(d: Decimal, extraExp = 0): number {
  if (d.digits === '') return 0;
  const e = d.exp + extraExp;
  // Fast path (Clinger): both factors are exact doubles, so one correctly rounded * or / gives
  // the same double as parsing the text.
  if (d.digits.length <= 15 && e >= -22 && e <= 22) {
    const m = Number(d.digits);
    return e >= 0 ? m * POW10[e] : m / POW10[-e];
  }
  return Number(`${d.digits}e${e}`);
}

/** digits × 10^exp × factor, exact whenever the true result is a double (e.g. "1,1 jam" = 66 minutes). */
export function decimalTimes(d: Decimal, factor: number): number {
  if (d.digits === '') return 0;
  if (factor === 1) return decimalValue(d);
  if (d.exp < 0 && d.exp >= -22 && d.digits.length <= 15 && Number.isInteger(factor)) {
    const m = Number(d.digits) * factor;
    if (m <= Number.MAX_SAFE_INTEGER) return m / POW10[-d.exp];
  }
  return decimalValue(d) * factor;
}
