import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capaianFormula, capaianOf, planCapaian } from '../../src/model/capaian.js';
import { byYear, indicatorValues, levelOf, valueName, valuesOf } from '../../src/model/targets.js';
import type { IndicatorValues } from '../../src/model/targets.js';
import { planOf, yaml } from '../helpers/rule-tester.js';

const plan = planOf(yaml`
  cascade: 1
  periode: 2025-2029
  sasaran:
    - id: S1
      nama: Sasaran
      indikator:
        - id: PERSEN
          nama: "% UMKM yang sehat"
          satuan: persen
          baseline: {tahun: 2024, nilai: "55%"}
          target: {2025: 58, 2026: "61", 2027: "64,5", 2028: "66-68", 2029: 70%}
          realisasi: {2025: "57"}
        - id: KUNJUNGAN
          nama: Jumlah kunjungan
          satuan: kunjungan
          baseline: 4 juta
          target: 6 juta kunjungan
        - id: OPINI
          nama: Opini BPK
          satuan: predikat
          skala: [TMP, TW, WDP, WTP]
          target: {2025: wdp, 2026: WTP, 2027: A, 2028: WTP, 2029: WTP}
        - id: INDEKS
          nama: Indeks
          satuan: indeks
          skala: {min: 0, maks: seratus}
          target: [1, 2]
`);
const byId = (id: string): IndicatorValues => valuesOf(plan, plan.indicators.find((i) => i.id === id)!);

describe('indicator values, read once per plan', () => {
  it('memoizes per plan', () => {
    expect(indicatorValues(plan)).toBe(indicatorValues(plan));
    expect(indicatorValues(planOf('cascade: 1\n'))).not.toBe(indicatorValues(plan));
  });

  it('reads per-year targets with their years and the paths they were written at', () => {
    const v = byId('PERSEN');
    expect(v.satuan).toBe('persen');
    expect(v.percent).toBe(true);
    expect(v.arah).toBe('naik');
    expect(v.target!.years.map((y) => [y.year, y.reading.ok && levelOf(y.reading.value)])).toEqual([
      [2025, 58],
      [2026, 61],
      [2027, 64.5],
      [2028, 67],
      [2029, 70],
    ]);
    expect(v.target!.years[4].loc.path).toEqual(['sasaran', 0, 'indikator', 0, 'target', '2029']);
    expect(v.baseline!.value!.year).toBe(2024);
    expect(v.baseline!.value!.loc.path).toEqual(['sasaran', 0, 'indikator', 0, 'baseline', 'nilai']);
    expect(v.skala).toMatchObject({ kind: 'bounds', min: 0, maks: 100, from: 'persen' });
    expect(v.values.map((x) => x.role)).toEqual(['baseline', 'target', 'target', 'target', 'target', 'target', 'realisasi']);
  });

  it('takes a single target as the end of the period, with scale words and units read', () => {
    const v = byId('KUNJUNGAN');
    expect(v.target!.single!.year).toBe(2029);
    expect(v.target!.single!.reading).toEqual({ ok: true, value: { kind: 'number', value: 6_000_000, unit: 'kunjungan' } });
    expect(byYear(v.target)).toEqual(new Map([[2029, { kind: 'number', value: 6_000_000, unit: 'kunjungan' }]]));
    expect(v.baseline!.value!.reading).toEqual({ ok: true, value: { kind: 'number', value: 4_000_000 } });
    expect(v.skala).toBeUndefined();
    expect(valueName(v.target!.single!, true).en).toBe('The end-of-period target (2029)');
  });

  it('reads a predikat by its place on the skala, and marks a label off the list (not unreadable)', () => {
    const v = byId('OPINI');
    const [wdp, wtp, a] = v.target!.years;
    expect(wdp.reading).toEqual({ ok: true, value: { kind: 'predikat', label: 'WDP', rank: 2 } });
    expect(wtp.reading.ok && wtp.reading.value.kind === 'predikat' && wtp.reading.value.rank).toBe(3);
    expect(a.reading.ok).toBe(false);
    expect(a.offSkala).toBe(true);
    expect(byYear(v.target).has(2027)).toBe(false);
  });

  it('keeps an unreadable skala bound as a problem and leaves wrong types to the schema', () => {
    const v = byId('INDEKS');
    expect(v.skalaProblems.map((p) => p.loc.path.at(-1))).toEqual(['maks']);
    expect(v.skala).toMatchObject({ kind: 'bounds', min: 0, maks: undefined });
    expect(v.target).toMatchObject({ single: undefined, years: [] });
    expect(v.values).toEqual([]);
  });
});

describe('capaian', () => {
  const one = (arah: 'naik' | 'turun', target: string | number, realisasi: string | number) =>
    indicatorValues(
      planOf(yaml`
      cascade: 1
      periode: 2025-2029
      sasaran:
        - id: S1
          nama: s
          indikator:
            - {nama: i, satuan: "%", arah: ${arah}, target: {2025: ${target}, 2026: 99}, realisasi: {2025: ${realisasi}, 2030: 1}}
    `),
    )
      .values()
      .next().value!;
  const pct = (c: ReturnType<typeof capaianOf>) => c.map((y) => [y.year, y.capaian.ok ? Number(y.capaian.value.toFixed(6)) : y.capaian.reason.en]);

  it('naik: realisasi ÷ target × 100, only for years with both', () => {
    expect(pct(capaianOf(one('naik', 80, 68), 'selisih'))).toEqual([[2025, 85]]);
  });
  it('turun: (2 − realisasi ÷ target) × 100 by default, target ÷ realisasi × 100 as rasio', () => {
    const v = one('turun', 5, 4);
    expect(pct(capaianOf(v, 'selisih'))).toEqual([[2025, 120]]);
    expect(pct(capaianOf(v, 'rasio'))).toEqual([[2025, 125]]);
  });
  it('a range target counts by the end to reach; zero is refused with a reason', () => {
    expect(pct(capaianOf(one('naik', '"60-80"', 66), 'selisih'))).toEqual([[2025, 110]]);
    expect(pct(capaianOf(one('turun', '"4-5"', 4), 'selisih'))).toEqual([[2025, 120]]);
    expect(pct(capaianOf(one('naik', 0, 5), 'selisih'))).toEqual([[2025, 'realisasi ÷ target needs a target other than 0']]);
    expect(pct(capaianOf(one('turun', 5, 0), 'rasio'))).toEqual([[2025, 'target ÷ realisasi needs a realisasi other than 0']]);
  });
  it('a bound counts by its value; an upper bound alone makes arah turun', () => {
    const bound = (target: string, realisasi: number | string, arah = '') =>
      indicatorValues(
        planOf(yaml`
      cascade: 1
      periode: 2025-2029
      sasaran:
        - id: S1
          nama: s
          indikator:
            - {nama: i, satuan: "%", ${arah} target: {2025: "${target}"}, realisasi: {2025: ${realisasi}}}
    `),
      )
        .values()
        .next().value!;
    const stunting = bound('≤ 14,2', 12.07);
    expect(stunting.arah).toBe('turun');
    expect(stunting.arahWritten).toBe(false);
    expect(pct(capaianOf(stunting, 'selisih'))).toEqual([[2025, 115]]);
    expect(bound('≥ 90', 0).arah).toBe('naik');
    expect(pct(capaianOf(bound('≥ 90', 81), 'selisih'))).toEqual([[2025, 90]]);
    expect(pct(capaianOf(bound('< 5', '"N/A"'), 'selisih'))).toEqual([]);
  });
  it('tetap: realisasi ÷ target × 100 for a projection; a range or bound met is 100', () => {
    const hold = (target: string, realisasi: number) =>
      indicatorValues(
        planOf(yaml`
      cascade: 1
      periode: 2025-2029
      sasaran:
        - id: S1
          nama: s
          indikator:
            - {nama: i, satuan: orang, arah: tetap, target: {2025: "${target}"}, realisasi: {2025: ${realisasi}}}
    `),
      )
        .values()
        .next().value!;
    expect(pct(capaianOf(hold('4.280', 4066), 'selisih'))).toEqual([[2025, 95]]);
    expect(pct(capaianOf(hold('2,5-3,5', 3), 'selisih'))).toEqual([[2025, 100]]);
    expect(pct(capaianOf(hold('2-4', 1), 'selisih'))).toEqual([[2025, 50]]);
    expect(pct(capaianOf(hold('2-4', 5), 'selisih'))).toEqual([[2025, 80]]);
    expect(pct(capaianOf(hold('≤ 10', 8), 'selisih'))).toEqual([[2025, 100]]);
  });
  it('keeps the decimals written, quoted or not; no data is not a value', () => {
    const v = indicatorValues(
      planOf(yaml`
      cascade: 1
      periode: 2025-2029
      sasaran:
        - id: S1
          nama: s
          indikator:
            - {nama: IPM, satuan: indeks, baseline: {tahun: 2024, nilai: 71.90}, target: {2025: "72,30"}, realisasi: {2025: belum ada data}}
    `),
    )
      .values()
      .next().value!;
    expect(v.baseline?.value?.reading).toMatchObject({ ok: true, value: { value: 71.9, decimals: 2 } });
    expect(v.target?.years[0].reading).toMatchObject({ ok: true, value: { value: 72.3, decimals: 2 } });
    expect(v.realisasi?.years[0]).toMatchObject({ noData: true, reading: { ok: false } });
  });
  it('is computed once per plan and mode', () => {
    expect(planCapaian(plan, 'selisih')).toBe(planCapaian(plan, 'selisih'));
    expect(planCapaian(plan, 'rasio')).not.toBe(planCapaian(plan, 'selisih'));
    expect([...planCapaian(plan, 'selisih').keys()].map((i) => i.id)).toEqual(['PERSEN']);
  });
  it('says its formula in both languages', () => {
    expect(
      capaianFormula('selisih')
        .map((m) => m.en)
        .join(' '),
    ).toContain('(2 − realisasi ÷ target) × 100');
    expect(
      capaianFormula('rasio')
        .map((m) => m.id)
        .join(' '),
    ).toContain('target ÷ realisasi × 100');
  });

  it('meets 100 exactly on target, and selisih mirrors naik around 100', () => {
    const pos = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(pos, pos, (t, r) => {
        const at = (arah: 'naik' | 'turun', mode: 'selisih' | 'rasio', real: number) => {
          const [y] = capaianOf(fake(arah, t, real), mode);
          return y.capaian.ok ? y.capaian.value : NaN;
        };
        for (const [arah, mode] of [
          ['naik', 'selisih'],
          ['turun', 'selisih'],
          ['turun', 'rasio'],
        ] as const) {
          expect(at(arah, mode, t)).toBeCloseTo(100, 9);
        }
        expect(at('turun', 'selisih', r) + at('naik', 'selisih', r)).toBeCloseTo(200, 6);
      }),
    );
  });
});

/** An indicator's values with one year of target and realisasi, without YAML. */
function fake(arah: 'naik' | 'turun', t: number, r: number): IndicatorValues {
  const at = (role: 'target' | 'realisasi', value: number) => ({
    role,
    loc: { source: plan.sources[0], path: [] },
    raw: value,
    year: 2025,
    reading: { ok: true as const, value: { kind: 'number' as const, value } },
  });
  return {
    indicator: plan.indicators[0],
    percent: false,
    arah,
    arahWritten: true,
    skalaProblems: [],
    values: [],
    target: { loc: { source: plan.sources[0], path: [] }, years: [at('target', t)] },
    realisasi: { loc: { source: plan.sources[0], path: [] }, years: [at('realisasi', r)] },
  };
}
