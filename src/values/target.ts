// Target (and baseline, realisasi) values of an indicator: a number, a range or a predikat.
import { msg } from '../core/message.js';
import { describe, show } from './chars.js';
import { findRangeSeparator, readNumber, readRange } from './number.js';
import { fail, ok, type Reading } from './reading.js';
import { normalizeUnit, unitAgrees } from './unit.js';

export { unitAgrees } from './unit.js';

/**
 * A value of an indicator. `bound` is a one-sided target: `side: 'max'` for "≤ 14,2", "< 5",
 * "maks. 14,2" (at most), `side: 'min'` for "≥ 90", "min 90" (at least); `strict` for < and >.
 * `decimals` is the number of decimals written, kept when printed.
 */
export type TargetValue =
  | { kind: 'number'; value: number; unit?: string; decimals?: number }
  | { kind: 'range'; min: number; max: number; unit?: string; decimals?: number }
  | { kind: 'bound'; side: 'max' | 'min'; strict: boolean; value: number; unit?: string; decimals?: number }
  | { kind: 'predikat'; label: string; rank: number };

export interface TargetOptions {
  /** The indicator's satuan; a unit written in the value must agree with it. */
  satuan?: string;
  /** For a qualitative indicator, its labels worst first (SAKIP: D, C, CC, B, BB, A, AA). */
  skala?: readonly string[];
}

/**
 * Reads one value of an indicator. With a `skala` list the value must be one of its labels
 * (matched case-insensitively, reported as written in the skala; rank = place, worst first).
 * Otherwise it is a number or a range; a unit in it that disagrees with `satuan` is a reason.
 */
export function readTargetValue(input: unknown, opts: TargetOptions = {}): Reading<TargetValue> {
  const skala: unknown = opts?.skala;
  const satuan: unknown = opts?.satuan;
  if (Array.isArray(skala)) return readPredikat(input, skala);
  if (typeof satuan === 'string' && normalizeUnit(satuan) === 'predikat') {
    return fail(
      msg(
        'a predikat value needs the list of its labels in skala, e.g. skala: [D, C, CC, B, BB, A, AA]',
        'nilai predikat memerlukan daftar label pada skala, mis. skala: [D, C, CC, B, BB, A, AA]',
      ),
    );
  }
  let value: TargetValue;
  const bound = typeof input === 'string' ? boundPrefix(input) : undefined;
  if (bound && typeof input === 'string') {
    const num = readNumber(input.slice(bound.length));
    if (!num.ok) return num;
    value = { kind: 'bound', side: bound.side, strict: bound.strict, ...num.value };
  } else if (typeof input === 'string' && findRangeSeparator(input)) {
    // A dash after a digit: a range, unless the dash belongs to a unit ("10 km-lajur").
    const range = readRange(input);
    if (range.ok) value = { kind: 'range', ...range.value };
    else {
      const num = readNumber(input);
      if (!num.ok) return range;
      value = { kind: 'number', ...num.value };
    }
  } else {
    const num = readNumber(input);
    if (!num.ok) return num;
    value = { kind: 'number', ...num.value };
  }
  if (typeof satuan === 'string' && value.unit !== undefined && !unitAgrees(value.unit, satuan)) {
    return fail(
      msg(
        `the unit ${show(value.unit)} disagrees with the indicator's satuan ${show(satuan)}`,
        `satuan ${show(value.unit)} tidak sesuai dengan satuan indikator ${show(satuan)}`,
      ),
    );
  }
  return ok(value);
}

// Longest first, so "<=" is not read as "<" followed by "=".
const BOUND_WORDS: ReadonlyArray<readonly [string, 'max' | 'min', boolean]> = [
  ['tidak lebih dari', 'max', false],
  ['paling banyak', 'max', false],
  ['sebanyak-banyaknya', 'max', false],
  ['maksimal', 'max', false],
  ['maksimum', 'max', false],
  ['maks.', 'max', false],
  ['maks', 'max', false],
  ['max.', 'max', false],
  ['max', 'max', false],
  ['kurang dari', 'max', true],
  ['tidak kurang dari', 'min', false],
  ['sekurang-kurangnya', 'min', false],
  ['paling sedikit', 'min', false],
  ['minimal', 'min', false],
  ['minimum', 'min', false],
  ['min.', 'min', false],
  ['min', 'min', false],
  ['lebih dari', 'min', true],
  ['<=', 'max', false],
  ['=<', 'max', false],
  ['≤', 'max', false],
  ['<', 'max', true],
  ['>=', 'min', false],
  ['=>', 'min', false],
  ['≥', 'min', false],
  ['>', 'min', true],
];

/** The one-sided prefix of a target ("≤ 14,2", "maks. 14,2", "min 90"): its length and meaning. */
function boundPrefix(text: string): { length: number; side: 'max' | 'min'; strict: boolean } | undefined {
  let i = 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  const lower = text.slice(i, i + 24).toLowerCase();
  for (const [word, side, strict] of BOUND_WORDS) {
    if (!lower.startsWith(word)) continue;
    const next = lower.charAt(word.length);
    // A word must end where the number starts: "min 90", "min.90", "≤14,2"; not "minggu".
    if (/[a-z]/.test(word.charAt(word.length - 1)) && next !== '' && /[a-z]/.test(next)) continue;
    return { length: i + word.length, side, strict };
  }
  return undefined;
}

// What planners write for a value they do not have yet (a baseline or realisasi).
const NO_DATA: ReadonlySet<string> = new Set([
  'n/a',
  'na',
  'n.a.',
  'n.a',
  '-',
  '–',
  '—',
  '--',
  'belum ada data',
  'tidak ada data',
  'belum ada',
  'tidak tersedia',
  'data belum tersedia',
  'belum tersedia',
]);

/** Whether a value is written as "no data": `N/A`, `n/a`, `-`, `belum ada data`, … (never a number). */
export function isNoData(input: unknown): boolean {
  return typeof input === 'string' && NO_DATA.has(input.trim().replace(/\s+/g, ' ').toLowerCase());
}

function readPredikat(input: unknown, skala: readonly unknown[]): Reading<TargetValue> {
  const labels: string[] = [];
  for (const l of skala) if (typeof l === 'string' || typeof l === 'number') labels.push(String(l));
  if (labels.length === 0) {
    return fail(msg('the skala lists no labels to read a predikat against', 'skala tidak memuat label untuk membaca predikat'));
  }
  if (typeof input !== 'string' && typeof input !== 'number') {
    const d = describe(input);
    return fail(msg(`a label of the skala is expected, not ${d.en}`, `diharapkan salah satu label skala, bukan ${d.id}`));
  }
  const text = String(input).trim().toLowerCase();
  for (let rank = 0; rank < skala.length; rank++) {
    const l = skala[rank];
    if ((typeof l === 'string' || typeof l === 'number') && String(l).trim().toLowerCase() === text) {
      return ok({ kind: 'predikat', label: String(l).trim(), rank });
    }
  }
  const list = labels.join(', ');
  return fail(msg(`${show(String(input))} is not on the skala (${list})`, `${show(String(input))} tidak ada pada skala (${list})`));
}
