import type { Settings } from '../config/settings.js';
import { msg, type Msg } from '../i18n/message.js';
import type { TargetValue } from '../values/index.js';
import type { Plan, PlanIndicator } from './plan.js';
import { byYear, indicatorValues, type IndicatorValues } from './targets.js';

/**
 * Capaian (achievement, %) of each year that has both a target and a realisasi.
 *  naik:            realisasi ÷ target × 100
 *  turun, selisih:  (2 − realisasi ÷ target) × 100   (the default)
 *  turun, rasio:    target ÷ realisasi × 100
 * A range target counts by the end the indicator must reach: its lower end for naik, its upper
 * end for turun. A single target is the end-of-period target, so only the last year has one.
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
    out.push({ year, target, realisasi, capaian: percent(target, realisasi, v.arah, mode) });
  }
  return out;
}

function percent(target: TargetValue, real: TargetValue, arah: 'naik' | 'turun', mode: CapaianMode): CapaianYear['capaian'] {
  if (target.kind === 'predikat' || real.kind === 'predikat') {
    return { ok: false, reason: msg('a predikat has no percentage of achievement', 'predikat tidak memiliki persentase capaian') };
  }
  if (real.kind === 'range') {
    return { ok: false, reason: msg('a realisasi is one number, not a range', 'realisasi berupa satu angka, bukan rentang') };
  }
  const t = target.kind === 'number' ? target.value : arah === 'naik' ? target.min : target.max;
  const r = real.value;
  if (arah === 'turun' && mode === 'rasio') {
    if (r === 0) return { ok: false, reason: msg('target ÷ realisasi needs a realisasi other than 0', 'target ÷ realisasi memerlukan realisasi selain 0') };
    return { ok: true, value: (t / r) * 100 };
  }
  if (t === 0) return { ok: false, reason: msg('realisasi ÷ target needs a target other than 0', 'realisasi ÷ target memerlukan target selain 0') };
  return { ok: true, value: arah === 'naik' ? (r / t) * 100 : (2 - r / t) * 100 };
}

/** How capaian was computed, one short line per arah, for the notes under a table. */
export function capaianFormula(mode: CapaianMode): Msg[] {
  return [
    msg('Capaian, arah naik: realisasi ÷ target × 100.', 'Capaian, arah naik: realisasi ÷ target × 100.'),
    mode === 'rasio'
      ? msg('Capaian, arah turun: target ÷ realisasi × 100 (setting capaianTurun: rasio).', 'Capaian, arah turun: target ÷ realisasi × 100 (pengaturan capaianTurun: rasio).')
      : msg('Capaian, arah turun: (2 − realisasi ÷ target) × 100 (setting capaianTurun: selisih).', 'Capaian, arah turun: (2 − realisasi ÷ target) × 100 (pengaturan capaianTurun: selisih).'),
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
