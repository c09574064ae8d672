// What charts and the cascade tables show of a node: its indicators' targets and its anggaran,
// taken from the values the model read once (model/targets, model/budget), never from YAML.
import { amountInYear, budgetOf } from '../model/budget.js';
import type { Plan, PlanIndicator, PlanNode, PlanOpd } from '../model/plan.js';
import { byYear, valuesOf } from '../model/targets.js';
import { formatRupiah, formatTargetValue, type TargetValue } from '../values/index.js';

export interface ShownTarget {
  /** As a planner reads it, without the satuan: "70", "6 juta", "69,1–69,5", "WTP". */
  text: string;
  /** The number a spreadsheet gets; undefined for a range, a predikat or a value not read. */
  value?: number;
  /** The year it is the target of. */
  year?: number;
  /** The value read; undefined when it could not be read. */
  read?: TargetValue;
}

/**
 * The target of an indicator for `tahun`, or its final one (the last year given; a single value
 * is the end of the period). A value that could not be read is shown as written: validate says why.
 */
export function targetOf(plan: Plan, ind: PlanIndicator, tahun?: number): ShownTarget | undefined {
  const v = valuesOf(plan, ind);
  const years = byYear(v.target);
  const year = tahun ?? (years.size ? Math.max(...years.keys()) : undefined);
  let tv = year === undefined ? undefined : years.get(year);
  // Without a periode a single target has no year, yet it is still the final one.
  const single = v.target?.single?.reading;
  if (!tv && tahun === undefined && single?.ok) tv = single.value;
  if (tv) return { text: formatTargetValue(withUnit(tv, undefined), { scaleWords: true }), value: tv.kind === 'number' ? tv.value : undefined, year, read: tv };
  if (tahun !== undefined) return undefined;
  const raw = v.target?.single?.raw ?? v.target?.years.at(-1)?.raw;
  return raw === undefined ? undefined : { text: String(raw), year: v.target?.years.at(-1)?.year ?? v.target?.single?.year };
}

/** The satuan as written ("%", "destinasi"), if any. */
export function satuanOf(plan: Plan, ind: PlanIndicator): string | undefined {
  return valuesOf(plan, ind).satuan;
}

/** "70%", "2.000 unit", "6 juta kunjungan": a target with its satuan, as a chart box shows it. */
export function targetWithSatuan(plan: Plan, ind: PlanIndicator, tahun?: number): string | undefined {
  const t = targetOf(plan, ind, tahun);
  if (!t?.read) return t?.text;
  // The unit written in a value agrees with the satuan (validate checks it): print the satuan.
  return formatTargetValue(withUnit(t.read, satuanOf(plan, ind)), { scaleWords: true });
}

/** A node's own anggaran in whole rupiah: the period's total, or one year's (undefined when the
 *  amount was written for the whole period only, or could not be read). */
export function anggaranOf(plan: Plan, node: PlanNode, tahun?: number): number | undefined {
  const amount = budgetOf(plan).anggaran.get(node)?.amount;
  if (!amount) return undefined;
  return tahun === undefined ? amount.total : amountInYear(amount, tahun);
}

/** "Rp2,0 M": short enough for a box. */
export function compactRupiah(n: number): string {
  return formatRupiah(n, { compact: true });
}

/** What charts and tables call an OPD: its singkatan, else its name. */
export function opdName(opd: PlanOpd): string {
  const s = opd.data.singkatan;
  return typeof s === 'string' && s.trim() ? s.trim() : opd.nama;
}

function withUnit(tv: TargetValue, unit: string | undefined): TargetValue {
  return tv.kind === 'predikat' ? tv : { ...tv, unit };
}
