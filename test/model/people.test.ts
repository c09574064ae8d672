import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { openPlan } from '../../src/model/open.js';
import { answeringSuperior, atasanChain, opdOf, peopleOf } from '../../src/model/people.js';
import { planOf, yaml } from '../helpers/rule-tester.js';

const byId = <T extends { jabatan: { id: string } }>(xs: T[], id: string) => xs.find((x) => x.jabatan.id === id)!;

describe('peopleOf', () => {
  it('reads the SOP of seed section 9: Staf A 8 hours, Staf B and C 30 minutes', () => {
    const people = peopleOf(openPlan(['examples/pariwisata']).plan, DEFAULT_SETTINGS);
    const a = byId(people.positions, 'STAF-A');
    expect(a.steps.map((s) => [s.output, s.minutes, s.perYear])).toEqual([[{ value: 1, unit: 'proposal' }, 480, 1]]);
    expect(a.hoursPerYear).toBe(8);
    expect(a.share).toBe(8 / 1250);
    expect(byId(people.positions, 'STAF-B').minutesPerYear).toBe(30);
    expect(byId(people.positions, 'STAF-C').minutesPerYear).toBe(30);
    expect(byId(people.positions, 'KADIS-KOP')).toMatchObject({ steps: [], minutesPerYear: 0, unknown: [] });
  });

  const plan = planOf(yaml`
    cascade: 1
    opd: [{id: DINAS, nama: Dinas}]
    jabatan:
      - {id: KASI, nama: Kepala Seksi, opd: DINAS, jenis: struktural, eselon: IV, sasaran: KG}
      - {id: STAF, nama: Staf, jenis: pelaksana, atasan: KASI}
      - {id: SENDIRI, nama: Lingkar, jenis: pelaksana, atasan: SENDIRI}
    kegiatan:
      - id: KG
        nama: Kegiatan
        sop:
          - tahap: Pelaporan
            langkah:
              - {nama: Laporan bulanan, output: 1 laporan, durasi: 1 hari, frekuensi: 1 kali per bulan, pelaksana: STAF}
              - {nama: Rekap, output: "2.000 lembar", durasi: 1 jam 30 menit, frekuensi: "0,5", pelaksana: STAF}
              - {nama: Rapat, output: rapat, durasi: 2 jm, frekuensi: sering, pelaksana: STAF}
              - {nama: Tanpa durasi, pelaksana: STAF}
  `);

  it('multiplies durasi by frekuensi, days by the configured working day, and keeps what it cannot read apart', () => {
    const staf = byId(peopleOf(plan, DEFAULT_SETTINGS).positions, 'STAF');
    expect(staf.steps.map((s) => s.minutesPerYear)).toEqual([12 * 450, 45, undefined, undefined]);
    expect(staf.minutesPerYear).toBe(12 * 450 + 45);
    expect(staf.unknown.map((s) => s.step.data.nama)).toEqual(['Rapat', 'Tanpa durasi']);
    expect(staf.steps[1].output).toEqual({ value: 2000, unit: 'lembar' });
    expect(staf.steps[2].problems.map((p) => [p.key, p.loc.path.join('.')])).toEqual([
      ['output', 'kegiatan.0.sop.0.langkah.2.output'],
      ['durasi', 'kegiatan.0.sop.0.langkah.2.durasi'],
      ['frekuensi', 'kegiatan.0.sop.0.langkah.2.frekuensi'],
    ]);
    expect(staf.steps[3]).toMatchObject({ perYear: 1, problems: [] });
    const eightHourDays = byId(peopleOf(plan, { ...DEFAULT_SETTINGS, hoursPerDay: 8 }).positions, 'STAF');
    expect(eightHourDays.minutesPerYear).toBe(12 * 480 + 45);
  });

  it('is read once per plan and settings', () => {
    expect(peopleOf(plan, DEFAULT_SETTINGS)).toBe(peopleOf(plan, { ...DEFAULT_SETTINGS }));
    expect(peopleOf(plan, DEFAULT_SETTINGS)).not.toBe(peopleOf(plan, { ...DEFAULT_SETTINGS, effectiveHoursPerYear: 1500 }));
    expect(byId(peopleOf(plan, { ...DEFAULT_SETTINGS, effectiveHoursPerYear: 1500 }).positions, 'STAF').share).toBe((12 * 450 + 45) / 60 / 1500);
  });

  it("finds a position's OPD and its bounding superior up the atasan chain, and stops at a loop", () => {
    const j = (id: string) => plan.jabatan.find((x) => x.id === id)!;
    expect(opdOf(j('STAF'))?.id).toBe('DINAS');
    expect(answeringSuperior(j('STAF'))?.id).toBe('KASI');
    expect(answeringSuperior(j('KASI'))).toBeUndefined();
    expect(atasanChain(j('SENDIRI')).map((x) => x.id)).toEqual(['SENDIRI']);
    expect(opdOf(j('SENDIRI'))).toBeUndefined();
  });
});
