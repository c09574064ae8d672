// One written quantity: [sign] [Rp] numeral [scale word] [unit]. Shared by the number,
// range and money readers so that they accept exactly the same spellings.
import { msg } from '../core/message.js';
import { isAsciiLetter, isDash, isDigit, isLetter, isSpace, show, skipSpace, trimEnd } from './chars.js';
import { scanNumeral, type Decimal } from './numeral.js';
import { fail, ok, type Reading } from './reading.js';

export interface RawQuantity extends Decimal {
  neg: boolean;
  /** Power of ten of the scale word, 0 without one. */
  scale: number;
  scaleWritten: boolean;
  /** 'Rp' when written as a prefix, else the text after the number; undefined when none. */
  unit: string | undefined;
  /** Digits written after the decimal mark, trailing zeros included. */
  written: number;
}

// Scale words compare case-insensitively, except the one-letter "M" and "T", which must be
// capitals: "5 m" is five metres and "5 t" five tonnes.
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['ribu', 3],
  ['rb', 3],
  ['juta', 6],
  ['jt', 6],
  ['miliar', 9],
  ['milyar', 9],
  ['triliun', 12],
  ['trilyun', 12],
]);

const PLUS = 43;
const MINUS = 45;
const TRUE_MINUS = 0x2212;
const DOT = 46;
const COMMA = 44;
const PERCENT = 37;

/** Scans `s` from start to end (spaces around are ignored); the whole span must be one quantity. */
export function scanQuantity(s: string, start: number, end: number): Reading<RawQuantity> {
  let p = skipSpace(s, start, end);
  const e = trimEnd(s, p, end);
  const first = p;
  const whole = () => s.slice(first, e); // for messages only
  if (p === e) return fail(msg('empty value: a number is expected', 'nilai kosong: diharapkan sebuah angka'));

  let neg = false;
  let signed = false;
  let c = s.charCodeAt(p);
  if (c === PLUS || c === MINUS || c === TRUE_MINUS) {
    neg = c !== PLUS;
    signed = true;
    p++;
  }
  let rupiah = false;
  if (isRupiahPrefix(s, p, e)) {
    rupiah = true;
    p += 2;
    if (s.charCodeAt(p) === DOT) p++;
    p = skipSpace(s, p, e);
    c = s.charCodeAt(p);
    if (!signed && (c === PLUS || c === MINUS || c === TRUE_MINUS)) {
      neg = c !== PLUS;
      p++;
    }
  }
  c = s.charCodeAt(p);
  if (p >= e || !(isDigit(c) || c === DOT || c === COMMA)) return fail(noNumber(whole()));

  const num = scanNumeral(s, p, e);
  if (!num.ok) return num;
  p = num.value.end;
  // ",-" after the amount: "no cents", as in "Rp 5.000,-".
  if (s.charCodeAt(p) === COMMA && p + 1 < e && isDash(s.charCodeAt(p + 1)) && (p + 2 === e || isSpace(s.charCodeAt(p + 2)))) {
    p += 2;
  }

  let scale = 0;
  let scaleWritten = false;
  const w = skipSpace(s, p, e);
  let r = w;
  while (r < e && isAsciiLetter(s.charCodeAt(r))) r++;
  if (r > w && (r === e || !(isLetter(s.charCodeAt(r)) || isDigit(s.charCodeAt(r))))) {
    const word = s.slice(w, r);
    const found = word === 'M' ? 9 : word === 'T' ? 12 : SCALE_WORDS.get(word.toLowerCase());
    if (found !== undefined) {
      scale = found;
      scaleWritten = true;
      p = r;
    }
  }

  let unit: string | undefined = rupiah ? 'Rp' : undefined;
  const u = skipSpace(s, p, e);
  if (u < e) {
    const text = s.slice(u, e);
    if (rupiah) {
      return fail(
        msg(
          `${show(whole())}: an amount in Rp takes no unit after it (${show(text)})`,
          `${show(whole())}: jumlah dalam Rp tidak diikuti satuan lain (${show(text)})`,
        ),
      );
    }
    const bad = checkUnit(whole, text);
    if (bad) return bad;
    unit = text;
  }
  return ok({ neg, digits: num.value.digits, exp: num.value.exp, scale, scaleWritten, unit, written: num.value.written });
}

function isRupiahPrefix(s: string, p: number, e: number): boolean {
  if (p + 2 >= e) return false;
  const a = s.charCodeAt(p);
  const b = s.charCodeAt(p + 1);
  if (!((a === 82 || a === 114) && (b === 80 || b === 112))) return false;
  const n = s.charCodeAt(p + 2);
  return n === DOT || isSpace(n) || isDigit(n) || n === MINUS || n === PLUS || n === TRUE_MINUS;
}

/**
 * A unit starts with a letter or a sign such as "%", and holds no second number, except after
 * "per" or "/" ("per 1.000 penduduk"); digits inside a word ("m2") are part of the unit.
 */
function checkUnit(whole: () => string, text: string) {
  const c0 = text.charCodeAt(0);
  if (isDigit(c0) || ((isDash(c0) || c0 === PLUS) && isDigit(text.charCodeAt(1)))) return fail(twoNumbers(whole()));
  if (!(isLetter(c0) || c0 === PERCENT || c0 === 0x2030 || c0 === 0xb0)) {
    return fail(
      msg(
        `${show(whole())}: cannot read ${show(text)} after the number as a unit`,
        `${show(whole())}: ${show(text)} setelah angka tidak terbaca sebagai satuan`,
      ),
    );
  }
  if ((c0 === 101 || c0 === 69) && text.length > 1) {
    const c1 = text.charCodeAt(1);
    if (isDigit(c1) || c1 === PLUS || c1 === MINUS) {
      return fail(
        msg(
          `${show(whole())}: exponent notation is not read; write the number in full`,
          `${show(whole())}: notasi eksponen tidak dibaca; tulis angkanya lengkap`,
        ),
      );
    }
  }
  let prev = '';
  let k = 0;
  while (k < text.length) {
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    const from = k;
    while (k < text.length && !isSpace(text.charCodeAt(k))) k++;
    if (k === from) break;
    const c = text.charCodeAt(from);
    const numeric = isDigit(c) || ((isDash(c) || c === PLUS) && from + 1 < k && isDigit(text.charCodeAt(from + 1)));
    if (numeric && !(prev.toLowerCase() === 'per' || prev.endsWith('/'))) {
      return fail(twoNumbers(whole()));
    }
    prev = text.slice(from, k);
  }
  return undefined;
}

function twoNumbers(whole: string) {
  return msg(
    `${show(whole)} holds more than one number; write one value (or a range "10-20")`,
    `${show(whole)} memuat lebih dari satu angka; tulis satu nilai (atau rentang "10-20")`,
  );
}

function noNumber(whole: string) {
  return msg(`${show(whole)} is not a number`, `${show(whole)} bukan angka`);
}
