import type { Settings } from '../core/settings.js';
import { msg, type Msg } from '../core/message.js';
import type { TargetValue } from '../values/index.js';
import type { Plan, PlanIndicator } from './plan.js';
import { byYear, indicatorValues, type Arah, type IndicatorValues } from './targets.js';

/**
 * Capaian (achievement, %) of each year that has both a target and a realisasi.
 *  naik:            realisasi ÷ target × 100
 *  turun, selisih:  (2 − realisasi ÷ target) × 100   (the default)
 *  turun, rasio:    target ÷ realisasi × 100
 * A range target counts by the end the indicator must reach: its lower end for naik, its upper
 * end for turun; a bound ("≤ 14,2") by its value.
 *  tetap:           realisasi ÷ target × 100; a range or bound met is 100 (see hold()). A single target is the end-of-period target, so only the last year has one.
 */
export type CapaianMode = Settings['capaianTurun'];

export interface CapaianYear {
  year: number;
  target: TargetValue;
  realisasi: TargetValue;
  /** The percentage, or why it cannot be computed. */
  capaian: { ok: true; value: number } | { ok: false; reason: Msg };
}

export function capaianOf(v: IndicatorValues, mode: CapaianMode): CapaianYear[] {
  const targets = byYear(v.target);
  const out: CapaianYear[] = [];
  for (const [year, realisasi] of [...byYear(v.realisasi)].sort((a, b) => a[0] - b[0])) {
    const target = targets.get(year);
    if (!target) continue;
    out.push({ year, target, realisasi, capaian: capaianPercent(target, realisasi, v.arah, mode) });
  }
  return out;
}

/** The capaian of one realisasi against one target, by the indicator's arah (the rules above). */
export function capaianPercent(target: TargetValue, real: TargetValue, arah: Arah, mode: CapaianMode): CapaianYear['capaian'] {
  if (target.kind === 'predikat' || real.kind === 'predikat') {
    return { ok: false, reason: msg('a predikat has no percentage of achievement', 'predikat tidak memiliki persentase capaian') };
  }
  if (real.kind === 'range' || real.kind === 'bound') {
    return { ok: false, reason: msg('a realisasi is one number, not a range or a bound', 'realisasi berupa satu angka, bukan rentang atau batas') };
  }
  const r = real.value;
  if (arah === 'tetap') return hold(target, r);
  // A bound counts by its value: "≤ 14,2" is met at 14,2, as a target of 14,2 would be.
  const t = target.kind === 'range' ? (arah === 'naik' ? target.min : target.max) : target.value;
  if (arah === 'turun' && mode === 'rasio') {
    if (r === 0) return { ok: false, reason: msg('target ÷ realisasi needs a realisasi other than 0', 'target ÷ realisasi memerlukan realisasi selain 0') };
    return { ok: true, value: (t / r) * 100 };
  }
  if (t === 0) return { ok: false, reason: msg('realisasi ÷ target needs a target other than 0', 'realisasi ÷ target memerlukan target selain 0') };
  return { ok: true, value: arah === 'naik' ? (r / t) * 100 : (2 - r / t) * 100 };
}

/**
 * arah tetap: a projection to meet or a level to hold. A number target: realisasi ÷ target × 100,
 * as SPM counts the people served of those projected. A range or a bound: 100 when met; short of
 * it, by the end missed (below: realisasi ÷ end; above: end ÷ realisasi).
 */
function hold(target: Exclude<TargetValue, { kind: 'predikat' }>, r: number): CapaianYear['capaian'] {
  const zero = { ok: false as const, reason: msg('a capaian needs a target other than 0', 'capaian memerlukan target selain 0') };
  if (target.kind === 'number') return target.value === 0 ? zero : { ok: true, value: (r / target.value) * 100 };
  const lo = target.kind === 'range' ? target.min : target.side === 'min' ? target.value : -Infinity;
  const hi = target.kind === 'range' ? target.max : target.side === 'max' ? target.value : Infinity;
  if (r >= lo && r <= hi) return { ok: true, value: 100 };
  if (r < lo) return lo === 0 ? zero : { ok: true, value: (r / lo) * 100 };
  return r === 0 ? zero : { ok: true, value: (hi / r) * 100 };
}

/** How capaian was computed, one short line per arah, for the notes under a table. */
export function capaianFormula(mode: CapaianMode): Msg[] {
  return [
    msg('Capaian, arah naik: realisasi ÷ target × 100.', 'Capaian, arah naik: realisasi ÷ target × 100.'),
    mode === 'rasio'
      ? msg(
          'Capaian, arah turun: target ÷ realisasi × 100 (setting capaianTurun: rasio).',
          'Capaian, arah turun: target ÷ realisasi × 100 (pengaturan capaianTurun: rasio).',
        )
      : msg(
          'Capaian, arah turun: (2 − realisasi ÷ target) × 100 (setting capaianTurun: selisih).',
          'Capaian, arah turun: (2 − realisasi ÷ target) × 100 (pengaturan capaianTurun: selisih).',
        ),
    msg(
      'Capaian, arah tetap: realisasi ÷ target × 100; for a range or a bound, 100 when met.',
      'Capaian, arah tetap: realisasi ÷ target × 100; untuk rentang atau batas, 100 bila terpenuhi.',
    ),
    msg('A bound (≤ 14,2; ≥ 90) counts by its value.', 'Batas (≤ 14,2; ≥ 90) dihitung dengan nilainya.'),
  ];
}

const memo = new WeakMap<Plan, Map<CapaianMode, Map<PlanIndicator, CapaianYear[]>>>();

/** Capaian of every indicator with a realisasi, computed once per plan and mode. */
export function planCapaian(plan: Plan, mode: CapaianMode): Map<PlanIndicator, CapaianYear[]> {
  let byMode = memo.get(plan);
  if (!byMode) memo.set(plan, (byMode = new Map()));
  let m = byMode.get(mode);
  if (!m) {
    m = new Map();
    for (const [ind, v] of indicatorValues(plan)) {
      const c = capaianOf(v, mode);
      if (c.length) m.set(ind, c);
    }
    byMode.set(mode, m);
  }
  return m;
}
