// Target (and baseline, realisasi) values of an indicator: a number, a range or a predikat.
import { msg } from '../i18n/message.js';
import { describe, show } from './chars.js';
import { findRangeSeparator, readNumber, readRange } from './number.js';
import { fail, ok, type Reading } from './reading.js';
import { normalizeUnit, unitAgrees } from './unit.js';

export { unitAgrees } from './unit.js';

export type TargetValue =
  | { kind: 'number'; value: number; unit?: string }
  | { kind: 'range'; min: number; max: number; unit?: string }
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
    return fail(msg('a predikat value needs the list of its labels in skala, e.g. skala: [D, C, CC, B, BB, A, AA]',
      'nilai predikat memerlukan daftar label pada skala, mis. skala: [D, C, CC, B, BB, A, AA]'));
  }
  let value: TargetValue;
  if (typeof input === 'string' && findRangeSeparator(input)) {
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
    return fail(msg(`the unit ${show(value.unit)} disagrees with the indicator's satuan ${show(satuan)}`,
      `satuan ${show(value.unit)} tidak sesuai dengan satuan indikator ${show(satuan)}`));
  }
  return ok(value);
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
