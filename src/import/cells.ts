// Values of spreadsheet cells, read by the values module as the YAML would be: a number cell is
// the number Excel holds (a "0.00%" format means a fraction of one), a text cell is Indonesian text.
import { msg, type Msg } from '../core/message.js';
import { isNoData, knownSkala, readMoney, readTargetValue } from '../values/index.js';
import type { GridCell } from './grid.js';

/** A value as it will be written in YAML: a number, or the text as written. */
export type YamlScalar = number | string;

export type CellReading<T> = { ok: true; value: T; unit?: string; predikat?: boolean } | { ok: false; why: Msg };

/** A percent format ("0%", "0.00%"), not a literal "%" after the number ("#,##0\"%\""). */
function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''));
}

/** Decimals the number format shows ("#,##0.00" → 2). */
function formatDecimals(numFmt: string | undefined): number {
  const m = /\.(0+)/.exec((numFmt ?? '').replace(/"[^"]*"/g, ''));
  return m ? m[1].length : 0;
}

/** A number as Indonesian text when it has decimals ("71,90"), so YAML never reads "1.200" as 1,2. */
function numberScalar(n: number, decimals: number): YamlScalar {
  const exact = Number(n.toPrecision(15));
  const own = (String(exact).split('.')[1] ?? '').length;
  const d = Math.max(own, decimals);
  if (d === 0) return exact;
  return exact.toFixed(Math.min(d, 10)).replace('.', ',');
}

/** A target, baseline or kondisi akhir cell. Empty and "-" cells are no value (undefined). */
export function readTargetCell(cell: GridCell | undefined): CellReading<YamlScalar> | undefined {
  if (!cell || cell.value === null) return undefined;
  if (cell.error) return { ok: false, why: msg(`the cell holds the error ${cell.error}`, `sel berisi galat ${cell.error}`) };
  if (typeof cell.value === 'number') {
    if (!Number.isFinite(cell.value)) return { ok: false, why: msg('not a number', 'bukan angka') };
    if (isPercentFormat(cell.numFmt)) return { ok: true, value: `${numberScalar(cell.value * 100, Math.max(0, formatDecimals(cell.numFmt)))}%`, unit: '%' };
    return { ok: true, value: numberScalar(cell.value, formatDecimals(cell.numFmt)) };
  }
  const text = cell.value.replace(/\s+/g, ' ').trim();
  if (isNoData(text)) return text === '-' || text === '--' ? undefined : { ok: true, value: text };
  // A plain whole number written as text ("80") is the number, as YAML would write it.
  if (/^\d{1,3}$|^[1-9]\d{3,14}$/.test(text)) return { ok: true, value: Number(text) };
  const read = readTargetValue(text);
  if (read.ok) {
    const v = read.value;
    return { ok: true, value: text, ...(v.kind !== 'predikat' && v.unit ? { unit: v.unit } : {}) };
  }
  if (knownSkala([text])) return { ok: true, value: text, predikat: true };
  return { ok: false, why: read.reason };
}

/** A money cell: whole rupiah, times the column's scale ("Rp (juta)"). Empty and "-" are none. */
export function readMoneyCell(cell: GridCell | undefined, scale = 1): CellReading<number> | undefined {
  if (!cell || cell.value === null) return undefined;
  if (cell.error) return { ok: false, why: msg(`the cell holds the error ${cell.error}`, `sel berisi galat ${cell.error}`) };
  if (typeof cell.value === 'string' && /^[-–—]+$/.test(cell.value.trim())) return undefined;
  let input: number | string = cell.value;
  if (typeof input === 'number' && scale !== 1) input = Number((input * scale).toPrecision(15));
  // "1.250,5" in a column of millions: the text is a number of millions.
  if (typeof input === 'string' && scale !== 1 && !/[a-z]/i.test(input))
    input = `${input.trim()} ${scale === 1e6 ? 'juta' : scale === 1e9 ? 'miliar' : 'ribu'}`;
  const read = readMoney(input);
  if (!read.ok) return { ok: false, why: read.reason };
  return { ok: true, value: read.value };
}
