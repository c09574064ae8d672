// One indicator's target for a year, or for the end of the period, as a person reads it.
import { formatTargetValue } from '../values/index.js';
import type { Plan, PlanIndicator } from './plan.js';
import { valuesOf, type ValueAt } from './targets.js';

export interface TargetShown {
  /** The year the target is for, when known. */
  year?: number;
  /** "70%", "2.000", "69,1–69,5", "WTP"; the text as written when it cannot be read; "" when none. */
  text: string;
  /** The text with the indicator's satuan when the value does not carry a unit: "100%", "3 dokumen". */
  withSatuan: string;
  /** The number a machine reads; ranges and predikat are in the text only. */
  value?: number;
  /** The value is written but cannot be read: `text` is as written. */
  unreadable?: boolean;
}

/**
 * The target for `tahun`, or else the last one written (the end of the period). A value that
 * cannot be read is shown as written: validate reports it, and a sheet must not invent a number.
 */
export function targetShown(plan: Plan, ind: PlanIndicator, tahun?: number): TargetShown {
  const t = valuesOf(plan, ind).target;
  const written = t?.single ? [t.single] : t?.years ?? [];
  let pick: ValueAt | undefined = written[written.length - 1];
  if (tahun !== undefined) pick = written.find((w) => w.year === tahun);
  else for (const w of written) if ((w.year ?? -Infinity) > (pick?.year ?? -Infinity)) pick = w;
  if (!pick) return { text: '', withSatuan: '' };
  if (!pick.reading.ok) return { year: pick.year, text: String(pick.raw), withSatuan: String(pick.raw), unreadable: true };
  const v = pick.reading.value;
  const text = formatTargetValue(v);
  const satuan = valuesOf(plan, ind).satuan;
  const withSatuan = v.kind === 'predikat' || v.unit || !satuan ? text : formatTargetValue({ ...v, unit: satuan });
  return { year: pick.year, text, withSatuan, value: v.kind === 'number' ? v.value : undefined };
}
