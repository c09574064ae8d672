// Rupiah amounts (anggaran, pagu): whole rupiah as safe integers, exact through scale words.
import { msg, type Msg } from '../core/message.js';
import { MAX_TEXT, describe, show } from './chars.js';
import { formatNumber } from './format.js';
import { findRangeSeparator } from './number.js';
import { decimalValue } from './numeral.js';
import { fail, ok, type Reading } from './reading.js';
import { scanQuantity } from './scan.js';
import { normalizeUnit } from './unit.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Reads whole rupiah: a YAML integer, or "Rp.4.000.000.000", "Rp 4.000.000.000",
 * "Rp4.000.000.000,00", "Rp 5.000,-", "Rp 2,3 M", "900 juta", "1,5 miliar", "2 miliar rupiah".
 * Negative amounts, fractions of a rupiah after scaling and amounts beyond
 * Number.MAX_SAFE_INTEGER are reasons, never rounded.
 */
export function readMoney(input: unknown): Reading<number> {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail(msg(`${input} is not an amount`, `${input} bukan jumlah uang`));
    if (input < 0) return fail(negative(String(input)));
    if (input > MAX_SAFE) return fail(tooLarge(String(input)));
    if (!Number.isInteger(input)) return fail(fraction(String(input)));
    return ok(input === 0 ? 0 : input);
  }
  if (typeof input === 'bigint') {
    if (input < 0n) return fail(negative(input.toString()));
    if (input > BigInt(MAX_SAFE)) return fail(tooLarge(input.toString()));
    return ok(Number(input));
  }
  if (typeof input !== 'string') {
    const d = describe(input);
    return fail(msg(`an amount of money is expected, not ${d.en}`, `diharapkan jumlah uang, bukan ${d.id}`));
  }
  if (input.length > MAX_TEXT) return fail(msg('the text is too long to be an amount', 'teks terlalu panjang untuk jumlah uang'));
  const raw = scanQuantity(input, 0, input.length);
  if (!raw.ok) {
    const sep = findRangeSeparator(input);
    if (sep && scanQuantity(input, 0, sep.start).ok) {
      return fail(msg(`${show(input)}: an amount is one value, not a range`, `${show(input)}: jumlah uang adalah satu nilai, bukan rentang`));
    }
    return raw;
  }
  const q = raw.value;
  if (q.unit !== undefined && normalizeUnit(q.unit) !== 'rp') {
    return fail(msg(`${show(input)} is not an amount in rupiah (unit ${show(q.unit)})`, `${show(input)} bukan jumlah dalam rupiah (satuan ${show(q.unit)})`));
  }
  if (q.digits === '') return ok(0);
  if (q.neg) return fail(negative(input));
  // Trailing zeros are stripped from digits, so a negative exponent means real sen.
  if (q.exp + q.scale < 0) return fail(fraction(input));
  const v = decimalValue(q, q.scale); // exact: an integer up to 2^53 parses exactly
  if (v > MAX_SAFE) return fail(tooLarge(input));
  return ok(v);
}

export interface RupiahFormat {
  /**
   * Short form for summaries: "Rp4,0 M", "Rp13,7 M", "Rp1,2 T" (miliar and triliun always with
   * one decimal, so a column of billions lines up), "Rp900 jt", "Rp1,5 jt", "Rp750 rb" (juta
   * and ribu with one decimal only when it is not zero). Rounded half up to that one decimal,
   * moving to the next word when rounding reaches 1.000 ("Rp999,96 jt" → "Rp1,0 M").
   * Below 1.000 the amount is written in full, and so is one whose rounding would pass
   * Number.MAX_SAFE_INTEGER. Reads back with readMoney.
   */
  compact?: boolean;
}

const COMPACT: ReadonlyArray<readonly [number, string, boolean]> = [
  [3, 'rb', false],
  [6, 'jt', false],
  [9, 'M', true],
  [12, 'T', true],
];

/** "Rp4.000.000.000"; negative amounts (a shortfall) as "-Rp…". */
export function formatRupiah(n: number, opts: RupiahFormat = {}): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  if (!opts.compact || !Number.isFinite(a) || a < 999.5) return `${sign}Rp${formatNumber(a)}`;
  const whole = Math.round(a);
  let i = whole >= 1e12 ? 3 : whole >= 1e9 ? 2 : whole >= 1e6 ? 1 : 0;
  let tenths = roundedTenths(whole, i);
  if (tenths >= 10000 && i < COMPACT.length - 1) tenths = roundedTenths(whole, ++i);
  const [exp, word, alwaysDecimal] = COMPACT[i];
  // Rounding up past the largest safe amount would print what readMoney refuses: write it in full.
  if (tenths * Number(`1e${exp - 1}`) > MAX_SAFE) return `${sign}Rp${formatNumber(a)}`;
  const units = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  const num = formatNumber(units) + (alwaysDecimal || decimal !== 0 ? `,${decimal}` : '');
  return `${sign}Rp${num} ${word}`;
}

/** whole / 10^(exp-1), rounded half up; `%` is exact on doubles, so no float drift for safe integers. */
function roundedTenths(whole: number, i: number): number {
  const d = Number(`1e${COMPACT[i][0] - 1}`);
  const r = whole % d;
  return (whole - r) / d + (2 * r >= d ? 1 : 0);
}

/** The exact sum of whole-rupiah amounts; a reason if any is not a safe integer or the sum is not. */
export function sumRupiah(values: readonly number[]): Reading<number> {
  let acc = 0;
  let big: bigint | undefined;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      const d = describe(v);
      return fail(msg(`amount ${k + 1} (${d.en}) is not a whole number of rupiah`, `jumlah ke-${k + 1} (${d.id}) bukan bilangan bulat rupiah`));
    }
    if (big !== undefined) big += BigInt(v);
    else if (Number.isSafeInteger(acc + v)) acc += v;
    else big = BigInt(acc) + BigInt(v); // past 2^53 a double would round: continue exactly
  }
  if (big === undefined) return ok(acc);
  if (big > BigInt(MAX_SAFE) || big < -BigInt(MAX_SAFE)) {
    return fail(
      msg(
        'the total is too large to add exactly (beyond 9.007.199.254.740.991 rupiah)',
        'totalnya terlalu besar untuk dijumlahkan dengan tepat (melebihi 9.007.199.254.740.991 rupiah)',
      ),
    );
  }
  return ok(Number(big));
}

function negative(text: string): Msg {
  return msg(`${show(text)}: an amount of money cannot be negative`, `${show(text)}: jumlah uang tidak boleh negatif`);
}

function fraction(text: string): Msg {
  return msg(`${show(text)} is not a whole number of rupiah`, `${show(text)} bukan bilangan bulat rupiah`);
}

function tooLarge(text: string): Msg {
  return msg(`${show(text)} is too large (beyond 9.007.199.254.740.991 rupiah)`, `${show(text)} terlalu besar (melebihi 9.007.199.254.740.991 rupiah)`);
}
