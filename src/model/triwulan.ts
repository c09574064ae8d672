// Rencana Aksi: an indicator's quarterly (triwulan) targets and realisasi, read once, each with the
// place it was written; and the date a file's data stand at (`per`), which says which quarters
// have passed. Rules and the rencana-aksi table read these, never the YAML values.
import { isIsoDate, isNoData, readTargetValue, type Reading, type TargetValue } from '../values/index.js';
import type { SourceFile } from '../load/source.js';
import type { Loc, Plan, PlanIndicator } from './plan.js';
import { byYear, valuesOf, type IndicatorValues } from './targets.js';

export const QUARTERS = ['I', 'II', 'III', 'IV'] as const;
export type Quarter = (typeof QUARTERS)[number];
export type Cara = 'kumulatif' | 'jumlah';

export interface QuarterValue {
  quarter: Quarter;
  loc: Loc;
  raw: unknown;
  reading: Reading<TargetValue>;
  /** A realisasi written as "no data" (`-`, `N/A`): not read, not a finding. */
  noData: boolean;
}

/** The quarters of one year of a target or realisasi map. */
export interface QuarterYear {
  year: number;
  /** The year's key in the map. */
  loc: Loc;
  values: QuarterValue[];
}

export interface TriwulanValues {
  indicator: PlanIndicator;
  cara?: Cara;
  /** The `triwulan` key. */
  loc: Loc;
  target: QuarterYear[];
  realisasi: QuarterYear[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/** The quarterly data of an indicator, or undefined when it has none. */
export function triwulanOf(plan: Plan, ind: PlanIndicator): TriwulanValues | undefined {
  const t = (ind.data as unknown as Obj).triwulan;
  if (!isObj(t)) return undefined;
  const iv = valuesOf(plan, ind);
  const at = (...rest: Array<string | number>): Loc => ({ source: ind.loc.source, path: [...ind.loc.path, 'triwulan', ...rest] });
  const years = (key: 'target' | 'realisasi'): QuarterYear[] => {
    const map = t[key];
    if (!isObj(map)) return [];
    const out: QuarterYear[] = [];
    for (const [k, qs] of Object.entries(map)) {
      // Keys that are not years, and quarters that are not I–IV, are the schema's to report.
      if (!/^\d{4}$/.test(k) || !isObj(qs)) continue;
      const values: QuarterValue[] = [];
      for (const q of QUARTERS) {
        const raw = qs[q];
        if (!isScalar(raw)) continue;
        const noData = key === 'realisasi' && isNoData(raw);
        values.push({ quarter: q, loc: at(key, k, q), raw, noData, reading: readTargetValue(raw, readOptions(iv)) });
      }
      out.push({ year: Number(k), loc: at(key, k), values });
    }
    return out.sort((a, b) => a.year - b.year);
  };
  return {
    indicator: ind,
    cara: t.cara === 'kumulatif' || t.cara === 'jumlah' ? t.cara : undefined,
    loc: at(),
    target: years('target'),
    realisasi: years('realisasi'),
  };
}

/** Quarterly values are read as the indicator's own targets are: by its skala or satuan. */
function readOptions(iv: IndicatorValues) {
  if (iv.skala?.kind === 'list') return { skala: iv.skala.labels, satuan: iv.satuan };
  return { satuan: iv.satuan };
}

/** The annual target of a year: the map's value, or the single end-of-period target for the period's last year. */
export function annualTarget(plan: Plan, ind: PlanIndicator, year: number): TargetValue | undefined {
  return byYear(valuesOf(plan, ind).target).get(year);
}

export interface DataDate {
  /** YYYY-MM-DD as written. */
  date: string;
  loc: Loc;
}

/** The `per` date of a file: the day its data stand at; undefined when not written or not a date. */
export function dataDateOf(source: SourceFile): DataDate | undefined {
  const root = source.data;
  if (!isObj(root) || typeof root.per !== 'string') return undefined;
  const date = root.per.trim();
  return isIsoDate(date) ? { date, loc: { source, path: ['per'] } } : undefined;
}

/** The latest `per` date of the plan's files. */
export function latestDataDate(plan: Plan): DataDate | undefined {
  let last: DataDate | undefined;
  for (const s of plan.sources) {
    const d = dataDateOf(s);
    if (d && (!last || d.date > last.date)) last = d;
  }
  return last;
}

const QUARTER_END: Record<Quarter, string> = { I: '03-31', II: '06-30', III: '09-30', IV: '12-31' };

/** The last day of a quarter, YYYY-MM-DD. */
export function quarterEnd(year: number, q: Quarter): string {
  return `${String(year).padStart(4, '0')}-${QUARTER_END[q]}`;
}

/** Whether a quarter has ended by a date (YYYY-MM-DD): its last day is on or before it. */
export function quarterPassed(year: number, q: Quarter, date: string): boolean {
  return quarterEnd(year, q) <= date;
}
