import { msg, type Msg } from '../core/message.js';
import { fail, isNoData, ok, readNumber, readTargetValue, readYear, type Reading, type TargetValue } from '../values/index.js';
import { normalizeUnit } from '../values/unit.js';
import { childLoc } from './loc.js';
import type { Loc, Plan, PlanIndicator } from './plan.js';
import { writtenDecimalsAt } from './unquoted.js';

/**
 * The values of every indicator, read once: baseline, targets, realisasi and skala, each with
 * the place it was written. Rules, tables and charts read these instead of the YAML values.
 */

export type Role = 'baseline' | 'target' | 'realisasi';
export type Arah = 'naik' | 'turun' | 'tetap';

/** One value as written and as read. Units are not checked here: `target/unit` does that. */
export interface ValueAt {
  role: Role;
  loc: Loc;
  raw: unknown;
  /** Set for every value written as a number or a text; other types are the schema's to report. */
  reading: Reading<TargetValue>;
  /** A predikat written as text but not on the indicator's skala list (not "unreadable"). */
  offSkala?: boolean;
  /** A baseline or realisasi written as "no data" (`N/A`, `-`, `belum ada data`): not read, not a
   *  finding, shown as written. */
  noData?: boolean;
  /** The year it is for: its key in a per-year map, the baseline's `tahun`, or the period's end. */
  year?: number;
}

/** A target or realisasi: one value for the period (its end), or a value per year. */
export interface Series {
  /** The `target` / `realisasi` key. */
  loc: Loc;
  single?: ValueAt;
  /** Per-year values in written order, only those whose key reads as a year. */
  years: ValueAt[];
}

export interface BaselineValues {
  value?: ValueAt;
  /** `tahun` of `{tahun, nilai}`. */
  year?: { loc: Loc; reading: Reading<number> };
}

export type SkalaInfo = { kind: 'bounds'; min?: number; maks?: number; loc: Loc; from: 'skala' | 'persen' } | { kind: 'list'; labels: string[]; loc: Loc };

export interface IndicatorValues {
  indicator: PlanIndicator;
  /** The satuan as written, trimmed; undefined when missing or empty. */
  satuan?: string;
  /** Whether the satuan is a percentage ("%", "persen"). */
  percent: boolean;
  /** naik: higher is better; turun: lower is better; tetap: a level to hold or a projection to
   *  meet (SPM service counts), no trend. Unwritten: turun when every target is an upper bound
   *  ("≤ 14,2"), else naik. */
  arah: Arah;
  /** Whether `arah` was written (not inferred). */
  arahWritten: boolean;
  baseline?: BaselineValues;
  target?: Series;
  realisasi?: Series;
  skala?: SkalaInfo;
  /** Skala bounds written but unreadable: reported by target/unreadable. */
  skalaProblems: Array<{ loc: Loc; raw: unknown; reason: Reading<number> & { ok: false } }>;
  /** Every value read (baseline, targets, realisasi), in written order. */
  values: ValueAt[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

const memo = new WeakMap<Plan, Map<PlanIndicator, IndicatorValues>>();

/** The values of every indicator of the plan, read once per plan. */
export function indicatorValues(plan: Plan): Map<PlanIndicator, IndicatorValues> {
  let m = memo.get(plan);
  if (!m) {
    const period = periodEnd(plan);
    m = new Map(plan.indicators.map((ind) => [ind, readIndicator(ind, period)]));
    memo.set(plan, m);
  }
  return m;
}

/** The values of one indicator of the plan. */
export function valuesOf(plan: Plan, ind: PlanIndicator): IndicatorValues {
  return indicatorValues(plan).get(ind) ?? readIndicator(ind, periodEnd(plan));
}

function periodEnd(plan: Plan): number | undefined {
  for (const p of plan.periode) if (p.value) return p.value.selesai;
  return undefined;
}

function readIndicator(ind: PlanIndicator, periodEnd: number | undefined): IndicatorValues {
  const d = ind.data as unknown as Obj;
  const at = (key: string, key2?: string): Loc => childLoc(ind.loc, key, key2);
  const satuan = typeof d.satuan === 'string' && d.satuan.trim() !== '' ? d.satuan.trim() : undefined;
  const percent = satuan !== undefined && normalizeUnit(satuan) === '%';
  const out: IndicatorValues = {
    indicator: ind,
    satuan,
    percent,
    arah: isArah(d.arah) ? d.arah : 'naik',
    arahWritten: isArah(d.arah),
    skalaProblems: [],
    values: [],
  };

  if (Array.isArray(d.skala)) {
    out.skala = { kind: 'list', labels: d.skala.filter(isScalar).map((l) => String(l).trim()), loc: at('skala') };
  } else if (isObj(d.skala)) {
    const bound = (key: 'min' | 'maks'): number | undefined => {
      const raw = (d.skala as Obj)[key];
      if (!isScalar(raw)) return undefined;
      const r = readNumber(raw);
      if (r.ok) return r.value.value;
      out.skalaProblems.push({ loc: at('skala', key), raw, reason: r });
      return undefined;
    };
    out.skala = { kind: 'bounds', min: bound('min'), maks: bound('maks'), loc: at('skala'), from: 'skala' };
  } else if (percent) {
    out.skala = { kind: 'bounds', min: 0, maks: 100, loc: at('satuan'), from: 'persen' };
  }
  const labels = out.skala?.kind === 'list' ? out.skala.labels : undefined;

  const read = (raw: unknown, role: Role, loc: Loc, year?: number): ValueAt | undefined => {
    if (!isScalar(raw)) return undefined;
    if (role !== 'target' && isNoData(raw)) {
      const v: ValueAt = { role, loc, raw, year, noData: true, reading: fail(msg('no data', 'tidak ada data')) };
      out.values.push(v);
      return v;
    }
    let reading = readTargetValue(raw, labels ? { skala: labels, satuan } : { satuan: isPredikat(satuan) ? satuan : undefined });
    if (reading.ok && reading.value.kind === 'number') {
      // An unquoted 71.90: YAML keeps 71.9; the source keeps the decimals the planner wrote.
      const decimals = writtenDecimalsAt(raw, loc);
      if (decimals !== undefined) reading = ok({ ...reading.value, decimals });
    }
    const v: ValueAt = { role, loc, raw, reading, year };
    // A label that is simply not on the list is a skala finding, not an unreadable value.
    if (!reading.ok && labels && labels.length > 0) v.offSkala = true;
    out.values.push(v);
    return v;
  };

  if (d.baseline !== undefined) {
    const b: BaselineValues = {};
    if (isObj(d.baseline)) {
      if (d.baseline.tahun !== undefined) b.year = { loc: at('baseline', 'tahun'), reading: readYear(d.baseline.tahun) };
      const y = b.year?.reading.ok ? b.year.reading.value : undefined;
      b.value = read(d.baseline.nilai, 'baseline', at('baseline', 'nilai'), y);
    } else b.value = read(d.baseline, 'baseline', at('baseline'));
    out.baseline = b;
  }
  const series = (key: 'target' | 'realisasi'): Series | undefined => {
    const raw = d[key];
    if (raw === undefined) return undefined;
    const s: Series = { loc: at(key), years: [] };
    if (isObj(raw)) {
      for (const [k, v] of Object.entries(raw)) {
        const y = readYear(k);
        if (!y.ok) continue; // the schema reports keys that are not years
        const val = read(v, key, at(key, k), y.value);
        if (val) s.years.push(val);
      }
    } else s.single = read(raw, key, at(key), periodEnd);
    return s;
  };
  out.target = series('target');
  out.realisasi = series('realisasi');
  if (!out.arahWritten) {
    const read = out.values.filter((v) => v.role === 'target' && v.reading.ok).map((v) => (v.reading as { value: TargetValue }).value);
    if (read.length && read.every((t) => t.kind === 'bound' && t.side === 'max')) out.arah = 'turun';
  }
  return out;
}

function isArah(v: unknown): v is Arah {
  return v === 'naik' || v === 'turun' || v === 'tetap';
}

function isPredikat(satuan: string | undefined): boolean {
  return satuan !== undefined && normalizeUnit(satuan) === 'predikat';
}

/**
 * The values of a series by year: per-year values as written; a single value stands for the
 * end of the period. Only values that were read.
 */
export function byYear(s: Series | undefined): Map<number, TargetValue> {
  const m = new Map<number, TargetValue>();
  if (!s) return m;
  for (const v of s.single ? [s.single] : s.years) {
    if (v.year !== undefined && v.reading.ok) m.set(v.year, v.reading.value);
  }
  return m;
}

/** A number to compare two values by: the number, a bound's value, a range's midpoint, a predikat's rank. */
export function levelOf(v: TargetValue): number {
  if (v.kind === 'number' || v.kind === 'bound') return v.value;
  if (v.kind === 'range') return (v.min + v.max) / 2;
  return v.rank;
}

/** How messages name a value: "the target for 2026" / "target tahun 2026"; `upper` starts a sentence. */
export function valueName(v: ValueAt, upper = false): Msg {
  const m = nameOf(v);
  return upper ? msg(m.en.charAt(0).toUpperCase() + m.en.slice(1), m.id.charAt(0).toUpperCase() + m.id.slice(1)) : m;
}

function nameOf(v: ValueAt): Msg {
  if (v.role === 'baseline') return msg('the baseline', 'baseline');
  // A single value sits right under its key; a per-year one under its year.
  if (v.loc.path[v.loc.path.length - 1] === v.role) {
    const y = v.year === undefined ? '' : ` (${v.year})`;
    return v.role === 'target' ? msg(`the end-of-period target${y}`, `target akhir periode${y}`) : msg(`the realisasi${y}`, `realisasi${y}`);
  }
  return v.role === 'target' ? msg(`the target for ${v.year}`, `target tahun ${v.year}`) : msg(`the realisasi for ${v.year}`, `realisasi tahun ${v.year}`);
}
