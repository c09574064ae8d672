// One indicator's target for a year, or for the end of the period, as a person reads it: the one
// reading behind chart boxes, the cascade and SKP tables and trace.
import { formatTargetValue, type TargetValue } from '../values/index.js';
import type { Plan, PlanIndicator } from './plan.js';
import { valuesOf, type ValueAt } from './targets.js';

export interface TargetShown {
  /** The year the target is for, when known. */
  year?: number;
  /** "70%", "2.000", "6 juta", "69,1–69,5", "WTP": the unit as written in the value; the text as
   *  written when it cannot be read; "" when there is none. */
  text: string;
  /** The number without any unit ("70", "6 juta"), for a column with the satuan beside it. */
  bare: string;
  /** With the indicator's satuan when the value does not carry a unit: "100%", "40 destinasi". */
  withSatuan: string;
  /** The number a machine reads; ranges and predikat are in the text only. */
  value?: number;
  /** The value read; undefined when it could not be read. */
  read?: TargetValue;
  /** The value is written but cannot be read: the texts are as written (validate says why). */
  unreadable?: boolean;
}

/**
 * The target for `tahun`, or else the one of the latest year (a single value stands for the end of
 * the period). Big round numbers keep the words planners write ("6 juta"). A value that cannot be
 * read is shown as written: a sheet or a chart must not invent a number.
 */
export function targetShown(plan: Plan, ind: PlanIndicator, tahun?: number): TargetShown {
  const values = valuesOf(plan, ind);
  const t = values.target;
  const written = t?.single ? [t.single] : (t?.years ?? []);
  let pick: ValueAt | undefined = written[written.length - 1];
  if (tahun !== undefined) pick = written.find((w) => w.year === tahun);
  else for (const w of written) if ((w.year ?? -Infinity) > (pick?.year ?? -Infinity)) pick = w;
  if (!pick) return { text: '', bare: '', withSatuan: '' };
  if (!pick.reading.ok) {
    const raw = String(pick.raw);
    return { year: pick.year, text: raw, bare: raw, withSatuan: raw, unreadable: true };
  }
  const v = pick.reading.value;
  const show = (tv: TargetValue) => formatTargetValue(tv, { scaleWords: true });
  const text = show(v);
  if (v.kind === 'predikat') return { year: pick.year, text, bare: text, withSatuan: text, read: v };
  const satuan = values.satuan;
  return {
    year: pick.year,
    text,
    bare: show({ ...v, unit: undefined }),
    withSatuan: v.unit || !satuan ? text : show({ ...v, unit: satuan }),
    value: v.kind === 'number' ? v.value : undefined,
    read: v,
  };
}
