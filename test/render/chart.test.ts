import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { buildChart } from '../../src/render/chart.js';
import { planOf, yaml } from '../helpers/rule-tester.js';
import { smallPlan } from './fixture.js';

describe('buildChart', () => {
  it('gives each box its level, tier, name, final targets with satuan, OPD singkatan and compact anggaran', () => {
    const chart = buildChart(smallPlan(), { lang: 'id' });
    const box = (id: string) => chart.boxes.find((b) => b.node.id === id)!;
    expect(box('S1')).toMatchObject({ tier: 'strategic', heading: 'SASARAN PEMDA · S1', indicators: [{ nama: 'Kecepatan rata-rata', target: '25 km/jam' }] });
    expect(box('KSF-A')).toMatchObject({ tier: 'strategic', indicators: [], opd: undefined, anggaran: undefined });
    expect(box('DISHUB.SS1')).toMatchObject({ tier: 'tactical', opd: 'DIS HUB', indicators: [{ target: '90%' }] });
    expect(box('DISHUB.K1')).toMatchObject({ tier: 'operational', anggaran: 'Rp2,0 M', indicators: [{ target: '4.000 kendaraan' }] });
    expect(box('SATPOL.SS1').opd).toBe('Satuan Polisi Pamong Praja'); // no singkatan: the name
    expect(box('POLRES.SS1')).toMatchObject({ mitra: true, opd: 'Kepolisian Resor (mitra)', heading: 'SASARAN MITRA · POLRES.SS1' });
    expect(box('DISHUB.P1').mitra).toBe(false);
    expect(chart.title).toBe('Pohon kinerja · Kota Uji · 2025–2029');
    expect(chart.subtitle).toBeUndefined();
  });

  it('shows the kode in the heading, a target per year for its last year, and counts indicators left out', () => {
    const plan = planOf(yaml`
      cascade: 1
      sasaran:
        - id: S1
          nama: Sasaran
          indikator:
            - {nama: a, satuan: orang, target: {2025: "1.000", 2027: 6 juta}}
            - {nama: b, target: "69,1-69,5"}
            - {nama: c, satuan: predikat, skala: [C, B, A], target: A}
            - {nama: d}
            - {nama: e, target: 1}
            - {nama: f, target: 2}
          ksf:
            - id: F
              nama: f
              sasaran_opd:
                - id: SS
                  nama: s
                  opd: O
                  program:
                    - {id: P, nama: p, kode: 2.17.07}
      opd: [{id: O, nama: Dinas O}]
    `);
    const chart = buildChart(plan, { lang: 'en', depth: 4 });
    const s1 = chart.boxes[0];
    expect(s1.heading).toBe('PEMDA TARGET (SASARAN) · S1');
    expect(s1.indicators.map((i) => i.target)).toEqual(['6 juta orang', '69,1–69,5', 'A', undefined]);
    expect(s1.more).toBe(2);
    expect(chart.boxes.find((b) => b.node.id === 'P')!.heading).toBe('PROGRAM · 2.17.07');
    expect(chart.subtitle).toBe('depth 4');
  });

  it('gives boxes with a broken or repeated id a made-up DOT key, so boxes never merge', () => {
    const plan = planOf(yaml`
      cascade: 1
      sasaran:
        - {id: S1, nama: satu}
        - {id: S1, nama: dua}
        - {id: "<b>x</b>", nama: tiga}
    `);
    const keys = buildChart(plan, { lang: 'en' }).boxes.map((b) => b.key);
    expect(keys).toEqual(['S1', '#2', '#3']);
  });

  it('refuses to draw nothing', () => {
    expect(() => buildChart(planOf('cascade: 1\n'), { lang: 'en' })).toThrow(UsageError);
    expect(() => buildChart(smallPlan(), { lang: 'en', levels: ['sub_kegiatan'] })).toThrow(/Nothing to draw/);
  });
});
