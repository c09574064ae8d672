// Printing numbers the way Indonesian plans write them, so that what is printed reads back.
import type { Quantity } from './number.js';
import type { TargetValue } from './target.js';
import { normalizeUnit } from './unit.js';

export interface NumberFormat {
  /** Round to at most this many decimals (trailing zeros dropped). Default: all the digits
   *  needed to read back the same double. */
  maxDecimals?: number;
  /** Write big round numbers with juta / miliar / triliun: 6000000 → "6 juta", 2300000000 →
   *  "2,3 miliar". Only from juta up, and only when at most two decimals of the scale are
   *  needed; other numbers keep their digits ("1.234.567"). Off by default: tables align digits. */
  scaleWords?: boolean;
  /** Pad the fraction with zeros to at least this many decimals: a value written "71,90" prints
   *  as 71,90, as IPM is reported. Values read from text carry it as `decimals`. */
  minDecimals?: number;
}

const SCALES: ReadonlyArray<readonly [number, string]> = [
  [12, 'triliun'],
  [9, 'miliar'],
  [6, 'juta'],
];

/** "1.500", "7,5", "1.234.567,89", "-3"; non-finite numbers print as JavaScript does ("NaN"). */
export function formatNumber(n: number, opts: NumberFormat = {}): string {
  const p = numberParts(n, opts);
  return p.word ? `${p.num} ${p.word}` : p.num;
}

/** The number and, when scale words are asked for and fit, the scale word apart. */
export function numberParts(n: number, opts: NumberFormat = {}): { num: string; word: string } {
  if (!Number.isFinite(n)) return { num: String(n), word: '' };
  const digits = plainDigits(Math.abs(n), opts.maxDecimals);
  const { int } = digits;
  const frac = padFraction(digits.frac, opts.minDecimals, opts.maxDecimals);
  const sign = n < 0 && !(int === '0' && frac === '') ? '-' : '';
  if (opts.scaleWords && frac === '') {
    for (const [k, word] of SCALES) {
      if (int.length > k && trailingZeros(int) >= k - 2) {
        const whole = int.slice(0, int.length - k);
        const part = stripZeros(int.slice(int.length - k, int.length - k + 2));
        return { num: sign + group(whole) + (part ? `,${part}` : ''), word };
      }
    }
  }
  return { num: sign + group(int) + (frac ? `,${frac}` : ''), word: '' };
}

function padFraction(frac: string, min: number | undefined, max: number | undefined): string {
  if (min === undefined || !(min > frac.length)) return frac;
  const want = Math.min(20, Math.trunc(min), max === undefined ? Infinity : Math.max(0, Math.trunc(max)));
  return want > frac.length ? frac + '0'.repeat(want - frac.length) : frac;
}

/** "70%", "40 destinasi", "Rp4.000", "6 juta kunjungan" (with scaleWords); "71,90" keeps its decimals. */
export function formatQuantity(q: Quantity, opts: NumberFormat = {}): string {
  return withUnit(formatNumber(q.value, withWritten(opts, q.decimals)), q.unit);
}

function withWritten(opts: NumberFormat, decimals: number | undefined): NumberFormat {
  return decimals === undefined || opts.minDecimals !== undefined ? opts : { ...opts, minDecimals: decimals };
}

const BOUND_SIGNS = { max: ['≤', '<'], min: ['≥', '>'] } as const;

/** "70%", "69,1–69,5", "10–20%", "6–7 juta" (scale words only when both ends share one), "≤ 14,2%", "WTP". */
export function formatTargetValue(tv: TargetValue, opts: NumberFormat = {}): string {
  if (tv.kind === 'predikat') return tv.label;
  if (tv.kind === 'number') return formatQuantity(tv, opts);
  if (tv.kind === 'bound') return `${BOUND_SIGNS[tv.side][tv.strict ? 1 : 0]} ${formatQuantity(tv, opts)}`;
  opts = withWritten(opts, tv.decimals);
  let lo = numberParts(tv.min, opts);
  let hi = numberParts(tv.max, opts);
  if (lo.word !== hi.word) {
    lo = numberParts(tv.min, { ...opts, scaleWords: false });
    hi = numberParts(tv.max, { ...opts, scaleWords: false });
  }
  const word = hi.word ? ` ${hi.word}` : '';
  const u = tv.unit?.trim();
  if (u && isRupiahSymbol(u)) return `${withUnit(lo.num, u)}–${withUnit(hi.num, u)}${word}`;
  return withUnit(`${lo.num}–${hi.num}${word}`, u);
}

function withUnit(num: string, unit: string | undefined): string {
  const u = unit?.trim();
  if (!u) return num;
  if (isRupiahSymbol(u)) return num.startsWith('-') ? `-Rp${num.slice(1)}` : `Rp${num}`;
  if (u === '%' || u === '‰') return num + u;
  return `${num} ${u}`;
}

function isRupiahSymbol(u: string): boolean {
  return normalizeUnit(u) === 'rp' && u.length <= 3; // "Rp", "Rp.", "rp": a prefix; "rupiah" follows
}

/** Digits of a non-negative finite number without exponent notation, frac without trailing zeros. */
function plainDigits(a: number, maxDecimals: number | undefined): { int: string; frac: string } {
  let text: string;
  if (maxDecimals === undefined)
    text = String(a); // shortest text that reads back to `a`
  else {
    const d = Number.isFinite(maxDecimals) ? Math.min(100, Math.max(0, Math.trunc(maxDecimals))) : 0;
    text = a.toFixed(d); // exponent form above 1e21, handled below
  }
  let int: string;
  let frac: string;
  const e = text.indexOf('e');
  if (e < 0) {
    const dot = text.indexOf('.');
    int = dot < 0 ? text : text.slice(0, dot);
    frac = dot < 0 ? '' : text.slice(dot + 1);
  } else {
    const mant = text.slice(0, e);
    const dot = mant.indexOf('.');
    const digits = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
    const point = (dot < 0 ? mant.length : dot) + Number(text.slice(e + 1));
    if (point <= 0) {
      int = '0';
      frac = '0'.repeat(-point) + digits;
    } else if (point >= digits.length) {
      int = digits + '0'.repeat(point - digits.length);
      frac = '';
    } else {
      int = digits.slice(0, point);
      frac = digits.slice(point);
    }
  }
  return { int, frac: stripZeros(frac) };
}

function group(int: string): string {
  const first = int.length % 3 || 3;
  let out = int.slice(0, first);
  for (let k = first; k < int.length; k += 3) out += `.${int.slice(k, k + 3)}`;
  return out;
}

function stripZeros(frac: string): string {
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  return frac.slice(0, end);
}

function trailingZeros(int: string): number {
  let k = 0;
  while (k < int.length && int.charCodeAt(int.length - 1 - k) === 48) k++;
  return k;
}
